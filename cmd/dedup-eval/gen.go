package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// story is an article's text before it is laid out: a title and
// paragraphs. Copies of one original share its origin.
type story struct {
	origin int
	lang   string
	title  string
	paras  []string
}

// genConfig sizes a corpus.
type genConfig struct {
	Files      int    // aggregated files
	WholeFiles int    // files that must stay one document
	Seed       uint64 // everything follows from it
	CopyRate   float64
	// HeldOut writes the held-out families (heldout.go) instead of the
	// ones the splitter was tuned on.
	HeldOut bool `json:",omitempty"`
}

// originals cuts each language's source documents into stories of 120 to
// 450 words (300 to 1,100 characters in Chinese and Japanese), in source
// order, so consecutive stories of a language come from the same
// document only when it is long.
func originals(src map[string][]sourceDoc, r *rand.Rand) map[string][]story {
	out := map[string][]story{}
	origin := 0
	for _, lang := range languages {
		lo, hi := 120, 450
		if cjk(lang) {
			lo, hi = 300, 1100
		}
		for _, d := range src[lang] {
			var cur []string
			n, target := 0, lo+r.IntN(hi-lo)
			for _, p := range d.paras {
				cur = append(cur, p)
				if n += size(p, lang); n >= target {
					out[lang] = append(out[lang], story{origin: origin, lang: lang, paras: cur})
					origin++
					cur, n, target = nil, 0, lo+r.IntN(hi-lo)
				}
			}
			if n >= lo/2 {
				out[lang] = append(out[lang], story{origin: origin, lang: lang, paras: cur})
				origin++
			}
		}
		for i := range out[lang] {
			out[lang][i].title = makeTitle(out[lang][i], r)
		}
	}
	return out
}

// makeTitle takes a headline from a sentence inside the story: 4 to 11
// words (8 to 22 characters in CJK, mostly Chinese or Japanese script, as
// headlines in those languages are), without final punctuation, sometimes
// in Title Case.
func makeTitle(s story, r *rand.Rand) string {
	for try := 0; ; try++ {
		t := tryTitle(s, r)
		// A story of option lists may have no passage in CJK script: after
		// a while any cut will do.
		if utf8.RuneCountInString(t) >= 8 && (!cjk(s.lang) || try > 50 || mostlyCJK(t)) {
			return t
		}
	}
}

// mostlyCJK reports whether at least half of t's runes are Han or kana.
func mostlyCJK(t string) bool {
	n, c := 0, 0
	for _, x := range t {
		n++
		if unicode.In(x, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			c++
		}
	}
	return 2*c >= n
}

func tryTitle(s story, r *rand.Rand) string {
	p := s.paras[r.IntN(len(s.paras))]
	if cjk(s.lang) {
		rs := []rune(p)
		start := r.IntN(max(1, len(rs)-30))
		n := 8 + r.IntN(14)
		// A headline does not end in a comma and a stray quote mark
		// ("模式的字符（'*'指示，' '"): cut punctuation and quotes off.
		t := strings.TrimRight(string(rs[start:min(len(rs), start+n)]), "。、，．・：；）」』 ,.;:)'\"“”‘’")
		return strings.TrimLeft(t, "。、，．・：；（「『 ,.;:('\"“”‘’")
	}
	w := strings.Fields(p)
	start := r.IntN(max(1, len(w)-12))
	n := 4 + r.IntN(8)
	words := w[start:min(len(w), start+n)]
	for i, x := range words {
		x = strings.Trim(x, `.,;:!?"'()[]«»“”‘’—–-`)
		if i == 0 || s.lang == "en" && r.IntN(2) == 0 && len(x) > 3 {
			x = upperFirst(x)
		}
		words[i] = x
	}
	t := strings.Join(strings.Fields(strings.Join(words, " ")), " ")
	if t != "" && r.IntN(8) == 0 {
		t += "?"
	}
	return t
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return strings.ToUpper(string(r)) + s[n:]
}

