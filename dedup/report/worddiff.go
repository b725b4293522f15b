package report

import (
	"strings"

	"github.com/dedup/dedup/dedup"
)

// maxEdits bounds the word diff: two members of a cluster differ by a few
// edits; past this many the marking falls back to shared 5-word runs,
// which costs linear time (the diff's memory grows with the square of the
// edits).
const maxEdits = 600

// matchWords returns, for two word sequences, which words of each are in
// a longest common subsequence: Myers' O((N+M)D) diff, D the number of
// inserted and deleted words. ok is false when D exceeds maxEdits.
func matchWords(a, b []string) (inA, inB []bool, ok bool) {
	n, m := len(a), len(b)
	maxD := min(n+m, maxEdits)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	// trace[d] is v[off-d-1 : off+d+2] before round d.
	var trace [][]int
	for d := 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v[off-d-1:off+d+2]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: a word of b inserted
			} else {
				x = v[off+k-1] + 1 // right: a word of a deleted
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(trace, n, m, d)
			}
		}
	}
	return nil, nil, false
}

// backtrack walks the rounds of matchWords back from (n, m), marking the
// diagonal moves: the words both sequences keep.
func backtrack(trace [][]int, n, m, d int) (inA, inB []bool, ok bool) {
	inA, inB = make([]bool, n), make([]bool, m)
	x, y := n, m
	for ; d > 0; d-- {
		at := func(k int) int { return trace[d][k+d+1] } // v[k] before round d
		k := x - y
		prevK := k - 1
		if k == -d || k != d && at(k-1) < at(k+1) {
			prevK = k + 1
		}
		prevX := at(prevK)
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			inA[x], inB[y] = true, true
		}
		x, y = prevX, prevY
	}
	for x > 0 && y > 0 {
		x--
		y--
		inA[x], inB[y] = true, true
	}
	return inA, inB, true
}

// wordsOf tokenises a text for the diff: the lower-cased words, and where
// each is (line, part of the line as lineWords splits it).
func wordsOf(t []string) (words []string, at [][2]int, parts [][]string, kinds [][]bool) {
	parts, kinds = make([][]string, len(t)), make([][]bool, len(t))
	for li, l := range t {
		parts[li], kinds[li] = lineWords(l)
		for pi, p := range parts[li] {
			if kinds[li][pi] {
				words = append(words, strings.ToLower(p))
				at = append(at, [2]int{li, pi})
			}
		}
	}
	return words, at, parts, kinds
}

// diffLines marks, in two members' texts, the words of a longest common
// subsequence as shared and the others as deleted (in a) or inserted (in
// b): a word-level diff. Too many edits for that fall back to marking the
// words in 5-word runs the other side holds too.
func diffLines(a, b dedup.DocText) (la, lb []htmlLine) {
	wa, atA, pa, ka := wordsOf(a.Lines)
	wb, atB, pb, kb := wordsOf(b.Lines)
	inA, inB, ok := matchWords(wa, wb)
	if !ok {
		return markShared(a, grams(b.Lines)), markShared(b, grams(a.Lines))
	}
	return spans(a, pa, ka, atA, inA), spans(b, pb, kb, atB, inB)
}

// number is the line of the file that line li of t is.
func number(t dedup.DocText, li int) int {
	if t.LineNumbers != nil {
		return t.LineNumbers[li]
	}
	return t.StartLine + li
}

// spans builds the marked lines of a text from its words' shared flags;
// the text between words goes with the word before it.
func spans(t dedup.DocText, parts [][]string, kinds [][]bool, at [][2]int, in []bool) []htmlLine {
	shared := map[[2]int]bool{}
	for i, p := range at {
		if in[i] {
			shared[p] = true
		}
	}
	out := make([]htmlLine, len(t.Lines))
	for li := range t.Lines {
		out[li].N = number(t, li)
		var cur *htmlSpan
		for pi, p := range parts[li] {
			s := shared[[2]int{li, pi}] || !kinds[li][pi] && cur != nil && cur.Shared
			if cur == nil || cur.Shared != s {
				out[li].Spans = append(out[li].Spans, htmlSpan{Shared: s})
				cur = &out[li].Spans[len(out[li].Spans)-1]
			}
			cur.Text += p
		}
	}
	return out
}
