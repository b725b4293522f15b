// Package minhash computes MinHash signatures of sets of 64-bit shingle
// hashes and estimates Jaccard similarity from them (Broder, "On the
// resemblance and containment of documents", 1997).
//
// A [Hasher] holds num permutations of the 64-bit hash space, each
// h_i(x) = a_i*x + b_i mod 2^64 with a_i odd, so h_i is a bijection. The
// inputs are already xxhash values, uniformly spread, so this cheap
// multiply-add family gives estimates as accurate as re-hashing each shingle
// per permutation (TestEstimateError checks the error against the
// binomial bound sqrt(J(1-J)/num)), at a fraction of the cost: one
// multiply, one add and one compare per shingle and permutation, with no
// allocation.
//
// The coefficients are derived from the seed with SplitMix64, so the same
// (num, seed) always gives the same signatures, on every machine.
//
// A Hasher is immutable after [New] and safe for concurrent use.
package minhash

import (
	"errors"
	"math"
)

// ErrLength is returned by [Estimate] for signatures of different lengths.
var ErrLength = errors.New("minhash: signatures differ in length")

// DefaultNum is the default number of permutations (signature length).
const DefaultNum = 128

// DefaultSeed is the default seed for the permutation coefficients.
const DefaultSeed = 1

// Signature is a MinHash signature: the minimum of each permutation over a
// set. An empty set's signature is all math.MaxUint64.
type Signature []uint64

// Hasher signs sets of shingle hashes.
type Hasher struct {
	a, b []uint64
	seed uint64
}

// New returns a Hasher with num permutations derived from seed.
// num must be at least 1.
func New(num int, seed uint64) *Hasher {
	if num < 1 {
		num = 1
	}
	h := &Hasher{a: make([]uint64, num), b: make([]uint64, num), seed: seed}
	state := seed
	for i := range h.a {
		h.a[i] = splitmix64(&state) | 1
		h.b[i] = splitmix64(&state)
	}
	return h
}

// Num reports the number of permutations.
func (h *Hasher) Num() int { return len(h.a) }

// Seed reports the seed the Hasher was made with.
func (h *Hasher) Seed() uint64 { return h.seed }

// Sign returns the signature of the set of hashes. Duplicates in hashes do
// not matter.
func (h *Hasher) Sign(hashes []uint64) Signature {
	return h.SignInto(make(Signature, len(h.a)), hashes)
}

// SignInto computes the signature of hashes into sig, which must have length
// Num, and returns it.
func (h *Hasher) SignInto(sig Signature, hashes []uint64) Signature {
	a, b := h.a, h.b[:len(h.a)]
	sig = sig[:len(a)]
	// Four permutations at a time over the hashes: the coefficients and
	// running minima stay in registers and the four chains are independent,
	// which measured faster than updating all num minima for each hash.
	i := 0
	for ; i+4 <= len(a); i += 4 {
		a0, a1, a2, a3 := a[i], a[i+1], a[i+2], a[i+3]
		b0, b1, b2, b3 := b[i], b[i+1], b[i+2], b[i+3]
		m0, m1, m2, m3 := uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64)
		for _, x := range hashes {
			if v := a0*x + b0; v < m0 {
				m0 = v
			}
			if v := a1*x + b1; v < m1 {
				m1 = v
			}
			if v := a2*x + b2; v < m2 {
				m2 = v
			}
			if v := a3*x + b3; v < m3 {
				m3 = v
			}
		}
		sig[i], sig[i+1], sig[i+2], sig[i+3] = m0, m1, m2, m3
	}
	for ; i < len(a); i++ {
		m := uint64(math.MaxUint64)
		for _, x := range hashes {
			if v := a[i]*x + b[i]; v < m {
				m = v
			}
		}
		sig[i] = m
	}
	return sig
}

// Estimate returns the fraction of positions where a and b agree, an
// unbiased estimate of the Jaccard similarity of the two sets.
func Estimate(a, b Signature) (float64, error) {
	if len(a) != len(b) {
		return 0, ErrLength
	}
	if len(a) == 0 {
		return 0, nil
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a)), nil
}

// splitmix64 is the SplitMix64 generator (Steele, Lea, Flood 2014), used
// only to derive coefficients reproducibly from the seed.
func splitmix64(state *uint64) uint64 {
	*state += 0x9e3779b97f4a7c15
	z := *state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
