package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// A transform changes a generated corpus the way text is changed on its
// way to a user, whatever its layout: pages saved with their no-break
// spaces, exports and mail wrapped at a fixed width, dense pages without
// blank lines around their headers. The scores of a transformed corpus
// show how much of the splitter's accuracy rests on the generator's way
// of writing lines rather than on the layouts.
type transform struct {
	name, what string
	// lines rewrites line n (1-based) of a file; header and body tell
	// whether a line is in an article's header block or body, by the
	// truth. It returns the lines that take line n's place.
	lines func(n int, l string, header, body func(int) bool) []string
}

var transforms = []transform{
	{name: "no-break spaces", what: "the spaces of every header line written as no-break spaces (U+00A0), as text copied out of web pages keeps them",
		lines: func(n int, l string, header, _ func(int) bool) []string {
			if header(n) {
				return []string{strings.ReplaceAll(l, " ", "\u00a0")}
			}
			return []string{l}
		}},
	{name: "wrapped at 72", what: "every line longer than 72 characters broken where the next word would not fit, as mail, plain-text exports and newsletters are",
		lines: func(_ int, l string, _, _ func(int) bool) []string { return wrapAt(l, 72) }},
	{name: "dense headers", what: "the blank lines inside each header block and between it and the text taken out",
		lines: func(n int, l string, header, body func(int) bool) []string {
			if strings.TrimSpace(l) == "" && (header(n) || header(n-1) && body(n+1)) {
				return nil
			}
			return []string{l}
		}},
}

// wrapAt breaks l into lines of at most w characters where a word would
// not fit (a word longer than w stands alone); a line that fits, or has
// no space to break at, is returned as it is.
func wrapAt(l string, w int) []string {
	if utf8.RuneCountInString(l) <= w || !strings.Contains(strings.TrimSpace(l), " ") {
		return []string{l}
	}
	var out []string
	line, n := "", 0
	for _, word := range strings.Fields(l) {
		k := utf8.RuneCountInString(word)
		if n > 0 && n+1+k > w {
			out = append(out, line)
			line, n = "", 0
		}
		if n > 0 {
			line += " "
			n++
		}
		line += word
		n += k
	}
	return append(out, line)
}

// transformCorpus writes corpus in, changed by t, to out, with its truth:
// each article's range, body lines and identifier follow its lines.
func transformCorpus(in, out string, t transform) (*truth, error) {
	tr, err := readTruth(in)
	if err != nil {
		return nil, err
	}
	ids := map[string]string{}
	for fi := range tr.Files {
		f := &tr.Files[fi]
		b, err := os.ReadFile(filepath.Join(in, f.Path))
		if err != nil {
			return nil, err
		}
		lines := strings.Split(string(b), "\n")
		header, body := map[int]bool{}, map[int]bool{}
		for _, a := range f.Articles {
			for n := a.Start; n < a.BodyStart; n++ {
				header[n] = true
			}
			for _, n := range a.Body {
				body[n] = true
			}
		}
		// at[n] are the new line numbers of old line n.
		at := make([][]int, len(lines)+2)
		var outLines []string
		for i, l := range lines {
			for _, nl := range t.lines(i+1, l, func(n int) bool { return header[n] }, func(n int) bool { return body[n] }) {
				outLines = append(outLines, nl)
				at[i+1] = append(at[i+1], len(outLines))
			}
		}
		// first is the new number of the first line from n on that
		// stayed; last of the last one from n back.
		first := func(n int) int {
			for ; n <= len(lines); n++ {
				if len(at[n]) > 0 {
					return at[n][0]
				}
			}
			return len(outLines)
		}
		last := func(n int) int {
			for ; n >= 1; n-- {
				if len(at[n]) > 0 {
					return at[n][len(at[n])-1]
				}
			}
			return 1
		}
		for ai := range f.Articles {
			a := &f.Articles[ai]
			var nb []int
			for _, n := range a.Body {
				nb = append(nb, at[n]...)
			}
			a.Start, a.End, a.BodyStart, a.Body = first(a.Start), last(a.End), first(a.BodyStart), nb
			id := fmt.Sprintf("%s:%d", f.Path, a.Start)
			ids[a.ID], a.ID = id, id
		}
		p := filepath.Join(out, f.Path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(p, []byte(strings.Join(outLines, "\n")), 0o644); err != nil {
			return nil, err
		}
	}
	for i := range tr.Pairs {
		tr.Pairs[i].A, tr.Pairs[i].B = ids[tr.Pairs[i].A], ids[tr.Pairs[i].B]
	}
	return tr, tr.write(filepath.Join(out, "truth.json"))
}

// transformNames lists the transforms' names for a flag's help.
func transformNames() string {
	var names []string
	for _, t := range transforms {
		names = append(names, fmt.Sprintf("%q", t.name))
	}
	return strings.Join(names, ", ")
}
