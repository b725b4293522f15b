package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dedup/dedup/cmd/dedup/cli"
)

// TestBadInputs runs `dedup scan FILE` on every hostile input in
// testdata/bad. Each states its expectation in "expect:" header lines, or
// in a sidecar FILE.expect when the file cannot hold text:
//
//	expect: exit N
//	expect-stderr: REGEXP   (a line of stderr must match)
//	expect-stdout: REGEXP   (a line of stdout must match)
func TestBadInputs(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("../../testdata/bad/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".expect") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			spec, err := os.ReadFile(f + ".expect")
			if err != nil {
				spec, err = os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
			}
			wantExit := -1
			var stderrRE, stdoutRE []*regexp.Regexp
			for _, line := range strings.Split(string(spec), "\n") {
				k, v, ok := strings.Cut(line, ": ")
				switch {
				case !ok:
				case k == "expect":
					wantExit, err = strconv.Atoi(strings.TrimPrefix(v, "exit "))
					if err != nil {
						t.Fatalf("bad expect line %q", line)
					}
				case k == "expect-stderr":
					stderrRE = append(stderrRE, regexp.MustCompile("(?m)"+v))
				case k == "expect-stdout":
					stdoutRE = append(stdoutRE, regexp.MustCompile("(?m)"+v))
				}
			}
			if wantExit < 0 {
				t.Fatalf("%s has no expect: line", f)
			}
			ios, _, out, errOut := cli.Test()
			code := cli.Main([]string{"scan", f}, ios)
			if code != wantExit {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, wantExit, errOut)
			}
			check(t, "stderr", errOut, stderrRE)
			check(t, "stdout", out, stdoutRE)
			if wantExit == 0 && errOut.Len() > 0 {
				t.Errorf("unexpected stderr: %s", errOut)
			}
			if wantExit == 2 && strings.Count(errOut.String(), "dedup: error:") != 1 {
				t.Errorf("want exactly one error line, got:\n%s", errOut)
			}
		})
	}
	if n < 5 {
		t.Errorf("only %d bad inputs found", n)
	}
}

func check(t *testing.T, name string, buf *bytes.Buffer, res []*regexp.Regexp) {
	t.Helper()
	for _, re := range res {
		if !re.Match(buf.Bytes()) {
			t.Errorf("%s does not match %q:\n%s", name, re, buf)
		}
	}
}
