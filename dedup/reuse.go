package dedup

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dedup/dedup/dedup/index"

	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/passage"
	"github.com/dedup/dedup/shingle"
)

// maxPostingDocs caps how many documents may share one passage fingerprint
// before it is treated as boilerplate (a stock phrase or a disclaimer) and
// skipped, so that postings never go quadratic.
const maxPostingDocs = 50

// pairSeeds are the positions where two documents share a fingerprint.
type pairSeeds struct {
	a, b  uint32
	seeds [][2]int
}

// seeds groups the passage fingerprints shared by pairs of documents.
func (s *scanner) seeds() []pairSeeds {
	ps := s.postings
	if len(ps) == 0 {
		return nil
	}
	s.fingerprints = make([]int32, len(s.res.Documents))
	for _, p := range ps {
		s.fingerprints[p.doc]++
	}
	// Explicit comparisons: cmp.Or would compute all three every time,
	// and this sort is a tenth of a scan.
	slices.SortFunc(ps, func(x, y posting) int {
		switch {
		case x.hash != y.hash:
			return cmp.Compare(x.hash, y.hash)
		case x.doc != y.doc:
			return cmp.Compare(x.doc, y.doc)
		}
		return cmp.Compare(x.pos, y.pos)
	})
	type seed struct {
		a, b   uint32
		pa, pb int32
	}
	var all []seed
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && ps[j].hash == ps[i].hash {
			j++
		}
		if g := ps[i:j]; j-i > 1 && j-i <= maxPostingDocs {
			for x := range g {
				for y := x + 1; y < len(g); y++ {
					if g[x].doc != g[y].doc {
						all = append(all, seed{g[x].doc, g[y].doc, g[x].pos, g[y].pos})
					}
				}
			}
		}
		i = j
	}
	s.postings = nil
	slices.SortFunc(all, func(x, y seed) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.pa, y.pa), cmp.Compare(x.pb, y.pb))
	})
	var out []pairSeeds
	for _, sd := range all {
		if n := len(out); n == 0 || out[n-1].a != sd.a || out[n-1].b != sd.b {
			out = append(out, pairSeeds{a: sd.a, b: sd.b})
		}
		out[len(out)-1].seeds = append(out[len(out)-1].seeds, [2]int{int(sd.pa), int(sd.pb)})
	}
	return out
}

