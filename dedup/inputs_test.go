package dedup

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	dsbzip2 "github.com/dsnet/compress/bzip2"
	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// TestInputsFindSlatePair: seeds/002 converted in the test to every
// compressed form and encoding the scan reads, and piped through standard
// input, gives the Slate pair every time at lines 84-108 and 109-131 with
// Jaccard 1, as the plain file does.
func TestInputsFindSlatePair(t *testing.T) {
	t.Parallel()
	plain, err := os.ReadFile(filepath.Join(seeds, "002_faa7436319fd51a6.txt"))
	if err != nil {
		t.Fatal(err)
	}
	compress := func(name string, w func(*bytes.Buffer) (interface {
		Write([]byte) (int, error)
		Close() error
	}, error)) []byte {
		var buf bytes.Buffer
		zw, err := w(&buf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := zw.Write(plain); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	type wc = interface {
		Write([]byte) (int, error)
		Close() error
	}
	utf16 := func(e unicode.Endianness) []byte {
		b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes(plain)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	w1252, err := charmap.Windows1252.NewEncoder().Bytes(plain)
	if err != nil {
		t.Fatalf("windows-1252: %v", err)
	}
	cases := []struct {
		name, encoding string
		data           []byte
	}{
		{"plain.txt", "", plain},
		{"gzip.txt.gz", "", compress("gzip", func(b *bytes.Buffer) (wc, error) { return gzip.NewWriter(b), nil })},
		{"zstd.txt.zst", "", compress("zstd", func(b *bytes.Buffer) (wc, error) { return zstd.NewWriter(b) })},
		{"bzip2.txt.bz2", "", compress("bzip2", func(b *bytes.Buffer) (wc, error) { return dsbzip2.NewWriter(b, nil) })},
		{"xz.txt.xz", "", compress("xz", func(b *bytes.Buffer) (wc, error) { return xz.NewWriter(b) })},
		{"utf16le.txt", "", utf16(unicode.LittleEndian)},
		{"utf16be.txt", "", utf16(unicode.BigEndian)},
		{"windows1252.txt", "windows-1252", w1252},
		{"crlf.txt", "", bytes.ReplaceAll(plain, []byte("\n"), []byte("\r\n"))},
		{"cr.txt", "", bytes.ReplaceAll(plain, []byte("\n"), []byte("\r"))},
		{"bom.txt", "", append([]byte("\xef\xbb\xbf"), plain...)},
	}
	dir := t.TempDir()
	check := func(t *testing.T, res *Result, path string) {
		t.Helper()
		if len(res.Errors) > 0 || len(res.Clusters) != 1 || len(res.Clusters[0].Pairs) != 1 {
			t.Fatalf("errors %v, clusters %+v: want the one Slate pair", res.Errors, res.Clusters)
		}
		p := res.Clusters[0].Pairs[0]
		if p.A != path+":84-108" || p.B != path+":109-131" || p.Jaccard != 1 {
			t.Errorf("pair %s ~ %s (%.4f), want %s:84-108 ~ %s:109-131 (1)", p.A, p.B, p.Jaccard, path, path)
		}
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.ToSlash(filepath.Join(dir, tc.name))
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			o := DefaultOptions()
			if tc.encoding != "" {
				o.Encoding = tc.encoding
			}
			check(t, scan(t, o, path), path)
		})
	}
	t.Run("stdin", func(t *testing.T) {
		o := DefaultOptions()
		o.Stdin = bytes.NewReader(cases[1].data) // gzip'd, through a pipe
		check(t, scan(t, o, Stdin), Stdin)
	})
	t.Run("a directory holding them all", func(t *testing.T) {
		res := scan(t, DefaultOptions(), dir)
		if res.Stats.Files != len(cases) {
			t.Errorf("%d files, want %d", res.Stats.Files, len(cases))
		}
		// Every copy of the page but the windows-1252 one (it needs
		// --encoding) holds the pair: the Slate cluster has two documents
		// of each.
		slate := filepath.ToSlash(filepath.Join(dir, "plain.txt")) + ":84-108"
		size := 0
		for _, c := range res.Clusters {
			for _, m := range c.Members {
				if m.Doc == slate {
					size = c.Size
				}
			}
		}
		if size != 2*(len(cases)-1) {
			t.Errorf("the cluster of %s has %d documents, want %d", slate, size, 2*(len(cases)-1))
		}
		if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Path, "windows1252") {
			t.Errorf("errors %v, want only the windows-1252 file (invalid UTF-8 without --encoding)", res.Errors)
		}
	})
}
