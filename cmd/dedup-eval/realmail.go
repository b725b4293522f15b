package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/dedup/dedup/dedup/segment"
)

// realMailScore is the splitter's score on real text that must stay
// whole: the ham messages of the SpamAssassin public corpus (fetch-sources.sh puts
// them under mail/), one message per file as mail software stores it,
// header, quoted replies and list footers included. Every folder is split
// as a scan of it would split it, with the layout a census of the folder
// finds. Files that are not valid UTF-8 are left out, as a scan reports
// them and reads none of their text.
type realMailScore struct {
	// Files is how many messages were read; Split how many of them the
	// splitter cut into more than one article.
	Files, Split int
	// Examples are the first files split, with the number of articles.
	Examples []string
}

// realMail scores the messages under sources/mail.
func realMail(sources string) (realMailScore, error) {
	var sc realMailScore
	dirs, err := sortedGlob(filepath.Join(sources, "mail", "*ham*"))
	if err != nil || len(dirs) == 0 {
		return sc, fmt.Errorf("%s: no mail found (fetch-sources.sh puts it there): %v", sources, err)
	}
	for _, d := range dirs {
		paths, err := sortedGlob(filepath.Join(d, "*.txt"))
		if err != nil {
			return sc, err
		}
		// As a scan reads the folder: files that are not valid UTF-8
		// are reported and left out; the layout comes from a census of
		// the rest.
		var files [][]string
		var names []string
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				return sc, err
			}
			lines, err := segment.Lines(data)
			if err != nil {
				continue
			}
			files, names = append(files, lines), append(names, p)
		}
		lay, err := dropLayout(names)
		if err != nil {
			return sc, err
		}
		for i, lines := range files {
			sc.Files++
			if n := len(segment.SplitLayout(lines, segment.Auto, lay)); n > 1 {
				sc.Split++
				if len(sc.Examples) < 5 {
					rel, _ := filepath.Rel(sources, names[i])
					sc.Examples = append(sc.Examples, fmt.Sprintf("%s (%d articles)", filepath.ToSlash(rel), n))
				}
			}
		}
	}
	return sc, nil
}
