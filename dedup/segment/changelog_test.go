package segment

import (
	"fmt"
	"testing"
)

// TestChangelogStaysWhole: a Debian changelog, dated entries each closed
// by its maintainer and date, with by-lines ("[ Jane Doe ]") and dates
// inside, is one document titled by its first entry.
func TestChangelogStaysWhole(t *testing.T) {
	var text string
	for i, v := range []string{"2.4-1", "2.3-2", "2.3-1", "2.2-1"} {
		text += fmt.Sprintf("harbour-tools (%s) unstable; urgency=medium\n\n  [ Jane Doe ]\n  * New upstream release.\n  * Fix the harbour map when the tide table is empty.\n\n  [ Bo Chan ]\n  * Reported by Ana Ruiz on 2024-0%d-12.\n  * Update the translations.\n\n -- Jane Doe <jane@example.org>  Tue, %d Mar 2024 10:3%d:00 +0100\n\n", v, i+1, 12-i, i)
	}
	arts := split(text)
	if len(arts) != 1 || arts[0].Title != "harbour-tools (2.4-1) unstable; urgency=medium" {
		t.Errorf("changelog: %d articles %+v, want one", len(arts), arts)
	}
}

// TestReleaseLogStaysWhole: a NEWS file, each release a dated heading
// with its version, newest first or oldest first, is one document; the
// same headings with versions out of order (a digest whose headlines
// name versions) are split.
func TestReleaseLogStaysWhole(t *testing.T) {
	news := func(versions []string) string {
		var text string
		for i, v := range versions {
			text += fmt.Sprintf("harbourctl %s (2024-0%d-12)\n=========================\n\nBug fixes:\n\n• Fix the harbour map when the tide table is empty.\n  Reported by Ana Ruiz on the tracker, with a test case.\n\n• Update the translations and the manual page.\n\n", v, 9-i)
		}
		return text
	}
	for _, vs := range [][]string{{"1.14.10", "1.14.8", "1.14.6", "1.14.4"}, {"0.9", "0.10", "1.0", "1.1.2"}} {
		if arts := split(news(vs)); len(arts) != 1 {
			t.Errorf("release log %v: %d articles, want one", vs, len(arts))
		}
	}
	if arts := split(news([]string{"1.14.10", "1.12.2", "1.14.6", "1.10.4"})); len(arts) != 4 {
		t.Errorf("versions out of order: %d articles, want four", len(arts))
	}
}

// TestVersionOf: version numbers, and the dotted dates and times that
// are none.
func TestVersionOf(t *testing.T) {
	for w, want := range map[string]string{
		"1.14.10": "[1 14 10]", "v6.0": "[6 0]", "(0.119),": "[0 119]", "2.2.40-rc1": "[2 2 40]", "[v1.19.0](https://example.org/v1.19.0)": "[1 19 0]", "3.5mm": "[]", "19.4.": "[]", "**6.17.1**": "[6 17 1]",
		"2024.03.25": "[]", "25.03.2024": "[]", "22.09.25": "[]", "1.2.3.4.5": "[]", "Harbour": "[]", "3": "[]",
	} {
		if got := fmt.Sprint(versionOf(w)); got != want {
			t.Errorf("versionOf(%q) = %s, want %s", w, got, want)
		}
	}
}
