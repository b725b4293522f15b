package input

import (
	"bytes"
	"compress/gzip"
	"os"
	"slices"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"
	"github.com/ulikunitz/xz"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const text = "Café au lait — “quoted”\r\nSecond line\rThird line\n"

func gz(t *testing.T, b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func zst(t *testing.T, b []byte) []byte {
	w, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	return w.EncodeAll(b, nil)
}

func xzed(t *testing.T, b []byte) []byte {
	var out bytes.Buffer
	w, err := xz.NewWriter(&out)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func utf16(t *testing.T, b []byte, order unicode.Endianness) []byte {
	out, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDecode(t *testing.T) {
	w1252, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	// Go has no bzip2 writer: testdata/text.bz2 is text made with bzip2 -9.
	bz2, err := os.ReadFile("testdata/text.bz2")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, enc string
		in        []byte
		changed   bool
	}{
		{"utf-8 as it is", Auto, []byte(text), false},
		{"gzip", Auto, gz(t, []byte(text)), true},
		{"zstd", Auto, zst(t, []byte(text)), true},
		{"xz", Auto, xzed(t, []byte(text)), true},
		{"bzip2", Auto, bz2, true},
		{"utf-16le with bom", Auto, utf16(t, []byte(text), unicode.LittleEndian), true},
		{"utf-16be with bom", "", utf16(t, []byte(text), unicode.BigEndian), true},
		{"gzip of utf-16le", Auto, gz(t, utf16(t, []byte(text), unicode.LittleEndian)), true},
		{"windows-1252 named", "windows-1252", w1252, true},
		{"windows-1252 named in capitals", "Windows-1252", w1252, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, changed, err := Decode(tc.in, tc.enc)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != text || changed != tc.changed {
				t.Errorf("Decode = %q (changed %v), want %q (changed %v)", got, changed, text, tc.changed)
			}
		})
	}
	// Windows-1252 bytes without the encoding named are not decoded: the
	// splitter then refuses them as invalid UTF-8.
	if got, changed, _ := Decode(w1252, Auto); changed || !bytes.Equal(got, w1252) {
		t.Errorf("legacy bytes changed without --encoding")
	}
}

func TestDecodeErrors(t *testing.T) {
	if _, _, err := Decode([]byte("x"), "ebcdic"); err == nil {
		t.Error("unknown encoding accepted")
	}
	broken := gz(t, []byte(text))
	broken = broken[:len(broken)-6]
	if _, _, err := Decode(broken, Auto); err == nil {
		t.Error("truncated gzip accepted")
	}
	if _, _, err := Decode(append([]byte{0x28, 0xb5, 0x2f, 0xfd}, "garbage"...), Auto); err == nil {
		t.Error("corrupt zstd accepted")
	}
	if err := CheckEncoding("latin1"); err != nil {
		t.Error(err)
	}
}

func TestBaseName(t *testing.T) {
	for in, want := range map[string]string{"a.txt.gz": "a.txt", "b.md.ZST": "b.md", "c.txt": "c.txt", "d.tar.xz": "d.tar", "e.txt.bz2": "e.txt"} {
		if got := BaseName(in); got != want {
			t.Errorf("BaseName(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(text))
	f.Add(gz(&testing.T{}, []byte(text)))
	f.Add([]byte{0xff, 0xfe, 'a', 0})
	f.Add([]byte("BZh9garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out, _, err := Decode(b, Auto)
		if err == nil && out == nil && len(b) > 0 {
			t.Error("nil text without an error")
		}
	})
}

// TestHTMLText: scripts, styles, navigation and footers are left out,
// entities decoded, each block on a line with the page line it starts at,
// a blank line after paragraphs and none inside a header block.
func TestHTMLText(t *testing.T) {
	page := `<!doctype html>
<html><head><title>Harbour &amp; Ferry News</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h2>Storm closes the coast road</h2>
<p class="byline">By Jane Doe</p>
<time datetime="2024-03-03">March 3, 2024</time>
<p>Heavy rain closed the coast road north of the harbour on Sunday, and the
regional council opened two shelters for families.</p>
<p>Ferry services were suspended until Monday &mdash; the port authority said.</p>
</article>
<footer>© 2024 Harbour Gazette. All rights reserved.</footer>
</body></html>`
	text, lineOf, title := HTMLText([]byte(page))
	want := "Storm closes the coast road\nBy Jane Doe\nMarch 3, 2024\n" +
		"Heavy rain closed the coast road north of the harbour on Sunday, and the regional council opened two shelters for families.\n\n" +
		"Ferry services were suspended until Monday — the port authority said.\n\n"
	if string(text) != want {
		t.Errorf("text %q, want %q", text, want)
	}
	if wantLines := []int{7, 8, 9, 10, 10, 12, 12}; !slices.Equal(lineOf, wantLines) {
		t.Errorf("lines %v, want %v", lineOf, wantLines)
	}
	if title != "Harbour & Ferry News" {
		t.Errorf("title %q", title)
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add([]byte("<p>a</p><script>x</script><p>b\nc</p>"))
	f.Add([]byte("<nav><nav></nav>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		text, lineOf, _ := HTMLText(b)
		if n := bytes.Count(text, []byte{'\n'}); n != len(lineOf) {
			t.Fatalf("%d lines of text, %d line numbers", n, len(lineOf))
		}
		// Lines end at \n, \r\n or a lone \r, as the splitter reads them.
		lines := bytes.Count(bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n")), []byte{'\n'}) + 1
		for _, l := range lineOf {
			if l < 1 || l > lines {
				t.Fatalf("line %d outside the page", l)
			}
		}
	})
}

// FuzzRecords: no input makes a record reader panic, and every record it
// returns has lines inside the file and valid text.
func FuzzRecords(f *testing.F) {
	f.Add([]byte("{\"id\":1,\"text\":\"a b c\"}\n{bad\n"), uint8(0))
	f.Add([]byte("id,text\n1,\"a\nb\"\n2\n"), uint8(1))
	f.Add([]byte("id\ttext\n1\ta\n"), uint8(2))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n"), uint8(3))
	if pq, err := os.ReadFile("../../testdata/bad/wrong-footer.parquet"); err == nil {
		f.Add(pq, uint8(4))
	}
	type row struct {
		ID   string `parquet:"id"`
		Text string `parquet:"text"`
	}
	var pq bytes.Buffer
	if err := parquet.Write(&pq, []row{{"a", "one two three"}, {"b", "four five"}}); err == nil {
		f.Add(pq.Bytes(), uint8(4))
	}
	formats := []string{FormatJSONL, FormatCSV, FormatTSV, FormatWARC, FormatParquet}
	f.Fuzz(func(t *testing.T, b []byte, which uint8) {
		recs, _, _ := Records(formats[int(which)%len(formats)], b, DefaultFields())
		lines := bytes.Count(b, []byte{'\n'}) + 1
		for _, r := range recs {
			if r.Line < 1 || r.EndLine < r.Line || r.Line > lines {
				t.Fatalf("record at lines %d-%d of %d", r.Line, r.EndLine, lines)
			}
		}
		text, spans := Layout(recs)
		if len(spans) != len(recs) || bytes.IndexByte(text, 0) >= 0 {
			t.Fatal("layout lost records or kept NUL bytes")
		}
	})
}
