package dedup

import (
	"slices"
	"testing"
)

func TestCensusFiles(t *testing.T) {
	all := func(int) (int64, bool) { return 1000, true }
	if got := CensusFiles(2, all); got != nil {
		t.Errorf("2 files: census of %v, want none", got)
	}
	if got := CensusFiles(5, all); !slices.Equal(got, []int{0, 1, 2, 3, 4}) {
		t.Errorf("5 files: census of %v, want all", got)
	}
	got := CensusFiles(6400, all)
	if len(got) != censusFiles || got[0] != 0 || got[1] != 100 || got[censusFiles-1] != 6300 {
		t.Errorf("6400 files: census of %d files %v..., want 64 spread 100 apart", len(got), got[:3])
	}
	// Big files are skipped, unknown sizes too, and the total is capped.
	sizes := func(i int) (int64, bool) {
		switch {
		case i == 1:
			return censusFileBytes + 1, true
		case i == 2:
			return 0, false
		}
		return censusBytes / 4, true
	}
	if got := CensusFiles(10, sizes); !slices.Equal(got, []int{0, 3, 4, 5}) {
		t.Errorf("census of %v, want [0 3 4 5] (1 too big, 2 unknown, then 16 MB read)", got)
	}
}
