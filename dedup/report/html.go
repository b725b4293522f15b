package report

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"
	"unicode"

	"github.com/dedup/dedup/dedup"
)

// HTML writes a self-contained report of r: one file with its styles and
// script inline and no network requests, rendered by html/template so that
// every piece of document text is escaped. texts holds the clustered
// documents' text by document id; a member without one is listed without
// its text.
func HTML(w io.Writer, r *dedup.Result, texts map[string]dedup.DocText) error {
	d := newHTMLData(r, texts)
	d.Members = []jsCluster{}
	for _, c := range d.Clusters {
		jc := jsCluster{Pairs: [][2]jsMember{}}
		for _, p := range c.Pairs {
			jc.Pairs = append(jc.Pairs, [2]jsMember{jsDoc(p[0]), jsDoc(p[1])})
		}
		d.Members = append(d.Members, jc)
	}
	return htmlReport.Execute(w, d)
}

type htmlData struct {
	R          *dedup.Result
	Members    []jsCluster // each cluster's members, drawn by the page's script
	Histogram  template.HTML
	Clusters   []htmlCluster
	Generator  string
	Collisions []dedup.TitleCollision
	Contained  []dedup.ContainedCopy
}

type htmlCluster struct {
	dedup.Cluster
	Best    float64
	Titles  string
	Sources string
	// Pairs are the representative beside each other member, their texts
	// marked by a word diff of the two.
	Pairs [][2]htmlMember
}

type htmlMember struct {
	dedup.Member
	Lines []htmlLine
}

type htmlLine struct {
	N     int
	Spans []htmlSpan
}

// htmlSpan is a run of a line's text, Shared when its words are in a
// 5-word run the other side of the comparison holds too.
type htmlSpan struct {
	Text   string
	Shared bool
}

