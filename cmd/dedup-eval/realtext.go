package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dedup/dedup/dedup/segment"
)

// wholeScore is the splitter's score on real text that must stay whole
// (fetch-sources.sh fetches it; nothing in it was generated):
//   - mail: the ham messages of the SpamAssassin public corpus, one
//     message per file as mail software stores it, header, quoted
//     replies and list footers included;
//   - docs and docs2: the Markdown files of npm packages (READMEs,
//     changelogs, contributing guides), documents with sections, code
//     blocks and release histories; docs2 is a second set of packages,
//     first scored after the splitter was changed while looking at docs,
//     and docs3 a third, first scored after it was changed while looking
//     at docs2.
//
// Each group is split as a scan of it would split it, with the layout a
// census of its files finds. Files that are not valid UTF-8 are left
// out, as a scan reports them and reads none of their text.
type wholeScore struct {
	// Files is how many files were read; Split how many of them the
	// splitter cut into more than one article.
	Files, Split int
	// Examples are the first files split, with the number of articles.
	Examples []string
}

// realMail scores the messages under sources/mail, each folder a scan.
func realMail(sources string) (wholeScore, error) {
	var sc wholeScore
	dirs, err := sortedGlob(filepath.Join(sources, "mail", "*ham*"))
	if err != nil || len(dirs) == 0 {
		return sc, fmt.Errorf("%s: no mail found (fetch-sources.sh puts it there): %v", sources, err)
	}
	for _, d := range dirs {
		paths, err := sortedGlob(filepath.Join(d, "*.txt"))
		if err != nil {
			return sc, err
		}
		if err := sc.add(sources, paths); err != nil {
			return sc, err
		}
	}
	return sc, nil
}

// realDocs scores the Markdown files under sources/docs, all of them one
// scan.
func realDocs(sources string) (wholeScore, error) { return markdownFiles(sources, "docs") }

// realDocs2 scores the second set, under sources/docs2.
func realDocs2(sources string) (wholeScore, error) { return markdownFiles(sources, "docs2") }

// realDocs3 scores the third set, under sources/docs3.
func realDocs3(sources string) (wholeScore, error) { return markdownFiles(sources, "docs3") }

// markdownFiles scores the Markdown files under sources/dir as one scan.
func markdownFiles(sources, dir string) (wholeScore, error) {
	var sc wholeScore
	var paths []string
	root := filepath.Join(sources, dir)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".markdown")) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil || len(paths) == 0 {
		return sc, fmt.Errorf("%s: no documents found (fetch-sources.sh puts them there): %v", root, err)
	}
	return sc, sc.add(sources, paths)
}

// add splits the files at paths as one scan would and counts them.
func (sc *wholeScore) add(sources string, paths []string) error {
	var files [][]string
	var names []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		lines, err := segment.Lines(data)
		if err != nil {
			continue
		}
		files, names = append(files, lines), append(names, p)
	}
	lay, err := dropLayout(names)
	if err != nil {
		return err
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
	return nil
}
