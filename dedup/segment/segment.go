// Package segment splits a text file that may hold several articles (an
// export from a news database, an aggregator or blog page) into articles,
// and reads each article's header metadata: title, byline, source, date.
//
// # Header blocks
//
// An article starts at a header block: a short run of header lines around
// an anchor. The anchor is a date line ("Mon, March 25, 2024", "Updated
// Mon, March 25, 2024", "NPR/March 24, 2024", "25 mars 2024",
// "2024-03-25") or a by-line ("By Brian Mann"). Up to three short lines just
// before the anchor (a title, a byline such as "Fred Kaplan" or "Frank
// Gardner - BBC security correspondent", an outlet such as "SLATE") and
// by-lines, further date lines and outlet or language lines just after it
// belong to the block. Blank lines and export field lines ("Length: 850
// words", "Section: NEWS") may separate them, so the layouts of news
// database exports (LexisNexis, Factiva) split into their documents too.
// A standfirst (one sentence between the headline and the date) is a
// header line. A block needs at least two header lines unless it opens
// the file, so a lone date inside a body does not split it; a reader's
// comment head ("Anna says:") is chrome, so a comment's date starts no
// article.
//
// Text before the first block, when there is any, is an article of its own
// without metadata. Each article ends before the next block; blank lines
// and known site chrome at its end ("No comments:", "Post a Comment",
// copyright lines, "To see more documents/articles regarding ...") are
// left out of its line range.
//
// # Boilerplate
//
// Lines that match [IsBoilerplate] are never part of an article's body,
// wherever they stand, so shared chrome cannot make two articles look alike.
//
// # Drop layouts
//
// A file that shows no header layout of its own (it opens with a site's
// navigation, or has too few articles for its header shape to recur)
// can take the layout the other files of its drop share: [Census] counts
// the shapes files teach, [SplitLayout] splits with them. Only specific
// shapes carry over (two header lines or more, one a date, a by-line, a
// field, a counter or a one-line header); a file with a layout of its own
// keeps it.
//
// # Limits
//
// The rules are patterns, not a model of every publisher's layout: a short
// line without final punctuation just before a date can be taken for a
// title. Use [None] to treat a file as one article.
package segment

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mode says whether and how files are split.
type Mode int

const (
	// Auto splits at header blocks.
	Auto Mode = iota
	// None treats the whole file as one article without metadata.
	None
)

// String returns the flag spelling of m.
func (m Mode) String() string {
	if m == None {
		return "none"
	}
	return "auto"
}

// Article is one article of a file. Line numbers are 1-based; StartLine and
// EndLine are inclusive.
type Article struct {
	StartLine, EndLine int
	Title              string
	Byline             string
	Source             string
	Date               string
	// Header holds the line numbers of the header block.
	Header []int
	// Body holds the line numbers of the article's text: every non-blank
	// line in range that is neither a header line nor boilerplate.
	Body []int
}

// Split divides a file, given as its lines without line terminators, into
// articles. Articles are in file order and their line ranges do not overlap.
// A file with no text gives no articles. The articles' strings are copies:
// they do not share memory with lines.
func Split(lines []string, mode Mode) []Article {
	return SplitLayout(lines, mode, nil)
}

// SplitLayout is [Split] with the header layout a drop of files shares
// (see [Census]): a file that shows no layout of its own starts articles
// where its headers have one of drop's shapes. drop may be nil.
func SplitLayout(lines []string, mode Mode, drop *Layout) []Article {
	return splitFile(lines, mode, drop, nil)
}

// splitFile is SplitLayout that also appends the header shapes the file
// itself showed to taught, when taught is not nil (for a Census). A
// hard-wrapped file is split as its logical lines (see unwrap).
func splitFile(lines []string, mode Mode, drop *Layout, taught *[]string) []Article {
	if mode == Auto {
		if u, ok := unwrap(lines); ok {
			return rawBodies(lines, u.physical(splitLines(u.lines, mode, drop, taught)))
		}
	}
	return splitLines(lines, mode, drop, taught)
}

// splitLines is splitFile on lines as they are.
func splitLines(lines []string, mode Mode, drop *Layout, taught *[]string) []Article {
	kinds := make([]kind, len(lines))
	parsed := parsedLines{}
	counters := 0
	// cleaned is lines with the header lines and paragraph openings that
	// hold no-break or invisible spaces cleaned of them (cleanSpaces);
	// nil while there are none.
	var cleaned []string
	clean := func(i int) string {
		if cleaned == nil {
			cleaned = slices.Clone(lines)
		}
		cleaned[i] = cleanSpaces(lines[i])
		return cleaned[i]
	}
	for i, l := range lines {
		info := classify(l)
		if info.odd {
			l = clean(i)
			info = classify(l)
		}
		kinds[i] = info.kind
		if info.date || info.by {
			parsed[i] = info
		} else if !info.blank && !info.boilerplate && (i == 0 || kinds[i-1].blank || !info.short && underHeadline(kinds, i)) {
			// A paragraph that opens with a dateline.
			if hasOddSpace(l[:min(len(l), 96)]) {
				l = clean(i)
			}
			if d, src, ok := leadDateline(strings.TrimSpace(l)); ok {
				info.lead, info.dateText, info.dateSrc = true, d, src
				kinds[i] = info.kind
				parsed[i] = info
			}
		}
		if kinds[i].shape == shapeCounter {
			counters++
		}
	}
	raw := lines
	if cleaned != nil {
		lines = cleaned
	}
	codeFences(lines, kinds, parsed)
	inlineCode(lines, kinds, parsed)
	listContinuations(lines, kinds, parsed)
	chapterMarks(lines, kinds, parsed)
	scheduleTimes(lines, kinds, parsed)
	learnDateForms(lines, kinds, parsed)
	var blocks []block
	export := false
	if mode == Auto {
		if mail := mailBlocks(lines, kinds); mail != nil {
			blocks = mail
		} else if log := changelog(lines, kinds); log != nil {
			blocks = log
		} else if counters > 0 {
			blocks, export = counterBlocks(lines, kinds, parsed), true
		} else if found := findBlocks(lines, kinds, parsed); releaseLog(lines, kinds, found) {
			// The confident headers name versions in order: a NEWS file,
			// whatever else the layout would make of its items.
			blocks = nil
		} else {
			blocks = dropQuotedMail(lines, kinds, dropLoneLinks(kinds, found, firstContent(kinds)))
			blocks = learnLayout(lines, kinds, parsed, blocks, firstContent(kinds), drop, taught)
			blocks = dropQuotedMail(lines, kinds, blocks)
			blocks = dropSectionNumbers(lines, kinds, joinPreamble(kinds, blocks))
			blocks = trailerBlocks(lines, kinds, blocks)
			boxHeaders(lines, kinds, blocks)
		}
		if !export {
			blocks = joinPreamble(kinds, blocks)
			if releaseLog(lines, kinds, blocks) {
				blocks = nil // a NEWS file: one document
			}
		}
		if len(blocks) == 0 {
			blocks = openingHeadline(lines, kinds)
		}
	}
	var arts []Article
	start := 0 // 0-based index of the first line not yet in an article
	for bi := 0; bi <= len(blocks); bi++ {
		end := len(lines) // exclusive end of the current region
		if bi < len(blocks) {
			end = blocks[bi].start
		}
		// The region [start, end) belongs to the previous block, or is
		// preamble when there is none.
		var b *block
		if bi > 0 {
			b = &blocks[bi-1]
		}
		// An export's cover page ("Download Request: …", "Terms: …")
		// before its first document is no document.
		if b == nil && export && len(blocks) > 0 && cover(lines, kinds, start, end) {
			start = end
			continue
		}
		if a, ok := makeArticle(lines, kinds, start, end, b, export); ok {
			arts = append(arts, a)
		}
		start = end
	}
	extendFooters(lines, kinds, arts)
	if cleaned != nil {
		rawBodies(raw, arts)
	}
	return arts
}