// syndicate makes a copy of s the way a wire or a second outlet does: a
// new headline, an edited lead, a few words substituted, typos, sometimes
// truncated. Strength varies so that copies span the Jaccard range.
func syndicate(s story, r *rand.Rand) story {
	c := story{origin: s.origin, lang: s.lang, paras: append([]string(nil), s.paras...)}
	c.title = makeTitle(s, r)
	if r.IntN(3) == 0 {
		c.title = s.title
	}
	// Edited lead: the first sentence's opening words replaced.
	if r.IntN(2) == 0 && !cjk(s.lang) {
		w := strings.Fields(c.paras[0])
		cut := min(len(w)-1, 2+r.IntN(6))
		c.paras[0] = strings.Join(append(leadWords(s.lang, r), w[cut:]...), " ")
	}
	// Substitutions and typos, 0 to 6% of words (characters in CJK).
	rate := []float64{0, 0, 0.005, 0.01, 0.02, 0.04, 0.06}[r.IntN(7)]
	for i, p := range c.paras {
		c.paras[i] = perturb(p, s.lang, rate, r)
	}
	// Truncation: the last 10-30% of paragraphs dropped, in one copy of four.
	if r.IntN(4) == 0 && len(c.paras) > 3 {
		drop := max(1, len(c.paras)*(10+r.IntN(21))/100)
		c.paras = c.paras[:len(c.paras)-drop]
	}
	return c
}

func leadWords(lang string, r *rand.Rand) []string {
	opts := map[string][]string{
		"en": {"WASHINGTON (Wire) —", "Officials said on Tuesday that", "In a statement,", "LONDON —", "As expected,"},
		"de": {"BERLIN (dpa) —", "Wie am Dienstag bekannt wurde,", "Nach Angaben von Beobachtern"},
		"fr": {"PARIS (AFP) —", "Selon plusieurs sources,", "Comme prévu,"},
		"es": {"MADRID (EFE) —", "Según fuentes oficiales,", "Como se esperaba,"},
		"ru": {"МОСКВА, 25 мар — РИА Новости.", "Как сообщили источники,", "По данным агентства,"},
	}[lang]
	return strings.Fields(opts[r.IntN(len(opts))])
}

func perturb(p, lang string, rate float64, r *rand.Rand) string {
	if rate == 0 {
		return p
	}
	if cjk(lang) {
		rs := []rune(p)
		for i := range rs {
			if r.Float64() < rate/3 && i+1 < len(rs) {
				rs[i], rs[i+1] = rs[i+1], rs[i]
			}
		}
		return string(rs)
	}
	w := strings.Fields(p)
	for i := range w {
		switch x := r.Float64(); {
		case x < rate/2 && utf8.RuneCountInString(w[i]) > 3: // typo: two letters swapped
			b := []rune(w[i])
			j := 1 + r.IntN(len(b)-2)
			b[j], b[j+1] = b[j+1], b[j]
			w[i] = string(b)
		case x < rate: // substitution by a word from elsewhere in the paragraph
			w[i] = w[r.IntN(len(w))]
		}
	}
	return strings.Join(w, " ")
}

// generate writes the corpus under dir: files/ and truth.json.
func generate(src map[string][]sourceDoc, dir string, cfg genConfig) (*truth, error) {
	r := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	pool := originals(src, r)
	next := map[string]int{} // next unused original per language
	used := map[string][]story{}
	fresh := func(lang string) (story, bool) {
		if next[lang] >= len(pool[lang]) {
			return story{}, false
		}
		s := pool[lang][next[lang]]
		next[lang]++
		used[lang] = append(used[lang], s)
		return s, true
	}
	tr := &truth{Config: cfg}
	if err := os.MkdirAll(filepath.Join(dir, "files"), 0o755); err != nil {
		return nil, err
	}
	fams, wf := families(), wholeFamilies()
	if cfg.HeldOut {
		fams, wf = heldOutFamilies(), heldOutWholeFamilies()
	}
	for i := 0; i < cfg.Files; i++ {
		f := fams[i%len(fams)]
		lang := f.lang
		if lang == "" {
			lang = "en"
			if f.anyLang && r.IntN(3) == 0 {
				lang = languages[1+r.IntN(len(languages)-1)]
			}
		}
		n := 3 + r.IntN(6)
		var stories []story
		for j := 0; j < n; j++ {
			if len(used[lang]) > 0 && r.Float64() < cfg.CopyRate {
				// A copy of an earlier story: in this file now and then,
				// like an aggregator pasting a story twice.
				var orig story
				if j > 0 && r.IntN(5) == 0 {
					orig = stories[r.IntN(j)]
				} else {
					orig = used[lang][r.IntN(len(used[lang]))]
				}
				stories = append(stories, syndicate(orig, r))
				continue
			}
			s, ok := fresh(lang)
			if !ok {
				if len(used[lang]) == 0 {
					return nil, fmt.Errorf("no %s text left", lang)
				}
				s = syndicate(used[lang][r.IntN(len(used[lang]))], r)
			}
			stories = append(stories, s)
		}
		name := fmt.Sprintf("files/%s/%04d_%s.txt", f.name, i, lang)
		tf, err := writeFile(dir, name, f, lang, stories, r)
		if err != nil {
			return nil, err
		}
		tr.Files = append(tr.Files, tf)
	}
	for i := 0; i < cfg.WholeFiles; i++ {
		f := wf[i%len(wf)]
		lang := "en"
		if f.anyLang && r.IntN(3) == 0 {
			lang = languages[1+r.IntN(len(languages)-1)]
		}
		s, ok := fresh(lang)
		if !ok {
			s, _ = fresh("en")
			lang = "en"
		}
		name := fmt.Sprintf("files/whole-%s/%04d_%s.txt", f.name, i, lang)
		tf, err := writeWhole(dir, name, f, s, r)
		if err != nil {
			return nil, err
		}
		tr.Files = append(tr.Files, tf)
	}
	tr.computePairs()
	return tr, tr.write(filepath.Join(dir, "truth.json"))
}

