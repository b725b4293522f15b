package peerbench

import (
	"bufio"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/cespare/xxhash/v2"
	minhashlsh "github.com/ekzhu/minhash-lsh"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/cluster"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/shingle"
)

const threshold = 0.8

func corpus(b *testing.B) string {
	dir := os.Getenv("DEDUP_CORPUS")
	if dir == "" {
		b.Skip("set DEDUP_CORPUS to a directory made by cmd/corpusgen")
	}
	return dir
}

// BenchmarkPeerComparison times dedup (one core and all cores) and the
// minhash-lsh pipeline on the same corpus, and reports their ratio and the
// recall of each against the corpus truth.
func BenchmarkPeerComparison(b *testing.B) {
	dir := corpus(b)
	truth := readTruth(b, filepath.Join(dir, "truth.tsv"))
	for b.Loop() {
		var tDedup1, tDedupAll, tPeer time.Duration
		var gDedup, gPeer map[string]int

		runtime.GOMAXPROCS(1)
		start := time.Now()
		o := dedup.DefaultOptions()
		o.Jobs = 1
		res, err := dedup.Scan(context.Background(), []string{filepath.Join(dir, "docs")}, o)
		if err != nil {
			b.Fatal(err)
		}
		tDedup1 = time.Since(start)
		runtime.GOMAXPROCS(runtime.NumCPU())

		start = time.Now()
		o.Jobs = 0
		res, err = dedup.Scan(context.Background(), []string{filepath.Join(dir, "docs")}, o)
		if err != nil {
			b.Fatal(err)
		}
		tDedupAll = time.Since(start)
		gDedup = map[string]int{}
		for ci, c := range res.Clusters {
			for _, m := range c.Members {
				gDedup[m.Path+":"+strconv.Itoa(m.StartLine)] = ci + 1
			}
		}

		start = time.Now()
		gPeer = peerPipeline(b, filepath.Join(dir, "docs"))
		tPeer = time.Since(start)

		b.ReportMetric(tDedup1.Seconds(), "dedup-1core-s")
		b.ReportMetric(tDedupAll.Seconds(), "dedup-allcores-s")
		b.ReportMetric(tPeer.Seconds(), "peer-s")
		b.ReportMetric(tPeer.Seconds()/tDedup1.Seconds(), "peer/dedup-1core")
		b.ReportMetric(tPeer.Seconds()/tDedupAll.Seconds(), "peer/dedup-allcores")
		b.ReportMetric(recall(truth, gDedup, threshold+0.05), "dedup-recall")
		b.ReportMetric(recall(truth, gPeer, threshold+0.05), "peer-recall")
	}
}

type truthPair struct {
	a, b string
	j    float64
}

func readTruth(b *testing.B, path string) []truthPair {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out []truthPair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		j, _ := strconv.ParseFloat(fields[2], 64)
		out = append(out, truthPair{fields[0], fields[1], j})
	}
	return out
}

// recall is the fraction of truth pairs with Jaccard >= min whose two
// documents were put in the same cluster.
func recall(truth []truthPair, group map[string]int, min float64) float64 {
	n, found := 0, 0
	for _, p := range truth {
		if p.j < min {
			continue
		}
		n++
		if g := group[p.a]; g != 0 && g == group[p.b] {
			found++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(found) / float64(n)
}

// peerPipeline is what a user would build with minhash-lsh: the same
// articles as dedup (dedup's splitter, so both see the same documents),
// word 5-shingles made the usual way (lower-case, split at non-letters,
// join with spaces), a MinHash of 128 hashes per document (Push per
// shingle), the LSH forest with the library's own parameter choice for the
// threshold, a query per document, exact verification on the sets of
// shingle hashes and union-find. It returns the cluster number of every
// clustered document.
func peerPipeline(b *testing.B, root string) map[string]int {
	type doc struct {
		id     string
		hashes []uint64
	}
	var docs []doc
	var sigs [][]uint64
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines, err := segment.Lines(data)
		if err != nil {
			return nil
		}
		for _, a := range segment.Split(lines, segment.Auto) {
			var words []string
			for _, n := range a.Body {
				words = append(words, strings.FieldsFunc(strings.ToLower(lines[n-1]), func(r rune) bool {
					return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
				})...)
			}
			if len(words) < 20 {
				continue
			}
			mh := minhashlsh.NewMinhash(1, 128)
			var hashes []uint64
			for i := 0; i+shingle.DefaultK <= len(words); i++ {
				s := []byte(strings.Join(words[i:i+shingle.DefaultK], " "))
				mh.Push(s)
				hashes = append(hashes, xxhash.Sum64(s))
			}
			slices.Sort(hashes)
			hashes = slices.Compact(hashes)
			docs = append(docs, doc{id: filepath.ToSlash(path) + ":" + strconv.Itoa(a.StartLine), hashes: hashes})
			sigs = append(sigs, mh.Signature())
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	index := minhashlsh.NewMinhashLSH64(128, threshold)
	for i, s := range sigs {
		index.Add(i, s)
	}
	index.Index()
	uf := cluster.New(len(docs))
	for i, s := range sigs {
		for _, key := range index.Query(s) {
			j := key.(int)
			if j <= i {
				continue
			}
			if dedup.Jaccard(docs[i].hashes, docs[j].hashes) >= threshold {
				uf.Union(i, j)
			}
		}
	}
	group := map[string]int{}
	for gi, g := range uf.Groups(2) {
		for _, m := range g {
			group[docs[m].id] = gi + 1
		}
	}
	return group
}
