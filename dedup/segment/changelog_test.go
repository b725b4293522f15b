package segment

import (
	"fmt"
	"strings"
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

// TestReleaseLogOfListItems: a Markdown changelog whose releases are
// dated version headings over lists of one to three items is one
// document, although a single item under its heading reads as a headline
// over the next release's date (so the layout's own headers pair items
// with the wrong versions, and one names a version in its text).
func TestReleaseLogOfListItems(t *testing.T) {
	long := " when the chart has more layers than the screen can show at once, which left the user with an empty view and no message"
	items := [][]string{
		{"Fix the tide table parser on empty input" + long, "Add a harbour map option for night mode" + long},
		{"Fix a crash when the map has no layers (0.8.0 regression)"},
		{"Bump the minimum runtime version" + long, "Add opacity to markers" + long, "Fix labels with accents" + long},
		{"Fix the scale bar in print mode"},
		{"Add a lighthouse layer" + long, "Fix the legend order" + long},
		{"Compatible with charts from version 3.3 on"},
		{"Fix the depth colours" + long, "Add a metric option" + long},
		{"Fix rounding of distances"},
		{"Fix the compass rose" + long, "Add a lighthouse layer" + long},
		{"Fix the print margins"},
	}
	text := "## harbourmap changelog\n\n### Unreleased\n\n"
	for i, list := range items {
		text += fmt.Sprintf("### [v0.%d.%d] - 2024-%02d-%02d\n\n", 9-i/2, 1-i%2, 12-i, 10+i)
		for _, it := range list {
			text += "- " + it + "\n"
		}
		text += "\n"
	}
	wantOneDocument(t, "changelog of list items", text)
}

// TestReleaseLogOfUnderlinedHeadings: a History file of underlined
// "version / date" headings over nested lists is one document, although
// the layout learned from its headers keeps only some of them (the
// confident headers, all releases in order, decide).
func TestReleaseLogOfUnderlinedHeadings(t *testing.T) {
	notes := [][]string{
		{"  * deps: tide-parser@0.7.2", "    - Fix object assignment of `hasOwnProperty`", "  * deps: tide-parser@0.7.1", "    - Allow a leading dot for the harbour code", "      - Although not permitted in the spec, some charts expect this to work and readers ignore the dot", "    - Add a fast path for `serialize` without options", "  * deps: tide-parser@0.7.0", "    - perf: parse tide tables ~10% faster", "    - fix: narrow the validation of harbour codes"},
		{"  * deps: tide-parser@0.4.1"},
		{"  * deps: tide-parser@0.4.0"},
		{"  * perf: normalise the `secret` argument only once"},
		{"  * deps: tide-parser@0.3.1", "    - perf: use a for loop in parse"},
		{"  * deps: tide-parser@0.2.4", "    - perf: enable strict mode", "    - perf: use a for loop in parse", "    - perf: use string concatenation for serialisation"},
		{"  * deps: tide-parser@0.2.3", "  * perf: enable strict mode"},
		{"  * Accept an array of secrets as well as a single one", "  * Fix `chartCookie` to return `undefined` for arguments that are no strings", "  * deps: tide-parser@0.2.2"},
		{"  * deps: tide-parser@0.1.3", "    - Slight optimisations"},
		{"  * deps: chart-signature@1.0.6"},
		{"  * deps: chart-signature@1.0.5"},
		{"  * deps: chart-signature@1.0.4", "    - fix for timing attacks"},
		{"  * actually export `signedChart`"},
		{"  * add a `signedChart` export for unsigning a single chart"},
		{"  * export the parsing functions", "  * `req.charts` and `req.signedCharts` are now plain objects", "  * slightly faster parsing of many charts"},
		{"  * Support for runtime version 0.8", "  * deps: tide-parser@0.1.2", "    - Fix for maxAge == 0", "    - made compatible with the expires field"},
		{"  * add the missing dependencies"},
		{"  * Genesis from `harbour`"},
	}
	versions := []string{"1.4.7", "1.4.6", "1.4.5", "1.4.4", "1.4.3", "1.4.2", "1.4.1", "1.4.0", "1.3.5", "1.3.4", "1.3.3", "1.3.2", "1.3.1", "1.3.0", "1.2.0", "1.1.0", "1.0.1", "1.0.0"}
	var text string
	for i, list := range notes {
		head := fmt.Sprintf("%s / 20%02d-%02d-%02d", versions[i], 24-i, 1+i%12, 8+i)
		rule := strings.Repeat("=", len(head))
		if i == 0 {
			rule = "=========="
		}
		text += head + "\n" + rule + "\n\n" + strings.Join(list, "\n") + "\n\n"
	}
	wantOneDocument(t, "history of underlined releases", text)
}

// TestReleaseLogOfClosedRecords: a NEWS file whose releases each close
// with the same field ("Release-info: https://…/T6181") is read as
// records closed by it; the records' headings name versions in order, so
// it is one document.
func TestReleaseLogOfClosedRecords(t *testing.T) {
	var text string
	for i := range 5 {
		head := fmt.Sprintf("Noteworthy changes in version 2.2.%d (2022-%02d-10)", 40-i, 10-i)
		text += head + "\n" + strings.Repeat("-", len(head)) + "\n\n" +
			"  * harbourctl: Do not consider unknown tide tables as non-compliant while\n    reading them.  [T62" + fmt.Sprint(i) + "5]\n\n" +
			"  * portd: Fix the fallback to other schemes.  [rG289fbc55" + fmt.Sprint(i) + "]\n\n" +
			fmt.Sprintf("  Release-info: https://dev.example.org/T61%02d\n\n\n", 81-i)
	}
	wantOneDocument(t, "NEWS of closed records", text)
}

// wantOneDocument fails t, naming the articles found, unless text splits
// into one document.
func wantOneDocument(t *testing.T, what, text string) {
	t.Helper()
	if arts := split(text); len(arts) != 1 {
		var heads []string
		for _, a := range arts {
			heads = append(heads, fmt.Sprint(a.StartLine, " ", a.Title))
		}
		t.Errorf("%s: %d articles %q, want one", what, len(arts), heads)
	}
}
