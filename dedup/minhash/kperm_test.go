package minhash

import (
	"fmt"
	"math"
	"testing"
)

// signKPerm is classic num-permutation MinHash with multiply-add
// permutations h_i(x) = a_i*x + b_i mod 2^64, kept here as the reference
// the one-permutation signatures are measured against.
func signKPerm(num int, seed uint64, hashes []uint64) Signature {
	sig := make(Signature, num)
	state := seed
	for i := range sig {
		a, b := splitmix64(&state)|1, splitmix64(&state)
		m := uint64(math.MaxUint64)
		for _, x := range hashes {
			m = min(m, a*x+b)
		}
		sig[i] = m
	}
	return sig
}

// TestOPHMatchesKPermutations: over many random pairs, the root mean
// square error of the one-permutation estimate is close to that of classic
// MinHash, for small and large sets.
func TestOPHMatchesKPermutations(t *testing.T) {
	t.Parallel()
	for _, n := range []int{20, 60, 300, 1000} {
		for _, j := range []float64{0.3, 0.6, 0.85} {
			t.Run(fmt.Sprintf("n=%d/J=%.2f", n, j), func(t *testing.T) {
				t.Parallel()
				shared := int(float64(n) * j)
				only := n - shared
				var seK, seO float64
				const trials = 200
				for tr := 0; tr < trials; tr++ {
					a, b := syntheticPair(shared, only/2, only-only/2, uint64(tr+1))
					trueJ := float64(shared) / float64(n)
					seed := uint64(tr) + 100
					ek, _ := Estimate(signKPerm(DefaultNum, seed, a), signKPerm(DefaultNum, seed, b))
					h := New(DefaultNum, seed)
					eo, _ := Estimate(h.Sign(a), h.Sign(b))
					seK += (ek - trueJ) * (ek - trueJ)
					seO += (eo - trueJ) * (eo - trueJ)
				}
				rk, ro := math.Sqrt(seK/trials), math.Sqrt(seO/trials)
				if ro > 1.3*rk {
					t.Errorf("rmse one-permutation %.4f vs k-permutation %.4f", ro, rk)
				}
			})
		}
	}
}
