package segment

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isShort reports whether a line could be a header line: at most 20 words
// and 200 characters, and not ending like a sentence or a clause.
// Chinese and Japanese text has no spaces between words: a line of it is
// short at 60 characters or fewer.
func isShort(t string) bool {
	return unfinished(t) && !wordCountOver(t, 20) && isShortText(t, isASCII(t))
}

// unfinished reports whether t does not end as a sentence or a clause
// does: the cheap first test, as most body lines do.
func unfinished(t string) bool {
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.':
		return abbreviatedEnd(t)
	case ',', ';', ':':
		return false
	}
	end := strings.TrimRightFunc(t, func(r rune) bool {
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']', ' ', '」', '』', '）':
			return true
		}
		return false
	})
	if end == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(end)
	switch r {
	case '.', ',', ';', ':', '…', '。', '，', '；', '、', '．':
		return false
	}
	return true
}

// abbreviatedEnd reports whether a line that ends in a full stop ends
// with an abbreviation that date and time lines end with ("Lesezeit: 4
// Min.", "25 марта 2024 г.", "3 Jan."), not a sentence: a short line with
// a digit whose last word is one of dateAbbrevs or a month.
func abbreviatedEnd(t string) bool {
	// The last word first: it rules out almost every sentence at once.
	return endsWithAbbrev(t) && hasDigit(t) && !wordCountOver(t, 12) || unitAfterClock(t) || spacedMeridiem(t) && !wordCountOver(t, 12)
}

// spacedMeridiem reports whether t ends in a time of day and "a. m." or
// "p. m." written with a space, as Spanish style guides write them
// ("12 de marzo de 2024 - 3:04 p. m.").
func spacedMeridiem(t string) bool {
	n := len(t)
	if n < 11 || t[n-1] != '.' || t[n-2] != 'm' && t[n-2] != 'M' || t[n-3] != ' ' || t[n-4] != '.' || t[n-6] != ' ' {
		return false
	}
	if c := t[n-5] | 0x20; c != 'a' && c != 'p' {
		return false
	}
	prev := strings.TrimRight(t[:n-6], " ")
	return hasClock(prev[strings.LastIndexByte(prev, ' ')+1:])
}

// dateAbbrevEnd reports whether a date line's field ends in a full stop
// that closes an abbreviation or the time, not a sentence ("4 Min.",
// "12:49 hs.", "à 16:42.").
func dateAbbrevEnd(t string) bool {
	return endsWithAbbrev(t) || unitAfterClock(t) || spacedMeridiem(t) || hasClock(t[strings.LastIndexByte(t, ' ')+1:])
}

// unitAfterClock reports whether t ends in a short abbreviation with a
// full stop right after a time of day ("22/11/2024 12:49 hs.", "um 9:30
// Uhr.", "10:31 ч."): the unit of the time, whatever the language calls
// it, so the line is a date line, not a sentence. Sentences that end
// with a time have it as their last word.
func unitAfterClock(t string) bool {
	sp := strings.LastIndexByte(t, ' ')
	if sp < 0 || len(t)-sp > 12 {
		return false
	}
	unit := strings.TrimSuffix(t[sp+1:], ".")
	if unit == "" || utf8.RuneCountInString(unit) > 4 {
		return false
	}
	prev := strings.TrimRight(t[:sp], " ")
	if !hasClock(prev[strings.LastIndexByte(prev, ' ')+1:]) {
		return false
	}
	for _, r := range unit {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return !wordCountOver(t, 6)
}

// endsWithAbbrev reports whether t's last word is one of dateAbbrevs or a
// month, with a full stop.
func endsWithAbbrev(t string) bool {
	last := strings.TrimSuffix(t[strings.LastIndexByte(t, ' ')+1:], ".")
	return last != "" && len(last) <= 8 && abbrevFilter.may(last) && (hasFolded(dateAbbrevs, last) || hasFolded(monthWords, last))
}

// isShortText is the rest of isShort for an unfinished line already known
// to have at most 20 words; ascii says whether it is all ASCII.
func isShortText(t string, ascii bool) bool {
	// A rune is at least a byte: short strings skip the counting.
	if len(t) > 800 || len(t) > 200 && utf8.RuneCountInString(t) > 200 {
		return false
	}
	if len(t) <= 60 || ascii || !hasCJK(t) || utf8.RuneCountInString(t) <= 60 {
		return true
	}
	// A line of words with a few CJK characters in it ("[정치] Has been
	// known to Congress ...") is as long as its words: CJK characters
	// count by the character, other words as two, where fewer than a
	// quarter of the characters are CJK.
	cjk, words := 0, 0
	for w := range strings.FieldsSeq(t) {
		if hasCJK(w) {
			cjk += utf8.RuneCountInString(w)
		} else {
			words++
		}
	}
	return 4*cjk < utf8.RuneCountInString(t) && cjk+2*words <= 60
}

// wordCountOver reports whether t has more than n space-separated words,
// without allocating.
func wordCountOver(t string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(t); i++ {
		space := t[i] == ' ' || t[i] == '\t'
		if !space && !in {
			if words++; words > n {
				return true
			}
		}
		in = !space
	}
	return false
}

var boilerplateRE = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`no comments:?`,
	`\d+ comments?:?`,
	`post a comment`,
	`(?:newer|older) posts?(?: (?:newer|older) posts?)?(?: home)?`,
	`home`,
	`subscribe to:? post comments(?: \(atom\))?`,
	`to see more documents/articles regarding\b.*`,
	`(?:c\.|©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b.{0,80}`,
	`all rights reserved\.?`,
	`share(?: this(?: article| story)?)?|share on (?:facebook|twitter|x|linkedin)|tweet|email|print`,
	`advertisements?|sponsored(?: content)?|related(?: articles| stories| content)?`,
	`read more(?::.{0,120})?|continue reading|click here\b.{0,120}`,
	`sign up\b.{0,80}\bnewsletter.{0,40}`,
	`labels?:.{0,200}`,
	`posted by .{1,60} at \d{1,2}:\d{2}.{0,20}`,
	`email this\s*blogthis!.*`,
	`(?:back to |go to |return to )?top(?: of (?:the )?page)?`, // forum and long-page navigation
	// News database exports (LexisNexis, Factiva and the like): document
	// separators and field lines that describe an article.
	`end of document`,
	`document \d+ of \d+`,
	`document [a-z0-9]{15,}`,
	`\d[\d,]* words`,
	`(?-i:Body|BODY)`, // the line that opens the text in LexisNexis exports
	`(?:length|load-date|section|language|publication-type|document-type|journal-code|graphic|classification|subject|geographic|organization|person|industry|ticker|url|notes)\s*:.{0,200}`,
}, "|") + `)$`)

// linkDefRE is a Markdown link reference definition: "[label]: address"
// with an optional title, which a renderer shows nothing of.
var linkDefRE = regexp.MustCompile(`^\[[^\]]+\]:\s*\S+(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?$`)

// imageRE is a Markdown image, or a link around one (a badge):
// "![alt](src)", "[![alt](src)](href)", reference forms included.
var imageRE = regexp.MustCompile(`^(?:\[!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])\](?:\([^)]*\)|\[[^\]]*\])|!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\]))`)

// markdownOnly reports whether t is Markdown that shows no text: a link
// reference definition, or images and badges only ("[![Build
// Status](…)](…) [![npm](…)](…)").
func markdownOnly(t string) bool {
	if t[0] == '[' && linkDefRE.MatchString(t) {
		return true
	}
	n := 0
	for t != "" {
		m := imageRE.FindStringIndex(t)
		if m == nil {
			return false
		}
		t = strings.TrimSpace(t[m[1]:])
		n++
	}
	return n > 0
}

