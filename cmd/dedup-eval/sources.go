package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A source text is a list of paragraphs from one document of a source
// package (a State of the Union address, a chapter, a manual page).
type sourceDoc struct {
	name  string
	paras []string
}

// languages of the corpus, in a fixed order.
var languages = []string{"en", "de", "fr", "es", "ru", "zh", "ja"}

// cjk reports whether lang counts characters rather than words.
func cjk(lang string) bool { return lang == "zh" || lang == "ja" }

// loadSources reads every language's documents from the unpacked sources
// under dir (see fetch-sources.sh). Paragraphs that occur more than once
// in a language (licence notes, translator credits, option tables) are
// dropped, so that unrelated articles of the corpus share no text by
// construction and the truth only has the copies the generator made.
func loadSources(dir string) (map[string][]sourceDoc, error) {
	if _, err := os.Stat(filepath.Join(dir, "done")); err != nil {
		return nil, fmt.Errorf("no evaluation sources in %s (run cmd/dedup-eval/fetch-sources.sh %s)", dir, dir)
	}
	out := map[string][]sourceDoc{}
	var err error
	if out["en"], err = englishSources(dir); err != nil {
		return nil, err
	}
	for _, l := range []string{"de", "fr", "es", "ru", "zh"} {
		sub := l
		if l == "zh" {
			sub = "zh_CN"
		}
		if out[l], err = manSources(filepath.Join(dir, "man-"+l, "usr/share/man", sub), l); err != nil {
			return nil, err
		}
	}
	if out["ja"], err = htmlSources(filepath.Join(dir, "refja/usr/share/debian-reference"), "ja"); err != nil {
		return nil, err
	}
	for l, docs := range out {
		out[l] = uniqueParas(docs, l)
		if len(out[l]) == 0 {
			return nil, fmt.Errorf("%s: no %s text found", dir, l)
		}
	}
	return out, nil
}

func sortedGlob(pattern string) ([]string, error) {
	m, err := filepath.Glob(pattern)
	slices.Sort(m)
	return m, err
}

// englishSources: the addresses are one line each, split here into
// paragraphs of four sentences; the chapters have one paragraph per line.
func englishSources(dir string) ([]sourceDoc, error) {
	sotu, err := readDocs(filepath.Join(dir, "sotu", "*.txt"), func(t string) []string {
		sents := sentences(t)
		var paras []string
		for i := 0; i < len(sents); i += 4 {
			paras = append(paras, strings.Join(sents[i:min(i+4, len(sents))], " "))
		}
		return paras
	})
	if err != nil {
		return nil, err
	}
	moby, err := readDocs(filepath.Join(dir, "moby", "chapter_*.txt"), func(t string) []string {
		var paras []string
		for i, p := range strings.Split(t, "\n") {
			if p = strings.TrimSpace(p); i > 0 && p != "" { // line 1 is the chapter heading
				paras = append(paras, p)
			}
		}
		return paras
	})
	return append(sotu, moby...), err
}

// readDocs reads the files matching pattern, in name order, into
// documents whose paragraphs paras finds in each file's text.
func readDocs(pattern string, paras func(string) []string) ([]sourceDoc, error) {
	files, err := sortedGlob(pattern)
	if err != nil {
		return nil, err
	}
	var docs []sourceDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, sourceDoc{name: filepath.Base(f), paras: paras(string(b))})
	}
	return docs, nil
}

var sentenceEnd = regexp.MustCompile(`[.!?]["”’)]?\s+`)