// extendFooters ends each article after its own footer: boilerplate
// lines that close two articles or more of the file starting with the
// same word ("Posted by Jane Doe at 3:32 PM", "Load-Date: July 8, 2020",
// "End of Document") belong to the articles they close, as a post's
// by-line does. A footer the file has once, after its last article ("No
// comments:", "Post a Comment"), is the page's, and stays outside.
func extendFooters(lines []string, kinds []kind, arts []Article) {
	if len(arts) < 2 {
		return
	}
	// A footer is runs of boilerplate lines after the text, blank lines
	// between them: each run's first word and last line.
	type run struct {
		key  string
		last int // 1-based
	}
	runs := make([][]run, len(arts))
	count := map[string]int{}
	for n, a := range arts {
		next := len(lines)
		if n+1 < len(arts) {
			next = arts[n+1].StartLine - 1
		}
		for i := a.EndLine; i < next; i++ {
			if kinds[i].blank {
				continue
			}
			// Rules and one-word chrome ("* * *", "Advertisement") stand
			// between articles, not at the end of one.
			if !kinds[i].boilerplate || isRule(lines[i]) || !wordCountOver(strings.TrimSpace(lines[i]), 1) {
				break
			}
			if len(runs[n]) == 0 || kinds[i-1].blank {
				k := footerKey(lines[i])
				runs[n] = append(runs[n], run{key: k})
				if !slices.ContainsFunc(runs[n][:len(runs[n])-1], func(r run) bool { return r.key == k }) {
					count[k]++
				}
			}
			runs[n][len(runs[n])-1].last = i + 1
		}
	}
	for n := range arts {
		for _, r := range runs[n] {
			if count[r.key] < 2 {
				break
			}
			arts[n].EndLine = r.last
		}
	}
}

// footerKey is what footer lines of one file share: their first word,
// without digits ("Posted", "comments:", "Load-Date:"). It is part of
// line.
func footerKey(line string) string {
	t := strings.TrimFunc(line, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) })
	if i := strings.IndexByte(t, ' '); i > 0 {
		return t[:i]
	}
	return t
}

// chapterMarks finds the time stamps of a recording's chapters (show
// notes, a timed transcript: "00:00", "03:12", "1:02:45" alone on their
// lines, the first at zero and each later than the one before; or three
// or more clock times with seconds in brackets, "[12:06:00]", from any
// hour, as transcripts stamp their speakers) and reads
// them as short lines, not as times of day: they date nothing, so they
// start no article.
func chapterMarks(lines []string, kinds []kind, parsed parsedLines) {
	var marks []int
	last := -1
	bracketed := false // "[12:06:00]": a transcript's clock, from any hour
	for i, k := range kinds {
		if k.shape != shapeDate {
			continue
		}
		t := strings.TrimSpace(lines[i])
		b := len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']' && strings.Count(t, ":") == 2
		if !k.date && !b {
			continue
		}
		if b {
			t = t[1 : len(t)-1]
		}
		secs, ok := timeStamp(t)
		if !ok {
			continue
		}
		if len(marks) == 0 {
			bracketed = b
		}
		if b != bracketed || len(marks) == 0 && secs != 0 && !b || len(marks) > 0 && secs <= last {
			return
		}
		marks, last = append(marks, i), secs
	}
	if bracketed && len(marks) < 3 {
		return
	}
	if len(marks) < 2 {
		return
	}
	for _, i := range marks {
		kinds[i].date, kinds[i].shape = false, shapeShort
		delete(parsed, i)
	}
}

// codeFences reads the lines between Markdown code fences ("```" or
// "~~~" alone or with a language name, and the same fence closing it),
// and the fences, as body text: a comment in a code block ("# core
// libraries") heads nothing, a date in it starts no article. A fence
// never closed marks nothing.
func codeFences(lines []string, kinds []kind, parsed parsedLines) {
	open := -1
	fence := ""
	for i, l := range lines {
		j := 0
		for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
			j++
		}
		if len(l)-j < 3 || l[j] != '`' && l[j] != '~' {
			continue // almost every line: no fence
		}
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "```") && !strings.HasPrefix(t, "~~~") {
			continue
		}
		if open < 0 {
			open, fence = i, t[:3]
			continue
		}
		if t[:3] != fence || strings.TrimLeft(t, fence[:1]) != "" {
			continue
		}
		for j := open; j <= i; j++ {
			if !kinds[j].blank {
				kinds[j] = kind{shape: shapeProse}
				delete(parsed, j)
			}
		}
		open = -1
	}
}

// inlineCode reads the date and by-lines whose date or name stands in
// inline code ("- `iso` for ISO 8601 (`2000-10-10T13:55:36.000Z`)"), in
// a file that marks up code, without their code: a format or value shown
// in code dates nothing and names no one.
func inlineCode(lines []string, kinds []kind, parsed parsedLines) {
	var ticked []int
	for i, info := range parsed {
		if (info.date || info.by) && !info.lead && strings.IndexByte(lines[i], '`') >= 0 {
			ticked = append(ticked, i)
		}
	}
	if len(ticked) == 0 || !marksCode(lines) {
		return
	}
	for _, i := range ticked {
		rest := withoutCode(lines[i])
		if strings.TrimSpace(rest) == "" {
			// Code alone ("`2000-10-10T13:55:36.000Z`") is text, not
			// a blank line.
			kinds[i] = kind{shape: shapeProse}
			delete(parsed, i)
			continue
		}
		info := classify(rest)
		kinds[i] = info.kind
		if info.date || info.by {
			parsed[i] = info
		} else {
			delete(parsed, i)
		}
	}
}

// listContinuations reads a by-line that goes on a list item's sentence
// ("- bpo-46838: Improve syntax errors for function definitions. Patch"
// over "  by Pablo Galindo", "  courtesy of Joe Jevnik.") as the item's
// text: in lower case, at the item's text column, under a line of the
// item that does not end there.
func listContinuations(lines []string, kinds []kind, parsed parsedLines) {
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }
	for i := 1; i < len(lines); i++ {
		if !kinds[i].by || kinds[i].date || kinds[i-1].blank {
			continue
		}
		line := lines[i]
		col := indent(line)
		if col < 2 || !startsLower(line[col:]) || !unfinished(strings.TrimSpace(lines[i-1])) {
			continue
		}
		// Up over the item's wrapped lines, at the same column, to the
		// item's first line, its marker two columns to the left.
		j := i - 1
		for j > 0 && !kinds[j].blank && indent(lines[j]) == col {
			j--
		}
		item := lines[j]
		if kinds[j].blank || indent(item) != col-2 || len(item) < col+1 || item[col-1] != ' ' || item[col-2] != '-' && item[col-2] != '*' && item[col-2] != '+' {
			continue
		}
		kinds[i] = kind{shape: shapeProse}
		delete(parsed, i)
	}
}

// withoutAddresses is t without its web addresses: each runs from its
// scheme ("https://") to a space or the bracket that closes a link.
func withoutAddresses(t string) string {
	return withoutSpans(t, func(t string) (start, end int, ok bool) {
		i := strings.Index(t, "://")
		if i < 0 {
			return 0, 0, false
		}
		start = i
		for start > 0 && isSchemeByte(t[start-1]) {
			start--
		}
		end = i + 3
		for end < len(t) && t[end] != ' ' && t[end] != ')' && t[end] != ']' && t[end] != '>' {
			end++
		}
		return start, end, true
	})
}

func isSchemeByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'
}

// withoutCode is line without its inline code spans ("`npm install`").
func withoutCode(line string) string {
	return withoutSpans(line, func(t string) (start, end int, ok bool) {
		i := strings.IndexByte(t, '`')
		if i < 0 {
			return 0, 0, false
		}
		j := strings.IndexByte(t[i+1:], '`')
		if j < 0 {
			return 0, 0, false
		}
		return i, i + 2 + j, true
	})
}

// withoutSpans is t without the spans next finds, each from start to end
// in the rest of t, until it finds none.
func withoutSpans(t string, next func(string) (start, end int, ok bool)) string {
	var b strings.Builder
	for {
		start, end, ok := next(t)
		if !ok {
			break
		}
		b.WriteString(t[:start])
		t = t[end:]
	}
	b.WriteString(t)
	return b.String()
}

