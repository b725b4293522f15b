package dedup

import (
	"context"
	"slices"

	"github.com/dedup/dedup/dedup/index"
	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/shingle"
)

// Analyzed is a document with everything an index stores about it.
type Analyzed struct {
	Document
	// ContentHash is the xxhash64 of the document's normalised words: two
	// documents have the same content hash when their compared texts are
	// the same word for word.
	ContentHash uint64
	// Keys are the LSH band keys.
	Keys []uint64
	// Set is the sorted set of the upper 32 bits of the shingle hashes, as
	// the index stores it ([index.Truncate]): half the memory of the full
	// hashes, for drops of many documents.
	Set []uint32
}

// Analyze reads, splits, shingles and signs the files under paths like Scan
// and returns every document with its band keys, shingle set and content
// hash, in document order, plus the problems with single files. It keeps
// all shingle sets in memory, so it is meant for drops of new files, not
// whole archives at once.
func Analyze(ctx context.Context, paths []string, o Options) ([]Analyzed, []*FileError, Params, error) {
	s, err := newScanner(paths, o)
	if err != nil {
		return nil, nil, Params{}, err
	}
	defer s.removeSpool()
	s.keep = true
	if _, err := s.firstPass(ctx); err != nil {
		return nil, nil, Params{}, err
	}
	sortErrors(s.res.Errors)
	return s.kept, s.res.Errors, s.res.Params, nil
}

// params reports the parameters in effect.
func (o Options) params(p lsh.Params) Params {
	return Params{
		Shingle: "word", K: o.ShingleSize, NumHashes: o.NumHashes, Bands: p.Bands, Rows: p.Rows,
		Threshold: o.Threshold, Seed: o.Seed, Split: o.Split.String(), MinWords: o.MinWords,
		WithHeaders: o.WithHeaders, Normalization: shingle.Version, Metric: o.metric(),
		MinPassage: passageLen(o), TemplateMinDocs: o.TemplateMinDocs,
	}
}

func (o Options) metric() string {
	if o.Metric == "" {
		return MetricJaccard
	}
	return o.Metric
}

func passageLen(o Options) int {
	if o.Passages {
		return o.MinPassage
	}
	return 0
}

// IndexParams returns the parameters an index built with o records.
func (o Options) IndexParams() index.Params {
	p := o.lshParams()
	return index.Params{
		K: o.ShingleSize, NumHashes: o.NumHashes, Bands: p.Bands, Rows: p.Rows, Seed: o.Seed,
		Normalization: shingle.Version, Split: o.Split.String(), WithHeaders: o.WithHeaders,
	}
}

// Entry converts a to an index entry added at time added (unix seconds).
func (a Analyzed) Entry(added int64) index.Entry {
	return index.Entry{
		Path: a.Path, StartLine: a.StartLine, EndLine: a.EndLine, Title: a.Title,
		ContentHash: a.ContentHash, Added: added, Keys: slices.Clone(a.Keys), Set: slices.Clone(a.Set),
	}
}
