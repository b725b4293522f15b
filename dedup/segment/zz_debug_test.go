package segment

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("DBG_FILE")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		k := classify(l)
		if k.blank {
			continue
		}
		if len(l) > 70 {
			l = l[:70]
		}
		fmt.Printf("%3d shape=%c short=%v date=%v by=%v bp=%v %q\n", i+1, max(k.shape, ' '), k.short, k.date, k.by, k.boilerplate, l)
	}
	for _, a := range Split(lines, Auto) {
		fmt.Println("ART", a.StartLine, a.EndLine, a.Title)
	}
}