// scheduleTimes finds a schedule: a programme's or agenda's entries, each
// a line that opens with its time of day and names its item in two words
// or more ("09:00  Opening address", "14:30–15:00 Panel on ports"), three
// or more, in increasing order under each date line (a new day starts
// over), one of them at least after an earlier one of the same day (a
// date line and its time, "10:31 Uhr", is no entry: its text is not an
// item's name). They are the items of one document, not articles under
// times: a ticker of separate items lists the newest first. The entries
// become title lines, and date lines right over an entry, the
// programme's days, become section headings; neither starts an article.
func scheduleTimes(lines []string, kinds []kind, parsed parsedLines) {
	var entries, days []int
	last, later := -1, 0 // minutes of the day's last entry; entries after one
	for i, k := range kinds {
		if k.date {
			if next := nextNonBlank(kinds, i+1); next >= 0 && kinds[next].shape == shapeDate && !kinds[next].date {
				if _, ok := leadingClock(lines[next]); ok {
					days = append(days, i)
				}
			}
			last = -1
			continue
		}
		if k.shape != shapeDate {
			continue
		}
		m, ok := leadingClock(lines[i])
		if !ok {
			continue
		}
		if m <= last {
			return // an earlier time after a later one: not a schedule
		}
		if last >= 0 {
			later++
		}
		entries, last = append(entries, i), m
	}
	if len(entries) < 3 || later < 1 {
		return
	}
	for _, i := range entries {
		kinds[i].shape = shapeTitle
		delete(parsed, i)
	}
	for _, i := range days {
		kinds[i].date, kinds[i].shape = false, shapeShort
		delete(parsed, i)
	}
}

// nextNonBlank is the first line from i on that is not blank, -1 if none.
func nextNonBlank(kinds []kind, i int) int {
	for ; i < len(kinds); i++ {
		if !kinds[i].blank {
			return i
		}
	}
	return -1
}

// leadingClock reads the time of day a line opens with, "9:30" or
// "09:30", as minutes, when two words or more follow it.
func leadingClock(l string) (int, bool) {
	t := strings.TrimSpace(l)
	h, rest, ok := strings.Cut(t, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(rest) < 2 || !allDigits(h) || !allDigits(rest[:2]) {
		return 0, false
	}
	if len(rest) > 2 && '0' <= rest[2] && rest[2] <= '9' {
		return 0, false
	}
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(rest[:2])
	if hh > 23 || mm > 59 || letterWords(rest[2:]) < 2 {
		return 0, false
	}
	return 60*hh + mm, true
}

// timeStamp reads "m:ss", "mm:ss" or "h:mm:ss" as seconds.
func timeStamp(t string) (int, bool) {
	secs, parts := 0, 0
	for {
		p, rest, more := strings.Cut(t, ":")
		if parts == 0 && (len(p) == 0 || len(p) > 2) || parts > 0 && len(p) != 2 {
			return 0, false
		}
		v := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return 0, false
			}
			v = 10*v + int(p[i]-'0')
		}
		if parts > 0 && v > 59 {
			return 0, false
		}
		secs, parts = 60*secs+v, parts+1
		if !more {
			break
		}
		t = rest
	}
	if parts < 2 || parts > 3 {
		return 0, false
	}
	return secs, true
}

// makeArticle makes the article of lines [start, end) with header block b
// (nil for text before the first block). In an export the article's range
// runs to its last line, trailing field lines included; elsewhere
// boilerplate at its end is left out.
func makeArticle(lines []string, kinds []kind, start, end int, b *block, export bool) (Article, bool) {
	a := Article{}
	var header []int
	if b != nil {
		a.Title, a.Byline, a.Source, a.Date = unlabelled(b.title, titleLabels), b.byline, b.source, b.date
		if _, src, ok := labelled(a.Source); ok {
			a.Source = src
		}
		// A copy, so an article's metadata does not keep its file's text
		// alive: one for all four strings.
		cloneTogether(&a.Title, &a.Byline, &a.Source, &a.Date)
		header = b.lines
		a.Header = make([]int, len(b.lines))
		for n, i := range b.lines {
			a.Header[n] = i + 1
		}
	}
	// Room for every line in range: articles live only while their file
	// is processed, so the few blank lines over are cheaper than growing.
	a.Body = make([]int, 0, end-start)
	first, last := -1, -1
	for i := start; i < end; i++ {
		k := kinds[i]
		if export && !k.blank && first >= 0 {
			last = i
		}
		if k.blank || k.boilerplate {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
		if !slices.Contains(header, i) {
			a.Body = append(a.Body, i+1)
		}
	}
	if first < 0 {
		return a, false
	}
	// An export's document keeps its trailing fields, but not the rule or
	// the one-word chrome ("* * *", "Advertisement") between documents.
	for export && last > first && (kinds[last].blank || kinds[last].boilerplate && (isRule(lines[last]) || !wordCountOver(strings.TrimSpace(lines[last]), 1))) {
		last--
	}
	// A by-line that closes the text on its own ("박준호 기자
	// junho@example.co.kr", "Reporting by Jane Doe") names who wrote it:
	// it is no part of the text.
	if n := len(a.Body); n > 1 && kinds[a.Body[n-1]-1].by && kinds[a.Body[n-1]-2].blank {
		a.Body = a.Body[:n-1]
	}
	if b != nil {
		first = b.start
	}
	a.StartLine, a.EndLine = first+1, last+1
	return a, true
}

// cloneTogether replaces the strings ss point to by copies that share one
// new allocation.
func cloneTogether(ss ...*string) {
	n := 0
	for _, s := range ss {
		n += len(*s)
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, s := range ss {
		sb.WriteString(*s)
	}
	all := sb.String()
	for _, s := range ss {
		*s, all = all[:len(*s)], all[len(*s):]
	}
}

// kind is what a line looks like on its own; it is kept for every line of
// a file, so it is small.
type kind struct {
	shape              byte // see shapeOf; 0 for blank lines
	blank, boilerplate bool
	short              bool // could be a title, byline or outlet line
	date, by           bool
	// lead: a paragraph of text that opens with a dateline (lead.go).
	lead bool
	// link: a web address alone on its line.
	link bool
	// digit: a short line with a digit in its first words (facts).
	digit bool
}

// parsedLines holds classify's results for the date and by-lines of a
// file, by line index: the few lines whose parsed text a header block's
// description needs, so they are not parsed twice.
type parsedLines map[int]lineInfo

// lineInfo is a classified line with what was parsed from it.
type lineInfo struct {
	kind
	dateText, dateSrc string
	// headTitle is the headline of a one-line header ("Title | Outlet |
	// 02.01.2006"), for a date line that has one.
	headTitle     string
	byName, bySrc string
	// odd: the line holds a no-break or invisible space (cleanSpaces)
	// and is to be classified again without it.
	odd bool
}

func classify(line string) lineInfo {
	t := trimLine(line)
	if t == "" {
		return lineInfo{kind: kind{blank: true}}
	}
	// Boilerplate, separator rules ("* * *", "-----") included, is never
	// text and never a title.
	text, chrome := boilerplate(t)
	if chrome {
		k := lineInfo{kind: kind{boilerplate: true, shape: shapeChrome}}
		if mayBeCounter(t) && counterRE.MatchString(t) {
			k.shape = shapeCounter
		}
		return k
	}
	// A row of a Markdown table ("|Branch|CI system|Status|") is text
	// of a table, never a title, date or by-line.
	if tableRow(t) {
		return lineInfo{kind: kind{shape: shapeProse}}
	}
	// Lines are read without their Markdown marks ("## Title").
	// (boilerplate took lines that are markup around nothing.)
	t = text
	if webAddress(t) {
		return lineInfo{kind: kind{short: true, link: true, shape: shapeLink}}
	}
	var f facts
	k := lineInfo{}
	if unfinished(t) {
		f = factsOf(t)
		k.short = f.words <= 20 && isShortText(t, f.ascii)
	} else if kicker(t) || t[len(t)-1] == '.' && len(t) <= 160 && mayBeCredit(t) && isCredit(t) {
		// "Krieg in der Ukraine:" over a headline, "This story first
		// appeared in Valley Post.": header lines, not sentences.
		f = factsOf(t)
		k.short = true
	}
	if k.short && !f.ascii && hasOddSpace(t) {
		return lineInfo{odd: true}
	}
	if !k.short {
		// A line ending in an abbreviation or a number and a full stop
		// ("26. März 2025 um 10:23 Uhr · Lesezeit: 8 Min.") is read
		// without its no-break spaces too: they hide the last word.
		// (Most body lines end so: two byte searches leave them first.)
		if n := len(t); n <= 160 && t[n-1] == '.' && (strings.IndexByte(t, 0xC2) >= 0 || strings.IndexByte(t, 0xE2) >= 0) && hasOddSpace(t) {
			return lineInfo{odd: true}
		}
		// Date and by-lines are short; body text skips the regexps. A
		// database's citation line is the one long header line.
		if title, d, src, ok := citationLine(t); ok {
			k.short, k.date, k.dateText, k.dateSrc, k.headTitle, k.shape = true, true, d, src, title, shapeHead
			return k
		}
		// "Publié le 10 novembre 2023 à 16:42.": a date line closed by a
		// full stop after its time or year.
		if n := len(t); n > 1 && n <= 160 && t[n-1] == '.' && '0' <= t[n-2] && t[n-2] <= '9' && !wordCountOver(t, 16) {
			// Not a month and year alone: a citation in a paragraph ends
			// so ("Communications of the ACM, April 1991, pp. 30-44.").
			if title, d, src, ok := parseHeadedDateLine(t[:n-1]); ok && !monthYearText(d) {
				k.short, k.date, k.dateText, k.dateSrc, k.headTitle = true, true, d, src, title
				k.shape = shapeOf(t, k, factsOf(t))
				return k
			}
		}
		k.shape = shapeProse
		return k
	}
	// Dates in Arabic-Indic, Persian, Devanagari or full-width digits
	// ("۲۱ آوریل ۲۰۲۵ - ۱۹:۳۹", "２５日") are read with ASCII digits.
	if !f.digit && !f.ascii {
		if d, ok := asciiDigits(t); ok {
			t, f = d, factsOf(d)
		}
	}
	// Every date form holds a digit but the relative ones without
	// ("yesterday"); most short lines are titles and wrapped text.
	// A date in a web address ("…/blogs/dap/2012/04/25/profiling/")
	// dates the page it names, not this line.
	dt := t
	if strings.IndexByte(t, ':') >= 0 && strings.Contains(t, "://") {
		dt = strings.TrimSpace(withoutAddresses(t))
	}
	if dt == "" || !f.digit && !relativeEnd(t) {
		// not a date
	} else if title, d, src, ok := parseHeadedDateLine(dt); ok {
		k.date, k.dateText, k.dateSrc, k.headTitle = true, d, src, title
	} else if d, src, ok := looseDate(dt, f); ok {
		k.date, k.dateText, k.dateSrc = true, d, src
	}
	if name, src, ok := parseByLine(t); ok {
		k.by, k.byName, k.bySrc = true, name, src
	} else if f.digit {
		if name, src, ok := authorsSourceYear(t); ok {
			k.by, k.byName, k.bySrc = true, name, src
		}
	}
	k.shape = shapeOf(t, k, f)
	k.digit = f.digit
	return k
}

// linkHeader reports whether the web address on line link and the lines
// before it make a header: a headline (one to maxBefore short lines, the
// first set off by a blank line, a rule or the file's start), not a label
// over a link in the text ("Read more:"), and an address as a page's link
// is written: not ending a sentence ("... is available from\n
// https://example.org/."), not indented under text that is not (an
// address set off in a README's paragraph).
func linkHeader(lines []string, kinds []kind, before []int, link int) bool {
	if len(before) == 0 {
		return false
	}
	if t := strings.TrimSpace(lines[link]); strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") {
		return false
	}
	if indented(lines[link]) && !indented(lines[before[0]]) {
		return false
	}
	if above := before[0] - 1; above >= 0 && !kinds[above].blank && !kinds[above].boilerplate {
		return false
	}
	for _, j := range before {
		if t := strings.TrimSpace(lines[j]); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
			return false
		}
	}
	return true
}