// htmlTags are the HTML elements that wrap or lay out text in pages and
// READMEs; a line of nothing but their tags is layout, not text.
var htmlTags = setOf("a", "abbr", "article", "b", "big", "blockquote", "body", "br", "center", "code", "details", "div", "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "img", "li", "main", "nav", "ol", "p", "picture", "pre", "section", "small", "source", "span", "strong", "sub", "summary", "sup", "svg", "table", "tbody", "td", "th", "thead", "tr", "u", "ul")

// htmlOnly reports whether t is nothing but HTML tags ("<p
// align=\"center\">", "<a name=\"methods\"></a>", "<img src=… alt=…>"):
// each a known element's name, opening or closing, with its attributes.
func htmlOnly(t string) bool {
	for t != "" {
		if t[0] != '<' {
			return false
		}
		end := strings.IndexByte(t, '>')
		if end < 0 {
			return false
		}
		name := strings.TrimPrefix(t[1:end], "/")
		if i := strings.IndexAny(name, " \t/"); i >= 0 {
			name = name[:i]
		}
		if !htmlTags[strings.ToLower(name)] {
			return false
		}
		t = strings.TrimSpace(t[end+1:])
	}
	return true
}

// IsBoilerplate reports whether a line is site chrome or aggregator
// boilerplate that is never part of an article's text: comment and
// navigation links, share buttons, copyright lines, "To see more
// documents/articles regarding ...", and the field lines and separators of
// news database exports ("Length: 850 words", "Load-Date: ...", "End of
// Document").
//
// Separator rules ("* * *", "-----") count as boilerplate, and Markdown
// marks are ignored ("*Share*" is "Share").
func IsBoilerplate(line string) bool {
	_, is := boilerplate(trimLine(line))
	return is
}

// boilerplate is IsBoilerplate of a trimmed line; when the line is not
// boilerplate it also returns its text without markup (stripMarkup),
// which the splitter reads next.
func boilerplate(t string) (text string, is bool) {
	if t == "" {
		return "", false
	}
	if ruleText(t) || drawerMark(t) || t[0] == '<' && htmlOnly(t) || (t[0] == '[' || t[0] == '!') && markdownOnly(t) {
		return "", true
	}
	t = stripMarkup(t)
	if t == "" {
		// Markup around nothing but more markup ("</font><b>****</b>"):
		// a rule, as "* * *" is.
		return "", true
	}
	// Every pattern is bounded well below this length and starts with one
	// of a few words; checking those first keeps the regexp off body text.
	if len(t) > 400 {
		return t, false
	}
	if !boilerplateStart(t) {
		return t, commentHead(t) || replyHead(t)
	}
	if hasFolded(boilerplateLiterals, t) || copyrightLine(t) {
		return t, true
	}
	// Of the patterns, only "12 comments" and "850 words" start with a
	// digit: a line that starts with one and ends otherwise is text.
	if '0' <= t[0] && t[0] <= '9' && !digitChrome(t) {
		return t, replyHead(t)
	}
	return t, boilerplateRE.MatchString(t)
}

// drawerMark reports whether t opens or closes an Org-mode drawer
// (":PROPERTIES:", ":END:"): a word between colons, markup and not text.
func drawerMark(t string) bool {
	if len(t) < 3 || len(t) > 24 || t[0] != ':' || t[len(t)-1] != ':' {
		return false
	}
	for i := 1; i < len(t)-1; i++ {
		if c := t[i]; !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// commentSays are the words blog software puts after a commenter's name
// ("Anna says:", "Anna sagt:", "Anna dice:"), lower case, without the
// colon.
var commentSays = []string{"says", "said", "wrote", "sagt", "schreibt", "dit", "a écrit", "dice", "escribió", "disse", "scrive", "ha scritto", "говорит", "пишет"}

// commentHead reports whether t heads a reader's comment: a name of one to
// four words and one of commentSays with a colon. A comment is part of
// the page it is on: its head is chrome, so the date under it does not
// start an article.
func commentHead(t string) bool {
	body, ok := strings.CutSuffix(t, ":")
	if !ok || wordCountOver(t, 6) {
		return false
	}
	body = strings.TrimSpace(body)
	lower := strings.ToLower(body)
	if len(lower) != len(body) {
		return false // lower case changed the bytes: no safe cut
	}
	for _, w := range commentSays {
		if strings.HasSuffix(lower, " "+w) {
			name := body[:len(body)-len(w)-1]
			return name != "" && !wordCountOver(name, 4) && startsUpper(name)
		}
	}
	return false
}

// replyWords head the replies under a review or a question, lower case:
// "Response from the owner", "2 Answers", "Antwort vom Inhaber".
var replyWords = map[string]bool{"answer": true, "answers": true, "reply": true, "replies": true, "response": true, "responses": true, "antwort": true, "antworten": true, "réponse": true, "réponses": true, "respuesta": true, "respuestas": true, "resposta": true, "respostas": true, "risposta": true, "risposte": true, "ответ": true, "ответы": true, "ответа": true, "ответов": true}

// replyFrom are the words that join a reply's label to who gave it
// ("from the owner", "vom Inhaber", "du propriétaire").
var replyFrom = map[string]bool{"from": true, "by": true, "von": true, "vom": true, "des": true, "du": true, "de": true, "del": true, "da": true, "do": true, "della": true, "dal": true, "от": true}

// replyHead reports whether t labels a reply on the page it is on: a
// count and a reply word alone ("1 Answer", "Replies"), or a reply word
// and who gave it ("Response from the owner"), five words at most. Like a
// reader's comment head, it is chrome: the date under it starts no
// article.
func replyHead(t string) bool {
	// Every reply word starts with a, r or Cyrillic (a count before it
	// with a digit): most lines leave at their first byte.
	if t == "" || len(t) > 60 {
		return false
	}
	if c := t[0] | 0x20; c != 'a' && c != 'r' && t[0] < 0x80 && (t[0] < '0' || t[0] > '9') {
		return false
	}
	if wordCountOver(t, 5) {
		return false
	}
	first, rest, _ := strings.Cut(strings.TrimSuffix(t, ":"), " ")
	if allDigits(first) {
		first, rest, _ = strings.Cut(rest, " ")
	}
	if !hasFolded(replyWords, first) {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return rest == "" || hasFolded(replyFrom, next)
}

// copyrightLine reports whether t is a copyright line as the boilerplate
// regexp reads one ("c.2024 The Daily Herald Company", "© 2024 Reuters"):
// a quicker way to the same answer for the lines it accepts.
// TestBoilerplateShortcuts checks it against the regexp.
func copyrightLine(t string) bool {
	rest := ""
	for _, p := range []string{"c.", "©", "(c)", "copyright"} {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			rest = t[len(p):]
			break
		}
	}
	if rest == "" {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	if r := strings.TrimPrefix(rest, "©"); len(r) != len(rest) {
		rest = strings.TrimLeft(r, " \t")
	}
	if len(rest) < 4 || !allDigits(rest[:4]) {
		return false
	}
	rest = rest[4:]
	if rest != "" {
		if r, _ := utf8.DecodeRuneInString(rest); r == '_' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false // \b: the year must end there
		}
	}
	return utf8.RuneCountInString(rest) <= 80
}

// digitChrome reports whether a line that starts with a digit ends as
// the boilerplate patterns that start with one do ("12 comments:",
// "850 words").
func digitChrome(t string) bool {
	n := len(t)
	for _, s := range []string{"comment", "comments", "comment:", "comments:", "words"} {
		if n >= len(s) && strings.EqualFold(t[n-len(s):], s) {
			return true
		}
	}
	return false
}

// boilerplateLiterals are whole lines the boilerplate regexp matches,
// lower case: the commonest chrome is then one map lookup, not a run of
// the regexp. TestBoilerplateLiterals checks that the regexp matches each.
var boilerplateLiterals = setOf("no comments", "no comments:", "post a comment", "home", "share", "share this",
	"share this article", "share this story", "tweet", "email", "print", "advertisement", "advertisements", "sponsored",
	"sponsored content", "related", "related articles", "related stories", "related content", "read more",
	"continue reading", "all rights reserved", "all rights reserved.", "end of document", "top", "back to top")

// boilerplateFilter is boilerplateStart's filter.
var boilerplateFilter = filterOf(boilerplateFirst)

// boilerplateFirst maps the first words of the boilerplate patterns to
// the text a line starting with that word must begin with to match any of
// them (case aside): body lines that merely start with "To", "No" or
// "All" are then not given to the regexp.
var boilerplateFirst = map[string]string{
	"no": "no comments", "post": "post a comment", "newer": "newer post", "older": "older post", "home": "home",
	"subscribe": "subscribe to", "to": "to see more documents", "c": "c", "©": "©", "copyright": "copyright",
	"all": "all rights reserved", "share": "share", "tweet": "tweet", "email": "email", "print": "print",
	"advertisement": "advertisement", "advertisements": "advertisements", "sponsored": "sponsored",
	"related": "related", "read": "read more", "continue": "continue reading", "click": "click here",
	"sign": "sign up", "labels": "labels", "label": "label", "posted": "posted by ", "end": "end of document",
	"document": "document ", "length": "length", "load-date": "load-date", "section": "section",
	"language": "language", "publication-type": "publication-type", "document-type": "document-type",
	"journal-code": "journal-code", "graphic": "graphic", "classification": "classification",
	"subject": "subject", "geographic": "geographic", "organization": "organization", "person": "person",
	"industry": "industry", "ticker": "ticker", "url": "url", "notes": "notes", "body": "body",
	"top": "top", "back": "back to top", "go": "go to top", "return": "return to top",
}

// boilerplateStart reports whether t starts like a boilerplate line: with
// a number or one of the first words of the patterns.
func boilerplateStart(t string) bool {
	if t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' || strings.HasPrefix(t, "©") {
		return true
	}
	// The first word ends at a space, a full stop, a colon or a bracket
	// (all below '@'), within the longest first word's length.
	end := len(t)
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < '@' && (c == ' ' || c == '.' || c == ':' || c == '(') {
			end = i
			break
		}
		if i > len("publication-type") {
			return false // longer than every first word
		}
	}
	if end == 0 && len(t) >= 3 && strings.EqualFold(t[:3], "(c)") {
		return true
	}
	if !boilerplateFilter.may(t[:end]) {
		return false
	}
	prefix, ok := foldedValue(boilerplateFirst, t[:end])
	return ok && len(t) >= len(prefix) && strings.EqualFold(t[:len(prefix)], prefix)
}

// hasFolded reports whether m holds w in lower case. It lower-cases short
// ASCII words on the stack: the splitter looks up a word or more of
// almost every line, and strings.ToLower allocates for every capitalised
// one.
func hasFolded(m map[string]bool, w string) bool {
	v, _ := foldedValue(m, w)
	return v
}

// wordFilter answers "could this word be in the set?" for the sets the
// splitter asks of almost every line, without hashing the word: a bit per
// first byte and length in bytes of the set's words. Words with non-ASCII
// bytes always may be (their lower case can change length).
type wordFilter [128]uint64

// filterOf is the filter of the words of the sets, lower case.
func filterOf[V any](sets ...map[string]V) *wordFilter {
	var f wordFilter
	for _, m := range sets {
		for w := range m {
			if w != "" && w[0] < utf8.RuneSelf && len(w) < 64 {
				f[w[0]] |= 1 << len(w)
			}
		}
	}
	return &f
}

// may reports whether w (in any case) may be one of the filter's words.
func (f *wordFilter) may(w string) bool {
	if w == "" || len(w) >= 64 {
		return w != ""
	}
	b := w[0]
	if b >= utf8.RuneSelf {
		return true
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	// Lower case keeps an ASCII first byte, so no word of the set that
	// starts so means no match at any length.
	if f[b] == 0 {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return f[b]&(1<<len(w)) != 0
}

// foldedValue looks w up in m in lower case, as hasFolded does.
func foldedValue[V any](m map[string]V, w string) (V, bool) {
	var buf [64]byte
	if len(w) > len(buf)/2 {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			// As strings.ToLower does; a lower-case rune is at most one
			// byte longer in UTF-8, so the rest fits in buf.
			for _, r := range w[i:] {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	v, ok := m[string(b)]
	return v, ok
}

// parseDateLine recognises a line that is a date, possibly with an
// "Updated" prefix, a source ("NPR/March 24, 2024") and a time after it.
// It returns the date as written, the source if any, and whether the line
// is a date line. Dates are "[weekday] Month day, year", "[weekday] day
// [de] month [de] year" (English, French, German, Spanish names),
// "Month year", 2024-03-25, 25.03.2024 and 03/25/2024.
func parseDateLine(t string) (date, source string, ok bool) {
	_, date, source, ok = parseHeadedDateLine(t)
	return date, source, ok
}

// parseHeadedDateLine is parseDateLine for lines that may also hold the
// headline before the source: "Title | Outlet | 02.01.2006", "Title —
// Outlet, Jan 2, 2006", "Title (Outlet, 2 January 2006)". It returns the
// headline too, "" when there is none.
func parseHeadedDateLine(t string) (title, date, source string, ok bool) {
	if title, date, source, ok = delimitedRecord(t); ok {
		return title, date, source, true
	}
	if title, date, ok = columnDate(t); ok {
		return title, date, "", true
	}
	if title, date, source, ok = headedDateLine(t); ok {
		return title, date, source, true
	}
	if title, date, ok = dateEdgeHeadline(t); ok {
		return title, date, "", true
	}
	return "", "", "", false
}

// columnDate reads "Title                    27 Jun 2020": text set in
// columns (copied out of a PDF or a table) puts the date apart from the
// headline by a run of spaces, at either end. The gap says where the
// headline ends, so a word before it is never read as a keyword of the
// date ("... cambia el      09 Feb 2024").
func columnDate(t string) (title, date string, ok bool) {
	// strings.Index finds the gap faster than LastIndex: most lines have
	// none.
	if !strings.Contains(t, columnGap) {
		return "", "", false
	}
	i := strings.LastIndex(t, columnGap)
	if i <= 0 {
		return "", "", false
	}
	if d, ok := pureDate(strings.TrimSpace(t[i:])); ok && edgeHeadline(t[:i], 2) {
		return strings.TrimSpace(t[:i]), d, true
	}
	if j := strings.Index(t, columnGap); j > 0 {
		if d, ok := pureDate(t[:j]); ok && edgeHeadline(t[j:], 2) {
			return strings.TrimSpace(t[j:]), d, true
		}
	}
	return "", "", false
}

// edgeHeadline reports whether s, beside a date on a one-line header, is
// a headline: minWords words or more, two with letters, not ending in a
// sentence's or a field's punctuation, and not a by-line.
func edgeHeadline(s string, minWords int) bool {
	s = strings.TrimSpace(s)
	if s == "" || fieldWords(s) < minWords || letterWords(s) < 2 || !unfinished(s) {
		return false // "Week 3 (2 January 2006)" is a schedule's heading
	}
	// "By Jane Doe and John Smith of the Ledger | date" is a by-line too
	// long for parseByLine; "By the numbers: ..." is a headline.
	if first, rest, _ := strings.Cut(s, " "); hasFolded(byWordSet, first) && !startsLower(rest) {
		return false
	}
	_, _, by := parseByLine(s)
	return !by
}

// headedDateLine is parseHeadedDateLine for the lines whose date is the
// line's main part: any text beside it is a source, a keyword, or a
// headline set apart from a source.
func headedDateLine(t string) (title, date, source string, ok bool) {
	if t == "" || len(t) > 160 && (len(t) > 640 || utf8.RuneCountInString(t) > 160) {
		return "", "", "", false
	}
	// "10:12 – Regierung einigt sich": a ticker's time, a dash and the
	// headline.
	if '0' <= t[0] && t[0] <= '9' && hasClock(t[:min(len(t), 6)]) {
		if m := timeDashTitleRE.FindStringSubmatch(t); m != nil && fieldWords(m[2]) >= 2 {
			return m[2], m[1], "", true
		}
	}
	// "[2024-03-03] Title", "(03.03.2024) Title", "[03.03.24] Title": a
	// date in brackets before the headline (it checks its own date, which
	// may have a two-digit year).
	if title, date, ok := bracketedDateFirst(t); ok {
		return title, date, "", true
	}
	if !hasYear(t) {
		return "", "", "", false
	}
	var arr [24]dateToken // date lines are short: no allocation
	toks := dateTokens(t, arr[:0])
	if len(toks) > len(arr) {
		return "", "", "", false
	}
	for i := range toks {
		end, ok := matchDate(toks, i)
		if !ok {
			continue
		}
		prefix := strings.TrimSpace(strings.TrimSuffix(t[:toks[i].start], "["))
		suffix := strings.TrimSpace(strings.TrimPrefix(t[toks[end-1].end:], "]"))
		// "2024-03-25 10:31 来源：新华社": a labelled source after the date.
		if _, src, ok := labelled(suffix); ok {
			source, suffix = src, ""
		}
		if !dateSuffix(suffix) || monthYear(toks, i, end) && !issueLine(t, prefix, suffix, toks[end-1].comma) {
			return "", "", "", false
		}
		// "来源：光明日报　2020年5月6日": a labelled source before it.
		if _, src, ok := labelled(prefix); ok && source == "" {
			source, prefix = src, ""
		}
		// "Effective date: ...", "Publication date: ...": a label that
		// ends in a date keyword names no source.
		if f := strings.Fields(prefix); len(f) > 1 && len(f) <= 3 && strings.HasSuffix(prefix, ":") && datePrefixRE.MatchString(f[len(f)-1]) {
			prefix = ""
		}
		// "Jumanne, Februari 14, 2023", "Selasa, 12 Maret 2024": one
		// capitalised word and a comma before the date is a weekday in a
		// language the tables lack, not a source.
		if weekdayLike(prefix) {
			prefix = ""
		}
		if prefix != "" && !datePrefixRE.MatchString(prefix) {
			// "Reuters - Updated March 25, 2024", "AFP, publié le 12 mars
			// 2024": drop the keyword (up to three words), keep the source.
			keyword := false
			if f := strings.Fields(prefix); len(f) > 1 {
				for k := min(3, len(f)-1); k >= 1; k-- {
					if datePrefixRE.MatchString(strings.Join(f[len(f)-k:], " ")) {
						prefix, keyword = strings.Join(f[:len(f)-k], " "), true
						break
					}
				}
			}
			// "Posted in World on March 2, 2024", "Газета «…» №52 от
			// 25.03.2024": a source joined to the date by a preposition.
			// It starts as a name does: "the law came into force on ..."
			// is wrapped text; by-lines and credits ("Originally
			// published by ... on ...") are read as such.
			if f := strings.Fields(prefix); !keyword && len(f) > 1 && datePrepSet[strings.ToLower(f[len(f)-1])] && !startsLower(prefix) && !hasFolded(byWordSet, f[0]) && !(mayBeCredit(prefix) && isCredit(prefix)) {
				prefix, keyword = strings.Join(f[:len(f)-1], " "), true
			}
			// "(The Daily Ledger) May 21, 2021": a source in brackets.
			if p := strings.TrimSpace(prefix); strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") && strings.Count(p, "(") == 1 {
				prefix, keyword = p[1:len(p)-1], true
			}
			src := strings.TrimRight(prefix, " /|-–—·•»›,:(")
			// "«Российская газета» — 12 марта": the guillemet closes
			// the name, not a breadcrumb's separator.
			if strings.Count(src, "«") > strings.Count(src, "»") && strings.HasPrefix(prefix[len(src):], "»") {
				src += "»"
			}
			if src == prefix && !keyword {
				return "", "", "", false
			}
			title, src = splitHeadline(src)
			if title == "" && markedHeadline(src) {
				// "“Harbour plans approved” — 2 March 2024": a
				// headline by its marks, not a source.
				title, src = src, ""
			} else if src == "" || fieldWords(src) > 6 {
				return "", "", "", false
			}
			source = src
		}
		date := strings.Trim(t[toks[i].start:toks[end-1].end], ",.()")
		if len(date) > 10 && (date[10] == 'T' || date[10] == 't' || date[10] == '-') && isNumericDate(strings.ToLower(date)) {
			date = date[:10] // an ISO timestamp's date, a date joined to its time
		}
		return title, date, source, true
	}
	return "", "", "", false
}

// monthYear reports whether the date of toks[i:end] is a month and a
// year alone, no day.
func monthYear(toks []dateToken, i, end int) bool {
	return end-i == 2 && monthWords[toks[i].w] && isYear(toks[i+1].w)
}

// monthYearText reports whether a date as written is a month and a year
// alone ("April 1991").
func monthYearText(d string) bool {
	m, y, ok := strings.Cut(d, " ")
	return ok && monthWords[strings.ToLower(strings.TrimRight(m, ".,"))] && isYear(y)
}

// issueLine reports whether line t, dated by a month and year alone, is
// the line of a periodical's issue: a number beside the date (an issue,
// a volume, pages: "Revue des deux rives, n° 87, mars 2019, p. 59-69",
// "Vol. 12, No. 3, March 2024"), nothing or fields after it (comma tells
// whether the year had one), and no sentence's full stop at the end. A
// month and year alone is as often a signature's ("Jane Doe, August
// 2011") or a headline's opening ("June 1864 $4,504,616.92 have been
// paid to") as a date line, and a citation in a paragraph ends in a full
// stop.
func issueLine(t, prefix, suffix string, comma bool) bool {
	if !hasDigit(prefix) && !hasDigit(suffix) || strings.HasSuffix(t, ".") {
		return false
	}
	return suffix == "" || comma || strings.ContainsRune(",;|·•–—-/(", []rune(suffix)[0])
}

// dateSuffix reports whether what follows a date on its line still
// belongs to a date line: a few words (a time, a zone, "Uhr"), and after a
// separator (" · ", " | ", " - ") further short fields or a second date
// ("· Lesezeit: 4 Min.", "- Mis à jour le 03/02/2021 à 01:39"). A
// sentence after the date makes the line text.
func dateSuffix(suffix string) bool {
	first, rest := cutFieldAt(suffix, fieldSeps)
	// "à 20h38, modifié le 17 décembre 2024 à 21h38": a second date after
	// a comma.
	if fieldWords(first) > 6 {
		if i := strings.Index(first, ", "); i > 0 && (hasYear(first[i:]) && isDateLine(strings.TrimSpace(first[i+2:])) || timeField(first[i+2:])) {
			first, rest = strings.TrimSpace(first[:i]), first[i+1:]+rest
		}
	}
	// "• Temps de lecture : 8 min": a reading time after a separator.
	if countField(strings.TrimLeft(first, " ·|•-–—/,")) {
		first = ""
	}
	if fieldWords(first) > 6 || strings.HasSuffix(first, ".") && !strings.HasSuffix(strings.ToLower(first), "m.") && !dateAbbrevEnd(first) {
		return false
	}
	for rest != "" {
		var piece string
		piece, rest = cutFieldAt(strings.TrimLeft(rest, " ·|•-–—/,"), fieldSeps)
		if piece = strings.TrimSpace(piece); piece == "" {
			continue
		}
		short := fieldWords(piece) <= 4 && (!strings.HasSuffix(piece, ".") || dateAbbrevEnd(piece)) || timeField(piece) || countField(piece)
		if !short && !(hasYear(piece) && isDateLine(piece)) {
			return false
		}
	}
	return true
}

// countField reports whether a field after a date is a label and a
// count of something, a few words ending in a number and its unit
// ("Temps de lecture : 8 min", "Estimated reading time: 4 minutes"): a
// reading time or a tally, not a sentence.
func countField(t string) bool {
	t = strings.TrimSuffix(strings.TrimSpace(t), ".")
	if t == "" || fieldWords(t) > 6 {
		return false
	}
	words := strings.Fields(t)
	if len(words) < 2 {
		return false
	}
	count, unit := words[len(words)-2], words[len(words)-1]
	return len(count) <= 6 && allDigits(count) && len(unit) <= 8 && !hasDigit(unit)
}

// weekdayLike reports whether p, what stands before a date on its line,
// is one capitalised word of letters and a comma, as a weekday is.
func weekdayLike(p string) bool {
	w, ok := strings.CutSuffix(p, ",")
	if !ok || len(w) < 3 || len(w) > 40 || !startsUpper(w) || strings.ToUpper(w) == w {
		return false // "LONDON, March 3": a dateline's place
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// timeField reports whether a field after a date is a few words ending
// in a time of day ("mis à jour à 13:24", "updated 11:45"): a revision on
// the same day.
func timeField(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && fieldWords(t) <= 6 && hasClock(t[strings.LastIndexByte(t, ' ')+1:])
}

// timeDashTitleRE is a ticker's one-line header: a time of day, a dash
// and the headline.
var timeDashTitleRE = regexp.MustCompile(`^(\d{1,2}[:.h]\d{2}(?:\s*(?:Uhr|h|[aApP]\.?[mM]\.?))?)\s+[–—-]\s+(\S.*)$`)

// bracketedDateFirst reads a one-line header that opens with its date in
// brackets, the headline after it: "[2024-03-03] Harbour plans approved",
// "【2024年3月3日】国务院召开常务会议". The headline has two words or more.
func bracketedDateFirst(t string) (title, date string, ok bool) {
	open, close := "", ""
	for _, p := range [][2]string{{"[", "]"}, {"(", ")"}, {"【", "】"}, {"［", "］"}} {
		if strings.HasPrefix(t, p[0]) {
			open, close = p[0], p[1]
			break
		}
	}
	if open == "" {
		return "", "", false
	}
	end := strings.Index(t, close)
	if end < 0 || end > 60 {
		return "", "", false
	}
	inner, rest := strings.TrimSpace(t[len(open):end]), strings.TrimLeft(t[end+len(close):], " ·|-–—:")
	if inner == "" || rest == "" || fieldWords(rest) < 2 {
		return "", "", false
	}
	if _, short := shortYearDate(inner); !short && !isDateLine(inner) && cjkDateRE.FindString(inner) != inner {
		return "", "", false
	}
	return rest, inner, true
}

// edgeBrackets are the brackets a one-line header's date may close the
// line in.
var edgeBrackets = [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}, {"【", "】"}, {"［", "］"}}

// dateEdgeHeadline reads a one-line header whose headline and date stand
// at the two ends of the line, set apart by brackets or a separator, the
// date with nothing else but a time: "Title (22.11.2024 19:27)", "Title
// [2024-11-22]", "标题（2024年11月22日）", "A headline of many words —
// 22.11.2024", "2024-11-22 19:27 | A headline of many words". It is the
// form headedDateLine leaves: a headline too long to be read as a source
// (more than six words beside a separator), or beside a bracketed date.
// The headline has two words or more, does not end in a sentence's or a
// field's punctuation, and is not a by-line.
func dateEdgeHeadline(t string) (title, date string, ok bool) {
	// pureDate needs a four-digit year or a two-digit one after a dot or
	// slash: most short lines with digits leave here.
	if len(t) > 160 && (len(t) > 640 || utf8.RuneCountInString(t) > 160) || !hasYear(t) && strings.IndexAny(t, "./") < 0 {
		return "", "", false
	}
	// The date in brackets closing the line.
	for _, p := range edgeBrackets {
		if !strings.HasSuffix(t, p[1]) {
			continue
		}
		open := strings.LastIndex(t, p[0])
		if open <= 0 {
			return "", "", false
		}
		inner := strings.TrimSpace(t[open+len(p[0]) : len(t)-len(p[1])])
		if d, ok := pureDate(inner); ok && edgeHeadline(t[:open], 2) {
			return strings.TrimSpace(t[:open]), d, true
		}
		return "", "", false
	}
	// The date after the last separator, or before the first (a line
	// without a first has no last either).
	field, rest := cutField(t)
	if rest == "" {
		return "", "", false
	}
	if cut, sep := lastSep(t, suffixSeps); cut > 0 {
		if d, ok := pureDate(strings.TrimSpace(t[cut+len(sep):])); ok && edgeHeadline(t[:cut], 7) {
			return strings.TrimSpace(t[:cut]), d, true
		}
	}
	if d, ok := pureDate(strings.TrimSpace(field)); ok {
		rest = strings.TrimLeft(rest, " ·|•-–—")
		if edgeHeadline(rest, 5) {
			return strings.TrimSpace(rest), d, true
		}
	}
	return "", "", false
}

// headlineQuotes are the quotation marks a headline may stand in whole
// ("“Title”", "„Titel“", "« Titre »"), opening and closing.
var headlineQuotes = [][2]string{{"“", "”"}, {"\"", "\""}, {"„", "“"}, {"„", "”"}, {"«", "»"}}

// markedHeadline reports whether s, the text before a date on its line,
// is a headline by its own marks rather than an outlet's name: it ends in
// a question or exclamation mark, or stands whole in quotation marks, and
// has two words or more. In guillemets it needs four: Russian names
// outlets so («Российская газета»).
func markedHeadline(s string) bool {
	s = strings.TrimSpace(s)
	words := fieldWords(s)
	if words < 2 || letterWords(s) < 2 {
		return false
	}
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return true
	}
	for _, q := range headlineQuotes {
		if len(s) <= len(q[0])+len(q[1]) || !strings.HasPrefix(s, q[0]) || !strings.HasSuffix(s, q[1]) {
			continue
		}
		// One quotation, not two ("“A” and “B”").
		if inner := s[len(q[0]) : len(s)-len(q[1])]; !strings.Contains(inner, q[0]) && !strings.Contains(inner, q[1]) {
			return q[0] != "«" || words >= 4
		}
	}
	return false
}

// columnGap is the run of spaces that sets columns apart in text laid
// out by a PDF's or a table's positions: wider than a sentence's double
// space.
const columnGap = "   "

// letterWords counts t's words as fieldWords does, but only the words
// that hold a letter: "Week 3" has one.
func letterWords(t string) int {
	n := 0
	for w := range strings.FieldsSeq(t) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n += wordsIn(w)
		}
	}
	return n
}

// startsLower reports whether t's first letter is a lower-case one.
func startsLower(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// lastSep finds the last of seps in t: its index (-1 when there is none)
// and the separator. Each separator starts with a space.
func lastSep(t string, seps []string) (int, string) {
	// Every separator starts with a space: try them at each space from
	// the end (one pass instead of one search per separator).
	for i := len(t) - 2; i >= 0; i-- {
		if t[i] == ' ' {
			if s := sepAt(t, i, seps); s != "" {
				return i, s
			}
		}
	}
	return -1, ""
}

// sepAt is the first of seps that t has at byte i (a space), or "". The
// byte after the space is compared first: most spaces are between words.
func sepAt(t string, i int, seps []string) string {
	if i+1 >= len(t) {
		return ""
	}
	c := t[i+1]
	for _, s := range seps {
		if s[1] == c && strings.HasPrefix(t[i:], s) {
			return s
		}
	}
	return ""
}

// pureDate reports whether t is a date and nothing else but a time of
// day or a zone (no source, no headline, no keyword), and returns the
// date. The date has a year, two-digit ones included.
func pureDate(t string) (string, bool) {
	if d, ok := shortYearDate(t); ok {
		return d, true
	}
	if !hasYear(t) {
		return "", false
	}
	if m := cjkDateRE.FindStringIndex(t); m != nil && m[0] == 0 && (m[1] == len(t) || clockOnly(t[m[1]:])) {
		return strings.TrimSpace(t[:m[1]]), true
	}
	title, d, src, ok := headedDateLine(t)
	if !ok || title != "" || src != "" || !strings.HasPrefix(t, d) {
		return "", false
	}
	return d, true
}

// delimitedRecord reads a one-line header written as a record of
// delimited fields, as spreadsheets and databases export articles: CSV
// ('2024-03-25,"The Daily Ledger","Harbour plans approved"', quotes
// doubled inside a quoted field) or tab-separated fields. Two to six
// fields, one of them a date and nothing else: the other field of the most
// words (two or more) is the headline, the first short one left the source.
func delimitedRecord(t string) (title, date, source string, ok bool) {
	sep := byte('\t')
	if strings.IndexByte(t, '\t') < 0 {
		if strings.IndexByte(t, '"') < 0 || !strings.Contains(t, ",\"") && !strings.Contains(t, "\",") {
			return "", "", "", false
		}
		sep = ','
	}
	var arr [6]string
	fields := arr[:0]
	for rest := t; ; {
		if len(fields) == len(arr) {
			return "", "", "", false
		}
		var f string
		var more bool
		f, rest, more = cutRecordField(rest, sep)
		fields = append(fields, strings.TrimSpace(f))
		if !more {
			break
		}
	}
	if len(fields) < 2 {
		return "", "", "", false
	}
	at := -1
	for i, f := range fields {
		if d, isDate := pureDate(f); isDate && d == f {
			if at >= 0 {
				return "", "", "", false
			}
			at, date = i, d
		}
	}
	if at < 0 {
		return "", "", "", false
	}
	words := 0
	for i, f := range fields {
		if n := fieldWords(f); i != at && n >= 2 && (n > words || n == words && len(f) > len(title)) {
			title, words = f, n
		}
	}
	if title == "" {
		return "", "", "", false
	}
	for i, f := range fields {
		if i != at && f != title && f != "" && fieldWords(f) <= 8 {
			source = f
			break
		}
	}
	return title, date, source, true
}

// cutRecordField cuts t's first field at sep: a field in double quotes
// runs to its closing quote (a doubled quote inside is one quote mark,
// left doubled here; headlines rarely hold one).
func cutRecordField(t string, sep byte) (field, rest string, more bool) {
	if sep == ',' && strings.HasPrefix(t, "\"") {
		for i := 1; i < len(t); i++ {
			if t[i] != '"' {
				continue
			}
			if i+1 < len(t) && t[i+1] == '"' {
				i++
				continue
			}
			field, rest = t[1:i], t[i+1:]
			if rest == "" {
				return field, "", false
			}
			if rest[0] != sep {
				return t, "", false // not a quoted field after all
			}
			return field, rest[1:], true
		}
		return t, "", false
	}
	if i := strings.IndexByte(t, sep); i >= 0 {
		return t[:i], t[i+1:], true
	}
	return t, "", false
}

// citationLine reads a database's citation of an article, a one-line
// header whose fields end in full stops: "Harbour plans approved. Jane
// Doe. The Daily Ledger; Springfield [Springfield]. 23 Jul 2020: A.1."
// The headline is the first field, the date a field of its own (a page
// may follow it after a colon), the source the field before the date.
// It needs four fields or more, the headline two words or more.
func citationLine(t string) (title, date, source string, ok bool) {
	if len(t) > 400 || !strings.HasSuffix(t, ".") {
		return "", "", "", false
	}
	// At most twelve fields between ". ", read in place: most lines that
	// get here are paragraphs of text.
	if n := strings.Count(t, ". "); n < 3 || n > 11 || !hasYear(t) {
		return "", "", "", false
	}
	first, rest, _ := strings.Cut(strings.TrimSuffix(t, "."), ". ")
	src, more := "", true
	for n := 1; more; n++ {
		var f string
		f, rest, more = strings.Cut(rest, ". ")
		field := f
		if n >= 2 && len(f) <= 48 && hasDigit(f) {
			if c := strings.IndexByte(f, ':'); c > 0 {
				f = f[:c] // the page
			}
			if d, isDate := pureDate(strings.TrimSpace(f)); isDate {
				if i := strings.IndexByte(src, ';'); i > 0 {
					src = src[:i] // "The Daily Ledger; Springfield [Springfield]"
				}
				if letterWords(first) < 2 || fieldWords(src) > 8 {
					return "", "", "", false
				}
				return first, d, strings.TrimSpace(src), true
			}
		}
		src = field
	}
	return "", "", "", false
}

// clockOnly reports whether t is a time of day and nothing else.
func clockOnly(t string) bool {
	return mayHaveClock(t) && clockRE.MatchString(strings.TrimSpace(t)) && fieldWords(t) <= 3
}

// suffixSeps separate the fields after a date on its line.
var suffixSeps = []string{" · ", " | ", " • ", " - ", " – ", " — "}

// fieldSeps separate the fields that follow a date: suffixSeps and a
// slash ("à 16:42. / Modifié le ..."), which between a headline and a
// date is too often part of either.
var fieldSeps = append(slices.Clip(suffixSeps), " / ")

// cutField cuts t at its first separator of suffixSeps: the field before
// it, and the rest from the separator on ("" when there is none).
func cutField(t string) (field, rest string) {
	return cutFieldAt(t, suffixSeps)
}

// cutFieldAt is cutField with the separators seps.
func cutFieldAt(t string, seps []string) (field, rest string) {
	// Every separator starts with a space, as in lastSep.
	for i := 0; i+1 < len(t); i++ {
		if t[i] == ' ' && sepAt(t, i, seps) != "" {
			return t[:i], t[i:]
		}
	}
	return t, ""
}

// isDateLine reports whether t is a date line by itself. dateSuffix asks
// it of a field after a date, which is shorter than the line, so the
// recursion ends.
func isDateLine(t string) bool {
	_, _, ok := parseDateLine(t)
	return ok
}

// headlineSeps are what stands between a headline and the source after
// it on a one-line header.
var headlineSeps = []string{" | ", " — ", " – ", " · ", " ("}

// splitHeadline splits "Title | Outlet" at its last separator into the
// headline and the source; text without one is all source. A headline is
// two words or more, so "Reuters" stays a source.
func splitHeadline(src string) (title, source string) {
	cut, sep := lastSep(src, headlineSeps)
	if cut <= 0 {
		return "", src
	}
	head, tail := strings.TrimSpace(src[:cut]), src[cut+len(sep):]
	// "Metro Desk · 07:40 CET": a time, not a source, after the cut.
	if fieldWords(head) < 2 || hasDigit(tail) {
		return "", src
	}
	return head, strings.TrimSpace(tail)
}

// labelled finds "来源：新华社" or "Source: Reuters" in t (a word of
// sourceLabels right before a colon, a name after it; a time or more after
// a wide space dropped) and returns the label and the name.
func labelled(t string) (label, name string, ok bool) {
	for i := 0; i < len(t); i++ {
		var size int
		switch {
		case t[i] == ':':
			size = 1
		case strings.HasPrefix(t[i:], "："):
			size = len("：")
		default:
			continue
		}
		before := strings.TrimSpace(t[:i])
		// The whole text before the colon ("Publication title:"), or
		// its last word ("新华社 来源：").
		label = before
		if !hasFolded(sourceLabels, label) {
			label = before[strings.LastIndexAny(before, " \t　")+1:]
		}
		if label == "" || !hasFolded(sourceLabels, label) {
			continue
		}
		rest := strings.TrimSpace(t[i+size:])
		// The name ends at a wide space ("光明日报　2020年…") or at
		// another label ("新华社 作者：赵敏").
		if j := strings.IndexAny(rest, "　\t"); j > 0 {
			rest = rest[:j]
		}
		if f := strings.Fields(rest); len(f) > 1 && colonIndex(f[len(f)-1]) >= 0 {
			rest = strings.Join(f[:len(f)-1], " ")
		}
		rest = strings.TrimRight(rest, " ,;/|-–—·") // "Source: Reuters, 3 Mar 2024"
		if rest == "" || wordCountOver(rest, 6) {
			return "", "", false
		}
		return label, rest, true
	}
	return "", "", false
}

// dateToken is a word of a possible date line: w is lower case without
// surrounding commas and periods; start and end are byte offsets in the
// line.
type dateToken struct {
	w          string
	start, end int
	// comma is set when the word ends in a comma ("19," in "n° 19,
	// février 2024": a number, not the day of the date after it).
	comma bool
}

// dateTokens splits t at white space, '|' and at '/' next to a letter (so
// "NPR/March" is two words but 03/25/2024 is one).
func dateTokens(t string, toks []dateToken) []dateToken {
	// Lower-case an ASCII line once; tokens are then parts of it. Other
	// lines are lower-cased token by token, as byte offsets can change.
	lt := ""
	if isASCII(t) {
		lt = strings.ToLower(t)
	}
	start := -1
	isLetter := func(i int) bool {
		return i >= 0 && i < len(t) && (t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z' || t[i] >= 0x80)
	}
	for i := 0; i <= len(t); i++ {
		sep := i == len(t) || t[i] == ' ' || t[i] == '\t' || t[i] == '|' ||
			t[i] == '/' && (isLetter(i-1) || isLetter(i+1))
		if !sep {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			var w string
			if lt != "" {
				w = trimDatePunct(lt[start:i])
			} else {
				w = strings.ToLower(trimDatePunct(t[start:i]))
			}
			// A square bracket around a date is not part of it:
			// "[2022-11-03 Thu 10:15]" is dated "2022-11-03 Thu 10:15".
			s, e := start, i
			if t[s] == '[' {
				s++
			}
			if e-1 > s && t[e-1] == ']' {
				e--
			}
			toks = append(toks, dateToken{w: w, start: s, end: e, comma: t[i-1] == ','})
			start = -1
		}
	}
	return toks
}

// trimDatePunct is strings.Trim(w, ",.()[]"): "[2022-11-03 Thu 10:15]"
// is read as a date.
func trimDatePunct(w string) string {
	return trimBytes(w, func(c byte) bool { return c == ',' || c == '.' || c == '(' || c == ')' || c == '[' || c == ']' })
}

// trimBytes is strings.TrimFunc for ASCII bytes, without decoding runes
// or building a cutset for every word; small enough to be inlined with
// its test.
func trimBytes(w string, cut func(byte) bool) string {
	for len(w) > 0 && cut(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && cut(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// matchDate reports whether a date starts at token i, and the token after it.
func matchDate(toks []dateToken, i int) (end int, ok bool) {
	// A weekday before the date ("sam. 21 janvier 2023"); a word that is
	// also a month ("mar": mardi, March) is tried as the date's start too.
	if weekdayFilter.may(toks[i].w) && weekdayWords[toks[i].w] {
		if end, ok := matchDateAt(toks, i+1); ok {
			return end, true
		}
	}
	return matchDateAt(toks, i)
}

// matchDateAt is matchDate for a date that starts at token j itself.
func matchDateAt(toks []dateToken, j int) (end int, ok bool) {
	at := func(k int) string {
		if k < len(toks) {
			return toks[k].w
		}
		return ""
	}
	month := isMonth(at(j))
	switch {
	case month && isDayNumber(at(j+1)) && isYear(at(j+2)):
		return j + 3, true
	case month && isYear(at(j+1)):
		// "mars 2024", "Vol. 12, No. 3, March 2024": a monthly's issue
		// is dated by its month.
		return j + 2, true
	case isDayNumber(at(j)) && !toks[j].comma:
		k := j + 1
		if at(k) == "de" {
			k++
		}
		if !isMonth(at(k)) {
			return 0, false
		}
		k++
		if at(k) == "de" {
			k++
		}
		if isYear(at(k)) {
			return k + 1, true
		}
	case isNumericDate(at(j)):
		return j + 1, true
	}
	return 0, false
}

// isMonth reports whether the lower-case word w names a month
// (monthWords); the filter answers for most words of a line.
func isMonth(w string) bool {
	return monthFilter.may(w) && monthWords[w]
}

func isDayNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false // most words of a line
	}
	// Only a longer word can be a day with a suffix ("3rd", "1er").
	for _, suf := range []string{"st", "nd", "rd", "th", "er", "º", "°"} {
		if len(w) <= 2 {
			break
		}
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) < 1 || len(w) > 2 || !allDigits(w) {
		return false
	}
	d := int(w[0] - '0')
	if len(w) == 2 {
		d = d*10 + int(w[1]-'0')
	}
	return d >= 1 && d <= 31
}

func isYear(w string) bool { return len(w) == 4 && allDigits(w) }

// isNumericDate accepts 2024-03-25, 25.03.2024, 25/03/2024 and 03/25/2024.
func isNumericDate(w string) bool {
	// An ISO timestamp: 2024-03-25t09:12z (tokens are lower case); a
	// date and time joined by a hyphen: 07.12.2020-19:52.
	if len(w) > 10 && (w[10] == 't' || w[10] == '-' && hasClock(w[11:])) {
		w = w[:10]
	}
	// Every part is digits, so the first byte is a digit or a separator
	// (all three are below '0'); most words of a line leave here.
	if len(w) > 10 || w == "" || w[0] > '9' {
		return false
	}
	var parts [3]string
	n := 0
	for p := range strings.FieldsFuncSeq(w, func(r rune) bool { return r == '-' || r == '.' || r == '/' }) {
		if n == len(parts) || !allDigits(p) {
			return false
		}
		parts[n] = p
		n++
	}
	if n != 3 {
		return false
	}
	if len(parts[0]) == 4 {
		// 2024-03-25, 2024/3/25, 2024.03.25: one separator throughout;
		// with hyphens, two-digit month and day (ISO 8601).
		sep := w[4]
		if sep == '-' {
			return strings.Count(w, "-") == 2 && len(parts[1]) == 2 && len(parts[2]) == 2
		}
		return strings.Count(w, string(sep)) == 2 && len(parts[1]) <= 2 && len(parts[2]) <= 2
	}
	return len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 4
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// setOf is the set of its arguments.
func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// parseByLine recognises "By Name" and "By Name, Outlet".
func parseByLine(t string) (name, source string, ok bool) {
	if !mayBeByLine(t) {
		// Credit lines and CJK outlet lines start otherwise.
		if src, ok := creditLine(t); ok {
			return "", src, true
		}
		if cjkOutlet(t) {
			return "", t, true
		}
		// "WASHINGTON (AP) —": a wire dateline without a date names the
		// agency where a by-line would.
		if strings.HasSuffix(t, "—") || strings.HasSuffix(t, "-") || strings.HasSuffix(t, "–") {
			if m := agencyDatelineRE.FindStringSubmatch(t); m != nil {
				return "", m[1], true
			}
		}
		if name, src, ok := koByLine(t); ok {
			return name, src, true
		}
		return cjkByLine(t)
	}
	// "Quelle: Tageblatt", "来源：新华社": an outlet, in by-line position.
	if _, src, ok := labelled(t); ok {
		return "", src, true
	}
	m := byRE.FindStringSubmatch(t)
	if m != nil && len(strings.Fields(m[1])) > 10 && hasDigit(t) {
		// "Por Ana Souza, g1 — São Paulo 19/08/2022 21h01 Atualizado há
		// 7 horas": the by-line is the field before a separator, a dated
		// field after it.
		if field, rest := cutField(t); rest != "" && hasYear(rest) && isShort(t) {
			return parseByLine(strings.TrimSpace(field))
		}
	}
	if m == nil || len(strings.Fields(m[1])) > 10 || !isShort(t) {
		return "", "", false
	}
	rest := m[1]
	if n, src, ok := splitByline(rest); ok {
		return n, src, true
	}
	if n, src, ok := capsNameOutlet(rest); ok {
		return n, src, true
	}
	// Not a person's name: an outlet or a desk ("By Staff", "By The
	// Associated Press"): a few capitalised words, no sentence.
	n := 0
	for w := range strings.FieldsSeq(rest) {
		if n++; n > 4 || !startsUpper(w) && !hasFolded(particles, w) && !hasFolded(notInNames, w) {
			return "", "", false
		}
	}
	if !startsUpper(rest) {
		return "", "", false
	}
	return rest, "", true
}

// agencyDatelineRE is a wire dateline with the agency and no date: a
// place in capitals, the agency in brackets, a dash.
var agencyDatelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}\s.\-]{1,30}\s*\(([^()]{1,30})\)\s*[—–-]{1,2}$`)

// capsNameOutlet splits "PRIYA CHEN Global Wire Service", a name in
// capitals and the outlet after it, where the change of case is the only
// separator.
func capsNameOutlet(t string) (name, source string, ok bool) {
	ws := strings.Fields(t)
	n := 0
	for n < len(ws) && len(ws[n]) > 1 && strings.ToUpper(ws[n]) == ws[n] && strings.ToLower(ws[n]) != ws[n] {
		n++
	}
	// The case must change where the outlet starts: "A" after capitals is
	// still the same run ("BY FOREIGN COMMERCE THAT IN A NATIONAL VIEW",
	// an old headline in capitals).
	if n < 2 || n > 4 || n == len(ws) || len(ws)-n > 5 || strings.ToUpper(ws[n]) == ws[n] {
		return "", "", false
	}
	for _, w := range ws[n:] {
		if !startsUpper(w) && !hasFolded(particles, w) && !hasFolded(notInNames, w) {
			return "", "", false
		}
	}
	return strings.Join(ws[:n], " "), strings.Join(ws[n:], " "), true
}

// cjkByLine recognises a Chinese or Japanese by-line written without a
// space after the by-word: "记者王伟／北京报导", "記者 山田太郎".
func cjkByLine(t string) (name, source string, ok bool) {
	if t == "" || t[0] < utf8.RuneSelf || utf8.RuneCountInString(t) > 30 {
		return "", "", false
	}
	for _, w := range cjkByWords {
		if utf8.RuneCountInString(w) < 2 {
			continue // "文" opens too many words ("文件") to open a by-line unspaced
		}
		rest, found := strings.CutPrefix(t, w)
		if !found {
			continue
		}
		rest = strings.TrimLeft(rest, " 　")
		name, place := rest, ""
		if i := strings.IndexAny(rest, "／/ 　|｜"); i > 0 {
			name, place = rest[:i], strings.TrimLeft(rest[i:], "／/ 　|｜")
		}
		if isCJKName(name) {
			return name, place, true
		}
	}
	return "", "", false
}

// bylineSeps are the separators splitByline tries, but the comma.
var bylineSeps = []string{" - ", " – ", " — ", " | ", " / "}

// splitByline recognises "Name", "Name - Outlet", "Name, Outlet",
// "Name | Outlet" and "Name (Agency)", where Name looks like a person's
// name.
func splitByline(t string) (name, source string, ok bool) {
	// "Name (Agency)": the bracket closing the line is tested first, as
	// the backward search for its opening is slow.
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, " ("); i > 0 {
			if left, right := strings.TrimSpace(t[:i]), t[i+2:len(t)-1]; isName(left) && right != "" && !strings.ContainsAny(right, "()") {
				return left, right, true
			}
		}
	}
	// A name line without a separator (most of them) skips the search.
	if _, rest := cutFieldAt(t, bylineSeps); rest != "" || strings.IndexByte(t, ',') >= 0 {
		for _, sep := range []string{" - ", " – ", " — ", " | ", ", ", " / "} {
			if i := strings.Index(t, sep); i > 0 {
				left, right := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
				if isName(left) && right != "" {
					return left, right, true
				}
			}
		}
	}
	if isName(t) && !isOutlet(t) {
		return t, "", true
	}
	return "", "", false
}

// authorsSourceYear reads a search engine's line of authors, a dash, the
// journal or outlet and the year: "J Doe, R Roe - Journal of Public
// Affairs, 2019" (a citation's by-line). It returns the first author and
// the source.
func authorsSourceYear(t string) (name, source string, ok bool) {
	// strings.Index finds out faster than LastIndex that most lines
	// have no dash.
	if len(t) > 200 || !strings.Contains(t, " - ") {
		return "", "", false
	}
	i := strings.LastIndex(t, " - ")
	if i <= 0 {
		return "", "", false
	}
	left, right := t[:i], strings.TrimSpace(t[i+3:])
	c := strings.LastIndexByte(right, ' ')
	if c < 0 || !isYear(right[c+1:]) {
		return "", "", false
	}
	source = strings.TrimRight(strings.TrimSpace(right[:c]), ",")
	if source == "" || fieldWords(source) > 8 {
		return "", "", false
	}
	names := strings.Split(strings.TrimRight(left, "… ."), ", ")
	if len(names) > 6 {
		return "", "", false
	}
	for _, n := range names {
		if !isName(n) {
			return "", "", false
		}
	}
	return names[0], source, true
}

// koByLineRE is a Korean by-line: the name, then 기자 (reporter), 특파원
// (correspondent) or 통신원, an e-mail address after it, and a wire's
// place and agency in brackets before it ("[서울=연합뉴스] 홍길동 기자 =").
var koByLineRE = regexp.MustCompile(`^(?:\[(\p{Hangul}{1,10})\s*=\s*([^\]]{1,20})\]\s*)?(\p{Hangul}{2,4})\s*(?:기자|특파원|통신원)(?:\s*=)?(?:\s+\S+@\S+)?$`)

// koByLine reads a Korean by-line (koByLineRE): the name, and the agency
// when a wire's bracket gives one.
func koByLine(t string) (name, source string, ok bool) {
	if t == "" || t[0] < utf8.RuneSelf && t[0] != '[' || utf8.RuneCountInString(t) > 60 {
		return "", "", false
	}
	m := koByLineRE.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	return m[3], strings.TrimSpace(m[2]), true
}

// isCJKName reports whether t is one to three Chinese or Japanese names of
// two to five characters each ("王伟", "欧阳文", "田中 美咲").
func isCJKName(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		if n++; n > 3 {
			return false
		}
		c := utf8.RuneCountInString(w)
		if c < 1 || c > 5 || n == 1 && c < 2 {
			return false
		}
		for _, r := range w {
			if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hiragana, r) && !unicode.Is(unicode.Katakana, r) {
				return false
			}
		}
	}
	return n > 0
}

var particles = map[string]bool{"de": true, "van": true, "von": true, "da": true, "al": true, "bin": true, "la": true, "le": true, "del": true, "di": true, "der": true, "du": true, "and": true, "y": true}

// notInNames are capitalised words that start or fill headlines but not
// names, so "A Headline Here" or "What Is Next" is not a byline.
var notInNames = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "for": true, "to": true, "is": true, "are": true, "was": true, "what": true, "why": true, "how": true, "who": true, "when": true, "where": true, "with": true, "from": true, "after": true, "over": true, "says": true, "new": true}

// isName reports whether t looks like a person's name (or two): two to six
// capitalised words, initials and particles allowed, no digits.
func isName(t string) bool {
	if !isASCII(t) && hasCJK(t) {
		return isCJKName(t)
	}
	n := 0
	for range strings.FieldsSeq(t) {
		n++
	}
	if n < 2 || n > 6 {
		return false
	}
	i := -1
	for w := range strings.FieldsSeq(t) {
		i++
		if nameFilter.may(w) && hasFolded(notInNames, w) {
			return false
		}
		if i > 0 && i < n-1 && particleFilter.may(w) && hasFolded(particles, w) {
			continue
		}
		if !startsUpper(w) {
			return false
		}
		for _, r := range w {
			if !(unicode.IsLetter(r) || r == '.' || r == '-' || r == '\'' || r == '’') {
				return false
			}
		}
	}
	return true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Filters in front of the name and outlet word sets, asked of every word
// of a header's lines.
var nameFilter, particleFilter, outletFilter = filterOf(notInNames), filterOf(particles), filterOf(outletWords)

var outletWords = map[string]bool{
	"news": true, "times": true, "post": true, "press": true, "reuters": true, "video": true, "videos": true,
	"journal": true, "magazine": true, "daily": true, "weekly": true, "tribune": true, "herald": true,
	"guardian": true, "telegraph": true, "week": true, "media": true, "tv": true, "radio": true,
	"agency": true, "afp": true, "ap": true, "bbc": true, "cnn": true, "npr": true, "slate": true,
	"yahoo": true, "bloomberg": true, "associated": true, "wire": true, "gazette": true, "chronicle": true,
	"observer": true, "review": true, "network": true, "online": true, "staff": true, "editorial": true,
	"correspondent": true, "reporter": true, "editor": true, "newsroom": true, "dpa": true, "efe": true,
	"desk": true, "courier": true, "ledger": true, "bulletin": true, "express": true, "dispatch": true,
	"monitor": true, "zeitung": true, "nachrichten": true, "rundschau": true, "kurier": true, "presse": true,
	"diario": true, "periódico": true, "quotidien": true, "courrier": true, "gazzetta": true, "corriere": true,
}

// isOutlet reports whether t looks like the name of a publication rather
// than of a person: a known outlet word, or a single word in capitals.
func isOutlet(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		n++
		w = trimBytes(w, func(c byte) bool { return c == '.' || c == ',' || c == ':' || c == ';' || c == '(' || c == ')' })
		if outletFilter.may(w) && hasFolded(outletWords, w) || len(w) >= 4 && strings.EqualFold(w[len(w)-4:], ".com") {
			return true
		}
	}
	return n == 1 && strings.ToUpper(t) == t && strings.ToLower(t) != t && utf8.RuneCountInString(t) > 1
}

// hasYear reports whether t has four digits in a row, which every date
// pattern needs; it keeps the date regexp off most lines.
func hasYear(t string) bool {
	run := 0
	for i := 0; i < len(t); i++ {
		if '0' <= t[i] && t[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// languageNames are the language lines of database exports ("English").
var languageNames = wordSet(`english french german spanish italian portuguese dutch russian arabic chinese japanese
	français deutsch español italiano português nederlands`)

// trimLine is strings.TrimSpace(line), at the cost of two byte tests for
// the many lines that neither start nor end with white space (every
// ASCII byte above the space is none; other bytes may start one).
func trimLine(line string) string {
	if n := len(line); n > 0 && ' ' < line[0] && line[0] < utf8.RuneSelf && ' ' < line[n-1] && line[n-1] < utf8.RuneSelf {
		return line
	}
	return strings.TrimSpace(line)
}

// colonIndex is the index of t's first colon, ASCII or full-width ("："),
// or -1: strings.IndexAny with a non-ASCII set decodes every rune of t.
func colonIndex(t string) int {
	i := strings.IndexByte(t, ':')
	head := t
	if i >= 0 {
		head = t[:i]
	}
	if j := strings.Index(head, "："); j >= 0 {
		return j
	}
	return i
}

// oddSpaceAt returns the length of the invisible or non-breaking space
// character at t[i] (see cleanSpaces), or 0 when there is none. Web pages
// and word processors put them in header lines ("12&nbsp;March&nbsp;2024",
// a soft hyphen in a long German word, a zero-width space or a direction
// mark in an Arabic date), where they would hide words and dates from the
// splitter's tests.
func oddSpaceAt(t string, i int) (n int, space bool) {
	switch t[i] {
	case 0xC2: // U+00A0 no-break space, U+00AD soft hyphen
		if i+1 < len(t) {
			switch t[i+1] {
			case 0xA0:
				return 2, true
			case 0xAD:
				return 2, false
			}
		}
	case 0xE2:
		if i+2 < len(t) {
			switch c := t[i+2]; t[i+1] {
			case 0x80:
				switch {
				case c <= 0x8A || c == 0xAF: // U+2000–U+200A, U+202F narrow no-break space
					return 3, true
				case c <= 0x8F: // U+200B–U+200F zero-width spaces and joiners, direction marks
					return 3, false
				}
			case 0x81:
				switch c {
				case 0x9F: // U+205F medium mathematical space
					return 3, true
				case 0xA0: // U+2060 word joiner
					return 3, false
				}
			}
		}
	case 0xEF: // U+FEFF zero-width no-break space (a byte order mark inside the text)
		if i+2 < len(t) && t[i+1] == 0xBB && t[i+2] == 0xBF {
			return 3, false
		}
	}
	return 0, false
}

// hasOddSpace reports whether t holds a character cleanSpaces changes.
// Each starts with one of three bytes, found first by a byte search.
func hasOddSpace(t string) bool {
	if strings.IndexByte(t, 0xC2) < 0 && strings.IndexByte(t, 0xE2) < 0 && strings.IndexByte(t, 0xEF) < 0 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= 0xC2 {
			if n, _ := oddSpaceAt(t, i); n > 0 {
				return true
			}
		}
	}
	return false
}

// cleanSpaces returns t with its no-break and typographic spaces written
// as ASCII spaces and its invisible characters (zero-width spaces and
// joiners, soft hyphens, direction marks) taken out, as the splitter reads
// a line: the words and dates are those a reader sees.
func cleanSpaces(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); {
		if t[i] >= 0xC2 {
			if n, space := oddSpaceAt(t, i); n > 0 {
				if space {
					b.WriteByte(' ')
				}
				i += n
				continue
			}
		}
		b.WriteByte(t[i])
		i++
	}
	return b.String()
}
