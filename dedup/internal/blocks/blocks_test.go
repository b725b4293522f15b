package blocks

import (
	"slices"
	"testing"
)

func TestList(t *testing.T) {
	for _, n := range []int{0, 1, firstBlock - 1, firstBlock, firstBlock + 1, 3*maxBlock + 17} {
		var l, bulk List[int]
		want := make([]int, 0, n)
		for i := range n {
			l.Append(i * 3)
			want = append(want, i*3)
		}
		for rest := want; len(rest) > 0; rest = rest[min(len(rest), 7):] {
			bulk.AppendSlice(rest[:min(len(rest), 7)])
		}
		var joined []int
		for b := range bulk.Blocks() {
			joined = append(joined, b...)
		}
		if bulk.Len() != n || !slices.Equal(joined, want) {
			t.Fatalf("n=%d: AppendSlice by 7s: Len %d, blocks equal = %v", n, bulk.Len(), slices.Equal(joined, want))
		}
		if l.Len() != n {
			t.Fatalf("n=%d: Len = %d", n, l.Len())
		}
		got := l.Slice()
		if !slices.Equal(got, want) || cap(got) != n {
			t.Fatalf("n=%d: Slice has %d elements (cap %d), equal = %v", n, len(got), cap(got), slices.Equal(got, want))
		}
		if l.Len() != 0 || len(l.Slice()) != 0 {
			t.Fatalf("n=%d: list not empty after Slice", n)
		}
	}
}

func TestBlocksNeverMove(t *testing.T) {
	var l List[int]
	l.Append(1)
	first := &l.blocks[0][0]
	for i := range 2 * maxBlock {
		l.Append(i)
	}
	if &l.blocks[0][0] != first || *first != 1 {
		t.Fatal("the first block moved while the list grew")
	}
	for _, b := range l.blocks {
		if cap(b) > maxBlock {
			t.Fatalf("block of %d elements, more than %d", cap(b), maxBlock)
		}
	}
}

func TestSet(t *testing.T) {
	var l List[int]
	for i := range 100000 {
		l.Append(i)
	}
	for _, i := range []int{0, 63, 64, 191, 192, 65535, 99999} {
		l.Set(i, -i-1)
	}
	for i, v := range l.Slice() {
		want := i
		switch i {
		case 0, 63, 64, 191, 192, 65535, 99999:
			want = -i - 1
		}
		if v != want {
			t.Fatalf("element %d = %d, want %d", i, v, want)
		}
	}
}
