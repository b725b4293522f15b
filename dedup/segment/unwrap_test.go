package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// wrapText breaks each line of text longer than w characters where a word
// would not fit, as a plain-text export or mail program does.
func wrapText(text string, w int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(l) {
			if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > w {
				out = append(out, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// TestUnwrapHeaders checks that a hard-wrapped file splits where the same
// file with its lines unbroken does, with each article's headline read
// whole, though its headlines and date lines were broken where each
// header's words fell.
func TestUnwrapHeaders(t *testing.T) {
	para := func(word string) string {
		return strings.Repeat("Le conseil s'est réuni à nouveau sur la question du "+word+" et a voté ce qu'il ferait ensuite à l'été. ", 4) + "\n"
	}
	text := ""
	for _, h := range []struct{ title, date, word string }{
		{"Harbour fares double as the ferry operator cuts routes along the northern coast", "Agence Francophone | Publié le 06 janvier 2019 à 23h39 - Mis à jour le 06 janvier 2019 à 01h39", "harbour"},
		{"Council votes to close the old mill bridge", "Agence Francophone | Publié le 07 juin 2019 à 18h35 - Mis à jour le 07 juin 2019 à 20h35", "bridge"},
		{"Rail strike ends after a week of talks between the unions and the operators", "Le Petit Quotidien | Publié le 07 mars 2020 à 19h39 - Mis à jour le 07 mars 2020 à 21h39", "rail"},
	} {
		text += h.title + "\n" + h.date + "\n\n" + para(h.word) + "\n" + para(h.word) + "\n"
	}
	plain := split(text)
	if len(plain) != 3 {
		t.Fatalf("unbroken text gives %d articles, want 3", len(plain))
	}
	wrapped := wrapText(text, 72)
	lines := strings.Split(wrapped, "\n")
	if w := wrapWidth(lines); w != 72 {
		t.Fatalf("wrapWidth = %d, want 72", w)
	}
	got := split(wrapped)
	if len(got) != len(plain) {
		t.Fatalf("wrapped text gives %d articles, want %d: %+v", len(got), len(plain), got)
	}
	for i, a := range got {
		if a.Title != plain[i].Title {
			t.Errorf("article %d: title %q, want %q", i+1, a.Title, plain[i].Title)
		}
		// The range starts at the headline's first line: it opens with
		// the words of the unbroken article's first line.
		want := strings.Join(strings.Fields(strings.Split(text, "\n")[plain[i].StartLine-1])[:3], " ")
		if !strings.HasPrefix(lines[a.StartLine-1], want) {
			t.Errorf("article %d starts at line %d, %q, want the line opening with %q", i+1, a.StartLine, lines[a.StartLine-1], want)
		}
		for n := a.StartLine; n <= a.EndLine; n++ {
			if strings.Contains(lines[n-1], "conseil") || strings.Contains(lines[n-1], "réuni") {
				if !slices.Contains(a.Body, n) {
					t.Errorf("article %d: line %d %q is not in its body %v", i+1, n, lines[n-1], a.Body)
				}
			}
		}
		if i+1 < len(got) && a.EndLine >= got[i+1].StartLine {
			t.Errorf("article %d ends at %d, after the next starts (%d)", i+1, a.EndLine, got[i+1].StartLine)
		}
	}
}

// TestUnwrapLeavesColumnsAndFields checks what is not read as wrapped
// text: rows of a ledger (columns), a mail's header fields, a headline that
// fills the width over a by-line, text with a paragraph to a line.
func TestUnwrapLeavesColumnsAndFields(t *testing.T) {
	var ledger []string
	for i := 0; i < 20; i++ {
		ledger = append(ledger, "13.12.2022  Invoice 3013  853.89 EUR")
	}
	if w := wrapWidth(ledger); w != 0 {
		t.Errorf("ledger read as wrapped at %d", w)
	}
	var long []string
	for i := 0; i < 20; i++ {
		long = append(long, strings.Repeat("A paragraph on one line of text that goes on. ", 4), "")
	}
	if w := wrapWidth(long); w != 0 {
		t.Errorf("paragraphs on one line read as wrapped at %d", w)
	}
	for _, c := range []struct{ prev, next string }{
		{"Return-Path: <fork-admin@xent.com> Tue Aug 6 12:00:34 2002 and more", "Delivered-To: yyyy@localhost.example.com"},
		{"Harbour fares double as the ferry operator cuts routes on the coast", "By Jane Doe"},
		{"Harbour fares double as the ferry operator cuts routes on the coast", "March 12, 2024"},
	} {
		if brokenOff(c.prev, c.next, 72) && !headerUnder(c.prev, c.next) {
			t.Errorf("%q joined to %q", c.next, c.prev)
		}
	}
	for _, c := range []struct{ prev, next string }{
		{"Agence Francophone | Publié le 06 janvier 2019 à 23h39 - Mis à jour le", "06 janvier 2019 à 01h39"},
		{"States and of Great Britain his written Opinion on the Case — Valley", "Post, Dec 16, 2020"},
		{"Harbour fares double as the ferry operator cuts routes along the", "northern coast"},
	} {
		if !brokenOff(c.prev, c.next, 72) || headerUnder(c.prev, c.next) {
			t.Errorf("%q not joined to %q", c.next, c.prev)
		}
	}
}

// TestRuneLen holds runeLen's eight-bytes-at-a-time count to the library's.
func TestRuneLen(t *testing.T) {
	for _, l := range []string{"", "   ", "abc", "abcdefgh", "abcdefghi  \t", "abcdefgé", "é", "abcdefghijklmnopé rest  ", "日本語のテキスト  ", "Publié le 06 janvier 2019 à 23h39 - Mis à jour le", "0123456789abcdef\xe2\x80\x99"} {
		want := utf8.RuneCountInString(strings.TrimRight(l, " \t\r"))
		if got := runeLen(l); got != want {
			t.Errorf("runeLen(%q) = %d, want %d", l, got, want)
		}
	}
}
