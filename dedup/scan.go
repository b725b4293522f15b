package dedup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"

	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/dedup/template"
)

// ErrChanged means a file changed between the two passes of a scan.
var ErrChanged = errors.New("file changed during the scan")

// Scan finds near-duplicate documents in the files and directories named by
// paths. Problems with single files are collected in Result.Errors and do
// not stop the scan; an error is returned only for invalid options, no
// paths, or a cancelled context.
//
// # Memory
//
// Scan reads the input twice. The first pass keeps, per document, only its
// metadata, LSH band keys and where its text is (file, byte range and a
// checksum); no text and no shingle set outlives the reading of its file.
// The second pass reads back only the byte ranges of documents in some
// candidate pair and keeps the shingle sets of just those documents while
// the pairs are verified. Reading back was chosen over keeping every
// document's shingle set (8 bytes per shingle, several KB per article)
// because candidates are usually a small fraction of a corpus, while the
// first pass must see every document.
func Scan(ctx context.Context, paths []string, o Options) (*Result, error) {
	s, err := newScanner(paths, o)
	if err != nil {
		return nil, err
	}
	defer s.removeSpool()
	res := s.res

	if o.TemplateMinDocs > 0 {
		s.counter = template.NewCounter()
	}
	ix, err := s.firstPass(ctx)
	if err != nil {
		return nil, err
	}
	if s.counter != nil {
		set, docs := s.counter.Find(o.TemplateMinDocs, o.MinWords)
		s.counter = nil
		if set != nil {
			if err := s.dropTemplates(ctx, ix, set, docs); err != nil {
				return nil, err
			}
		}
	}
	cands, capped := ix.Candidates(o.MaxBucket, o.jobs())
	ix = nil
	seeds := s.seeds()
	var extra []lsh.Pair
	if o.Metric == MetricContainment {
		cands = withSeedPairs(cands, seeds)
	} else if o.Contained {
		extra = withinWindow(seedPairsOutside(cands, seeds, s.fingerprints, o.Threshold), res.Documents, o.Within)
	}
	cands = withinWindow(cands, res.Documents, o.Within)
	res.Stats.CandidatePairs, res.Stats.CappedBuckets = len(cands), capped

	var wordDocs []int
	if o.Passages {
		for _, g := range seeds {
			wordDocs = append(wordDocs, int(g.a), int(g.b))
		}
	}
	sets, err := s.secondPass(ctx, slices.Concat(cands, extra), wordDocs)
	if err != nil {
		return nil, err
	}
	pairs := verify(cands, sets, s.hasher, o.Threshold, o.Metric, o.jobs())
	if len(extra) > 0 {
		if res.Contained, err = s.findContained(ctx, extra, sets, seeds); err != nil {
			return nil, err
		}
		res.Stats.Contained = len(res.Contained)
	}
	res.Stats.VerifiedPairs = len(pairs)
	var clusterOf []int
	res.Clusters, clusterOf = buildClusters(res.Documents, sets, pairs)
	res.Stats.Clusters = len(res.Clusters)
	if o.Passages {
		res.Passages = findPassages(res.Documents, sets, seeds, clusterOf, o.MinPassage)
		res.Stats.Passages = len(res.Passages)
	}
	res.TitleCollisions = titleCollisions(res.Documents, clusterOf, o.jobs())
	res.Stats.TitleCollisions = len(res.TitleCollisions)
	sortErrors(res.Errors)
	sortErrors(res.Warnings)
	res.Stats.Errors = len(res.Errors)
	return res, nil
}

// newScanner validates o, finds the files under paths and prepares a scan
// whose Result records the parameters and the problems found so far.
func newScanner(paths []string, o Options) (*scanner, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, ErrNoInput
	}
	p := o.lshParams()
	files, total, errs := collectFilesSizes(paths, o)
	res := &Result{
		SchemaVersion: SchemaVersion,
		Params:        o.params(p),
		Stats:         Stats{Files: len(files)},
		Documents:     []Document{},
		Clusters:      []Cluster{},
		Errors:        append([]*FileError{}, errs...),
	}
	s := &scanner{o: o, p: p, files: files, totalBytes: total, hasher: minhash.New(o.NumHashes, o.Seed), res: res, decoded: make([]bool, len(files)), lineMaps: make([][]int32, len(files)), spool: make([]string, len(files))}
	if slices.Contains(files, Stdin) {
		if o.Stdin == nil {
			return nil, errors.New(`the path "-" (standard input) needs Options.Stdin`)
		}
		b, err := io.ReadAll(o.Stdin)
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		s.stdin = b
	}
	return s, nil
}

