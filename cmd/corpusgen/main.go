// Command corpusgen writes a deterministic benchmark corpus of news-like
// articles with a known fraction of syndicated near-duplicates, and the
// truth: every pair of copies with its exact Jaccard similarity.
//
//	corpusgen -n 100000 -out /tmp/corpus100k
//	dedup scan --format json /tmp/corpus100k/docs > result.json
//	corpusgen -recall -out /tmp/corpus100k result.json
//
// Words are drawn with their real frequencies from the sample articles in
// seeds/, so shingle statistics resemble news text. Each file holds one to
// five articles with header blocks (title, byline, outlet, date), like an
// aggregator export. A copy gets a new header, and may be trimmed, lightly
// edited, re-wrapped and wrapped in site boilerplate.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var c config
	flag.IntVar(&c.n, "n", 10000, "number of articles")
	flag.Float64Var(&c.dupFraction, "dup", 0.1, "fraction of articles that are copies of an earlier article")
	flag.Uint64Var(&c.seed, "seed", 1, "random seed")
	flag.StringVar(&c.out, "out", "corpus", "output directory (docs/ and truth.tsv inside)")
	flag.StringVar(&c.seeds, "seeds", "seeds", "directory of real articles to take the vocabulary from")
	recall := flag.Bool("recall", false, "instead of generating, compare a dedup JSON result (argument) with the truth in -out")
	threshold := flag.Float64("threshold", 0.8, "with -recall: the threshold the scan used")
	flag.Parse()
	var err error
	if *recall {
		if flag.NArg() != 1 {
			err = fmt.Errorf("-recall needs the dedup JSON result as its argument")
		} else {
			err = evalRecall(os.Stdout, c.out, flag.Arg(0), *threshold)
		}
	} else {
		err = generate(c, os.Stdout)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "corpusgen: error: %v\n", err)
		os.Exit(2)
	}
}
