package passage

import (
	"fmt"
	"math/rand/v2"
	"slices"
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

// TestLocate: an edited copy of a (one word in twenty replaced) inside
// unrelated text is located to within a few words of its ends, in one
// piece despite the edits; unrelated text is not located at all.
func TestLocate(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	rnd := func(n int) []uint64 {
		out := make([]uint64, n)
		for i := range out {
			out[i] = r.Uint64()
		}
		return out
	}
	for trial := 0; trial < 50; trial++ {
		a := rnd(50 + r.IntN(300))
		cp := slices.Clone(a)
		for i := range cp {
			if r.IntN(20) == 0 {
				cp[i] = r.Uint64()
			}
		}
		pre, post := rnd(r.IntN(400)), rnd(r.IntN(400))
		b := slices.Concat(pre, cp, post)
		first, last, ok := Locate(a, b, LocatePenalty(0.9))
		// The copy's ends are its first and last intact 3-grams; an edit
		// that close to an end may cost the few words around it.
		wantFirst, wantLast := -1, -1
		for i := 0; i+locateGram <= len(cp); i++ {
			if slices.Equal(cp[i:i+locateGram], a[i:i+locateGram]) {
				if wantFirst < 0 {
					wantFirst = len(pre) + i
				}
				wantLast = len(pre) + i + locateGram - 1
			}
		}
		if !ok || abs(first-wantFirst) > 2*locateGram || abs(last-wantLast) > 2*locateGram {
			t.Fatalf("trial %d: Locate = %d-%d %v, want %d-%d", trial, first, last, ok, wantFirst, wantLast)
		}
	}
	// A loose copy: alternate runs of 6 words kept and 8 replaced (43%
	// of the words kept, containment about 0.3). The penalty for its
	// containment keeps it in one piece where penalty 1 would not.
	a := rnd(280)
	cp := slices.Clone(a)
	for i := range cp {
		if i%14 >= 6 {
			cp[i] = r.Uint64()
		}
	}
	b := slices.Concat(rnd(200), cp, rnd(200))
	if first, last, _ := Locate(a, b, LocatePenalty(0.5)); first > 200+2 || last < 200+len(cp)-1-8 {
		t.Errorf("loose copy located at %d-%d, want about 200-%d", first, last, 200+len(cp)-1)
	}
	if first, last, _ := Locate(a, b, 1); first <= 202 && last >= 200+len(cp)-9 {
		t.Errorf("loose copy with penalty 1 located whole (%d-%d): the test does not test the penalty", first, last)
	}
	// A copy with its two halves swapped and unrelated text between them
	// is located from the first half's start to the second's end, not at
	// the larger half alone; a stock phrase of a few words elsewhere does
	// not stretch the range.
	a = rnd(200)
	mid := rnd(150)
	b = slices.Concat(rnd(100), a[120:], mid, a[:120], rnd(50), a[10:13], rnd(300))
	if first, last, _ := Locate(a, b, LocatePenalty(0.9)); first != 100 || last != 100+80+150+120-1 {
		t.Errorf("reordered copy located at %d-%d, want 100-%d", first, last, 100+80+150+120-1)
	}
	// A copy's last paragraph, edited, after a paragraph a does not hold:
	// the gap costs less than the first part scored, so a running sum
	// never falls to zero between the two parts, and the second part must
	// still be found as one (the copy of one manual page in another's
	// text, where only the first part was located).
	a = rnd(140)
	last := slices.Clone(a[100:])
	for i := range last {
		if i%4 == 0 {
			last[i] = r.Uint64() // 30 of 40 words kept
		}
	}
	b = slices.Concat(rnd(100), a[:100], rnd(50), last, rnd(100))
	if first, end, _ := Locate(a, b, LocatePenalty(0.5)); first != 100 || end < 100+100+50+40-2 {
		t.Errorf("copy with an unshared paragraph located at %d-%d, want 100-%d", first, end, 100+100+50+40-1)
	}
	if _, _, ok := Locate(rnd(100), rnd(100), 1); ok {
		t.Error("unrelated texts located")
	}
	if _, _, ok := Locate(nil, rnd(10), 1); ok {
		t.Error("empty a located")
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// TestFingerprintsMatchNaive: the amortised window minimum selects the
// same fingerprints as looking at every whole window, ties included.
func TestFingerprintsMatchNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for trial := 0; trial < 300; trial++ {
		words := make([]uint64, r.IntN(120))
		for i := range words {
			words[i] = uint64(r.IntN(6)) // few values: many equal grams
		}
		w := 1 + r.IntN(20)
		g := grams(words, K)
		var want []Fingerprint
		last := -1
		for start := 0; start+w <= len(g) || start == 0 && len(g) > 0; start++ {
			end := min(start+w, len(g))
			best := start
			for i := start; i < end; i++ {
				if g[i] <= g[best] {
					best = i
				}
			}
			if best != last {
				want = append(want, Fingerprint{Hash: g[best], Pos: int32(best)})
				last = best
			}
			if end == len(g) {
				break
			}
		}
		if got := Fingerprints(words, w); !slices.Equal(got, want) {
			t.Fatalf("trial %d (w=%d, %d words): got %v, want %v", trial, w, len(words), got, want)
		}
	}
}
