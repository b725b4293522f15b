package segment

import (
	"strings"
	"testing"
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
