package dedup

import (
	"context"
	"os"

	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/segment"
)

// Drop layout: the header shapes the files of a scan share are learned from
// a sample of the drop's files (a census, segment.Census) before the first
// pass, so a file that shows no layout of its own (it opens with a site's
// navigation, or has too few articles for its header shape to recur)
// still splits where the drop's other files do. The census reads at most
// censusFiles files of at most censusFileBytes each and censusBytes in
// all, spread evenly over the scan's files in their order, so its cost is
// bounded and its result does not depend on --jobs.
const (
	censusFiles     = 64
	censusFileBytes = 4 << 20
	censusBytes     = 16 << 20
	censusMinFiles  = 3 // files that must show a shape for the drop to share it
)

// learnDropLayout sets s.layout: from Options.DropLayout when it is set,
// else from a census of the scan's files. Files that cannot be read are
// left to the first pass, which reports them.
func (s *scanner) learnDropLayout(ctx context.Context) error {
	if s.o.Split != segment.Auto {
		return nil
	}
	if s.o.DropLayout != nil {
		s.layout = segment.LayoutOf(s.o.DropLayout)
		s.res.DropLayout = s.layout.Shapes()
		return nil
	}
	if s.raw != nil {
		return nil
	}
	idx := CensusFiles(len(s.files), func(i int) (int64, bool) {
		if s.files[i] == Stdin {
			return 0, false
		}
		st, err := os.Stat(s.files[i])
		if err != nil {
			return 0, false
		}
		return st.Size(), true
	})
	var c segment.Census
	err := forEachFile(ctx, s.o.jobs(), idx, func(i int) *segment.Census {
		w := workers.Get().(*worker)
		defer workers.Put(w)
		data, err := s.rawText(i, w)
		if err != nil {
			return nil
		}
		var one segment.Census
		AddToCensus(&one, s.files[i], data, s.o)
		return &one
	}, func(_ int, one *segment.Census) {
		if one != nil {
			c.Merge(one)
		}
	})
	if err != nil {
		return err
	}
	s.layout = c.Layout(censusMinFiles)
	s.res.DropLayout = s.layout.Shapes()
	return nil
}

// CensusFiles picks, among n files in scan order, those a drop's census
// reads: up to censusFiles spread evenly over them, none over
// censusFileBytes and censusBytes in all. size reports a file's size, or
// false when it is unknown (the file is then not read). Fewer than
// censusMinFiles files have no census.
func CensusFiles(n int, size func(i int) (int64, bool)) []int {
	if n < censusMinFiles {
		return nil
	}
	var idx []int
	var total int64
	picks := min(n, censusFiles)
	for k := 0; k < picks && total < censusBytes; k++ {
		i := k * n / picks // evenly spread: every file when there are few
		sz, ok := size(i)
		if !ok || sz > censusFileBytes {
			continue
		}
		idx = append(idx, i)
		total += sz
	}
	return idx
}

// AddToCensus adds the file at path, read as data, to c as Scan's census
// does: its text decoded as the scan decodes it; records, Parquet and
// files that are not text are left out.
func AddToCensus(c *segment.Census, path string, data []byte, o Options) {
	if input.FormatOf(path, o.InputFormat) == input.FormatParquet {
		return
	}
	ft, ferr := decodeText(path, data, o)
	if ferr != nil || ft.recs != nil {
		return // records are not split at headers
	}
	lines, err := segment.Lines(ft.text)
	if err != nil {
		return
	}
	c.Add(lines)
}

// LayoutFromCensus is the drop layout of census c, as Scan takes it, for
// Options.DropLayout (an empty list when there is none).
func LayoutFromCensus(c *segment.Census) []string {
	shapes := c.Layout(censusMinFiles).Shapes()
	if shapes == nil {
		shapes = []string{}
	}
	return shapes
}

// DropLayout returns the header layout the files under paths share, as
// Scan learns it before splitting them (nil when there is none or o does
// not split files). Tools that split files themselves
// (segment.SplitLayout) use it to split as a scan does.
func DropLayout(ctx context.Context, paths []string, o Options) (*segment.Layout, error) {
	s, err := newScanner(paths, o)
	if err != nil {
		return nil, err
	}
	defer s.removeSpool()
	if err := s.learnDropLayout(ctx); err != nil {
		return nil, err
	}
	return s.layout, nil
}
