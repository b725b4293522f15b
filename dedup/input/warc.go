package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// FormatWARC is a web archive (ISO 28500): each response record with an
// HTML or plain-text body is one document, its id the record's target URI.
const FormatWARC = "warc"

// warcRecords reads the response records of a WARC file (already
// decompressed: a .warc.gz is a series of gzip members, which Decode reads
// as one stream). Other records (requests, metadata, WARC info) and
// responses that are not text are skipped; a record that cannot be read
// is reported and the rest still are.
func warcRecords(data []byte) ([]Record, []*RecordError) {
	var recs []Record
	var bad []*RecordError
	line := 1
	for len(data) > 0 {
		// Records are separated by blank lines; skip them.
		for len(data) > 0 && (data[0] == '\r' || data[0] == '\n') {
			if data[0] == '\n' {
				line++
			}
			data = data[1:]
		}
		if len(data) == 0 {
			break
		}
		start := line
		end := bytes.Index(data, []byte("\r\n\r\n"))
		sep := 4
		if end < 0 {
			if end = bytes.Index(data, []byte("\n\n")); end < 0 {
				bad = append(bad, &RecordError{Line: start, Err: errors.New("WARC record without the blank line after its header")})
				break
			}
			sep = 2
		}
		head := string(data[:end])
		if !strings.HasPrefix(head, "WARC/") {
			bad = append(bad, &RecordError{Line: start, Err: errors.New("not a WARC record (no WARC/ version line)")})
			break
		}
		fields := map[string]string{}
		for _, l := range strings.Split(head, "\n")[1:] {
			if k, v, ok := strings.Cut(strings.TrimRight(l, "\r"), ":"); ok {
				fields[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
			}
		}
		n, err := strconv.Atoi(fields["content-length"])
		if err != nil || n < 0 || end+sep+n > len(data) {
			bad = append(bad, &RecordError{Line: start, Err: fmt.Errorf("bad Content-Length %q", fields["content-length"])})
			break
		}
		block := data[end+sep : end+sep+n]
		line += bytes.Count(data[:end+sep+n], []byte{'\n'})
		data = data[end+sep+n:]
		if fields["warc-type"] != "response" {
			continue
		}
		text, title, ok, err := responseText(block)
		if err != nil {
			bad = append(bad, &RecordError{Line: start, Err: fmt.Errorf("response for %s: %w", fields["warc-target-uri"], err)})
			continue
		}
		if !ok {
			continue // not text: an image, a script, a style sheet
		}
		uri := strings.Trim(fields["warc-target-uri"], "<>")
		recs = append(recs, Record{Line: start, EndLine: line, ID: uri, URL: uri, Text: text, Title: title, Date: fields["warc-date"]})
	}
	return recs, bad
}

// responseText returns the text of an HTTP response's body when it is
// HTML (its extracted text, see HTMLText) or plain text; ok is false for
// other content.
func responseText(block []byte) (text, title string, ok bool, err error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return "", "", false, err
	}
	defer resp.Body.Close()
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mt != "text/html" && mt != "application/xhtml+xml" && mt != "text/plain" {
		return "", "", false, nil
	}
	var body io.Reader = resp.Body
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return "", "", false, err
		}
		body = zr
	}
	b, err := io.ReadAll(io.LimitReader(body, MaxDecoded))
	if err != nil {
		return "", "", false, err
	}
	if mt == "text/plain" {
		return string(b), "", true, nil
	}
	t, _, title := HTMLText(b)
	return string(t), title, true, nil
}
