package lsh

import (
	"slices"
	"testing"
)

func TestOptimal(t *testing.T) {
	t.Parallel()
	for _, threshold := range []float64{0.3, 0.5, 0.7, 0.8, 0.9, 0.95} {
		p := Optimal(threshold, 128, 0)
		if err := p.Validate(128); err != nil {
			t.Fatalf("t=%v: %v", threshold, err)
		}
		// Misses weigh heavily: pairs just above the threshold are found.
		above := threshold + 0.05
		if above > 1 {
			above = 1
		}
		if got := Probability(above, p); got < 0.99 {
			t.Errorf("t=%v: %+v finds pairs at J=%.2f with probability %.4f, want >= 0.99", threshold, p, above, got)
		}
		if got := Probability(threshold, p); got < 0.9 {
			t.Errorf("t=%v: %+v finds pairs at the threshold with probability %.4f, want >= 0.9", threshold, p, got)
		}
		// But the curve still filters: pairs far below are rarely candidates.
		if threshold >= 0.5 {
			if got := Probability(threshold-0.4, p); got > 0.1 {
				t.Errorf("t=%v: %+v makes pairs at J=%.2f candidates with probability %.4f", threshold, p, threshold-0.4, got)
			}
		}
	}
	// Equal weights (as in datasketch) give a lower recall just above the
	// threshold: the reason for the default weight.
	eq := Optimal(0.8, 128, 0.5)
	if Probability(0.85, eq) > 0.9 {
		t.Errorf("equal weights %+v unexpectedly found %.3f at 0.85", eq, Probability(0.85, eq))
	}
}

func TestValidate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		p  Params
		ok bool
	}{
		{Params{16, 8}, true}, {Params{1, 128}, true}, {Params{17, 8}, false},
		{Params{0, 8}, false}, {Params{8, 0}, false},
	} {
		if err := tc.p.Validate(128); (err == nil) != tc.ok {
			t.Errorf("%+v: err = %v, want ok=%v", tc.p, err, tc.ok)
		}
	}
}

func TestCandidates(t *testing.T) {
	t.Parallel()
	p := Params{Bands: 2, Rows: 2}
	sigs := [][]uint64{
		{1, 2, 3, 4}, // 0
		{1, 2, 9, 9}, // 1: band 0 as doc 0
		{7, 7, 3, 4}, // 2: band 1 as doc 0
		{5, 5, 5, 5}, // 3: alone
		{1, 2, 3, 4}, // 4: both bands as doc 0
	}
	ix := NewIndex(p)
	for _, s := range sigs {
		ix.Add(Keys(p, s, nil))
	}
	pairs, capped := ix.Candidates(0, 2)
	want := []Pair{{0, 1}, {0, 2}, {0, 4}, {1, 4}, {2, 4}}
	if capped != 0 || len(pairs) != len(want) {
		t.Fatalf("pairs %v capped %d, want %v", pairs, capped, want)
	}
	for i := range want {
		if pairs[i] != want[i] {
			t.Errorf("pair %d = %v, want %v", i, pairs[i], want[i])
		}
	}
}

func TestCandidatesCap(t *testing.T) {
	t.Parallel()
	p := Params{Bands: 1, Rows: 1}
	fill := func() *Index {
		ix := NewIndex(p)
		for i := 0; i < 50; i++ {
			ix.Add(Keys(p, []uint64{42}, nil))
		}
		return ix
	}
	ix := fill()
	pairs, capped := ix.Candidates(10, 3)
	if capped != 1 || len(pairs) != 49 {
		t.Fatalf("capped %d, %d pairs; want 1 capped bucket chained into 49 pairs", capped, len(pairs))
	}
	for i, pr := range pairs {
		if pr.A != uint32(i) || pr.B != uint32(i+1) {
			t.Fatalf("pair %d = %v, want chain", i, pr)
		}
	}
	if again, _ := ix.Candidates(0, 2); len(again) != 0 {
		t.Errorf("second Candidates: %d pairs, want 0 (the first one empties the index)", len(again))
	}
	all, _ := fill().Candidates(0, 2)
	if len(all) != 50*49/2 {
		t.Errorf("uncapped: %d pairs, want %d", len(all), 50*49/2)
	}
}

// TestCandidatesBruteForce checks bucketing against all pairs on enough
// documents that their keys straddle the index's storage blocks (7 bands
// do not divide any block size).
func TestCandidatesBruteForce(t *testing.T) {
	t.Parallel()
	p := Params{Bands: 7, Rows: 1}
	const n = 3000
	keys := make([][]uint64, n)
	ix := NewIndex(p)
	for d := range keys {
		for b := range p.Bands {
			// Few distinct values per band, so buckets are many and small.
			keys[d] = append(keys[d], uint64((d*(b+3)+b*b)%977)<<8|uint64(b))
		}
		if got := ix.Add(keys[d]); got != uint32(d) {
			t.Fatalf("Add returned %d for document %d", got, d)
		}
	}
	var want []Pair
	for a := range n {
		for b := a + 1; b < n; b++ {
			for band := range p.Bands {
				if keys[a][band] == keys[b][band] {
					want = append(want, Pair{uint32(a), uint32(b)})
					break
				}
			}
		}
	}
	if len(want) < n {
		t.Fatalf("only %d pairs share a bucket: the test needs more", len(want))
	}
	got, _ := ix.Candidates(0, 3)
	if !slices.Equal(got, want) {
		t.Fatalf("%d candidates, want %d", len(got), len(want))
	}
}

// TestReplace: a document whose keys are replaced pairs by its new keys
// only.
func TestReplace(t *testing.T) {
	t.Parallel()
	p := Params{Bands: 2, Rows: 2}
	ix := NewIndex(p)
	ix.Add(Keys(p, []uint64{1, 2, 3, 4}, nil))
	ix.Add(Keys(p, []uint64{1, 2, 3, 4}, nil))
	ix.Add(Keys(p, []uint64{5, 6, 7, 8}, nil))
	ix.Replace(1, Keys(p, []uint64{5, 6, 0, 0}, nil))
	pairs, _ := ix.Candidates(0, 1)
	if len(pairs) != 1 || pairs[0] != (Pair{1, 2}) {
		t.Errorf("pairs %v, want [{1 2}]", pairs)
	}
}
