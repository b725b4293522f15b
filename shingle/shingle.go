// Package shingle turns text into normalised words and hashed word
// k-shingles, the unit of comparison for everything else in dedup.
//
// Normalisation (version [Version]) is: Unicode NFKC, case folding,
// typographic quotes, apostrophes and dashes folded to their ASCII forms.
// A word is a run of letters, digits and combining marks; an apostrophe
// between two such characters stays inside the word ("doesn't"), every other
// character separates words. Han, Hiragana, Katakana, Thai, Lao, Khmer and
// Myanmar characters are words of one character each (so shingles are
// character k-grams there), because those scripts do not separate words with
// spaces.
//
// A k-shingle is k consecutive words. Its hash is xxhash64 (XXH64, seed 0)
// of the k words joined by single spaces, so "the quick brown fox jumps"
// hashes to xxhash.Sum64String("the quick brown fox jumps"). A text with at
// least one but fewer than k words has exactly one shingle: all its words.
//
// Changing any of this changes every hash and silently invalidates saved
// indexes, so the known-answer tests in this package must fail loudly and
// [Version] must be bumped with it.
//
// A [Shingler] reuses its buffers between documents and is not safe for
// concurrent use; use one per goroutine.
package shingle

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
	"golang.org/x/text/unicode/norm"
)

// Version identifies the normalisation and hashing rules above. Saved
// indexes record it and refuse to mix versions.
const Version = 1

// DefaultK is the default shingle size in words.
const DefaultK = 5

// Normalize returns s in NFKC form, case folded, with curly quotes,
// apostrophes and dashes replaced by ASCII ' " and -. Punctuation and
// spacing are otherwise kept, so the result is still readable text.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	forEachRune(s, func(r rune) { b.WriteRune(r) })
	return b.String()
}

// Words returns the normalised words of s.
func Words(s string) []string {
	var sh Shingler
	sh.Add(s)
	return strings.Fields(string(sh.buf))
}

// Hashes returns the k-shingle hashes of s in text order, duplicates kept.
// It is a convenience wrapper around a fresh [Shingler].
func Hashes(s string, k int) []uint64 {
	var sh Shingler
	sh.Add(s)
	return sh.Hashes(k, nil)
}

// Hash returns the hash of one shingle given as its words.
func Hash(words ...string) uint64 {
	return xxhash.Sum64String(strings.Join(words, " "))
}

// A Shingler accumulates the normalised words of one document, possibly
// given in several pieces (lines), and produces its shingle hashes. Words
// flow across pieces, so line wrapping never breaks a shingle. The zero
// Shingler is ready to use.
type Shingler struct {
	buf    []byte // normalised words, each followed by one space
	starts []int  // byte offset in buf where each word starts
}

// Reset forgets all words added so far, keeping the buffers.
func (s *Shingler) Reset() {
	s.buf = s.buf[:0]
	s.starts = s.starts[:0]
}

// Len reports the number of words added since the last Reset.
func (s *Shingler) Len() int { return len(s.starts) }

// Add normalises text and appends its words.
func (s *Shingler) Add(text string) {
	if !isASCII(text) && !norm.NFKC.IsNormalString(text) {
		text = norm.NFKC.String(text)
	}
	var st wordState
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII, the common case, without the Unicode tables.
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				s.letter(c, &st)
			case 'A' <= c && c <= 'Z':
				s.letter(c+'a'-'A', &st)
			default:
				s.other(rune(c), &st)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		foldRune(r, func(r rune) { s.other(r, &st) })
	}
	s.endWord(&st)
}

// wordState is where Add is within the current word.
type wordState struct {
	inWord bool // a word is open in buf
	apos   bool // an apostrophe follows the open word, pending
}

// letter appends an ASCII letter or digit.
func (s *Shingler) letter(c byte, st *wordState) {
	s.openWord(st)
	s.buf = append(s.buf, c)
}

// openWord starts a word, or continues the open one after a pending
// apostrophe, before a word character is appended.
func (s *Shingler) openWord(st *wordState) {
	if !st.inWord {
		s.starts = append(s.starts, len(s.buf))
		st.inWord = true
	} else if st.apos {
		s.buf = append(s.buf, '\'')
		st.apos = false
	}
}

