// Package template finds the template lines of a drop: lines that repeat,
// after normalisation, across many documents that otherwise share nothing
// (share bars, newsletter footers, copyright and field lines of one site or
// export). A scan treats them as chrome: they are not shingled, so they are
// never a reason to pair two documents, and template lines that end a text
// file's article are trimmed from its line range as boilerplate is (an
// export's field lines, boilerplate themselves, stay in its range).
//
// # The rule
//
// A line is a template line when
//
//   - at least MinDocs documents hold it (normalised: letters lower-cased,
//     digits folded to 0, everything else one space), and
//   - at least 80% of those documents keep text of their own without it:
//     at least MinWords words in lines that are not frequent (held by fewer
//     than MinDocs documents).
//
// However much of a document the template makes up, its documents differ
// in the rest. A syndicated article copied unchanged into many documents is
// what the second condition protects: its copies are made of frequent
// lines, so they have no text of their own, and its lines stay text. Edited
// copies rarely share whole lines, so their lines are not frequent in the
// first place.
//
// # Limits
//
// In a drop of fewer than MinDocs documents (three files, say) nothing is
// a template, however often a line repeats. An unchanged wire story pasted
// into at least MinDocs documents, most of which add MinWords words of
// their own (a local paragraph), looks like a template and is left out of
// all of them; the copies are then compared on what they add. A template
// line that a site varies (a date or a counter inside it is folded, other
// words are not) is as many lines, each rarer.
package template

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/dedup/dedup/dedup/internal/mix"
)

// Line is one body line of a document: its normalised key, word count and
// sketch.
type Line struct {
	Key   uint64
	Words int32
	// Sketch is the line's smallest word 3-gram hash ([Sketch]): two
	// versions of a line that differ by a few edits keep it with the
	// probability that a 3-gram survives, so edited copies of a paragraph
	// usually share it while unrelated lines never do.
	Sketch uint64
}

// Sketch returns the smallest hash of the word 3-grams of a line, given as
// its words' hashes (of the single words, for a line of one or two).
func Sketch(words []uint64) uint64 {
	best := ^uint64(0)
	if len(words) < 3 {
		for _, w := range words {
			best = min(best, mix.Mix64(w))
		}
		return best
	}
	for i := 0; i+3 <= len(words); i++ {
		best = min(best, mix.Mix64(words[i]*0x9e3779b97f4a7c15^words[i+1]*0xc2b2ae3d27d4eb4f^words[i+2]))
	}
	return best
}

// Key returns the normalised key of a line, and false for a line of fewer
// than three words (six letters in scripts written without spaces): the
// fragments hard wrapping leaves ("the.") repeat by chance, and numbers,
// rules and single words are the splitter's boilerplate rules' business.
func Key(line string) (uint64, bool) {
	var buf [256]byte
	b := buf[:0]
	words, ideographs := 0, 0
	space := true // no leading space
	inWord := false
	for i := 0; i < len(line); {
		r, size := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(line[i:])
		}
		i += size
		switch {
		case isLetter(r):
			if !inWord {
				words++
				inWord = true
			}
			if r >= 0x2E80 {
				ideographs++
			}
			b = appendLower(b, r)
			space = false
			continue
		case '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			b = append(b, '0')
			space = false
		default:
			if !space {
				b = append(b, ' ')
				space = true
			}
		}
		inWord = false
	}
	if words < 3 && ideographs < 6 {
		return 0, false
	}
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return xxhash.Sum64(b), true
}

// isLetter is unicode.IsLetter without the tables for ASCII, which most
// lines are.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func appendLower(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(b, byte(r)|0x20)
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// Counter collects the lines of every document of a drop.
type Counter struct {
	docs  [][]Line // each document's lines, keys distinct
	count map[uint64]int32
}

// NewCounter returns an empty Counter.
func NewCounter() *Counter { return &Counter{count: map[uint64]int32{}} }

