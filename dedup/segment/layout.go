package segment

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line shapes. A header block's shape is the sequence of its lines'
// shapes, with '_' where blank lines separate two of them; it says how a
// file lays out its headers without saying what they contain, so one
// recognised header teaches the splitter the file's other headers, even
// those with titles only or dates in forms no table lists.
const (
	shapeCounter = 'C' // an export's document counter: "12 of 50 DOCUMENTS"
	shapeBy      = 'B' // a by-line
	shapeDate    = 'D' // a date line, or a short line of numbers (times, unknown date forms)
	shapeField   = 'F' // a labelled field: "Section: World"
	shapeChrome  = 'X' // boilerplate
	shapeHead    = 'H' // a one-line header: headline, source and date
	shapeTitle   = 'T' // a short line of two words or more (four characters in CJK)
	shapeShort   = 't' // a one-word line: an outlet, a label, a section heading
	shapeProse   = 'P' // body text
	shapeDeck    = 'S' // a standfirst: one sentence between headline and date
	shapeLink    = 'U' // a web address alone: the article's page
)

var (
	counterRE = regexp.MustCompile(`(?i)^(?:(\d{1,6})\s+(?:of|von|de|sur|di|van|av|af|из)\s+(\d{1,6})\s+(?:documents?|documenten|dokumente?n?|dokumenter|documentos?|documenti|articles?|artikel|artikelen|artículos?|articoli|artigos?|results?|resultaten|ergebnisse?|résultats?|resultados?|risultati|документ\S*|стат\S*)|(?:documents?|document|dokument|documento|article|artikel|artículo|articolo|artigo|result|ergebnis|résultat|resultado|документ|статья)\s+(\d{1,6})\s+(?:of|von|de|sur|di|van|av|af|из)\s+(\d{1,6}))$`)
	// fieldRE is a labelled field: a space after an ASCII colon
	// ("Section: World"; "Spécification:32/Z85" is text), none needed after
	// a full-width one ("来源：新华社").
	fieldRE = regexp.MustCompile(`^\pL[\pL\pM\- ]{0,24}(?::\s+|：\s*)[^\s:：]`)
	// cjkDateRE finds 2024年3月25日, 2024년 3월 25일 and 2024/03/25
	// inside CJK text.
	cjkDateRE = regexp.MustCompile(`\d{4}\s*[年년/.\-]\s*\d{1,2}\s*[月월/.\-]\s*\d{1,2}\s*[日일]?`)
	// datelineRE is a wire dateline without a year: "Москва, 25 мар — РИА Новости".
	datelineRE = regexp.MustCompile(`^\p{Lu}[\pL.\- ]{1,30},\s+(\d{1,2})\s+(\pL{3,10})\.?\s+[—–-]\s+(\S.{0,60})$`)
	// datelineDotRE is a wire dateline with full stops between place,
	// day and agency: "Казань. 8 марта. ПРАЙМ -".
	datelineDotRE = regexp.MustCompile(`^\p{Lu}[\pL\- ]{1,30}\.\s+(?:(\d{1,2})\s+(\pL{3,10})|(\pL{3,10})\s+(\d{1,2}))\.\s+(\S[^.]{0,40}?)\s*[—–-]?$`)
	// datelineParenRE is a wire dateline with the agency in brackets:
	// "OTTAWA, Nov 11 (Metro Desk)", "PARIS, 3 mars (AFP)".
	datelineParenRE = regexp.MustCompile(`^\p{Lu}[\pL.\- ]{1,30},\s+(?:(\d{1,2})\.?\s+(\pL{3,10})|(\pL{3,10})\.?\s+(\d{1,2}))\.?\s+\(([^()]{2,40})\)$`)
	// monthDayEndRE is a day and month closing a line after a separator
	// (or alone): "· April 27", "| 3 Jan".
	monthDayEndRE = regexp.MustCompile(`(?:^|\s[·|•—–]\s)((?:\d{1,2}\.?\s+(\pL{3,10})|(\pL{3,10})\.?\s+\d{1,2}))$`)
	// cjkDatelineRE matches a Chinese dateline: agency and place, month
	// and day, 电 ("sent"), in optional parentheses, and the reporter in
	// brackets after it ("(记者 陈静)").
	cjkDatelineRE = regexp.MustCompile(`^[（(]?(\p{Han}{2,10}?)(\d{1,2}月\d{1,2}日)电[）)]?(?:\s*[（(][^（()）]{1,20}[）)])?$`)
)

// asciiAlnumAt reports whether t has an ASCII letter or digit at byte i.
func asciiAlnumAt(t string, i int) bool {
	if i < 0 || i >= len(t) {
		return false
	}
	c := t[i] | 0x20
	return 'a' <= c && c <= 'z' || '0' <= t[i] && t[i] <= '9'
}

