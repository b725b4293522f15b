package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dedup/dedup/dedup"
)

// sourcesDir is where fetch-sources.sh puts the texts, from this package's
// directory; DEDUP_EVAL_SOURCES overrides it.
func sourcesDir() string {
	if d := os.Getenv("DEDUP_EVAL_SOURCES"); d != "" {
		return d
	}
	return filepath.Join("..", "..", ".cache", "eval-sources")
}

// loadSourcesOrSkip loads the evaluation sources, or skips the test when
// they were not fetched; with DEDUP_EVAL_REQUIRE set (as .ci/run does
// after fetching them) a missing source fails the test instead.
func loadSourcesOrSkip(t *testing.T) map[string][]sourceDoc {
	t.Helper()
	dir := sourcesDir()
	if _, err := os.Stat(filepath.Join(dir, "done")); err != nil {
		if os.Getenv("DEDUP_EVAL_REQUIRE") != "" {
			t.Fatalf("evaluation sources missing in %s (DEDUP_EVAL_REQUIRE is set): %v", dir, err)
		}
		t.Skipf("evaluation sources not fetched: run bash cmd/dedup-eval/fetch-sources.sh (into %s) to run this test", dir)
	}
	src, err := loadSources(dir)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestEvalCorpus generates a CI-sized evaluation corpus (the tuned layout
// families and the held-out ones) from the fetched sources, computes its
// truth by brute force, scans it and checks the scores against floors.
//
// The floors are the targets: segmentation F1 and recall at 0.8
// of 0.99 and no wrong pair on the tuned families; on the held-out ones,
// which nobody tuned the splitter for, 0.97 overall and for every family,
// and no wrong pair. ACCURACY.md has the full-size figures.
func TestEvalCorpus(t *testing.T) {
	src := loadSourcesOrSkip(t)
	for _, tc := range []struct {
		name                 string
		cfg                  genConfig
		minF1, minRecall     float64
		maxWrong, maxWholePc float64
		// minFamily is the floor for every family's F1 and recall at
		// 0.8 (0: not checked). At this size a tuned family has a few
		// files only; a held-out one has some thirty. unmet lists the
		// families known to miss it (ACCURACY.md has their scores).
		minFamily float64
		unmet     []string
	}{
		{"tuned", genConfig{Files: 400, WholeFiles: 120, Seed: 3, CopyRate: 0.35}, 0.99, 0.99, 0, 1, 0, nil},
		// The fifty-second held-out set (the lines read-later, clipping
		// and sharing tools put over saved articles, in English, German,
		// French, Spanish, Russian, Chinese and Japanese), first scored on
		// 2026-12-07 at F1 1.0000, recall 1.0000 at this size (1.0000 and
		// 0.9995 at full size), 0 of 80 whole files split, no wrong pair,
		// every family at 1.0000. Nothing was changed for it, so the
		// floors are the targets, which its first score meets.
		{"held-out", genConfig{Files: 240, WholeFiles: 80, Seed: 9, CopyRate: 0.35, HeldOut: true}, 0.99, 0.99, 0, 1, 0.97, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tr, err := generate(src, dir, tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			ev, err := evaluate(dir, tr, []float64{0.8, 0.5}, dedup.DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s", ev.summary())
			if ev.Articles < 1000 {
				t.Fatalf("%d articles: the corpus is too small to judge", ev.Articles)
			}
			if f1 := ev.Seg.f1(); f1 < tc.minF1 {
				t.Errorf("segmentation F1 %.4f, floor %.2f", f1, tc.minF1)
			}
			if at := ev.Pairs[0]; ratio(at.FoundAt, at.TotalAt) < tc.minRecall {
				t.Errorf("recall at 0.8 of pairs with J >= 0.85: %.4f (%d/%d), floor %.2f", ratio(at.FoundAt, at.TotalAt), at.FoundAt, at.TotalAt, tc.minRecall)
			}
			if tc.maxWrong >= 0 {
				for _, p := range ev.Pairs {
					if float64(p.Wrong) > tc.maxWrong {
						t.Errorf("threshold %.1f: %d wrong pairs, e.g. %v", p.Threshold, p.Wrong, p.WrongExamples)
					}
				}
			}
			for _, f := range sortedKeys(ev.SegByFamily) {
				if tc.minFamily == 0 || strings.HasPrefix(f, "whole-") || slices.Contains(tc.unmet, f) {
					continue
				}
				if f1 := ev.SegByFamily[f].f1(); f1 < tc.minFamily {
					t.Errorf("family %s: segmentation F1 %.4f, floor %.2f", f, f1, tc.minFamily)
				}
				if ps := ev.PairsByFamily[f]; len(ps) > 0 && ps[0].TotalAt > 0 && ratio(ps[0].FoundAt, ps[0].TotalAt) < tc.minFamily {
					t.Errorf("family %s: recall at 0.8 %.4f (%d/%d), floor %.2f", f, ratio(ps[0].FoundAt, ps[0].TotalAt), ps[0].FoundAt, ps[0].TotalAt, tc.minFamily)
				}
			}
			if pc := 100 * ratio(ev.WholeSplit, ev.WholeFiles); pc > tc.maxWholePc {
				t.Errorf("%d of %d files that must stay whole were split (%.1f%%), ceiling %.0f%%", ev.WholeSplit, ev.WholeFiles, pc, tc.maxWholePc)
			}
		})
	}
}

// TestRealTextStaysWhole: real text that must stay whole, fetched by
// fetch-sources.sh, is split no more than its ceiling allows.
//   - mail: the SpamAssassin corpus's ham messages, one per file, with
//     their full headers, quoted replies and list footers; at most 0.5%
//     of the files, as for the corpus's own files that must stay whole.
//   - Markdown documents: the READMEs and changelogs of 70 npm packages
//     (sections, code blocks, release histories), and a second set of 69
//     packages. The 0.5% is not met there (ACCURACY.md: what is
//     left split are bundles of licence texts); the ceilings hold the
//     splitter to the shares measured after the changes of the sixth
//     session of 2026-12-07 (1 of 166 and 3 of 163 files), so that they
//     do not get worse. A third set of 72 packages (1,161 files, 764 of
//     them one package's manual), first scored after those changes (5
//     split), is held to the 0.5%.
func TestRealTextStaysWhole(t *testing.T) {
	loadSourcesOrSkip(t)
	for _, tc := range []struct {
		name      string
		score     func(string) (wholeScore, error)
		minFiles  int
		ceilingPc float64
	}{
		{"mail", realMail, 3000, 0.5},
		{"Markdown documents", realDocs, 150, 1},
		{"Markdown documents, second set", realDocs2, 150, 2},
		{"Markdown documents, third set", realDocs3, 1000, 0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := tc.score(sourcesDir())
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d of %d files split %v", sc.Split, sc.Files, sc.Examples)
			if sc.Files < tc.minFiles {
				t.Fatalf("%d files read: the set is too small to judge", sc.Files)
			}
			if pc := 100 * ratio(sc.Split, sc.Files); pc > tc.ceilingPc {
				t.Errorf("%d of %d files split (%.2f%%), ceiling %g%%: %v", sc.Split, sc.Files, pc, tc.ceilingPc, sc.Examples)
			}
		})
	}
}

// TestFamilyNamesUnique: every layout family, tuned or held out, has a
// name of its own, so that a held-out family cannot repeat a tuned one
// unnoticed and scores are never merged under one name.
func TestFamilyNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	var names []string
	for _, f := range slices.Concat(families(), heldOutFamilies()) {
		names = append(names, f.name)
	}
	for _, f := range slices.Concat(wholeFamilies(), heldOutWholeFamilies()) {
		names = append(names, "whole-"+f.name)
	}
	for _, n := range names {
		if seen[n] {
			t.Errorf("family %q is defined twice", n)
		}
		seen[n] = true
	}
}

// TestTransforms checks the corpus transforms (transform.go): the truth
// follows each article's lines, a header written with no-break spaces
// splits as it does with plain ones (the splitter reads through them),
// and a corpus wrapped at 72 columns keeps the segmentation F1 floor the
// issue sets for the held-out layouts, 0.97.
func TestTransforms(t *testing.T) {
	src := loadSourcesOrSkip(t)
	dir := t.TempDir()
	tr, err := generate(src, dir+"/plain", genConfig{Files: 160, WholeFiles: 40, Seed: 5, CopyRate: 0.35})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := evaluate(dir+"/plain", tr, []float64{0.8}, dedup.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for i, tf := range transforms {
		out := fmt.Sprintf("%s/t%d", dir, i)
		got, err := transformCorpus(dir+"/plain", out, tf)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for fi, f := range got.Files {
			b, err := os.ReadFile(filepath.Join(out, f.Path))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(b), "\n")
			if len(f.Articles) != len(tr.Files[fi].Articles) {
				t.Fatalf("%s: %s has %d articles, want %d", tf.name, f.Path, len(f.Articles), len(tr.Files[fi].Articles))
			}
			for _, a := range f.Articles {
				ids[a.ID] = true
				if a.Start < 1 || a.End > len(lines) || a.Start > a.End {
					t.Fatalf("%s: %s: range %d-%d in %d lines", tf.name, f.Path, a.Start, a.End, len(lines))
				}
				for _, n := range a.Body {
					if n < a.Start || n > a.End || strings.TrimSpace(lines[n-1]) == "" {
						t.Fatalf("%s: %s: body line %d outside %d-%d or blank", tf.name, f.Path, n, a.Start, a.End)
					}
				}
			}
		}
		for _, p := range got.Pairs {
			if !ids[p.A] || !ids[p.B] {
				t.Fatalf("%s: pair %s ~ %s names an article that is not in the truth", tf.name, p.A, p.B)
			}
		}
		ev, err := evaluate(out, got, []float64{0.8}, dedup.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: F1 %.4f (as written %.4f)", tf.name, ev.Seg.f1(), plain.Seg.f1())
		switch tf.name {
		case "no-break spaces":
			if ev.Seg != plain.Seg {
				t.Errorf("%s: segmentation %+v, as written %+v", tf.name, ev.Seg, plain.Seg)
			}
		case "wrapped at 72":
			if f1 := ev.Seg.f1(); f1 < 0.97 {
				t.Errorf("%s: segmentation F1 %.4f, floor 0.97", tf.name, f1)
			}
		}
	}
}