// hostOf is the host name of a web address, without "www.".
func hostOf(u string) string {
	u = u[strings.Index(u, "//")+1:]
	u = strings.TrimLeft(u, "/")
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimPrefix(u, "www.")
}

// tableRow reports whether t is a row of a Markdown table: it opens and
// closes with a bar and has two cells or more.
func tableRow(t string) bool {
	return len(t) > 2 && t[0] == '|' && t[len(t)-1] == '|' && strings.Count(t, "|") >= 3
}

// webAddress reports whether t is a web address and nothing else
// ("https://www.example.com/2024/03/harbour-plans", "www.example.org/a").
func webAddress(t string) bool {
	if !strings.HasPrefix(t, "http://") && !strings.HasPrefix(t, "https://") && !strings.HasPrefix(t, "www.") {
		return false
	}
	return len(t) <= 400 && !strings.ContainsAny(t, " \t")
}

// asciiDigits returns t with its decimal digits of other scripts written
// as ASCII digits, and whether it had any.
func asciiDigits(t string) (string, bool) {
	found := false
	for _, r := range t {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			found = true
			break
		}
	}
	if !found {
		return t, false
	}
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf || !unicode.IsDigit(r) {
			return r
		}
		// Digits come in runs of ten from zero: count back to the zero.
		v := rune(0)
		for v < 9 && unicode.IsDigit(r-v-1) {
			v++
		}
		return '0' + v%10
	}, t), true
}

// kicker reports whether t is a short label that ends in a colon, as
// the kickers over magazine headlines do ("Bundestag:", "Krieg in der
// Ukraine:"): at most five words, starting with a capital or a CJK
// character, no digit.
func kicker(t string) bool {
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") || wordCountOver(t, 5) || hasDigit(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || r >= 0x3000
}

// facts are the features of a line every test asks for, found in one
// pass over it.
type facts struct {
	words        int // space-separated words, counted up to 21; "|" and "-" between them are not words
	digit, ascii bool
}

// factsOf finds t's facts. It stops at the 21st word: a line that long is
// body text, and nothing asks more of it, so digit and ascii are then
// only those of its first 21 words.
func factsOf(t string) facts {
	f := facts{ascii: true}
	for i := 0; i < len(t); {
		if c := t[i]; c == ' ' || c == '\t' {
			i++
			continue
		} else if !((c == '|' || c == '-' || c == '/' || c == 0xC2 || c == 0xE2) && sepToken(t, i)) {
			if f.words++; f.words > 20 {
				return f
			}
		}
		// The rest of the word: one table lookup a byte, as most are
		// letters.
	word:
		for ; i < len(t); i++ {
			switch wordByte[t[i]] {
			case 0:
			case byteSpace:
				break word
			case byteDigit:
				f.digit = true
			default:
				f.ascii = false
			}
		}
	}
	return f
}

// wordByte classes the bytes factsOf reads in a word: 0 for most,
// byteSpace for the two that end it, byteDigit and byteHigh (non-ASCII).
var wordByte = func() (t [256]byte) {
	t[' '], t['\t'] = byteSpace, byteSpace
	for c := '0'; c <= '9'; c++ {
		t[c] = byteDigit
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = byteHigh
	}
	return t
}()

const (
	byteSpace = 1 + iota
	byteDigit
	byteHigh
)

// sepToken reports whether the space-separated token at t[i:] is a lone
// separator ("|", "-", "/", "·", "–", "—", "•"), which does not count as
// a word: "Outlet | Publié le ... - Mis à jour le ..." is a header line
// of fields, not a sentence.
func sepToken(t string, i int) bool {
	n := 1
	switch c := t[i]; {
	case c == '|' || c == '-' || c == '/':
	case strings.HasPrefix(t[i:], "·"):
		n = len("·")
	case strings.HasPrefix(t[i:], "–") || strings.HasPrefix(t[i:], "—") || strings.HasPrefix(t[i:], "•"):
		n = len("–")
	default:
		return false
	}
	return i+n == len(t) || t[i+n] == ' ' || t[i+n] == '\t'
}