// looseDate recognises the date lines parseDateLine does not: CJK dates,
// datelines without a year, and relative dates. It returns the date part.
func looseDate(t string, f facts) (date, source string, ok bool) {
	if utf8.RuneCountInString(t) > 80 {
		return "", "", false
	}
	// Each regexp runs only on lines holding what it needs, so body text
	// rarely reaches one.
	digit := f.digit
	cjk := digit && !f.ascii
	if cjk && hasYear(t) {
		// "Std1003.2-1992" holds the form inside a word: not a date.
		if loc := cjkDateRE.FindStringIndex(t); loc != nil && !asciiAlnumAt(t, loc[0]-1) && !asciiAlnumAt(t, len(strings.TrimRight(t[:loc[1]], " \t"))) {
			// "来源：光明日报　2020年5月6日 08:10": a labelled source before
			// or after the date.
			if _, src, ok := labelled(t[:loc[0]]); ok {
				source = src
			} else if _, src, ok := labelled(t[loc[1]:]); ok {
				source = src
			}
			return strings.TrimSpace(t[loc[0]:loc[1]]), source, true
		}
	}
	if digit && (strings.IndexByte(t, ':') >= 0 || strings.Contains(t, "時") || strings.Contains(t, "时") || strings.Contains(t, "点")) {
		// "3/25(月) 10:31配信", "3月25日 10:31": a day without a year,
		// with a time (and the weekday) as portals date the day's news.
		if m := monthDayTimeRE.FindStringSubmatch(t); m != nil {
			return strings.TrimSpace(m[1]), "", true
		}
	}
	if cjk && strings.Contains(t, "电") {
		// "（本报北京3月25日电）", "新华社北京3月25日电": the agency and
		// place, then the day.
		if m := cjkDatelineRE.FindStringSubmatch(t); m != nil {
			return m[2], m[1], true
		}
	}
	if digit && strings.IndexByte(t, ',') >= 0 && (strings.IndexByte(t, '-') >= 0 || strings.Contains(t, "–") || strings.Contains(t, "—")) {
		if m := datelineRE.FindStringSubmatch(t); m != nil && monthWords[strings.ToLower(m[2])] {
			return m[1] + " " + m[2], strings.TrimRight(m[3], " ."), true
		}
	}
	if digit && strings.Count(t, ". ") >= 2 {
		if m := datelineDotRE.FindStringSubmatch(t); m != nil {
			date, month := m[1]+" "+m[2], m[2]
			if month == "" {
				date, month = m[3]+" "+m[4], m[3]
			}
			if hasFolded(monthWords, month) {
				return date, m[5], true
			}
		}
	}
	if digit && strings.IndexByte(t, ',') >= 0 && strings.HasSuffix(t, ")") {
		// "OTTAWA, Nov 11 (Metro Desk)", "PARIS, 3 mars (AFP)".
		if m := datelineParenRE.FindStringSubmatch(t); m != nil {
			month := m[2]
			if month == "" {
				month = m[3]
			}
			if hasFolded(monthWords, month) {
				return strings.TrimSpace(t[strings.IndexByte(t, ',')+1 : strings.LastIndexByte(t, '(')]), m[5], true
			}
		}
	}
	if digit && f.words <= 8 {
		// "13 min read · April 27", "Opinion | 3 Jan": a day and month
		// without a year closing a line of short fields.
		if m := monthDayEndRE.FindStringSubmatch(t); m != nil && (hasFolded(monthWords, m[2]) || hasFolded(monthWords, m[3])) {
			return strings.TrimSpace(m[1]), "", true
		}
	}
	// "03.03.24 10:12", "3/3/24": a day, month and two-digit year.
	if digit && f.words <= 4 && len(t) <= 28 && '0' <= t[0] && t[0] <= '9' {
		if d, ok := shortYearDate(t); ok {
			return d, "", true
		}
	}
	// "Updated 4:04 PM", "18:38 GMT", "09:20": a time of day alone, as
	// live pages and tickers date the day's stories.
	if digit && f.words <= 5 && (hasClock(t) || strings.Contains(t, "時")) {
		if m := timeLineRE.FindStringSubmatch(t); m != nil && (m[1] == "" || datePrefixRE.MatchString(strings.TrimSpace(m[1]))) {
			// "Yesterday, 9:34 AM": the day is part of the date.
			if dayPrefixRE.MatchString(m[1]) {
				return t, "", true
			}
			return strings.TrimSpace(t[len(m[1]):]), "", true
		}
	}
	// "2 мая в 10:12", "Mar 3, 10:12 AM": a day and month without a year,
	// and the time.
	if digit && f.words <= 7 && hasClock(t) {
		if m := monthDayClockRE.FindStringSubmatch(t); m != nil && (hasFolded(monthWords, m[1]) || hasFolded(monthWords, m[2])) {
			return t, "", true
		}
	}
	// "Publicerad 13 augusti 2021 kl. 02.47", "13 maart 2024, 09:12": a
	// day, a word, a year and a time, after one capitalised word at most
	// — a date in a language the tables lack.
	if digit && f.words <= 8 && hasYear(t) {
		if m := wordDateClockRE.FindStringSubmatch(t); m != nil {
			return m[1], "", true
		}
		if m := monthFirstRE.FindStringSubmatch(t); m != nil && (m[1] != "" || m[3] != "") {
			return m[2], "", true
		}
		if m := yearFirstClockRE.FindStringSubmatch(t); m != nil {
			return m[1], "", true
		}
		if m := weekdayDateRE.FindStringSubmatch(t); m != nil {
			return m[1], "", true
		}
	}
	if digit && f.words <= 14 && strings.Count(t, " - ")+strings.Count(t, " | ") >= 1 {
		if d, ok := dualCalendarDate(t); ok {
			return d, "", true
		}
	}
	if cjk && strings.Contains(t, "年") {
		if loc := eraDateRE.FindStringIndex(t); loc != nil {
			return t[loc[0]:loc[1]], "", true
		}
	}
	// "r/worldnews • Posted by u/newsfan • 12h": a compact age closing a
	// line of fields, as social platforms date posts.
	if digit && f.words <= 12 {
		// The last field may put a word before the age ("Answered 3y",
		// "Updated 8y").
		if sp := strings.LastIndexByte(t, ' '); sp > 0 && compactAge(t[sp+1:]) {
			if cut, sep := lastSep(t, suffixSeps); cut > 0 && (cut+len(sep) == sp+1 || fieldWords(t[cut+len(sep):]) == 2 && !hasDigit(t[cut+len(sep):sp])) {
				return t[sp+1:], "", true
			}
		}
		// "3d • Edited •", "12h · 🌐": the age first, then short fields.
		if '0' <= t[0] && t[0] <= '9' {
			if age, ok := ageFields(t); ok {
				return age, "", true
			}
		}
	}
	if f.words <= 12 {
		// "Publicado hace 3 horas por Juan Pérez", "Posted 2 hours ago by
		// Jane Doe": the by-line after the relative date is its source,
		// which the header's description reads as a by-line.
		head, by := t, ""
		if i := trailingBy(t); i > 0 {
			// "Updated 3 hours ago | By Jane Doe": a separator may
			// stand before the by-line.
			head, by = strings.TrimRight(t[:i], " |·•-–—"), strings.TrimSpace(t[i:])
		}
		// "123 points by newsfan 5 hours ago | 45 comments": short
		// fields after a separator may follow the relative date, as
		// they follow other dates (dateSuffix).
		for n := 0; n < 3 && !relativeEnd(head); n++ {
			cut, sep := lastSep(head, suffixSeps)
			if cut <= 0 || !dateSuffix(head[cut+len(sep):]) {
				break
			}
			head = strings.TrimSpace(head[:cut])
		}
		if relativeEnd(head) {
			if loc := relativeRE.FindStringIndex(head); loc != nil {
				return strings.Trim(head[loc[0]:loc[1]], " ·|"), by, true
			}
		}
	}
	return "", "", false
}

// ageFields reads a line of fields separated by bullets or dots that
// opens with a compact age, every other field a word or two ("3d •
// Edited •", "12h · 🌐"), as professional and social networks date
// posts. It returns the age.
func ageFields(t string) (string, bool) {
	first, rest := cutFieldAt(t, suffixSeps)
	if !compactAge(first) || rest == "" {
		return "", false
	}
	for rest != "" {
		var piece string
		piece, rest = cutFieldAt(strings.TrimLeft(rest, " ·|•-–—"), suffixSeps)
		if piece = strings.TrimRight(strings.TrimSpace(piece), " ·|•-–—"); fieldWords(piece) > 2 || hasDigit(piece) {
			return "", false
		}
	}
	return strings.TrimSpace(first), true
}

// compactAge reports whether t is an age in a platform's short form: one
// to three digits and h, d, w, m (minutes), mo (months), y or yr
// ("12h", "3d", "45 min", "2mo", "3y").
func compactAge(t string) bool {
	t = strings.TrimSpace(t)
	i := 0
	for i < len(t) && i < 3 && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	switch strings.TrimSpace(t[i:]) {
	case "h", "d", "w", "m", "min", "mins", "hr", "hrs", "mo", "mos", "y", "yr", "yrs":
		return true
	}
	return false
}

// shortYearRE is a numeric date with a two-digit year, and a time after
// it: "03.03.24 10:12", "3/3/24", "25/03/24 à 10h31".
var shortYearRE = regexp.MustCompile(`^((\d{1,2})([./])(\d{1,2})[./](\d{2}))(?:,?\s+(?:\pL{1,3}\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?$`)

// shortYearDate reads a date with a two-digit year (see shortYearRE): day
// and month (either order, as American dates put the month first) from 1
// to 31 and one of them at most 12, one separator throughout. It returns
// the date part.
func shortYearDate(t string) (string, bool) {
	m := shortYearRE.FindStringSubmatch(t)
	if m == nil || !strings.Contains(m[1][len(m[2])+1:], m[3]) {
		return "", false
	}
	a, _ := strconv.Atoi(m[2])
	b, _ := strconv.Atoi(m[4])
	if a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12 {
		return "", false
	}
	return m[1], true
}

// trailingBy is where a by-line closing t starts ("... por Juan Pérez"):
// the space before the last by-word that is followed by a name, or 0 when
// there is none.
func trailingBy(t string) int {
	i, _ := nameAfter(t, func(w string) bool { return byWordFilter.may(w) && hasFolded(byWordSet, w) })
	return max(i, 0)
}

// hasClock reports whether t holds a time of day's separator between
// digits ("10:12", "10h12"), which the time-line patterns need.
func hasClock(t string) bool {
	for i := 1; i+1 < len(t); i++ {
		if (t[i] == ':' || t[i] == 'h') && '0' <= t[i-1] && t[i-1] <= '9' && '0' <= t[i+1] && t[i+1] <= '9' {
			return true
		}
	}
	return false
}

// relativeEnd reports whether t ends as every relativeRE phrase does: with
// one of relativeLast or with 前 ("3小时前").
func relativeEnd(t string) bool {
	for len(t) > 0 { // strings.TrimRight(t, " ·|"), without its cutset
		if c := t[len(t)-1]; c == ' ' || c == '|' {
			t = t[:len(t)-1]
		} else if strings.HasSuffix(t, "·") {
			t = t[:len(t)-len("·")]
		} else {
			break
		}
	}
	if strings.HasSuffix(t, "前") {
		return true
	}
	last := t[strings.LastIndexByte(t, ' ')+1:]
	return len(last) <= 12 && relativeFilter.may(last) && hasFolded(relativeLast, last)
}

var clockRE = regexp.MustCompile(`\b\d{1,2}[:h時]\d{2}\b`)

