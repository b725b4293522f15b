package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minDateForms is how many of a file's own date lines must be written in
// one form before other lines written in it are read as dates too.
const minDateForms = 2

// learnDateForms reads as date lines the short lines of a file that are
// written the way two or more of its recognised date lines are: the same
// sequence of numbers, capitalised and lower-case words and punctuation
// (dateForm). A page whose dates are "Jumatatu, 3 Juni 2019" and
// "Jumatano, 23 Juni 2021" dates its other stories "Jumapili, 16 Novemba
// 2025", though no table holds that month: the file teaches its own date
// format, as it teaches its header shapes (learnLayout).
func learnDateForms(lines []string, kinds []kind, parsed parsedLines) {
	// The lines that could take a learned form come first: short, not
	// yet read as anything, with two numbers or more. Most files have
	// none, and their date lines are then not described.
	var candidates []int
	for i, k := range kinds {
		if !k.digit || k.date || k.by || k.lead || k.link || len(lines[i]) > 80 || !twoNumbers(lines[i]) {
			continue
		}
		candidates = append(candidates, i)
	}
	if len(candidates) == 0 {
		return
	}
	var forms map[string]int
	var buf [64]byte
	for i, k := range kinds {
		if !k.date || k.by {
			continue
		}
		if f, ok := appendDateForm(buf[:0], lines[i]); ok && parsed[i].headTitle == "" {
			if forms == nil {
				forms = map[string]int{}
			}
			forms[string(f)]++
		}
	}
	learned := false
	for _, n := range forms {
		learned = learned || n >= minDateForms
	}
	if !learned {
		return
	}
	for _, i := range candidates {
		if f, ok := appendDateForm(buf[:0], lines[i]); ok && forms[string(f)] >= minDateForms {
			kinds[i].date, kinds[i].shape = true, shapeDate
			parsed[i] = lineInfo{kind: kinds[i], dateText: strings.TrimSpace(lines[i])}
		}
	}
}

// twoNumbers reports whether t holds two runs of digits or more, as
// every date form learnDateForms learns does.
func twoNumbers(t string) bool {
	runs, in := 0, false
	for i := 0; i < len(t); i++ {
		d := '0' <= t[i] && t[i] <= '9'
		if d && !in {
			if runs++; runs == 2 {
				return true
			}
		}
		in = d
	}
	return false
}

// dateForm describes how a short line is written, word by word: a number
// of four digits is Y, another number N, a time of day C, a word starting
// with a capital A, another word a, anything else x, each with the
// punctuation after it ("Jumatatu, 3 Juni 2019" is "A, N A Y"). It is ""
// for a line of more than eight words or with fewer than two numbers: a
// form is only learned where it is mostly numbers.
func dateForm(line string) string {
	var buf [64]byte
	if f, ok := appendDateForm(buf[:0], line); ok {
		return string(f)
	}
	return ""
}

// appendDateForm appends line's dateForm to dst, without allocating for
// the short lines it is asked of; ok is false where the form is "".
func appendDateForm(dst []byte, line string) ([]byte, bool) {
	words, numbers := 0, 0
	for i := 0; i < len(line); {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i == len(line) {
			break
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		w := line[i:j]
		i = j
		if words++; words > 8 {
			return dst, false
		}
		core := strings.TrimRightFunc(w, unicode.IsPunct)
		var class byte
		switch {
		case core == "":
			class = 'p'
		case allDigits(core):
			numbers++
			class = 'N'
			if len(core) == 4 {
				class = 'Y'
			}
		case hasClock(core):
			numbers++
			class = 'C'
		case isWord(core):
			class = 'a'
			if startsUpper(core) {
				class = 'A'
			}
		default:
			class = 'x'
		}
		if len(dst) > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, class)
		dst = append(dst, w[len(core):]...)
	}
	return dst, numbers >= 2
}

// isWord reports whether s is letters (and marks) only.
func isWord(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
			return false
		}
		s = s[n:]
	}
	return true
}
