package main

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/report"
)

func gen(t *testing.T, n int, seed uint64) string {
	t.Helper()
	out := t.TempDir()
	var log bytes.Buffer
	if err := generate(config{n: n, dupFraction: 0.2, seed: seed, out: out, seeds: "../../seeds"}, &log); err != nil {
		t.Fatal(err)
	}
	return out
}

func readTree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		b.WriteString(rel + "\n" + strings.ReplaceAll(string(data), dir, "DIR"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	a, b, c := gen(t, 200, 7), gen(t, 200, 7), gen(t, 200, 8)
	if readTree(t, a) != readTree(t, b) {
		t.Error("same seed, different corpus")
	}
	if readTree(t, a) == readTree(t, c) {
		t.Error("different seeds, same corpus")
	}
}

// TestTruthMatchesScan: dedup splits the generated files into exactly the
// generated articles; every pair it verifies between copies has the truth's
// Jaccard similarity; it finds at least 99% of the truth pairs at 0.85 and
// above (LSH finds a pair at J = 0.85 with probability 0.999, so a rare
// miss is allowed); and the recall evaluator agrees with a direct count.
func TestTruthMatchesScan(t *testing.T) {
	t.Parallel()
	out := gen(t, 3000, 3)
	res, err := dedup.Scan(context.Background(), []string{filepath.Join(out, "docs")}, dedup.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Documents != 3000 || len(res.Errors) != 0 {
		t.Fatalf("%d documents, errors %v; want 3000", res.Stats.Documents, res.Errors)
	}
	pairJ := map[string]float64{}
	for _, c := range res.Clusters {
		for _, p := range c.Pairs {
			pairJ[startID(p.A)+" "+startID(p.B)] = p.Jaccard
		}
	}
	truth, err := os.ReadFile(filepath.Join(out, "truth.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var at80, found80, at85, found85 int
	for _, line := range strings.Split(string(truth), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		j, _ := strconv.ParseFloat(f[2], 64)
		got, ok := pairJ[f[0]+" "+f[1]]
		if ok && math.Abs(got-j) > 0.00011 { // both rounded to 4 decimals
			t.Errorf("pair %s %s: scan Jaccard %.4f, truth %.4f", f[0], f[1], got, j)
		}
		if j >= 0.8 {
			at80++
			if ok {
				found80++
			}
		}
		if j >= 0.85 {
			at85++
			if ok {
				found85++
			}
		}
	}
	if at85 < 100 {
		t.Fatalf("only %d truth pairs at 0.85 or above: the corpus tests little", at85)
	}
	if float64(found85) < 0.99*float64(at85) {
		t.Errorf("found %d of %d truth pairs at J >= 0.85", found85, at85)
	}
	var buf bytes.Buffer
	resPath := filepath.Join(t.TempDir(), "r.json")
	if err := os.WriteFile(resPath, mustJSON(t, res), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := evalRecall(&buf, out, resPath, 0.8); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("recall at J >= 0.80: %d/%d = ", found80, at80)
	if !strings.Contains(buf.String(), want) {
		t.Errorf("recall report %q does not contain %q", buf.String(), want)
	}
}

// startID turns "path:start-end" into "path:start", the truth's form.
func startID(id string) string {
	i := strings.LastIndex(id, "-")
	return id[:i]
}

func mustJSON(t *testing.T, r *dedup.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.JSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