// withSeedPairs adds to the LSH candidates every pair sharing at least two
// passage fingerprints: a truncated or excerpted copy has a low Jaccard
// similarity, which banding tuned for the threshold would not propose, but
// shares many fingerprints.
func withSeedPairs(cands []lsh.Pair, seeds []pairSeeds) []lsh.Pair {
	for _, g := range seeds {
		if len(g.seeds) >= 2 {
			cands = append(cands, lsh.Pair{A: g.a, B: g.b})
		}
	}
	slices.SortFunc(cands, func(x, y lsh.Pair) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	return slices.Compact(cands)
}

// findPassages extends the seeds of every pair of documents that are not
// in one cluster into maximal shared runs of at least minLen words.
func findPassages(docs []Document, sets []*shingleSet, seeds []pairSeeds, clusterOf []int, minLen int) []Passage {
	out := []Passage{}
	for _, g := range seeds {
		a, b := int(g.a), int(g.b)
		if clusterOf[a] != 0 && clusterOf[a] == clusterOf[b] {
			continue
		}
		sa, sb := sets[a], sets[b]
		if sa == nil || sb == nil || sa.words == nil || sb.words == nil {
			continue // file changed between passes; reported as an error
		}
		for _, sp := range passage.Extend(sa.words, sb.words, g.seeds, minLen) {
			text := sa.text[sp.A : sp.A+sp.Len]
			if len(text) > 40 {
				text = append(append(slices.Clone(text[:20]), "…"), text[len(text)-20:]...)
			}
			out = append(out, Passage{
				A:     side(docs[a], sa, sp.A, sp.Len),
				B:     side(docs[b], sb, sp.B, sp.Len),
				Words: sp.Len,
				Text:  strings.Join(text, " "),
			})
		}
	}
	return out
}

func side(d Document, s *shingleSet, start, n int) PassageSide {
	return PassageSide{Doc: d.ID, Path: d.Path, StartLine: int(s.lines[start]), EndLine: int(s.lines[start+n-1])}
}

// titleSimilarity is the minimum Jaccard similarity of two titles' word
// sets for them to collide: identical after normalisation, or differing in
// a word or two.
const titleSimilarity = 0.8

// titleCollisions finds documents whose titles are the same or nearly so
// while their bodies are not near-duplicates (not in one cluster).
// Candidates share a three-word run of their titles, which keeps this
// linear in the number of documents; titles are compared as sets of word
// hashes.
func titleCollisions(docs []Document, clusterOf []int, jobs int) []TitleCollision {
	// Each range of documents is tokenised by its own goroutine, which
	// sorts its (three-word run, document) entries into one share per
	// goroutine by the run's hash; each share is then sorted on its own
	// goroutine, so that documents sharing a run end up next to each
	// other without a map of postings. An entry packs the run's hash,
	// truncated to 32 bits, above the document number: a collision of
	// truncated hashes only adds a candidate, which the word sets reject.
	parts := max(min(jobs, len(docs)), 1)
	words := make([][]uint64, len(docs))
	shares := make([][][]uint64, parts) // [range][share]
	inRanges(len(docs), parts, func(part, lo, hi int) {
		var sh shingle.Shingler
		var grams []uint64
		out := make([][]uint64, parts)
		for i := lo; i < hi; i++ {
			if docs[i].Title == "" {
				continue
			}
			sh.Reset()
			sh.Add(docs[i].Title)
			if sh.Len() < 3 {
				continue // too short to say two stories share it
			}
			w := sh.WordHashes(nil)
			slices.Sort(w)
			words[i] = slices.Clip(slices.Compact(w))
			grams = sh.Hashes(3, grams[:0])
			for k, g := range grams {
				grams[k] = g >> 32
			}
			slices.Sort(grams)
			for _, g := range slices.Compact(grams) {
				out[g%uint64(parts)] = append(out[g%uint64(parts)], g<<32|uint64(i))
			}
		}
		shares[part] = out
	})
	cands := make([][]uint64, parts) // pairs as a<<32 | b
	inRanges(parts, parts, func(share, _, _ int) {
		var all []uint64
		for _, out := range shares {
			all = append(all, out[share]...)
		}
		slices.Sort(all)
		var cand []uint64
		for i := 0; i < len(all); {
			j := i + 1
			for j < len(all) && all[j]>>32 == all[i]>>32 {
				j++
			}
			if g := all[i:j]; len(g) <= maxPostingDocs {
				for x := range g {
					for y := x + 1; y < len(g); y++ {
						cand = append(cand, g[x]<<32|uint64(uint32(g[y])))
					}
				}
			}
			i = j
		}
		cands[share] = cand
	})
	cand := slices.Concat(cands...)
	slices.Sort(cand)
	out := []TitleCollision{}
	for _, p := range slices.Compact(cand) {
		a, b := int(p>>32), int(uint32(p))
		if clusterOf[a] != 0 && clusterOf[a] == clusterOf[b] {
			continue
		}
		sim := index.Jaccard(words[a], words[b])
		if sim < titleSimilarity {
			continue
		}
		da, db := docs[a], docs[b]
		out = append(out, TitleCollision{
			A:      PassageSide{Doc: da.ID, Path: da.Path, StartLine: da.StartLine, EndLine: da.EndLine},
			B:      PassageSide{Doc: db.ID, Path: db.Path, StartLine: db.StartLine, EndLine: db.EndLine},
			TitleA: da.Title, TitleB: db.Title, Similarity: round4(sim),
		})
	}
	// Documents are numbered in path and line order, so out is sorted by
	// (A, B) position already.
	return out
}
