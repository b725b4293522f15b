package report

import (
	"strconv"
	"unicode/utf8"

	"github.com/dedup/dedup/dedup"
)

// appendDocument appends d as encoding/json's Encoder would write it with
// the given line prefix, two-space indentation and HTML escaping off.
// Documents are most of a scan's JSON (one per article); encoding them
// through reflection and a second indentation pass took a tenth of a
// 100k-document scan. FuzzAppendDocument checks the bytes are the same.
func appendDocument(b []byte, d dedup.Document, prefix string) []byte {
	field := func(name string) {
		b = append(b, '\n')
		b = append(b, prefix...)
		b = append(b, `  "`...)
		b = append(b, name...)
		b = append(b, `": `...)
	}
	str := func(name, v string) {
		field(name)
		b = appendJSONString(b, v)
		b = append(b, ',')
	}
	num := func(name string, v int) {
		field(name)
		b = strconv.AppendInt(b, int64(v), 10)
		b = append(b, ',')
	}
	b = append(b, '{')
	str("id", d.ID)
	str("path", d.Path)
	num("start_line", d.StartLine)
	num("end_line", d.EndLine)
	num("body_start_line", d.BodyStartLine)
	num("body_end_line", d.BodyEndLine)
	if d.URL != "" {
		str("url", d.URL)
	}
	str("title", d.Title)
	str("byline", d.Byline)
	str("source", d.Source)
	str("date", d.Date)
	num("words", d.Words)
	num("shingles", d.Shingles)
	b = b[:len(b)-1] // the last comma
	b = append(b, '\n')
	b = append(b, prefix...)
	return append(b, '}')
}

// appendJSONString appends s as a JSON string the way encoding/json does
// with HTML escaping off: quotes, backslashes and control characters
// escaped, invalid UTF-8 replaced by U+FFFD, U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
