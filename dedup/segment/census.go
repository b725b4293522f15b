package segment

import (
	"slices"
	"strings"
)

// Census counts the header shapes that files of one drop show, so that a
// layout many of them share (an export template, a site's page layout)
// splits the files where it cannot be learned from the file alone: one
// that opens with navigation text, or has too few articles for its
// shape to recur. Add files, then ask for the [Layout].
//
// A shape counts for a file when the file's own header blocks taught it
// (see the package doc); shapes a file only took from a drop's layout do
// not count. Only specific shapes are shared: two header lines or more,
// one of them a date, a by-line, a field, an export counter or a one-line
// header, so "a short line after a blank" never is. The zero value is
// ready to use; a Census is not safe for concurrent use.
type Census struct {
	files  int
	counts map[string]int
}

// Add counts the shapes of one file, given as its lines.
func (c *Census) Add(lines []string) {
	var taught []string
	splitFile(lines, Auto, nil, &taught)
	c.files++
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	for _, s := range taught {
		if shareable(s) {
			c.counts[s]++
		}
	}
}

// Merge adds the counts of o, a census of other files of the drop (one
// per worker, merged when they are done).
func (c *Census) Merge(o *Census) {
	c.files += o.files
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	for s, n := range o.counts {
		c.counts[s] += n
	}
}

// Layout returns the shapes that at least minFiles files, and at least a
// fifth of those added, showed; nil when there are none.
func (c *Census) Layout(minFiles int) *Layout {
	l := &Layout{shapes: map[string]bool{}}
	for s, n := range c.counts {
		if n >= minFiles && 5*n >= c.files {
			l.shapes[s] = true
		}
	}
	if len(l.shapes) == 0 {
		return nil
	}
	return l
}

// Layout is the header layout a drop of files shares, from [Census].
type Layout struct {
	shapes map[string]bool
}

// LayoutOf is the layout of shapes, as [Layout.Shapes] lists them (nil
// for none): a layout passed on as text.
func LayoutOf(shapes []string) *Layout {
	if len(shapes) == 0 {
		return nil
	}
	l := &Layout{shapes: map[string]bool{}}
	for _, s := range shapes {
		l.shapes[s] = true
	}
	return l
}

// Shapes lists the layout's header shapes, sorted: one letter per header
// line (see the shape constants in layout.go), '_' for blank lines
// between them. For messages and tests.
func (l *Layout) Shapes() []string {
	if l == nil {
		return nil
	}
	out := make([]string, 0, len(l.shapes))
	for s := range l.shapes {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// shareable reports whether a shape is specific enough to carry over to
// other files: two header lines or more, one of them more than a short
// line of text.
func shareable(s string) bool {
	return len(strings.ReplaceAll(s, "_", "")) >= 2 && strings.ContainsAny(s, "DBFCHU") && titled(s)
}
