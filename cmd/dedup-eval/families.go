package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// header is what a family needs to write one article's header.
type header struct {
	story
	n, total int // the article's number in its file, and how many there are
	lang     string
}

// family is a layout of aggregated files: how an article's header, its
// trailer and the space between articles look.
type family struct {
	name    string
	lang    string // the family's only language, or "" for English text
	anyLang bool   // English, or now and then another language
	wrap    bool   // body hard-wrapped
	dense   bool   // no blank line between paragraphs
	head    func(h header, r *rand.Rand) []string
	tail    func(h header, r *rand.Rand) []string
	// lead, when set, opens the first paragraph (a wire's dateline).
	lead func(h header, r *rand.Rand) string
	// separator comes between articles (and after a preamble).
	separator func(r *rand.Rand) []string
	preamble  func(lang string, n int, r *rand.Rand) []string
	footer    func(r *rand.Rand) []string
}

func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

func blankSep(r *rand.Rand) []string {
	return pick(r, []string{""}, []string{"", ""}, []string{"", "", ""})
}

func ruleSep(r *rand.Rand) []string {
	return pick(r, []string{"", "* * *", ""}, []string{"", "----------", ""}, []string{"", "", ""}, []string{"", "Advertisement", ""})
}

func randDate(r *rand.Rand) time.Time {
	return time.Date(2019+r.IntN(7), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, time.UTC)
}

var (
	firstNames = map[string][]string{
		"en": {"Jane", "Michael", "Priya", "Tom", "Amara", "David", "Laura", "Kenji", "Sofia", "Robert"},
		"de": {"Anna", "Jürgen", "Katrin", "Felix", "Sabine", "Lukas"},
		"fr": {"Marie", "Julien", "Camille", "Étienne", "Chloé", "Antoine"},
		"es": {"Juan", "Lucía", "Carlos", "María José", "Andrés", "Pilar"},
		"ru": {"Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Елена"},
		"zh": {"王伟", "李娜", "张强", "刘洋", "陈静"},
		"ja": {"山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "田中健"},
	}
	lastNames = map[string][]string{
		"en": {"Doe", "Okafor", "Chen", "Hernandez", "Whitfield", "Kowalski", "Brennan", "Nakamura", "Ali", "MacLeod"},
		"de": {"Schmidt", "Müller", "Becker", "Wagner", "Hoffmann", "Schäfer"},
		"fr": {"Dupont", "Lefèvre", "Moreau", "Girard", "Fournier", "Bonnet"},
		"es": {"Pérez", "García", "Fernández", "López", "Martín", "Ruiz"},
		"ru": {"Петров", "Смирнова", "Кузнецов", "Попова", "Волков", "Соколова"},
	}
	outlets = map[string][]string{
		"en": {"The Daily Ledger", "Northern Courier", "Metro Desk", "The Harbor Times", "Global Wire Service", "Valley Post", "The Evening Record"},
		"de": {"Rheinische Rundschau", "Nordkurier Online", "Tageblatt am Main", "Deutsche Nachrichtenagentur"},
		"fr": {"Le Courrier du Soir", "La Gazette de l'Ouest", "Agence Francophone", "Le Petit Quotidien"},
		"es": {"El Heraldo del Norte", "Diario La Costa", "Agencia Ibérica", "La Voz del Valle"},
		"ru": {"РИА Новости", "ТАСС", "Вечерний город", "Северная газета"},
		"zh": {"新华网", "人民网", "中国新闻网", "光明日报", "经济观察报"},
		"ja": {"東洋新報", "毎朝新聞", "共同通信", "北海タイムス"},
	}
	cities = map[string][]string{
		"zh": {"北京", "上海", "广州", "成都", "武汉"},
		"ja": {"ワシントン", "東京", "大阪", "ロンドン", "北京"},
		"ru": {"Москва", "Санкт-Петербург", "Казань", "Новосибирск"},
	}
)

func person(lang string, r *rand.Rand) string {
	if lang == "zh" || lang == "ja" {
		return pick(r, firstNames[lang]...)
	}
	return pick(r, firstNames[lang]...) + " " + pick(r, lastNames[lang]...)
}

func outlet(lang string, r *rand.Rand) string { return pick(r, outlets[lang]...) }

// inDigits writes the ASCII digits of s in the script whose zero is zero
// ('０' full-width, '۰' Persian, '০' Bengali).
func inDigits(s string, zero rune) string {
	return strings.Map(func(c rune) rune {
		if c >= '0' && c <= '9' {
			return c - '0' + zero
		}
		return c
	}, s)
}

var (
	monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthsDE = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
	monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	monthsES = []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}
	monthsRU = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	monRU    = []string{"янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"}
	monES    = []string{"ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."}
)

