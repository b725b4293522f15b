package segment

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// Hard-wrapped text (mail, plain-text newsletters, exports and man pages
// broken at a fixed width) breaks header lines as it breaks paragraphs: a
// long headline goes on over two lines, a date line leaves its time on the
// next ("Outlet | Publié le 06 janvier 2019 à 23h39 - Mis à jour le" over
// "06 janvier 2019 à 01h39"). Each break falls elsewhere in each header,
// so the header blocks of one file no longer share a shape, and a line cut
// off its date is no date line. The splitter therefore reads a hard-wrapped
// file as its logical lines, each physical line joined to the one before
// when it was only broken off for want of room, and maps the articles it
// finds back to the file's lines.

// wrapWidthMax is the widest text taken for hard-wrapped, in characters;
// a line of it is at most wrapBytesMax bytes (80 CJK characters).
const (
	wrapWidthMax = 160
	wrapBytesMax = 240
)

// wrapWidth returns the width lines is hard-wrapped at, in characters,
// or 0 when it is not hard-wrapped. Hard-wrapped text is mostly
// paragraphs going on from line to line: at least 8 lines, and two in
// five of the lines with text, go on into a next line; nineteen in twenty
// of those are at most the width; and three in five were broken there,
// inside a sentence, because the next word would not have fitted. Text
// with a paragraph to a line has few such lines; a file's header blocks
// (a headline over a date) are not broken for want of room.
func wrapWidth(lines []string) int {
	// First the bytes, which cost nothing to count: most text is
	// rejected here.
	var bytesHist [wrapBytesMax + 2]int
	inner, text, over := 0, 0, 0
	next := 0 // rtrimLen(lines[i+1])
	if len(lines) > 0 {
		next = rtrimLen(lines[0])
	}
	for i := range lines {
		n := next
		if i+1 < len(lines) {
			next = rtrimLen(lines[i+1])
		} else {
			next = 0
		}
		if n == 0 {
			continue
		}
		text++
		if next > 0 {
			inner++
			// More than one in twenty lines of the file wider than any
			// width: not wrapped (text with long paragraphs stops here
			// early).
			if n > wrapBytesMax {
				if over++; over*20 > len(lines) {
					return 0
				}
			}
			bytesHist[min(n, wrapBytesMax+1)]++
		}
	}
	if inner < 8 || inner*5 < text*2 || over*20 > inner {
		return 0
	}
	// The width in bytes is at least the width in characters; where it is
	// over the widest width, the characters of a line that wide tell
	// whether another script makes up the difference.
	wb := percentile95(bytesHist[:], inner)
	if wb < 40 {
		return 0
	}
	// Wrapped lines fill most of the width, in bytes too (less evenly
	// where letters take two bytes or three): half of them at least three
	// fifths of it. Text with a paragraph to a line has lines of any
	// length.
	near := 0
	for n := wb * 3 / 5; n <= wb; n++ {
		near += bytesHist[n]
	}
	if near*2 < inner {
		return 0
	}
	// And most of them end inside a sentence: two in five at least,
	// counted in bytes (three in five are asked for below, in characters).
	open := 0
	for i := 0; i+1 < len(lines); i++ {
		if n := rtrimLen(lines[i]); n >= wb*3/5 && n <= wb && rtrimLen(lines[i+1]) > 0 && !sentenceEnd(lines[i][n-1]) {
			open++
		}
	}
	if open*5 < inner*2 {
		return 0
	}
	if wb > wrapWidthMax {
		// The bytes per character of the start of the first line that
		// wide.
		for i := 0; i+1 < len(lines); i++ {
			if n := rtrimLen(lines[i]); n > wb*3/4 && n <= wb {
				head := lines[i][:min(n, 64)]
				if wb*utf8.RuneCountInString(head) > wrapWidthMax*len(head) {
					return 0
				}
				break
			}
		}
	}
	// Then the characters of the lines that go on.
	var hist [wrapWidthMax + 2]int
	for i := 0; i+1 < len(lines); i++ {
		if n := runeLen(lines[i]); n > 0 && rtrimLen(lines[i+1]) > 0 {
			hist[min(n, wrapWidthMax+1)]++
		}
	}
	w := percentile95(hist[:], inner)
	if w > wrapWidthMax || w < 40 {
		return 0
	}
	// Lines broken for want of room, inside a sentence, not rows of a
	// table.
	full := 0
	for i := 0; i+1 < len(lines); i++ {
		if n := runeLen(lines[i]); n > w*3/4 && n <= w && brokenOffAt(lines[i], n, lines[i+1], w) {
			full++
		}
	}
	if full*5 < inner*3 {
		return 0
	}
	return w
}

