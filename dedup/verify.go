package dedup

import (
	"github.com/dedup/dedup/dedup/cluster"
	"github.com/dedup/dedup/dedup/index"
	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
)

type verifiedPair struct {
	a, b              int
	jaccard, estimate float64
	inA, inB          float64 // containment of a in b, of b in a
}

// verify computes the exact Jaccard similarity of each candidate pair and
// keeps those at or above the threshold, in candidate order.
func verify(cands []lsh.Pair, sets []*shingleSet, hasher *minhash.Hasher, threshold float64, metric string, jobs int) []verifiedPair {
	keep := make([]bool, len(cands))
	jac := make([]float64, len(cands))
	inA := make([]float64, len(cands))
	inB := make([]float64, len(cands))
	est := make([]float64, len(cands))
	inRanges(len(cands), jobs, func(_, lo, hi int) {
		sa, sb := make(minhash.Signature, hasher.Num()), make(minhash.Signature, hasher.Num())
		for i := lo; i < hi; i++ {
			a, b := sets[cands[i].A], sets[cands[i].B]
			if !a.loaded || !b.loaded {
				continue // its file changed; reported as an error
			}
			jac[i], inA[i], inB[i] = similarity(a.hashes, b.hashes)
			if metric == MetricContainment {
				keep[i] = max(inA[i], inB[i]) >= threshold
			} else {
				keep[i] = jac[i] >= threshold
			}
			if keep[i] {
				hasher.SignInto(sa, a.hashes)
				hasher.SignInto(sb, b.hashes)
				est[i], _ = minhash.Estimate(sa, sb)
			}
		}
	})
	var out []verifiedPair
	for i, c := range cands {
		if keep[i] {
			out = append(out, verifiedPair{a: int(c.A), b: int(c.B), jaccard: jac[i], estimate: est[i], inA: inA[i], inB: inB[i]})
		}
	}
	return out
}

// Jaccard returns |a∩b|/|a∪b| for two sorted sets of shingle hashes
// without repeats. Two empty sets have similarity 0.
func Jaccard(a, b []uint64) float64 { return index.Jaccard(a, b) }

// similarity returns the Jaccard similarity of two sorted sets and the
// containment of each in the other, |a∩b|/|a| and |a∩b|/|b|.
func similarity(a, b []uint64) (jaccard, inA, inB float64) {
	inter := index.Intersection(a, b)
	if u := len(a) + len(b) - inter; u > 0 {
		jaccard = float64(inter) / float64(u)
	}
	if len(a) > 0 {
		inA = float64(inter) / float64(len(a))
	}
	if len(b) > 0 {
		inB = float64(inter) / float64(len(b))
	}
	return jaccard, inA, inB
}

// buildClusters groups verified pairs into clusters and also returns each
// document's cluster ID (0 for none).
func buildClusters(docs []Document, sets []*shingleSet, pairs []verifiedPair) ([]Cluster, []int) {
	clusterOf := make([]int, len(docs))
	uf := cluster.New(len(docs))
	for _, vp := range pairs {
		uf.Union(vp.a, vp.b)
	}
	groups := uf.Groups(2)
	index := make(map[int]int) // doc -> cluster index
	clusters := make([]Cluster, len(groups))
	for ci, g := range groups {
		rep := docs[g[0]]
		c := Cluster{ID: ci + 1, Size: len(g), Representative: rep.ID, Pairs: []Pair{}}
		for _, m := range g {
			index[m] = ci
			clusterOf[m] = ci + 1
			d := docs[m]
			sim := 1.0
			if m != g[0] {
				sim = round4(Jaccard(sets[g[0]].hashes, sets[m].hashes))
			}
			c.Members = append(c.Members, Member{
				Doc: d.ID, Path: d.Path, StartLine: d.StartLine, EndLine: d.EndLine,
				Title: d.Title, Source: d.Source, Byline: d.Byline, Words: d.Words, Similarity: sim,
			})
		}
		clusters[ci] = c
	}
	// Pairs arrive sorted by (a, b), so each cluster's pairs are sorted too.
	for _, vp := range pairs {
		c := &clusters[index[vp.a]]
		c.Pairs = append(c.Pairs, Pair{A: docs[vp.a].ID, B: docs[vp.b].ID, Jaccard: round4(vp.jaccard), Estimate: round4(vp.estimate),
			ContainmentA: round4(vp.inA), ContainmentB: round4(vp.inB)})
	}
	return clusters, clusterOf
}
