package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isShort reports whether a line could be a header line: at most 20 words
// and 200 characters, and not ending like a sentence or a clause.
func isShort(t string) bool {
	if utf8.RuneCountInString(t) > 200 || len(strings.Fields(t)) > 20 {
		return false
	}
	end := strings.TrimRight(t, "\"'”’»)] ")
	if end == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(end)
	switch r {
	case '.', ',', ';', ':', '…':
		return false
	}
	return true
}

var boilerplate = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
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
}, "|") + `)$`)

// IsBoilerplate reports whether a line is site chrome or aggregator
// boilerplate that is never part of an article's text: comment and
// navigation links, share buttons, copyright lines, "To see more
// documents/articles regarding ..." and the like.
func IsBoilerplate(line string) bool {
	t := strings.TrimSpace(line)
	// Every pattern is bounded well below this length.
	return len(t) <= 400 && boilerplate.MatchString(t)
}

const monthNames = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?` +
	`|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre` +
	`|januar|februar|m[äa]e?rz|juni|juli|oktober|dezember` +
	`|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre`

const weekdayNames = `monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun` +
	`|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag` +
	`|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo`

var dateRE = regexp.MustCompile(`(?i)(?:\b(?:` + weekdayNames + `)\.?,?\s+)?(?:` +
	`\b(?:` + monthNames + `)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b` +
	`|\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:` + monthNames + `)\.?,?\s+(?:de\s+)?\d{4}\b` +
	`|\b\d{4}-\d{2}-\d{2}\b` +
	`|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b)`)

var datePrefixRE = regexp.MustCompile(`(?i)^(?:updated|published|posted|last updated|first published|modified|date|dated|publicado|actualizado|mis à jour|publié|aktualisiert|veröffentlicht|stand)(?:\s+on)?:?$`)

// parseDateLine recognises a line that is a date, possibly with an
// "Updated" prefix, a source ("NPR/March 24, 2024") and a time after it.
// It returns the date as written, the source if any, and whether the line
// is a date line.
func parseDateLine(t string) (date, source string, ok bool) {
	if len(t) > 120 || !hasYear(t) {
		return "", "", false
	}
	loc := dateRE.FindStringIndex(t)
	if loc == nil {
		return "", "", false
	}
	prefix := strings.TrimSpace(t[:loc[0]])
	suffix := strings.TrimSpace(t[loc[1]:])
	if len(strings.Fields(suffix)) > 6 || strings.HasSuffix(suffix, ".") && !strings.HasSuffix(strings.ToLower(suffix), "m.") {
		return "", "", false
	}
	switch {
	case prefix == "" || datePrefixRE.MatchString(prefix):
	default:
		src := strings.TrimRight(prefix, " /|-–—·,:")
		if src == prefix || src == "" || len(strings.Fields(src)) > 4 {
			return "", "", false
		}
		// "Reuters - Updated March 25, 2024" keeps the source.
		if f := strings.Fields(src); len(f) > 1 && datePrefixRE.MatchString(f[len(f)-1]) {
			src = strings.TrimRight(strings.Join(f[:len(f)-1], " "), " /|-–—·,:")
		}
		source = src
	}
	return strings.TrimSpace(t[loc[0]:loc[1]]), source, true
}

var byRE = regexp.MustCompile(`(?i)^(?:by|von|par|por|di)\s+(.+)$`)

// parseByLine recognises "By Name" and "By Name, Outlet".
func parseByLine(t string) (name, source string, ok bool) {
	m := byRE.FindStringSubmatch(t)
	if m == nil || len(strings.Fields(m[1])) > 10 || !isShort(t) {
		return "", "", false
	}
	rest := m[1]
	if n, src, ok := splitByline(rest); ok {
		return n, src, true
	}
	if !startsUpper(rest) {
		return "", "", false
	}
	return rest, "", true
}

// splitByline recognises "Name", "Name - Outlet", "Name, Outlet" and
// "Name | Outlet", where Name looks like a person's name.
func splitByline(t string) (name, source string, ok bool) {
	for _, sep := range []string{" - ", " – ", " — ", " | ", ", ", " / "} {
		if i := strings.Index(t, sep); i > 0 {
			left, right := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
			if isName(left) && right != "" {
				return left, right, true
			}
		}
	}
	if isName(t) && !isOutlet(t) {
		return t, "", true
	}
	return "", "", false
}

var particles = map[string]bool{"de": true, "van": true, "von": true, "da": true, "al": true, "bin": true, "la": true, "le": true, "del": true, "di": true, "der": true, "du": true, "and": true, "y": true}

// notInNames are capitalised words that start or fill headlines but not
// names, so "A Headline Here" or "What Is Next" is not a byline.
var notInNames = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "for": true, "to": true, "is": true, "are": true, "was": true, "what": true, "why": true, "how": true, "who": true, "when": true, "where": true, "with": true, "from": true, "after": true, "over": true, "says": true, "new": true}

// isName reports whether t looks like a person's name (or two): two to six
// capitalised words, initials and particles allowed, no digits.
func isName(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	for i, w := range f {
		lw := strings.ToLower(w)
		if notInNames[lw] {
			return false
		}
		if particles[lw] && i > 0 && i < len(f)-1 {
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

var outletWords = map[string]bool{
	"news": true, "times": true, "post": true, "press": true, "reuters": true, "video": true, "videos": true,
	"journal": true, "magazine": true, "daily": true, "weekly": true, "tribune": true, "herald": true,
	"guardian": true, "telegraph": true, "week": true, "media": true, "tv": true, "radio": true,
	"agency": true, "afp": true, "ap": true, "bbc": true, "cnn": true, "npr": true, "slate": true,
	"yahoo": true, "bloomberg": true, "associated": true, "wire": true, "gazette": true, "chronicle": true,
	"observer": true, "review": true, "network": true, "online": true, "staff": true, "editorial": true,
	"correspondent": true, "reporter": true, "editor": true, "newsroom": true, "dpa": true, "efe": true,
}

// isOutlet reports whether t looks like the name of a publication rather
// than of a person: a known outlet word, or a single word in capitals.
func isOutlet(t string) bool {
	f := strings.Fields(t)
	if len(f) == 1 && strings.ToUpper(t) == t && utf8.RuneCountInString(t) > 1 {
		return true
	}
	for _, w := range f {
		w = strings.ToLower(strings.Trim(w, ".,:;()"))
		if outletWords[w] || strings.HasSuffix(w, ".com") {
			return true
		}
	}
	return false
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
