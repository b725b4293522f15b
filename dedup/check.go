package dedup

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/dedup/dedup/dedup/cluster"
	"github.com/dedup/dedup/dedup/index"
	"github.com/dedup/dedup/dedup/lsh"
)

// Finding is a group of near-duplicates that includes at least one new
// document: copies of indexed documents, or new documents that copy each
// other.
type Finding struct {
	ID int `json:"id"`
	// Members are the indexed documents first, then the new ones, each in
	// path and line order. The first is the representative.
	Members []FindingMember `json:"members"`
	// Pairs are the verified pairs among the members.
	Pairs []FindingPair `json:"pairs"`
	// Baselined is true when a baseline entry accepts this finding.
	Baselined bool `json:"baselined"`
	// Key is the sorted list of the members' content hashes, what a
	// baseline records.
	Key []string `json:"key"`
}

// FindingMember is a document of a finding.
type FindingMember struct {
	Doc         string `json:"doc"`
	Path        string `json:"path"`
	StartLine   int    `json:"start_line"`
	EndLine     int    `json:"end_line"`
	Title       string `json:"title"`
	New         bool   `json:"new"`
	ContentHash string `json:"content_hash"`
	// Similarity is the Jaccard similarity to the representative.
	Similarity float64 `json:"similarity"`
}

// FindingPair is a verified pair of a finding.
type FindingPair struct {
	A       string  `json:"a"`
	B       string  `json:"b"`
	Jaccard float64 `json:"jaccard"`
}

// CheckStats count what a check saw.
type CheckStats struct {
	Files          int `json:"files"`
	Documents      int `json:"documents"`
	AlreadyIndexed int `json:"already_indexed"`
	Indexed        int `json:"indexed"`
	CandidatePairs int `json:"candidate_pairs"`
	VerifiedPairs  int `json:"verified_pairs"`
	Findings       int `json:"findings"`
	NewFindings    int `json:"new_findings"`
	Baselined      int `json:"baselined"`
	Errors         int `json:"errors"`
}

// CheckResult is the outcome of [Check].
type CheckResult struct {
	SchemaVersion int        `json:"schema_version"`
	Params        Params     `json:"params"`
	Stats         CheckStats `json:"stats"`
	Findings      []Finding  `json:"findings"`
	// Stale lists baseline entries one of whose documents is gone from
	// both the index and the drop.
	Stale  []BaselineEntry `json:"stale_baseline"`
	Errors []*FileError    `json:"errors"`
	// New are the documents of the drop not already in the index, for
	// adding them afterwards.
	New []Analyzed `json:"-"`
}

