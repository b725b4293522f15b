package dedup

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/passage"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/shingle"
)

// ErrNoDocument means a document ID names no document of its file.
var ErrNoDocument = errors.New("no such document")

// Comparison explains how two documents relate.
type Comparison struct {
	SchemaVersion int      `json:"schema_version"`
	A             Document `json:"a"`
	B             Document `json:"b"`
	// Jaccard is the exact similarity of the shingle sets.
	Jaccard float64 `json:"jaccard"`
	// ContainmentA is |A∩B|/|A|; ContainmentB is |A∩B|/|B|.
	ContainmentA float64 `json:"containment_a"`
	ContainmentB float64 `json:"containment_b"`
	// Estimate is the MinHash estimate of Jaccard.
	Estimate float64 `json:"estimate"`
	// Spans are the maximal shared runs of words, in A's order.
	Spans []SharedSpan `json:"spans"`
}

// SharedSpan is a run of words both documents have, with its lines in
// each and its text (normalised words).
type SharedSpan struct {
	Words      int    `json:"words"`
	AStartLine int    `json:"a_start_line"`
	AEndLine   int    `json:"a_end_line"`
	BStartLine int    `json:"b_start_line"`
	BEndLine   int    `json:"b_end_line"`
	Text       string `json:"text"`
}

// docText is one document's text as comparisons need it.
type docText struct {
	Document
	shingles []uint64 // sorted distinct shingle hashes
	words    []uint64 // word hashes
	text     []string // normalised words
	lines    []int    // line of each word
}

// ParseDocID splits "path:start-end" into its parts. A plain path (no
// valid range suffix) returns start = end = 0, meaning the whole file.
func ParseDocID(id string) (path string, start, end int) {
	i := strings.LastIndex(id, ":")
	if i < 0 {
		return id, 0, 0
	}
	a, b, ok := strings.Cut(id[i+1:], "-")
	s, err1 := strconv.Atoi(a)
	e, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || s < 1 || e < s {
		return id, 0, 0
	}
	return id[:i], s, e
}

// loadDoc reads one document, as Scan reads it from a file of any input
// format: a whole file (compared as one document; a record file only when
// it holds one record), the article of a file that spans exactly
// start-end (for web pages, in the page's lines), or a record named by
// its document ID, "path#line" or "path:id".
func loadDoc(id string, o Options) (*docText, error) {
	path, start, end := ParseDocID(id)
	recID := ""
	if _, err := os.Stat(path); err != nil {
		// "data.jsonl#12" or "data.jsonl:story-7": a record of a file.
		if i := strings.LastIndexAny(id, "#:"); i > 0 {
			if _, err := os.Stat(id[:i]); err == nil {
				path, recID = id[:i], id[i+1:]
				if id[i] == '#' {
					recID = id
				}
			}
		}
	}
	var ft fileText
	var fe *FileError
	if input.FormatOf(path, o.InputFormat) == input.FormatParquet {
		ft, fe = readParquetText(path, o)
	} else {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fileError(path, err)
		}
		ft, fe = decodeText(path, data, o)
	}
	if fe != nil {
		return nil, fe
	}
	lines, err := segment.Lines(ft.text)
	if err != nil {
		return nil, textError(path, err)
	}
	recs := ft.recs
	var arts []segment.Article
	switch {
	case recs != nil && o.SplitRecords:
		arts, recs = splitRecords(path, lines, recs, ft.spans)
	case recs != nil:
		arts = recordArticles(lines, recs, ft.spans)
	case start == 0:
		arts = segment.Split(lines, segment.None)
	default:
		arts = segment.Split(lines, o.Split)
	}
	// The page line a line of extracted text comes from (web pages).
	page := func(n int) int {
		if n >= 1 && n <= len(ft.lineOf) {
			return ft.lineOf[n-1]
		}
		return n
	}
	var found *segment.Article
	var doc Document
	var ids []string
	for k := range arts {
		a := &arts[k]
		var d Document
		if recs != nil {
			d = recordDocument(path, &recs[k], a, 0, 0)
		} else {
			d = newDocument(path, a, 0, 0)
			d.StartLine, d.EndLine = page(a.StartLine), page(a.EndLine)
			d.ID = fmt.Sprintf("%s:%d-%d", path, d.StartLine, d.EndLine)
		}
		if recs != nil {
			ids = append(ids, d.ID)
		} else {
			ids = append(ids, fmt.Sprintf("%d-%d", d.StartLine, d.EndLine))
		}
		match := false
		switch {
		case recID != "":
			match = d.ID == recID
		case start == 0:
			match = len(arts) == 1
		default:
			match = d.StartLine == start && d.EndLine == end
		}
		if match {
			found, doc = a, d
			break
		}
	}
	if found == nil {
		fe := &FileError{Path: id, Err: ErrNoDocument}
		what, how := "at lines", ""
		if recs != nil {
			what, how = "named", fmt.Sprintf(": give one as %s:ID", path)
		}
		switch {
		case len(ids) > 10:
			fe.Hint = fmt.Sprintf("the %d documents of %s are %s %s, ... (dedup scan --format json lists them)%s", len(ids), path, what, strings.Join(ids[:10], ", "), how)
		case len(ids) > 0:
			fe.Hint = fmt.Sprintf("the documents of %s are %s %s%s", path, what, strings.Join(ids, ", "), how)
		}
		return nil, fe
	}
	var sh shingle.Shingler
	d := &docText{}
	o.addText(&sh, lines, found, func(n, words int) {
		for range words {
			d.lines = append(d.lines, page(n))
		}
	})
	if recs != nil {
		for i := range d.lines {
			d.lines[i] = doc.StartLine // every word is at its record's line
		}
	}
	h := sh.Hashes(o.ShingleSize, nil)
	slices.Sort(h)
	d.shingles = slices.Compact(h)
	d.words = sh.WordHashes(nil)
	d.text = make([]string, sh.Len())
	for i := range d.text {
		d.text[i] = sh.Word(i)
	}
	doc.Words, doc.Shingles = sh.Len(), len(d.shingles)
	if doc.Title == "" {
		doc.Title = ft.title
	}
	d.Document = doc
	return d, nil
}