// longDate writes a date as the language's press does in full.
func longDate(lang string, t time.Time, r *rand.Rand) string {
	m := int(t.Month()) - 1
	switch lang {
	case "de":
		return fmt.Sprintf("%d. %s %d", t.Day(), monthsDE[m], t.Year())
	case "fr":
		return fmt.Sprintf("%d %s %d", t.Day(), monthsFR[m], t.Year())
	case "es":
		return fmt.Sprintf("%d de %s de %d", t.Day(), monthsES[m], t.Year())
	case "ru":
		return fmt.Sprintf("%d %s %d", t.Day(), monthsRU[m], t.Year())
	case "zh":
		return fmt.Sprintf("%d年%d月%d日", t.Year(), m+1, t.Day())
	case "ja":
		return fmt.Sprintf("%d年%d月%d日", t.Year(), m+1, t.Day())
	}
	return pick(r, t.Format("January 2, 2006"), t.Format("Monday, January 2, 2006"), t.Format("2 January 2006"), t.Format("Jan. 2, 2006"))
}

// families are the tuned layout families: those the splitter's rules
// were written and changed for, the former held-out ones included.
func families() []family {
	return slices.Concat(tunedFamilies(), formerHeldOut(), secondHeldOut(), thirdHeldOut(), fourthHeldOut(), fifthHeldOut(), sixthHeldOut(), seventhHeldOut(), eighthHeldOut(), ninthHeldOut(), tenthHeldOut(), eleventhHeldOut(), twelfthHeldOut(), thirteenthHeldOut(), fourteenthHeldOut(), fifteenthHeldOut(), sixteenthHeldOut(), seventeenthHeldOut(), eighteenthHeldOut(), nineteenthHeldOut(), twentiethHeldOut(), twentyFirstHeldOut(), twentySecondHeldOut(), twentyThirdHeldOut(), twentyFourthHeldOut(), twentyFifthHeldOut(), twentySixthHeldOut(), twentySeventhHeldOut(), twentyEighthHeldOut(), twentyNinthHeldOut(), thirtiethHeldOut(), thirtyFirstHeldOut(), thirtySecondHeldOut(), thirtyThirdHeldOut(), thirtyFourthHeldOut(), thirtyFifthHeldOut(), thirtySixthHeldOut(), thirtySeventhHeldOut(), thirtyEighthHeldOut(), thirtyNinthHeldOut(), fortiethHeldOut(), fortyFirstHeldOut(), fortySecondHeldOut(), fortyThirdHeldOut(), fortyFourthHeldOut(), fortyFifthHeldOut(), fortySixthHeldOut(), fortySeventhHeldOut(), fortyEighthHeldOut(), fortyNinthHeldOut(), fiftiethHeldOut(), fiftyFirstHeldOut())
}

