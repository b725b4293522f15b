package dedup

import (
	"encoding/json"
	"errors"
	"math"
)

// Document is one article (or whole file) that was compared.
type Document struct {
	// ID is "path:start-end", unique within a scan.
	ID        string `json:"id"`
	Path      string `json:"path"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
	// BodyStartLine and BodyEndLine are the first and last lines of the
	// article's text without its header block and trailing field lines,
	// for readers who want the text only; 0 when the article has none.
	BodyStartLine int `json:"body_start_line"`
	BodyEndLine   int `json:"body_end_line"`
	// URL is a record's url field (record formats only).
	URL    string `json:"url,omitempty"`
	Title  string `json:"title"`
	Byline string `json:"byline"`
	Source string `json:"source"`
	Date   string `json:"date"`
	// Words is the number of words shingled.
	Words int `json:"words"`
	// Shingles is the number of distinct shingles.
	Shingles int `json:"shingles"`
}

// Pair is a verified near-duplicate pair, A before B in document order.
type Pair struct {
	A string `json:"a"`
	B string `json:"b"`
	// Jaccard is the exact similarity of the shingle sets.
	Jaccard float64 `json:"jaccard"`
	// Estimate is the MinHash estimate of Jaccard.
	Estimate float64 `json:"estimate"`
	// ContainmentA is |A∩B|/|A|, how much of A is in B; ContainmentB the
	// other way round.
	ContainmentA float64 `json:"containment_a"`
	ContainmentB float64 `json:"containment_b"`
}

// Passage is a run of words two documents share.
type Passage struct {
	A PassageSide `json:"a"`
	B PassageSide `json:"b"`
	// Words is the length of the run in normalised words.
	Words int `json:"words"`
	// Text is the run in normalised words, shortened to 40 words.
	Text string `json:"text"`
}

// PassageSide locates a passage in one document.
type PassageSide struct {
	Doc       string `json:"doc"`
	Path      string `json:"path"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
}

// TitleCollision is a pair of documents with the same or nearly the same
// title whose bodies are not near-duplicates.
type TitleCollision struct {
	A PassageSide `json:"a"`
	B PassageSide `json:"b"`
	// TitleA and TitleB are the titles as written.
	TitleA string `json:"title_a"`
	TitleB string `json:"title_b"`
	// Similarity is the Jaccard similarity of the titles' word sets.
	Similarity float64 `json:"similarity"`
}

// Member is a document in a cluster.
type Member struct {
	Doc       string `json:"doc"`
	Path      string `json:"path"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Byline    string `json:"byline"`
	Words     int    `json:"words"`
	// Similarity is the exact Jaccard similarity to the representative
	// (1 for the representative itself).
	Similarity float64 `json:"similarity"`
}

// Cluster is a group of documents connected by verified pairs.
type Cluster struct {
	ID             int    `json:"id"`
	Size           int    `json:"size"`
	Representative string `json:"representative"`
	// Members are in document order; the first is the representative.
	Members []Member `json:"members"`
	// Pairs are the verified pairs inside the cluster.
	Pairs []Pair `json:"pairs"`
}

// Params are the parameters a scan ran with, as reported in JSON.
type Params struct {
	Shingle       string  `json:"shingle"`
	K             int     `json:"k"`
	NumHashes     int     `json:"num_hashes"`
	Bands         int     `json:"bands"`
	Rows          int     `json:"rows"`
	Threshold     float64 `json:"threshold"`
	Seed          uint64  `json:"seed"`
	Split         string  `json:"split"`
	MinWords      int     `json:"min_words"`
	WithHeaders   bool    `json:"with_headers"`
	Normalization int     `json:"normalization"`
	Metric        string  `json:"metric"`
	MinPassage    int     `json:"min_passage,omitempty"`
	// TemplateMinDocs is Options.TemplateMinDocs; 0 when template lines
	// are off.
	TemplateMinDocs int `json:"template_min_docs"`
}

// Stats count what a scan saw.
type Stats struct {
	Files int `json:"files"`
	// Documents is the number of documents compared.
	Documents int `json:"documents"`
	// SkippedShort is the number of documents under MinWords words.
	SkippedShort   int `json:"skipped_short"`
	CandidatePairs int `json:"candidate_pairs"`
	VerifiedPairs  int `json:"verified_pairs"`
	Clusters       int `json:"clusters"`
	// CappedBuckets counts LSH buckets too large to expand into all pairs.
	CappedBuckets int `json:"capped_buckets"`
	// Errors is the number of files or paths that could not be scanned.
	Errors int `json:"errors"`
	// Passages is the number of shared passages reported (with --passages).
	Passages int `json:"passages"`
	// TitleCollisions is the number of title collisions reported.
	TitleCollisions int `json:"title_collisions"`
	// Contained is the number of contained copies reported; omitted when
	// zero.
	Contained int `json:"contained,omitempty"`
	// TemplateLines is the number of template lines found; omitted when
	// zero.
	TemplateLines int `json:"template_lines,omitempty"`
}

// TemplateLine is a line the scan found repeated across many unrelated
// documents (see package template) and left out of their shingles.
type TemplateLine struct {
	// Text is the line as it first appears (in document order).
	Text string `json:"text"`
	// Documents is the number of documents holding it.
	Documents int `json:"documents"`
}

// Result is the outcome of a scan.
type Result struct {
	SchemaVersion int        `json:"schema_version"`
	Params        Params     `json:"params"`
	Stats         Stats      `json:"stats"`
	Documents     []Document `json:"documents"`
	Clusters      []Cluster  `json:"clusters"`
	// Passages is present with Options.Passages.
	Passages        []Passage        `json:"passages,omitempty"`
	TitleCollisions []TitleCollision `json:"title_collisions"`
	// Contained lists documents found inside longer ones
	// (Options.Contained); present only when there are any.
	Contained []ContainedCopy `json:"contained,omitempty"`
	// TemplateLines lists the template lines left out of the shingles,
	// most frequent first; present only when there are any.
	TemplateLines []TemplateLine `json:"template_lines,omitempty"`
	// DropLayout lists the header shapes the drop's files share, learned
	// from a census of them and used to split files that show no layout
	// of their own (Options.DropLayout); present only when there are any.
	DropLayout []string     `json:"drop_layout,omitempty"`
	Errors     []*FileError `json:"errors"`
	// Warnings are problems the scan worked around, such as an export
	// whose document counters disagree with the documents found
	// ([segment.CountMismatch]); present only when there are any.
	Warnings []*FileError `json:"warnings,omitempty"`
	// Texts holds the clustered documents' text by document id, with
	// set by the caller (scan --with-text), so that a saved result
	// can be rendered as HTML without the files.
	Texts map[string]DocText `json:"texts,omitempty"`
}

// UnmarshalJSON reads what MarshalJSON writes (for a saved result read
// back by `dedup report`); the error is then its message.
func (e *FileError) UnmarshalJSON(b []byte) error {
	var v struct {
		Path    string `json:"path"`
		Line    int    `json:"line"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	e.Path, e.Line, e.Err = v.Path, v.Line, errors.New(v.Message)
	return nil
}

// MarshalJSON encodes the error as {"path","line","message"}.
func (e *FileError) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Path    string `json:"path"`
		Line    int    `json:"line,omitempty"`
		Message string `json:"message"`
	}{e.Path, e.Line, e.Err.Error()})
}

// round4 keeps reported similarities to four decimals so that JSON stays
// short and stable.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
