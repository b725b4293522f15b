package cli

import (
	"fmt"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/dedup/dedup/dedup"
)

// progress draws a progress bar on standard error while a scan runs: files
// and documents done, MB/s and time left. It is used only when standard
// error is a terminal, so logs and pipes never see it, and it is cleared
// when the scan ends so the report starts on a clean screen.
type progress struct {
	ios   *IOStreams
	bar   *progressbar.ProgressBar
	phase string
}

func (p *progress) update(pr dedup.Progress) {
	if pr.Phase != p.phase {
		p.clear()
		p.phase = pr.Phase
		max, bytes := pr.TotalBytes, true
		if max <= 0 {
			max, bytes = int64(pr.TotalFiles), false
		}
		p.bar = progressbar.NewOptions64(max,
			progressbar.OptionSetWriter(p.ios.ErrOut),
			progressbar.OptionShowBytes(bytes),
			progressbar.OptionSetWidth(20),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		)
	}
	switch pr.Phase {
	case "read":
		p.bar.Describe(fmt.Sprintf("reading %d/%d files, %d documents", pr.Files, pr.TotalFiles, pr.Documents))
	default:
		p.bar.Describe(fmt.Sprintf("verifying %d/%d files", pr.Files, pr.TotalFiles))
	}
	if pr.TotalBytes > 0 {
		_ = p.bar.Set64(pr.Bytes)
	} else {
		_ = p.bar.Set64(int64(pr.Files))
	}
}

// clear removes the bar from the terminal.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
		p.bar = nil
	}
}

// startProgress attaches a progress bar to o when standard error is a
// terminal and the user did not ask for quiet, and returns the function
// that clears it.
func startProgress(ios *IOStreams, quiet bool, o *dedup.Options) (done func()) {
	if !ios.ErrTTY || quiet {
		return func() {}
	}
	bar := &progress{ios: ios}
	o.Progress = bar.update
	return bar.clear
}
