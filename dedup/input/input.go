// Package input turns the bytes of an input file into the UTF-8 text a
// scan reads. Compressed files (gzip, zstd, bzip2, xz) are recognised by
// their first bytes, whatever their names, and decompressed; text in
// UTF-16 with a byte order mark is decoded; a legacy single-byte encoding
// is decoded when the user names it. Everything else is passed through
// unchanged, to be checked as UTF-8 by the splitter, which refuses text it
// cannot read rather than guess.
//
// Decoding is deterministic and needs the whole file: the scan decodes a
// file again when it reads a document back, so only the decoded text is
// ever addressed by line and byte offset.
package input

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// MaxDecoded is the most bytes a compressed file may expand to: past it
// the file is refused (a decompression bomb, or a file to split first).
const MaxDecoded = 1 << 31

// ErrTooLarge is returned for a compressed file that expands past
// MaxDecoded.
var ErrTooLarge = fmt.Errorf("decompressed text is larger than %d bytes", MaxDecoded)

// Auto is the default encoding: UTF-8, or UTF-16 with a byte order mark.
const Auto = "auto"

// legacy are the single-byte encodings that can be named, by their usual
// names.
var legacy = map[string]encoding.Encoding{
	"latin1":       charmap.ISO8859_1,
	"iso-8859-1":   charmap.ISO8859_1,
	"iso-8859-2":   charmap.ISO8859_2,
	"iso-8859-15":  charmap.ISO8859_15,
	"windows-1250": charmap.Windows1250,
	"windows-1251": charmap.Windows1251,
	"windows-1252": charmap.Windows1252,
	"cp1252":       charmap.Windows1252,
	"koi8-r":       charmap.KOI8R,
	"macintosh":    charmap.Macintosh,
}

// Encodings returns the names Options.Encoding accepts, sorted.
func Encodings() []string {
	names := []string{Auto, "utf-8"}
	for n := range legacy {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// CheckEncoding reports an encoding name Decode would refuse.
func CheckEncoding(name string) error {
	n := strings.ToLower(name)
	if n == "" || n == Auto || n == "utf-8" || n == "utf8" || legacy[n] != nil {
		return nil
	}
	return fmt.Errorf("unknown encoding %q (known: %s)", name, strings.Join(Encodings(), ", "))
}

// compressed file magic numbers.
var (
	magicGzip  = []byte{0x1f, 0x8b}
	magicZstd  = []byte{0x28, 0xb5, 0x2f, 0xfd}
	magicBzip2 = []byte("BZh")
	magicXz    = []byte{0xfd, '7', 'z', 'X', 'Z', 0x00}
)

// Compression returns the name of the compression data is in ("gzip",
// "zstd", "bzip2", "xz"), or "" for none.
func Compression(data []byte) string {
	switch {
	case bytes.HasPrefix(data, magicGzip):
		return "gzip"
	case bytes.HasPrefix(data, magicZstd):
		return "zstd"
	case bytes.HasPrefix(data, magicBzip2) && len(data) > 3 && data[3] >= '1' && data[3] <= '9':
		return "bzip2"
	case bytes.HasPrefix(data, magicXz):
		return "xz"
	}
	return ""
}

// compressedExts are the names of compressed files, stripped by BaseName.
var compressedExts = []string{".gz", ".gzip", ".zst", ".zstd", ".bz2", ".xz"}

// BaseName returns name without a compression extension ("a.txt.gz" is
// "a.txt"), so that include patterns such as *.txt match compressed text.
func BaseName(name string) string {
	lower := strings.ToLower(name)
	for _, e := range compressedExts {
		if strings.HasSuffix(lower, e) {
			return name[:len(name)-len(e)]
		}
	}
	return name
}

// Decode returns the UTF-8 text of a file's bytes, and whether it differs
// from data (decompressed or decoded). encodingName is Auto (or empty),
// "utf-8", or one of Encodings.
func Decode(data []byte, encodingName string) ([]byte, bool, error) {
	changed := false
	if c := Compression(data); c != "" {
		out, err := decompress(c, data)
		if err != nil {
			return nil, false, err
		}
		data, changed = out, true
	}
	switch n := strings.ToLower(encodingName); {
	case n == "" || n == Auto:
		if enc := utf16BOM(data); enc != nil {
			out, err := enc.NewDecoder().Bytes(data)
			if err != nil {
				return nil, false, fmt.Errorf("UTF-16: %w", err)
			}
			return out, true, nil
		}
	case n == "utf-8" || n == "utf8":
	default:
		enc := legacy[n]
		if enc == nil {
			return nil, false, CheckEncoding(encodingName)
		}
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, false, fmt.Errorf("%s: %w", n, err)
		}
		return out, true, nil
	}
	return data, changed, nil
}

// utf16BOM returns the UTF-16 decoder for data's byte order mark (which it
// drops), or nil.
func utf16BOM(data []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	return nil
}

func decompress(kind string, data []byte) ([]byte, error) {
	var r io.Reader
	src := bytes.NewReader(data)
	switch kind {
	case "gzip":
		zr, err := gzip.NewReader(src)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		r = zr
	case "zstd":
		zr, err := zstd.NewReader(src, zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, fmt.Errorf("zstd: %w", err)
		}
		defer zr.Close()
		r = zr
	case "bzip2":
		r = bzip2.NewReader(src)
	case "xz":
		zr, err := xz.NewReader(src)
		if err != nil {
			return nil, fmt.Errorf("xz: %w", err)
		}
		r = zr
	}
	var out bytes.Buffer
	n, err := io.Copy(&out, io.LimitReader(r, MaxDecoded+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", kind, err)
	}
	if n > MaxDecoded {
		return nil, ErrTooLarge
	}
	return out.Bytes(), nil
}
