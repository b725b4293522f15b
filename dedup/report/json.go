package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/dedup/dedup/dedup"
)

// JSON writes r as indented JSON, schema version [dedup.SchemaVersion]
// (documented in README.md). The same result always gives the same bytes:
// exactly what encoding/json's Encoder with two-space indentation and
// HTML escaping off would write for r, but streamed, with the document
// list encoded in parallel, because a scan of a large archive lists
// millions of documents and a single Marshal would hold all of them in
// memory twice.
func JSON(w io.Writer, r *dedup.Result) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(bw, "{\n  \"schema_version\": %d,\n", r.SchemaVersion)
	if err := jsonField(bw, "params", r.Params); err != nil {
		return err
	}
	if err := jsonField(bw, "stats", r.Stats); err != nil {
		return err
	}
	if err := jsonList(bw, "documents", r.Documents, false); err != nil {
		return err
	}
	if err := jsonList(bw, "clusters", r.Clusters, false); err != nil {
		return err
	}
	if r.Passages != nil {
		if err := jsonList(bw, "passages", r.Passages, false); err != nil {
			return err
		}
	}
	if err := jsonList(bw, "title_collisions", r.TitleCollisions, false); err != nil {
		return err
	}
	if len(r.Contained) > 0 {
		if err := jsonList(bw, "contained", r.Contained, false); err != nil {
			return err
		}
	}
	if len(r.TemplateLines) > 0 {
		if err := jsonList(bw, "template_lines", r.TemplateLines, false); err != nil {
			return err
		}
	}
	if len(r.DropLayout) > 0 {
		if err := jsonField(bw, "drop_layout", r.DropLayout); err != nil {
			return err
		}
	}
	if len(r.Texts) > 0 {
		if err := jsonField(bw, "texts", r.Texts); err != nil {
			return err
		}
	}
	if err := jsonList(bw, "errors", r.Errors, len(r.Warnings) == 0); err != nil {
		return err
	}
	if len(r.Warnings) > 0 {
		if err := jsonList(bw, "warnings", r.Warnings, true); err != nil {
			return err
		}
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// encode appends v as JSON indented to sit at the given nesting depth.
func encode(buf *bytes.Buffer, v any, depth int) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	prefix := ""
	for range depth {
		prefix += "  "
	}
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1) // Encode's newline
	return nil
}

func jsonField(w *bufio.Writer, name string, v any) error {
	var buf bytes.Buffer
	if err := encode(&buf, v, 1); err != nil {
		return err
	}
	fmt.Fprintf(w, "  %q: %s,\n", name, buf.Bytes())
	return nil
}

// jsonList writes a top-level array field, encoding its elements in
// parallel chunks and writing them in order.
func jsonList[T any](w *bufio.Writer, name string, items []T, last bool) error {
	sep := ",\n"
	if last {
		sep = "\n"
	}
	if len(items) == 0 {
		fmt.Fprintf(w, "  %q: []%s", name, sep)
		return nil
	}
	fmt.Fprintf(w, "  %q: [\n", name)
	const chunk = 2048
	jobs := runtime.GOMAXPROCS(0)
	for start := 0; start < len(items); start += chunk * jobs {
		bufs := make([]bytes.Buffer, jobs)
		errs := make([]error, jobs)
		var wg sync.WaitGroup
		for j := range jobs {
			lo := start + j*chunk
			hi := min(lo+chunk, len(items))
			if lo >= hi {
				break
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := lo; i < hi; i++ {
					bufs[j].WriteString("    ")
					if d, ok := any(items[i]).(dedup.Document); ok {
						bufs[j].Write(appendDocument(bufs[j].AvailableBuffer(), d, "    "))
					} else if err := encode(&bufs[j], items[i], 2); err != nil {
						errs[j] = err
						return
					}
					if i < len(items)-1 {
						bufs[j].WriteString(",\n")
					} else {
						bufs[j].WriteString("\n")
					}
				}
			}()
		}
		wg.Wait()
		for j := range bufs {
			if errs[j] != nil {
				return errs[j]
			}
			if _, err := w.Write(bufs[j].Bytes()); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(w, "  ]%s", sep)
	return nil
}