func tunedFamilies() []family {
	plainHead := func(extra func(h header, r *rand.Rand) []string) func(h header, r *rand.Rand) []string {
		return func(h header, r *rand.Rand) []string {
			return append(append([]string{h.title}, extra(h, r)...), "")
		}
	}
	return []family{
		{name: "title-only", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} }},
		{name: "title-date", anyLang: true, separator: blankSep,
			head: plainHead(func(h header, r *rand.Rand) []string { return []string{longDate(h.lang, randDate(r), r)} })},
		{name: "title-byline-outlet-date", separator: ruleSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return pick(r,
					[]string{"By " + person("en", r), strings.ToUpper(outlet("en", r)), longDate("en", d, r)},
					[]string{person("en", r), outlet("en", r), d.Format("Mon, Jan 2, 2006, 3:04 PM")},
					[]string{"By " + person("en", r) + ", " + outlet("en", r), "Updated " + d.Format("3:04 PM MST, January 2, 2006")})
			})},
		{name: "outlet-time-date", separator: blankSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				o := outlet("en", r)
				return []string{pick(r,
					o+" · "+d.Format("15:04")+" CET, "+d.Format("2 Jan 2006"),
					o+" | "+d.Format("Mon 2 Jan 2006, 15:04")+" GMT",
					o+" — "+d.Format("Jan 2 2006 3:04pm")+" ET",
					d.Format("02 Jan 2006 15:04")+" · "+o)}
			})},
		{name: "labelled-numeric", anyLang: true, separator: ruleSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return pick(r,
					[]string{"Posted: " + d.Format("2006-01-02 15:04")},
					[]string{"Last modified " + d.Format("02.01.2006")},
					[]string{"Author: " + person("en", r), "Date: " + d.Format("2006/01/02")},
					[]string{"Published " + d.Format("2006-01-02T15:04Z")})
			})},
		{name: "export", separator: func(r *rand.Rand) []string { return []string{"", ""} },
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				o := outlet("en", r)
				return []string{
					fmt.Sprintf("%d of %d DOCUMENTS", h.n, h.total), "", o, "",
					d.Format("January 2, 2006 Monday"), "", h.title, "",
					"BYLINE: " + person("en", r), "",
					"SECTION: " + pick(r, "NEWS", "WORLD", "BUSINESS; Pg. 3", "A SECTION; Pg. A12"), "",
					fmt.Sprintf("LENGTH: %d words", 100+r.IntN(900)), "",
				}
			},
			tail: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"", "LOAD-DATE: " + d.Format("January 2, 2006"), "", "LANGUAGE: ENGLISH", "",
					"PUBLICATION-TYPE: " + pick(r, "Newspaper", "Web Publication", "Newswire"), "",
					fmt.Sprintf("Copyright %d %s", d.Year(), outlet("en", r))}
			}},
		{name: "wrapped-dense", anyLang: true, wrap: true, dense: true,
			separator: func(r *rand.Rand) []string { return []string{""} },
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, longDate(h.lang, randDate(r), r), "By "+person("en", r))}
			}},
		{name: "relative-byline", separator: blankSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				return []string{pick(r,
					person("en", r)+" · "+pick(r, "2 hours ago", "35 minutes ago", "yesterday", "3 days ago"),
					"by "+strings.ToLower(person("en", r))+" | "+pick(r, "an hour ago", "5 hrs ago", "Just now"),
					randDate(r).Format("Tue, 2 Jan 2006 15:04 MST"))}
			})},
		{name: "markdown", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"## " + h.title, "", pick(r, "*By "+person("en", r)+"* — "+d.Format("2 Jan 2006"), "_"+d.Format("2006-01-02")+"_", "**"+outlet("en", r)+"**"), ""}
			}},
		{name: "zh-press", lang: "zh", separator: blankSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return pick(r,
					[]string{d.Format("2006-01-02 15:04") + " 来源：" + outlet("zh", r), fmt.Sprintf("（本报%s%d月%d日电　记者 %s）", pick(r, cities["zh"]...), d.Month(), d.Day(), person("zh", r))},
					[]string{"来源：" + outlet("zh", r) + "　" + longDate("zh", d, r) + " " + d.Format("15:04"), "作者：" + person("zh", r)},
					[]string{fmt.Sprintf("%s讯（记者 %s）", outlet("zh", r), person("zh", r)), d.Format("2006年01月02日 15:04")})
			})},
		{name: "ja-press", lang: "ja", separator: ruleSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return pick(r,
					[]string{d.Format("2006/01/02 15:04"), fmt.Sprintf("【%s＝%s】", pick(r, cities["ja"]...), person("ja", r))},
					[]string{longDate("ja", d, r) + " " + d.Format("15時04分"), outlet("ja", r)},
					[]string{outlet("ja", r) + "　" + d.Format("2006年1月2日 15:04") + "配信"})
			})},
		{name: "ru-press", lang: "ru", separator: blankSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return pick(r,
					[]string{fmt.Sprintf("%s, %d %s — %s", pick(r, cities["ru"]...), d.Day(), monRU[d.Month()-1], outlet("ru", r)), "Текст: " + person("ru", r)},
					[]string{longDate("ru", d, r) + ", " + d.Format("15:04"), "Автор: " + person("ru", r)},
					[]string{d.Format("02.01.2006 15:04"), "Источник: " + outlet("ru", r)})
			})},
		{name: "de-press", lang: "de", separator: ruleSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return pick(r,
					[]string{"Von " + person("de", r), longDate("de", d, r) + ", " + d.Format("15:04") + " Uhr"},
					[]string{outlet("de", r), "Stand: " + d.Format("02.01.2006 15:04") + " Uhr"},
					[]string{"Aktualisiert am " + longDate("de", d, r), "Quelle: " + outlet("de", r)})
			})},
		{name: "fr-press", lang: "fr", separator: blankSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return pick(r,
					[]string{"Par " + person("fr", r), "Publié le " + longDate("fr", d, r) + " à " + d.Format("15h04")},
					[]string{outlet("fr", r), "Mis à jour le " + d.Format("02/01/2006 à 15:04")},
					[]string{longDate("fr", d, r), "Par " + person("fr", r) + " (" + outlet("fr", r) + ")"})
			})},
		{name: "es-press", lang: "es", separator: blankSep,
			head: plainHead(func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return pick(r,
					[]string{"Por " + person("es", r), longDate("es", d, r) + " - " + d.Format("15:04") + " CET"},
					[]string{outlet("es", r), "Actualizado: " + d.Format("02/01/2006 15:04")},
					[]string{"Redacción " + outlet("es", r), longDate("es", d, r)})
			})},
	}
}

