package report

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/dedup/dedup/dedup"
)

func checkSample() *dedup.CheckResult {
	return &dedup.CheckResult{
		Stats: dedup.CheckStats{Documents: 3, Indexed: 5, NewFindings: 1, Baselined: 1},
		Findings: []dedup.Finding{
			{ID: 1, Key: []string{"aa", "aa"}, Members: []dedup.FindingMember{
				{Doc: "old/a.txt:84-108", Path: "old/a.txt", StartLine: 84, EndLine: 108, Title: "Original", ContentHash: "aa", Similarity: 1},
				{Doc: "drop/b,c:d.txt:1-23", Path: "drop/b,c:d.txt", StartLine: 1, EndLine: 23, Title: "Copy | 50% off\nnow", New: true, ContentHash: "aa", Similarity: 0.9},
			}},
			{ID: 2, Baselined: true, Key: []string{"bb", "cc"}, Members: []dedup.FindingMember{
				{Doc: "drop/x.txt:1-9", Path: "drop/x.txt", StartLine: 1, EndLine: 9, New: true, ContentHash: "bb", Similarity: 1},
				{Doc: "drop/y.txt:3-12", Path: "drop/y.txt", StartLine: 3, EndLine: 12, New: true, ContentHash: "cc", Similarity: 0.85},
			}},
		},
	}
}

// TestSARIFStructure checks the SARIF 2.1.0 rules a consumer such as
// GitHub code scanning relies on (sections 3.13-3.30 of the standard):
// version, tool driver name and rules, and for every result a message, a
// rule that exists, a level and baselineState from the enumerations, and
// physical locations with a URI and a region whose lines are 1-based and
// ordered; related locations have distinct ids.
//
// The official JSON schema is not vendored (see the issue note); these
// checks cover every property dedup writes.
func TestSARIFStructure(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := SARIF(&buf, checkSample(), "test"); err != nil {
		t.Fatal(err)
	}
	var log map[string]any
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log["version"] != "2.1.0" || !strings.Contains(log["$schema"].(string), "sarif-2.1.0") {
		t.Fatalf("version/schema: %v %v", log["version"], log["$schema"])
	}
	runs := log["runs"].([]any)
	if len(runs) != 1 {
		t.Fatalf("%d runs", len(runs))
	}
	run := runs[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	if driver["name"] != "dedup" {
		t.Errorf("driver name %v", driver["name"])
	}
	var ruleIDs []string
	for _, r := range driver["rules"].([]any) {
		rule := r.(map[string]any)
		ruleIDs = append(ruleIDs, rule["id"].(string))
		if rule["shortDescription"].(map[string]any)["text"] == "" {
			t.Error("rule without description")
		}
	}
	results := run["results"].([]any)
	// One result per new document: one in finding 1, two in finding 2.
	if len(results) != 3 {
		t.Fatalf("%d results, want 3", len(results))
	}
	states := map[string]int{}
	for _, r := range results {
		res := r.(map[string]any)
		if id := res["ruleId"].(string); !slices.Contains(ruleIDs, id) || int(res["ruleIndex"].(float64)) != slices.Index(ruleIDs, id) {
			t.Errorf("ruleId %q / ruleIndex %v not in rules %v", id, res["ruleIndex"], ruleIDs)
		}
		if !slices.Contains([]string{"none", "note", "warning", "error"}, res["level"].(string)) {
			t.Errorf("level %v", res["level"])
		}
		state := res["baselineState"].(string)
		if !slices.Contains([]string{"new", "unchanged", "updated", "absent"}, state) {
			t.Errorf("baselineState %v", state)
		}
		states[state]++
		if res["message"].(map[string]any)["text"] == "" {
			t.Error("empty message")
		}
		locs := res["locations"].([]any)
		if len(locs) != 1 {
			t.Errorf("%d locations", len(locs))
		}
		ids := map[float64]bool{}
		for _, l := range append(locs, res["relatedLocations"].([]any)...) {
			loc := l.(map[string]any)
			if id, ok := loc["id"].(float64); ok {
				if ids[id] {
					t.Errorf("duplicate related location id %v", id)
				}
				ids[id] = true
			}
			pl := loc["physicalLocation"].(map[string]any)
			if uri := pl["artifactLocation"].(map[string]any)["uri"].(string); uri == "" || strings.HasPrefix(uri, "/") {
				t.Errorf("uri %q", uri)
			}
			region := pl["region"].(map[string]any)
			s, e := region["startLine"].(float64), region["endLine"].(float64)
			if s < 1 || e < s {
				t.Errorf("region %v-%v", s, e)
			}
		}
		if len(res["partialFingerprints"].(map[string]any)) == 0 {
			t.Error("no partial fingerprints")
		}
	}
	if states["new"] != 1 || states["unchanged"] != 2 {
		t.Errorf("baseline states %v, want 1 new and 2 unchanged", states)
	}
}

func TestGitHubAnnotations(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := GitHub(&buf, checkSample()); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=drop/b%2Cc%3Ad.txt,line=1,endLine=23,title=Near-duplicate::drop/b,c:d.txt:1-23 is a near-duplicate of old/a.txt:84-108 (indexed)\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := Markdown(&buf, checkSample()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Copy \\| 50% off now") || strings.Contains(buf.String(), "drop/x.txt") {
		t.Errorf("markdown:\n%s", buf.String())
	}
}
