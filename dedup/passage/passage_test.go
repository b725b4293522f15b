package passage

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func words(s string) []uint64 { return WordHashes(strings.Fields(s)) }

func TestBetween(t *testing.T) {
	t.Parallel()
	a := words("x1 x2 the quick brown fox jumps over the lazy dog y1 y2 one two three four")
	b := words("z1 the quick brown fox jumps over the lazy dog z2 z3 one two three four z4")
	got := Between(a, b, 4)
	want := []Span{{A: 2, B: 1, Len: 9}, {A: 13, B: 12, Len: 4}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Between = %v, want %v", got, want)
	}
	if got := Between(a, b, 5); len(got) != 1 {
		t.Errorf("min 5: %v, want only the 9-word run", got)
	}
	if got := Between(a, words("nothing in common at all here"), 2); len(got) != 0 {
		t.Errorf("unrelated: %v", got)
	}
}

// bruteForce finds maximal shared runs by checking every pair of positions.
func bruteForce(a, b []uint64, minLen int) []Span {
	var out []Span
	for i := range a {
		for j := range b {
			if a[i] != b[j] || i > 0 && j > 0 && a[i-1] == b[j-1] {
				continue
			}
			n := 0
			for i+n < len(a) && j+n < len(b) && a[i+n] == b[j+n] {
				n++
			}
			if n >= minLen {
				out = append(out, Span{i, j, n})
			}
		}
	}
	return out
}

// TestFingerprintGuarantee: on random texts with planted shared runs, the
// runs found from winnowing fingerprints (as the corpus scan does) are
// exactly the maximal runs a brute-force search finds.
func TestFingerprintGuarantee(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 200; trial++ {
		minLen := 10 + r.IntN(20)
		vocab := 30 + r.IntN(200)
		gen := func(n int) []uint64 {
			out := make([]uint64, n)
			for i := range out {
				out[i] = uint64(r.IntN(vocab))
			}
			return out
		}
		a, b := gen(100+r.IntN(300)), gen(100+r.IntN(300))
		// Plant a run of minLen to 2*minLen words.
		n := minLen + r.IntN(minLen)
		if n < len(a) && n < len(b) {
			i, j := r.IntN(len(a)-n), r.IntN(len(b)-n)
			copy(b[j:j+n], a[i:i+n])
		}
		w := Window(minLen)
		fa, fb := Fingerprints(a, w), Fingerprints(b, w)
		at := map[uint64][]int{}
		for _, f := range fa {
			at[f.Hash] = append(at[f.Hash], int(f.Pos))
		}
		var seeds [][2]int
		for _, f := range fb {
			for _, i := range at[f.Hash] {
				seeds = append(seeds, [2]int{i, int(f.Pos)})
			}
		}
		got := Extend(a, b, seeds, minLen)
		want := bruteForce(a, b, minLen)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("trial %d (min %d): fingerprints found %v, brute force %v", trial, minLen, got, want)
		}
	}
}

func TestFingerprintsShortText(t *testing.T) {
	t.Parallel()
	if f := Fingerprints(words("too short"), 5); len(f) != 0 {
		t.Errorf("%v", f)
	}
	if f := Fingerprints(words("a b c d e f g h"), 5); len(f) != 1 || f[0].Pos != 0 {
		t.Errorf("one gram: %v", f)
	}
}