// Add records the lines of the next document (numbered from 0 in the
// order added). Repeats of a line within a document count once.
func (c *Counter) Add(lines []Line) {
	ls := slices.Clone(lines)
	slices.SortFunc(ls, func(x, y Line) int { return cmp.Compare(x.Key, y.Key) })
	ls = slices.CompactFunc(ls, func(x, y Line) bool { return x.Key == y.Key })
	for _, l := range ls {
		c.count[l.Key]++
	}
	c.docs = append(c.docs, ls)
}

// Len returns the number of documents added.
func (c *Counter) Len() int { return len(c.docs) }

// Set is a set of template line keys.
type Set map[uint64]bool

// relatedSample is how many of a line's documents are compared pairwise
// to tell a template from a copied article.
const relatedSample = 16

// Find applies the rule (see the package documentation) and returns the
// template lines and, for each document that holds some, its number.
func (c *Counter) Find(minDocs, minWords int) (Set, []int) {
	frequent := Set{}
	for k, n := range c.count {
		if int(n) >= minDocs {
			frequent[k] = true
		}
	}
	if len(frequent) == 0 {
		return nil, nil
	}
	// keeps[k] are the documents holding line k that have text of their
	// own, in order.
	keeps := map[uint64][]int{}
	for d, ls := range c.docs {
		var own int32
		has := false
		for _, l := range ls {
			if frequent[l.Key] {
				has = true
			} else {
				own += l.Words
			}
		}
		if !has || own < int32(max(minWords, 1)) {
			continue
		}
		for _, l := range ls {
			if frequent[l.Key] {
				keeps[l.Key] = append(keeps[l.Key], d)
			}
		}
	}
	set := Set{}
	unrelated := map[uint64]bool{} // by the hash of the sampled documents
	for k := range frequent {
		docs := keeps[k]
		if 5*len(docs) < 4*int(c.count[k]) {
			continue
		}
		sample := docs[:min(len(docs), relatedSample)]
		h := sampleHash(sample)
		u, ok := unrelated[h]
		if !ok {
			u = c.unrelated(sample, frequent)
			unrelated[h] = u
		}
		if u {
			set[k] = true
		}
	}
	if len(set) == 0 {
		return nil, nil
	}
	var docs []int
	for d, ls := range c.docs {
		for _, l := range ls {
			if set[l.Key] {
				docs = append(docs, d)
				break
			}
		}
	}
	return set, docs
}

// unrelated reports whether documents docs share nothing but their
// frequent lines: fewer than a fifth of their pairs are related, where two
// documents are related when, on average both ways, at least 30% of the
// sketches of one's own lines are among the other's lines. Edited copies
// of one article are related (their paragraphs keep their sketches);
// articles under one template are not.
func (c *Counter) unrelated(docs []int, frequent Set) bool {
	own := make([]map[uint64]bool, len(docs))
	all := make([]map[uint64]bool, len(docs))
	for i, d := range docs {
		own[i], all[i] = map[uint64]bool{}, map[uint64]bool{}
		for _, l := range c.docs[d] {
			all[i][l.Sketch] = true
			if !frequent[l.Key] {
				own[i][l.Sketch] = true
			}
		}
	}
	in := func(a, b map[uint64]bool) float64 {
		n := 0
		for s := range a {
			if b[s] {
				n++
			}
		}
		return float64(n) / float64(max(len(a), 1))
	}
	related, pairs := 0, 0
	for x := range docs {
		for y := x + 1; y < len(docs); y++ {
			pairs++
			if (in(own[x], all[y])+in(own[y], all[x]))/2 >= 0.3 {
				related++
			}
		}
	}
	return 5*related < pairs
}

func sampleHash(docs []int) uint64 {
	h := uint64(len(docs))
	for _, d := range docs {
		h = mix.Mix64(h*0x9e3779b97f4a7c15 + uint64(d))
	}
	return h
}