// wholeFamily is a kind of file that holds one text however many dates,
// names and short lines it has.
type wholeFamily struct {
	name    string
	anyLang bool
	render  func(s story, r *rand.Rand) []string
}

func paraLines(s story, r *rand.Rand, every int, between func(i int) []string) []string {
	var out []string
	for i, p := range s.paras {
		if i > 0 {
			out = append(out, "")
			if every > 0 && i%every == 0 && between != nil {
				out = append(out, between(i)...)
			}
		}
		out = append(out, p)
	}
	return out
}

// wholeFamilies are the tuned files that must stay whole.
func wholeFamilies() []wholeFamily {
	return slices.Concat(tunedWholeFamilies(), formerHeldOutWhole(), secondHeldOutWhole(), thirdHeldOutWhole(), fourthHeldOutWhole(), fifthHeldOutWhole(), sixthHeldOutWhole(), seventhHeldOutWhole(), eighthHeldOutWhole(), ninthHeldOutWhole(), tenthHeldOutWhole(), eleventhHeldOutWhole(), twelfthHeldOutWhole(), thirteenthHeldOutWhole(), fourteenthHeldOutWhole(), fifteenthHeldOutWhole(), sixteenthHeldOutWhole(), seventeenthHeldOutWhole(), eighteenthHeldOutWhole(), nineteenthHeldOutWhole(), twentiethHeldOutWhole(), twentyFirstHeldOutWhole(), twentySecondHeldOutWhole(), twentyThirdHeldOutWhole(), twentyFourthHeldOutWhole(), twentyFifthHeldOutWhole(), twentySixthHeldOutWhole(), twentySeventhHeldOutWhole(), twentyEighthHeldOutWhole(), twentyNinthHeldOutWhole(), thirtiethHeldOutWhole(), thirtyFirstHeldOutWhole(), thirtySecondHeldOutWhole(), thirtyThirdHeldOutWhole(), thirtyFourthHeldOutWhole(), thirtyFifthHeldOutWhole(), thirtySixthHeldOutWhole(), thirtySeventhHeldOutWhole(), thirtyEighthHeldOutWhole(), thirtyNinthHeldOutWhole(), fortiethHeldOutWhole(), fortyFirstHeldOutWhole(), fortySecondHeldOutWhole(), fortyThirdHeldOutWhole(), fortyFourthHeldOutWhole(), fortyFifthHeldOutWhole(), fortySixthHeldOutWhole(), fortySeventhHeldOutWhole(), fortyEighthHeldOutWhole(), fortyNinthHeldOutWhole(), fiftiethHeldOutWhole(), fiftyFirstHeldOutWhole())
}

