package cluster

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

func TestGroups(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		n     int
		pairs [][2]int
		want  string
	}{
		{"none", 4, nil, "[]"},
		{"one pair", 4, [][2]int{{2, 3}}, "[[2 3]]"},
		{"transitive", 6, [][2]int{{5, 1}, {1, 3}}, "[[1 3 5]]"},
		{"two groups ordered by smallest", 7, [][2]int{{4, 6}, {0, 5}, {5, 2}}, "[[0 2 5] [4 6]]"},
		{"self pair ignored", 3, [][2]int{{1, 1}}, "[]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := New(tc.n)
			for _, p := range tc.pairs {
				s.Union(p[0], p[1])
			}
			if got := fmt.Sprint(s.Groups(2)); got != tc.want {
				t.Errorf("Groups = %s, want %s", got, tc.want)
			}
		})
	}
}

// TestOrderIndependent: the same pairs in any order give the same groups.
func TestOrderIndependent(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	var pairs [][2]int
	for i := 0; i < 300; i++ {
		pairs = append(pairs, [2]int{r.IntN(500), r.IntN(500)})
	}
	var first string
	for trial := 0; trial < 5; trial++ {
		r.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
		s := New(500)
		for _, p := range pairs {
			s.Union(p[0], p[1])
		}
		got := fmt.Sprint(s.Groups(2))
		if trial == 0 {
			first = got
		} else if got != first {
			t.Fatalf("groups depend on pair order")
		}
	}
}

func TestUnionReports(t *testing.T) {
	t.Parallel()
	s := New(3)
	if !s.Union(0, 1) || s.Union(1, 0) || s.Find(0) != s.Find(1) || s.Find(2) == s.Find(0) {
		t.Errorf("union/find inconsistent")
	}
}