// other handles any folded rune that is not an ASCII letter or digit.
func (s *Shingler) other(r rune, st *wordState) {
	switch {
	case r < utf8.RuneSelf && isWordRune(r):
		s.letter(byte(r), st)
	case r == '\'':
		if st.inWord && !st.apos {
			st.apos = true
		} else {
			s.endWord(st)
		}
	case isSingleWord(r):
		s.endWord(st)
		s.starts = append(s.starts, len(s.buf))
		s.buf = utf8.AppendRune(s.buf, r)
		st.inWord = true
		s.endWord(st)
	case isWordRune(r):
		s.openWord(st)
		s.buf = utf8.AppendRune(s.buf, r)
	default:
		s.endWord(st)
	}
}

func (s *Shingler) endWord(st *wordState) {
	if st.inWord {
		s.buf = append(s.buf, ' ')
		st.inWord = false
	}
	st.apos = false
}

// Hashes appends to dst the hash of every k-shingle of the words added so
// far, in text order, and returns the extended slice. It does not allocate
// beyond growing dst.
func (s *Shingler) Hashes(k int, dst []uint64) []uint64 {
	n := len(s.starts)
	if n == 0 {
		return dst
	}
	if k < 1 {
		k = 1
	}
	if n < k {
		return append(dst, xxhash.Sum64(s.buf[:len(s.buf)-1]))
	}
	for i := 0; i+k <= n; i++ {
		end := len(s.buf) - 1
		if i+k < n {
			end = s.starts[i+k] - 1
		}
		dst = append(dst, xxhash.Sum64(s.buf[s.starts[i]:end]))
	}
	return dst
}

// Sum64 returns the xxhash64 of the normalised words added since the last
// Reset: equal for two texts that differ only in case, punctuation, quote
// style, spacing or line wrapping. dedup uses it as a document's content
// hash.
func (s *Shingler) Sum64() uint64 { return xxhash.Sum64(s.buf) }

// WordHashes appends the xxhash64 of each word added since the last Reset
// to dst, in order, and returns the extended slice; equal words have equal
// hashes, which is all passage matching needs.
func (s *Shingler) WordHashes(dst []uint64) []uint64 {
	for i, start := range s.starts {
		end := len(s.buf) - 1
		if i+1 < len(s.starts) {
			end = s.starts[i+1] - 1
		}
		dst = append(dst, xxhash.Sum64(s.buf[start:end]))
	}
	return dst
}

// Word returns the i-th word added since the last Reset.
func (s *Shingler) Word(i int) string {
	end := len(s.buf) - 1
	if i+1 < len(s.starts) {
		end = s.starts[i+1] - 1
	}
	return string(s.buf[s.starts[i]:end])
}

// forEachRune calls f with each rune of the normalised form of s. ASCII
// text, the common case, skips the Unicode tables entirely; other text is
// brought to NFKC (a no-op quick check for most text) and folded rune by
// rune.
func forEachRune(s string, f func(rune)) {
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			f(rune(c))
		}
		return
	}
	if !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			f(r)
			continue
		}
		foldRune(r, f)
	}
}

// foldRune applies Unicode case folding to r: simple folding (to lower
// case) plus the full foldings that matter for words, which expand one
// letter into two (German sharp s) or merge positional forms (Greek final
// sigma). Folded output of NFKC text is NFKC again for these mappings.
func foldRune(r rune, f func(rune)) {
	switch r {
	case '\u00DF', '\u1E9E': // ß, ẞ
		f('s')
		f('s')
		return
	case '\u03C2': // ς
		f('\u03C3')
		return
	case '\u0130': // İ folds to i + combining dot above; treat as i
		f('i')
		return
	}
	f(foldPunct(unicode.ToLower(r)))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldPunct maps typographic quotes, apostrophes and dashes to ASCII.
func foldPunct(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u0060', '\u00B4':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return '-'
	}
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isSingleWord reports whether r is a character of a script written
// without spaces between words, which dedup treats as a word of its own.
func isSingleWord(r rune) bool {
	switch {
	case r < 0x0E00:
		return false
	case r < 0x1100: // Thai, Lao, Tibetan, Myanmar
		return unicode.In(r, unicode.Thai, unicode.Lao, unicode.Myanmar)
	case r < 0x2E80: // Khmer
		return unicode.Is(unicode.Khmer, r)
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}
