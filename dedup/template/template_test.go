package template

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestKey(t *testing.T) {
	same := [][2]string{
		{"Share this story on Facebook", "  share THIS story -- on facebook!"},
		{"© 2024 The Daily Example. All rights reserved.", "© 2023 The Daily Example: all rights reserved"},
		{"Sign up for the Morning Brief", "Sign up for the  Morning  Brief."},
		{"版权所有 未经许可不得转载", "版权所有，未经许可不得转载。"},
	}
	for _, p := range same {
		a, okA := Key(p[0])
		b, okB := Key(p[1])
		if !okA || !okB || a != b {
			t.Errorf("Key(%q) and Key(%q) differ (%v %v)", p[0], p[1], okA, okB)
		}
	}
	if a, _ := Key("Share this story"); a == func() uint64 { k, _ := Key("Share that story"); return k }() {
		t.Error("different words, same key")
	}
	for _, l := range []string{"", "* * *", "2024", "a 12", "the.", "Hi all,", "记者王伟"} {
		if _, ok := Key(l); ok {
			t.Errorf("Key(%q) ok, want no key for fewer than three words", l)
		}
	}
}

// doc makes a document of shared template lines t0..t(n-1) plus own lines
// of ownWords words unique to document i.
func doc(i, shared int, ownWords int32) []Line {
	var ls []Line
	for j := range shared {
		ls = append(ls, Line{Key: uint64(1000 + j), Words: 12, Sketch: uint64(5000 + j)})
	}
	if ownWords > 0 {
		ls = append(ls, Line{Key: uint64(1_000_000 + i), Words: ownWords, Sketch: uint64(9_000_000 + i)})
	}
	return ls
}

func TestFind(t *testing.T) {
	cases := []struct {
		name      string
		docs      func(c *Counter)
		wantLines int
		wantDocs  int
	}{
		{"unrelated documents under one template", func(c *Counter) {
			for i := range 30 {
				c.Add(doc(i, 10, 40))
			}
		}, 10, 30},
		{"the template outweighs each document's own text", func(c *Counter) {
			for i := range 30 {
				c.Add(doc(i, 10, 25))
			}
		}, 10, 30},
		{"unchanged copies of one article (no text of their own)", func(c *Counter) {
			for i := range 30 {
				c.Add(doc(i, 10, 0))
			}
		}, 0, 0},
		{"edited copies of one article (their own lines are edits of the same paragraphs)", func(c *Counter) {
			for i := range 30 {
				d := doc(i, 10, 0)
				// A different line in every copy, but an edit of the same
				// paragraph: its sketch survived.
				d = append(d, Line{Key: uint64(1_000_000 + i), Words: 40, Sketch: 42})
				c.Add(d)
			}
		}, 0, 0},
		{"own text under MinWords", func(c *Counter) {
			for i := range 30 {
				c.Add(doc(i, 10, 5))
			}
		}, 0, 0},
		{"fewer documents than MinDocs", func(c *Counter) {
			for i := range 9 {
				c.Add(doc(i, 10, 40))
			}
		}, 0, 0},
		{"copies among template documents", func(c *Counter) {
			for i := range 30 {
				c.Add(doc(i, 10, 40))
			}
			// Two documents with the same own line: it is held by two,
			// not frequent, so it stays text.
			c.Add(doc(7, 10, 40))
		}, 10, 31},
		{"a line repeated inside one document counts once", func(c *Counter) {
			for i := range 9 {
				c.Add(append(doc(i, 1, 40), Line{Key: 1000, Words: 12, Sketch: 5000}))
			}
		}, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := NewCounter()
			tc.docs(c)
			set, docs := c.Find(10, 20)
			if len(set) != tc.wantLines || len(docs) != tc.wantDocs {
				t.Fatalf("%d lines in %d documents, want %d in %d", len(set), len(docs), tc.wantLines, tc.wantDocs)
			}
			for j := range tc.wantLines {
				if !set[uint64(1000+j)] {
					t.Errorf("line %d not found", j)
				}
			}
			if !slices.IsSorted(docs) {
				t.Errorf("documents %v not in order", docs)
			}
		})
	}
}

// TestSketch: a 20-word line with one word replaced keeps its sketch most
// of the time (the edit changes 3 of 18 3-grams and adds 3 new ones);
// unrelated lines do not share it.
func TestSketch(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	kept, shared := 0, 0
	for range 1000 {
		w := make([]uint64, 20)
		for i := range w {
			w[i] = r.Uint64()
		}
		e := slices.Clone(w)
		e[r.IntN(len(e))] = r.Uint64()
		if Sketch(w) == Sketch(e) {
			kept++
		}
		other := make([]uint64, 20)
		for i := range other {
			other[i] = r.Uint64()
		}
		if Sketch(w) == Sketch(other) {
			shared++
		}
	}
	if kept < 600 || shared > 0 {
		t.Errorf("edited lines kept the sketch %d of 1000 times (want most), unrelated shared it %d times", kept, shared)
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Share this", "© 2024", "\xff\xfe", "ÄÖÜ straße 12", "记者 王伟"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k1, ok1 := Key(s)
		k2, ok2 := Key(s + " ")
		if ok1 != ok2 || k1 != k2 {
			t.Errorf("trailing space changed the key of %q", s)
		}
		_ = fmt.Sprint(k1)
	})
}