// mayHaveClock is what clockRE needs, tested without the regexp: a digit,
// a time's separator and a digit.
func mayHaveClock(t string) bool {
	return hasClock(t) || strings.Contains(t, "時")
}

// monthDayTimeRE is a month and day without a year and a time, at the
// start of a line, with what Chinese and Japanese portals put after it
// (配信 "delivered", 更新 "updated", 发布 "published").
var monthDayTimeRE = regexp.MustCompile(`^((?:\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日)\s*(?:[（(][日月火水木金土][)）])?\s*(?:午前|午後|上午|下午)?\s*\d{1,2}[:時时点]\d{1,2}分?)\s*(?:配信|更新|发布|発表)?$`)

// timeLineRE is a line that is a time of day: an optional date keyword
// (checked against the vocabulary's), the time, a.m./p.m., a zone
// ("GMT", "CET", "UTC+3").
var timeLineRE = regexp.MustCompile(`^(\pL[\pL'’ ]{0,24}?[:,]?\s+)?\d{1,2}(?:[:h時]\d{2})(?::\d{2})?(?:\s*(?:[aApP]\.?[mM]\.?))?(?:\s+(?:[A-Z]{2,5}|UTC[+-−]\d{1,2}|GMT[+-−]\d{1,2}|Uhr|uhr))?$`)

// wordDateClockRE is a day, a month's name in any language, a year and a
// time, after one capitalised word (a weekday may end in a comma) or a
// short label at most: "Publicerad 13 augusti 2021 kl. 02.47", "21
// september 2023, 03:49", "П'ятниця, 6 січня 2023, 05:25", "نشر في: 25
// مارس 2024 - 10:31".
var wordDateClockRE = regexp.MustCompile(`^(?:\p{Lu}[\pL'’ʼ]{2,15}[:,]?\s+|(?:[\pL\pM]+\s+){0,2}[\pL\pM]+[:：]\s*)?(\d{1,2}\.?\s+[\pL\pM]{2,14}\.?,?\s+\d{4}),?(?:\s+[-–—|·@])?\s+(?:\pL{1,3}\.?\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:[A-Z]{2,5}|Uhr|uhr|h|hs?\.?|[aApP]\.?[mM]\.?))?$`)

// weekdayDateRE is a capitalised word and a comma, or two capitalised
// words, before a day, a word and a year, nothing else: "Jumatatu, 3
// Machi 2024", "Pirmadienis, 25 kovo 2024", "Dydd Sul 10 Hydref 2021"
// (weekdays of two words: Welsh, Irish). The word after the day is not
// checked against the month tables; the weekday, the day and the year
// make the line a date.
var weekdayDateRE = regexp.MustCompile(`^(?:\p{Lu}[\pL'’ʼ]{2,15},|\p{Lu}[\pL'’ʼ]{1,15}\s+\p{Lu}[\pL'’ʼ]{1,15},?)\s+((?:[12]\d|3[01]|0?[1-9])\.?\s+[\pL\pM]{3,14}\.?\s+(?:1[89]|20)\d{2})$`)

// yearFirstClockRE is a year, a day and a word (either order) and a time,
// as languages that put the year first write dates: "2024. március 25.
// 10:31", "2023. gada 28. maijs, 03:46", "2024 m. kovo 25 d. 10:31". A
// short word may follow the year ("gada" or "m.", "of the year") and the
// day ("d."); the word is not checked against the month tables, which lack
// most of these languages: the year, the day and the time between them
// make the line a date.
var yearFirstClockRE = regexp.MustCompile(`^((?:1[89]|20)\d{2}\.?\s+(?:\pL{1,5}\.?\s+)?(?:\d{1,2}\.?\s+[\pL\pM]{2,14}\.?|[\pL\pM]{2,14}\.?\s+\d{1,2}\.?(?:\s+\pL{1,2}\.)?)),?\s+(?:\pL{1,3}\.?\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:[A-Z]{2,5}|Uhr|h))?$`)

// monthFirstRE is a month's name in any language before the day, a comma
// and the year, after a weekday and a comma or before a time: "Jumanne,
// Februari 14, 2023", "Abril 14, 2025 2:45 PM". (Without either, "Volume
// 12, 2023" would read as a date.)
var monthFirstRE = regexp.MustCompile(`^(?:([\pL\pM]{2,15}),\s+)?([\pL\pM]{3,12}\.?\s+\d{1,2},\s+\d{4})(,?\s+\d{1,2}:\d{2}(?:\s*[aApP]\.?[mM]\.?)?)?$`)

// bareDateRE is a day, a month's name in any language (one or two words,
// "رمضان", "ربيع الأول") and a year, with an era's mark after it at most
// ("هـ", "AD"): one field of a line that gives the date in two calendars.
var bareDateRE = regexp.MustCompile(`^\d{1,2}\s+[\pL\pM]{2,14}(?:\s+[\pL\pM]{2,14})?\s+\d{4}(?:\s+[\pL\pM.]{1,4})?$`)

// dualCalendarDate reads a line that gives the date in two calendars
// between dashes or bars, with the weekday perhaps ("الاثنين - 1 شعبان 1442
// هـ - 22 يوليو 2024 مـ"): two fields or more are a day, a month's name and
// a year, and no field is longer than five words. It returns the last
// such field.
func dualCalendarDate(t string) (string, bool) {
	fields := strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '|' || r == '–' || r == '—' })
	if len(fields) < 2 || len(fields) > 4 {
		return "", false
	}
	dates, last := 0, ""
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if fieldWords(f) > 5 {
			return "", false
		}
		if bareDateRE.MatchString(f) {
			dates, last = dates+1, f
		}
	}
	return last, dates >= 2
}

// eraDateRE is a date in a Japanese or Taiwanese era's years: "令和6年3月25日",
// "民國113年3月25日".
var eraDateRE = regexp.MustCompile(`(?:令和|平成|昭和|民國|民国)\s*(?:\d{1,3}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`)

// monthDayClockRE is a day and month (either order) and a time, with
// up to two short words or a comma between them: "2 мая в 10:12",
// "March 3 at 10:12", "3 de marzo, 10:12", "25. März, 10:12 Uhr".
var monthDayClockRE = regexp.MustCompile(`^(?:\d{1,2}\.?\s+(?:de\s+)?(\pL{3,10})\.?|(\pL{3,10})\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:\pL{1,3}(?:\s\pL{1,3})?\s+)?\d{1,2}[:h]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+(?:[A-Z]{2,5}|Uhr|h))?$`)

// numeric reports whether a short line is mostly numbers, as date and
// time lines in forms no table lists are ("12.06.23 · 07:40", "Metro
// Desk · 07:40 CET, 12 Jun 2023"): at most ten words, of which two thirds
// or more hold digits, or a clock time. A headline with a number or two
// in it ("Номер 8 младший 0 и") is a title.
func numeric(t string) bool {
	if !hasDigit(t) || wordCountOver(t, 10) {
		return false
	}
	words, digits := 0, 0
	for w := range strings.FieldsSeq(t) {
		words += wordsIn(w)
		if strings.ContainsAny(w, "0123456789") {
			digits++
		}
	}
	return digits >= 2 && 3*digits >= 2*words || digits >= 1 && mayHaveClock(t) && clockRE.MatchString(t)
}

// shapeOf is the shape of a non-blank line.
func shapeOf(t string, k lineInfo, f facts) byte {
	switch {
	case mayBeCounter(t) && counterRE.MatchString(t):
		return shapeCounter
	case k.boilerplate:
		return shapeChrome
	case !k.short:
		return shapeProse
	case k.by:
		return shapeBy
	case k.date && k.headTitle != "":
		return shapeHead
	case k.date || f.digit && f.words <= 10 && numeric(t):
		return shapeDate
	case (strings.IndexByte(t, ':') >= 0 || !f.ascii && strings.Contains(t, "：")) && fieldRE.MatchString(t) && fieldLabel(t):
		return shapeField
	}
	if cjk := !f.ascii && hasCJK(t); cjk && utf8.RuneCountInString(t) >= 4 || !cjk && f.words > 1 {
		return shapeTitle
	}
	return shapeShort
}

// fieldLabel reports whether the text before t's first colon reads as a
// field's label: a few words (as fieldWords counts them, so at most
// eight characters of Chinese or Japanese), not a reply mark ("Re:").
// A headline with a colon in it ("长句子说明了：原因") is a title.
func fieldLabel(t string) bool {
	i := colonIndex(t)
	return i > 0 && fieldWords(t[:i]) <= 4 && !isReply(t)
}

