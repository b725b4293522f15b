package dedup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2024-03-25", "2024-03-25T09:12:00Z", "March 25, 2024", "Mon, March 25, 2024", "25 March 2024", "25.03.2024", "Mon, 25 Mar 2024 10:31:00 +0000"} {
		if d, ok := ParseDate(s); !ok || d.Year() != 2024 || d.Month() != 3 || d.Day() != 25 {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, ok)
		}
	}
	if _, ok := ParseDate("yesterday"); ok {
		t.Error("relative date read")
	}
}

// TestWithin: with a window of two days, a story and its copy a day later
// pair; the same text dated 30 days later does not pair with either; a
// copy without a date is compared with all.
func TestWithin(t *testing.T) {
	t.Parallel()
	body := strings.Join(seedLines(t, "002_faa7436319fd51a6.txt", 88, 108), "\n")
	files := map[string]string{
		"a.txt": "Why ISIS-K Hates Putin\nBy Fred Kaplan\nMarch 25, 2024\n\n" + body + "\n",
		"b.txt": "ISIS-K and Moscow\nBy Fred Kaplan\nMarch 26, 2024\n\n" + body + "\n",
		"c.txt": "A month on: ISIS-K and Moscow\nBy Fred Kaplan\nApril 25, 2024\n\n" + body + "\n",
		"d.txt": body + "\n",
	}
	dir := t.TempDir()
	for n, c := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o := DefaultOptions()
	o.Within = 48 * time.Hour
	res := scan(t, o, dir)
	got := map[string]bool{}
	for _, c := range res.Clusters {
		for _, p := range c.Pairs {
			got[filepath.Base(strings.Split(p.A, ":")[0])+"~"+filepath.Base(strings.Split(p.B, ":")[0])] = true
		}
	}
	want := map[string]bool{"a.txt~b.txt": true, "a.txt~d.txt": true, "b.txt~d.txt": true, "c.txt~d.txt": true}
	if len(got) != len(want) {
		t.Errorf("pairs %v, want %v", got, want)
	}
	for p := range want {
		if !got[p] {
			t.Errorf("pair %s missing (got %v)", p, got)
		}
	}
	o.Within = 0
	if res := scan(t, o, dir); res.Stats.VerifiedPairs != 6 {
		t.Errorf("without a window: %d pairs, want all 6", res.Stats.VerifiedPairs)
	}
}