// outletLine reports whether a line names an outlet or a language, as
// database exports put after the date. Only lines next to a header block
// are asked, so the cost stays off body text.
func outletLine(line string) bool {
	t := strings.TrimSpace(line)
	// Outlet names are short; a wrapped body line that happens to contain
	// "times" or "post" is not one.
	return !wordCountOver(t, 5) && (isOutlet(t) || languageNames[strings.ToLower(t)])
}

// unlabelled is t without a leading label of labels and its colon
// ("Title: Harbour plans approved" is "Harbour plans approved").
func unlabelled(t string, labels map[string]bool) string {
	// The label ends within 24 bytes: only those (and a full-width colon
	// starting there) are searched.
	i := colonIndex(t[:min(len(t), 27)])
	if i <= 0 || i > 24 || !hasFolded(labels, strings.TrimSpace(t[:i])) {
		return t
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	rest := strings.TrimSpace(t[i+size:])
	// "title: \"Harbour plans approved\"": a quoted field value.
	if len(rest) > 2 && (rest[0] == '"' || rest[0] == '\'') && rest[len(rest)-1] == rest[0] {
		rest = rest[1 : len(rest)-1]
	}
	if rest != "" {
		return rest
	}
	return t
}

// block is a header block: 0-based line indexes.
type block struct {
	start                       int
	counter                     bool // starts at an export's document counter
	lead                        bool // found by the dateline opening its text (leadBlock)
	lines                       []int
	title, byline, source, date string
}

const maxBefore = 3 // header lines before the anchor
const maxAfter = 5  // header lines after it: dates, bylines, outlet and language lines

// maxPreamble is how many lines of text before a file's first header
// block can be a label over it rather than an article of their own.
const maxPreamble = 3

// dropLoneLinks drops the header blocks whose only anchor is a web
// address (a headline over the article's link, as feed dumps list items)
// when the file has fewer than three and does not open with one: a feed
// lists its items so from its start, while a sentence over an address in
// a document ("Please report bugs in the tracker at" over
// "https://bugs.example.org/") does it once or twice, after its text.
func dropLoneLinks(kinds []kind, blocks []block, first int) []block {
	linkOnly := func(b block) bool {
		link := false
		for _, j := range b.lines {
			k := kinds[j]
			if k.date || k.by || k.lead || k.shape == shapeCounter {
				return false
			}
			link = link || k.link
		}
		return link && !b.counter && !b.lead
	}
	n := 0
	for _, b := range blocks {
		if linkOnly(b) {
			if b.start == first {
				return blocks
			}
			n++
		}
	}
	if n == 0 || n >= 3 {
		return blocks
	}
	return slices.DeleteFunc(blocks, linkOnly)
}

// joinPreamble makes a few short lines of text before the first header
// block ("FOR IMMEDIATE RELEASE", "EXCLUSIVE", a section name) part of
// that block: too little to be an article, they label the one below.
func joinPreamble(kinds []kind, blocks []block) []block {
	first := firstContent(kinds)
	if len(blocks) == 0 || first < 0 || first >= blocks[0].start {
		return blocks
	}
	var pre []int
	for i := first; i < blocks[0].start; i++ {
		k := kinds[i]
		if k.blank || k.boilerplate {
			continue
		}
		if k.shape == shapeProse || !k.short || len(pre) == maxPreamble {
			return blocks
		}
		pre = append(pre, i)
	}
	b := &blocks[0]
	b.start = first
	b.lines = append(pre, b.lines...)
	return blocks
}

// dropQuotedMail drops the header blocks of messages a mail forwards:
// those that start at, or just under (a blank line between at most), a
// line such as "---------- Forwarded message ---------" in a mail whose
// subject says it forwards ("Subject: Fwd: ..."). The forwarded sender,
// date and subject belong to the mail. (Without such a subject the line
// may separate the messages of a mailbox, each its own.)
func dropQuotedMail(lines []string, kinds []kind, blocks []block) []block {
	out := blocks[:0]
	for _, b := range blocks {
		mark := -1
		for j, blanks := b.start, 0; j >= 0 && blanks <= 1; j-- {
			if kinds[j].blank {
				blanks++
				continue
			}
			if quotedMailMark(strings.TrimSpace(lines[j])) {
				mark = j
			}
			if mark >= 0 || j < b.start {
				break
			}
		}
		if mark < 0 || !forwarded(lines, mark) {
			out = append(out, b)
		}
	}
	return out
}

// forwarded reports whether a subject that says its mail forwards
// another stands in the lines above line i, up to the nearest quoted
// message mark.
func forwarded(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := strings.TrimSpace(lines[j])
		if quotedMailMark(t) {
			return false
		}
		if forwardSubject(t) {
			return true
		}
	}
	return false
}

// minTrailers is how many times a record's closing field must recur for
// the file to be read as records closed by it.
const minTrailers = 3

// trailerBlocks starts an article after each closing field line of a
// file whose records end with one: a labelled field with a number, the
// same label every time and a different value ("PMID: 36694042",
// "Document NEWS000020240325"), the last line before a blank or the end
// of the file, recurring minTrailers times or more. Citation databases and
// archives export records this way, with headers no table describes. A
// record that already has a header block is left as it is.
func trailerBlocks(lines []string, kinds []kind, blocks []block) []block {
	byLabel := map[string][]int{}
	values := map[string]map[string]bool{}
	var header map[int]bool // the blocks' lines, made at the first field
	for i := 1; i < len(lines); i++ {
		// The field closes a record: a blank line or the end of the file
		// follows it.
		k := kinds[i]
		if k.shape != shapeField || i+1 < len(lines) && !kinds[i+1].blank || kinds[i-1].shape == shapeField {
			continue
		}
		if header == nil {
			header = map[int]bool{}
			for _, b := range blocks {
				for _, l := range b.lines {
					header[l] = true
				}
			}
		}
		if underHeader(kinds, header, i) {
			continue
		}
		t := strings.TrimSpace(lines[i])
		c := colonIndex(t)
		value := strings.TrimSpace(t[c+1:])
		// A value in inline code ("Default: `100`") is a setting's, as
		// software documents give them, not a record's number. A line
		// closing a bracket it did not open ("Debian Bug: #991349)")
		// ends a sentence wrapped from the line above.
		if !hasDigit(value) || fieldWords(value) > 3 || strings.IndexByte(value, '`') >= 0 || strings.Count(t, ")") > strings.Count(t, "(") {
			continue
		}
		label := strings.ToLower(t[:c])
		byLabel[label] = append(byLabel[label], i)
		if values[label] == nil {
			values[label] = map[string]bool{}
		}
		values[label][value] = true
	}
	var extra []block
	for label, at := range byLabel {
		if len(at) < minTrailers || len(values[label]) != len(at) {
			continue
		}
		for n, i := range at {
			next := i + 1
			for next < len(lines) && (kinds[next].blank || kinds[next].boilerplate) {
				next++
			}
			end := len(lines)
			if n+1 < len(at) {
				end = at[n+1]
			}
			if next >= end || slices.ContainsFunc(blocks, func(b block) bool { return b.start > i && b.start <= end }) {
				continue
			}
			extra = append(extra, block{start: next})
		}
	}
	if len(extra) == 0 {
		return blocks
	}
	all := append(blocks, extra...)
	slices.SortFunc(all, func(a, b block) int { return a.start - b.start })
	return dropOverlaps(all)
}

// underHeader reports whether line i hangs under a header block's lines
// with no blank line between: a press release's "Contact: …" under its
// date opens a record, it does not close one.
func underHeader(kinds []kind, header map[int]bool, i int) bool {
	for j := i - 1; j >= 0 && !kinds[j].blank; j-- {
		if header[j] {
			return true
		}
	}
	return false
}

// maxBoxed is how many lines a boxed header may have beyond those the
// block already holds.
const maxBoxed = 6