// sentences splits English text after ., ! or ? followed by space.
func sentences(t string) []string {
	var out []string
	last := 0
	for _, m := range sentenceEnd.FindAllStringIndex(t, -1) {
		out = append(out, strings.TrimSpace(t[last:m[1]]))
		last = m[1]
	}
	if rest := strings.TrimSpace(t[last:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

var (
	roffFont   = regexp.MustCompile(`\\f(?:\[[^\]]*\]|\(..|.)`)
	roffEscape = regexp.MustCompile(`\\(?:\(..|\[[^\]]*\]|\*(?:\(..|\[[^\]]*\]|.)|[-e&/,|^~0 ]|s[-+]?\d)`)
)

// manSources reads the gzip'd manual pages under dir: text lines between
// paragraph macros make a paragraph; font changes and escapes are
// removed.
func manSources(dir, lang string) ([]sourceDoc, error) {
	files, err := sortedGlob(filepath.Join(dir, "man*", "*.gz"))
	if err != nil {
		return nil, err
	}
	var docs []sourceDoc
	for _, f := range files {
		text, err := readGzip(f)
		if err != nil {
			return nil, err
		}
		d := sourceDoc{name: filepath.Base(f)}
		var cur []string
		flush := func() {
			if len(cur) > 0 {
				d.paras = append(d.paras, strings.Join(cur, joiner(lang)))
				cur = nil
			}
		}
		for _, line := range strings.Split(text, "\n") {
			switch {
			case strings.HasPrefix(line, ".") || strings.HasPrefix(line, "'"):
				macro := strings.Fields(line)
				if len(macro) > 0 && (macro[0] == ".B" || macro[0] == ".I") && len(macro) > 1 {
					cur = append(cur, cleanRoff(strings.Join(macro[1:], " ")))
					continue
				}
				flush()
			case strings.TrimSpace(line) == "":
				flush()
			default:
				cur = append(cur, cleanRoff(line))
			}
		}
		flush()
		docs = append(docs, d)
	}
	return docs, nil
}

func joiner(lang string) string {
	if cjk(lang) {
		return ""
	}
	return " "
}

func cleanRoff(s string) string {
	if i := strings.Index(s, `\"`); i >= 0 { // a comment to the end of the line
		s = s[:i]
	}
	s = roffFont.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, `\-`, "-")
	s = roffEscape.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, `\\`, `\`)
	return strings.TrimSpace(s)
}

func readGzip(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	z, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return string(b), nil
}

var (
	htmlPara = regexp.MustCompile(`(?s)<p>(.*?)</p>`)
	htmlTag  = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlSources reads the <p> elements of the HTML chapters under dir.
func htmlSources(dir, lang string) ([]sourceDoc, error) {
	files, err := sortedGlob(filepath.Join(dir, "*."+lang+".html"))
	if err != nil {
		return nil, err
	}
	var docs []sourceDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		d := sourceDoc{name: filepath.Base(f)}
		for _, m := range htmlPara.FindAllStringSubmatch(string(b), -1) {
			p := html.UnescapeString(htmlTag.ReplaceAllString(m[1], ""))
			p = strings.Join(strings.Fields(p), " ")
			if p != "" {
				d.paras = append(d.paras, p)
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// size is the length of a text in the unit its language is shingled in:
// words, or characters for Chinese and Japanese.
func size(t, lang string) int {
	if cjk(lang) {
		return utf8.RuneCountInString(t)
	}
	return len(strings.Fields(t))
}

// prose reports whether a paragraph reads as running text: long enough,
// mostly letters, and not a command synopsis.
func prose(p, lang string) bool {
	minSize := 25
	if cjk(lang) {
		minSize = 40
	}
	if size(p, lang) < minSize {
		return false
	}
	letters, other := 0, 0
	for _, r := range p {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune(`\{}[]<>|$=_*#/`, r):
		default:
			other++
		}
	}
	return letters > 10*other && native(p, lang)
}

// native reports whether most letters of p are in the language's script:
// translated manual pages keep some paragraphs (licences, examples) in
// English.
func native(p, lang string) bool {
	var in func(rune) bool
	switch lang {
	case "ru":
		in = func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }
	case "zh", "ja":
		in = func(r rune) bool {
			return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
		}
	default:
		return true
	}
	yes, all := 0, 0
	for _, r := range p {
		if unicode.IsLetter(r) {
			all++
			if in(r) {
				yes++
			}
		}
	}
	return 2*yes > all
}

func uniqueParas(docs []sourceDoc, lang string) []sourceDoc {
	key := func(p string) string { return strings.ToLower(strings.Join(strings.Fields(p), " ")) }
	count := map[string]int{}
	for _, d := range docs {
		for _, p := range d.paras {
			count[key(p)]++
		}
	}
	var out []sourceDoc
	for _, d := range docs {
		var keep []string
		for _, p := range d.paras {
			if count[key(p)] == 1 && prose(p, lang) {
				keep = append(keep, p)
			}
		}
		if len(keep) > 0 {
			out = append(out, sourceDoc{name: d.name, paras: keep})
		}
	}
	return out
}
