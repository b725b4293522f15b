package segment

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// censusFile is an aggregated page in one layout: a headline over a time
// stamp in a form no date table knows ("12.06.23 · 07:40"), so only its
// shape marks the headers.
func censusFile(n int, preamble bool) string {
	var b strings.Builder
	if preamble {
		b.WriteString("Home | World | Business | Sport | Culture | Opinion | Weather | Contact us\n\n")
	}
	for k := range n {
		fmt.Fprintf(&b, "Story %d of the day in review\n1%d.06.23 · 0%d:40\n\n%s\n", k+1, k, k, body(3, fmt.Sprint("topic", k)))
	}
	return b.String()
}

func linesOf(t *testing.T, text string) []string {
	t.Helper()
	lines, err := Lines([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

func starts(arts []Article) []int {
	var out []int
	for _, a := range arts {
		out = append(out, a.StartLine)
	}
	return out
}

func TestCensusSharesADropsLayout(t *testing.T) {
	var c Census
	for range 8 {
		c.Add(linesOf(t, censusFile(3, false)))
	}
	for range 2 {
		c.Add(linesOf(t, body(6, "a plain file")))
	}
	lay := c.Layout(3)
	if got := lay.Shapes(); !slices.Equal(got, []string{"TD"}) {
		t.Fatalf("layout shapes %q, want [TD]", got)
	}
	// A page that opens with navigation and has two stories: alone it
	// shows no layout of its own; with the drop's it splits.
	page := linesOf(t, censusFile(2, true))
	if got := starts(Split(page, Auto)); len(got) != 1 {
		t.Fatalf("alone: article starts %v, want the whole page as one", got)
	}
	// (The navigation line joins the first story, as a short preamble
	// does.)
	if got, want := starts(SplitLayout(page, Auto, lay)), []int{1, 10}; !slices.Equal(got, want) {
		t.Errorf("with the drop's layout: article starts %v, want %v", got, want)
	}
	// A file with a layout of its own keeps it.
	own := linesOf(t, "Harbour plans approved\nBy Jane Doe\nMarch 3, 2024\n\n"+body(3, "harbour")+"\nWhat the plan means\n12.06.23 · 07:40\n\n"+body(2, "plan"))
	if got := starts(SplitLayout(own, Auto, lay)); !slices.Equal(got, starts(Split(own, Auto))) {
		t.Errorf("a file with its own layout: starts %v with the drop's layout, %v without", got, starts(Split(own, Auto)))
	}
}

func TestCensusNeedsManyFiles(t *testing.T) {
	var c Census
	c.Add(linesOf(t, censusFile(3, false)))
	c.Add(linesOf(t, censusFile(3, false)))
	for range 20 {
		c.Add(linesOf(t, body(6, "plain")))
	}
	if lay := c.Layout(3); lay != nil {
		t.Errorf("two files of 22 gave the layout %q", lay.Shapes())
	}
	var d Census
	for range 3 {
		d.Add(linesOf(t, censusFile(3, false)))
	}
	for range 20 {
		d.Add(linesOf(t, body(6, "plain")))
	}
	if lay := d.Layout(3); lay != nil {
		t.Errorf("three files of 23 (under a fifth) gave the layout %q", lay.Shapes())
	}
}