// writeFile lays the stories out in family f and records where each is.
func writeFile(dir, name string, f family, lang string, stories []story, r *rand.Rand) (truthFile, error) {
	tf := truthFile{Path: name, Family: f.name, Lang: lang}
	var lines []string
	add := func(ls ...string) { lines = append(lines, ls...) }
	if f.preamble != nil {
		add(f.preamble(lang, len(stories), r)...)
	}
	for i, s := range stories {
		if i > 0 || len(lines) > 0 {
			add(f.separator(r)...)
		}
		h := header{story: s, n: i + 1, total: len(stories), lang: lang}
		start := len(lines)
		add(f.head(h, r)...)
		bodyStart := len(lines)
		var body []int
		for pi, p := range s.paras {
			if pi > 0 && !f.dense {
				add("")
			}
			if pi == 0 && f.lead != nil {
				p = f.lead(h, r) + p
			}
			for _, l := range layoutPara(p, lang, f.wrap, r) {
				body = append(body, len(lines)+1)
				add(l)
			}
		}
		if f.tail != nil {
			add(f.tail(h, r)...)
		}
		ta := truthArticle{
			ID:     fmt.Sprintf("%s:%d", name, start+1),
			Origin: s.origin, Lang: s.lang,
			Start: start + 1, End: len(lines), BodyStart: bodyStart + 1, Body: body,
		}
		ta.setText(lines)
		tf.Articles = append(tf.Articles, ta)
	}
	if f.footer != nil {
		add(f.footer(r)...)
	}
	return tf, writeLines(filepath.Join(dir, name), lines)
}

// writeWhole writes one story as a document that has dates, by-lines or
// short lines inside it but is a single text.
func writeWhole(dir, name string, f wholeFamily, s story, r *rand.Rand) (truthFile, error) {
	lines := f.render(s, r)
	tf := truthFile{Path: name, Family: "whole-" + f.name, Lang: s.lang, Whole: true}
	ta := truthArticle{ID: name + ":1", Origin: s.origin, Lang: s.lang, Start: 1, End: len(lines), BodyStart: 1}
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			ta.Body = append(ta.Body, i+1)
		}
	}
	ta.setText(lines)
	tf.Articles = append(tf.Articles, ta)
	return tf, writeLines(filepath.Join(dir, name), lines)
}

func writeLines(path string, lines []string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

// layoutPara returns a paragraph as lines: one line, or hard-wrapped at
// 60 to 78 columns (CJK at 30 to 40 characters).
func layoutPara(p, lang string, wrap bool, r *rand.Rand) []string {
	if !wrap {
		return []string{p}
	}
	if cjk(lang) {
		rs := []rune(p)
		w := 30 + r.IntN(11)
		var out []string
		for len(rs) > 0 {
			n := min(w, len(rs))
			out = append(out, string(rs[:n]))
			rs = rs[n:]
		}
		return out
	}
	width := 60 + r.IntN(19)
	var out []string
	cur := ""
	for _, w := range strings.Fields(p) {
		if cur != "" && len(cur)+1+len(w) > width {
			out = append(out, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}
