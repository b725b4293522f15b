// Package cluster groups documents connected by verified duplicate pairs,
// using union-find (disjoint sets) with path halving and union by size
// (Tarjan, "Efficiency of a good but not linear set union algorithm",
// 1975).
//
// Groups come out in a canonical order that does not depend on the order
// pairs were added: members ascending, groups by their smallest member.
// Callers number documents in report order (path, then line), so the
// smallest member is the representative users expect.
//
// A Sets value is not safe for concurrent use.
package cluster

// Sets is a union-find forest over the elements 0..n-1.
type Sets struct {
	parent []int32
	size   []int32
}

// New returns n singleton sets.
func New(n int) *Sets {
	s := &Sets{parent: make([]int32, n), size: make([]int32, n)}
	for i := range s.parent {
		s.parent[i] = int32(i)
		s.size[i] = 1
	}
	return s
}

// Find returns the representative element of x's set.
func (s *Sets) Find(x int) int {
	for int(s.parent[x]) != x {
		s.parent[x] = s.parent[s.parent[x]]
		x = int(s.parent[x])
	}
	return x
}

// Union merges the sets of a and b and reports whether they were apart.
func (s *Sets) Union(a, b int) bool {
	ra, rb := s.Find(a), s.Find(b)
	if ra == rb {
		return false
	}
	if s.size[ra] < s.size[rb] {
		ra, rb = rb, ra
	}
	s.parent[rb] = int32(ra)
	s.size[ra] += s.size[rb]
	return true
}

// Groups returns every set with at least minSize elements, each sorted
// ascending, the groups ordered by their first element.
func (s *Sets) Groups(minSize int) [][]int {
	byRoot := make(map[int]int) // root -> index in groups
	var groups [][]int
	for x := range s.parent {
		r := s.Find(x)
		if s.size[r] < int32(minSize) {
			continue
		}
		i, ok := byRoot[r]
		if !ok {
			i = len(groups)
			byRoot[r] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], x)
	}
	// Elements are visited in ascending order, so each group is sorted and
	// groups are created in order of their smallest element.
	return groups
}
