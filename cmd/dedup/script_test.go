package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/dedup/dedup/cmd/dedup/cli"
)

var update = flag.Bool("update", false, "rewrite the golden output in testdata/script")

// statusFile is where the test build of dedup leaves its exit code, so
// scripts can assert the exact status with the status command.
const statusEnv = "DEDUP_TEST_STATUS_FILE"

func TestMain(m *testing.M) {
	// The crash test runs the test binary itself as dedup.
	if os.Getenv("DEDUP_TEST_MAIN") == "1" {
		os.Exit(cli.Main(os.Args[1:], cli.System()))
	}
	testscript.Main(m, map[string]func(){
		"dedup": func() {
			code := cli.Main(os.Args[1:], cli.System())
			if f := os.Getenv(statusEnv); f != "" {
				_ = os.WriteFile(f, []byte(strconv.Itoa(code)), 0o644)
			}
			os.Exit(code)
		},
	})
}

// TestScript runs the CLI golden tests in testdata/script. Each script
// starts with a copy of seeds/ in its work directory.
func TestScript(t *testing.T) {
	t.Parallel()
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv(statusEnv, filepath.Join(env.WorkDir, ".status"))
			return copyDir("../../seeds", filepath.Join(env.WorkDir, "seeds"))
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// status N: the last dedup command exited with status N.
			"status": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 || neg {
					ts.Fatalf("usage: status N")
				}
				got := strings.TrimSpace(ts.ReadFile(".status"))
				// A status is read once, so a later check cannot see a stale one.
				ts.Check(os.Remove(ts.MkAbs(".status")))
				if got != args[0] {
					ts.Fatalf("dedup exited with status %s, want %s", got, args[0])
				}
			},
		},
	})
}

func copyDir(src, dst string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return fmt.Errorf("copy seeds: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
