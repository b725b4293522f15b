package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/shingle"
)

type config struct {
	n           int
	dupFraction float64
	seed        uint64
	out         string
	seeds       string
}

// vocab samples words with their frequency in the seed articles.
type vocab struct {
	words []string
	cum   []int // cumulative counts
}

func loadVocab(dir string) (*vocab, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no .txt files in %s to take words from", dir)
	}
	counts := map[string]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, w := range shingle.Words(string(data)) {
			counts[w]++
		}
	}
	v := &vocab{}
	for w := range counts {
		v.words = append(v.words, w)
	}
	slices.Sort(v.words)
	total := 0
	for _, w := range v.words {
		total += counts[w]
		v.cum = append(v.cum, total)
	}
	return v, nil
}

func (v *vocab) word(r *rand.Rand) string {
	x := r.IntN(v.cum[len(v.cum)-1])
	return v.words[sort.SearchInts(v.cum, x+1)]
}

// article is a generated article: header lines and paragraphs of words.
type article struct {
	title, byline, source, date string
	paras                       [][]string
	orig                        int // index of the article copied, or -1
}

var (
	firstNames = []string{"Anna", "Brian", "Chen", "Dalia", "Elliott", "Fred", "Grace", "Hiro", "Ines", "Jamal", "Kofi", "Liz", "Maria", "Nikolai", "Olga", "Priya"}
	lastNames  = []string{"Mann", "Kaplan", "Wolfe", "Schmitt", "Gardner", "Okafor", "Silva", "Novak", "Haddad", "Larsen", "Moreau", "Tanaka", "Quinn", "Reyes"}
	outlets    = []string{"SLATE", "Reuters", "NPR", "The Week UK", "BBC News", "Daily Herald", "The Tribune", "Wire Service", "Metro Times", "Global Post"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	days       = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	chrome     = []string{"Share this article", "Advertisement", "No comments:", "Post a Comment", "Read more", "c.2024 The Daily Herald Company"}
)

func capitalise(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

func header(r *rand.Rand, v *vocab, a *article) {
	n := 4 + r.IntN(7)
	t := make([]string, n)
	for i := range t {
		t[i] = v.word(r)
	}
	t[0] = capitalise(t[0])
	a.title = strings.Join(t, " ")
	a.byline = firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
	a.source = outlets[r.IntN(len(outlets))]
	a.date = fmt.Sprintf("%s, %s %d, %d", days[r.IntN(7)], months[r.IntN(12)], 1+r.IntN(28), 2020+r.IntN(6))
}

func newArticle(r *rand.Rand, v *vocab) article {
	a := article{orig: -1}
	header(r, v, &a)
	for p := 0; p < 3+r.IntN(10); p++ {
		var para []string
		for s := 0; s < 1+r.IntN(3); s++ {
			n := 8 + r.IntN(22)
			for i := 0; i < n; i++ {
				w := v.word(r)
				if i == 0 {
					w = capitalise(w)
				}
				if i == n-1 {
					w += "."
				}
				para = append(para, w)
			}
		}
		a.paras = append(a.paras, para)
	}
	return a
}

// syndicate returns an edited copy of a: new header, and with some
// probability trimmed, with a few words changed, re-wrapped or wrapped in
// boilerplate (the last two are applied when writing).
func syndicate(r *rand.Rand, v *vocab, a article, orig int) article {
	c := article{orig: orig}
	header(r, v, &c)
	paras := a.paras
	if r.IntN(2) == 0 && len(paras) > 3 {
		paras = paras[:len(paras)-r.IntN(len(paras)/4+1)]
	}
	rate := r.Float64() * 0.04
	for _, p := range paras {
		q := slices.Clone(p)
		for i := range q {
			if r.Float64() < rate {
				q[i] = v.word(r)
			}
		}
		c.paras = append(c.paras, q)
	}
	return c
}

func (a *article) body() string {
	var b strings.Builder
	for _, p := range a.paras {
		b.WriteString(strings.Join(p, " "))
		b.WriteByte('\n')
	}
	return b.String()
}

// write appends the article to w starting at line, and returns the line
// after it.
func (a *article) write(w io.Writer, r *rand.Rand, line int) (next int) {
	lines := []string{a.title, a.byline, a.source, a.date}
	wrap := r.IntN(4) == 0
	for _, p := range a.paras {
		if !wrap {
			lines = append(lines, strings.Join(p, " "))
			continue
		}
		for i := 0; i < len(p); i += 12 {
			lines = append(lines, strings.Join(p[i:min(i+12, len(p))], " "))
		}
	}
	if r.IntN(3) == 0 {
		lines = append(lines, chrome[r.IntN(len(chrome))])
	}
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	return line + len(lines)
}

func generate(c config, log io.Writer) error {
	v, err := loadVocab(c.seeds)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(c.seed, 0x5eed))
	docsDir := filepath.Join(c.out, "docs")
	if err := os.MkdirAll(docsDir, 0o755); err != nil {
		return err
	}
	arts := make([]article, c.n)
	var bases []int
	for i := range arts {
		if len(bases) > 0 && r.Float64() < c.dupFraction {
			o := bases[r.IntN(len(bases))]
			arts[i] = syndicate(r, v, arts[o], o)
		} else {
			arts[i] = newArticle(r, v)
			bases = append(bases, i)
		}
	}
	// Write 1-5 articles per file, 1000 files per directory.
	ids := make([]string, c.n)
	var bytes int64
	for i, f := 0, 0; i < c.n; f++ {
		dir := filepath.Join(docsDir, fmt.Sprintf("d%04d", f/1000))
		if f%1000 == 0 {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		path := filepath.Join(dir, fmt.Sprintf("f%07d.txt", f))
		file, err := os.Create(path)
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(file)
		line := 1
		for k := 1 + r.IntN(5); k > 0 && i < c.n; k-- {
			ids[i] = fmt.Sprintf("%s:%d", filepath.ToSlash(path), line)
			line = arts[i].write(bw, r, line)
			i++
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		if st, err := file.Stat(); err == nil {
			bytes += st.Size()
		}
		if err := file.Close(); err != nil {
			return err
		}
	}
	// Truth: every pair within a group of copies, with exact Jaccard.
	groups := map[int][]int{}
	for i, a := range arts {
		root := i
		if a.orig >= 0 {
			root = a.orig
		}
		groups[root] = append(groups[root], i)
	}
	roots := make([]int, 0, len(groups))
	for root, g := range groups {
		if len(g) > 1 {
			roots = append(roots, root)
		}
	}
	slices.Sort(roots)
	tf, err := os.Create(filepath.Join(c.out, "truth.tsv"))
	if err != nil {
		return err
	}
	tw := bufio.NewWriter(tf)
	fmt.Fprintln(tw, "# a\tb\tjaccard (documents as path:start_line)")
	pairs := 0
	for _, root := range roots {
		g := groups[root]
		sets := make([][]uint64, len(g))
		for j, i := range g {
			sets[j] = shingleSet(arts[i].body())
		}
		for x := 0; x < len(g); x++ {
			for y := x + 1; y < len(g); y++ {
				fmt.Fprintf(tw, "%s\t%s\t%.4f\n", ids[g[x]], ids[g[y]], dedup.Jaccard(sets[x], sets[y]))
				pairs++
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := tf.Close(); err != nil {
		return err
	}
	fmt.Fprintf(log, "%d articles (%d copies) in %s, %.1f MB; %d truth pairs\n", c.n, c.n-len(bases), docsDir, float64(bytes)/1e6, pairs)
	return nil
}

func shingleSet(text string) []uint64 {
	var sh shingle.Shingler
	for _, l := range strings.Split(text, "\n") {
		if !segment.IsBoilerplate(l) {
			sh.Add(l)
		}
	}
	h := sh.Hashes(shingle.DefaultK, nil)
	slices.Sort(h)
	return slices.Compact(h)
}

// evalRecall compares the verified pairs of a dedup JSON result with the
// truth and prints the recall of truth pairs at threshold+0.05 and above,
// and at the threshold and above.
func evalRecall(w io.Writer, out, resultPath string, threshold float64) error {
	data, err := os.ReadFile(resultPath)
	if err != nil {
		return err
	}
	var res struct {
		Clusters []struct {
			Members []struct {
				Path      string `json:"path"`
				StartLine int    `json:"start_line"`
			} `json:"members"`
		} `json:"clusters"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		return fmt.Errorf("%s: %w", resultPath, err)
	}
	// Two documents count as found together when they share a cluster.
	clusterOf := map[string]int{}
	for ci, c := range res.Clusters {
		for _, m := range c.Members {
			clusterOf[m.Path+":"+strconv.Itoa(m.StartLine)] = ci + 1
		}
	}
	tf, err := os.Open(filepath.Join(out, "truth.tsv"))
	if err != nil {
		return err
	}
	defer tf.Close()
	var above, foundAbove, at, foundAt int
	sc := bufio.NewScanner(tf)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		j, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return err
		}
		ca, cb := clusterOf[f[0]], clusterOf[f[1]]
		found := ca != 0 && ca == cb
		if j >= threshold {
			at++
			if found {
				foundAt++
			}
		}
		if j >= threshold+0.05 {
			above++
			if found {
				foundAbove++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Fprintf(w, "recall at J >= %.2f: %d/%d = %.4f\n", threshold+0.05, foundAbove, above, ratio(foundAbove, above))
	fmt.Fprintf(w, "recall at J >= %.2f: %d/%d = %.4f\n", threshold, foundAt, at, ratio(foundAt, at))
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