// wordsIn counts a space-separated field as words: one, or for text in
// scripts written without spaces (Chinese, Japanese) one word per two
// characters, so "a few words" means the same in every language.
func wordsIn(field string) int {
	if !hasCJK(field) {
		return 1
	}
	n := 0
	for _, r := range field {
		if r >= 0x1100 {
			n++
		}
	}
	return max(1, (n+1)/2)
}

// fieldWords counts t's words as wordsIn does.
func fieldWords(t string) int {
	n := 0
	for w := range strings.FieldsSeq(t) {
		n += wordsIn(w)
	}
	return n
}

func hasDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if '0' <= t[i] && t[i] <= '9' {
			return true
		}
	}
	return false
}

// mayBeCounter is counterRE's first test: the line starts with a digit or
// with one of its nouns ("Document", "Article", "Result", "Документ").
func mayBeCounter(t string) bool {
	if t == "" {
		return false
	}
	if '0' <= t[0] && t[0] <= '9' {
		return true
	}
	w := t
	if i := strings.IndexByte(t, ' '); i > 0 {
		w = t[:i]
	}
	return counterFilter.may(w) && hasFolded(counterNouns, w)
}

// counterNouns are the words counterRE's noun-first counters start with.
var counterNouns = setOf("document", "documents", "dokument", "documento", "article", "artikel", "artículo", "articolo", "artigo",
	"result", "ergebnis", "résultat", "resultado", "документ", "статья")

var counterFilter = filterOf(counterNouns)

