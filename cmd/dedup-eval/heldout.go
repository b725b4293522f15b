package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// formerHeldOut are the first held-out families (written and scored on
// 2026-12-04). The splitter was then changed while looking at their
// numbers (one-line headers, item numbers, labels over the first header),
// so they are tuned families now, part of families(), and new families
// stand in heldOutFamilies.
func formerHeldOut() []family {
	return []family{
		// Title, outlet and date on one line.
		{name: "pipe-oneline", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r,
					h.title+" | "+outlet("en", r)+" | "+d.Format("02.01.2006"),
					h.title+" — "+outlet("en", r)+", "+d.Format("Jan 2, 2006"),
					h.title+" ("+outlet("en", r)+", "+d.Format("2 January 2006")+")"), ""}
			}},
		// The outlet in brackets before the title; the date only in a
		// trailer after the text.
		{name: "source-first-trailer", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"[" + outlet("en", r) + "] " + h.title, ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"", pick(r, "(Published "+d.Format("2 January 2006")+")", "Originally published "+d.Format("January 2, 2006")+".", "— "+d.Format("02/01/2006"))}
			}},
		// A numbered digest: "3. Title", a source line under it.
		{name: "numbered-digest", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{fmt.Sprintf(pick(r, "%d. %s", "%d) %s", "#%d %s"), h.n, h.title),
					pick(r, "Source: "+outlet("en", r)+", "+d.Format("2 Jan 2006"), outlet("en", r)+" / "+d.Format("2006-01-02"), "via "+outlet("en", r)), ""}
			}},
		// A mail digest: each article a forwarded message.
		{name: "email-digest", separator: func(r *rand.Rand) []string {
			return pick(r, []string{"", "-----Original Message-----"}, []string{"", "________________________________", ""}, []string{"", ""})
		},
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				o := outlet("en", r)
				return []string{"From: " + o + " <news@" + strings.ToLower(strings.ReplaceAll(o, " ", "")) + ".example>",
					"Sent: " + d.Format("Monday, January 2, 2006 3:04 PM"),
					"Subject: " + h.title, ""}
			}},
		// A Chinese portal: fields on one line, set apart by wide spaces.
		{name: "zh-portal", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					d.Format("2006-01-02 15:04:05")+"　来源："+outlet("zh", r)+"　编辑："+person("zh", r),
					"时间："+d.Format("2006年01月02日 15:04")+"　作者："+person("zh", r),
					outlet("zh", r)+"　"+d.Format("2006.01.02")), ""}
			}},
		// German agency copy: a date and time line, and the dateline
		// opening the first paragraph.
		{name: "de-agency", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, d.Format("02.01.2006 | 15:04")+" Uhr", d.Format("02.01.2006, 15:04"), "Veröffentlicht: "+d.Format("02.01.2006")), ""}
			}},
	}
}

// formerHeldOutWhole are the first held-out files that must stay whole,
// tuned since as formerHeldOut.
func formerHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		{name: "press-release", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"FOR IMMEDIATE RELEASE", "", s.title, "", strings.ToUpper(pick(r, "London", "Toronto", "Sydney")) + ", " + d.Format("January 2, 2006"), ""}
			out = append(out, paraLines(s, r, 3, func(int) []string {
				return []string{"Media contact: " + person("en", r), randDate(r).Format("January 2, 2006"), ""}
			})...)
			return append(out, "", "###", "", "Contact: "+person("en", r), outlet("en", r))
		}},
		{name: "blog-post", anyLang: true, render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Posted by " + person("en", r) + " on " + d.Format("January 2, 2006"), ""}
			out = append(out, paraLines(s, r, 3, func(int) []string {
				return []string{"Update (" + randDate(r).Format("January 2, 2006") + "):", ""}
			})...)
			return append(out, "", "Share this:", "Like this:", "")
		}},
	}
}

