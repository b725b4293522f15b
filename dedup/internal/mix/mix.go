// Package mix scrambles 64-bit values: hashes built from other hashes by
// cheap arithmetic (a rolling sum, a product) are passed through it so
// that inputs differing in one part differ in every bit.
package mix

// Mix64 is the SplitMix64 finaliser: a bijection of uint64.
func Mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
