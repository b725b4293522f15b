package dedup

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHashSetCount compares the distinct count with sorting, on sets with
// repeats, the value 0 and sizes across table growths, reusing one table.
func TestHashSetCount(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 4))
	var set hashSet
	for _, n := range []int{0, 1, 7, 8, 9, 100, 1000, 5000, 30} {
		hs := make([]uint64, n)
		for i := range hs {
			switch {
			case i%10 == 3:
				hs[i] = 0
			case i%7 == 5 && i > 0:
				hs[i] = hs[r.IntN(i)]
			default:
				hs[i] = r.Uint64() & (1<<20 - 1) // few distinct low bits: collisions
			}
		}
		sorted := slices.Clone(hs)
		slices.Sort(sorted)
		if got, want := set.count(hs), len(slices.Compact(sorted)); got != want {
			t.Errorf("n=%d: count %d, want %d", n, got, want)
		}
	}
}

// BenchmarkHashSetCount counts 5,000 distinct hashes that are random and,
// as text crafted against a table indexed by low bits would make them,
// equal in their low 32 bits.
func BenchmarkHashSetCount(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, name := range []string{"random", "same-low-bits"} {
		hs := make([]uint64, 5000)
		for i := range hs {
			hs[i] = r.Uint64()
			if name == "same-low-bits" {
				hs[i] = hs[i]<<32 | 0xdead
			}
		}
		b.Run(name, func(b *testing.B) {
			var set hashSet
			for b.Loop() {
				if set.count(hs) != len(hs) {
					b.Fatal("wrong count")
				}
			}
		})
	}
}
