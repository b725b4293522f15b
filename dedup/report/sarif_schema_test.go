package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	sarif "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/xeipuuv/gojsonschema"

	"github.com/dedup/dedup/dedup"
)

// officialSchema returns the SARIF 2.1.0 JSON schema (OASIS, errata 01)
// that github.com/owenrumney/go-sarif/v3 embeds in its source, read from
// the module cache: the schema comes from a Go module rather than a copy in
// this repository.
func officialSchema(t *testing.T) string {
	t.Helper()
	_ = sarif.NewReport // keeps the module required by go.mod
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("locate go-sarif: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "pkg/report/v210/sarif/schema.go"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	start, end := strings.Index(s, "`"), strings.LastIndex(s, "`")
	if start < 0 || end <= start || !strings.Contains(s[start:end], "SARIF) Version 2.1.0 JSON Schema") {
		t.Fatal("no SARIF 2.1.0 schema in go-sarif's schema.go")
	}
	return s[start+1 : end]
}

// TestSARIFSchema validates dedup's SARIF output, byte for byte as written,
// against the official SARIF 2.1.0 JSON schema.
func TestSARIFSchema(t *testing.T) {
	t.Parallel()
	schema := gojsonschema.NewStringLoader(officialSchema(t))
	for name, r := range map[string]*dedup.CheckResult{"findings": checkSample(), "empty": {}} {
		var buf bytes.Buffer
		if err := SARIF(&buf, r, "test"); err != nil {
			t.Fatal(err)
		}
		res, err := gojsonschema.Validate(schema, gojsonschema.NewBytesLoader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if !res.Valid() {
			t.Errorf("%s: SARIF does not validate against the 2.1.0 schema: %v", name, res.Errors())
		}
	}
	// The validator does reject a broken log, so the test can fail.
	res, err := gojsonschema.Validate(schema, gojsonschema.NewStringLoader(`{"version":"2.1.0","runs":[{"results":[{"message":{}}]}]}`))
	if err != nil || res.Valid() {
		t.Errorf("an invalid log passed validation")
	}
}
