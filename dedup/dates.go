package dedup

import (
	"strings"
	"time"

	"github.com/dedup/dedup/dedup/lsh"
)

// dateLayouts are the date forms ParseDate reads.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"2006/01/02", "2006.01.02", "02.01.2006", "2.1.2006",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "Mon, January 2, 2006", "Monday, January 2, 2006",
	"Mon, Jan 2, 2006", "2 January 2006", "2 Jan 2006", "Monday 2 January 2006", "Mon 2 Jan 2006",
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC,
	"January 2, 2006 Monday", "Mon, 2 Jan 2006 15:04:05 -0700",
}

// ParseDate reads a document's date (Document.Date, from a header block or
// a record's date field): ISO and numeric forms, and English month names
// as news headers write them. Other forms are not read.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// withinWindow keeps the candidate pairs whose documents are dated at
// most window apart; a pair where either date cannot be read is kept
// (Options.Within).
func withinWindow(cands []lsh.Pair, docs []Document, window time.Duration) []lsh.Pair {
	if window <= 0 || len(cands) == 0 {
		return cands
	}
	dates := make([]time.Time, len(docs))
	known := make([]bool, len(docs))
	for i, d := range docs {
		dates[i], known[i] = ParseDate(d.Date)
	}
	out := cands[:0]
	for _, c := range cands {
		if known[c.A] && known[c.B] {
			if d := dates[c.A].Sub(dates[c.B]); d > window || -d > window {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}