func newHTMLData(r *dedup.Result, texts map[string]dedup.DocText) htmlData {
	d := htmlData{R: r, Collisions: r.TitleCollisions, Contained: r.Contained}
	var sims []float64
	for _, c := range r.Clusters {
		hc := htmlCluster{Cluster: c}
		var titles, sources []string
		for _, p := range c.Pairs {
			hc.Best = math.Max(hc.Best, p.Jaccard)
			sims = append(sims, p.Jaccard)
		}
		for _, m := range c.Members {
			if m.Title != "" && !contains(titles, m.Title) {
				titles = append(titles, m.Title)
			}
			if m.Source != "" && !contains(sources, m.Source) {
				sources = append(sources, m.Source)
			}
		}
		hc.Titles, hc.Sources = strings.Join(titles, " · "), strings.Join(sources, " · ")
		rep := texts[c.Members[0].Doc]
		for _, m := range c.Members[1:] {
			a, b := diffLines(rep, texts[m.Doc])
			hc.Pairs = append(hc.Pairs, [2]htmlMember{{Member: c.Members[0], Lines: a}, {Member: m, Lines: b}})
		}
		d.Clusters = append(d.Clusters, hc)
	}
	d.Histogram = histogram(sims)
	return d
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

const gramWords = 5

// words splits a line into words (runs of letters and digits) and the text
// between them, lower-cased words for matching.
func lineWords(l string) (parts []string, isWord []bool) {
	start, inWord := 0, false
	for i, r := range l {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if i > 0 && w != inWord {
			parts, isWord = append(parts, l[start:i]), append(isWord, inWord)
			start = i
		}
		inWord = w
	}
	if start < len(l) {
		parts, isWord = append(parts, l[start:]), append(isWord, inWord)
	}
	return parts, isWord
}

// grams returns the 5-word runs of a text, lower-cased (for texts too
// different for the word diff).
func grams(lines []string) map[string]bool {
	var ws []string
	for _, l := range lines {
		parts, isWord := lineWords(l)
		for i, p := range parts {
			if isWord[i] {
				ws = append(ws, strings.ToLower(p))
			}
		}
	}
	g := map[string]bool{}
	for i := 0; i+gramWords <= len(ws); i++ {
		g[strings.Join(ws[i:i+gramWords], " ")] = true
	}
	return g
}

// markShared splits each line of t into spans, marking the words that
// are in a 5-word run of other.
func markShared(t dedup.DocText, other map[string]bool) []htmlLine {
	words, at, parts, kinds := wordsOf(t.Lines)
	in := make([]bool, len(words))
	for i := 0; i+gramWords <= len(words); i++ {
		if other[strings.Join(words[i:i+gramWords], " ")] {
			for j := i; j < i+gramWords; j++ {
				in[j] = true
			}
		}
	}
	return spans(t, parts, kinds, at, in)
}

// histogram draws the similarities of the verified pairs in 0.05 bins as
// an inline SVG.
func histogram(sims []float64) template.HTML {
	const bins, w, h = 20, 400, 120
	counts := make([]int, bins)
	top := 1
	for _, s := range sims {
		i := min(bins-1, int(s*bins))
		counts[i]++
		top = max(top, counts[i])
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" aria-label="similarity of verified pairs">`, w, h+20)
	for i, c := range counts {
		bh := float64(h) * float64(c) / float64(top)
		fmt.Fprintf(&b, `<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="#4a78b5"><title>%.2f–%.2f: %d</title></rect>`, i*w/bins, float64(h)-bh, w/bins-2, bh, float64(i)/bins, float64(i+1)/bins, c)
	}
	for _, x := range []float64{0, 0.5, 1} {
		fmt.Fprintf(&b, `<text x="%.0f" y="%d" font-size="11" text-anchor="middle">%.1f</text>`, math.Min(x*w, w-8)+4, h+15, x)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // numbers only: nothing from the input
}

var htmlFuncs = template.FuncMap{
	"f4": func(x float64) string { return fmt.Sprintf("%.4f", x) },
}

// jsCluster is what the page's script draws for one cluster: its
// representative beside each other member, each pair marked by a word
// diff (shared words, and words deleted on the left or inserted on the
// right). It goes into the page as JSON
// (escaped by html/template for the script element) and is put into the
// DOM with textContent when the cluster is shown, so no document text is
// ever parsed as markup, and a browser reads 10,000 clusters of it far
// faster than the same markup.
type jsCluster struct {
	Pairs [][2]jsMember `json:"pairs"`
}

type jsMember struct {
	Doc        string  `json:"doc"`
	Title      string  `json:"title"`
	Similarity float64 `json:"sim"`
	// Lines are [line number, text, shared, text, shared, ...]: the
	// line's runs of text alternate between not shared and shared,
	// starting with not shared.
	Lines [][]any `json:"lines"`
}

func jsDoc(m htmlMember) jsMember {
	j := jsMember{Doc: m.Doc, Title: m.Title, Similarity: m.Similarity, Lines: [][]any{}}
	for _, l := range m.Lines {
		row := []any{l.N, ""} // the first run is not shared, maybe empty
		shared := false
		for _, sp := range l.Spans {
			if sp.Shared != shared {
				row = append(row, "")
				shared = sp.Shared
			}
			row[len(row)-1] = row[len(row)-1].(string) + sp.Text
		}
		j.Lines = append(j.Lines, row)
	}
	return j
}

var htmlReport = template.Must(template.New("report").Funcs(htmlFuncs).Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dedup report: {{len .R.Clusters}} clusters</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 1.5em 3em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; } td, th { padding: .2em .6em; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
th { cursor: pointer; user-select: none; } .num { text-align: right; font-variant-numeric: tabular-nums; }
.cluster { border-top: 2px solid #4a78b5; margin-top: 2em; padding-top: .5em; }
.cluster.current { background: #f5f8fc; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.doc { font-size: 13px; border: 1px solid #ddd; padding: .5em; overflow-wrap: anywhere; }
.doc h4 { margin: 0 0 .4em; font-size: 13px; }
.doc p { margin: 0; padding-left: 3.8em; text-indent: -3.8em; }
.doc p::before { content: attr(data-n); display: inline-block; width: 3.2em; margin-right: .6em; text-align: right; color: #999; text-indent: 0; }
.doc mark { background: #fff1a8; } .doc del, .doc ins { text-decoration: none; background: #fde0e0; }
#filter { padding: .3em; width: 20em; } .hidden { display: none; }
@media print { #filter, .nav { display: none; } .cluster { page-break-inside: avoid; } .pair { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<h1>dedup report</h1>
<section id="summary">
<p>{{.R.Stats.Files}} files, {{.R.Stats.Documents}} documents, {{.R.Stats.CandidatePairs}} candidate pairs, {{.R.Stats.VerifiedPairs}} verified pairs, <strong>{{.R.Stats.Clusters}} clusters</strong> at threshold {{.R.Params.Threshold}} ({{.R.Params.Bands}} bands × {{.R.Params.Rows}} rows, {{.R.Params.K}}-word shingles, split {{.R.Params.Split}}).</p>
<p class="nav">Keys: <kbd>j</kbd> next cluster, <kbd>k</kbd> previous. Highlighted text (<code>mark</code>) is shared with the other side, a run of five words or more; red text is not: deleted on the left (<code>del</code>), inserted on the right (<code>ins</code>).</p>
</section>
<section id="histogram"><h2>Similarity of the verified pairs</h2>{{.Histogram}}</section>
<section id="cluster-list"><h2>Clusters</h2>
<input id="filter" type="search" placeholder="filter by title, source or path">
<table id="clusters"><thead><tr><th data-key="id">#</th><th data-key="size" class="num">size</th><th data-key="best" class="num">best similarity</th><th data-key="title">titles</th><th data-key="source">sources</th></tr></thead><tbody>
{{range .Clusters}}<tr data-id="{{.ID}}" data-size="{{.Size}}" data-best="{{.Best}}" data-title="{{.Titles}}" data-source="{{.Sources}}"><td><a href="#cluster-{{.ID}}">{{.ID}}</a></td><td class="num">{{.Size}}</td><td class="num">{{f4 .Best}}</td><td>{{.Titles}}</td><td>{{.Sources}}</td></tr>
{{end}}</tbody></table>
</section>
<section id="details">
{{range $i, $c := .Clusters}}<article class="cluster" id="cluster-{{.ID}}" data-index="{{$i}}" data-filter="{{.Titles}} {{.Sources}} {{range .Members}}{{.Path}} {{end}}">
<h3>Cluster {{.ID}}: {{.Size}} documents</h3>
</article>
{{end}}</section>
<script type="application/json" id="members">{{.Members}}</script>
{{if .Contained}}<section id="contained"><h2>Copies inside longer documents</h2><table>
{{range .Contained}}<tr><td>{{.A.Doc}}</td><td>{{.B.Path}}:{{.AlignedStartLine}}-{{.AlignedEndLine}} (within {{.B.StartLine}}-{{.B.EndLine}})</td><td class="num">{{f4 .Containment}}</td></tr>
{{end}}</table></section>{{end}}
{{if .Collisions}}<section id="title-collisions"><h2>Headline collisions</h2><table>
{{range .Collisions}}<tr><td>{{.A.Doc}}</td><td>{{.B.Doc}}</td><td>{{.TitleA}}</td><td class="num">{{f4 .Similarity}}</td></tr>
{{end}}</table></section>{{end}}
<script>
(function () {
  var clusters = Array.prototype.slice.call(document.querySelectorAll('.cluster'));
  var current = -1;
  // A cluster's members are rendered when it comes near the screen, so a
  // report of many thousands of clusters opens at once.
  var members = JSON.parse(document.getElementById('members').textContent);
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function doc(m, other, withSim) {
    var d = el('div', 'doc member');
    d.dataset.doc = m.doc;
    d.appendChild(el('h4', '', m.doc + ' · ' + m.title + (withSim ? ' · similarity ' + m.sim.toFixed(4) : '')));
    m.lines.forEach(function (l) {
      var p = el('p');
      p.dataset.n = l[0];
      for (var k = 1; k < l.length; k++) {
        if (l[k] === '') continue;
        p.appendChild(el(k % 2 === 0 ? 'mark' : other, '', l[k]));
      }
      d.appendChild(p);
    });
    return d;
  }
  function show(c) {
    var i = c.dataset.index, m = members[i];
    if (m === null) return;
    m.pairs.forEach(function (p) {
      var pair = el('div', 'pair');
      pair.appendChild(doc(p[0], 'del', false));
      pair.appendChild(doc(p[1], 'ins', true));
      c.appendChild(pair);
    });
    members[i] = null;
  }
  if ('IntersectionObserver' in window) {
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) { show(e.target); seen.unobserve(e.target); } });
    }, {rootMargin: '600px'});
    clusters.forEach(function (c) { seen.observe(c); });
  } else {
    clusters.forEach(show);
  }
  window.addEventListener('beforeprint', function () { clusters.forEach(show); });
  function go(i) {
    var shown = clusters.filter(function (c) { return !c.classList.contains('hidden'); });
    if (!shown.length) return;
    current = Math.max(0, Math.min(shown.length - 1, i));
    clusters.forEach(function (c) { c.classList.remove('current'); });
    shown[current].classList.add('current');
    show(shown[current]);
    shown[current].scrollIntoView({block: 'start'});
  }
  document.addEventListener('keydown', function (e) {
    if (e.target.tagName === 'INPUT') return;
    if (e.key === 'j') go(current + 1);
    if (e.key === 'k') go(current - 1);
  });
  var filter = document.getElementById('filter');
  filter.addEventListener('input', function () {
    var q = filter.value.toLowerCase();
    document.querySelectorAll('#clusters tbody tr').forEach(function (tr) {
      var c = document.getElementById('cluster-' + tr.dataset.id);
      var hit = (tr.dataset.title + ' ' + tr.dataset.source + ' ' + c.dataset.filter).toLowerCase().indexOf(q) >= 0;
      tr.classList.toggle('hidden', !hit);
      c.classList.toggle('hidden', !hit);
    });
    current = -1;
  });
  document.querySelectorAll('#clusters th').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.dataset.key, body = document.querySelector('#clusters tbody');
      var rows = Array.prototype.slice.call(body.rows);
      var num = key === 'id' || key === 'size' || key === 'best';
      rows.sort(function (a, b) {
        var x = a.dataset[key], y = b.dataset[key];
        return num ? (parseFloat(y) - parseFloat(x)) : x.localeCompare(y);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
</script>
</body>
</html>
`))
