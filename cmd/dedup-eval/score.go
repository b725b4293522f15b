package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/segment"
)

// segScore counts segmentation outcomes.
type segScore struct {
	Truth, Predicted, Matched int // articles, documents, documents matching an article
	ExactRange                int // matched documents whose range is exactly the article's
}

func (s *segScore) add(o segScore) {
	s.Truth += o.Truth
	s.Predicted += o.Predicted
	s.Matched += o.Matched
	s.ExactRange += o.ExactRange
}

func (s segScore) precision() float64 { return ratio(s.Matched, s.Predicted) }
func (s segScore) recall() float64    { return ratio(s.Matched, s.Truth) }
func (s segScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// span is a predicted document's line range.
type span struct{ start, end int }

// matchArticle returns the index of the truth article a predicted range
// is, or -1: it must hold at least 95% of the article's body lines and
// other articles' body lines no more than 5% of it.
func matchArticle(arts []truthArticle, s span) int {
	best, bestIn := -1, 0
	other := 0
	for i, a := range arts {
		in := 0
		for _, l := range a.Body {
			if l >= s.start && l <= s.end {
				in++
			}
		}
		if in > bestIn {
			if best >= 0 {
				other += bestIn
			}
			best, bestIn = i, in
		} else {
			other += in
		}
	}
	if best < 0 {
		return -1
	}
	n := len(arts[best].Body)
	if float64(bestIn) < 0.95*float64(n) || float64(other) > 0.05*float64(n) {
		return -1
	}
	return best
}

// dominant returns the index of the article whose body text makes up
// most of s (counted in bytes, so one long paragraph outweighs a stray
// short line of a neighbour), or -1 when s holds none of any body.
func dominant(arts []truthArticle, lines []string, s span) int {
	best, bestIn := -1, 0
	for i, a := range arts {
		in := 0
		for _, l := range a.Body {
			if l >= s.start && l <= s.end && l <= len(lines) {
				in += len(lines[l-1]) + 1
			}
		}
		if in > bestIn {
			best, bestIn = i, in
		}
	}
	return best
}

// containedIn is the share of the shingles of lines a of aLines (only
// the lines that are some article's body, so header lines the copy
// rewrote do not count) found in lines b of bLines: the brute-force
// truth of a contained-copy claim.
func containedIn(arts []truthArticle, aLines []string, a span, bLines []string, b span) float64 {
	var body, region strings.Builder
	for _, t := range arts {
		for _, l := range t.Body {
			if l >= a.start && l <= a.end && l <= len(aLines) {
				body.WriteString(aLines[l-1])
				body.WriteByte('\n')
			}
		}
	}
	for l := max(1, b.start); l <= min(b.end, len(bLines)); l++ {
		region.WriteString(bLines[l-1])
		region.WriteByte('\n')
	}
	as := shingleSet(body.String())
	rs := shingleSet(region.String())
	if len(as) == 0 {
		return 0
	}
	in := 0
	for h := range as {
		if _, ok := rs[h]; ok {
			in++
		}
	}
	return float64(in) / float64(len(as))
}

// scoreFile scores the splitter on one file.
// It splits as a scan of the corpus does, with the drop's layout lay
// (nil for none).
func scoreFile(dir string, f truthFile, mode segment.Mode, lay *segment.Layout) (segScore, []span, error) {
	lines, err := truthLines(dir, f)
	if err != nil {
		return segScore{}, nil, err
	}
	arts := segment.SplitLayout(lines, mode, lay)
	sc := segScore{Truth: len(f.Articles), Predicted: len(arts)}
	spans := make([]span, len(arts))
	seen := map[int]bool{}
	for i, a := range arts {
		spans[i] = span{a.StartLine, a.EndLine}
		if m := matchArticle(f.Articles, spans[i]); m >= 0 && !seen[m] {
			seen[m] = true
			sc.Matched++
			if a.StartLine == f.Articles[m].Start && a.EndLine == f.Articles[m].End {
				sc.ExactRange++
			}
		}
	}
	return sc, spans, nil
}

// truthLines reads the lines of corpus file f.
func truthLines(dir string, f truthFile) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, f.Path))
	if err != nil {
		return nil, err
	}
	lines, err := segment.Lines(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Path, err)
	}
	return lines, nil
}

