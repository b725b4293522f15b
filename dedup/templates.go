package dedup

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/passage"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/dedup/template"
)

// resigned is a document shingled again without its template lines.
type resigned struct {
	doc             int
	keys            []uint64
	words, shingles int
	// found are the template lines of the document, as they read.
	found map[uint64]string
	fps   []passage.Fingerprint
	// endLine, when not 0, is the document's new last line: template
	// lines at its end are trimmed, as boilerplate is.
	endLine int
}

// dropTemplates makes set the scan's template lines: the documents docs
// that hold some are read back, shingled and signed without them, and get
// new band keys in ix, so a template line is never a reason to pair two
// documents. The lines are listed in the result.
func (s *scanner) dropTemplates(ctx context.Context, ix *lsh.Index, set template.Set, docs []int) error {
	s.templates = set
	byFile := map[int32][]int{}
	for _, d := range docs {
		byFile[s.where[d].file] = append(byFile[s.where[d].file], d)
	}
	files := make([]int, 0, len(byFile))
	for f := range byFile {
		files = append(files, int(f))
	}
	slices.Sort(files)
	text := map[uint64]string{}
	holders := map[uint64]int{}
	redone := map[uint32]bool{}
	var fresh []posting
	err := forEachFile(ctx, s.o.jobs(), files, func(i int) []resigned {
		w := workers.Get().(*worker)
		defer workers.Put(w)
		return s.resign(i, byFile[int32(i)], w)
	}, func(i int, rs []resigned) {
		for _, r := range rs {
			if r.keys == nil {
				continue // the file changed: the second pass reports it
			}
			ix.Replace(uint32(r.doc), r.keys)
			redone[uint32(r.doc)] = true
			if d := &s.res.Documents[r.doc]; r.endLine > 0 && r.endLine >= d.StartLine && r.endLine < d.EndLine {
				d.EndLine = r.endLine
				d.BodyEndLine = min(d.BodyEndLine, r.endLine)
				d.ID = fmt.Sprintf("%s:%d-%d", d.Path, d.StartLine, d.EndLine)
			}
			for _, fp := range r.fps {
				fresh = append(fresh, posting{hash: fp.Hash, doc: uint32(r.doc), pos: fp.Pos})
			}
			s.res.Documents[r.doc].Words, s.res.Documents[r.doc].Shingles = r.words, r.shingles
			// Files and their documents come in order, so the first text
			// kept is the first occurrence.
			for k, t := range r.found {
				if _, ok := text[k]; !ok {
					text[k] = t
				}
				holders[k]++
			}
		}
	})
	// The passage fingerprints of the documents read again are replaced
	// too: their word positions moved.
	if s.o.fingerprinted() {
		s.postings = slices.DeleteFunc(s.postings, func(p posting) bool { return redone[p.doc] })
		s.postings = append(s.postings, fresh...)
	}
	for k, t := range text {
		s.res.TemplateLines = append(s.res.TemplateLines, TemplateLine{Text: t, Documents: holders[k]})
	}
	slices.SortFunc(s.res.TemplateLines, func(a, b TemplateLine) int {
		return cmp.Or(cmp.Compare(b.Documents, a.Documents), cmp.Compare(a.Text, b.Text))
	})
	s.res.Stats.TemplateLines = len(s.res.TemplateLines)
	return err
}

// resign shingles and signs documents docs of file i again, without the
// scan's template lines.
func (s *scanner) resign(i int, docs []int, w *worker) []resigned {
	path := s.files[i]
	f, done, ferr := s.openText(i, w)
	if ferr != nil {
		return nil
	}
	defer done()
	if len(w.sig) != s.hasher.Num() {
		w.sig = make(minhash.Signature, s.hasher.Num())
	}
	out := make([]resigned, 0, len(docs))
	for _, d := range docs {
		lines, ferr := s.readDoc(f, path, d, w)
		if ferr != nil {
			out = append(out, resigned{doc: d})
			continue
		}
		r := resigned{doc: d, found: map[uint64]string{}}
		w.sh.Reset()
		for _, l := range lines {
			if s.shingled(l) {
				w.sh.Add(l)
			} else if k, ok := template.Key(l); ok && s.templates[k] {
				if _, seen := r.found[k]; !seen {
					r.found[k] = strings.Clone(strings.TrimSpace(l))
				}
			}
		}
		// Template lines at the end of a text file's article (a footer,
		// a share bar) leave its range like boilerplate; field lines of an
		// export, boilerplate themselves, stay.
		if ref := s.where[d]; ref.line > 0 && s.lineMaps[i] == nil {
			last, trimmed := -1, false
			for j := len(lines) - 1; j >= 0 && last < 0; j-- {
				l := lines[j]
				switch k, ok := template.Key(l); {
				case strings.TrimSpace(l) == "":
				case ok && s.templates[k] && !segment.IsBoilerplate(l):
					trimmed = true
				default:
					last = j
				}
			}
			if trimmed && last >= 0 {
				r.endLine = int(ref.line) + last // lines[0] is line ref.line
			}
		}
		r.words = w.sh.Len()
		if r.words == 0 || r.words < s.o.MinWords {
			// Nothing of its own is left to compare: keys no other
			// document has, so it is never a candidate.
			r.keys = make([]uint64, s.p.Bands)
			var buf [16]byte
			for j := range r.keys {
				binary.LittleEndian.PutUint64(buf[:], uint64(d))
				binary.LittleEndian.PutUint64(buf[8:], uint64(j)|1<<63)
				r.keys[j] = xxhash.Sum64(buf[:])
			}
			out = append(out, r)
			continue
		}
		hashes := w.sh.Hashes(s.o.ShingleSize, w.hashes[:0])
		w.hashes = hashes
		r.shingles = w.distinct.count(hashes)
		s.hasher.SignInto(w.sig, hashes)
		r.keys = lsh.Keys(s.p, w.sig, nil)
		if s.o.fingerprinted() {
			w.words = w.sh.WordHashes(w.words[:0])
			r.fps = passage.Fingerprints(w.words, passage.Window(s.o.MinPassage))
		}
		out = append(out, r)
	}
	return out
}