// sentenceEnd reports whether a line ending in c ends a sentence or a
// clause.
func sentenceEnd(c byte) bool {
	switch c {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

// percentile95 is the width nineteen in twenty of the n lines counted in
// hist (by length) do not exceed; len(hist)-1 stands for any wider.
func percentile95(hist []int, n int) int {
	seen := 0
	for w := 1; w < len(hist); w++ {
		if seen += hist[w]; seen*20 >= n*19 {
			return w
		}
	}
	return len(hist) - 1
}

// runeLen is the number of characters of l without the spaces and tabs
// that end it. ASCII text, most of what is read, is counted eight bytes
// at a time.
func runeLen(l string) int {
	n := rtrimLen(l)
	i := 0
	for ; i+8 <= n; i += 8 {
		if binary.LittleEndian.Uint64([]byte(l[i:i+8]))&0x8080808080808080 != 0 {
			return i + utf8.RuneCountInString(l[i:n])
		}
	}
	return i + utf8.RuneCountInString(l[i:n])
}

// columns reports whether l sets text in columns, as a table or a ledger
// does: a tab or two spaces between its words. Such lines are not
// wrapped text.
func columns(l string) bool {
	l = strings.TrimLeft(l[:rtrimLen(l)], " \t")
	for i := 1; i < len(l); i++ {
		if l[i] == '\t' || l[i] == ' ' && l[i-1] == ' ' {
			return true
		}
	}
	return false
}

// firstWord is l up to its first space; all of l when it has none.
func firstWord(l string) string {
	if i := strings.IndexByte(l, ' '); i >= 0 {
		return l[:i]
	}
	return l
}

// rtrimLen is the length of l without the spaces and tabs that end it.
func rtrimLen(l string) int {
	n := len(l)
	for n > 0 && (l[n-1] == ' ' || l[n-1] == '\t' || l[n-1] == '\r') {
		n--
	}
	return n
}

// brokenOff reports whether next, the line after prev in text wrapped at
// width w, goes on prev's line: both hold text, next's first word would
// not have fitted on prev, prev does not end a sentence, and next is not
// indented, a list item or markup (a new paragraph, item or heading).
func brokenOff(prev, next string, w int) bool {
	return brokenOffAt(prev, runeLen(prev), next, w)
}

// brokenOffAt is brokenOff for a prev of n characters (without the spaces
// that end it); the cheap tests come first.
func brokenOffAt(prev string, n int, next string, w int) bool {
	end := rtrimLen(prev)
	if end == 0 || next == "" || sentenceEnd(prev[end-1]) {
		return false
	}
	switch next[0] {
	case ' ', '\t', '#', '<', '|', '=':
		// Indented, a heading, markup or a table's row.
		return false
	}
	first := firstWord(next)
	switch first {
	case "", "-", "*", "•", "+", ">":
		return false
	}
	return n+1+utf8.RuneCountInString(first) > w && !columns(prev) && !columns(next)
}

// unwrapped is a hard-wrapped file read as its logical lines.
type unwrapped struct {
	lines []string
	// first and last are the 0-based physical lines of each logical one.
	first, last []int
}

// unwrap reads lines as logical lines when they are hard-wrapped (see
// wrapWidth); ok is false, and nothing is allocated, when they are not or
// no line was broken off another.
func unwrap(lines []string) (u unwrapped, ok bool) {
	w := wrapWidth(lines)
	if w == 0 {
		return u, false
	}
	// join[i]: line i+1 goes on line i.
	join := make([]bool, len(lines))
	joins := 0
	for i := 0; i+1 < len(lines); i++ {
		if brokenOff(lines[i], lines[i+1], w) && !headerUnder(lines[i], lines[i+1]) {
			join[i] = true
			joins++
		}
	}
	if joins == 0 {
		return u, false
	}
	n := len(lines) - joins
	u = unwrapped{lines: make([]string, 0, n), first: make([]int, 0, n), last: make([]int, 0, n)}
	for i := 0; i < len(lines); {
		j := i
		for join[j] {
			j++
		}
		l := lines[i]
		if j > i {
			var b strings.Builder
			b.WriteString(lines[i][:rtrimLen(lines[i])])
			for k := i + 1; k <= j; k++ {
				b.WriteByte(' ')
				b.WriteString(lines[k][:rtrimLen(lines[k])])
			}
			l = b.String()
		}
		u.lines = append(u.lines, l)
		u.first, u.last = append(u.first, i), append(u.last, j)
		i = j + 1
	}
	return u, true
}

// headerUnder reports whether next, a line that fills the width left after
// prev, is a header line of its own under prev rather than prev's end: a
// field, web address, counter or chrome line, or a date, by-line or
// one-line header under a line without a number or separator (a headline
// that happens to fill the width) or under a field or chrome line. A date
// line broken in two ("… - Mis à jour le" over "06 janvier 2019 à 01h39")
// has numbers in both halves; a one-line header broken before its date
// ("Title — Valley" over "Post, Dec 16, 2020") has its separator above.
func headerUnder(prev, next string) bool {
	if hasOddSpace(next) {
		next = cleanSpaces(next)
	}
	switch classify(next).shape {
	case shapeField, shapeLink, shapeCounter, shapeChrome:
		return true
	case shapeBy, shapeDate, shapeHead:
		if !hasDigit(prev) && !hasSeparator(prev) {
			return true
		}
		switch classify(prev).shape {
		case shapeField, shapeChrome, shapeLink, shapeCounter:
			return true
		}
	}
	return false
}

// physical maps articles found in u's logical lines back to the file's
// lines: each range runs from the first physical line of its first logical
// line to the last of its last, and each header or body line stands for
// all the physical lines it was joined from.
func (u unwrapped) physical(arts []Article) []Article {
	lines := func(ns []int) []int {
		var out []int
		for _, n := range ns {
			for p := u.first[n-1]; p <= u.last[n-1]; p++ {
				out = append(out, p+1)
			}
		}
		return out
	}
	for i := range arts {
		a := &arts[i]
		a.StartLine, a.EndLine = u.first[a.StartLine-1]+1, u.last[a.EndLine-1]+1
		a.Header, a.Body = lines(a.Header), lines(a.Body)
	}
	return arts
}

// hasSeparator reports whether t holds a separator between fields (one
// of fieldSeps: a bar, dash, dot or slash with a space on either side), or
// ends in one ("Title | Metro Desk |").
func hasSeparator(t string) bool {
	i, _ := lastSep(t+" ", fieldSeps)
	return i >= 0
}
