package segment

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// debianEntryRE is the first line of an entry of a Debian changelog:
// "package (version) distribution; urgency=medium".
var debianEntryRE = regexp.MustCompile(`^[a-z0-9][a-z0-9+.-]* \([^()\s]+\) [^;]+; urgency=\w+`)

// changelog is the one block of a Debian changelog, a file that opens
// with an entry's line: a list of dated entries, each closed by its
// maintainer's name and date, is one document, not a stream of articles.
// It is nil for other files.
func changelog(lines []string, kinds []kind) []block {
	first := firstContent(kinds)
	if first < 0 || !strings.Contains(lines[first], "urgency=") || !debianEntryRE.MatchString(lines[first]) {
		return nil
	}
	return []block{{start: first, lines: []int{first}, title: strings.TrimSpace(lines[first])}}
}

// releaseLog reports whether header blocks are a release history's
// entries (a NEWS file: "dbus 1.14.10 (2023-09-01)", "Noteworthy changes
// in release 6.0", "Version 0.20.2 - April 2020"): three or more of them,
// and half of all blocks or more (the rest are its sections: "Bug
// fixes"), name a version, and the versions run one way down the file,
// newest first or oldest first. Such a file is one document. (A third was
// too few: three headlines of eight that name kernel versions, 2.6.30,
// 2.6.14 and 2.2, ran in order by chance.) A digest's headlines rarely name versions; dates and times
// written with dots ("22.09.25", "13.30 Uhr") are not read as versions.
func releaseLog(lines []string, kinds []kind, blocks []block) bool {
	if len(blocks) < 3 {
		return false
	}
	var versions [][]int
	for _, b := range blocks {
		if v := blockVersion(lines, kinds, b); v != nil {
			versions = append(versions, v)
		}
	}
	if len(versions) < 3 || 2*len(versions) < len(blocks) {
		return false
	}
	down, up := 0, 0
	for i := 1; i < len(versions); i++ {
		switch slices.Compare(versions[i-1], versions[i]) {
		case 1:
			down++
		case -1:
			up++
		}
	}
	// Equal neighbours ("7.0.0-beta.15" over "7.0.0-beta.14", read
	// without their suffixes) say nothing about the direction.
	pairs := down + up
	return pairs >= 2 && (10*down >= 9*pairs || 10*up >= 9*pairs)
}

// blockVersion is the first version number in a block's header lines, as
// its parts, or nil; its date lines are read first, as a release's
// heading dates and names it ("### [v0.19.0] - 2026-06-07" under a list
// item the layout took for a headline, which may name a version of its
// own). On a date line, the date and a time of two-digit hours and
// minutes ("18.26") are no versions.
func blockVersion(lines []string, kinds []kind, b block) []int {
	head := b.lines
	if len(head) == 0 {
		// A block started after a record's closing field
		// (trailerBlocks, "Release-info: https://…") has no header
		// lines read: its first line is its heading.
		head = []int{b.start}
	}
	for _, dated := range []bool{true, false} {
		for _, i := range head {
			if kinds[i].date != dated || strings.IndexByte(lines[i], '.') < 0 {
				continue // most header lines: no version, no need to look
			}
			if v := lineVersion(lines[i], kinds[i], b); v != nil {
				return v
			}
		}
	}
	return nil
}

// lineVersion is the first version number on header line t of block b.
func lineVersion(t string, k kind, b block) []int {
	for w := range strings.FieldsSeq(t) {
		if strings.IndexByte(w, '.') < 0 {
			continue
		}
		v := versionOf(w)
		if v == nil {
			continue
		}
		if k.date && (b.date != "" && strings.Contains(b.date, strings.Trim(w, "()[],;:")) || len(v) == 2 && clockLike(w)) {
			continue
		}
		return v
	}
	return nil
}

// clockLike reports whether w is a time written with a dot, two digits
// either side ("13.30", "07.11,").
func clockLike(w string) bool {
	w = strings.Trim(w, "()[],;:")
	h, m, ok := strings.Cut(w, ".")
	return ok && len(h) == 2 && len(m) == 2 && m <= "59"
}

// versionOf reads a version number ("1.14.10", "v6.0", "0.119,",
// "2.2.40-rc1", "**6.17.1**"): two to four parts of one to four digits
// separated by dots, an optional "v" before and a suffix after a hyphen;
// numeric dates (2024.03.25, 25.03.2024, 22.09.25) are none.
func versionOf(w string) []int {
	w = strings.TrimLeft(w, "([*_`")
	w = strings.TrimPrefix(strings.TrimPrefix(w, "v"), "V")
	// The number ends at the first character that is no digit or dot:
	// "1.19.0](https://…)", "2.2.40-rc1", "0.119,".
	end := 0
	for end < len(w) && (w[end] == '.' || '0' <= w[end] && w[end] <= '9') {
		end++
	}
	if end < len(w) && !strings.ContainsRune("-)],;: *_`", rune(w[end])) || end > 0 && w[end-1] == '.' {
		return nil // "1.2x", "3.5mm", "19.4." (a day and month)
	}
	w = w[:end]
	if strings.Count(w, ".") < 1 || strings.Count(w, ".") > 3 || isNumericDate(w) || shortDotDate(w) {
		return nil
	}
	var v []int
	for p := range strings.SplitSeq(w, ".") {
		if len(p) < 1 || len(p) > 4 || !allDigits(p) {
			return nil
		}
		n, _ := strconv.Atoi(p)
		v = append(v, n)
	}
	return v
}

// shortDotDate reports whether w is three parts of two digits each
// separated by dots, a date with a two-digit year ("22.09.25").
func shortDotDate(w string) bool {
	return len(w) == 8 && w[2] == '.' && w[5] == '.' && allDigits(w[:2]) && allDigits(w[3:5]) && allDigits(w[6:])
}
