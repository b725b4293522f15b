package dedup

import "math/rand/v2"

// hashSet counts distinct 64-bit hashes with open addressing; its table is
// kept between calls.
type hashSet struct{ slots []uint64 }

// slotSeed is mixed into every slot position, so that text crafted to make
// its shingle hashes collide in a table (and counting quadratic) would
// have to be crafted for each run.
var slotSeed = rand.Uint64()

// count returns the number of distinct values in hs.
func (t *hashSet) count(hs []uint64) int {
	size := 16
	for size < 2*len(hs) {
		size *= 2
	}
	if cap(t.slots) < size {
		t.slots = make([]uint64, size)
	}
	t.slots = t.slots[:size]
	clear(t.slots)
	mask := uint64(size - 1)
	n, zero := 0, false // 0 marks an empty slot, so the value 0 is counted apart
	for _, h := range hs {
		if h == 0 {
			if !zero {
				zero = true
				n++
			}
			continue
		}
		x := h ^ slotSeed
		x ^= x >> 33
		x *= 0xff51afd7ed558ccd
		x ^= x >> 33
		for i := x & mask; ; i = (i + 1) & mask {
			if t.slots[i] == h {
				break
			}
			if t.slots[i] == 0 {
				t.slots[i] = h
				n++
				break
			}
		}
	}
	return n
}
