package report

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dedup/dedup/dedup"
)

// lcsLen is the length of a longest common subsequence, by dynamic
// programming: what matchWords must find.
func lcsLen(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

// TestMatchWords: on random pairs of edited word sequences the words
// marked in each are the same sequence, and as long as a longest common
// subsequence.
func TestMatchWords(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 9))
	for trial := 0; trial < 300; trial++ {
		a := make([]string, r.IntN(60))
		for i := range a {
			a[i] = string(rune('a' + r.IntN(5)))
		}
		var b []string
		for _, w := range a {
			switch r.IntN(6) {
			case 0: // deleted
			case 1:
				b = append(b, w, string(rune('a'+r.IntN(5)))) // inserted after
			case 2:
				b = append(b, string(rune('a'+r.IntN(5)))) // replaced
			default:
				b = append(b, w)
			}
		}
		inA, inB, ok := matchWords(a, b)
		if !ok {
			t.Fatalf("trial %d: gave up", trial)
		}
		var ka, kb []string
		for i, in := range inA {
			if in {
				ka = append(ka, a[i])
			}
		}
		for i, in := range inB {
			if in {
				kb = append(kb, b[i])
			}
		}
		if strings.Join(ka, " ") != strings.Join(kb, " ") || len(ka) != lcsLen(a, b) {
			t.Fatalf("trial %d: kept %v and %v, want a common subsequence of length %d", trial, ka, kb, lcsLen(a, b))
		}
	}
	// Too different: it gives up instead of using quadratic memory.
	a, b := make([]string, 2000), make([]string, 2000)
	for i := range a {
		a[i], b[i] = "x", "y"
	}
	if _, _, ok := matchWords(a, b); ok {
		t.Error("4,000 edits diffed, want the fallback")
	}
}

// TestDiffLines: a copy with one word replaced and one added marks just
// those as inserted, the word they replace as deleted, the rest shared.
func TestDiffLines(t *testing.T) {
	a := dedup.DocText{StartLine: 10, Lines: []string{"The council met on Monday to talk about the ferry."}}
	b := dedup.DocText{StartLine: 3, Lines: []string{"The council met on Tuesday to talk about the new ferry."}}
	la, lb := diffLines(a, b)
	render := func(ls []htmlLine) string {
		var s strings.Builder
		for _, l := range ls {
			for _, sp := range l.Spans {
				if sp.Shared {
					s.WriteString(sp.Text)
				} else {
					s.WriteString("[" + sp.Text + "]")
				}
			}
		}
		return s.String()
	}
	if got, want := render(la), "The council met on [Monday ]to talk about the ferry."; got != want {
		t.Errorf("a: %q, want %q", got, want)
	}
	if got, want := render(lb), "The council met on [Tuesday ]to talk about the [new ]ferry."; got != want {
		t.Errorf("b: %q, want %q", got, want)
	}
	if la[0].N != 10 || lb[0].N != 3 {
		t.Errorf("line numbers %d and %d, want 10 and 3", la[0].N, lb[0].N)
	}
}
