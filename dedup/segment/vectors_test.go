package segment

import (
	"os"
	"strings"
	"testing"
)

// TestVectors reads testdata/vectors.tsv (its header says how) and checks
// that every line is read as its kind with its parsed value and source.
// There must be at least 30 vectors for every language the vocabulary
// tables cover.
func TestVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/vectors.tsv")
	if err != nil {
		t.Fatal(err)
	}
	perLang := map[string]int{}
	for n, row := range strings.Split(string(data), "\n") {
		if row == "" || strings.HasPrefix(row, "#") {
			continue
		}
		f := strings.Split(row, "\t")
		if len(f) < 3 || len(f) > 6 {
			t.Fatalf("vectors.tsv:%d: %d columns, want 3 to 6", n+1, len(f))
		}
		for len(f) < 6 {
			f = append(f, "")
		}
		lang, kind, line, value, source, title := f[0], f[1], f[2], f[3], f[4], f[5]
		perLang[lang]++
		k := classify(line)
		var gotKind, gotValue, gotSource string
		switch {
		case k.date && k.headTitle != "":
			gotKind, gotValue, gotSource = "head", k.dateText, k.dateSrc
		case k.date:
			gotKind, gotValue, gotSource = "date", k.dateText, k.dateSrc
		case k.by:
			gotKind, gotValue, gotSource = "by", k.byName, k.bySrc
		default:
			gotKind = "text"
			// A paragraph of text that opens with a dateline (the
			// splitter asks only at a paragraph's start).
			if d, src, ok := leadDateline(strings.TrimSpace(line)); ok {
				gotKind, gotValue, gotSource = "lead", d, src
			}
		}
		if gotKind != kind || gotValue != value || gotSource != source || k.headTitle != title {
			t.Errorf("vectors.tsv:%d %s %q: got %s %q source %q title %q, want %s %q source %q title %q", n+1, lang, line, gotKind, gotValue, gotSource, k.headTitle, kind, value, source, title)
		}
	}
	for lang := range languages {
		if perLang[lang] < 30 {
			t.Errorf("language %s has %d vectors, want at least 30", lang, perLang[lang])
		}
	}
}