type scanner struct {
	o          Options
	p          lsh.Params
	files      []string
	totalBytes int64
	hasher     *minhash.Hasher
	res        *Result
	// where[i] locates document i for the second pass.
	where []docRef
	// keep makes the first pass keep every document's shingle set and
	// content hash in kept, for Analyze.
	keep bool
	kept []Analyzed
	// decoded marks the files whose text is not their bytes (compressed
	// or in another encoding): documents are read back from their
	// decoded text. stdin holds standard input's bytes, for the path "-".
	decoded []bool
	stdin   []byte
	// raw, when set, is the bytes of the scanner's only file, given rather
	// than read from disk (ReadStaged); full keeps every document's
	// sorted shingle set in fileDocs.full.
	raw  []byte
	full bool
	// spool[i] is a temporary file holding the decoded text of file i
	// (compressed, re-encoded, records laid out, a page's text), written by
	// the first pass so the second reads documents back from it instead of
	// decoding the file again; "" when there is none. spoolDir holds them.
	spool     []string
	spoolDir  string
	spoolOnce sync.Once
	// lineMaps[i], for a web page, maps each line of its extracted text
	// to the line of the page it comes from.
	lineMaps [][]int32
	// layout is the header layout the drop's files share (layout.go),
	// nil when none was found or files are not split.
	layout *segment.Layout
	// counter collects every document's lines for template lines
	// (Options.TemplateMinDocs); templates are the lines found.
	counter   *template.Counter
	templates template.Set
	// postings are the passage fingerprints of every document, with
	// Options.Passages or the containment metric.
	postings []posting
	// fingerprints counts each document's passage fingerprints (set by
	// seeds).
	fingerprints []int32
}

// posting is a passage fingerprint of a document.
type posting struct {
	hash uint64
	doc  uint32
	pos  int32
}

// docRef locates the shingled text of a document: the lines from its first
// body line (its first line with --with-headers) to its last line.
type docRef struct {
	file     int32
	line     int32  // line number at off
	off, end int64  // byte range in the file
	sum      uint64 // xxhash of the range, to notice edits between passes
}

// shingleSet is what verification needs of a document. Signatures are not
// kept: re-signing the two documents of a verified pair costs about a
// microsecond, and a signature (1 KB) is larger than many shingle sets.
type shingleSet struct {
	hashes []uint64 // sorted distinct shingle hashes
	loaded bool
	// For passages: the word hashes, the words and the line of each word.
	words []uint64
	text  []string
	lines []int32
}

// sortErrors orders file problems by path and line, for stable output.
func sortErrors(errs []*FileError) {
	slices.SortFunc(errs, func(a, b *FileError) int {
		if a.Path != b.Path {
			if a.Path < b.Path {
				return -1
			}
			return 1
		}
		return a.Line - b.Line
	})
}

// spoolText keeps the decoded text of file i in the spool, if it can: a
// file that cannot be spooled is decoded again by the second pass.
func (s *scanner) spoolText(i int, text []byte) {
	f := s.spoolWriter(i)
	if f == nil {
		return
	}
	_, err := f.Write(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		s.spool[i] = ""
	}
}

// spoolWriter creates the spool file of file i and records it for the
// second pass; nil when there is no spool. A writer that fails must clear
// s.spool[i], so the second pass reads the file itself again.
func (s *scanner) spoolWriter(i int) *os.File {
	s.spoolOnce.Do(func() {
		if d, err := os.MkdirTemp("", "dedup-spool-"); err == nil {
			s.spoolDir = d
		}
	})
	if s.spoolDir == "" {
		return nil
	}
	f, err := os.OpenFile(filepath.Join(s.spoolDir, strconv.Itoa(i)), os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return nil
	}
	s.spool[i] = f.Name()
	return f
}

// removeSpool deletes the spool when the scan is done.
func (s *scanner) removeSpool() {
	if s.spoolDir != "" {
		os.RemoveAll(s.spoolDir)
	}
}
