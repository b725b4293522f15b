// Package blocks provides an append-only list stored in blocks that are
// never moved.
//
// Appending to a plain slice of millions of elements copies it again and
// again as it grows; when the elements hold pointers and the garbage
// collector is running, every copy also goes through write barriers. On a
// 100,000-document scan that growth cost a third of a second on the one
// goroutine that merges the workers' results, which no other core can take
// over. A List only ever allocates a new block, twice the size of the last
// one up to a limit, and copies its elements once, into a slice of the
// exact length, when the caller asks for it with [List.Slice].
package blocks

import "iter"

// maxBlock is the largest block, in elements; past it the list adds
// blocks of this size, so the unused tail is bounded.
const maxBlock = 1 << 16

// firstBlock is the size of the first block: small, so that small scans
// stay small.
const firstBlock = 64

// List is an append-only list. The zero List is empty and ready to use.
// A List is not safe for concurrent use.
type List[T any] struct {
	blocks [][]T
	n      int
}

// Append adds v at the end of the list.
func (l *List[T]) Append(v T) {
	last := l.room()
	*last = append(*last, v)
	l.n++
}

// AppendSlice adds the elements of vs at the end of the list, in order.
func (l *List[T]) AppendSlice(vs []T) {
	for len(vs) > 0 {
		last := l.room()
		n := min(len(vs), cap(*last)-len(*last))
		*last = append(*last, vs[:n]...)
		vs = vs[n:]
		l.n += n
	}
}

// room returns the last block, after adding a new one if it is full.
func (l *List[T]) room() *[]T {
	if len(l.blocks) == 0 || len(l.blocks[len(l.blocks)-1]) == cap(l.blocks[len(l.blocks)-1]) {
		size := firstBlock
		if len(l.blocks) > 0 {
			size = min(2*cap(l.blocks[len(l.blocks)-1]), maxBlock)
		}
		l.blocks = append(l.blocks, make([]T, 0, size))
	}
	return &l.blocks[len(l.blocks)-1]
}

// Blocks yields the list's blocks in order; together they hold its
// elements in append order. The blocks must not be modified.
func (l *List[T]) Blocks() iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for _, b := range l.blocks {
			if !yield(b) {
				return
			}
		}
	}
}

// Set replaces element i, 0 <= i < Len. It walks the blocks, so it is for
// occasional changes, not for filling a list.
func (l *List[T]) Set(i int, v T) {
	for _, b := range l.blocks {
		if i < len(b) {
			b[i] = v
			return
		}
		i -= len(b)
	}
	panic("blocks: Set index out of range")
}

// Len returns the number of elements appended.
func (l *List[T]) Len() int { return l.n }

// Slice returns the elements in append order, in a new slice of exactly
// Len elements, and empties the list so that its blocks can be freed.
func (l *List[T]) Slice() []T {
	s := make([]T, 0, l.n)
	for _, b := range l.blocks {
		s = append(s, b...)
	}
	*l = List[T]{}
	return s
}
