package dedup

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/dedup/dedup/dedup/index"
)

// ErrBaseline means a baseline file could not be understood.
var ErrBaseline = errors.New("not a dedup baseline file")

// Baseline records findings a person has accepted. An entry is keyed by the
// content hashes of the finding's members, not by paths or pairs: renaming
// or moving the files keeps it valid, while one more copy of an accepted
// article adds a content hash and so makes a new finding that is reported
// again.
type Baseline struct {
	Version  int             `json:"version"`
	Accepted []BaselineEntry `json:"accepted"`
}

// BaselineEntry is one accepted finding.
type BaselineEntry struct {
	// ContentHashes is the sorted multiset of member content hashes.
	ContentHashes []string `json:"content_hashes"`
	// Documents names the members when the entry was written, for people.
	Documents []string `json:"documents"`
}

// covers reports whether an entry accepts a finding with this key: every
// content hash of the finding, counted with repeats, is in the entry.
func (b *Baseline) covers(key []string) (int, bool) {
	for i, e := range b.Accepted {
		if subMultiset(key, e.ContentHashes) {
			return i, true
		}
	}
	return 0, false
}

// subMultiset reports whether sorted a is contained in sorted b, counting
// repeats.
func subMultiset(a, b []string) bool {
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
		j++
	}
	return true
}

// BaselineFrom accepts every finding of r.
func BaselineFrom(r *CheckResult) *Baseline {
	b := &Baseline{Version: 1, Accepted: []BaselineEntry{}}
	for _, f := range r.Findings {
		e := BaselineEntry{ContentHashes: slices.Clone(f.Key)}
		for _, m := range f.Members {
			e.Documents = append(e.Documents, m.Doc)
		}
		b.Accepted = append(b.Accepted, e)
	}
	slices.SortFunc(b.Accepted, func(x, y BaselineEntry) int {
		return strings.Compare(strings.Join(x.ContentHashes, ","), strings.Join(y.ContentHashes, ","))
	})
	return b
}

// ReadBaseline reads a baseline file.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil || b.Version != 1 {
		return nil, fmt.Errorf("%w (want JSON with \"version\": 1)", ErrBaseline)
	}
	for i := range b.Accepted {
		slices.Sort(b.Accepted[i].ContentHashes)
	}
	return &b, nil
}

// WriteBaseline writes b to path atomically.
func WriteBaseline(path string, b *Baseline) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return index.WriteFileAtomic(path, append(data, '\n'))
}
