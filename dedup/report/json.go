package report

import (
	"encoding/json"
	"io"

	"github.com/dedup/dedup/dedup"
)

// JSON writes r as indented JSON, schema version [dedup.SchemaVersion]
// (documented in README.md). The same result always gives the same bytes.
func JSON(w io.Writer, r *dedup.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