// Compare explains one pair of documents, each a file (compared whole) or
// a document ID "path:start-end" as Scan reports it: exact Jaccard,
// containment both ways, the MinHash estimate, and every shared run of at
// least o.MinPassage words with its lines in both.
func Compare(a, b string, o Options) (*Comparison, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	da, err := loadDoc(a, o)
	if err != nil {
		return nil, err
	}
	db, err := loadDoc(b, o)
	if err != nil {
		return nil, err
	}
	c := &Comparison{SchemaVersion: SchemaVersion, A: da.Document, B: db.Document, Spans: []SharedSpan{}}
	j, inA, inB := similarity(da.shingles, db.shingles)
	h := minhash.New(o.NumHashes, o.Seed)
	est, _ := minhash.Estimate(h.Sign(da.shingles), h.Sign(db.shingles))
	c.Jaccard, c.ContainmentA, c.ContainmentB, c.Estimate = round4(j), round4(inA), round4(inB), round4(est)
	for _, sp := range passage.Between(da.words, db.words, o.MinPassage) {
		c.Spans = append(c.Spans, SharedSpan{
			Words:      sp.Len,
			AStartLine: da.lines[sp.A], AEndLine: da.lines[sp.A+sp.Len-1],
			BStartLine: db.lines[sp.B], BEndLine: db.lines[sp.B+sp.Len-1],
			Text: strings.Join(da.text[sp.A:sp.A+sp.Len], " "),
		})
	}
	return c, nil
}

// AsResult is the comparison as the result of a scan that found just this
// pair, as one cluster of A and B, for the reports that render results.
func (c *Comparison) AsResult() *Result {
	member := func(d Document, sim float64) Member {
		return Member{Doc: d.ID, Path: d.Path, StartLine: d.StartLine, EndLine: d.EndLine, Title: d.Title, Source: d.Source, Byline: d.Byline, Words: d.Words, Similarity: sim}
	}
	r := &Result{SchemaVersion: SchemaVersion, Documents: []Document{c.A, c.B}, Errors: []*FileError{}, TitleCollisions: []TitleCollision{}}
	r.Stats.Documents = 2
	r.Clusters = []Cluster{{
		ID: 1, Size: 2, Representative: c.A.ID,
		Members: []Member{member(c.A, 1), member(c.B, round4(c.Jaccard))},
		Pairs:   []Pair{{A: c.A.ID, B: c.B.ID, Jaccard: c.Jaccard, Estimate: c.Estimate, ContainmentA: c.ContainmentA, ContainmentB: c.ContainmentB}},
	}}
	r.Stats.Clusters, r.Stats.VerifiedPairs = 1, 1
	return r
}
