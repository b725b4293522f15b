package report

import (
	"bytes"
	"testing"

	"github.com/dedup/dedup/dedup"
)

// FuzzAppendDocument checks appendDocument against encoding/json's
// Encoder for any strings, including invalid UTF-8, control characters,
// quotes and line separators.
func FuzzAppendDocument(f *testing.F) {
	f.Add("seeds/002.txt:84-108", "Why ISIS-K Hates Putin—and Went After Moscow", "By \"Jo\" \\ Doe\t", "\x00\x1f\u2028\u2029", "\xff\xfe <&>", 84, -1)
	f.Fuzz(func(t *testing.T, id, title, byline, source, date string, start, words int) {
		d := dedup.Document{ID: id, Path: id + "/p", StartLine: start, EndLine: start + 1, Title: title,
			Byline: byline, Source: source, Date: date, Words: words, Shingles: -words}
		var want bytes.Buffer
		if err := encode(&want, d, 2); err != nil {
			t.Fatal(err)
		}
		if got := appendDocument(nil, d, "    "); !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("appendDocument:\n%s\nencoding/json:\n%s", got, want.Bytes())
		}
	})
}