func tunedWholeFamilies() []wholeFamily {
	return []wholeFamily{
		{name: "letter", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{person("en", r), pick(r, "12 Harbour Road", "Flat 3, 45 Mill Lane"), pick(r, "Springfield", "Leeds LS2 7EW"), "", longDate("en", d, r), "",
				"Dear " + pick(r, "Mr. ", "Ms. ", "Dr. ") + pick(r, lastNames["en"]...) + ",", ""}
			out = append(out, paraLines(s, r, 0, nil)...)
			return append(out, "", pick(r, "Sincerely,", "Yours faithfully,", "With best regards,"), "", person("en", r), pick(r, "Director", "Chair of the Committee", "Senior Editor"), outlet("en", r))
		}},
		{name: "report", anyLang: true, render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Prepared by " + person("en", r), d.Format("January 2006"), ""}
			heads := []string{"Summary", "Background", "Findings", "Discussion", "Recommendations", "Annex"}
			return append(out, paraLines(s, r, 2, func(i int) []string {
				h := heads[(i/2)%len(heads)]
				if r.IntN(2) == 0 {
					h = fmt.Sprintf("%d. %s", i/2+1, h)
				}
				return []string{h, ""}
			})...)
		}},
		{name: "mail", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			from := person("en", r)
			out := []string{"From: " + from + " <" + strings.ToLower(strings.ReplaceAll(from, " ", ".")) + "@example.org>",
				"To: " + person("en", r), "Date: " + d.Format("Mon, 2 Jan 2006 15:04:05 -0700"), "Subject: " + s.title, "", "Hi all,", ""}
			out = append(out, paraLines(s, r, 3, func(int) []string {
				return []string{"On " + randDate(r).Format("Mon, Jan 2, 2006 at 3:04 PM") + " " + person("en", r) + " wrote:", ""}
			})...)
			return append(out, "", "Best,", from)
		}},
		{name: "single-article", anyLang: true, render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "By " + person("en", r), longDate("en", d, r), ""}
			return append(out, paraLines(s, r, 3, func(int) []string {
				return pick(r,
					[]string{"Update", randDate(r).Format("January 2, 2006"), ""},
					[]string{"By " + person("en", r), ""},
					[]string{randDate(r).Format("Monday, January 2, 2006"), ""})
			})...)
		}},
		{name: "minutes", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Minutes of the " + pick(r, "Board", "Editorial Committee", "Residents' Association") + " Meeting", d.Format("Monday, January 2, 2006"), "Present: " + person("en", r) + ", " + person("en", r) + ", " + person("en", r), ""}
			return append(out, paraLines(s, r, 2, func(i int) []string {
				return []string{fmt.Sprintf("Item %d", i/2+1), ""}
			})...)
		}},
	}
}