// familyDrops scores the splitter with each family's files as a drop of
// their own, as an export or a site's pages arrive: the layout is learned
// from a census of the family's files, taken as a scan of them takes it,
// and every file of the family is split with it.
func familyDrops(dir string, tr *truth) (all segScore, whole [2]int, err error) {
	byFam := map[string][]truthFile{}
	for _, f := range tr.Files {
		byFam[f.Family] = append(byFam[f.Family], f)
	}
	for _, fam := range sortedKeys(byFam) {
		files := byFam[fam]
		paths := make([]string, len(files))
		for i, f := range files {
			paths[i] = filepath.Join(dir, f.Path)
		}
		lay, err := dropLayout(paths)
		if err != nil {
			return all, whole, err
		}
		for _, f := range files {
			sc, _, err := scoreFile(dir, f, segment.Auto, lay)
			if err != nil {
				return all, whole, err
			}
			if f.Whole {
				whole[1]++
				if sc.Predicted > 1 {
					whole[0]++
				}
				continue
			}
			all.add(sc)
		}
	}
	return all, whole, nil
}

// dropLayout is the header layout a scan of the files at paths learns
// from them as one drop: a census of the files dedup.CensusFiles picks.
func dropLayout(paths []string) (*segment.Layout, error) {
	var c segment.Census
	for _, i := range dedup.CensusFiles(len(paths), func(i int) (int64, bool) {
		st, err := os.Stat(paths[i])
		if err != nil {
			return 0, false
		}
		return st.Size(), true
	}) {
		data, err := os.ReadFile(paths[i])
		if err != nil {
			return nil, err
		}
		dedup.AddToCensus(&c, paths[i], data, dedup.DefaultOptions())
	}
	return segment.LayoutOf(dedup.LayoutFromCensus(&c)), nil
}

// buckets of true Jaccard for pair recall.
var buckets = []float64{0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001}

func bucketOf(j float64) int {
	for i := len(buckets) - 2; i >= 0; i-- {
		if j >= buckets[i] {
			return i
		}
	}
	return -1
}

func bucketName(i int) string {
	hi := buckets[i+1]
	if hi > 1 {
		return fmt.Sprintf("%.2f-1.00", buckets[i])
	}
	return fmt.Sprintf("%.2f-%.2f", buckets[i], hi)
}

// pairScore is pair detection at one threshold.
type pairScore struct {
	Threshold float64
	// Found and Total per Jaccard bucket.
	Found, Total []int
	// FoundAt and TotalAt count pairs with true Jaccard >= Threshold+0.05
	// (the recall target).
	FoundAt, TotalAt int
	Wrong            int // reported pairs of unrelated articles
	WrongExamples    []string
	// MissedSplit counts recall-target pairs missed because a member was
	// not split out as its own document; the rest were missed by the
	// comparison itself.
	MissedSplit int
}

// evaluation is everything the scorer measured.
type evaluation struct {
	Files, Articles, WholeFiles, WholeSplit int
	Seg                                     segScore
	SegByFamily                             map[string]*segScore
	SegByLang                               map[string]*segScore
	WholeByFamily                           map[string][2]int // split, total
	Pairs                                   []pairScore
	PairsByFamily                           map[string][]pairScore // pairs whose both articles are in the family's files... or either
	Curve                                   [][2]int               // found/total per 0.05 of true Jaccard at the default threshold
	ScanTime, SplitTime                     time.Duration
	// SegDrops is segmentation with each family's files one drop, its
	// layout learned from them (familyDrops); WholeSplitDrops the files
	// that must stay whole split so, and their number.
	SegDrops        segScore
	WholeSplitDrops [2]int
	// Mistakes lists files the splitter got wrong: path, then the true
	// and the found article starts.
	Mistakes []string
}

