// Command plot draws the scaling figure of BENCHMARKS.md from a CSV of
// measurements (columns: documents, seconds, peak_rss_mb) as an SVG with
// two panels, time and peak memory against the number of documents, both
// on log-log axes, so linear growth is a line of slope one.
//
//	go run ./plot results.csv > scale.svg
package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

type point struct{ n, secs, rss float64 }

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: plot results.csv > scale.svg")
		os.Exit(2)
	}
	pts, err := read(os.Args[1])
	if err != nil {
		fmt.Fprintf(os.Stderr, "plot: error: %v\n", err)
		os.Exit(2)
	}
	draw(os.Stdout, pts)
}

func read(path string) ([]point, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var pts []point
	for i, r := range rows {
		if i == 0 || len(r) < 3 {
			continue
		}
		var p point
		var errs [3]error
		p.n, errs[0] = strconv.ParseFloat(r[0], 64)
		p.secs, errs[1] = strconv.ParseFloat(r[1], 64)
		p.rss, errs[2] = strconv.ParseFloat(r[2], 64)
		for _, e := range errs {
			if e != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, i+1, e)
			}
		}
		pts = append(pts, p)
	}
	if len(pts) < 2 {
		return nil, fmt.Errorf("%s: need at least two rows", path)
	}
	return pts, nil
}

func draw(w io.Writer, pts []point) {
	const pw, ph, margin = 360, 260, 60
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", 2*(pw+margin)+margin, ph+2*margin)
	fmt.Fprintf(w, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	panel(w, margin, margin, pw, ph, "Time (s)", pts, func(p point) float64 { return p.secs })
	panel(w, 2*margin+pw, margin, pw, ph, "Peak RSS (MB)", pts, func(p point) float64 { return p.rss })
	fmt.Fprintln(w, "</svg>")
}

func panel(w io.Writer, x0, y0, pw, ph float64, title string, pts []point, val func(point) float64) {
	minX, maxX := math.Log10(pts[0].n), math.Log10(pts[len(pts)-1].n)
	minY, maxY := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		minY, maxY = math.Min(minY, math.Log10(val(p))), math.Max(maxY, math.Log10(val(p)))
	}
	minY, maxY = math.Floor(minY), math.Ceil(maxY)
	if maxY == minY {
		maxY++
	}
	px := func(n float64) float64 { return x0 + (math.Log10(n)-minX)/(maxX-minX)*pw }
	py := func(v float64) float64 { return y0 + ph - (math.Log10(v)-minY)/(maxY-minY)*ph }
	fmt.Fprintf(w, `<text x="%.0f" y="%.0f" text-anchor="middle" font-weight="bold">%s vs documents</text>`+"\n", x0+pw/2, y0-20, title)
	fmt.Fprintf(w, `<rect x="%.0f" y="%.0f" width="%.0f" height="%.0f" fill="none" stroke="#888"/>`+"\n", x0, y0, pw, ph)
	for e := minY; e <= maxY; e++ {
		y := y0 + ph - (e-minY)/(maxY-minY)*ph
		fmt.Fprintf(w, `<line x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f" stroke="#ddd"/>`+"\n", x0, y, x0+pw, y)
		fmt.Fprintf(w, `<text x="%.0f" y="%.1f" text-anchor="end">%s</text>`+"\n", x0-6, y+4, strconv.FormatFloat(math.Pow(10, e), 'f', -1, 64))
	}
	var path []string
	for _, p := range pts {
		x, y := px(p.n), py(val(p))
		path = append(path, fmt.Sprintf("%.1f,%.1f", x, y))
		fmt.Fprintf(w, `<circle cx="%.1f" cy="%.1f" r="4" fill="#1f77b4"/>`+"\n", x, y)
		fmt.Fprintf(w, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", x, y0+ph+16, human(p.n))
		fmt.Fprintf(w, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="#1f77b4">%s</text>`+"\n", x, y-8, strconv.FormatFloat(val(p), 'f', -1, 64))
	}
	fmt.Fprintf(w, `<polyline points="%s" fill="none" stroke="#1f77b4" stroke-width="2"/>`+"\n", strings.Join(path, " "))
	fmt.Fprintf(w, `<text x="%.0f" y="%.0f" text-anchor="middle">documents (log scale)</text>`+"\n", x0+pw/2, y0+ph+36)
}

func human(n float64) string {
	switch {
	case n >= 1e6:
		return strconv.FormatFloat(n/1e6, 'f', -1, 64) + "M"
	case n >= 1e3:
		return strconv.FormatFloat(n/1e3, 'f', -1, 64) + "k"
	}
	return strconv.FormatFloat(n, 'f', -1, 64)
}
