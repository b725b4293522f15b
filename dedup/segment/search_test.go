package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The byte-level searches the splitter runs on every line must find what
// the plain library calls find: the first colon of either width, and the
// first and last separator of a set.
func TestSearchesMatchPlainOnes(t *testing.T) {
	lines := []string{
		"", ":", "：", "a: b：c", "来源：新华社 : 北京", "Title: x", "no colon here",
		"Markets rally · The Daily Ledger | 25 March 2024", "A - B – C — D",
		"a | b | c", "x  |  y", "ends with a separator -", " - starts", "word-word a-b",
		"Outlet / 12.03.2024 / Politics", "Headline (Outlet)", "é · ü — ß | x",
		"dash–without spaces", "·", " | ", "2024-03-25 10:31 · Metro Desk",
	}
	naiveCut := func(s string, seps []string) (string, string) {
		cut := len(s)
		for _, sep := range seps {
			if i := strings.Index(s[:cut], sep); i >= 0 {
				cut = i
			}
		}
		return s[:cut], s[cut:]
	}
	naiveLast := func(s string, seps []string) (int, string) {
		best, which := -1, ""
		for _, sep := range seps {
			if i := strings.LastIndex(s, sep); i > best {
				best, which = i, sep
			}
		}
		return best, which
	}
	for _, s := range lines {
		for _, l := range []string{s, " " + s, s + "\t", "\u00a0" + s + "\u3000", "\u0085" + s} {
			if got, want := trimLine(l), strings.TrimSpace(l); got != want {
				t.Errorf("trimLine(%q) = %q, want %q", l, got, want)
			}
		}
		if got, want := colonIndex(s), strings.IndexAny(s, ":："); got != want {
			t.Errorf("colonIndex(%q) = %d, want %d", s, got, want)
		}
		for _, seps := range [][]string{suffixSeps, fieldSeps, headlineSeps} {
			f, r := cutFieldAt(s, seps)
			wf, wr := naiveCut(s, seps)
			if f != wf || r != wr {
				t.Errorf("cutFieldAt(%q, %q) = %q, %q; want %q, %q", s, seps, f, r, wf, wr)
			}
			i, sep := lastSep(s, seps)
			wi, wsep := naiveLast(s, seps)
			if i != wi || sep != wsep {
				t.Errorf("lastSep(%q, %q) = %d, %q; want %d, %q", s, seps, i, sep, wi, wsep)
			}
		}
	}
}

// TestWithoutAddresses: web addresses are cut from their scheme to a
// space or a link's closing bracket, and a line of addresses alone
// classifies without a date (it once reached the date parsers empty).
func TestWithoutAddresses(t *testing.T) {
	for in, want := range map[string]string{
		"[jstack](http://example.org/blogs/2012/04/25/x/) action": "[jstack]() action",
		"See https://example.org/2019/03/07 and git+ssh://host/a": "See  and ",
		"<https://example.org/a> b":                               "<> b",
		"no address here, 2024-03-25":                             "no address here, 2024-03-25",
		"http://":                                                 "",
	} {
		if got := withoutAddresses(in); got != want {
			t.Errorf("withoutAddresses(%q) = %q, want %q", in, got, want)
		}
	}
	for _, line := range []string{"http://1 https://2024-03-25", "(https://example.org/2024/03/25)", "https://a.b/2024/03/25 x"} {
		if k := classify(line); k.date {
			t.Errorf("classify(%q): a date %q, want none", line, k.dateText)
		}
	}
}

// TestRunesCJK: one pass counts what utf8.RuneCountInString and hasCJK
// find in two, invalid bytes included.
func TestRunesCJK(t *testing.T) {
	for _, s := range []string{"", "ascii only line", "長句子说明了：原因", "[정치] Has been known", "café — “quoted”", "bad \xff\xfe bytes 日本", "ᄀ jamo"} {
		n, cjk := runesCJK(s)
		if n != utf8.RuneCountInString(s) || cjk != hasCJK(s) {
			t.Errorf("runesCJK(%q) = %d, %v; want %d, %v", s, n, cjk, utf8.RuneCountInString(s), hasCJK(s))
		}
	}
}

// TestSplitTailSpaces: double spaces before a line's last words (an
// empty word between them) are no separator and no crash.
func TestSplitTailSpaces(t *testing.T) {
	for _, line := range []string{"Markets rally on rate hopes  -  The Daily Ledger", "a  b  c  d", "Title -  Outlet", "  "} {
		sep, _, _ := splitTail(line)
		if want := map[bool]string{true: "-", false: ""}[strings.Contains(line, " -  The")]; sep != want {
			t.Errorf("splitTail(%q) separator %q, want %q", line, sep, want)
		}
	}
}

// factsRef is factsOf as first written, one byte at a time: the word
// loop must find the same facts.
func factsRef(t string) facts {
	f := facts{ascii: true}
	in := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		space := c == ' ' || c == '\t'
		if !space && !in && !((c == '|' || c == '-' || c == '/' || c == 0xC2 || c == 0xE2) && sepToken(t, i)) {
			if f.words++; f.words > 20 {
				return f
			}
		}
		in = !space
		if '0' <= c && c <= '9' {
			f.digit = true
		} else if c >= utf8.RuneSelf {
			f.ascii = false
		}
	}
	return f
}

func TestFactsOf(t *testing.T) {
	lines := []string{"", " ", "\t\t", "one", "Outlet | Publié le 3 mars - Mis à jour · 10:31", "a b c d e f g h i j k l m n o p q r s t 7", "a b c d e f g h i j k l m n o p q r s t u 7",
		"Metro Desk · 07:40 CET, 12 Jun 2023", "– — • / | -", "２５日 北京", "x\t9", "word-with-dash and/slash 2024"}
	for _, l := range lines {
		if got, want := factsOf(l), factsRef(l); got != want {
			t.Errorf("factsOf(%q) = %+v, want %+v", l, got, want)
		}
	}
}

func FuzzFactsOf(f *testing.F) {
	f.Add("Outlet | Publié le 3 mars - Mis à jour · 10:31")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := factsOf(s), factsRef(s); got != want {
			t.Errorf("factsOf(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// TestInlineCodeAlone: in a file that marks up code, a date line that is
// only inline code becomes text, not a date and not a blank line.
func TestInlineCodeAlone(t *testing.T) {
	lines := []string{"# harbour-log", "", "```sh", "npm install harbour-log", "```", "", "The default format is:", "`2000-10-10T13:55:36.000Z`", "and no other."}
	kinds := make([]kind, len(lines))
	parsed := parsedLines{}
	for i, l := range lines {
		info := classify(l)
		kinds[i] = info.kind
		if info.date || info.by {
			parsed[i] = info
		}
	}
	// No date form reads a date through backticks today; a line that
	// did (set here by hand) must not become blank.
	kinds[7].date, kinds[7].short = true, true
	parsed[7] = lineInfo{kind: kinds[7], dateText: "2000-10-10"}
	inlineCode(lines, kinds, parsed)
	if k := kinds[7]; k.date || k.blank || k.shape != shapeProse {
		t.Errorf("code alone: %+v, want text", k)
	}
	if _, ok := parsed[7]; ok {
		t.Error("code alone is still a parsed date line")
	}
}