// evaluate scores the splitter and scans at the thresholds.
func evaluate(dir string, tr *truth, thresholds []float64, base dedup.Options) (*evaluation, error) {
	ev := &evaluation{SegByFamily: map[string]*segScore{}, SegByLang: map[string]*segScore{}, WholeByFamily: map[string][2]int{}, PairsByFamily: map[string][]pairScore{}}
	art := map[string]*truthArticle{}
	famOf := map[string]string{}
	langOf := map[string]string{}
	for fi := range tr.Files {
		f := &tr.Files[fi]
		for ai := range f.Articles {
			art[f.Articles[ai].ID] = &f.Articles[ai]
			famOf[f.Articles[ai].ID] = f.Family
			langOf[f.Articles[ai].ID] = f.Lang
		}
	}
	cache := map[string][]string{}
	fileLines := func(path string) ([]string, error) {
		if l, ok := cache[path]; ok {
			return l, nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		l, err := segment.Lines(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		cache[path] = l
		return l, nil
	}
	lay, err := dedup.DropLayout(context.Background(), []string{filepath.Join(dir, "files")}, base)
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	for _, f := range tr.Files {
		sc, spans, err := scoreFile(dir, f, segment.Auto, lay)
		if err != nil {
			return nil, err
		}
		ev.Files++
		if sc.Matched != sc.Truth || sc.Predicted != sc.Truth {
			var want, got []string
			for _, a := range f.Articles {
				want = append(want, fmt.Sprint(a.Start))
			}
			for _, s := range spans {
				got = append(got, fmt.Sprint(s.start))
			}
			ev.Mistakes = append(ev.Mistakes, fmt.Sprintf("%s want %s got %s", f.Path, strings.Join(want, ","), strings.Join(got, ",")))
		}
		if f.Whole {
			ev.WholeFiles++
			w := ev.WholeByFamily[f.Family]
			w[1]++
			if sc.Predicted > 1 {
				ev.WholeSplit++
				w[0]++
			}
			ev.WholeByFamily[f.Family] = w
			continue
		}
		ev.Articles += len(f.Articles)
		ev.Seg.add(sc)
		for i, m := range []map[string]*segScore{ev.SegByFamily, ev.SegByLang} {
			key := f.Family
			if i == 1 {
				key = f.Lang
			}
			if m[key] == nil {
				m[key] = &segScore{}
			}
			m[key].add(sc)
		}
	}
	ev.SplitTime = time.Since(t0)
	if ev.SegDrops, ev.WholeSplitDrops, err = familyDrops(dir, tr); err != nil {
		return nil, err
	}

	for ti, th := range thresholds {
		o := base
		o.Threshold = th
		t0 := time.Now()
		res, err := dedup.Scan(context.Background(), []string{filepath.Join(dir, "files")}, o)
		if err != nil {
			return nil, err
		}
		if ti == 0 {
			ev.ScanTime = time.Since(t0)
		}
		// Map each document to the truth article it is.
		docArt := map[string]string{} // strict match: the document is the article
		docDom := map[string]string{} // the article most of the document is
		byFile := map[string][]truthArticle{}
		for _, f := range tr.Files {
			byFile[filepath.Join(dir, f.Path)] = f.Articles
		}
		artPath := map[string]string{}
		for p, arts := range byFile {
			for _, a := range arts {
				artPath[a.ID] = p
			}
		}
		bodyStart := map[string]int{}
		for _, d := range res.Documents {
			bodyStart[d.ID] = d.BodyStartLine
			arts := byFile[d.Path]
			if m := matchArticle(arts, span{d.StartLine, d.EndLine}); m >= 0 {
				docArt[d.ID] = arts[m].ID
			}
			lines, err := fileLines(d.Path)
			if err != nil {
				return nil, err
			}
			if m := dominant(arts, lines, span{d.StartLine, d.EndLine}); m >= 0 {
				docDom[d.ID] = arts[m].ID
			}
		}
		found := map[[2]string]bool{}
		trueJ := map[[2]string]float64{}
		for _, p := range tr.Pairs {
			trueJ[key(p.A, p.B)] = p.Jaccard
		}
		ps := pairScore{Threshold: th, Found: make([]int, len(buckets)-1), Total: make([]int, len(buckets)-1)}
		for _, c := range res.Clusters {
			for _, p := range c.Pairs {
				// A pair is wrong when the articles its documents mostly
				// are were not made from one original; a pair whose
				// documents are mis-split copies is not wrong, but it
				// only counts as found when both documents are the
				// articles.
				// Unrelated sources can share text too: a pair of
				// articles whose true similarity is near the threshold is
				// not wrong either.
				if da, db := docDom[p.A], docDom[p.B]; da == "" || db == "" || art[da].Origin != art[db].Origin && trueJ[key(da, db)] < th-0.1 {
					ps.Wrong++
					if len(ps.WrongExamples) < 5 {
						ps.WrongExamples = append(ps.WrongExamples, fmt.Sprintf("%s ~ %s (%.3f)", p.A, p.B, p.Jaccard))
					}
					continue
				}
				if a, b := docArt[p.A], docArt[p.B]; a != "" && b != "" {
					found[key(a, b)] = true
				}
			}
		}
		// A contained copy is right when the smaller document's text
		// really is inside the aligned range (brute-force containment of
		// its body lines, within 0.1 of the threshold); it counts as
		// found when the smaller document is its article and the aligned
		// range lies inside the copy.
		for _, c := range res.Contained {
			arts := byFile[c.B.Path]
			sp := span{c.AlignedStartLine, c.AlignedEndLine}
			aLines, err := fileLines(c.A.Path)
			if err != nil {
				return nil, err
			}
			bLines, err := fileLines(c.B.Path)
			if err != nil {
				return nil, err
			}
			ci := containedIn(byFile[c.A.Path], aLines, span{bodyStart[c.A.Doc], c.A.EndLine}, bLines, sp)
			ok := ci >= th-0.1
			if !ok {
				ps.Wrong++
				if len(ps.WrongExamples) < 5 {
					ps.WrongExamples = append(ps.WrongExamples, fmt.Sprintf("%s in %s:%d-%d", c.A.Doc, c.B.Path, c.AlignedStartLine, c.AlignedEndLine))
				}
				continue
			}
			// Located when the aligned range lies inside the article most
			// of it is (a truncated copy spans only part of it).
			if a, dm := docArt[c.A.Doc], dominant(arts, bLines, sp); a != "" && dm >= 0 && sp.start >= arts[dm].Start-1 && sp.end <= arts[dm].End+1 {
				found[key(a, arts[dm].ID)] = true
			}
		}
		isDoc := map[string]bool{}
		for _, a := range docArt {
			isDoc[a] = true
		}
		fam := map[string]*pairScore{}
		for _, p := range tr.Pairs {
			if p.Jaccard >= th+0.05 && !found[key(p.A, p.B)] && (!isDoc[p.A] || !isDoc[p.B]) {
				// Missed, with a member not split out.
				ps.MissedSplit++
			}
			ok := found[key(p.A, p.B)]
			if ti == 0 {
				if ev.Curve == nil {
					ev.Curve = make([][2]int, 20)
				}
				ci := min(19, int(p.Jaccard*20))
				ev.Curve[ci][1]++
				if ok {
					ev.Curve[ci][0]++
				}
			}
			bi := bucketOf(p.Jaccard)
			if bi < 0 {
				continue
			}
			count := func(s *pairScore) {
				s.Total[bi]++
				if ok {
					s.Found[bi]++
				}
				if p.Jaccard >= th+0.05 {
					s.TotalAt++
					if ok {
						s.FoundAt++
					}
				}
			}
			count(&ps)
			for _, f := range uniq(famOf[p.A], famOf[p.B]) {
				if fam[f] == nil {
					fam[f] = &pairScore{Threshold: th, Found: make([]int, len(buckets)-1), Total: make([]int, len(buckets)-1)}
				}
				count(fam[f])
			}
		}
		ev.Pairs = append(ev.Pairs, ps)
		for f, s := range fam {
			ev.PairsByFamily[f] = append(ev.PairsByFamily[f], *s)
		}
	}
	return ev, nil
}

func key(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func uniq(a, b string) []string {
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// summary writes the evaluation as plain text tables.
func (ev *evaluation) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "files %d (%d must stay whole), articles %d\n", ev.Files, ev.WholeFiles, ev.Articles)
	fmt.Fprintf(&b, "segmentation: P %.4f R %.4f F1 %.4f, exact ranges %.4f\n", ev.Seg.precision(), ev.Seg.recall(), ev.Seg.f1(), ratio(ev.Seg.ExactRange, ev.Seg.Matched))
	fmt.Fprintf(&b, "whole files split: %d of %d\n", ev.WholeSplit, ev.WholeFiles)
	fmt.Fprintf(&b, "each family one drop: P %.4f R %.4f F1 %.4f, whole files split %d of %d\n", ev.SegDrops.precision(), ev.SegDrops.recall(), ev.SegDrops.f1(), ev.WholeSplitDrops[0], ev.WholeSplitDrops[1])
	for _, p := range ev.Pairs {
		fmt.Fprintf(&b, "threshold %.2f: recall at J>=%.2f %.4f (%d/%d; %d missed through splitting), wrong pairs %d %v\n", p.Threshold, p.Threshold+0.05, ratio(p.FoundAt, p.TotalAt), p.FoundAt, p.TotalAt, p.MissedSplit, p.Wrong, p.WrongExamples)
	}
	fmt.Fprintf(&b, "%-26s %7s %7s %7s %7s %9s\n", "family", "F1", "P", "R", "exact", "recall@.8")
	for _, f := range sortedKeys(ev.SegByFamily) {
		s := ev.SegByFamily[f]
		rec := ""
		if ps := ev.PairsByFamily[f]; len(ps) > 0 {
			rec = fmt.Sprintf("%.4f", ratio(ps[0].FoundAt, ps[0].TotalAt))
		}
		fmt.Fprintf(&b, "%-26s %7.4f %7.4f %7.4f %7.4f %9s\n", f, s.f1(), s.precision(), s.recall(), ratio(s.ExactRange, s.Matched), rec)
	}
	for _, f := range sortedKeys(ev.WholeByFamily) {
		w := ev.WholeByFamily[f]
		fmt.Fprintf(&b, "%-26s split %d of %d\n", f, w[0], w[1])
	}
	for _, l := range sortedKeys(ev.SegByLang) {
		s := ev.SegByLang[l]
		fmt.Fprintf(&b, "lang %-4s F1 %.4f\n", l, s.f1())
	}
	return b.String()
}
