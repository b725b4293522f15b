package main

import (
	"encoding/json"
	"os"
	"slices"
	"strings"

	"github.com/dedup/dedup/shingle"
)

// truth is what the generator knows about the corpus it wrote.
type truth struct {
	Config genConfig   `json:"config"`
	Files  []truthFile `json:"files"`
	// Pairs are every pair of articles whose bodies have an exact Jaccard
	// similarity of at least minTruthJaccard.
	Pairs []truthPair `json:"pairs"`
}

type truthFile struct {
	Path     string         `json:"path"`
	Family   string         `json:"family"`
	Lang     string         `json:"lang"`
	Whole    bool           `json:"whole,omitempty"` // must stay one document
	Articles []truthArticle `json:"articles"`
}

type truthArticle struct {
	ID     string `json:"id"`
	Origin int    `json:"origin"`
	Lang   string `json:"lang"`
	// Start and End are the article's range: its first header line to
	// its last line, trailing field lines included.
	Start     int   `json:"start"`
	End       int   `json:"end"`
	BodyStart int   `json:"body_start"`
	Body      []int `json:"body"` // the body's lines
	text      string
}

// minTruthJaccard is the lowest similarity kept in the truth: the scorer
// looks at pairs from 0.5 up, and unrelated articles that share a phrase
// would otherwise fill the file.
const minTruthJaccard = 0.3

type truthPair struct {
	A, B    string
	Jaccard float64
}

func (a *truthArticle) setText(lines []string) {
	var b strings.Builder
	for _, n := range a.Body {
		b.WriteString(lines[n-1])
		b.WriteByte('\n')
	}
	a.text = b.String()
}

// computePairs finds every pair of articles that share a shingle of their
// bodies through an inverted index and computes its exact Jaccard
// similarity: the brute-force answer, without comparing the pairs that
// share nothing.
func (t *truth) computePairs() {
	var arts []*truthArticle
	for fi := range t.Files {
		for ai := range t.Files[fi].Articles {
			arts = append(arts, &t.Files[fi].Articles[ai])
		}
	}
	sets := make([][]uint64, len(arts))
	post := map[uint64][]int32{}
	for i, a := range arts {
		s := shingle.Hashes(a.text, shingle.DefaultK)
		slices.Sort(s)
		s = slices.Compact(s)
		sets[i] = s
		for _, h := range s {
			post[h] = append(post[h], int32(i))
		}
	}
	inter := map[[2]int32]int{}
	for _, docs := range post {
		for x := 0; x < len(docs); x++ {
			for y := x + 1; y < len(docs); y++ {
				inter[[2]int32{docs[x], docs[y]}]++
			}
		}
	}
	t.Pairs = t.Pairs[:0]
	for k, n := range inter {
		a, b := k[0], k[1]
		j := float64(n) / float64(len(sets[a])+len(sets[b])-n)
		if j < minTruthJaccard {
			continue
		}
		t.Pairs = append(t.Pairs, truthPair{A: arts[a].ID, B: arts[b].ID, Jaccard: j})
	}
	slices.SortFunc(t.Pairs, func(x, y truthPair) int {
		if c := strings.Compare(x.A, y.A); c != 0 {
			return c
		}
		return strings.Compare(x.B, y.B)
	})
}

func (t *truth) write(path string) error {
	b, err := json.MarshalIndent(t, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// shingleSet is the set of a text's shingles as the truth counts them.
func shingleSet(text string) map[uint64]struct{} {
	m := map[uint64]struct{}{}
	for _, h := range shingle.Hashes(text, shingle.DefaultK) {
		m[h] = struct{}{}
	}
	return m
}