// boxHeaders gives a header set between two equal rule lines the whole
// box: a static site's front matter ("---", "title: ...", "date: ...",
// "tags: [...]", "---") or a header ruled off above and below. The rule
// sits right above the block's first line and the same rule comes again
// after its last, with nothing between but short lines and fields; the
// article then starts at the upper rule and every line up to the lower
// one is header, not text.
func boxHeaders(lines []string, kinds []kind, blocks []block) {
	for bi := range blocks {
		b := &blocks[bi]
		top := b.start - 1
		if top < 0 || !isRule(lines[top]) || bi > 0 && top <= lastOf(blocks[bi-1]) {
			continue
		}
		rule := strings.TrimSpace(lines[top])
		last := lastOf(*b)
		for j := last + 1; j < len(lines) && j <= last+maxBoxed; j++ {
			k := kinds[j]
			if strings.TrimSpace(lines[j]) == rule {
				for i := last + 1; i <= j; i++ {
					b.lines = append(b.lines, i)
				}
				b.lines = append([]int{top}, b.lines...)
				b.start = top
				break
			}
			if k.blank || !k.short {
				break
			}
		}
	}
}

// dropSectionNumbers keeps numbered headings from splitting the document
// they number. A file that opens with an unnumbered header ("Title", "By
// Name", a date) and then has headings numbered 1, 2, ... in order ("1.
// Background", "2. Next steps") is one report with numbered sections: a
// digest numbers its first article too. Such headings stop being
// boundaries unless they name their own author or source (a digest whose
// page header is unnumbered still splits at "3. Title" over "Source:
// Reuters"); a date under a section heading ("Updated March 5, 2024")
// does not make it an article. A lone "1." heading is a section only when
// the date under it is a revision ("Updated ..."): otherwise it is a
// title that happens to start with a number ("1. FC Köln verliert").
func dropSectionNumbers(lines []string, kinds []kind, blocks []block) []block {
	// Headings of one word and a number ("LETTER 3", "Kapitel 4") all
	// with the same word are the parts of one work: they stay in it even
	// when a part names a place or a writer.
	word, sameWord := "", true
	number := func(i int) (int, bool) {
		t := trimLine(lines[i])
		// An item's number opens its line, after markup at most: a line
		// that opens with a letter can only be a word and a number.
		letter := t != "" && ('a' <= t[0] && t[0] <= 'z' || 'A' <= t[0] && t[0] <= 'Z')
		if !letter {
			if n, ok := itemNumber(t); ok {
				return n, true
			}
		}
		if w, n, ok := wordNumber(t); ok {
			if word == "" {
				word = w
			}
			sameWord = sameWord && strings.EqualFold(w, word)
			return n, true
		}
		if letter {
			return 0, false
		}
		return itemNumber(stripMarkup(t)) // "**3. Title**"
	}
	if len(blocks) < 2 || blocks[0].start != firstContent(kinds) {
		return blocks
	}
	// "PART TWO", "Chapter 4": a heading that names a part of the work
	// with its number divides the document, whatever the numbers before
	// it, unless it names its own author or source.
	out := blocks[:1]
	for _, b := range blocks[1:] {
		if !partHeading(strings.TrimSpace(lines[b.start])) || b.byline != "" || b.source != "" {
			out = append(out, b)
		}
	}
	if blocks = out; len(blocks) < 2 {
		return blocks
	}
	if _, ok := number(blocks[0].start); ok {
		return blocks
	}
	// The short lines numbered in order from 1: the sections.
	next := 1
	for i, k := range kinds {
		if k.short && !k.boilerplate {
			if n, ok := number(i); ok && n == next {
				next++
			}
		}
	}
	if next == 1 {
		return blocks
	}
	updated := func(b block) bool {
		for _, j := range b.lines {
			if kinds[j].date && isUpdateLine(stripMarkup(lines[j])) {
				return true
			}
		}
		return false
	}
	parts := word != "" && sameWord && next > 2
	out = blocks[:1]
	for _, b := range blocks[1:] {
		_, ok := number(b.start)
		if !ok || !parts && (b.byline != "" || b.source != "" || next == 2 && !updated(b)) {
			out = append(out, b)
		}
	}
	return out
}

// wordNumber reads a heading of one word and a number alone on its line:
// "LETTER 3", "Chapter 12", "Глава 4", and, after a word that names a
// part (partWords), "PART TWO", "Book IV", "Часть вторая".
func wordNumber(t string) (word string, n int, ok bool) {
	w, num, found := strings.Cut(t, " ")
	if !found || len(num) == 0 || len(num) > 24 || strings.IndexByte(num, ' ') >= 0 || utf8.RuneCountInString(w) < 3 {
		return "", 0, false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return "", 0, false
		}
	}
	if n, ok = digitNumber(num); !ok && hasFolded(partWords, w) {
		n, ok = partNumber(num)
	}
	if !ok {
		return "", 0, false
	}
	return w, n, true
}

// digitNumber reads up to three digits.
func digitNumber(s string) (int, bool) {
	if len(s) > 3 || !allDigits(s) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = 10*n + int(s[i]-'0')
	}
	return n, true
}

// partNumber reads the number of a part heading: up to three digits, a
// Roman numeral up to XXXIX, or a number word ("two", "zweite", "вторая").
func partNumber(s string) (int, bool) {
	if n, ok := digitNumber(s); ok {
		return n, true
	}
	if n := roman(s); n > 0 {
		return n, true
	}
	return foldedValue(numberWords, s)
}

// roman reads a Roman numeral from I to XXXIX in capitals, or returns 0.
func roman(s string) int {
	n := 0
	for len(s) > 0 && s[0] == 'X' && n < 30 {
		n, s = n+10, s[1:]
	}
	for _, u := range []struct {
		digits string
		n      int
	}{{"IX", 9}, {"VIII", 8}, {"VII", 7}, {"VI", 6}, {"V", 5}, {"IV", 4}, {"III", 3}, {"II", 2}, {"I", 1}} {
		if s == u.digits {
			return n + u.n
		}
	}
	if s == "" {
		return n
	}
	return 0
}

// partHeading reports whether t is a heading that names a part of one
// work with its number ("PART TWO", "Kapitel 3", "Часть вторая").
func partHeading(t string) bool {
	w, _, ok := wordNumber(t)
	return ok && partWords[strings.ToLower(w)]
}

// firstContent is the index of the first line of text, or -1.
func firstContent(kinds []kind) int {
	for i, k := range kinds {
		if !k.blank && !k.boilerplate {
			return i
		}
	}
	return -1
}

// counterBlocks makes a block at each document counter of an export: the
// counter and the header lines after it, up to the body.
func counterBlocks(lines []string, kinds []kind, parsed parsedLines) []block {
	var out []block
	var buf [maxHeaderLines]int
	for i, k := range kinds {
		if k.shape != shapeCounter {
			continue
		}
		datelineParts(lines, kinds, i)
		_, hl, ok := headerShape(lines, kinds, i, buf[:0])
		if !ok {
			hl = []int{i}
		}
		b := shapedBlock(lines, kinds, parsed, hl)
		b.start, b.counter = i, true
		exportTitle(lines, kinds, &b)
		out = append(out, b)
	}
	out = dropOverlaps(out)
	// A document whose counter line was lost still has the rest of the
	// export's header: the counter blocks' shape without the counter.
	learned := map[string]bool{}
	for _, b := range out {
		if s, _, ok := headerShape(lines, kinds, b.start, buf[:0]); ok {
			if rest := strings.TrimLeft(strings.TrimPrefix(s, string(rune(shapeCounter))), "_"); titled(rest) && strings.Count(rest, "") > 3 {
				learned[rest] = true
			}
		}
	}
	if len(learned) == 0 {
		return out
	}
	var extra []block
	for i := 1; i < len(lines); i++ {
		if kinds[i].blank || !kinds[i-1].blank || kinds[i].shape == shapeCounter {
			continue
		}
		if s, hl, ok := headerShape(lines, kinds, i, buf[:0]); ok && learned[s] {
			extra = append(extra, shapedBlock(lines, kinds, parsed, hl))
		}
	}
	if len(extra) == 0 {
		return out
	}
	all := append(out, extra...)
	slices.SortFunc(all, func(a, b block) int { return a.start - b.start })
	return dropOverlaps(all)
}

