// Command dedup-eval builds an evaluation corpus of aggregated news files
// from freely licensed real text and scores dedup's article splitting and
// pair detection on it against the truth the generator recorded.
//
// Usage:
//
//	cmd/dedup-eval/fetch-sources.sh .cache/eval-sources
//	go run ./cmd/dedup-eval gen -sources .cache/eval-sources -out .cache/eval -files 2000
//	go run ./cmd/dedup-eval score -corpus .cache/eval
//
// The corpus is deterministic for a given seed and sources; see
// ACCURACY.md for what it holds and how the scores are read.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/dedup/dedup/dedup"
	"os"
	"strings"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "dedup-eval: error:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: dedup-eval gen|score|transform|report [flags]")
	}
	fs := flag.NewFlagSet("dedup-eval "+args[0], flag.ContinueOnError)
	sources := fs.String("sources", ".cache/eval-sources", "unpacked sources (fetch-sources.sh)")
	out := fs.String("out", ".cache/eval", "corpus folder to write")
	corpus := fs.String("corpus", ".cache/eval", "corpus folder to score")
	files := fs.Int("files", 2000, "aggregated files")
	whole := fs.Int("whole", 500, "files that must stay whole")
	seed := fs.Uint64("seed", 1, "generator seed")
	heldOut := fs.Bool("held-out", false, "write the held-out layout families (heldout.go) instead of the tuned ones")
	templates := fs.Int("template-min-docs", dedup.DefaultOptions().TemplateMinDocs, "scan option TemplateMinDocs (0: template lines off)")
	contained := fs.Bool("contained", true, "scan option Contained")
	mistakes := fs.String("mistakes", "", "list the files whose path contains this that the splitter got wrong")
	switch args[0] {
	case "gen":
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		src, err := loadSources(*sources)
		if err != nil {
			return err
		}
		if err := os.RemoveAll(*out); err != nil {
			return err
		}
		tr, err := generate(src, *out, genConfig{Files: *files, WholeFiles: *whole, Seed: *seed, CopyRate: 0.35, HeldOut: *heldOut})
		if err != nil {
			return err
		}
		n := 0
		for _, f := range tr.Files {
			n += len(f.Articles)
		}
		fmt.Printf("%d files, %d articles, %d pairs sharing text in %s\n", len(tr.Files), n, len(tr.Pairs), *out)
		return nil
	case "report":
		// Both corpora at their documented sizes, in a temporary folder.
		report := fs.String("report", "ACCURACY.md", "report to write")
		svg := fs.String("svg", "testdata/accuracy/detection.svg", "plot to write (linked from the report by this path)")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		src, err := loadSources(*sources)
		if err != nil {
			return err
		}
		tmp, err := os.MkdirTemp("", "dedup-eval-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		tuned, err := runCorpus(src, tmp+"/tuned", genConfig{Files: 2000, WholeFiles: 500, Seed: 1, CopyRate: 0.35})
		if err != nil {
			return err
		}
		held, err := runCorpus(src, tmp+"/held-out", genConfig{Files: 1200, WholeFiles: 400, Seed: 7, CopyRate: 0.35, HeldOut: true})
		if err != nil {
			return err
		}
		// Real text that must stay whole: mail and three sets of
		// Markdown documents.
		var real [4]wholeScore
		for i, score := range []func(string) (wholeScore, error){realMail, realDocs, realDocs2, realDocs3} {
			if real[i], err = score(*sources); err != nil {
				return err
			}
		}
		var robust []robustRun
		for i, t := range transforms {
			r := robustRun{t: t}
			for j, c := range []*corpusRun{tuned, held} {
				dir := fmt.Sprintf("%s/%s-%d", tmp, []string{"tuned", "held-out"}[j], i)
				if r.ev[j], err = transformedScore(c.dir, dir, t); err != nil {
					return err
				}
			}
			robust = append(robust, r)
		}
		if err := writeReport(*report, *svg, *svg, tuned, held, real[0], real[1], real[2], real[3], robust); err != nil {
			return err
		}
		fmt.Printf("wrote %s and %s\n", *report, *svg)
		return nil
	case "transform":
		name := fs.String("name", "", "the change to make: "+transformNames())
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		for _, t := range transforms {
			if t.name == *name {
				if err := os.RemoveAll(*out); err != nil {
					return err
				}
				_, err := transformCorpus(*corpus, *out, t)
				return err
			}
		}
		return fmt.Errorf("unknown transform %q: want one of %s", *name, transformNames())
	case "score":
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		tr, err := readTruth(*corpus)
		if err != nil {
			return err
		}
		o := dedup.DefaultOptions()
		o.TemplateMinDocs, o.Contained = *templates, *contained
		ev, err := evaluate(*corpus, tr, []float64{0.8, 0.5}, o)
		if err != nil {
			return err
		}
		fmt.Print(ev.summary())
		if *mistakes != "" {
			for _, m := range ev.Mistakes {
				if strings.Contains(m, *mistakes) {
					fmt.Println(m)
				}
			}
		}
		return nil
	}
	return fmt.Errorf("unknown command %q", args[0])
}

func readTruth(dir string) (*truth, error) {
	b, err := os.ReadFile(dir + "/truth.json")
	if err != nil {
		return nil, err
	}
	var t truth
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("%s/truth.json: %w", dir, err)
	}
	return &t, nil
}
