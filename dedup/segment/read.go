package segment

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"
	"unsafe"
)

// Errors returned (wrapped in *[Error]) by [Lines].
var (
	ErrBinary      = errors.New("binary file (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// Error is a problem with the text of a file at a line.
type Error struct {
	Line int // 1-based; 0 when the problem is not at one line
	Err  error
}

// Error formats the problem as "[line: ]problem".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the underlying error, for errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// Lines splits the content of a text file into lines without their
// terminators (\n, \r\n or a lone \r). A leading UTF-8 byte order mark is
// dropped. Content with a NUL byte is binary; content that is not valid
// UTF-8 is refused with the first bad line, because guessing an encoding
// would silently change every shingle.
func Lines(data []byte) ([]string, error) {
	lines, _, err := LinesOffsets(data)
	return lines, err
}

// LinesOffsets is [Lines] that also returns the byte offset in data at
// which each line starts, so a later pass can read one article's lines
// again without the whole file.
func LinesOffsets(data []byte) ([]string, []int, error) {
	return linesOffsets(data, true, nil, nil)
}

// LinesOffsetsShared is [LinesOffsets] without the copies: the lines
// share data's memory, so data must not change while they, or any
// substring of them, are in use; and the lines and offsets are appended to
// lines[:0] and offsets[:0], reusing their memory. A scan reads every file
// into a buffer it reuses and keeps nothing of a file's lines once the
// file is processed (article metadata is copied by [Split]); skipping the
// copies saves copying the whole input once more and two fifths of the
// scan's allocated bytes.
func LinesOffsetsShared(data []byte, lines []string, offsets []int) ([]string, []int, error) {
	return linesOffsets(data, false, lines[:0], offsets[:0])
}

func linesOffsets(data []byte, copied bool, lines []string, offsets []int) ([]string, []int, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, nil, &Error{Err: ErrBinary}
	}
	bom := 0
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		data, bom = data[3:], 3
	}
	if len(data) == 0 {
		return nil, nil, nil
	}
	// One string for the whole file; lines are substrings of it.
	var text string
	if copied {
		text = string(data)
	} else {
		text = unsafe.String(unsafe.SliceData(data), len(data))
	}
	n := bytes.Count(data, []byte{'\n'}) + 1
	lines, offsets = slices.Grow(lines, n), slices.Grow(offsets, n)
	off := 0
	for len(data) > 0 {
		i := bytes.IndexAny(data, "\r\n")
		var line []byte
		if i < 0 {
			line, data = data, nil
		} else {
			line = data[:i]
			if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			data = data[i+1:]
		}
		if !utf8.Valid(line) {
			return nil, nil, &Error{Line: len(lines) + 1, Err: ErrInvalidUTF8}
		}
		lines = append(lines, text[off:off+len(line)])
		offsets = append(offsets, bom+off)
		off += len(line)
		if i >= 0 {
			off += i - len(line) + 1
		}
	}
	return lines, offsets, nil
}