// cover reports whether lines [start, end) hold no text: only short
// lines, labelled fields and boilerplate, as an export's cover page does
// (the request, its time, the search terms, "Source: The Daily Telegraph
// (London);Daily Mail and Mai..."). A document whose counter line was
// lost has text, and stays.
func cover(lines []string, kinds []kind, start, end int) bool {
	for i, k := range kinds[start:end] {
		if !k.blank && !k.short && !k.boilerplate && !fieldRE.MatchString(strings.TrimSpace(lines[start+i])) {
			return false
		}
	}
	return true
}

// openingHeadline is the header of a file that holds one article under
// a bare headline ("Ad sales boost Time Warner profit", a blank line, the
// text): the headline is its title and stays out of the text compared, as
// a copy's headline is often another. It is nil unless the file opens
// with a short headline-shaped line over a blank and a paragraph.
func openingHeadline(lines []string, kinds []kind) []block {
	i := firstContent(kinds)
	if i < 0 || i+2 >= len(lines) || kinds[i].shape != shapeTitle || kinds[i].date || !kinds[i+1].blank {
		return nil
	}
	for j := i + 2; j < len(lines); j++ {
		if kinds[j].blank {
			continue
		}
		if kinds[j].shape != shapeProse && !wrapped(lines, kinds, j) {
			return nil
		}
		break
	}
	return []block{{start: i, lines: []int{i}, title: strings.TrimSpace(stripMarkup(strings.TrimSpace(lines[i])))}}
}

// maxDatelineParts is how many lines an export may glue under its date
// line: the edition and the regional page ("Edition 1;", "Scotland").
const maxDatelineParts = 3

// datelineParts reads the short lines glued under the date line of the
// export document whose counter is line i ("January 11, 2010 Monday",
// then "Edition 1;" and "Scotland", or "3 Star Edition", with no blank
// between) as fields of the dateline: they belong to the header and are
// not its headline, which comes after a blank line.
func datelineParts(lines []string, kinds []kind, i int) {
	date := -1
	for j := i + 1; j < len(lines) && j <= i+maxHeaderLines; j++ {
		if kinds[j].date {
			date = j
			break
		}
		if kinds[j].shape == shapeProse || kinds[j].shape == shapeCounter {
			return
		}
	}
	for j := date + 1; date >= 0 && j < len(lines) && j <= date+maxDatelineParts; j++ {
		k := &kinds[j]
		if k.blank || k.date || k.by || k.boilerplate || fieldWords(lines[j]) > 4 {
			return
		}
		k.short, k.shape = true, shapeField
	}
}

// exportTitle finds the headline of an export's document whose header
// has the outlet over the date and the headline after it: the first line
// after the date that is no field, date or by-line, one word long or more
// ("Wikipedia"), whatever its punctuation. The outlet is the source.
func exportTitle(lines []string, kinds []kind, b *block) {
	date := slices.IndexFunc(b.lines, func(i int) bool { return kinds[i].date })
	if date < 0 {
		return
	}
	var outlet []int
	for _, i := range b.lines[:date] {
		if s := kinds[i].shape; s == shapeTitle || s == shapeShort {
			outlet = append(outlet, i)
		}
	}
	if len(outlet) != 1 {
		return
	}
	for _, i := range b.lines[date+1:] {
		k := kinds[i]
		if s := k.shape; (s == shapeTitle || s == shapeShort || s == shapeProse) && !k.date && !k.by {
			b.title, b.source = strings.TrimSpace(lines[i]), strings.TrimSpace(lines[outlet[0]])
			// "DAILY MAIL (London)" read as a name and its place is
			// the outlet, not a by-line.
			if strings.HasPrefix(b.source, b.byline) {
				b.byline = ""
			}
			return
		}
	}
}

func findBlocks(lines []string, kinds []kind, parsed parsedLines) []block {
	var blocks []block
	firstContent := firstContent(kinds)
	floor := 0 // lines below this belong to an earlier block
	// Dates and by-lines that open a header after a blank line, a rule or
	// the file's start: three or more, and the file puts its dates over
	// its headlines (or alone), not under them.
	leading := 0
	for i, k := range kinds {
		if (k.date || k.by) && (i == 0 || kinds[i-1].blank || kinds[i-1].boilerplate) {
			leading++
		}
	}
	for i := 0; i < len(lines); i++ {
		k := kinds[i]
		if i < floor || !(k.date || k.by || k.lead || k.link) {
			continue
		}
		if k.lead {
			if blk, ok := leadBlock(lines, kinds, parsed, i, floor); ok {
				blocks = append(blocks, blk)
				floor = i + 1
			}
			continue
		}
		// The block's lines, collected on the stack: before holds the
		// short lines before the anchor (filled from the end), rest the
		// anchor and the header lines after it.
		// A blank line may stand between the anchor and the line above it
		// ("Title", "", "By ..."), not between two lines above: short
		// lines set apart by blanks are the previous article's last lines
		// (a footer, a share bar), not this one's header.
		var beforeBuf [maxBefore]int
		b := maxBefore
		deck := -1 // a standfirst sentence just above the anchor
		for j := i - 1; j >= i-2 && j-1 >= floor; j-- {
			if isDeck(lines, kinds, j) {
				deck = j
				break
			}
			if kinds[j].blank || kinds[j].date {
				break
			}
		}
		// A one-line header holding its own headline ("2024-03-25,
		// "Outlet", "Title"") takes no line from above a blank: that is
		// the previous article's last line.
		ownTitle := parsed[i].headTitle != ""
		crossed := false // a blank line between the anchor and the lines above
		for j := i - 1; j >= floor && b > 0; j-- {
			kj := kinds[j]
			if j == deck {
				continue
			}
			if kj.blank {
				if b < maxBefore || ownTitle {
					break
				}
				crossed = true
				continue
			}
			if !kj.short || kj.date {
				break
			}
			b--
			beforeBuf[b] = j
		}
		before := beforeBuf[b:]
		if deck >= 0 && !slices.Contains(before, deck-1) {
			deck = -1 // no headline over it: body text
		}
		var restBuf [1 + maxAfter]int
		rest := append(restBuf[:0], i)
		next := i + 1
		fields := 0 // of rest: they go with a header but do not make one
		for j := i + 1; j < len(lines) && len(rest) < 1+maxAfter; j++ {
			kj := kinds[j]
			// Export field lines (copyright, section, length) may stand
			// between the date and the byline.
			if kj.blank || kj.boilerplate {
				continue
			}
			// "Sección: Sociedad", "Página: 23": labelled fields right
			// under the date, no blank between, short, and not the first
			// line of a paragraph ("STORY: On March 22, armed men ...").
			field := kj.shape == shapeField && !kinds[j-1].blank && !wordCountOver(strings.TrimSpace(lines[j]), 6) &&
				(j+1 == len(lines) || kinds[j+1].blank || kinds[j+1].shape == shapeField || kinds[j+1].date || kinds[j+1].by)
			if !(kj.date || kj.by || kj.link || field || kj.short && outletLine(lines[j])) {
				break
			}
			if field {
				fields++
			}
			rest = append(rest, j)
			next = j + 1
		}
		// In a file that puts the date over the headline, a headline
		// right under this one's date means the short line above the
		// blank is the end of the article before (a CJK paragraph's line
		// is short enough to pass for a title).
		trimmed := crossed && len(before) > 0 && leading >= 3 && next < len(lines) && kinds[next].shape == shapeTitle
		if trimmed {
			before, deck = nil, -1
		}
		n := len(before) + len(rest) - fields
		start := i
		if len(before) > 0 {
			start = before[0]
		}
		if k.link && !linkHeader(lines, kinds, before, i) {
			continue
		}
		if n < 2 && start != firstContent && !trimmed {
			continue
		}
		hdr := append(make([]int, 0, n+1), before...)
		if deck >= 0 {
			hdr = append(hdr, deck)
			slices.Sort(hdr)
		}
		blk := block{start: start, lines: append(hdr, rest...)}
		describe(&blk, lines, kinds, parsed, before, rest)
		blocks = append(blocks, blk)
		floor = next
		i = next - 1
	}
	return blocks
}