// Check compares the documents under paths with each other and with the
// indexed documents, without reading any indexed text, and reports the
// groups of near-duplicates that contain a new document. Documents whose
// path and content hash are already in the index are skipped: they were
// seen before. bl may be nil.
func Check(ctx context.Context, ix *index.Index, paths []string, o Options, bl *Baseline) (*CheckResult, error) {
	want := o.IndexParams()
	if err := ix.Fits(want); err != nil {
		return nil, err
	}
	docs, errs, params, err := Analyze(ctx, paths, o)
	if err != nil {
		return nil, err
	}
	res := &CheckResult{SchemaVersion: SchemaVersion, Params: params, Findings: []Finding{}, Stale: []BaselineEntry{}, Errors: errs}
	res.Stats.Indexed = len(ix.Entries)
	res.Stats.Documents = len(docs)
	files := map[string]bool{}
	seen := ix.Seen()
	var fresh []Analyzed
	for _, d := range docs {
		files[d.Path] = true
		if seen[index.Key{Path: d.Path, ContentHash: d.ContentHash}] {
			res.Stats.AlreadyIndexed++
			continue
		}
		fresh = append(fresh, d)
	}
	res.Stats.Files = len(files)
	res.New = fresh

	// Nodes: fresh documents 0..m-1, then index entries m.. .
	m := len(fresh)
	sets := make([][]uint32, m)
	p := lsh.Params{Bands: want.Bands, Rows: want.Rows}
	lx := lsh.NewIndex(p)
	byKey := make([]map[uint64][]int, p.Bands)
	for b := range byKey {
		byKey[b] = map[uint64][]int{}
	}
	for i, d := range fresh {
		sets[i] = d.Set
		lx.Add(d.Keys)
		for b, k := range d.Keys {
			byKey[b][k] = append(byKey[b][k], i)
		}
	}
	cands, _ := lx.Candidates(o.MaxBucket, o.jobs())
	pairs := make([][2]int, 0, len(cands))
	for _, c := range cands {
		pairs = append(pairs, [2]int{int(c.A), int(c.B)})
	}
	for e := range ix.Entries {
		for b, k := range ix.Entries[e].Keys {
			if b >= len(byKey) {
				break
			}
			for _, i := range byKey[b][k] {
				pairs = append(pairs, [2]int{i, m + e})
			}
		}
	}
	slices.SortFunc(pairs, func(x, y [2]int) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	pairs = slices.Compact(pairs)
	res.Stats.CandidatePairs = len(pairs)
	setOf := func(n int) []uint32 {
		if n < m {
			return sets[n]
		}
		return ix.Entries[n-m].Set
	}
	uf := cluster.New(m + len(ix.Entries))
	type vp struct {
		a, b int
		j    float64
	}
	var verified []vp
	for _, pr := range pairs {
		if j := index.Jaccard(setOf(pr[0]), setOf(pr[1])); j >= o.Threshold {
			verified = append(verified, vp{pr[0], pr[1], j})
			uf.Union(pr[0], pr[1])
		}
	}
	res.Stats.VerifiedPairs = len(verified)
	member := func(n int) FindingMember {
		if n < m {
			d := fresh[n]
			return FindingMember{Doc: d.ID, Path: d.Path, StartLine: d.StartLine, EndLine: d.EndLine, Title: d.Title, New: true, ContentHash: hashString(d.ContentHash)}
		}
		e := ix.Entries[n-m]
		return FindingMember{Doc: fmt.Sprintf("%s:%d-%d", e.Path, e.StartLine, e.EndLine), Path: e.Path, StartLine: e.StartLine, EndLine: e.EndLine, Title: e.Title, ContentHash: hashString(e.ContentHash)}
	}
	usedBaseline := map[int]bool{}
	for _, g := range uf.Groups(2) {
		if g[0] >= m {
			continue // only indexed documents: not this drop's business
		}
		// Indexed members first, then new, each by path and line.
		nodes := slices.Clone(g)
		slices.SortFunc(nodes, func(x, y int) int {
			mx, my := member(x), member(y)
			return cmp.Or(cmp.Compare(boolInt(mx.New), boolInt(my.New)), cmp.Compare(mx.Path, my.Path), cmp.Compare(mx.StartLine, my.StartLine))
		})
		f := Finding{ID: len(res.Findings) + 1, Pairs: []FindingPair{}}
		for _, n := range nodes {
			mb := member(n)
			mb.Similarity = 1
			if n != nodes[0] {
				mb.Similarity = round4(index.Jaccard(setOf(nodes[0]), setOf(n)))
			}
			f.Members = append(f.Members, mb)
			f.Key = append(f.Key, mb.ContentHash)
		}
		slices.Sort(f.Key)
		inGroup := map[int]bool{}
		for _, n := range g {
			inGroup[n] = true
		}
		for _, v := range verified {
			if inGroup[v.a] {
				a, b := member(v.a), member(v.b)
				f.Pairs = append(f.Pairs, FindingPair{A: a.Doc, B: b.Doc, Jaccard: round4(v.j)})
			}
		}
		slices.SortFunc(f.Pairs, func(x, y FindingPair) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
		if bl != nil {
			if i, ok := bl.covers(f.Key); ok {
				f.Baselined = true
				usedBaseline[i] = true
			}
		}
		res.Findings = append(res.Findings, f)
	}
	for _, f := range res.Findings {
		if f.Baselined {
			res.Stats.Baselined++
		} else {
			res.Stats.NewFindings++
		}
	}
	res.Stats.Findings = len(res.Findings)
	if bl != nil {
		// An entry is stale when one of its documents is gone: not in the
		// index and not in this drop (counting copies). Entries whose
		// documents are merely not involved in this drop's findings are
		// not stale: checks see one drop at a time.
		present := map[string]int{}
		for _, e := range ix.Entries {
			present[hashString(e.ContentHash)]++
		}
		for _, d := range fresh {
			present[hashString(d.ContentHash)]++
		}
		for i, e := range bl.Accepted {
			if usedBaseline[i] {
				continue
			}
			need := map[string]int{}
			for _, h := range e.ContentHashes {
				need[h]++
			}
			for h, n := range need {
				if present[h] < n {
					res.Stale = append(res.Stale, e)
					break
				}
			}
		}
	}
	res.Stats.Errors = len(res.Errors)
	return res, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func hashString(h uint64) string { return fmt.Sprintf("%016x", h) }

// AsResult is the check's findings as a scan result, one cluster per
// finding, for the reports that render results (HTML).
func (r *CheckResult) AsResult() *Result {
	res := &Result{SchemaVersion: SchemaVersion, Params: r.Params, Documents: []Document{}, Errors: r.Errors, TitleCollisions: []TitleCollision{}}
	for _, f := range r.Findings {
		c := Cluster{ID: f.ID, Size: len(f.Members), Representative: f.Members[0].Doc}
		for _, m := range f.Members {
			c.Members = append(c.Members, Member{Doc: m.Doc, Path: m.Path, StartLine: m.StartLine, EndLine: m.EndLine, Title: m.Title, Similarity: m.Similarity})
		}
		for _, p := range f.Pairs {
			c.Pairs = append(c.Pairs, Pair{A: p.A, B: p.B, Jaccard: p.Jaccard})
		}
		res.Clusters = append(res.Clusters, c)
		res.Stats.VerifiedPairs += len(f.Pairs)
	}
	res.Stats.Clusters = len(res.Clusters)
	return res
}
