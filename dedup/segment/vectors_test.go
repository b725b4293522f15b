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
		if len(f) < 3 || len(f) > 5 {
			t.Fatalf("vectors.tsv:%d: %d columns, want 3 to 5", n+1, len(f))
		}
		for len(f) < 5 {
			f = append(f, "")
		}
		lang, kind, line, value, source := f[0], f[1], f[2], f[3], f[4]
		perLang[lang]++
		k := classify(line)
		var gotKind, gotValue, gotSource string
		switch {
		case k.date:
			gotKind, gotValue, gotSource = "date", k.dateText, k.dateSrc
		case k.by:
			gotKind, gotValue, gotSource = "by", k.byName, k.bySrc
		default:
			gotKind = "text"
		}
		if gotKind != kind || gotValue != value || gotSource != source {
			t.Errorf("vectors.tsv:%d %s %q: got %s %q source %q, want %s %q source %q", n+1, lang, line, gotKind, gotValue, gotSource, kind, value, source)
		}
	}
	for lang := range languages {
		if perLang[lang] < 30 {
			t.Errorf("language %s has %d vectors, want at least 30", lang, perLang[lang])
		}
	}
}
