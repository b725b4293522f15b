package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wire copy often has no date line: its only date is the dateline that
// opens the first paragraph ("BERLIN (dpa) - Die Regierung ...",
// "新华社北京3月25日电（记者张三）...", "［東京　２５日　ロイター］ - ...").
// Under a headline alone, that dateline is what shows an article starts
// there.

var (
	// leadAgencyRE is a place (capitals, or a capitalised name before an
	// agency), an optional day, the agency in brackets and a dash:
	// "BERLIN (dpa) - ", "PARIS, 3 mars (AFP) - ", "MADRID, 25 mar
	// (EFE).- ", "Berlin (Reuters) - ".
	leadAgencyRE = regexp.MustCompile(`^(\p{Lu}[\pL\-' .]{1,30}?)(?:,\s+([^()]{1,30}?))?\s+\(([^()]{2,30})\)\s*\.?\s*[-–—:]+\s+\S`)
	// leadCapsDashRE is a place in capitals and a dash: "LONDON — ",
	// "NEW YORK - ".
	leadCapsDashRE = regexp.MustCompile(`^(\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2})\s+[-–—]\s+\S`)
	// leadSlashAgencyRE is a place, a day and the agency between slashes
	// or after a dash: "МОСКВА, 25 марта. /ТАСС/. ", "МОСКВА, 25 мар —
	// РИА Новости. ".
	leadSlashAgencyRE = regexp.MustCompile(`^(\p{Lu}[\pL\- ]{1,30}),\s+(\d{1,2}\s+\pL{3,10})\.?\s+(?:/([^/]{2,20})/\.?|[-–—]\s+([^.]{2,30})\.)\s+\S`)
	// leadXunRE is a Chinese paper's own dispatch without a date: 讯 after
	// the paper, and the reporter in brackets ("本报讯（记者 张三）").
	leadXunRE = regexp.MustCompile(`^[（(]?(\p{Han}{1,8}[讯訊])[）)]?\s*(?:[（(]([^（()）]{1,20})[）)])?\s*\S`)
	// leadAgencyOnlyRE is an agency in brackets and a dash, no place:
	// "(Reuters) - ", "(Adnkronos) - ".
	leadAgencyOnlyRE = regexp.MustCompile(`^\(([^()]{2,30})\)\s*[-–—]+\s+\S`)
	// leadCJKRE is a Chinese agency dateline: agency and place, month and
	// day, 电, and the reporter in brackets ("新华社北京3月25日电（记者张三）").
	leadCJKRE = regexp.MustCompile(`^[（(]?(\p{Han}{2,12}?)([0-9０-９]{1,2}月[0-9０-９]{1,2}日)电[）)]?(?:\s*[（(][^（()）]{1,20}[）)])?\s*\S`)
	// leadBracketRE is a Japanese dateline in brackets: place, day and
	// agency ("［東京　２５日　ロイター］ - "), or place and reporter
	// ("【ワシントン＝山田太郎】").
	leadBracketRE = regexp.MustCompile(`^[［【〔\[]([^［］【】〔〕\[\]]{2,30})[］】〕\]]\s*(?:[-－—–]\s*)?\S`)
	leadDayRE     = regexp.MustCompile(`[0-9０-９]{1,2}日`)
	// leadWireRE is a press release wire's dateline: the place in
	// capitals, the date with its year and the wire between slashes
	// ("NEW YORK, March 25, 2024 /PRNewswire/ -- ").
	leadWireRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .\-']{1,30}),\s+([^/]{4,30}?)\s+/([^/]{2,30})/\s*[-–—]+\s+\S`)
	// leadAgencyFirstRE is a dateline that opens with the agency in
	// brackets: "(ANSA) - ROMA, 25 MAR - ", "(AFP) - PARIS - ".
	leadAgencyFirstRE = regexp.MustCompile(`^\(([^()]{2,30})\)\s*[-–—]+\s*(\p{Lu}[\pL .\-']{1,30}?)(?:,\s+([^-–—]{2,30}?))?\s*[-–—]+\s+\S`)
)

// leadDateline reads a dateline that opens a paragraph of text and
// returns its date (the day as written, "" when it names none) and its
// source (the agency or the place). Text must follow it on the line.
func leadDateline(t string) (date, source string, ok bool) {
	if len(t) < 16 {
		return "", "", false
	}
	r0, n0 := utf8.DecodeRuneInString(t)
	r1, _ := utf8.DecodeRuneInString(t[n0:])
	head := t[:min(len(t), 90)]
	switch {
	case strings.ContainsRune("［【〔[", r0):
		if m := leadBracketRE.FindStringSubmatch(t); m != nil && (leadDayRE.MatchString(m[1]) || strings.ContainsRune(m[1], '＝') || agencyEnd(m[1])) {
			return strings.TrimSpace(leadDayRE.FindString(m[1])), strings.TrimSpace(m[1]), true
		}
	case r0 == '(':
		if m := leadAgencyFirstRE.FindStringSubmatch(t); m != nil && agencyLike(m[1]) && placeLike(m[2]) {
			return m[3], m[1], true
		}
		if m := leadAgencyOnlyRE.FindStringSubmatch(t); m != nil && agencyLike(m[1]) && fieldWords(m[1]) <= 3 && (startsUpper(m[1]) || len(m[1]) <= 5 && !strings.Contains(m[1], " ")) {
			return "", m[1], true
		}
	case strings.Contains(head[:min(len(head), 30)], "讯") || strings.Contains(head[:min(len(head), 30)], "訊"):
		if m := leadXunRE.FindStringSubmatch(t); m != nil {
			return "", m[1], true
		}
	case strings.Contains(head, "电"):
		if m := leadCJKRE.FindStringSubmatch(t); m != nil {
			return m[2], m[1], true
		}
	case unicode.IsUpper(r0):
		if strings.Contains(head, "(") {
			if m := leadAgencyRE.FindStringSubmatch(t); m != nil && placeLike(m[1]) && agencyLike(m[3]) {
				return m[2], m[3], true
			}
		}
		if !unicode.IsUpper(r1) {
			return "", "", false
		}
		if m := leadWireRE.FindStringSubmatch(t); m != nil && placeLike(m[1]) && hasYear(m[2]) && agencyLike(m[3]) {
			return m[2], m[3], true
		}
		if m := leadSlashAgencyRE.FindStringSubmatch(t); m != nil && placeLike(m[1]) {
			return m[2], firstNonEmpty(m[3], m[4]), true
		}
		if m := leadCapsDashRE.FindStringSubmatch(t); m != nil {
			return "", m[1], true
		}
	}
	return "", "", false
}

// placeLike reports whether a dateline's place reads as one: at most
// three words, each capitalised.
func placeLike(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// agencyLike reports whether the text in a dateline's brackets reads as
// an agency: one or two words ("dpa", "Agencia Ibérica"), or up to four
// that start with a capital ("EL HERALDO DEL NORTE"), no digit.
func agencyLike(a string) bool {
	n := fieldWords(a)
	r, _ := utf8.DecodeRuneInString(a)
	return !hasDigit(a) && (n <= 2 || n <= 4 && unicode.IsUpper(r))
}

// agencyEnd reports whether a dateline's bracketed place ends with the
// name of a news agency ("ロンドン共同", "北京時事"), as Japanese wire copy
// sets it without a day.
func agencyEnd(t string) bool {
	for _, a := range bracketAgencies {
		if strings.HasSuffix(t, a) {
			return true
		}
	}
	return false
}