// heldOutFamilies are layouts written after the splitter's rules and
// tables were settled on families(), and scored as they first came out:
// nothing in dedup/segment was changed after their numbers were seen. They
// are the estimate of how the splitter does on layouts nobody tuned it for
// (ACCURACY.md). A family that is fixed for later must move to families()
// and be replaced here by a new one. This set was written on 2026-12-04.
func heldOutFamilies() []family {
	return []family{
		// A section kicker over the headline, a time without a date.
		{name: "held-kicker-time", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "WORLD", "BUSINESS", "POLITICS", "SPORT", "OPINION", "CULTURE"), h.title,
					pick(r, d.Format("15:04")+" GMT", "Updated "+d.Format("3:04 PM"), d.Format("15:04")), ""}
			}},
		// A Russian portal: the date with a time, then a labelled source
		// or author.
		{name: "held-ru-portal", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d %s %d, %s", d.Day(), monthsRU[d.Month()-1], d.Year(), d.Format("15:04")),
					pick(r, "Источник: "+outlet("ru", r), "Автор: "+person("ru", r), "Фото: "+outlet("ru", r)), ""}
			}},
		// A Japanese portal: month/day, weekday and time, then 配信
		// ("delivered") and the outlet.
		{name: "held-ja-portal", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%d/%d(%s) %s配信", int(d.Month()), d.Day(), wd, d.Format("15:04")), outlet("ja", r), ""}
			}},
		// Spanish and French by-lines with the date on one line.
		{name: "held-es-fr-byline", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				if h.lang == "fr" {
					return []string{h.title, "Par " + person("fr", r) + " - Publié le " + d.Format("02/01/2006") + " à " + d.Format("15h04"), ""}
				}
				lang := h.lang
				if lang != "es" {
					lang = "en"
				}
				return []string{h.title, pick(r, "Por ", "Redacción: ") + person(lang, r) + " | " + d.Format("02/01/2006 - 15:04"), ""}
			}},
		// A timestamp over the headline.
		{name: "held-timestamp-first", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, d.Format("2006-01-02T15:04:05Z"), d.Format("2006-01-02 15:04")), h.title, ""}
			}},
		// A forum thread of reposted stories.
		{name: "held-forum", separator: func(r *rand.Rand) []string { return pick(r, []string{"", "Top", ""}, []string{"", ""}) },
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				user := pick(r, "newsfan", "reader_42", "harbourwatch", "old_hack")
				return []string{pick(r, "Re: ", "") + h.title, "Post by " + user + " » " + d.Format("Mon Jan 02, 2006 3:04 pm"), ""}
			}},
		// Bulleted headlines, the outlet in brackets under them.
		{name: "held-bulleted", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "• ", "- ", "» ") + h.title, "(" + outlet("en", r) + ")", ""}
			}},
	}
}

// heldOutWholeFamilies are files that must stay whole, held out likewise.
func heldOutWholeFamilies() []wholeFamily {
	return []wholeFamily{
		// A report with numbered sections, some with a date under their
		// heading.
		{name: "held-numbered-report", anyLang: true, render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "By " + person("en", r), randDate(r).Format("2 January 2006"), ""}
			n := 0
			return append(out, paraLines(s, r, 2, func(int) []string {
				n++
				h := []string{fmt.Sprintf("%d. %s", n, pick(r, "Background", "What we found", "Costs and savings", "Next steps", "Open questions"))}
				if r.IntN(2) == 0 {
					h = append(h, "Updated "+randDate(r).Format("January 2, 2006"))
				}
				return append(h, "")
			})...)
		}},
		// An interview: questions and answers, a recording date inside.
		{name: "held-interview", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Interview: " + s.title, "By " + person("en", r), d.Format("January 2, 2006"), ""}
			return append(out, paraLines(s, r, 2, func(i int) []string {
				return pick(r, []string{"Q: " + s.title + "?", ""}, []string{"(Recorded " + randDate(r).Format("January 2, 2006") + ")", ""}, []string{"Q:", ""})
			})...)
		}},
	}
}
