// Package filter turns a scan into what a curator wants back: the input
// with one document of each cluster of near-duplicates kept, by a rule,
// and a record of every document dropped and why.
//
// Decide picks the survivors from the scan's result alone, so they depend
// only on the documents' content, paths and ids (the result is the same
// whatever --jobs or the order files are found in). Write copies the
// input files to an output folder without the dropped documents' lines:
// lines that are kept are copied byte for byte, so a JSON Lines or CSV
// file keeps its records exactly and a text file keeps its other
// articles; a file with nothing dropped is copied whole.
package filter

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dedup/dedup/dedup"
)

// Keep rules.
const (
	First    = "first"    // the first member by path and line
	Longest  = "longest"  // the member with the most words
	Earliest = "earliest" // the member with the earliest date
	Latest   = "latest"   // the member with the latest date
	None     = "none"     // no member: only documents without a duplicate stay
)

// Rules are the keep rules, in the order they are documented.
var Rules = []string{First, Longest, Earliest, Latest, None}

// Dropped is a document left out of the output.
type Dropped struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
	// DuplicateOf is the member of its cluster that was kept (empty with
	// rule none).
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Matched is the document of the verified pair that put this one in
	// its cluster (the most similar one), with the pair's exact Jaccard
	// similarity and MinHash estimate.
	Matched  string  `json:"matched"`
	Jaccard  float64 `json:"jaccard"`
	Estimate float64 `json:"estimate"`
	// Rule is the keep rule that decided, and how it decided ("longest:
	// 1254 words" or "earliest: no date, first kept").
	Rule string `json:"rule"`
}

// Decide returns the documents of res to drop under rule, sorted by path
// and line.
func Decide(res *dedup.Result, rule string) ([]Dropped, error) {
	if !slices.Contains(Rules, rule) {
		return nil, fmt.Errorf("unknown keep rule %q (known: %s)", rule, strings.Join(Rules, ", "))
	}
	docs := map[string]*dedup.Document{}
	for i := range res.Documents {
		docs[res.Documents[i].ID] = &res.Documents[i]
	}
	var out []Dropped
	for _, c := range res.Clusters {
		keep, why := survivor(c, docs, rule)
		best := map[string]dedup.Pair{} // each member's most similar verified pair
		for _, p := range c.Pairs {
			for _, id := range []string{p.A, p.B} {
				if b, ok := best[id]; !ok || p.Jaccard > b.Jaccard {
					best[id] = p
				}
			}
		}
		for _, m := range c.Members {
			if m.Doc == keep {
				continue
			}
			p := best[m.Doc]
			other := p.A
			if other == m.Doc {
				other = p.B
			}
			out = append(out, Dropped{
				ID: m.Doc, Path: m.Path, StartLine: m.StartLine, EndLine: m.EndLine,
				DuplicateOf: keep, Matched: other, Jaccard: p.Jaccard, Estimate: p.Estimate, Rule: why,
			})
		}
	}
	slices.SortFunc(out, func(a, b Dropped) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.StartLine, b.StartLine), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// survivor returns the member of c that rule keeps ("" for none) and a
// note on how it was chosen.
func survivor(c dedup.Cluster, docs map[string]*dedup.Document, rule string) (string, string) {
	first := c.Members[0].Doc // members are in path and line order
	switch rule {
	case None:
		return "", None
	case Longest:
		best := c.Members[0]
		for _, m := range c.Members[1:] {
			if m.Words > best.Words {
				best = m
			}
		}
		return best.Doc, fmt.Sprintf("%s: %s has %d words", Longest, best.Doc, best.Words)
	case Earliest, Latest:
		var best string
		var bestT time.Time
		for _, m := range c.Members {
			d := docs[m.Doc]
			if d == nil {
				continue
			}
			t, ok := dedup.ParseDate(d.Date)
			if !ok {
				continue
			}
			if best == "" || rule == Earliest && t.Before(bestT) || rule == Latest && t.After(bestT) {
				best, bestT = m.Doc, t
			}
		}
		if best == "" {
			return first, rule + ": no member has a date that can be read, the first is kept"
		}
		return best, fmt.Sprintf("%s: %s is dated %s", rule, best, bestT.Format("2006-01-02"))
	}
	return first, First
}
