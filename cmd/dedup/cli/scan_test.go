package cli

import (
	"context"
	"strings"
	"testing"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/segment"
)

func TestNewCmdScanFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		args    string
		wantErr string
		check   func(*ScanOptions) bool
	}{
		{name: "defaults", args: "seeds", check: func(o *ScanOptions) bool {
			return o.Dedup.Threshold == 0.8 && o.Dedup.ShingleSize == 5 && o.Dedup.NumHashes == 128 &&
				o.Format == "table" && o.Dedup.Split == segment.Auto && o.Dedup.Bands == 0 && len(o.Paths) == 1
		}},
		{name: "all flags", args: "--threshold 0.5 --shingle-size 3 --num-hashes 64 --bands 8 --rows 8 --split none --min-words 5 --with-headers --include *.text --exclude drafts --jobs 3 --format json --exit-code -q a b",
			check: func(o *ScanOptions) bool {
				d := o.Dedup
				return d.Threshold == 0.5 && d.ShingleSize == 3 && d.NumHashes == 64 && d.Bands == 8 && d.Rows == 8 &&
					d.Split == segment.None && d.MinWords == 5 && d.WithHeaders && d.Include[0] == "*.text" &&
					d.Exclude[0] == "drafts" && d.Jobs == 3 && o.Format == "json" && o.ExitCode && o.Quiet &&
					strings.Join(o.Paths, ",") == "a,b"
			}},
		{name: "threshold 1 allowed", args: "--threshold 1 x", check: func(o *ScanOptions) bool { return o.Dedup.Threshold == 1 }},
		{name: "threshold too high", args: "--threshold 1.5 x", wantErr: "--threshold must be between 0 and 1 (got 1.5)"},
		{name: "threshold negative", args: "--threshold -0.1 x", wantErr: "--threshold must be between 0 and 1"},
		{name: "bad format", args: "--format yaml x", wantErr: `invalid argument "yaml" for "--format" flag: must be one of table, json`},
		{name: "bad split", args: "--split lines x", wantErr: "must be one of auto, none"},
		{name: "rows alone", args: "--rows 4 x", wantErr: "--bands and --rows must be given together"},
		{name: "shingle size zero", args: "--shingle-size 0 x", wantErr: "shingle size must be between 1 and 100"},
		{name: "no paths", args: "", wantErr: "requires at least 1 arg"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ios, _, _, _ := Test()
			var got *ScanOptions
			cmd := NewCmdScan(ios, func(o *ScanOptions) error { got = o; return nil })
			cmd.SetArgs(strings.Fields(tc.args))
			cmd.SetOut(ios.Out)
			cmd.SetErr(ios.ErrOut)
			cmd.SilenceUsage, cmd.SilenceErrors = true, true
			err := cmd.Execute()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(got) {
				t.Errorf("options %+v", got)
			}
		})
	}
}

func runOnSeeds(t *testing.T, tty bool, format string) (string, string, error) {
	t.Helper()
	ios, _, out, errOut := Test()
	ios.OutTTY = tty
	o := &ScanOptions{IO: ios, Paths: []string{"../../../seeds"}, Format: format, Dedup: dedup.DefaultOptions()}
	err := runScan(context.Background(), o)
	return out.String(), errOut.String(), err
}

func TestScan_tty(t *testing.T) {
	t.Parallel()
	out, errOut, err := runOnSeeds(t, true, "table")
	if err != nil || errOut != "" {
		t.Fatalf("err %v, stderr %q", err, errOut)
	}
	if !strings.Contains(out, "┌") || !strings.Contains(out, "│ ../../../seeds/002_faa7436319fd51a6.txt:109-131") {
		t.Errorf("terminal table has no borders:\n%s", out)
	}
}

func TestScan_nontty(t *testing.T) {
	t.Parallel()
	out, _, err := runOnSeeds(t, false, "table")
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out, "┌│─└\x1b…") {
		t.Errorf("piped table has box drawing, colour or ellipsis:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing space in %q", l)
		}
	}
	if !strings.Contains(out, "\n../../../seeds/002_faa7436319fd51a6.txt:109-131  ") {
		t.Errorf("member row missing:\n%s", out)
	}
}