// leadBlock makes the header block of an article whose text opens with
// a dateline (line i): the headline just above it, one to maxBefore
// short lines set off from what precedes them by a blank line, a rule or
// the file's start (a blank line may stand between the headline and the
// text). The dateline's line is text, not header.
func leadBlock(lines []string, kinds []kind, parsed parsedLines, i, floor int) (block, bool) {
	j := i - 1
	if j >= floor && kinds[j].blank {
		j--
	}
	end := j
	for ; j >= floor && end-j < maxBefore; j-- {
		k := kinds[j]
		// The line right above the text may read as a field ("当前平台的
		// 规矩:  对 Un", a headline with a colon): where a dateline opens
		// the text, it is the headline.
		if k.blank || k.boilerplate || !k.short || k.date || k.by || k.lead || k.shape != shapeTitle && k.shape != shapeShort && !(k.shape == shapeField && j == end) {
			break
		}
	}
	if j == end || j >= 0 && !kinds[j].blank && !kinds[j].boilerplate {
		return block{}, false
	}
	var hdr []int
	for n := j + 1; n <= end; n++ {
		hdr = append(hdr, n)
	}
	p := parsed[i]
	return block{start: j + 1, lines: hdr, title: strings.TrimSpace(stripMarkup(strings.TrimSpace(lines[j+1]))), date: p.dateText, source: p.dateSrc, lead: true}, true
}

// siteTail splits a headline closed by a site's host name in brackets
// ("Harbour plans approved (example.com)") into the headline (two words
// or more) and the host.
func siteTail(t string) (head, site string, ok bool) {
	if !strings.HasSuffix(t, ")") {
		return "", "", false
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return "", "", false
	}
	site = t[open+1 : len(t)-1]
	dot := strings.LastIndexByte(site, '.')
	if dot <= 0 || dot == len(site)-1 || strings.ContainsAny(site, " /") || hasDigit(site[dot:]) {
		return "", "", false
	}
	head = strings.TrimSpace(t[:open])
	return head, site, fieldWords(head) >= 2
}

// isDeck reports whether line j is a standfirst: one sentence (at most 40
// words) between a headline and the date or by-line under it ("La medida
// entrará en vigor el próximo mes."), or the author's name alone over the
// date, with no blank line on either side.
// It is part of the header, not the text.
func isDeck(lines []string, kinds []kind, j int) bool {
	if j < 1 || j+1 >= len(kinds) || kinds[j].shape != shapeProse || kinds[j].boilerplate {
		return false
	}
	prev, next := kinds[j-1], kinds[j+1]
	if prev.blank || !prev.short || prev.date || prev.by {
		return false
	}
	// The date or by-line follows at once, or after one more short line
	// (the author's name alone over the date).
	if !(next.date || next.by) && !(next.short && !next.blank && j+2 < len(kinds) && (kinds[j+2].date || kinds[j+2].by)) {
		return false
	}
	t := stripMarkup(strings.TrimSpace(lines[j])) // "*A standfirst in italics.*"
	return len(t) <= 400 && !wordCountOver(t, 40) && !unfinished(t)
}

// describe fills in the block's metadata. The lines before the anchor are a
// title followed by byline and outlet lines, except that a single line that
// looks like a byline or an outlet is not a title.
func describe(b *block, lines []string, kinds []kind, parsed parsedLines, before, rest []int) {
	setByline := func(name, src string) {
		if b.byline == "" {
			b.byline = name
		}
		if b.source == "" {
			b.source = src
		}
	}
	// A "By ..." line elsewhere in the block settles who wrote it, so a
	// single line before the anchor is then the title.
	hasBy := false
	for n, i := range before {
		hasBy = hasBy || n > 0 && kinds[i].by
	}
	for _, i := range rest {
		hasBy = hasBy || kinds[i].by
	}
	info := func(i int) lineInfo {
		if p, ok := parsed[i]; ok {
			return p
		}
		return lineInfo{kind: kinds[i]}
	}
	for n, i := range before {
		t := strings.TrimSpace(lines[i])
		k := info(i)
		// The first line is the title when more lines or a "By" line
		// follow; alone, when it reads as neither a name nor an outlet.
		// "Markets rally - The Daily Ledger": an aggregator's headline
		// and outlet on one line.
		var name, src, sep, head, outlet string
		var ok bool
		title := n == 0 && (len(before) > 1 || hasBy)
		if !title {
			name, src, ok = splitByline(t)
		}
		if n == 0 {
			sep, head, outlet = splitTail(t)
			// "Harbour plans approved by the council (example.com)": a
			// link aggregator's headline and the site it links to.
			site := false
			if sep == "" {
				if h, name, isSite := siteTail(t); isSite {
					sep, head, outlet, site = "(", h, name, true
				}
			}
			title = title || !(k.by || ok || isOutlet(t)) || sep != "" && !k.by && (!ok || site)
		}
		if title {
			b.title = t
			if sep != "" && !k.by {
				b.title, b.source = head, outlet
			}
			continue
		}
		switch {
		case k.by:
			setByline(k.byName, k.bySrc)
		case ok && (b.byline == "" || src != ""):
			setByline(name, src)
		default:
			// A second line that reads as a name after the author's
			// ("Buenos Aires") is the place or outlet.
			if b.source == "" {
				b.source = t
			}
		}
	}
	for _, i := range rest {
		k := info(i)
		if k.date && b.date == "" {
			b.date = k.dateText
			if b.title == "" {
				b.title = k.headTitle
			}
			// What stands before the date may be a byline
			// ("By Jane Doe | March 25, 2024") or an outlet ("NPR/");
			// after a one-line header's headline it is the outlet.
			if k.headTitle != "" {
				if b.source == "" {
					b.source = k.dateSrc
				}
			} else if name, src, ok := parseByLine(k.dateSrc); ok {
				setByline(name, src)
			} else if name, src, ok := splitByline(k.dateSrc); ok {
				setByline(name, src)
			} else if b.source == "" {
				b.source = k.dateSrc
			}
		} else if k.by {
			setByline(k.byName, k.bySrc)
		} else if k.link {
			if b.source == "" {
				b.source = hostOf(strings.TrimSpace(lines[i]))
			}
		} else if outletLine(lines[i]) && b.source == "" && !languageNames[strings.ToLower(strings.TrimSpace(lines[i]))] {
			b.source = strings.TrimSpace(lines[i])
		}
	}
}

// underHeadline reports whether line i comes right under a headline set
// off above, with no blank line between: a short line that is no date or
// by-line, after a blank line or at the file's start. Dense pages put
// wire copy's dateline paragraph there ("Rail strike ends" over "LEEDS
// (Reuters) - The rail strike ..."); a short line there is the header's.
func underHeadline(kinds []kind, i int) bool {
	if i < 1 {
		return false
	}
	k := kinds[i-1]
	return k.short && !k.date && !k.by && !k.blank && !k.boilerplate && (i == 1 || kinds[i-2].blank)
}

// rawBodies sets each article's body anew from the file's own lines,
// after a split that read other lines (cleaned of invisible spaces, or
// joined where hard-wrapped): every line from the one after the header
// block to the last body line that is not blank and not boilerplate as
// IsBoilerplate reads it. A scan reads a document back from the file and
// shingles the lines of that range by IsBoilerplate, so the body must be
// what that test makes of the same lines.
func rawBodies(lines []string, arts []Article) []Article {
	for i := range arts {
		a := &arts[i]
		if len(a.Body) == 0 {
			continue
		}
		from := a.StartLine
		if len(a.Header) > 0 {
			from = a.Header[len(a.Header)-1] + 1
		}
		to := a.Body[len(a.Body)-1]
		a.Body = a.Body[:0]
		for n := from; n <= to; n++ {
			if l := lines[n-1]; strings.TrimSpace(l) != "" && !IsBoilerplate(l) {
				a.Body = append(a.Body, n)
			}
		}
	}
	return arts
}
