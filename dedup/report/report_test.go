package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dedup/dedup/dedup"
)

func sample() *dedup.Result {
	return &dedup.Result{
		SchemaVersion: dedup.SchemaVersion,
		Params:        dedup.Params{Threshold: 0.8, Bands: 18, Rows: 7, MinWords: 20},
		Stats:         dedup.Stats{Files: 2, Documents: 3, SkippedShort: 1, CandidatePairs: 1, VerifiedPairs: 1, Clusters: 1},
		Documents:     []dedup.Document{},
		Clusters: []dedup.Cluster{{ID: 1, Size: 2, Representative: "a.txt:1-9",
			Members: []dedup.Member{
				{Doc: "a.txt:1-9", Path: "a.txt", StartLine: 1, EndLine: 9, Title: "A very long title that goes on and on well past the width of the column", Byline: "Jane Doe", Source: "NPR", Words: 300, Similarity: 1},
				{Doc: "b.txt:3-20", Path: "b.txt", StartLine: 3, EndLine: 20, Words: 280, Similarity: 0.8123},
			},
			Pairs: []dedup.Pair{{A: "a.txt:1-9", B: "b.txt:3-20", Jaccard: 0.8123, Estimate: 0.8047}},
		}},
		Errors: []*dedup.FileError{},
	}
}

func TestTablePlain(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := Table(&buf, sample(), TableOptions{}); err != nil {
		t.Fatal(err)
	}
	want := `2 files, 3 documents, 1 candidate pair, 1 cluster (threshold 0.80, 18 bands × 7 rows)
1 document under 20 words not compared

Cluster 1: 2 documents
DOCUMENT    TITLE                                               SOURCE         WORDS      SIMILARITY
a.txt:1-9   A very long title that goes on and on well past...  Jane Doe, NPR    300  representative
b.txt:3-20  -                                                   -                280          0.8123
`
	if got := buf.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTableTerminal(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := Table(&buf, sample(), TableOptions{Terminal: true, TitleWidth: 20}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "┌") || !strings.Contains(out, "A very long title t…") {
		t.Errorf("terminal table:\n%s", out)
	}
}

func TestTableNoClusters(t *testing.T) {
	t.Parallel()
	r := sample()
	r.Clusters, r.Stats.Clusters, r.Stats.SkippedShort = nil, 0, 0
	var buf bytes.Buffer
	if err := Table(&buf, r, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(buf.String(), "\nNo near-duplicates at similarity 0.80 or above.\n") {
		t.Errorf("got %q", buf.String())
	}
}

func TestJSONStableAndValid(t *testing.T) {
	t.Parallel()
	var a, b bytes.Buffer
	if err := JSON(&a, sample()); err != nil {
		t.Fatal(err)
	}
	if err := JSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("JSON differs between runs")
	}
	var back map[string]any
	if err := json.Unmarshal(a.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back["schema_version"].(float64) != 1 || len(back["clusters"].([]any)) != 1 {
		t.Errorf("decoded %v", back)
	}
	if !strings.Contains(a.String(), `"errors": []`) || !strings.Contains(a.String(), `"documents": []`) {
		t.Errorf("empty lists must encode as [] not null")
	}
}

// TestJSONMatchesEncoder: the streamed encoding is byte for byte what
// encoding/json writes for the whole result, including for strings that
// need escaping, and for lists longer than one parallel chunk.
func TestJSONMatchesEncoder(t *testing.T) {
	t.Parallel()
	r := sample()
	for i := 0; i < 5000; i++ {
		r.Documents = append(r.Documents, dedup.Document{ID: fmt.Sprintf("d/%d.txt:1-9", i), Path: "d/\"q\"<&>\u2028.txt", Title: "tab\there \\ é", Words: i})
	}
	r.Errors = append(r.Errors, &dedup.FileError{Path: "x.txt", Line: 3, Err: errors.New("invalid UTF-8")})
	r.TitleCollisions = []dedup.TitleCollision{{TitleA: "A <b>", TitleB: "A b", Similarity: 1}}
	r.Passages = []dedup.Passage{{Words: 30, Text: "some \"quoted\" words"}}
	var got, want bytes.Buffer
	if err := JSON(&got, r); err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("streamed JSON differs from encoding/json (%d vs %d bytes)", got.Len(), want.Len())
	}
}

func TestDiffTextTerminal(t *testing.T) {
	t.Parallel()
	c := &dedup.Comparison{Spans: []dedup.SharedSpan{{Words: 3, AStartLine: 1, AEndLine: 1, BStartLine: 2, BEndLine: 2, Text: "a b c"}}}
	var tty, pipe bytes.Buffer
	if err := DiffText(&tty, c, true); err != nil {
		t.Fatal(err)
	}
	if err := DiffText(&pipe, c, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tty.String(), "\x1b[1;32ma b c\x1b[0m") {
		t.Errorf("terminal output not highlighted: %q", tty.String())
	}
	if strings.Contains(pipe.String(), "\x1b") || !strings.Contains(pipe.String(), "  a b c\n") {
		t.Errorf("piped output: %q", pipe.String())
	}
}
