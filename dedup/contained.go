package dedup

import (
	"cmp"
	"context"
	"slices"

	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/passage"
)

// ContainedCopy is a document found almost whole inside a longer one
// whose Jaccard similarity to it is below the threshold: most often an
// article pasted into a page where the splitter saw no boundary before
// it, so it was merged with its neighbour. The copy is located by the
// lines of B that the shared text spans.
type ContainedCopy struct {
	// A is the contained document, B the longer one holding it.
	A PassageSide `json:"a"`
	B PassageSide `json:"b"`
	// AlignedStartLine and AlignedEndLine are the lines of B the copy of
	// A spans (the stretch of B's words that best matches A's, extended to
	// whole lines).
	AlignedStartLine int `json:"aligned_start_line"`
	AlignedEndLine   int `json:"aligned_end_line"`
	// Containment is |A∩B|/|A|, at or above the threshold; Jaccard is
	// below it.
	Containment float64 `json:"containment"`
	Jaccard     float64 `json:"jaccard"`
}

// seedPairsOutside returns the pairs that are not among cands (both
// sorted by A, B) and share enough passage fingerprints for one to be
// contained in the other: at least two, and at least half of threshold
// times the smaller one's count (a copy keeps its fingerprints where its
// text is unchanged; the half leaves room for edits). Pairs sharing a
// stock phrase or two are not verified.
func seedPairsOutside(cands []lsh.Pair, seeds []pairSeeds, fingerprints []int32, threshold float64) []lsh.Pair {
	var out []lsh.Pair
	i := 0
	for _, g := range seeds {
		if len(g.seeds) < 2 {
			continue
		}
		if fingerprints != nil && float64(len(g.seeds)) < 0.5*threshold*float64(min(fingerprints[g.a], fingerprints[g.b])) {
			continue
		}
		p := lsh.Pair{A: g.a, B: g.b}
		for i < len(cands) && cmp.Or(cmp.Compare(cands[i].A, p.A), cmp.Compare(cands[i].B, p.B)) < 0 {
			i++
		}
		if i < len(cands) && cands[i] == p {
			continue
		}
		out = append(out, p)
	}
	return out
}

// findContained verifies the extra candidates: a pair is a contained copy
// when the smaller document's containment in the larger is at or above
// the threshold and their Jaccard similarity is below it. The aligned
// range is where passage.Locate puts the smaller document's words in the
// larger's, read back for these pairs only.
func (s *scanner) findContained(ctx context.Context, extra []lsh.Pair, sets []*shingleSet, seeds []pairSeeds) ([]ContainedCopy, error) {
	type hit struct {
		small, large int
		jaccard, in  float64
	}
	var hits []hit
	for _, p := range extra {
		a, b := sets[p.A], sets[p.B]
		if a == nil || b == nil || !a.loaded || !b.loaded {
			continue
		}
		j, inA, inB := similarity(a.hashes, b.hashes)
		if j >= s.o.Threshold {
			continue // a near-duplicate the banding missed is not this finding
		}
		small, large, in := int(p.A), int(p.B), inA
		if len(b.hashes) < len(a.hashes) {
			small, large, in = large, small, inB
		}
		if in >= s.o.Threshold {
			hits = append(hits, hit{small, large, j, in})
		}
	}
	if len(hits) == 0 {
		return nil, nil
	}
	var wordDocs []int
	for _, h := range hits {
		wordDocs = append(wordDocs, h.small, h.large)
	}
	words, err := s.secondPass(ctx, nil, wordDocs)
	if err != nil {
		return nil, err
	}
	seedsOf := map[[2]uint32][][2]int{}
	for _, g := range seeds {
		seedsOf[[2]uint32{g.a, g.b}] = g.seeds
	}
	docs := s.res.Documents
	var out []ContainedCopy
	for _, h := range hits {
		ws, wl := words[h.small], words[h.large]
		if ws == nil || wl == nil || ws.words == nil || wl.words == nil {
			continue // file changed; reported as an error
		}
		// The copy is where the shared fingerprints are in the larger
		// document: look there, a copy's length either side, not through
		// the whole of it (a merged page can be very long).
		from, to := 0, len(wl.words)
		lo, hi := min(h.small, h.large), max(h.small, h.large)
		if sd := seedsOf[[2]uint32{uint32(lo), uint32(hi)}]; len(sd) > 0 {
			side := 1
			if h.large == lo {
				side = 0
			}
			first, last := sd[0][side], sd[0][side]
			for _, x := range sd[1:] {
				first, last = min(first, x[side]), max(last, x[side])
			}
			from, to = max(0, first-2*len(ws.words)), min(len(wl.words), last+2*len(ws.words))
		}
		first, last, ok := passage.Locate(ws.words, wl.words[from:to], passage.LocatePenalty(h.in))
		if !ok {
			continue
		}
		first, last = first+from, last+from
		ds, dl := docs[h.small], docs[h.large]
		out = append(out, ContainedCopy{
			A:                PassageSide{Doc: ds.ID, Path: ds.Path, StartLine: ds.StartLine, EndLine: ds.EndLine},
			B:                PassageSide{Doc: dl.ID, Path: dl.Path, StartLine: dl.StartLine, EndLine: dl.EndLine},
			AlignedStartLine: int(wl.lines[first]),
			AlignedEndLine:   int(wl.lines[last]),
			Containment:      round4(h.in),
			Jaccard:          round4(h.jaccard),
		})
	}
	slices.SortFunc(out, func(x, y ContainedCopy) int {
		return cmp.Or(cmp.Compare(x.A.Path, y.A.Path), cmp.Compare(x.A.StartLine, y.A.StartLine), cmp.Compare(x.B.Path, y.B.Path), cmp.Compare(x.B.StartLine, y.B.StartLine))
	})
	return out, nil
}
