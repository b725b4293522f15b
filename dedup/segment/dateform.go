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
	var forms map[string]int
	for i, k := range kinds {
		if !k.date || k.by || parsed[i].headTitle != "" {
			continue
		}
		if f := dateForm(lines[i]); f != "" {
			if forms == nil {
				forms = map[string]int{}
			}
			forms[f]++
		}
	}
	learned := false
	for _, n := range forms {
		learned = learned || n >= minDateForms
	}
	if !learned {
		return
	}
	for i, k := range kinds {
		if k.blank || k.boilerplate || k.date || k.by || k.lead || k.link || !k.short || !hasDigit(lines[i]) {
			continue
		}
		if f := dateForm(lines[i]); f != "" && forms[f] >= minDateForms {
			kinds[i].date, kinds[i].shape = true, shapeDate
			parsed[i] = lineInfo{kind: kinds[i], dateText: strings.TrimSpace(lines[i])}
		}
	}
}

// dateForm describes how a short line is written, word by word: a number
// of four digits is Y, another number N, a time of day C, a word starting
// with a capital A, another word a, anything else x, each with the
// punctuation after it ("Jumatatu, 3 Juni 2019" is "A, N A Y"). It is ""
// for a line of more than eight words or with fewer than two numbers: a
// form is only learned where it is mostly numbers.
func dateForm(line string) string {
	var b strings.Builder
	words, numbers := 0, 0
	for w := range strings.FieldsSeq(line) {
		if words++; words > 8 {
			return ""
		}
		core := strings.TrimRightFunc(w, unicode.IsPunct)
		punct := w[len(core):]
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
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(class)
		b.WriteString(punct)
	}
	if numbers < 2 {
		return ""
	}
	return b.String()
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
