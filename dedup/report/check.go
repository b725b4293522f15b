package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dedup/dedup/dedup"
)

// CheckFormats are the output formats of a check, for flag validation.
var CheckFormats = []string{"table", "json", "sarif", "github", "markdown", "csv", "ndjson", "html"}

// Check writes a check result in the named format (one of CheckFormats).
// version is the tool version recorded in SARIF.
func Check(w io.Writer, r *dedup.CheckResult, format string, o TableOptions, version string) error {
	switch format {
	case "json":
		return CheckJSON(w, r)
	case "sarif":
		return SARIF(w, r, version)
	case "github":
		return GitHub(w, r)
	case "markdown":
		return Markdown(w, r)
	case "csv":
		return CSV(w, r)
	case "ndjson":
		return NDJSON(w, r)
	case "html":
		// The findings as clusters; the text of documents whose files
		// are still there (a check never needs the indexed ones).
		res := r.AsResult()
		texts, _ := dedup.ClusteredText(res, dedup.DefaultOptions())
		return HTML(w, res, texts)
	default:
		return CheckTable(w, r, o)
	}
}

// CheckJSON writes r as indented JSON (schema version 1).
func CheckJSON(w io.Writer, r *dedup.CheckResult) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// NDJSON writes one finding per line, for streaming into other tools.
func NDJSON(w io.Writer, r *dedup.CheckResult) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range r.Findings {
		if err := enc.Encode(f); err != nil {
			return err
		}
	}
	return nil
}

// CSV writes one row per member of each finding.
func CSV(w io.Writer, r *dedup.CheckResult) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"finding", "baselined", "new", "path", "start_line", "end_line", "title", "similarity", "content_hash"})
	for _, f := range r.Findings {
		for _, m := range f.Members {
			cw.Write([]string{strconv.Itoa(f.ID), strconv.FormatBool(f.Baselined), strconv.FormatBool(m.New), m.Path,
				strconv.Itoa(m.StartLine), strconv.Itoa(m.EndLine), m.Title, strconv.FormatFloat(m.Similarity, 'f', 4, 64), m.ContentHash})
		}
	}
	cw.Flush()
	return cw.Error()
}

// describe says what a new member duplicates.
func describe(f dedup.Finding, m dedup.FindingMember) string {
	var others []string
	for _, o := range f.Members {
		if o.Doc != m.Doc {
			kind := "new"
			if !o.New {
				kind = "indexed"
			}
			others = append(others, fmt.Sprintf("%s (%s)", o.Doc, kind))
		}
	}
	return fmt.Sprintf("%s is a near-duplicate of %s", m.Doc, strings.Join(others, ", "))
}

// CheckTable writes a summary line and a table per finding.
func CheckTable(w io.Writer, r *dedup.CheckResult, o TableOptions) error {
	s := r.Stats
	fmt.Fprintf(w, "%s checked against %s in the index: %s, %s accepted by the baseline\n",
		plural(s.Documents, "document"), plural(s.Indexed, "document"), plural(s.NewFindings, "new finding"), plural(s.Baselined, "finding"))
	if s.AlreadyIndexed > 0 {
		fmt.Fprintf(w, "%s already in the index skipped\n", plural(s.AlreadyIndexed, "document"))
	}
	for _, f := range r.Findings {
		state := "new"
		if f.Baselined {
			state = "accepted in baseline"
		}
		fmt.Fprintf(w, "\nFinding %d (%s): %s\n", f.ID, state, plural(len(f.Members), "document"))
		var rows [][]string
		for i, m := range f.Members {
			seen := "indexed"
			if m.New {
				seen = "new"
			}
			sim := fmt.Sprintf("%.4f", m.Similarity)
			if i == 0 {
				sim = "representative"
			}
			rows = append(rows, []string{m.Doc, orDash(truncate(m.Title, 50, o.Terminal)), seen, sim})
		}
		if err := renderTable(w, o.Terminal, 1, []string{"Document", "Title", "Seen", "Similarity"}, rows); err != nil {
			return err
		}
	}
	for _, e := range r.Stale {
		fmt.Fprintf(w, "\nStale baseline entry (no longer found): %s\n", strings.Join(e.Documents, ", "))
	}
	return nil
}

// Markdown writes a summary for a pull-request comment.
func Markdown(w io.Writer, r *dedup.CheckResult) error {
	s := r.Stats
	fmt.Fprintf(w, "### dedup: %s\n\n", plural(s.NewFindings, "new near-duplicate finding"))
	fmt.Fprintf(w, "%s checked against %s in the index; %s accepted by the baseline.\n",
		plural(s.Documents, "document"), plural(s.Indexed, "document"), plural(s.Baselined, "finding"))
	for _, f := range r.Findings {
		if f.Baselined {
			continue
		}
		fmt.Fprintf(w, "\n**Finding %d**\n\n| document | title | seen | similarity |\n|---|---|---|---:|\n", f.ID)
		for _, m := range f.Members {
			seen := "indexed"
			if m.New {
				seen = "**new**"
			}
			fmt.Fprintf(w, "| `%s` | %s | %s | %.4f |\n", m.Doc, mdEscape(m.Title), seen, m.Similarity)
		}
	}
	return nil
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

// GitHub writes one workflow command per new document of each finding not
// in the baseline, so GitHub Actions annotates the file and lines.
func GitHub(w io.Writer, r *dedup.CheckResult) error {
	for _, f := range r.Findings {
		if f.Baselined {
			continue
		}
		for _, m := range f.Members {
			if !m.New {
				continue
			}
			fmt.Fprintf(w, "::warning file=%s,line=%d,endLine=%d,title=%s::%s\n",
				ghProperty(m.Path), m.StartLine, m.EndLine, ghProperty("Near-duplicate"), ghData(describe(f, m)))
		}
	}
	return nil
}

// ghData escapes a workflow command message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