func hasCJK(t string) bool {
	for _, r := range t {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// isCJK reports whether r is a Chinese, Japanese or Korean character.
func isCJK(r rune) bool {
	// Below U+2E80 only Hangul Jamo (U+1100-U+11FF) is of these
	// scripts: punctuation such as dashes and quotes skips the tables.
	switch {
	case r < 0x1100:
		return false
	case r < 0x1200:
		return true
	case r < 0x2E80:
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// runesCJK counts t's runes and reports whether one is CJK (hasCJK), in
// one pass.
func runesCJK(t string) (n int, cjk bool) {
	for i := 0; i < len(t); n++ {
		if t[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		cjk = cjk || isCJK(r)
		i += size
	}
	return n, cjk
}

// wrapped reports whether line i is part of a hard-wrapped paragraph: it
// and the next line are both long for a header line, and the next line is
// not twice as long.
func wrapped(lines []string, kinds []kind, i int) bool {
	long := func(j int) bool {
		if j >= len(lines) || kinds[j].blank {
			return false
		}
		t := trimLine(lines[j])
		if len(t) < 24 {
			return false // fewer characters than either length asks
		}
		n, cjk := runesCJK(t)
		if cjk {
			return n >= 24
		}
		return n >= 45
	}
	if !long(i) || !long(i+1) || isDeck(lines, kinds, i+1) {
		return false // a long headline over a standfirst is no paragraph
	}
	// Line i was not broken there for want of room when the next line is
	// twice as long: a headline right over a paragraph on one line, as
	// dense pages set it.
	if 2*rtrimLen(lines[i]) <= rtrimLen(lines[i+1]) {
		return false
	}
	if kinds[i].date || kinds[i].by {
		return false // a long date or by-line over a long headline
	}
	// A long credit, kicker or headline and a long subtitle over a date or
	// by-line within two more short lines: a header, not a paragraph.
	for j := i + 2; j < len(lines) && j <= i+3 && !kinds[j].blank && kinds[j].short; j++ {
		if kinds[j].date || kinds[j].by {
			return false
		}
	}
	s := kinds[i+1].shape
	return s == shapeTitle || s == shapeShort || s == shapeProse
}

const maxHeaderLines = 12

// headerShape reads the header block that would start at line i: the
// non-body lines up to the first line of body text. It returns the shape,
// the header's lines and whether body text follows within
// maxHeaderLines lines.
func headerShape(lines []string, kinds []kind, i int, buf []int) (string, []int, bool) {
	var sb [2 * maxHeaderLines]byte
	shape := sb[:0]
	hl := buf[:0]
	gap := false
	for j := i; j < len(lines); j++ {
		k := kinds[j]
		if k.blank {
			// A one-line header is whole: what follows it after a blank
			// is text, however short its lines are.
			if n := len(shape); n > 0 && shape[n-1] == shapeHead {
				numericTitles(shape, hl, kinds)
				return string(shape), hl, true
			}
			gap = len(hl) > 0
			continue
		}
		if k.shape == shapeProse && !gap && len(hl) > 0 && isDeck(lines, kinds, j) {
			// A standfirst between the headline and the date.
			shape = append(shape, shapeDeck)
			hl = append(hl, j)
			continue
		}
		if k.shape == shapeProse || k.lead || wrapped(lines, kinds, j) {
			numericTitles(shape, hl, kinds)
			return string(shape), hl, len(hl) > 0
		}
		if len(hl) == maxHeaderLines {
			return "", nil, false
		}
		if gap {
			shape = append(shape, '_')
			gap = false
		}
		shape = append(shape, k.shape)
		hl = append(hl, j)
	}
	return "", nil, false
}

// numericTitles reads the lines of a header that only look like dates
// (mostly numbers, "8 16 24 or 32") as headlines when the header has a
// date line proper: its date is that one.
func numericTitles(shape []byte, hl []int, kinds []kind) {
	dated := false
	for _, j := range hl {
		dated = dated || kinds[j].date
	}
	if !dated {
		return
	}
	n := 0
	for i, c := range shape {
		if c == '_' {
			continue
		}
		if c == shapeDate && !kinds[hl[n]].date {
			shape[i] = shapeTitle
		}
		n++
	}
}

// listFollows reports whether the first two lines from line i on (blank
// lines skipped) both start with a digit: a list of records, times or
// dates, not an article's text.
func listFollows(lines []string, kinds []kind, i int) bool {
	n := 0
	for j := i; j < len(lines) && n < 2; j++ {
		if kinds[j].blank {
			continue
		}
		if t := strings.TrimSpace(lines[j]); t == "" || t[0] < '0' || t[0] > '9' {
			return false
		}
		n++
	}
	return n == 2
}

// bareHeadline reports whether line i, a short line alone over text that
// the file's layout predicts to be a headline with nothing else in its
// header, reads as one. With no date or by-line to vouch for it, it must
// open as headlines do and be followed as they are: it does not start
// with a plain lower-case word, a bullet or a bracket (unless the file's
// opening headline does), it does not hold a sentence's end followed by
// another sentence ("... you must be joking. Its good ..."), it does not
// end in doubled marks ("!!", "??"), as readers' comments do, and the
// text under it (from line next) does not open with a bullet or with
// punctuation that continues a sentence (a sentence broken by a short
// line, a list under its lead-in), nor, right under it, with a
// lower-case letter (the first line of a hard-wrapped paragraph over the
// rest of its sentence). It is indented as the opening headline is: an
// indented line in a file whose headline is not (a command in a README)
// is another kind of line. It does not end in a colon unless the opening
// headline does: "In JavaScript:" introduces what follows.
func bareHeadline(lines []string, kinds []kind, i, next, first int) bool {
	t := strings.TrimSpace(lines[i])
	low := func(t string) bool { return opensMark(t) || strings.HasPrefix(t, "(") || opensPlainLower(t) }
	if low(t) && !low(strings.TrimSpace(lines[first])) {
		return false
	}
	if indented(lines[i]) != indented(lines[first]) || leadIn(t) && !leadIn(strings.TrimSpace(lines[first])) {
		return false
	}
	if strings.HasSuffix(t, "!!") || strings.HasSuffix(t, "??") || strings.HasSuffix(t, "?!") || strings.HasSuffix(t, "!?") || innerSentenceEnd(t) {
		return false
	}
	for j := next; j < len(lines); j++ {
		if !kinds[j].blank {
			u := strings.TrimSpace(lines[j])
			return !opensMark(u) && !(j == i+1 && startsLowerLetter(u))
		}
	}
	return true
}

// startsLowerLetter reports whether t opens with a lower-case letter
// ("welcome. Please send", "autoconf, automake and"), in a line without
// Chinese or Japanese.
func startsLowerLetter(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r) && !hasCJK(t)
}

// leadIn reports whether t ends in a colon, as a line that introduces a
// list, a code block or an address does ("In JavaScript:", "With npm
// do:"), and headlines do not.
func leadIn(t string) bool {
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// indented reports whether l starts with a tab or two spaces or more.
func indented(l string) bool {
	return strings.HasPrefix(l, "\t") || strings.HasPrefix(l, "  ")
}

// opensMark reports whether t starts with a bullet ("- ", "• ") or a
// punctuation mark that continues a sentence (", ", ". ", "; ", ": ",
// ") "): not as a headline or a paragraph does. "-v" (an option),
// "::html::row" (a command) and "— " in Spanish dialogue do not count.
func opensMark(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case ',', '.', ';', ':', ')', '-', '*':
		return len(t) == 1 || t[1] == ' '
	}
	return strings.HasPrefix(t, "• ")
}

// opensPlainLower reports whether t's first word is a plain lower-case
// word ("won the women's 800m", "agent provocateur"), not a name written
// in lower case ("iPhone", "apt-get", "eBay"), in a line without Chinese
// or Japanese (where Latin words are names and commands).
func opensPlainLower(t string) bool {
	w := t
	if i := strings.IndexByte(t, ' '); i > 0 {
		w = t[:i]
	}
	if w == "" || hasCJK(t) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// innerSentenceEnd reports whether t has a full stop inside it that ends
// a sentence: after a lower-case word of two letters or more and before
// a capital ("joking. Its good"); "U.S. Plans" and "Mr. Smith" do not.
func innerSentenceEnd(t string) bool {
	for i := strings.Index(t, ". "); i >= 0; {
		if i >= 2 && i+2 < len(t) {
			a, _ := utf8.DecodeLastRuneInString(t[:i])
			b, _ := utf8.DecodeLastRuneInString(t[:i-utf8.RuneLen(a)])
			c, _ := utf8.DecodeRuneInString(t[i+2:])
			if unicode.IsLower(a) && unicode.IsLower(b) && unicode.IsUpper(c) {
				return true
			}
		}
		j := strings.Index(t[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// titled reports whether a shape has a line that can be a headline (a
// one-line header's included) or an export counter: a block of only dates and names is not an article's
// header by itself.
func titled(shape string) bool {
	return strings.ContainsAny(shape, "TCH")
}

// learnLayout keeps the confident header blocks that fit the file's
// layout and adds the blocks the layout predicts. A block found by its
// date or by-line after the file's first text is kept when it has a
// headline (or an export counter) or when its shape recurs; then every
// place after a blank line whose header has the shape of a kept block
// (or of the file's opening header, when that shape recurs) starts an
// article too.
func learnLayout(lines []string, kinds []kind, parsed parsedLines, blocks []block, firstContent int, drop *Layout, taught *[]string) []block {
	if firstContent < 0 {
		return blocks
	}
	var buf [maxHeaderLines]int
	// A date line's day number ("25. März 2024") is not an item number.
	style := func(i int) string {
		if kinds[i].date {
			return ""
		}
		return lineStyle(lines[i])
	}
	// Where an article may start: the first text, and lines after a
	// blank, a separator rule or boilerplate.
	var starts []int
	shapes := map[string]int{}
	shapeAt := map[int]string{}
	for i := firstContent; i < len(lines); i++ {
		if kinds[i].blank || kinds[i].shape == shapeProse {
			continue
		}
		if i != firstContent && !kinds[i-1].blank && kinds[i-1].shape != shapeChrome && !isRule(lines[i-1]) {
			continue
		}
		s, _, ok := headerShape(lines, kinds, i, buf[:0])
		if !ok {
			continue
		}
		starts = append(starts, i)
		shapeAt[i] = s
		shapes[s]++
	}
	var kept []block
	learned := map[string]bool{}
	styles := map[string]bool{} // markup that opens kept headers
	tails := map[string]bool{}  // separators before a name closing kept headlines
	for _, b := range blocks {
		s, ok := shapeAt[b.start]
		if !ok {
			s, _, _ = headerShape(lines, kinds, b.start, buf[:0])
		}
		// A block without a headline is kept for its shape when the shape
		// is the file's opening header's, or recurs three times: twice is
		// what an "Update" line over a date does inside one article.
		recurs := ok && shapes[s] > 1 && (shapes[s] > 2 || s == shapeAt[firstContent])
		if b.start == firstContent || titled(s) || recurs || b.counter || b.lead {
			kept = append(kept, b)
			if b.lead && len(s) <= 1 {
				// A headline alone over a dateline: its shape (a title)
				// says nothing about the file's other headers.
				continue
			}
			if ok && titled(s) {
				learned[s] = true
			}
			if st := style(b.start); st != "" && titled(s) {
				styles[st] = true
			}
			if kinds[b.start].shape == shapeTitle && titled(s) {
				if sep := tailStyle(lines[b.start]); sep != "" {
					tails[sep] = true
				}
			}
		}
	}
	// A file whose headlines stand alone over text that opens with a
	// dateline, in most of its articles, has that as its layout: a
	// headline alone over other text is a heading inside an article.
	leads := 0
	for _, b := range blocks {
		if b.lead && len(shapeAt[b.start]) <= 1 {
			leads++
		}
	}
	// openClose, when set, is how the bare headlines this file opens with
	// end ("Title (Outlet)", "見出し（東洋新報）", "Title - Outlet"): where
	// three or more bare headlines end so and the layout comes from the
	// opening alone, a bare short line that does not is text. CJK
	// paragraphs are short enough to pass for headlines without it.
	openClose := ""
	bare := func(s string) bool { return s == string(shapeTitle) || strings.HasPrefix(s, string(shapeTitle)+"_") }
	if s, ok := shapeAt[firstContent]; ok && bare(s) && !learned[string(shapeTitle)] && leads < 2 {
		if c := closingStyle(lines[firstContent]); c != "" {
			n := 0
			for _, i := range starts {
				if bare(shapeAt[i]) && closingStyle(lines[i]) == c {
					n++
				}
			}
			if n >= 3 {
				openClose = c
				learned[string(shapeTitle)] = true
			}
		}
	}
	// cjkBareMax, when set, bounds the length of the bare CJK headlines
	// predicted from the opening one alone: a CJK paragraph's line is as
	// short as a headline in other scripts, but twice the opening
	// headline's length is a paragraph.
	cjkBareMax := 0
	if s, ok := shapeAt[firstContent]; ok && titled(s) && shapes[s] > 1 && !(len(s) <= 1 && leads >= 2 && 2*leads >= shapes[s]) {
		onlyOpening := !slices.ContainsFunc(kept, func(b block) bool { return b.start != firstContent })
		if t := strings.TrimSpace(lines[firstContent]); bare(s) && onlyOpening && openClose == "" && hasCJK(t) {
			cjkBareMax = max(2*utf8.RuneCountInString(t), 30)
			learned[string(shapeTitle)] = true
		}
		learned[s] = true
	}
	// A headline shape that recurs three times or more, unbroken by blank
	// lines, with a date or by-line in every one is the file's layout even
	// when no single header was confident on its own ("2024-03-25 10:31"
	// over a title, the first article's header read with its short
	// opening line). A shape with blanks in it may hold the end of the
	// article above (a footer line) and is not learned this way.
	dated := map[string]int{}
	for _, i := range starts {
		s := shapeAt[i]
		if learned[s] || shapes[s] < 3 || !titled(s) || !strings.ContainsAny(s, "DB") || strings.Contains(s, "_") {
			continue
		}
		_, hl, _ := headerShape(lines, kinds, i, buf[:0])
		for _, j := range hl {
			// A line of numbers with a time of day is a date in a form
			// no table lists ("20-9-7 22:50 来自 iPhone客户端").
			if kinds[j].date || kinds[j].by || kinds[j].shape == shapeDate && hasClock(lines[j]) {
				dated[s]++
				break
			}
		}
	}
	for s, n := range dated {
		if n == shapes[s] {
			learned[s] = true
		}
	}
	// The markup of a recurring opening header ("## Title") is learned
	// too.
	styleCount := map[string]int{}
	for _, i := range starts {
		if st := style(i); st != "" && titled(shapeAt[i]) {
			styleCount[st]++
		}
	}
	if st := style(firstContent); st != "" && styleCount[st] > 1 {
		styles[st] = true
	}
	// A file that shows no layout of its own takes the drop's: its
	// headers of a shape that recurs across the drop's files start
	// articles.
	if taught != nil {
		// For a census: the file's own shapes. (learned is only read
		// here, so it stays on the stack for a plain split.)
		for s := range learned {
			*taught = append(*taught, s)
		}
	}
	if len(learned) == 0 && len(styles) == 0 && len(tails) == 0 && drop != nil {
		learned = map[string]bool{}
		for s := range shapes {
			if drop.shapes[s] {
				learned[s] = true
			}
		}
	}
	// closedBare reports whether line i is a bare headline over a short
	// first paragraph ("T_T"), the headline alone being the header: one
	// closed as the opening one is, or a short CJK line set apart from the
	// text above by a rule or two blank lines or more.
	closedBare := func(i int) bool {
		if !strings.HasPrefix(shapeAt[i], string(shapeTitle)+"_") {
			return false
		}
		if openClose != "" {
			return closingStyle(lines[i]) == openClose
		}
		return cjkBareMax > 0 && strongGap(lines, kinds, i) && utf8.RuneCountInString(strings.TrimSpace(lines[i])) <= cjkBareMax
	}
	// A layout of headlines alone (no date, by-line or link) read from
	// the opening header alone (no other header of the file was
	// confident) is a document's when its other lines of that shape are
	// section headings: marked otherwise than the opening line ("#
	// Title" over "## Section", "---Section" under a plain title), or
	// underlined ("Section" over "-------"), as documents head their
	// sections and news pages do not head their articles.
	// In a file that marks up code, as software documents do and news
	// pages do not, every such heading is a section's.
	openingOnly := !slices.ContainsFunc(kept, func(b block) bool { return b.start != firstContent })
	code := openingOnly && marksCode(lines)
	predicted := func(i int) bool {
		if openingOnly && i != firstContent && !strings.ContainsAny(shapeAt[i], "DBHCU") && (code || leadMarks(lines[i]) != leadMarks(lines[firstContent]) || underlined(lines, i)) {
			return false
		}
		if openClose != "" && shapeAt[i] == string(shapeTitle) && closingStyle(lines[i]) != openClose {
			return false
		}
		if closedBare(i) {
			return true
		}
		if cjkBareMax > 0 && bare(shapeAt[i]) && (shapeAt[i] != string(shapeTitle) || utf8.RuneCountInString(strings.TrimSpace(lines[i])) > cjkBareMax) {
			return false
		}
		if learned[shapeAt[i]] || titled(shapeAt[i]) && styles[style(i)] {
			return true
		}
		// A specific learned shape ("DT": date, headline) followed by a
		// blank and a short first paragraph ("DT_T") is that header.
		if s := shapeAt[i]; strings.Contains(s, "_") {
			if head := s[:strings.IndexByte(s, '_')]; shareable(head) && learned[head] {
				return true
			}
		}
		// A headline that starts with "By" ("BY NO MEANS FALL") reads as a
		// by-line, one with a colon ("Brexit: what next") as a field;
		// where the file's layout has a headline, it is one.
		// The same under a date ("2019-05-06 | …" over "者注：如果…"):
		// a headline with a colon where the layout has its headline.
		if s := shapeAt[i]; len(s) >= 2 {
			for k := 0; k < len(s) && k < 3; k++ {
				if (s[k] == shapeBy && k == 0 || s[k] == shapeField) && learned[s[:k]+string(shapeTitle)+s[k+1:]] {
					return true
				}
			}
		}
		return len(tails) > 0 && kinds[i].shape == shapeTitle && tails[tailStyle(lines[i])]
	}
	if len(learned) == 0 && len(styles) == 0 && len(tails) == 0 {
		return mergeAdjacent(kept, kinds)
	}
	// Where every confident header after the file's first stands after a
	// rule or two blank lines or more, that is how the file separates its
	// articles: a predicted header of headlines alone after a single blank
	// line (the gap between paragraphs) is a short line of text.
	strong, separated := 0, true
	for _, b := range kept {
		if b.start == firstContent {
			continue
		}
		if strongGap(lines, kinds, b.start) {
			strong++
		} else {
			separated = false
		}
	}
	separated = separated && strong >= 2
	var out []block
	bi := 0
	covered := -1 // last line of the previous block
	for _, i := range starts {
		for bi < len(kept) && kept[bi].start <= i {
			if kept[bi].start == i && kept[bi].title == "" && learned[shapeAt[i]] {
				// The file's first header, found by its date alone
				// ("Posted by u/newsfan 10 hours ago"), has its headline
				// where the layout has one.
				_, hl, _ := headerShape(lines, kinds, i, buf[:0])
				if sb := shapedBlock(lines, kinds, parsed, hl); sb.title != "" {
					kept[bi].title = sb.title
					kept[bi].lines = slices.Compact(slices.Sorted(slices.Values(append(kept[bi].lines, sb.lines...))))
				}
			}
			out = append(out, kept[bi])
			covered = max(covered, lastOf(kept[bi]))
			bi++
		}
		if i <= covered || !predicted(i) || separated && !strings.ContainsAny(shapeAt[i], "DBHCU") && !strongGap(lines, kinds, i) {
			continue
		}
		_, hl, _ := headerShape(lines, kinds, i, buf[:0])
		if closedBare(i) {
			hl = hl[:1]
		}
		// A bare headline over lines that each start with a number
		// ("Revision history" over "09:01, 17 December 2020 ...",
		// "Timeline" over "2019: ...") is a section's heading over a
		// list, not an article's.
		if bare(shapeAt[i]) && len(hl) > 0 && (listFollows(lines, kinds, hl[len(hl)-1]+1) || !bareHeadline(lines, kinds, i, hl[len(hl)-1]+1, firstContent)) {
			continue
		}
		b := shapedBlock(lines, kinds, parsed, hl)
		out = append(out, b)
		covered = lastOf(b)
	}
	out = append(out, kept[bi:]...)
	return mergeAdjacent(dropOverlaps(out), kinds)
}

// marksCode reports whether a file marks up code as Markdown does: a
// fenced code block (two fence lines, "```sh" ... "```"), or inline code
// ("`npm install`") on three lines or more. Quotes in the old style of
// manual pages ("`show' or `mark'", or two backticks closed by two
// apostrophes) and escaped backticks ("\`Page`") are no code.
func marksCode(lines []string) bool {
	spans, fences := 0, 0
	for _, l := range lines {
		i := strings.IndexByte(l, '`')
		if i < 0 {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			if fences++; fences >= 2 {
				return true
			}
			continue
		}
		if codeSpan(l[i:]) && !strings.Contains(l, "\\`") && !oldQuote(l) {
			if spans++; spans >= 3 {
				return true
			}
		}
	}
	return false
}

// codeSpan reports whether t, which starts with a backtick, opens a code
// span: a single backtick, text, and a single backtick closing it.
func codeSpan(t string) bool {
	if len(t) < 3 || t[1] == '`' {
		return false
	}
	j := strings.IndexByte(t[1:], '`')
	return j > 0 && strings.TrimSpace(t[1:1+j]) != "" && (2+j == len(t) || t[2+j] != '`')
}

// oldQuote reports whether t quotes a word in the old style, a backtick
// before it and an apostrophe after ("`show'").
func oldQuote(t string) bool {
	for i := strings.IndexByte(t, '`'); i >= 0; {
		w := t[i+1:]
		end := strings.IndexAny(w, "`' \t")
		if end > 0 && w[end] == '\'' {
			return true
		}
		j := strings.IndexByte(w, '`')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// leadMarks is the run of marks a line opens with ("#", "##", "---"):
// how a heading is marked up. Hashes count before a space only ("#3 Snow
// closes" is an item's number); other marks count when doubled at least,
// since one ("- ", "* ") is a bullet, and digests vary their bullets from
// headline to headline. Marks indented by four spaces or a tab are
// returned after a tab: they stand in an indented block of code ("    #
// a comment"), as Markdown reads them, and mark no heading.
func leadMarks(line string) string {
	t := strings.TrimSpace(line)
	n := 0
	for n < len(t) && strings.IndexByte("#*-=~>", t[n]) >= 0 {
		n++
	}
	marks := t[:n]
	if strings.Trim(marks, "#") == "" {
		if n == len(t) || t[n] != ' ' {
			return ""
		}
	} else if n < 2 {
		return ""
	}
	if marks != "" && (strings.HasPrefix(line, "    ") || line[0] == '\t') {
		return "\t" + marks
	}
	return marks
}

// underlined reports whether line i is underlined: the line under it is
// a rule of three or more of one mark, not longer than line i by much
// ("Section" over "-------"; Markdown takes any length), as plain-text
// and Markdown documents head their sections.
func underlined(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	u, t := strings.TrimSpace(lines[i+1]), strings.TrimSpace(lines[i])
	if len(u) < 3 || strings.Trim(u, u[:1]) != "" || strings.IndexByte("=-~^*#+_", u[0]) < 0 {
		return false
	}
	return len(u) <= utf8.RuneCountInString(t)+4
}

// strongGap reports whether line i stands after a separator stronger
// than a paragraph's: a rule or boilerplate line, or two blank lines or
// more, since the text above.
func strongGap(lines []string, kinds []kind, i int) bool {
	blanks := 0
	for j := i - 1; j >= 0; j-- {
		switch {
		case kinds[j].blank:
			blanks++
		case kinds[j].boilerplate || isRule(lines[j]):
			return true
		default:
			return blanks >= 2
		}
	}
	return true
}

func lastOf(b block) int {
	if len(b.lines) == 0 {
		return b.start
	}
	return b.lines[len(b.lines)-1]
}

// dropOverlaps keeps blocks in order of start, dropping any that starts
// inside the one before.
func dropOverlaps(bs []block) []block {
	var out []block
	for _, b := range bs {
		if len(out) > 0 {
			p := out[len(out)-1]
			if b.start <= lastOf(p) {
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// mergeAdjacent joins a block to the one before when no text stands
// between them: "Title / By Name" found by its by-line and "OUTLET /
// date" found by its date are one header.
func mergeAdjacent(bs []block, kinds []kind) []block {
	var out []block
	for _, b := range bs {
		if n := len(out); n > 0 && !textBetween(kinds, lastOf(out[n-1])+1, b.start) {
			p := &out[n-1]
			p.lines = append(p.lines, b.lines...)
			p.title = firstNonEmpty(p.title, b.title)
			p.byline = firstNonEmpty(p.byline, b.byline)
			p.source = firstNonEmpty(p.source, b.source)
			p.date = firstNonEmpty(p.date, b.date)
			p.counter = p.counter || b.counter
			continue
		}
		out = append(out, b)
	}
	return out
}

// textBetween reports whether lines [from, to) hold text: a line that is
// neither blank nor boilerplate.
func textBetween(kinds []kind, from, to int) bool {
	for i := from; i < to; i++ {
		if !kinds[i].blank && !kinds[i].boilerplate {
			return true
		}
	}
	return false
}

// shapedBlock makes a block of header lines found by shape or by an
// export counter. Its metadata is read as for an anchored block, around
// the first date or by-line; a title not found that way is the first
// headline-like line left.
func shapedBlock(lines []string, kinds []kind, parsed parsedLines, hl []int) block {
	b := block{start: hl[0], lines: append([]int(nil), hl...)}
	anchor := -1
	for n, i := range hl {
		if kinds[i].date || kinds[i].by {
			anchor = n
			break
		}
	}
	if anchor >= 0 {
		var before []int
		for _, i := range hl[:anchor] {
			if s := kinds[i].shape; s == shapeTitle || s == shapeShort {
				before = append(before, i)
			}
		}
		var rest []int
		for _, i := range hl[anchor:] {
			if kinds[i].shape != shapeChrome {
				rest = append(rest, i)
			}
		}
		describe(&b, lines, kinds, parsed, before, rest)
		// One line before the date and a headline after it: the
		// export order outlet, date, title.
		if len(before) == 1 {
			for _, i := range rest[1:] {
				if kinds[i].shape == shapeTitle && !kinds[i].date && !kinds[i].by {
					b.source, b.title = strings.TrimSpace(lines[before[0]]), strings.TrimSpace(lines[i])
					break
				}
			}
		}
	}
	for _, i := range hl {
		t := strings.TrimSpace(lines[i])
		if b.title == "" && kinds[i].shape == shapeTitle && t != b.source && t != b.byline {
			b.title = t
			if sep, head, name := splitTail(t); sep != "" && b.source == "" {
				b.title, b.source = head, name
			}
		}
	}
	// A header found by its shape that opens with a field line and has
	// no other headline has it there ("Analysis: what the rate cut
	// means").
	if i := hl[0]; b.title == "" && kinds[i].shape == shapeField {
		b.title = strings.TrimSpace(lines[i])
	}
	return b
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// lineStyle names the markup a line opens with, or "" for none: a
// Markdown heading level ("##"), bold ("**"), or a bullet or bracket
// that some outlets put before headlines ("■", "【").
func lineStyle(line string) string {
	t := trimLine(line)
	if n := len(t) - len(strings.TrimLeft(t, "#")); n > 0 && n < len(t) && t[n] == ' ' {
		return t[:n]
	}
	// Every style but "1." opens with one of a few bytes.
	if t != "" && (t[0] == '*' || t[0] == '_' || t[0] == '+' || t[0] >= utf8.RuneSelf) {
		for _, p := range []string{"**", "__", "+++", "■", "●", "◆", "▶", "【", "《"} {
			if strings.HasPrefix(t, p) {
				return p
			}
		}
	}
	if enumerated(t) {
		return "1."
	}
	return ""
}

// tailSeps are the separators aggregators put between a headline and
// the outlet's name: "Title - Outlet", "Title | Outlet".
var tailSeps = setOf("-", "|", "–", "—", "·", "•")

// tailStyle names the separator before a name that closes a headline
// ("Markets rally on rate hopes - The Daily Ledger" gives "-"), or ""
// when the line does not end that way. The name is one to four words, each
// starting with a capital letter, a digit or a letter of a script without
// case, with no final punctuation; the headline before it has two words
// or more. When a confident header's headline ends this way, other short
// lines of the file that do are headlines of articles without a date or
// by-line: aggregators list every story as "headline - outlet".
func tailStyle(line string) string {
	sep, _, _ := splitTail(strings.TrimSpace(line))
	return sep
}

// closingStyle names how a headline ends when it ends in a name: the
// separator before the name (tailStyle) or the brackets around it
// ("Title (The Daily Ledger)" gives "()", "見出し（東洋新報）" gives
// "（）"); "" when it ends otherwise. A bracketed name has one to four
// words and no digit (not "(2024)"), the headline before it two words or
// more.
func closingStyle(line string) string {
	t := strings.TrimSpace(line)
	if sep := tailStyle(t); sep != "" {
		return sep
	}
	for _, br := range [...][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		if !strings.HasSuffix(t, br[1]) {
			continue
		}
		i := strings.LastIndex(t, br[0])
		if i <= 0 {
			return ""
		}
		name := t[i+len(br[0]) : len(t)-len(br[1])]
		if fieldWords(t[:i]) >= 2 && name != "" && fieldWords(name) <= 4 && !hasDigit(name) {
			return br[0] + br[1]
		}
		return ""
	}
	return ""
}

// splitTail splits a headline closed by a name after a separator, as
// tailStyle describes, into the separator, the headline and the name.
func splitTail(t string) (sep, head, name string) {
	i, end := nameAfter(t, func(w string) bool {
		// Every separator is a byte or a three-byte dash, bullet or dot.
		return w != "" && len(w) <= 3 && (w[0] == '-' || w[0] == '|' || w[0] == 0xC2 || w[0] == 0xE2) && tailSeps[w]
	})
	if i < 0 {
		return "", "", ""
	}
	head = strings.TrimRight(t[:i], " ")
	if fieldWords(head) < 2 {
		return "", "", ""
	}
	return t[i+1 : end], head, t[end+1:]
}

// nameAfter finds, among t's last five words (t's last excepted), the
// last one for which is reports true, and returns where the space before
// it is and where the word ends, when a name (nameLike) follows it; else
// -1. It looks at the end of t only, so body text costs little: "Title -
// The Daily Ledger" with "-", "... hace 3 horas por Juan Pérez" with
// "por".
func nameAfter(t string, is func(word string) bool) (at, end int) {
	end = len(t)
	for words := 0; words <= 4; words++ {
		i := strings.LastIndexByte(t[:end], ' ')
		if i <= 0 {
			return -1, 0
		}
		if words > 0 && is(t[i+1:end]) {
			if !nameLike(t[end+1:]) {
				return -1, 0 // "... 2 hours ago by the north road"
			}
			return i, end
		}
		end = i
	}
	return -1, 0
}

// nameLike reports whether t reads as a name: one to four words, each
// opening with a capital, a digit or an uncased letter, the last not
// ending in sentence punctuation.
func nameLike(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		n++
		r, _ := utf8.DecodeRuneInString(w)
		if n > 4 || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(unicode.IsLetter(r) && !unicode.IsLower(r)) {
			return false
		}
	}
	if n == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".!?,;:。！？，；：", r)
}

// enumerated reports whether a line opens with an item number, as the
// headlines of numbered digests do: "3. Title", "3) Title", "#3 Title".
// Any of the three forms is one style, since digests mix them.
func enumerated(t string) bool {
	_, ok := itemNumber(t)
	return ok
}

// itemNumber is the item number a line opens with, as enumerated reads
// it: "3. Title", "#3 Title" and "§ 3. Title" are item 3. The text after
// the number starts with a letter or a digit ("1. 1899 in review").
func itemNumber(t string) (int, bool) {
	hash := strings.HasPrefix(t, "#")
	if hash {
		t = t[1:]
	}
	// "§ 1. Definitions", "§12 Penalties": a legal section's number.
	if rest, ok := strings.CutPrefix(t, "§"); ok {
		t, hash = strings.TrimLeft(rest, " "), true
		if n := strings.IndexAny(t, ". "); n > 0 && t[n] == '.' {
			t = t[:n] + t[n+1:]
		}
	}
	n, num := 0, 0
	for n < len(t) && n < 3 && '0' <= t[n] && t[n] <= '9' {
		num = 10*num + int(t[n]-'0')
		n++
	}
	if n == 0 {
		return 0, false
	}
	rest := t[n:]
	if !hash {
		if rest == "" || rest[0] != '.' && rest[0] != ')' {
			return 0, false
		}
		rest = rest[1:]
	}
	if !strings.HasPrefix(rest, " ") {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return num, unicode.IsLetter(r) || unicode.IsDigit(r)
}

// stripMarkup removes Markdown emphasis and heading marks, and HTML tags
// around a line's text, so "## Title", "*By Jane Doe* — 4 Dec 2022" and
// "<p class="date">25 March 2024</p>" read as a title, a by-line and a
// date.
func stripMarkup(t string) string {
	if t != "" && t[0] == '<' {
		t = stripTags(t)
	}
	if t != "" && t[0] == '\\' {
		t = stripCommand(t)
	}
	// ":DATE: [2022-11-03 Thu 10:15]": an Org-mode property is a field.
	if len(t) > 2 && t[0] == ':' && t[1] != ' ' {
		if i := strings.IndexByte(t[1:], ':'); i > 0 && i < 24 && !strings.Contains(t[1:i+1], " ") {
			t = t[1:]
		}
	}
	// Marks that change how a line reads stand at its start or end
	// ("## Title", "**By Jane Doe**", "> quoted"): prose with an inner
	// "*" is left as it is, and the test costs two bytes.
	if t == "" || !isMark(t[0]) && !isMark(t[len(t)-1]) {
		return t
	}
	// "+++ Eilmeldung +++": the plus signs of a live ticker's headline.
	if strings.HasPrefix(t, "+++") {
		return strings.TrimSpace(strings.Trim(t, "+ "))
	}
	t = strings.TrimLeft(t, "#> ")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if r == '*' || r == '_' {
			return -1
		}
		return r
	}, t))
}

// stripTags removes the HTML tags that open and close t, as scraped text
// keeps them: "<h2>Title</h2>", "<p class=\"date\">25 March 2024</p>".
// Tags inside the text stay; a line that is only tags is left as it is.
func stripTags(t string) string {
	in := t
	for strings.HasPrefix(t, "<") {
		end := strings.IndexByte(t, '>')
		if end < 2 || !isTagName(t[1]) && t[1] != '/' {
			break
		}
		t = strings.TrimSpace(t[end+1:])
	}
	for strings.HasSuffix(t, ">") {
		start := strings.LastIndexByte(t, '<')
		if start < 0 || start+1 >= len(t) || !isTagName(t[start+1]) && t[start+1] != '/' {
			break
		}
		t = strings.TrimSpace(t[:start])
	}
	if t == "" {
		return in
	}
	return t
}

// stripCommand reads a line that is one LaTeX command around its text
// ("\\section{Title}", "\\textit{Metro Desk, 26 August 2024}") as the text.
func stripCommand(t string) string {
	i := 1
	for i < len(t) && isTagName(t[i]) {
		i++
	}
	if i == 1 || !strings.HasSuffix(t, "}") {
		return t
	}
	rest := strings.TrimPrefix(t[i:], "*")
	if strings.HasPrefix(rest, "[") {
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return t
		}
		rest = rest[j+1:]
	}
	if !strings.HasPrefix(rest, "{") || len(rest) < 3 {
		return t
	}
	return strings.TrimSpace(rest[1 : len(rest)-1])
}

func isTagName(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isMark(c byte) bool { return c == '#' || c == '*' || c == '_' || c == '>' || c == '+' }

// isRule reports whether a line is a separator: only punctuation and
// symbols ("* * *", "----------", "###").
func isRule(line string) bool {
	return ruleText(trimLine(line))
}

// ruleText is isRule of a trimmed line.
func ruleText(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if !(unicode.IsPunct(r) || unicode.IsSymbol(r) || r == ' ') {
			return false
		}
	}
	return true
}

// parseCounter reads an export's document counter: "12 of 50 DOCUMENTS"
// or "Document 12 of 50".
func parseCounter(t string) (n, of int, ok bool) {
	m := counterRE.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return 0, 0, false
	}
	a, b := m[1], m[2]
	if a == "" {
		a, b = m[3], m[4]
	}
	n, _ = strconv.Atoi(a)
	of, _ = strconv.Atoi(b)
	return n, of, n >= 1 && n <= of
}

// CountMismatch is an export whose own document numbering disagrees with
// the articles found in it: a document block was damaged (its counter
// line lost) or the file was cut.
type CountMismatch struct {
	// Expected is the number of documents the counters promise; Found the
	// number of articles that start at a counter.
	Expected, Found int
	// FirstMissing is the first document number no counter line has.
	FirstMissing int
}

// Error describes the mismatch for a warning.
func (c *CountMismatch) Error() string {
	return fmt.Sprintf("export counts %d documents but %d were found (document %d not found)", c.Expected, c.Found, c.FirstMissing)
}

// CheckExport compares an export's document counters ("12 of 50
// DOCUMENTS") with the articles Split found in its lines. It returns nil
// for files without counters and for exports that agree. A file that
// starts at document 1 must hold all M documents of "N of M"; one that
// starts later (an export cut into several files) must hold every number
// from its first counter to its last.
func CheckExport(lines []string, arts []Article) *CountMismatch {
	seen := map[int]bool{}
	totals := map[int]int{} // how many counters give each total
	lo, hi := 0, 0
	for _, a := range arts {
		if a.StartLine < 1 || a.StartLine > len(lines) {
			continue
		}
		n, of, ok := parseCounter(lines[a.StartLine-1])
		if !ok {
			continue
		}
		seen[n] = true
		if lo == 0 || n < lo {
			lo = n
		}
		hi = max(hi, n)
		totals[of]++
	}
	if len(seen) == 0 {
		return nil
	}
	// The total most counters give: one damaged counter ("8 of 383") does
	// not outvote the rest.
	total := 0
	for of, n := range totals {
		if n > totals[total] || n == totals[total] && of > total {
			total = of
		}
	}
	if lo == 1 {
		hi = total
	}
	for n := lo; n <= hi; n++ {
		if !seen[n] {
			return &CountMismatch{Expected: hi - lo + 1, Found: len(seen), FirstMissing: n}
		}
	}
	return nil
}
