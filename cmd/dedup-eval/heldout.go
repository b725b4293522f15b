package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"
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

// secondHeldOut are the second held-out families (written and first
// scored on 2026-12-04: F1 0.9014, recall at 0.8 0.9508). The splitter
// was then changed while looking at their numbers (reply subjects, times
// of day, numbered sections, recurring dated shapes), so they are tuned
// families now.
func secondHeldOut() []family {
	return []family{
		// A section kicker over the headline, a time without a date.
		{name: "kicker-time", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "WORLD", "BUSINESS", "POLITICS", "SPORT", "OPINION", "CULTURE"), h.title,
					pick(r, d.Format("15:04")+" GMT", "Updated "+d.Format("3:04 PM"), d.Format("15:04")), ""}
			}},
		// A Russian portal: the date with a time, then a labelled source
		// or author.
		{name: "ru-portal", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d %s %d, %s", d.Day(), monthsRU[d.Month()-1], d.Year(), d.Format("15:04")),
					pick(r, "Источник: "+outlet("ru", r), "Автор: "+person("ru", r), "Фото: "+outlet("ru", r)), ""}
			}},
		// A Japanese portal: month/day, weekday and time, then 配信
		// ("delivered") and the outlet.
		{name: "ja-portal", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%d/%d(%s) %s配信", int(d.Month()), d.Day(), wd, d.Format("15:04")), outlet("ja", r), ""}
			}},
		// Spanish and French by-lines with the date on one line.
		{name: "es-fr-byline", anyLang: true, separator: blankSep,
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
		{name: "timestamp-first", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, d.Format("2006-01-02T15:04:05Z"), d.Format("2006-01-02 15:04")), h.title, ""}
			}},
		// A forum thread of reposted stories.
		{name: "forum", separator: func(r *rand.Rand) []string { return pick(r, []string{"", "Top", ""}, []string{"", ""}) },
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				user := pick(r, "newsfan", "reader_42", "harbourwatch", "old_hack")
				return []string{pick(r, "Re: ", "") + h.title, "Post by " + user + " » " + d.Format("Mon Jan 02, 2006 3:04 pm"), ""}
			}},
		// Bulleted headlines, the outlet in brackets under them.
		{name: "bulleted", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "• ", "- ", "» ") + h.title, "(" + outlet("en", r) + ")", ""}
			}},
	}
}

// secondHeldOutWhole are the second set's files that must stay whole,
// tuned since as secondHeldOut.
func secondHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A report with numbered sections, some with a date under their
		// heading.
		{name: "numbered-report", anyLang: true, render: func(s story, r *rand.Rand) []string {
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
		{name: "interview", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Interview: " + s.title, "By " + person("en", r), d.Format("January 2, 2006"), ""}
			return append(out, paraLines(s, r, 2, func(i int) []string {
				return pick(r, []string{"Q: " + s.title + "?", ""}, []string{"(Recorded " + randDate(r).Format("January 2, 2006") + ")", ""}, []string{"Q:", ""})
			})...)
		}},
	}
}

// thirdHeldOut are the third held-out families (written and first scored
// on 2026-12-04: F1 0.8208, recall at 0.8 0.9100). The splitter was then
// changed while looking at their numbers, so they are tuned families now.
func thirdHeldOut() []family {
	return []family{
		// A feed dump: labelled title, link and an RFC 1123 date.
		{name: "feed-dump", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				host := pick(r, "news.example.com", "www.example.org", "example.net")
				return []string{"Title: " + h.title, fmt.Sprintf("Link: https://%s/%d/%02d/story-%d", host, d.Year(), int(d.Month()), 1000+r.IntN(9000)),
					pick(r, "Published: "+d.Format(time.RFC1123Z), "pubDate: "+d.Format(time.RFC1123), "Date: "+d.Format("2006-01-02T15:04:05-07:00")), ""}
			}},
		// A capitals headline over a filing line.
		{name: "caps-filed", separator: func(r *rand.Rand) []string {
			return pick(r, []string{"", "=========="}, []string{"", "", ""}, []string{"", "________", ""})
		},
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{strings.ToUpper(h.title), pick(r,
					"Filed "+d.Format("2 Jan 2006 15:04")+" by "+person("en", r),
					strings.ToUpper(pick(r, "London", "Nairobi", "Ottawa", "Manila"))+", "+d.Format("Jan 2")+" ("+outlet("en", r)+")",
					"("+outlet("en", r)+") "+d.Format("January 2, 2006")), ""}
			}},
		// A breadcrumb over the headline, a reading time and date under it.
		{name: "breadcrumb-readtime", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "Home › World › Europe", "News / Politics", "Home » Business » Markets", "Start > Kultur"),
					h.title, fmt.Sprintf("%d min read · %s", 2+r.IntN(12), d.Format(pick(r, "Jan 2, 2006", "2 Jan 2006", "January 2"))), ""}
			}},
		// German portals: author and date on one line with a bar, or a
		// date with a reading time.
		{name: "de-portal", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					"von "+person("de", r)+" | "+d.Format("02.01.2006, 15:04")+" Uhr",
					person("de", r)+", dpa | "+d.Format("02.01.2006"),
					longDate("de", d, r)+" um "+d.Format("15:04")+" Uhr · Lesezeit: "+fmt.Sprint(2+r.IntN(8))+" Min."), ""}
			}},
		// French agency copy: agency, publication and modification times.
		{name: "fr-agence", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := d.Add(time.Duration(1+r.IntN(5)) * time.Hour)
				return []string{h.title, pick(r,
					"AFP, publié le "+longDate("fr", d, r)+" à "+d.Format("15h04")+", modifié à "+m.Format("15h04"),
					"Le "+d.Format("02/01/2006")+" à "+d.Format("15:04")+" - Mis à jour le "+m.Format("02/01/2006")+" à "+m.Format("15:04"),
					outlet("fr", r)+" · "+d.Format("02/01/2006")), ""}
			}},
		// Chinese self-media: 原创, author, account, time and place.
		{name: "zh-selfmedia", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					"原创 "+person("zh", r)+" "+outlet("zh", r)+" "+d.Format("2006-01-02 15:04")+" 发表于"+pick(r, cities["zh"]...),
					d.Format("2006年01月02日 15:04")+" | 来源："+outlet("zh", r)+" | 作者："+person("zh", r),
					"发布于 "+d.Format("2006-01-02")+" · 阅读 "+fmt.Sprint(1+r.IntN(90))+"万"), ""}
			}},
		// Spanish portals: agency, city and time; or a long date with "a
		// las".
		{name: "es-portal", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					outlet("es", r)+" | "+pick(r, "Madrid", "Bogotá", "Sevilla", "Lima")+" | "+d.Format("02/01/2006 15:04")+" h",
					"Publicado el "+longDate("es", d, r)+" a las "+d.Format("15:04"),
					strings.ToUpper(d.Format("2 Jan 2006"))+" - "+d.Format("15:04")+" CET"), ""}
			}},
		// Japanese news sites: date with the weekday in parentheses and
		// 更新, an agency in brackets.
		{name: "ja-updated", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{h.title, pick(r,
					fmt.Sprintf("%d年%d月%d日（%s）%d時%02d分 更新", d.Year(), int(d.Month()), d.Day(), wd, d.Hour(), d.Minute()),
					"最終更新："+d.Format("2006/1/2 15:04"),
					fmt.Sprintf("%d/%d %s", int(d.Month()), d.Day(), d.Format("15:04"))+"　【"+outlet("ja", r)+"】"), ""}
			}},
	}
}

// thirdHeldOutWhole are the third set's files that must stay whole.
func thirdHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A newsletter issue: sections with short headings, an events
		// list with dates and times, a sign-off and footer links.
		{name: "newsletter", anyLang: true, render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{pick(r, "Weekly Notes", "The Harbour Letter", "Friday Briefing") + " — Issue " + fmt.Sprint(10+r.IntN(200)), d.Format("2 January 2006"), "", "Hello readers,", ""}
			heads := []string{"In brief", "From the archive", "Events this week", "Letters"}
			out = append(out, paraLines(s, r, 2, func(i int) []string {
				h := []string{heads[(i/2)%len(heads)], ""}
				if r.IntN(2) == 0 {
					e := randDate(r)
					h = append(h, e.Format("Monday, January 2, 3:04 pm")+" — "+pick(r, "Town Hall", "Library", "Online"), "")
				}
				return h
			})...)
			return append(out, "", "See you next week,", person("en", r), "", "Unsubscribe | View in browser")
		}},
		// A court decision: case number, decision date, judge, numbered
		// paragraphs, and a dated signature.
		{name: "court-ruling", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"IN THE " + pick(r, "HIGH COURT OF JUSTICE", "COURT OF APPEAL", "DISTRICT COURT"), fmt.Sprintf("Case No. %d-CV-%04d", d.Year(), r.IntN(10000)),
				"Decided: " + d.Format("January 2, 2006"), "Before: " + pick(r, "Judge ", "Justice ") + person("en", r), "", s.title, ""}
			n := 0
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, "")
				}
				n++
				out = append(out, fmt.Sprintf("[%d] %s", n, p))
			}
			return append(out, "", "Dated: "+d.AddDate(0, 0, 1+r.IntN(20)).Format("2 January 2006"), person("en", r), pick(r, "Judge", "Justice of the Court"))
		}},
	}
}

// fourthHeldOut are the fourth held-out families (written and first
// scored on 2026-12-04: F1 0.8912, recall at 0.8 0.8548). The splitter
// was then changed while looking at their numbers, so they are tuned
// families now.
func fourthHeldOut() []family {
	return []family{
		// A Russian portal: the time before the date, then a rubric.
		{name: "ru-time-first", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s, %d %s %d", d.Format("15:04"), d.Day(), monthsRU[d.Month()-1], d.Year()),
					"Рубрика: " + pick(r, "Мир", "Экономика", "Общество", "Спорт"), ""}
			}},
		// A syndication credit under the headline.
		{name: "syndication-credit", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					"Originally published by "+outlet("en", r)+" on "+d.Format("January 2, 2006"),
					"This story first appeared in "+outlet("en", r)+".",
					"Republished with permission from "+outlet("en", r)), ""}
			}},
		// A Chinese news portal: timestamp with seconds, an ASCII-colon
		// source and a report link.
		{name: "zh-timestamp-source", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					d.Format("2006-01-02 15:04:05")+"　来源: "+outlet("zh", r)+"　举报",
					d.Format("2006-01-02 15:04:05")+" "+outlet("zh", r),
					"发布时间："+d.Format("2006-01-02")+"　浏览次数："+fmt.Sprint(100+r.IntN(9000))), ""}
			}},
		// A Japanese business paper: date and time with a members' mark.
		{name: "ja-members", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					fmt.Sprintf("%d年%d月%d日 %s [有料会員限定]", d.Year(), int(d.Month()), d.Day(), d.Format("15:04")),
					fmt.Sprintf("%d年%d月%d日 %s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04")),
					outlet("ja", r)+" 電子版"), ""}
			}},
		// A German news magazine: a kicker ending in a colon over the
		// headline, a date with a dotted time.
		{name: "de-kicker", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "Krieg in der Ukraine:", "Bundestag:", "Wetter:", "Bahnstreik:"), h.title,
					pick(r, d.Format("02.01.2006, 15.04")+" Uhr", d.Format("02.01.2006")), ""}
			}},
		// Spanish portals: the author alone, then a date with "h".
		{name: "es-author-line", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, person("es", r), longDate("es", d, r) + " " + d.Format("15:04") + "h", ""}
			}},
		// French dailies: published today or yesterday at a time.
		{name: "fr-relative", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r,
					"Publié aujourd’hui à "+fmt.Sprintf("%dh%02d", r.IntN(24), r.IntN(60)),
					"Publié hier à "+fmt.Sprintf("%dh%02d", r.IntN(24), r.IntN(60))+", modifié à "+fmt.Sprintf("%dh%02d", r.IntN(24), r.IntN(60)),
					"Par "+person("fr", r)+" · il y a "+fmt.Sprint(2+r.IntN(20))+" heures"), ""}
			}},
		// Starred digest items with the outlet and reading time under them.
		{name: "starred-digest", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "★ ", "☆ ", "▸ ") + h.title, "— " + outlet("en", r) + fmt.Sprintf(" (%d min)", 2+r.IntN(10)), ""}
			}},
	}
}

// fourthHeldOutWhole are the fourth set's files that must stay whole.
func fourthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// An obituary: life dates, service details with dates and times.
		{name: "obituary", render: func(s story, r *rand.Rand) []string {
			born, died := 1925+r.IntN(50), 2019+r.IntN(6)
			out := []string{person("en", r), fmt.Sprintf("%d – %d", born, died), "", s.title, ""}
			out = append(out, paraLines(s, r, 2, func(int) []string {
				return pick(r, []string{"Service: " + randDate(r).Format("Monday, January 2, 2006, 3 p.m."), pick(r, "St. Mary's Church", "Riverside Chapel"), ""},
					[]string{"In lieu of flowers", ""})
			})...)
			return append(out, "", "Published in "+outlet("en", r)+" on "+randDate(r).Format("Jan. 2, 2006"))
		}},
		// A hearing transcript: speaker labels and timestamps.
		{name: "transcript", anyLang: true, render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"TRANSCRIPT: " + s.title, d.Format("Monday, January 2, 2006"), ""}
			t := d
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, "")
				}
				t = t.Add(time.Duration(1+r.IntN(5)) * time.Minute)
				out = append(out, "["+t.Format("15:04:05")+"]", pick(r, "MODERATOR:", "SEN. "+strings.ToUpper(pick(r, lastNames["en"]...))+":", "WITNESS:"), p)
			}
			return out
		}},
	}
}

// fifthHeldOut are the fifth held-out families (written and first scored
// on 2026-12-04: F1 0.8872, recall at 0.8 0.7182). The splitter was then
// changed while looking at their numbers, so they are tuned families now.
func fifthHeldOut() []family {
	ampm := func(d time.Time) string {
		return strings.NewReplacer("AM", "a.m.", "PM", "p.m.").Replace(d.Format("3:04 PM"))
	}
	return []family{
		// US papers: a staff by-line, published and updated times with
		// the zone before the date.
		{name: "published-updated", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(time.Duration(1+r.IntN(6)) * time.Hour)
				return []string{h.title, "By " + person("en", r) + ", " + outlet("en", r) + pick(r, " Staff Writer", "", " Correspondent"),
					"Published " + ampm(d) + " ET " + d.Format("Jan. 2, 2006") + pick(r, " | Updated "+ampm(u)+" ET "+u.Format("Jan. 2, 2006"), ""), ""}
			}},
		// A date, "at" and a time.
		{name: "date-at-time", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, d.Format("January 2, 2006")+" at "+d.Format("3:04 pm"), "On "+d.Format("02/01/2006")+" at "+d.Format("15:04"), d.Format("Monday 2 January 2006")+" at "+d.Format("15:04")), ""}
			}},
		// Russian portals: today, yesterday or a day and month with "в"
		// and a time.
		{name: "ru-relative", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "Сегодня в "+d.Format("15:04"), "Вчера, "+d.Format("15:04"), fmt.Sprintf("%d %s в %s", d.Day(), monthsRU[d.Month()-1], d.Format("15:04"))), ""}
			}},
		// A Chinese paper's edition line under the headline.
		{name: "zh-edition", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("《%s》（%d年%02d月%02d日 第 %02d 版）", outlet("zh", r), d.Year(), int(d.Month()), d.Day(), 1+r.IntN(20)), ""}
			}},
		// Japanese times with 午前/午後.
		{name: "ja-gozen", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				half := "午前"
				hr := d.Hour()
				if hr >= 12 {
					half, hr = "午後", hr-12
				}
				return []string{h.title, fmt.Sprintf("%d月%d日 %s%d時%d分", int(d.Month()), d.Day(), half, hr, d.Minute()), pick(r, outlet("ja", r), ""), ""}
			}},
		// German live tickers: headlines between plus signs.
		{name: "de-ticker", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"+++ " + h.title + " +++", pick(r, d.Format("15:04")+" Uhr", ""), ""}
			}},
		// French regional papers: outlet, author and date on one line.
		{name: "fr-oneline-credit", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, outlet("fr", r) + " " + person("fr", r) + ". Publié le " + d.Format("02/01/2006") + " à " + d.Format("15h04"), ""}
			}},
		// Spanish abbreviated months with "Actualizado:".
		{name: "es-abbrev", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mon := []string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Actualizado: %d %s %d, %s h", d.Day(), mon, d.Year(), d.Format("15:04")), ""}
			}},
		// A photo credit line under the headline.
		{name: "photo-credit", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "(Photo: " + person("en", r) + "/" + outlet("en", r) + ")", ""}
			}},
	}
}

// fifthHeldOutWhole are the fifth set's files that must stay whole.
func fifthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// Release notes: a version and date, headings, dated entries.
		{name: "release-notes", anyLang: true, render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{fmt.Sprintf("Release notes — version %d.%d.%d (%s)", 1+r.IntN(5), r.IntN(20), r.IntN(10), d.Format("2006-01-02")), ""}
			heads := []string{"### Added", "### Changed", "### Fixed"}
			return append(out, paraLines(s, r, 2, func(i int) []string {
				return []string{heads[(i/2)%len(heads)], "", randDate(r).Format("2006-01-02") + ":", ""}
			})...)
		}},
		// A speech as prepared for delivery, with audience reactions.
		{name: "speech", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Remarks by " + person("en", r) + " at the " + pick(r, "Harbour Forum", "Annual Conference", "City Council"), d.Format("January 2, 2006"), "As prepared for delivery", ""}
			out = append(out, paraLines(s, r, 2, func(int) []string {
				return []string{pick(r, "(Applause.)", "(Laughter.)", "(Applause)"), ""}
			})...)
			return append(out, "", "Thank you.", "", "END", d.Format("3:04 P.M. MST"))
		}},
	}
}

// sixthHeldOut are the sixth held-out families (written and first scored
// on 2026-12-04: F1 0.9389, recall at 0.8 0.9637). The splitter was then
// changed while looking at their numbers, so they are tuned families now.
func sixthHeldOut() []family {
	return []family{
		// The by-line over the headline, in capitals, no date.
		{name: "byline-over-title", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{strings.ToUpper(person("en", r)) + ", " + outlet("en", r), h.title, ""}
			}},
		// Dotted numeric dates with a zone.
		{name: "dotted-zone", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("2006.01.02 15:04") + " " + pick(r, "KST", "JST", "CET", "UTC"), ""}
			}},
		// Traditional-Chinese style agency lines.
		{name: "zh-agency-slash", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					d.Format("2006/01/02 15:04")+" "+outlet("zh", r),
					"记者"+person("zh", r)+"／"+pick(r, cities["zh"]...)+"报导",
					"更新時間："+d.Format("2006-01-02 15:04")), ""}
			}},
		// A Japanese date in full-width brackets.
		{name: "ja-brackets", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("［%d年%d月%d日］", d.Year(), int(d.Month()), d.Day()), ""}
			}},
		// A Russian author, date and reading time with middle dots.
		{name: "ru-dots", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					person("ru", r)+" · "+fmt.Sprintf("%d %s %d", d.Day(), monthsRU[d.Month()-1], d.Year())+" · "+fmt.Sprint(2+r.IntN(9))+" мин. чтения",
					person("ru", r)+" — "+d.Format("02.01.2006")), ""}
			}},
		// German agency in brackets before the date, or a source with two
		// agencies.
		{name: "de-agency-source", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "(dpa) "+d.Format("02.01.2006"), "Quelle: dpa/AFP, "+d.Format("02.01.2006"), "Von "+person("de", r)+" (dpa)"), ""}
			}},
		// French dateline with the agency first.
		{name: "fr-agency-dateline", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "(AFP) - " + pick(r, "Paris", "Lyon", "Marseille", "Bruxelles") + ", le " + longDate("fr", d, r), ""}
			}},
		// Spanish wire datelines in capitals.
		{name: "es-wire", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mon := []string{"Ene.", "Feb.", "Mar.", "Abr.", "May.", "Jun.", "Jul.", "Ago.", "Sep.", "Oct.", "Nov.", "Dic."}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s, %d %s (%s) -", strings.ToUpper(pick(r, "Madrid", "Barcelona", "Valencia")), d.Day(), mon, strings.ToUpper(outlet("es", r))), ""}
			}},
		// A blog engine's post line with the author and a comment link.
		{name: "blog-engine", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Posted on " + d.Format("January 2, 2006") + " by " + pick(r, "admin", "editor", strings.ToLower(pick(r, firstNames["en"]...))) + pick(r, " | Leave a comment", " | 3 Comments", ""), ""}
			}},
	}
}

// sixthHeldOutWhole are the sixth set's files that must stay whole.
func sixthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// Lecture notes: a lecture number, a week, labelled parts.
		{name: "lecture-notes", anyLang: true, render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{fmt.Sprintf("Lecture %d: %s", 1+r.IntN(20), s.title), "Week of " + d.Format("January 2, 2006"), "", "Reading: chapter " + fmt.Sprint(1+r.IntN(12)), ""}
			return append(out, paraLines(s, r, 2, func(i int) []string {
				return []string{pick(r, "Outline", "Key points:", "Discussion", "Exercise"), ""}
			})...)
		}},
		// A page of questions and answers with a review date.
		{name: "faq", render: func(s story, r *rand.Rand) []string {
			out := []string{"Frequently asked questions", "Last reviewed: " + randDate(r).Format("2 January 2006"), ""}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, "")
				}
				q := strings.Fields(p)
				if len(q) > 8 {
					q = q[:8]
				}
				out = append(out, pick(r, "What about ", "Why ", "How ")+strings.ToLower(strings.Join(q, " "))+"?", p)
			}
			return out
		}},
	}
}

// seventhHeldOut are the seventh held-out families (written and first
// scored on 2026-12-04: F1 0.9783, recall at 0.8 0.9882). The splitter was
// then changed while looking at their numbers, so they are tuned families
// now.
func seventhHeldOut() []family {
	return []family{
		// A database export with two-letter field codes (HD headline, BY
		// by-line, WC word count, PD date, SN source, LA language, TD
		// text) and an accession number closing each document.
		{name: "field-codes", separator: func(r *rand.Rand) []string { return []string{"", ""} },
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"HD " + h.title, "BY " + person("en", r), fmt.Sprintf("WC %d words", 150+r.IntN(900)),
					"PD " + d.Format("2 January 2006"), "SN " + outlet("en", r), "LA English", "TD"}
			},
			tail: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"", fmt.Sprintf("AN Document %s%s%04d", strings.ToUpper(strings.ReplaceAll(outlet("en", r), " ", "")[:6]), d.Format("20060102"), r.IntN(10000))}
			}},
		// An agency by-line with the agency name, then a dateline line.
		{name: "byline-dateline", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "By " + strings.ToUpper(person("en", r)) + " " + pick(r, "Associated Press", "Global Wire Service"),
					strings.ToUpper(pick(r, "Washington", "Brussels", "Tokyo", "Nairobi")) + " (" + pick(r, "AP", "GWS") + ") —", ""}
			}},
		// Russian agency datelines with full stops between the parts.
		{name: "ru-dotted-dateline", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s. %d %s. %s -", pick(r, cities["ru"]...), d.Day(), monthsRU[d.Month()-1], strings.ToUpper(pick(r, "Интерфакс", "Прайм"))), ""}
			}},
		// A Chinese date with the weekday.
		{name: "zh-weekday", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}[d.Weekday()]
				return []string{h.title, d.Format("2006-01-02") + " " + wd, ""}
			}},
		// A Japanese digital edition and the date on one line.
		{name: "ja-digital", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%sデジタル %d年%d月%d日 %d時%02d分", pick(r, "朝日新聞", "毎朝新聞", "東洋新報"), d.Year(), int(d.Month()), d.Day(), d.Hour(), d.Minute()), ""}
			}},
		// A German date and time joined by a hyphen.
		{name: "de-hyphen-time", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "Aktualisiert am "+d.Format("02.01.2006-15:04"), d.Format("02.01.2006-15:04")+" Uhr"), ""}
			}},
		// A Spanish place and long date.
		{name: "es-place-date", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "México", "Buenos Aires", "Santiago de Chile", "Madrid") + ", " + longDate("es", d, r), ""}
			}},
		// A French author with the date after a comma.
		{name: "fr-author-date", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, person("fr", r) + ", le " + longDate("fr", d, r) + " à " + d.Format("15h04"), ""}
			}},
		// Markdown third-level headlines with the date in italics and a
		// source link.
		{name: "md-h3-link", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"### " + h.title, "*" + d.Format("02.01.2006") + "* · [" + outlet("en", r) + "](https://example.com/" + fmt.Sprint(r.IntN(100000)) + ")", ""}
			}},
	}
}

// seventhHeldOutWhole are the seventh set's files that must stay whole.
func seventhHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// An encyclopedia article: a tagline, section headings, dates in
		// the text's own lines.
		{name: "encyclopedia", anyLang: true, render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "From the free encyclopedia", ""}
			heads := []string{"History", "Description", "Reception", "See also"}
			return append(out, paraLines(s, r, 2, func(i int) []string {
				h := []string{heads[(i/2)%len(heads)], ""}
				if r.IntN(3) == 0 {
					h = append(h, randDate(r).Format("January 2006"), "")
				}
				return h
			})...)
		}},
		// A meeting agenda: labelled date and time, numbered items.
		{name: "agenda", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Agenda", s.title, "Date: " + d.Format("2 January 2006"), "Time: " + d.Format("15:04"), "Place: " + pick(r, "Room 4", "Town Hall", "Online"), ""}
			n := 0
			return append(out, paraLines(s, r, 1, func(int) []string {
				n++
				return []string{fmt.Sprintf("Item %d: %s", n, pick(r, "Minutes", "Budget", "Reports", "Any other business")), ""}
			})...)
		}},
	}
}

// eighthHeldOut are the eighth held-out families (written and first
// scored on 2026-12-04: F1 0.9684, recall at 0.8 0.9769). The splitter was
// then changed while looking at their numbers (headlines closed by the
// outlet after a dash), so they are tuned families now.
func eighthHeldOut() []family {
	return []family{
		// Wire copy with its slug line over the headline.
		{name: "held-wire-slug", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				slug := fmt.Sprintf("BC-%s--%s,%s", pick(r, "US", "EU", "AS", "AF"), pick(r, "Economy", "Politics", "Storm", "Trade"), pick(r, "1st Ld-Writethru", "0612", "Advisory", "2nd Ld"))
				return []string{slug, h.title, "By " + person("en", r), ""}
			}},
		// Aggregator lines: the headline, a dash and the outlet.
		{name: "held-title-dash-outlet", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + " - " + outlet("en", r), pick(r, fmt.Sprintf("%d hours ago", 1+r.IntN(20)), randDate(r).Format("Jan 2, 2006"), ""), ""}
			}},
		// A Russian date and time with a rubric after a bar.
		{name: "held-ru-rubric-bar", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("02.01.2006 15:04") + " | " + pick(r, "Общество", "Политика", "Экономика"), ""}
			}},
		// Japanese dotted dates with the weekday in brackets.
		{name: "held-ja-dotted-weekday", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{h.title, d.Format("2006.01.02") + "(" + wd + ") " + d.Format("15:04"), ""}
			}},
		// Chinese dates with the weekday and the lunar date.
		{name: "held-zh-lunar", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}[d.Weekday()]
				lunar := []string{"正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"}[r.IntN(12)] + pick(r, "初三", "十六", "廿八")
				return []string{h.title, fmt.Sprintf("%d年%d月%d日 %s 农历%s", d.Year(), int(d.Month()), d.Day(), wd, lunar), ""}
			}},
		// German press-release wire: place and service in brackets.
		{name: "held-de-ots", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "Berlin", "Hamburg", "München", "Köln") + " (" + pick(r, "ots", "dpa-AFX", "pts") + ") -", ""}
			}},
		// French initials and a two-digit year.
		{name: "held-fr-initials", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%c.%c. | Publié le %s à %s", 'A'+rune(r.IntN(26)), 'A'+rune(r.IntN(26)), d.Format("02/01/06"), d.Format("15h04")), ""}
			}},
		// Spanish: the author alone, then place, date and time between
		// dashes.
		{name: "held-es-dashes", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mon := []string{"ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"}[d.Month()-1]
				return []string{h.title, person("es", r), fmt.Sprintf("%s - %02d %s %d - %s CET", pick(r, "Madrid", "Barcelona"), d.Day(), mon, d.Year(), d.Format("15:04")), ""}
			}},
	}
}

// eighthHeldOutWhole are the eighth set's files that must stay whole.
func eighthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A recipe: times and servings, then numbered steps.
		{name: "held-recipe", anyLang: true, render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, fmt.Sprintf("Prep time: %d min | Cook time: %d min", 5+r.IntN(40), 10+r.IntN(90)), fmt.Sprintf("Serves %d", 2+r.IntN(6)), "", "Ingredients", ""}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, "")
				}
				out = append(out, fmt.Sprintf("%d. %s", i+1, p))
			}
			return out
		}},
		// A chat log: timestamped lines with speakers.
		{name: "held-chat-log", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Chat log — " + d.Format("2 January 2006"), ""}
			t := d
			for _, p := range s.paras {
				t = t.Add(time.Duration(1+r.IntN(9)) * time.Minute)
				out = append(out, "["+t.Format("15:04")+"] "+pick(r, firstNames["en"]...)+": "+p)
			}
			return out
		}},
	}
}

// ninthHeldOut are the ninth held-out families (written and first scored
// on 2026-12-06: F1 0.9738, recall at 0.8 0.9675). The splitter was then
// changed while looking at their numbers (a bracketed date before the
// headline), so they are tuned families now.
func ninthHeldOut() []family {
	return []family{
		// German public broadcaster: a kicker over the headline, then
		// "Stand:" with the date and time.
		{name: "held-de-stand", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "Haushaltsstreit", "Nach der Wahl", "Exklusiv", "Liveblog"), h.title, "Stand: " + d.Format("02.01.2006 15:04") + " Uhr", ""}
			}},
		// A feed reader's dump: headline, an RFC 822 date with a numeric
		// zone and the link.
		{name: "held-rss-pubdate", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("Mon, 02 Jan 2006 15:04:05 -0700"), fmt.Sprintf("https://news.example.org/%d/%05d", d.Year(), r.IntN(100000)), ""}
			}},
		// A bracketed ISO date before the headline on one line.
		{name: "held-bracket-date-first", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"[" + randDate(r).Format("2006-01-02") + "] " + h.title, ""}
			}},
		// Taiwanese wire copy: the headline, a slashed date with an
		// update time in brackets, and the agency credit in brackets.
		{name: "held-zh-cna", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(time.Duration(30+r.IntN(300)) * time.Minute)
				return []string{h.title, fmt.Sprintf("%d/%d/%d %s（%d/%d %s 更新）", d.Year(), int(d.Month()), d.Day(), d.Format("15:04"), int(u.Month()), u.Day(), u.Format("15:04")),
					fmt.Sprintf("（中央社記者%s%s%d日電）", person("zh", r), pick(r, cities["zh"]...), d.Day()), ""}
			}},
		// Japanese: a labelled delivery time with 時 and 分.
		{name: "held-ja-haishin", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("配信日時：%d年%d月%d日 %d時%02d分", d.Year(), int(d.Month()), d.Day(), d.Hour(), d.Minute()), pick(r, outlets["ja"]...), ""}
			}},
		// Russian: published date with "в" before the time, and the author
		// after a bar.
		{name: "held-ru-opublikovano", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("Опубликовано: %d %s %d в %s | Автор: %s", d.Day(), monthsRU[d.Month()-1], d.Year(), d.Format("15:04"), person("ru", r)), ""}
			}},
		// French: "Par" with a credit in brackets, then the date with the
		// update time.
		{name: "held-fr-maj", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Par " + person("fr", r) + pick(r, " (avec AFP)", " (avec Reuters)", ""),
					fmt.Sprintf("Le %s à %s, mis à jour à %s", d.Format("02/01/2006"), d.Format("15h04"), d.Add(90*time.Minute).Format("15h04")), ""}
			}},
		// Spanish: "Actualizado" with a slashed date and an hour marked h.
		{name: "held-es-actualizado", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, outlet("es", r), fmt.Sprintf("Actualizado %s - %s h", d.Format("02/01/2006"), d.Format("15:04")), ""}
			}},
	}
}

// ninthHeldOutWhole are the ninth set's files that must stay whole.
func ninthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// An agreement: numbered clauses, a dated preamble and signature
		// blocks with "By:" lines.
		{name: "held-agreement", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{strings.ToUpper(s.title), "", "This Agreement is made on " + d.Format("January 2, 2006") + " between the parties named below.", ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("%d. %s", i+1, p), "")
			}
			for range 2 {
				out = append(out, "By: "+person("en", r), "Title: "+pick(r, "Director", "Secretary", "Chair"), "Date: "+d.Format("January 2, 2006"), "")
			}
			return out
		}},
		// An essay with a list of references in author-date style at the
		// end.
		{name: "held-references", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, ""}
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			out = append(out, "References", "")
			for range 3 + r.IntN(4) {
				d := randDate(r)
				out = append(out, fmt.Sprintf("%s, %c. (%s). %s. %s.", pick(r, lastNames["en"]...), 'A'+rune(r.IntN(26)), d.Format("2006, January 2"), s.title, outlet("en", r)))
			}
			return out
		}},
	}
}

// tenthHeldOut are the tenth held-out families (written and first scored
// on 2026-12-06: F1 0.9995, recall at 0.8 0.9990, every family at 0.99 or
// better). The splitter was changed for tuned families' misses after
// their numbers were seen, so they are tuned families now.
func tenthHeldOut() []family {
	return []family{
		// An agency style by-line with the date after a bar: abbreviated
		// month with a full stop, a.m./p.m. and the zone.
		{name: "held-ap-style", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mon := []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("By %s | %s %d, %d, %s ET", person("en", r), mon, d.Day(), d.Year(), strings.NewReplacer("AM", "a.m.", "PM", "p.m.").Replace(d.Format("3:04 PM"))), ""}
			}},
		// The outlet and a colon before the headline, the date under it.
		{name: "held-outlet-colon-title", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{outlet("en", r) + ": " + h.title, randDate(r).Format("January 2, 2006"), ""}
			}},
		// A German headline, a blank line, then the agency dateline on a
		// line of its own just over the text.
		{name: "held-de-inline-dateline", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "", pick(r, "Berlin", "Hamburg", "Wien", "Zürich") + " (" + pick(r, "dpa", "AFP", "APA", "sda") + ") -"}
			}},
		// Japanese: a slashed date with the time and the zone in
		// brackets, then the outlet.
		{name: "held-ja-jst", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d/%d/%d %s (JST)", d.Year(), int(d.Month()), d.Day(), d.Format("15:04")), outlet("ja", r), ""}
			}},
		// Chinese: the editor, a bar, the date with 年月日 and the time.
		{name: "held-zh-editor-bar", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("编辑：%s | %d年%02d月%02d日 %s", person("zh", r), d.Year(), int(d.Month()), d.Day(), d.Format("15:04")), ""}
			}},
		// Russian: a long date with "г.", the time, a labelled source.
		{name: "held-ru-god-source", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d %s %d г., %s | Источник: %s", d.Day(), monthsRU[d.Month()-1], d.Year(), d.Format("15:04"), outlet("ru", r)), ""}
			}},
		// French: slashed date and time, then the update after a bar.
		{name: "held-fr-slash-update", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s | Mis à jour le %s à %s", d.Format("02/01/2006 15:04"), d.Format("02/01/2006"), d.Add(2*time.Hour).Format("15:04")), ""}
			}},
		// Spanish: "Por" and the author, then an abbreviated month with
		// a full stop and the hour marked h.
		{name: "held-es-por-abbrev", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mon := monES[d.Month()-1]
				return []string{h.title, "Por " + person("es", r), fmt.Sprintf("%d %s %d - %s h", d.Day(), mon, d.Year(), d.Format("15:04")), ""}
			}},
	}
}

// tenthHeldOutWhole are the tenth set's files that must stay whole.
func tenthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A curriculum vitae: dated positions at outlets, one per line.
		{name: "held-cv", render: func(s story, r *rand.Rand) []string {
			out := []string{person("en", r), "Curriculum vitae", "", "Experience", ""}
			y := 2000 + r.IntN(10)
			for range 3 + r.IntN(3) {
				out = append(out, fmt.Sprintf("%d–%d  %s, %s", y, y+1+r.IntN(4), pick(r, "Reporter", "Editor", "Correspondent", "Producer"), outlet("en", r)))
				y += 2 + r.IntN(3)
			}
			out = append(out, "", "Profile", "")
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			return out
		}},
		// An article with a timeline: dated events inside its body.
		{name: "held-timeline", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "By " + person("en", r), randDate(r).Format("January 2, 2006"), ""}
			for i, p := range s.paras {
				out = append(out, p, "")
				if i == 0 {
					out = append(out, "Timeline", "")
					for range 3 + r.IntN(3) {
						out = append(out, randDate(r).Format("January 2, 2006")+": "+pick(r, "talks begin", "the report is published", "a vote is held", "the plan is approved"), "")
					}
				}
			}
			return out
		}},
	}
}

// eleventhHeldOut are the eleventh held-out families (written and first
// scored on 2026-12-06: F1 0.9925, recall at 0.8 0.9933). The splitter was
// then changed while looking at their numbers (a by-line after a relative
// date), so they are tuned families now.
func eleventhHeldOut() []family {
	return []family{
		// A relative update time and a reading time on one line.
		{name: "held-updated-ago-read", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("Updated %d hrs ago · %d min read", 1+r.IntN(11), 2+r.IntN(9)), ""}
			}},
		// Author and outlet in capitals on lines of their own, then an
		// American numeric date.
		{name: "held-caps-author-outlet", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, strings.ToUpper(person("en", r)), strings.ToUpper(outlet("en", r)), fmt.Sprintf("%d/%d/%d", int(d.Month()), d.Day(), d.Year()), ""}
			}},
		// German labelled date and time on one line.
		{name: "held-de-datum-uhrzeit", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("Datum: %s – Uhrzeit: %s Uhr", d.Format("02.01.2006"), d.Format("15:04")), ""}
			}},
		// French: the time before the date.
		{name: "held-fr-heure-avant", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("Publié à %s, le %s", d.Format("15h04"), longDate("fr", d, r)), ""}
			}},
		// Spanish: a relative date and the author.
		{name: "held-es-hace-por", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("Publicado hace %d horas por %s", 1+r.IntN(20), person("es", r)), ""}
			}},
		// Russian: the time, then a day and month without a year.
		{name: "held-ru-time-day", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s %d %s", d.Format("15:04"), d.Day(), monthsRU[d.Month()-1]), ""}
			}},
		// Traditional Chinese labels: publication time and source.
		{name: "held-zh-traditional", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("發布時間：%s　來源：%s", d.Format("2006/01/02 15:04"), pick(r, "中央社", "聯合報", "自由時報")), ""}
			}},
		// Japanese: the outlet in brackets, then the date and time.
		{name: "held-ja-bracket-outlet", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("【%s】%d年%d月%d日 %d時%02d分", outlet("ja", r), d.Year(), int(d.Month()), d.Day(), d.Hour(), d.Minute()), ""}
			}},
	}
}

// eleventhHeldOutWhole are the eleventh set's files that must stay whole.
func eleventhHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A diary: a date over each entry, no titles.
		{name: "held-diary", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, ""}
			d := randDate(r)
			for _, p := range s.paras {
				out = append(out, d.Format("Monday, 2 January 2006"), "", p, "")
				d = d.AddDate(0, 0, 1+r.IntN(3))
			}
			return out
		}},
		// A press release: a dated lead, sections, contacts and the end
		// mark.
		{name: "held-press-kit", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"PRESS RELEASE", s.title, strings.ToUpper(pick(r, "Berlin", "Boston", "Lyon")) + ", " + d.Format("January 2, 2006") + " —", ""}
			for i, p := range s.paras {
				if i == len(s.paras)/2 {
					out = append(out, "About "+outlet("en", r), "")
				}
				out = append(out, p, "")
			}
			return append(out, "Media contact:", person("en", r), fmt.Sprintf("+1 555 %04d", r.IntN(10000)), "", "###")
		}},
	}
}

// twelfthHeldOut are the twelfth held-out families (written and first
// scored on 2026-12-06: F1 0.9157, recall at 0.8 0.9329). The splitter
// was then changed while looking at their numbers (separators are not
// words; Chinese datelines with the reporter in brackets), so they are
// tuned families now.
func twelfthHeldOut() []family {
	return []family{
		// A weekday, day, abbreviated month, year and a time with a full
		// stop, then the zone.
		{name: "held-dot-time-zone", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("Mon 2 Jan 2006 15.04") + " " + pick(r, "GMT", "BST", "CET"), ""}
			}},
		// A long date, "at" and a time with a.m./p.m. and the zone.
		{name: "held-at-ampm-zone", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("January 2, 2006") + " at " + strings.NewReplacer("AM", "a.m.", "PM", "p.m.").Replace(d.Format("3:04 PM")) + " " + pick(r, "EST", "PST", "CST"), ""}
			}},
		// German: "von" and the author, a bar, the date and time.
		{name: "held-de-von-bar", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("von %s | %02d. %s %d, %s Uhr", person("de", r), d.Day(), monthsDE[d.Month()-1], d.Year(), d.Format("15:04")), ""}
			}},
		// French: outlet, publication and update on one line.
		{name: "held-fr-publie-maj", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s | Publié le %02d %s %d à %s - Mis à jour le %02d %s %d à %s", outlet("fr", r), d.Day(), monthsFR[d.Month()-1], d.Year(), d.Format("15h04"),
					d.Day(), monthsFR[d.Month()-1], d.Year(), d.Add(2*time.Hour).Format("15h04")), ""}
			}},
		// Spanish: a wire dateline closing with the agency and ").-".
		{name: "held-es-efe-dateline", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s, %d de %s (%s).-", pick(r, "Madrid", "Bogotá", "Lima"), d.Day(), monthsES[d.Month()-1], pick(r, "EFE", "Europa Press")), ""}
			}},
		// Russian: date, time and place between bars.
		{name: "held-ru-bars", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("02.01.2006") + " | " + d.Format("15:04") + " | " + pick(r, cities["ru"]...), ""}
			}},
		// Chinese: the agency dateline with the reporter in brackets.
		{name: "held-zh-agency-reporter", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("中新网%s%d月%d日电 (记者 %s)", pick(r, cities["zh"]...), int(d.Month()), d.Day(), person("zh", r)), ""}
			}},
		// Japanese: the date with the weekday in brackets, a time and 配信.
		{name: "held-ja-weekday-haishin", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%d年%d月%d日（%s）%s 配信", d.Year(), int(d.Month()), d.Day(), wd, d.Format("15:04")), ""}
			}},
	}
}

// twelfthHeldOutWhole are the twelfth set's files that must stay whole.
func twelfthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A lab notebook: dated experiments with labelled results.
		{name: "held-lab-notebook", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, ""}
			d := randDate(r)
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Experiment %d — %s", i+1, d.Format("02.01.2006")), "Result: "+pick(r, "positive", "negative", "unclear"), "", p, "")
				d = d.AddDate(0, 0, 1+r.IntN(5))
			}
			return out
		}},
		// A course syllabus: weeks with dates and topics.
		{name: "held-syllabus", render: func(s story, r *rand.Rand) []string {
			out := []string{"Syllabus", s.title, ""}
			d := randDate(r)
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Week %d (%s)", i+1, d.Format("2 January 2006")), "Topic: "+pick(r, "Sources", "Methods", "Archives", "Review"), "", p, "")
				d = d.AddDate(0, 0, 7)
			}
			return out
		}},
	}
}

// thirteenthHeldOut are the thirteenth held-out families (written and
// first scored on 2026-12-06: F1 0.9242, recall at 0.8 0.9344). The
// splitter was then changed while looking at their numbers (a ticker's
// time, dash and headline), so they are tuned families now.
func thirteenthHeldOut() []family {
	return []family{
		// A labelled source and a labelled date after a bar.
		{name: "held-source-date-labels", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Source: " + strings.ToUpper(pick(r, "Reuters", "AP", "AFP")) + " | Date: " + randDate(r).Format("01/02/2006"), ""}
			}},
		// The date first, then the by-line after a bar.
		{name: "held-date-bar-by", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("02/01/2006") + " | By " + person("en", r), ""}
			}},
		// Markdown second-level headlines with the date in underscores.
		{name: "held-md-h2-underscore", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"## " + h.title, "_Published " + randDate(r).Format("2 January 2006") + "_", ""}
			}},
		// A German ticker: the time, a dash and the headline on one line.
		{name: "held-de-time-dash-title", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{randDate(r).Format("15:04") + " – " + h.title, ""}
			}},
		// French: a slashed date, a dash and the outlet.
		{name: "held-fr-date-dash-outlet", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("02/01/2006") + " - " + outlet("fr", r), ""}
			}},
		// Spanish: a labelled publication date.
		{name: "held-es-fecha", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Fecha de publicación: " + randDate(r).Format("02/01/2006"), ""}
			}},
		// Russian: the labelled source first, then the date.
		{name: "held-ru-source-date", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("Источник: %s, %d %s %d", outlet("ru", r), d.Day(), monthsRU[d.Month()-1], d.Year()), ""}
			}},
		// Japanese: month and day with 時 and 分, a full-width bar and the
		// outlet.
		{name: "held-ja-md-bar-outlet", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d月%d日 %d時%02d分 ｜ %s", int(d.Month()), d.Day(), d.Hour(), d.Minute(), outlet("ja", r)), ""}
			}},
	}
}

// thirteenthHeldOutWhole are the thirteenth set's files that must stay
// whole.
func thirteenthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A travel itinerary: one dated section a day.
		{name: "held-itinerary", render: func(s story, r *rand.Rand) []string {
			out := []string{"Itinerary", s.title, ""}
			d := randDate(r)
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Day %d — %s", i+1, d.Format("Monday, 2 January 2006")), "", p, "")
				d = d.AddDate(0, 0, 1)
			}
			return out
		}},
		// A ledger: dated entries with amounts, then notes.
		{name: "held-ledger", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, ""}
			d := randDate(r)
			for range 4 + r.IntN(6) {
				out = append(out, fmt.Sprintf("%s  Invoice %d  %d.%02d EUR", d.Format("02.01.2006"), 1000+r.IntN(9000), r.IntN(900), r.IntN(100)))
				d = d.AddDate(0, 0, 1+r.IntN(9))
			}
			out = append(out, "", "Notes", "")
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// fourteenthHeldOut are the fourteenth held-out families (written and
// first scored on 2026-12-06: F1 1.0000, recall at 0.8 1.0000). No change
// was made for them; they moved to families() when the fifteenth set was
// written, so that the held-out set is always the newest.
func fourteenthHeldOut() []family {
	return []family{
		// A section kicker and a bar before the headline, the date under it.
		{name: "held-kicker-bar-title", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "POLITICS", "WORLD", "BUSINESS", "SCIENCE") + " | " + h.title, randDate(r).Format("2 January 2006"), ""}
			}},
		// Outlet and date between bullets.
		{name: "held-bullets-outlet-date", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "• " + outlet("en", r) + " • " + randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// German: last updated, with the weekday, date and time.
		{name: "held-de-zuletzt", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("Zuletzt aktualisiert: %s, %s, %s Uhr", wd, d.Format("02.01.2006"), d.Format("15:04")), ""}
			}},
		// French: put online on a slashed date at a time.
		{name: "held-fr-mis-en-ligne", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Mis en ligne le " + d.Format("02/01/2006") + " à " + d.Format("15:04"), ""}
			}},
		// Spanish: a labelled update with "a. m." or "p. m.".
		{name: "held-es-actualizado-am", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Actualizado: " + d.Format("02/01/2006 3:04") + pick(r, " a. m.", " p. m."), ""}
			}},
		// Russian: updated on a date at a time, with the zone.
		{name: "held-ru-obnovleno-msk", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Обновлено " + d.Format("02.01.2006") + " в " + d.Format("15:04") + " (МСК)", ""}
			}},
		// Chinese: "published at" with an unpadded date and the time.
		{name: "held-zh-fabiao-yu", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("发表于 %d-%d-%d %s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04")), ""}
			}},
		// Japanese: the outlet, a slash and a slashed date.
		{name: "held-ja-outlet-slash-date", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, outlet("ja", r) + " / " + randDate(r).Format("2006/01/02"), ""}
			}},
	}
}

// fourteenthHeldOutWhole are the fourteenth set's files that must stay
// whole.
func fourteenthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A changelog: Markdown headings with a version and a date.
		{name: "held-changelog", render: func(s story, r *rand.Rand) []string {
			out := []string{"# Changelog", ""}
			d := randDate(r)
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("## %d.%d.0 — %s", 3, len(s.paras)-i, d.Format("2006-01-02")), "", "- "+p, "")
				d = d.AddDate(0, -1, 0)
			}
			return out
		}},
		// A weather log: a dated line a day, then remarks.
		{name: "held-weather-log", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, ""}
			d := randDate(r)
			for range 5 + r.IntN(5) {
				out = append(out, fmt.Sprintf("%s — %d °C, %s", d.Format("02.01.2006"), r.IntN(30), pick(r, "rain", "sun", "cloud", "wind")))
				d = d.AddDate(0, 0, 1)
			}
			out = append(out, "", "Remarks", "")
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// fifteenthHeldOut are the fifteenth held-out families (written and first
// scored on 2026-12-06: F1 0.8725, recall at 0.8 0.8720). The splitter was
// then changed while looking at their numbers (a standfirst sentence
// between headline and date), so they are tuned families now.
func fifteenthHeldOut() []family {
	return []family{
		// Wire copy under its headline: the dateline opens the first
		// paragraph, no header line carries it.
		{name: "held-inline-dateline", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "", fmt.Sprintf("%s, %s %d (%s) -", strings.ToUpper(pick(r, "London", "Paris", "Nairobi", "Lima")), d.Format("January"), d.Day(), pick(r, "Reuters", "GWS"))}
			}},
		// News cards: the outlet and a compact age first, the headline
		// under it.
		{name: "held-card-outlet-age", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{outlet("en", r) + " · " + fmt.Sprint(1+r.IntN(23)) + pick(r, "h", "m", "d"), h.title, ""}
			}},
		// German: every headline with a kicker and a colon, the date
		// under it.
		{name: "held-de-kicker-colon", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "Ukraine-Krieg", "Haushalt", "Bahnstreik", "Wetter") + ": " + h.title, d.Format("02.01.2006, 15:04") + " Uhr", ""}
			}},
		// French: a section in capitals over the headline, then the
		// author and the date.
		{name: "held-fr-surtitre", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "INTERNATIONAL", "POLITIQUE", "ÉCONOMIE"), h.title, "Par " + person("fr", r) + " - Publié le " + d.Format("02/01/2006") + " à " + d.Format("15h04"), ""}
			}},
		// Spanish: a standfirst sentence between the headline and the
		// author and date.
		{name: "held-es-entradilla", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "La medida entrará en vigor el próximo mes, según fuentes oficiales.", person("es", r) + " | " + longDate("es", d, r), ""}
			}},
		// Russian: the headline in bold and the date in italics.
		{name: "held-ru-md-bold", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"**" + h.title + "**", "*" + randDate(r).Format("02.01.2006") + "*", ""}
			}},
		// Chinese: a labelled summary sentence between headline and date.
		{name: "held-zh-summary", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "摘要：有关部门表示，相关措施将于下月起实施。", d.Format("2006-01-02 15:04") + " 来源：" + outlet("zh", r), ""}
			}},
		// Japanese: a photo caption between the headline and the date.
		{name: "held-ja-caption", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "写真＝会見する担当者（" + pick(r, "共同", "東洋新報") + "）", fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day()), ""}
			}},
	}
}

// fifteenthHeldOutWhole are the fifteenth set's files that must stay
// whole.
func fifteenthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A court docket: filings with case numbers and dates.
		{name: "held-docket", render: func(s story, r *rand.Rand) []string {
			out := []string{"Docket", s.title, ""}
			d := randDate(r)
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Case No. %d-%03d — Filed %s", 20+i, r.IntN(1000), d.Format("01/02/2006")), "", p, "")
				d = d.AddDate(0, 0, 3+r.IntN(20))
			}
			return out
		}},
		// A newsletter issue from one author: a dated greeting and
		// sections with headings.
		{name: "held-author-newsletter", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "By " + person("en", r), randDate(r).Format("January 2, 2006"), ""}
			for i, p := range s.paras {
				if i > 0 && i%2 == 0 {
					out = append(out, pick(r, "What I'm reading", "Around town", "One more thing"), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// sixteenthHeldOut are the sixteenth held-out families (written and first
// scored on 2026-12-06: F1 0.9367, recall at 0.8 0.9588, 179 of 400 whole
// files split). The splitter was then changed while looking at their
// numbers (readers' comment heads, standfirsts in italics), so they are
// tuned families now.
func sixteenthHeldOut() []family {
	return []family{
		// A standfirst in italics, then the by-line with the outlet and the
		// date on lines of their own.
		{name: "held-deck-italic-byline", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "*Officials said the change would take effect next month.*", "By " + person("en", r) + ", " + outlet("en", r), randDate(r).Format("January 2, 2006"), ""}
			}},
		// A bracketed photo line over the headline, the date under it.
		{name: "held-photo-over-title", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"[Photo: " + person("en", r) + "/" + outlet("en", r) + "]", h.title, randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// A time of day with a.m./p.m. and a zone under the headline.
		{name: "held-time-ampm-et", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, strings.NewReplacer("AM", "a.m.", "PM", "p.m.").Replace(randDate(r).Format("3:04 PM")) + " " + pick(r, "ET", "PT", "GMT"), ""}
			}},
		// German: place and date, then the author after a middle dot.
		{name: "held-de-ort-datum-von", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "Berlin", "Wien", "Bern") + ", " + randDate(r).Format("02.01.2006") + " · Von " + person("de", r), ""}
			}},
		// French: a dashed numeric date and the time.
		{name: "held-fr-dashed-date", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("02-01-2006") + " - " + d.Format("15:04"), ""}
			}},
		// Spanish: two authors, then the date with the hour marked h.
		{name: "held-es-two-authors", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Por " + person("es", r) + " y " + person("es", r), d.Format("02/01/2006 15:04") + " h", ""}
			}},
		// Russian: a time with the zone, a dash and the date.
		{name: "held-ru-msk-dash-date", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s МСК — %d %s %d", d.Format("15:04"), d.Day(), monthsRU[d.Month()-1], d.Year()), ""}
			}},
		// Chinese: the source, the date and a view count between bars.
		{name: "held-zh-views", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("来源：%s | %d年%02d月%02d日 %s | 阅读：%d", outlet("zh", r), d.Year(), int(d.Month()), d.Day(), d.Format("15:04"), 100+r.IntN(9000)), ""}
			}},
	}
}

// sixteenthHeldOutWhole are the sixteenth set's files that must stay
// whole.
func sixteenthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// An FAQ page: questions and answers, then the revision date.
		{name: "held-faq-updated", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, ""}
			for _, p := range s.paras {
				out = append(out, "Q: "+pick(r, "What changes?", "Who is affected?", "When does it start?"), "A: "+p, "")
			}
			return append(out, "Last updated: "+randDate(r).Format("2 January 2006"))
		}},
		// A blog post with readers' comments: a name and a date over each.
		{name: "held-post-comments", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "Posted on " + randDate(r).Format("January 2, 2006"), ""}
			n := max(1, len(s.paras)/2)
			for _, p := range s.paras[:n] {
				out = append(out, p, "")
			}
			out = append(out, fmt.Sprintf("%d Comments", len(s.paras)-n), "")
			for _, p := range s.paras[n:] {
				d := randDate(r)
				out = append(out, pick(r, firstNames["en"]...)+" says:", d.Format("January 2, 2006")+" at "+d.Format("3:04 pm"), p, "")
			}
			return out
		}},
	}
}

// seventeenthHeldOut are the seventeenth held-out families (written and
// first scored on 2026-12-06: F1 0.9234, recall at 0.8 0.8693). The
// splitter was then changed while looking at their numbers (a headline
// and a date alone at the two ends of one line), so they are tuned
// families now.
func seventeenthHeldOut() []family {
	return []family{
		// A subheading in capitals over the headline and a by-line with
		// the role after a comma.
		{name: "held-role-byline", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "By " + person("en", r) + ", " + pick(r, "Senior Correspondent", "Staff Writer", "Business Editor"), randDate(r).Format("Monday, January 2, 2006"), ""}
			}},
		// Headline, then the date and the number of words.
		{name: "held-date-words", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("2 Jan 2006") + fmt.Sprintf(" | %d words", 200+r.IntN(900)), ""}
			}},
		// German: the headline, a standfirst, then the date alone.
		{name: "held-de-vorspann", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Die Regierung will die Pläne noch in diesem Jahr umsetzen.", randDate(r).Format("02.01.2006")}
			}},
		// French: the headline in capitals, then the agency and time.
		{name: "held-fr-caps-agence", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{strings.ToUpper(h.title), pick(r, "AFP", "Reuters") + " - " + randDate(r).Format("15:04"), ""}
			}},
		// Spanish: the headline, a blank line, then place and long date.
		{name: "held-es-blank-place-date", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "", pick(r, "Lima", "Quito", "Madrid") + ", " + longDate("es", randDate(r), r), ""}
			}},
		// Russian: the date and time in brackets after the headline on one
		// line.
		{name: "held-ru-title-bracket-date", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + " (" + randDate(r).Format("02.01.2006 15:04") + ")", ""}
			}},
		// Chinese: the author and the source labelled, the date last.
		{name: "held-zh-author-source-date", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "作者：" + person("zh", r) + "　来源：" + outlet("zh", r), d.Format("2006-01-02"), ""}
			}},
		// Japanese: the date first with the weekday, then the headline.
		{name: "held-ja-date-first", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{fmt.Sprintf("%d年%d月%d日(%s)", d.Year(), int(d.Month()), d.Day(), wd), h.title, ""}
			}},
	}
}

// seventeenthHeldOutWhole are the seventeenth set's files that must stay
// whole.
func seventeenthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A thesis chapter: numbered sections, a dated draft line.
		{name: "held-thesis", render: func(s story, r *rand.Rand) []string {
			out := []string{"Chapter 3", s.title, "Draft of " + randDate(r).Format("2 January 2006"), ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("3.%d %s", i+1, pick(r, "Sources", "Method", "Findings", "Discussion")), "", p, "")
			}
			return out
		}},
		// A forum thread's first post with quoted replies inside it.
		{name: "held-quoted-replies", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "Started by " + person("en", r) + ", " + randDate(r).Format("January 2, 2006"), ""}
			for i, p := range s.paras {
				if i%2 == 1 {
					out = append(out, "> "+pick(r, firstNames["en"]...)+" wrote:", "> "+p, "")
					continue
				}
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// eighteenthHeldOut are the eighteenth held-out families (written and
// first scored on 2026-12-07: F1 0.8771, recall at 0.8 0.9235), with
// layouts copied from the way real sites set their headers. The splitter
// was then changed while looking at their numbers (short fields after a
// relative date, a long date line over a long headline, numbers with a
// time as the date of a recurring header), so they are tuned families
// now.
func eighteenthHeldOut() []family {
	return []family{
		// A link aggregator: the headline and the site in brackets, then
		// points, the poster, the age and the comments.
		{name: "held-points-by", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				site := pick(r, "example.com", "news.example.org", "example.net")
				return []string{h.title + " (" + site + ")", fmt.Sprintf("%d points by %s %d hours ago | %d comments", 10+r.IntN(900), pick(r, "newsfan", "reader_42", "harbourwatch", "old_hack"), 1+r.IntN(20), r.IntN(300)), ""}
			}},
		// A forum of links: the board and the poster with the age over the
		// headline.
		{name: "held-board-posted-by", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("r/%s • Posted by u/%s %d hours ago", pick(r, "worldnews", "europe", "economics"), pick(r, "newsfan", "reader_42", "harbourwatch"), 1+r.IntN(20)), h.title, ""}
			}},
		// German magazine: a kicker without a colon, the headline, the
		// author and place, then date and time with a dot and "Uhr".
		{name: "held-de-kicker-von-ort", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "Bahnstreik", "Nahost", "Klimapolitik", "Bundestag"), h.title, "Von " + person("de", r) + ", " + pick(r, "Berlin", "Hamburg", "München"), d.Format("02.01.2006, 15.04") + " Uhr", ""}
			}},
		// Spanish daily: the headline, the author alone, then place, short
		// date and time with the zone between dashes.
		{name: "held-es-place-mon-cet", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mon := []string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"}[d.Month()-1]
				return []string{h.title, person("es", r), fmt.Sprintf("%s - %d %s %d - %s CET", pick(r, "Madrid", "Barcelona", "Sevilla"), d.Day(), mon, d.Year(), d.Format("15:04")), ""}
			}},
		// Portuguese daily: dotted short date with "às" and the hour, then
		// an update line.
		{name: "held-pt-dotted-as", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mon := []string{"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"}[d.Month()-1]
				day := fmt.Sprintf("%d.%s.%d", d.Day(), mon, d.Year())
				return []string{h.title, day + " às " + d.Format("15h04"), "Atualizado: " + day + " às " + d.Add(2*time.Hour).Format("15h04"), ""}
			}},
		// Italian daily: "di" and the author, then the date with the
		// modification in brackets.
		{name: "held-it-di-modifica", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mesi := []string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}
				day := fmt.Sprintf("%d %s %d", d.Day(), mesi[d.Month()-1], d.Year())
				return []string{h.title, "di " + pick(r, "Marco", "Giulia", "Luca", "Chiara") + " " + pick(r, "Rossi", "Bianchi", "Esposito", "Romano"), day + " (modifica il " + day + " | " + d.Add(3*time.Hour).Format("15:04") + ")", ""}
			}},
		// Russian agency: the time before the numeric date, then the
		// update in brackets.
		{name: "held-ru-time-date-obnovleno", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(2 * time.Hour)
				return []string{h.title, d.Format("15:04 02.01.2006") + " (обновлено: " + u.Format("15:04 02.01.2006") + ")", ""}
			}},
		// Chinese microblog: the account, a two-digit-year date and the
		// client, then the headline in 【】 on a line of its own.
		{name: "held-zh-weibo", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{outlet("zh", r) + " " + d.Format("06-1-2 15:04") + " 来自 " + pick(r, "微博 weibo.com", "iPhone客户端", "微博视频号"), "【" + h.title + "】", ""}
			}},
		// Japanese daily: the date and time with the update in brackets.
		{name: "held-ja-koushin-brackets", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(2 * time.Hour)
				return []string{h.title, fmt.Sprintf("%d年%d月%d日 %s (%d年%d月%d日 %s更新)", d.Year(), int(d.Month()), d.Day(), d.Format("15:04"), u.Year(), int(u.Month()), u.Day(), u.Format("15:04")), ""}
			}},
	}
}

// eighteenthHeldOutWhole are the eighteenth set's files that must stay
// whole.
func eighteenthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A mail reply: the answer, then the message it answers quoted
		// under an "On ... wrote:" line.
		{name: "held-mail-wrote", render: func(s story, r *rand.Rand) []string {
			out := []string{"Subject: Re: " + s.title, ""}
			n := max(1, len(s.paras)/2)
			for _, p := range s.paras[:n] {
				out = append(out, p, "")
			}
			out = append(out, "On "+randDate(r).Format("Mon, Jan 2, 2006 at 3:04 PM")+" "+person("en", r)+" <desk@example.org> wrote:", "")
			for _, p := range s.paras[n:] {
				out = append(out, "> "+p, ">")
			}
			return out
		}},
		// A quarterly report: each section headed by the quarter and its
		// dates in brackets.
		{name: "held-quarters", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "Annual report " + fmt.Sprint(2019+r.IntN(7)), ""}
			q := []string{"First quarter", "Second quarter", "Third quarter", "Fourth quarter"}
			ends := []string{"31 March", "30 June", "30 September", "31 December"}
			starts := []string{"1 January", "1 April", "1 July", "1 October"}
			y := 2019 + r.IntN(7)
			for i, p := range s.paras {
				k := i % 4
				out = append(out, fmt.Sprintf("%s (%s %d – %s %d)", q[k], starts[k], y, ends[k], y), "", p, "")
			}
			return out
		}},
	}
}

// nineteenthHeldOut are the nineteenth held-out families (written and
// first scored on 2026-12-07: F1 0.8635, recall at 0.8 0.8157, 114 of 400
// whole files split), with layouts copied from the way real sites set
// their headers. The splitter was then changed while looking at their
// numbers (a source joined to its date by a preposition, a recording's
// chapter time stamps), so they are tuned families now.
func nineteenthHeldOut() []family {
	return []family{
		// A broadcaster: the date, a share button and the author with the
		// outlet between the headline and the text.
		{name: "held-date-share-author", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("2 January 2006"), "Share", person("en", r), pick(r, "Metro Desk", "Valley Post News"), ""}
			}},
		// A blogging platform: the author and a follow button, then the
		// publication, the reading time and the date on one line.
		{name: "held-follow-published-in", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("en", r) + " · Follow", fmt.Sprintf("Published in %s · %d min read · %s", outlet("en", r), 2+r.IntN(12), randDate(r).Format("Jan 2, 2006")), ""}
			}},
		// A newsletter platform: a subtitle without a full stop, the
		// author and the date in capitals.
		{name: "held-subtitle-caps-date", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				sub := pick(r, "What the harbour plans mean for the town", "Notes from a long week in the capital", "The numbers behind the headlines")
				return []string{h.title, sub, strings.ToUpper(person("en", r)), strings.ToUpper(randDate(r).Format("Jan 2, 2006")), ""}
			}},
		// A blog engine: category, date and author in one sentence-like
		// line under the headline.
		{name: "held-posted-in-on-by", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Posted in " + pick(r, "World", "Politics", "Local News") + " on " + randDate(r).Format("January 2, 2006") + " by " + pick(r, "admin", "editor", "jdoe"), ""}
			}},
		// German: a commentary's author line, then the date with "um".
		{name: "held-de-kommentar-um", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "Ein Kommentar von ", "Eine Analyse von ") + person("de", r), d.Format("02.01.2006") + " um " + d.Format("15:04") + " Uhr", ""}
			}},
		// French: the author, then publication and update as relative
		// dates on one line.
		{name: "held-fr-il-y-a", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				a := 2 + r.IntN(10)
				return []string{h.title, "Par " + person("fr", r), fmt.Sprintf("Publié il y a %d heures, mis à jour il y a %d heures", a, 1+r.IntN(a-1)), ""}
			}},
		// Russian newspaper: the issue, its number and page under the
		// headline.
		{name: "held-ru-gazeta-nomer", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("Газета «%s» №%d от %s, стр. %d", pick(r, "Вечерний город", "Северная газета"), 1+r.IntN(240), randDate(r).Format("02.01.2006"), 1+r.IntN(16)), ""}
			}},
		// Japanese wire copy: the headline alone; the dateline in
		// full-width brackets and digits opens the first paragraph.
		{name: "held-ja-inline-fullwidth-dateline", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, ""}
			},
			lead: func(h header, r *rand.Rand) string {
				wide := func(n int) string { return inDigits(fmt.Sprint(n), '０') }
				return "［" + pick(r, cities["ja"]...) + "　" + wide(1+r.IntN(28)) + "日　" + pick(r, "ロイター", "共同", "時事") + "］ - "
			}},
		// Chinese: the headline and the date; the source and the editor
		// in a trailer after the text.
		{name: "held-zh-trailer-editor", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d年%02d月%02d日 %s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04")), ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "本文来源：" + outlet("zh", r) + " | 责任编辑：" + person("zh", r)}
			}},
	}
}

// nineteenthHeldOutWhole are the nineteenth set's files that must stay
// whole.
func nineteenthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A podcast's show notes: the episode line, then chapters with
		// their time stamps.
		{name: "held-show-notes", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, fmt.Sprintf("Episode %d · %s · %d min", 1+r.IntN(200), randDate(r).Format("January 2, 2006"), 20+r.IntN(60)), ""}
			sec := 0
			for _, p := range s.paras {
				out = append(out, fmt.Sprintf("%02d:%02d", sec/60, sec%60), pick(r, "The harbour plans", "What the council said", "Questions from listeners", "Looking ahead"), "", p, "")
				sec += 180 + r.IntN(600)
			}
			return out
		}},
		// A book review: the book's details line, then the review with a
		// quoted passage.
		{name: "held-book-review", render: func(s story, r *rand.Rand) []string {
			out := []string{"Review: " + s.title, pick(r, "Harbour Lights", "The Long Coast", "Winter Ledger") + " by " + person("en", r) + " (" + pick(r, "Valley Press", "North Books") + fmt.Sprintf(", %d, %d pages)", 2019+r.IntN(7), 120+r.IntN(400)), "Reviewed by " + person("en", r), ""}
			for i, p := range s.paras {
				if i == 1 {
					out = append(out, "> "+p, "")
					continue
				}
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// twentiethHeldOut are the twentieth held-out families (written and
// first scored on 2026-12-07: F1 0.9123, recall at 0.8 0.9345), with
// layouts copied from the way real sites and exports set their headers.
// The splitter was then changed while looking at their numbers (a time's
// unit after the date, a standfirst over the author's name, front matter,
// a dateline opening the text), so they are tuned families now.
func twentiethHeldOut() []family {
	return []family{
		// A static site's posts joined into one file: each opens with its
		// front matter between two rule lines.
		{name: "held-front-matter", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"---", `title: "` + h.title + `"`, "date: " + d.Format(time.RFC3339), "author: " + person("en", r), "tags: [" + pick(r, "news, world", "politics", "local") + "]", "---", ""}
			}},
		// A messaging channel's export: the channel and the time in
		// brackets, then the post, whose first line is its headline.
		{name: "held-channel-export", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "Harbour News", "World Brief", "Valley Wire") + ", [" + randDate(r).Format("02.01.2006 15:04") + "]", h.title, ""}
			}},
		// A wire site's page as scraped: the by-line, date, time and update
		// glued together without spaces.
		{name: "held-scraped-glued", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "By " + person("en", r) + d.Format("January 2, 2006") + d.Format("3:04 PM") + " GMTUpdated " + fmt.Sprint(1+r.IntN(20)) + " hours ago", ""}
			}},
		// A broadsheet: a standfirst sentence under the headline, the
		// author, then weekday, date, dotted time and zone.
		{name: "held-standfirst", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				sf := pick(r, "The plan has divided the town, and next week's vote will not settle it.", "Officials say the figures are better than expected, but not everyone agrees.", "A long dispute over money and land is coming to an end.")
				return []string{h.title, sf, person("en", r), randDate(r).Format("Mon 2 Jan 2006 15.04") + " " + pick(r, "GMT", "BST", "CET"), ""}
			}},
		// Dutch broadcaster: "Door" and the author, then the date with the
		// month's Dutch name and the time.
		{name: "held-nl-door", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				maanden := []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
				return []string{h.title, "Door " + pick(r, "Jan de Vries", "Sanne Bakker", "Pieter Jansen", "Fleur Visser"), fmt.Sprintf("%d %s %d, %s", d.Day(), maanden[d.Month()-1], d.Year(), d.Format("15:04")), ""}
			}},
		// Turkish daily: labelled entry and update dates.
		{name: "held-tr-giris-tarihi", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Giriş Tarihi: " + d.Format("02.01.2006 15:04"), "Güncelleme Tarihi: " + d.Add(90*time.Minute).Format("02.01.2006 15:04"), ""}
			}},
		// German daily: the author, then the update with a hyphen between
		// date and time.
		{name: "held-de-aktualisiert-bindestrich", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Von " + person("de", r), "Aktualisiert am " + randDate(r).Format("02.01.2006-15:04"), ""}
			}},
		// French free daily: the author, a two-digit-year date with the
		// hour, then the update after a dash.
		{name: "held-fr-court-maj", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(2 * time.Hour)
				return []string{h.title, person("fr", r), d.Format("02/01/06") + " à " + d.Format("15h04"), "— Mis à jour le " + u.Format("02/01/06") + " à " + u.Format("15h04"), ""}
			}},
		// Argentine daily: the author, the city, then the date and the
		// hour with "hs.".
		{name: "held-es-ar-hs", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("es", r), pick(r, "Buenos Aires", "Córdoba", "Rosario"), randDate(r).Format("02/01/2006 15:04") + " hs.", ""}
			}},
		// Russian agency: an abbreviated month in capitals and the time
		// under the headline, and a dateline with the agency opening the
		// text.
		{name: "held-ru-tass-lead", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d %s, %s", d.Day(), strings.ToUpper(monRU[d.Month()-1]), d.Format("15:04")), ""}
			},
			lead: func(h header, r *rand.Rand) string {
				d := randDate(r)
				return fmt.Sprintf("%s, %d %s. /ТАСС/. ", strings.ToUpper(pick(r, cities["ru"]...)), d.Day(), monthsRU[d.Month()-1])
			}},
		// Chinese agency: the headline alone; the dateline with the
		// reporter opens the text.
		{name: "held-zh-xinhua-lead", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, ""}
			},
			lead: func(h header, r *rand.Rand) string {
				d := randDate(r)
				return fmt.Sprintf("新华社%s%d月%d日电（记者%s）", pick(r, cities["zh"]...), int(d.Month()), d.Day(), person("zh", r))
			}},
		// Japanese broadcaster: the date with 時 and 分, then the topic
		// tags.
		{name: "held-ja-jifun-tags", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d年%d月%d日 %d時%d分", d.Year(), int(d.Month()), d.Day(), d.Hour(), d.Minute()), pick(r, "国際", "政治", "経済") + " ・ " + pick(r, "ウクライナ情勢", "中東情勢", "物価高"), ""}
			}},
	}
}

// twentiethHeldOutWhole are the twentieth set's files that must stay
// whole.
func twentiethHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A wiki's talk page: one discussion whose comments end in their
		// authors' signatures with time and date.
		{name: "held-wiki-talk", render: func(s story, r *rand.Rand) []string {
			out := []string{"Talk:" + s.title, "", "== " + pick(r, "Proposed merge", "Sources for the second section", "Neutrality") + " ==", ""}
			for i, p := range s.paras {
				d := randDate(r)
				sig := fmt.Sprintf(" %s (talk) %s, %d %s %d (UTC)", pick(r, "Harbourwatch", "OldHack", "Reader42", "Tidewater"), d.Format("15:04"), d.Day(), monthsEN[d.Month()-1], d.Year())
				out = append(out, strings.Repeat(":", i%3)+p+sig, "")
			}
			return out
		}},
		// A talk's slides exported with their notes: each slide numbered
		// "N of M" under the deck's title.
		{name: "held-slide-notes", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, person("en", r) + " · " + randDate(r).Format("2 January 2006"), ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Slide %d of %d", i+1, len(s.paras)), pick(r, "Background", "What changed", "The numbers", "Next steps"), "", p, "")
			}
			return out
		}},
	}
}

// twentyFirstHeldOut are the twenty-first held-out families (written and
// first scored on 2026-12-07: F1 0.8830, recall at 0.8 0.9105, 182 of 400
// whole files split), with layouts copied from real sites, archives and
// exports. The splitter was then changed while looking at their numbers
// (web addresses, forwarded mail, press wire datelines, records closed by
// a numbered field, dates in languages the tables lack), so they are tuned
// families now.
func twentyFirstHeldOut() []family {
	return []family{
		// A reading list: the headline and the page's address under it.
		{name: "held-url-under-title", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				slug := strings.ToLower(strings.Join(strings.Fields(h.title)[:min(4, len(strings.Fields(h.title)))], "-"))
				return []string{h.title, fmt.Sprintf("https://www.%s/%d/%02d/%s", pick(r, "example.com", "example.org", "news.example.net"), 2019+r.IntN(7), 1+r.IntN(12), slug), ""}
			}},
		// A newspaper archive's scanned pages: the headline in capitals
		// and a deck under it, no date.
		{name: "held-ocr-caps-decks", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				deck := pick(r, "Loss Estimated at Fifty Thousand Dollars—Workers Escape", "Council Divided on the Question of Funds", "Governor Expected to Sign the Measure Today")
				return []string{strings.ToUpper(h.title), "", deck, ""}
			}},
		// A press release wire: headline, a subheading, and the dateline
		// with the year and the wire between slashes opening the text.
		{name: "held-press-wire-lead", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "New programme to reach 40 towns by next year", "Company reports record results for the quarter", "Partnership to expand services across the region"), ""}
			},
			lead: func(h header, r *rand.Rand) string {
				return strings.ToUpper(pick(r, "New York", "Chicago", "London", "Toronto")) + ", " + randDate(r).Format("January 2, 2006") + " /" + pick(r, "PRNewswire", "Business Wire", "GlobeNewswire") + "/ -- "
			}},
		// An Italian agency: the headline alone; the agency, the place in
		// capitals and the day with the month abbreviated in capitals open
		// the text.
		{name: "held-it-ansa-lead", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, ""}
			},
			lead: func(h header, r *rand.Rand) string {
				d := randDate(r)
				mesi := []string{"GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"}
				return fmt.Sprintf("(ANSA) - %s, %d %s - ", pick(r, "ROMA", "MILANO", "NAPOLI", "TORINO"), d.Day(), mesi[d.Month()-1])
			}},
		// A Korean portal: entry and update times with dotted dates and
		// 오전/오후; the reporter and address after the text.
		{name: "held-ko-ipryeok-sujeong", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				ko := func(t time.Time) string {
					ampm, hr := "오전", t.Hour()
					if hr >= 12 {
						ampm = "오후"
					}
					if hr%12 == 0 {
						hr = 12
					} else {
						hr %= 12
					}
					return fmt.Sprintf("%s %s %d:%02d", t.Format("2006.01.02."), ampm, hr, t.Minute())
				}
				return []string{h.title, "입력 " + ko(d) + "  수정 " + ko(d.Add(70*time.Minute)), ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", pick(r, "김민수", "이지은", "박준호") + " 기자 " + pick(r, "minsu", "jieun", "junho") + "@example.co.kr"}
			}},
		// An Indonesian portal: the author and the desk, then weekday,
		// date, time and the zone.
		{name: "held-id-wib", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				hari := []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}[d.Weekday()]
				bulan := []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}[d.Month()-1]
				return []string{h.title, pick(r, "Rina Wulandari", "Budi Santoso", "Dewi Lestari") + " - " + pick(r, "detikNews", "detikFinance"), fmt.Sprintf("%s, %02d %s %d %s WIB", hari, d.Day(), bulan, d.Year(), d.Format("15:04")), ""}
			}},
		// A Swedish daily: published and updated with "kl." before a
		// dotted time.
		{name: "held-sv-publicerad-kl", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				man := []string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}
				f := func(t time.Time) string {
					return fmt.Sprintf("%d %s %d kl. %s", t.Day(), man[t.Month()-1], t.Year(), t.Format("15.04"))
				}
				return []string{h.title, "Publicerad " + f(d), "Uppdaterad " + f(d.Add(3*time.Hour)), ""}
			}},
		// A Chinese messaging platform's article: "原创", the author, the
		// account, the time and the place it was posted from.
		{name: "held-zh-wechat", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "原创 " + person("zh", r) + " " + outlet("zh", r) + " " + randDate(r).Format("2006-01-02 15:04") + " 发表于" + pick(r, cities["zh"]...), ""}
			}},
		// A Japanese blog: posted and updated dates with their labels on
		// one line.
		{name: "held-ja-toukoubi", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.AddDate(0, 0, 1+r.IntN(9))
				return []string{h.title, fmt.Sprintf("投稿日：%d年%d月%d日 更新日：%d年%d月%d日", d.Year(), int(d.Month()), d.Day(), u.Year(), int(u.Month()), u.Day()), ""}
			}},
		// A French daily: the outlet with its agency, then publication
		// and change today, yesterday or on a date, with the hour.
		{name: "held-fr-aujourdhui", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				day := pick(r, "aujourd’hui", "hier", "le "+longDate("fr", d, r))
				return []string{h.title, outlet("fr", r) + " avec AFP", "Publié " + day + " à " + d.Format("15h04") + ", modifié à " + d.Add(90*time.Minute).Format("15h04"), ""}
			}},
		// A Spanish daily: the author, then "Actualizado" with the
		// weekday, day, month and year without "de", and the time.
		{name: "held-es-actualizado-dia", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				dia := []string{"Domingo", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado"}[d.Weekday()]
				return []string{h.title, person("es", r), fmt.Sprintf("Actualizado %s, %d %s %d - %s", dia, d.Day(), monthsES[d.Month()-1], d.Year(), d.Format("15:04")), ""}
			}},
		// A Russian social network's community post: the community, the
		// day and time with "в", then the post, its first line the
		// headline.
		{name: "held-ru-community-post", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{outlet("ru", r), fmt.Sprintf("%d %s в %s", d.Day(), monRU[d.Month()-1], d.Format("15:04")), h.title, ""}
			}},
		// A German weekly's site: the author, then date and time with a
		// bullet and the print issue.
		{name: "held-de-aus-heft", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Von " + person("de", r), d.Format("02.01.2006, 15.04") + fmt.Sprintf(" Uhr • aus DER WOCHENSPIEGEL %d/%d", 1+r.IntN(52), d.Year()), ""}
			}},
		// A citation database's text export: the numbered citation with
		// the date, the title, the authors; the record's number after the
		// abstract.
		{name: "held-citation-export", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{
					fmt.Sprintf("%d. %s. %d %s %d;%d(%d):%d-%d. doi: 10.%d/%s%d.", h.n, pick(r, "J Public Aff", "Hist Rev", "Policy Stud Q"), d.Year(), d.Format("Jan"), d.Day(), 10+r.IntN(90), 1+r.IntN(12), 100+r.IntN(400), 500+r.IntN(400), 1000+r.IntN(9000), pick(r, "jpa.", "hr.", "psq."), r.IntN(100000)),
					"", h.title + ".", "",
					person("en", r) + ", " + person("en", r) + ", " + person("en", r) + ".", ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", fmt.Sprintf("PMID: %d", 30000000+r.IntN(9000000))}
			}},
	}
}

// twentyFirstHeldOutWhole are the twenty-first set's files that must
// stay whole.
func twentyFirstHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A mail that forwards another: the forwarded message's header
		// block (sender, date, subject) inside the one mail.
		{name: "held-forwarded-mail", render: func(s story, r *rand.Rand) []string {
			out := []string{"Subject: Fwd: " + s.title, "From: " + person("en", r) + " <desk@example.org>", "Date: " + randDate(r).Format("Mon, 2 Jan 2006 15:04:05 -0700"), ""}
			n := max(1, len(s.paras)/3)
			for _, p := range s.paras[:n] {
				out = append(out, p, "")
			}
			out = append(out, "---------- Forwarded message ---------", "From: "+person("en", r)+" <news@example.com>", "Date: "+randDate(r).Format("Mon, Jan 2, 2006 at 3:04 PM"), "Subject: "+s.title, "To: <desk@example.org>", "")
			for _, p := range s.paras[n:] {
				out = append(out, p, "")
			}
			return out
		}},
		// A photo essay: the captions with their credits and dates
		// between the paragraphs.
		{name: "held-photo-essay", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "By " + person("en", r), randDate(r).Format("January 2, 2006"), ""}
			for _, p := range s.paras {
				out = append(out, p, "", pick(r, "Workers at the harbour", "The council chamber", "A street in the old town")+", "+randDate(r).Format("January 2, 2006")+". (Photo: "+person("en", r)+"/"+pick(r, "Reuters", "AP")+")", "")
			}
			return out
		}},
	}
}

// twentySecondHeldOut are the twenty-second held-out families (written
// and first scored on 2026-12-07: F1 0.9973, recall at 0.8 0.9952, every
// family at F1 0.97 or more), with layouts copied from news sites in
// languages the tables do not cover, news apps, a microblog, a message
// board and a Chinese portal. Nothing was changed for them; they moved to
// families() when the twenty-third set was written.
func twentySecondHeldOut() []family {
	return []family{
		// Polish portal: the author and the date with the month in the
		// genitive and the time, after a bar.
		{name: "held-pl-author-bar-date", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mies := []string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"}
				return []string{h.title, fmt.Sprintf("%s | %d %s %d, %s", pick(r, "Jan Kowalski", "Anna Nowak", "Piotr Wiśniewski"), d.Day(), mies[d.Month()-1], d.Year(), d.Format("15:04")), ""}
			}},
		// Hungarian portal: the author, then the year first with full
		// stops after year and day.
		{name: "held-hu-year-first", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				honap := []string{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"}
				return []string{h.title, pick(r, "Kovács Anna", "Nagy Péter", "Tóth Eszter"), fmt.Sprintf("%d. %s %d. %s", d.Year(), honap[d.Month()-1], d.Day(), d.Format("15:04")), ""}
			}},
		// Vietnamese portal: a two-word weekday, the date, the time and
		// the zone in brackets.
		{name: "held-vi-weekday-gmt", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				thu := []string{"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%s, %d/%d/%d, %s (GMT+7)", thu, d.Day(), int(d.Month()), d.Year(), d.Format("15:04")), ""}
			}},
		// Thai portal: an abbreviated Thai month, the Buddhist era year
		// and the time with น.
		{name: "held-th-buddhist-year", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mon := []string{"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d %s น.", d.Day(), mon, d.Year()+543, d.Format("15:04")), ""}
			}},
		// Hindi portal: a labelled update with a Devanagari month, the
		// time and IST.
		{name: "held-hi-updated-ist", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mah := []string{"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s: %d %s %d, %s IST", pick(r, "अपडेटेड", "प्रकाशित"), d.Day(), mah, d.Year(), d.Format("03:04 PM")), ""}
			}},
		// Arabic portal: published on, the date with the month's name and
		// the time after a dash.
		{name: "held-ar-nushira", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				shahr := []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("نشر في: %d %s %d - %s", d.Day(), shahr, d.Year(), d.Format("15:04")), ""}
			}},
		// Ukrainian portal: the date with the month in the genitive and
		// the time, then the author.
		{name: "held-uk-date-author", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mis := []string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"}
				return []string{h.title, fmt.Sprintf("%d %s %d, %s", d.Day(), mis[d.Month()-1], d.Year(), d.Format("15:04")), pick(r, "Олена Коваленко", "Андрій Шевченко"), ""}
			}},
		// Brazilian portal: the author, then date and hour with "h" and
		// the update as a relative time.
		{name: "held-pt-br-atualizado-ha", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Por " + pick(r, "Ana Souza", "Carlos Lima", "Beatriz Rocha"), fmt.Sprintf("%s %s Atualizado há %d horas", d.Format("02/01/2006"), d.Format("15h04"), 1+r.IntN(9)), ""}
			}},
		// A news app's card: the headline, then the outlet and a
		// compact age without "ago".
		{name: "held-app-outlet-age", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, outlet("en", r) + " · " + fmt.Sprint(1+r.IntN(23)) + pick(r, "h", "m", "d"), ""}
			}},
		// A microblog's thread saved as text: the name, the handle and the
		// day, then the post whose first line is the headline.
		{name: "held-microblog-handle-day", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				name := person("en", r)
				return []string{name + " @" + strings.ToLower(strings.ReplaceAll(name, " ", "")) + " · " + randDate(r).Format("Jan 2"), h.title, ""}
			}},
		// A message board: the subject, then "by" the poster and the
		// date after a guillemet.
		{name: "held-board-by-guillemet", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "by " + pick(r, "jdoe", "harbourwatch", "old_hack") + " » " + randDate(r).Format("Mon Jan 02, 2006 3:04 pm"), ""}
			}},
		// Chinese finance portal: the date, time and the app, then the
		// share bar under the header.
		{name: "held-zh-share-bar", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d年%02d月%02d日 %s %s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04"), pick(r, "新浪财经APP", "新浪网")), "缩小字体 放大字体 收藏 微博 微信 分享", ""}
			}},
	}
}

// twentySecondHeldOutWhole are the twenty-second set's files that must
// stay whole.
func twentySecondHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A book's chapters: the number over each chapter's title.
		{name: "held-book-chapters", render: func(s story, r *rand.Rand) []string {
			out := []string{strings.ToUpper(s.title), "", "by " + person("en", r), ""}
			titles := []string{"The Harbour", "A Winter in the Capital", "What the Council Knew", "The Long Road Home", "Letters"}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("CHAPTER %d", i+1), "", titles[i%len(titles)], "", p, "")
			}
			return out
		}},
		// A meeting's notes: the date and attendees, then items, each with
		// its action, owner and due date.
		{name: "held-meeting-actions", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Meeting notes: " + s.title, "Date: " + d.Format("2006-01-02"), "Attendees: " + person("en", r) + ", " + person("en", r) + ", " + person("en", r), ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("%d. %s", i+1, pick(r, "Budget", "Harbour works", "Staffing", "Next steps")), p, "Action: "+person("en", r)+" — due "+d.AddDate(0, 0, 7*(i+1)).Format("2006-01-02"), "")
			}
			return out
		}},
	}
}

// twentyThirdHeldOut are the twenty-third held-out families (written and
// first scored on 2026-12-07: F1 0.9513, recall at 0.8 0.9561), with
// layouts copied from aggregators, news archives, a blog platform and news
// sites. The splitter was then changed while looking at their numbers
// (citation lines, footers that close each article), so they are tuned
// families now.
func twentyThirdHeldOut() []family {
	return []family{
		// A portal that aggregates outlets: the outlet over the headline,
		// the author, then date, time and reading time on one line.
		{name: "held-aggregator-outlet-first", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{outlet("en", r), h.title, person("en", r), d.Format("Mon, Jan 2, 2006, 3:04 PM") + fmt.Sprintf(" · %d min read", 2+r.IntN(9)), ""}
			}},
		// An African news aggregator: the outlet with its city in
		// brackets, then the date.
		{name: "held-outlet-city-brackets", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "Daily Nation", "The Herald", "Premium Times") + " (" + pick(r, "Nairobi", "Harare", "Abuja") + ")", randDate(r).Format("2 January 2006"), ""}
			}},
		// A news archive's export: outlet, place and date on one line,
		// then labelled fields and the length.
		{name: "held-archive-fields", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, outlet("en", r) + " (" + pick(r, "Springfield, IL", "Portland, ME", "Salem, OR") + ") - " + randDate(r).Format("January 2, 2006"), "Author: " + person("en", r), "Section: " + pick(r, "Local", "Business", "Opinion"), fmt.Sprintf("%d Words", 200+r.IntN(900)), "Page: " + pick(r, "A1", "B3", "C2"), ""}
			}},
		// A database's citation line: headline, author, outlet, place,
		// date and page in one sentence-like line.
		{name: "held-citation-line", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				city := pick(r, "Springfield", "Portland", "Salem")
				return []string{fmt.Sprintf("%s. %s. %s; %s [%s]. %s: %s.", h.title, person("en", r), outlet("en", r), city, city, randDate(r).Format("02 Jan 2006"), pick(r, "A.1", "B.3", "C.2")), ""}
			}},
		// Korean portal: the entry and last-change times labelled on one
		// line.
		{name: "held-ko-gisa-ipryeok", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "기사입력 " + d.Format("2006-01-02 15:04") + " | 최종수정 " + d.Add(75*time.Minute).Format("2006-01-02 15:04"), ""}
			}},
		// Russian business daily: the short month with the year and the
		// time, then the source.
		{name: "held-ru-mon-year-source", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d %s %d, %s", d.Day(), monRU[d.Month()-1], d.Year(), d.Format("15:04")), "Источник: " + outlet("ru", r), ""}
			}},
		// Mexican daily: the author, then the long date and the time with
		// "hrs" after a bar.
		{name: "held-es-mx-hrs", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, person("es", r), fmt.Sprintf("%d de %s de %d | %s hrs", d.Day(), monthsES[d.Month()-1], d.Year(), d.Format("15:04")), ""}
			}},
		// Dutch daily: the date without a time, then the reading time.
		{name: "held-nl-leestijd", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				maanden := []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
				return []string{h.title, fmt.Sprintf("%d %s %d", d.Day(), maanden[d.Month()-1], d.Year()), fmt.Sprintf("Leestijd %d minuten", 2+r.IntN(8)), ""}
			}},
		// Danish daily: "Af" and the author, then the day with a full
		// stop, the month and "kl." before the time.
		{name: "held-da-af-kl", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mdr := []string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"}
				return []string{h.title, "Af " + pick(r, "Mette Hansen", "Lars Nielsen", "Sofie Jensen"), fmt.Sprintf("%d. %s %d kl. %s", d.Day(), mdr[d.Month()-1], d.Year(), d.Format("15:04")), ""}
			}},
		// Taiwanese daily: the date and time with seconds, then the
		// reporter and the place after a full-width slash.
		{name: "held-zh-tw-reporter-slash", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("2006/01/02 15:04:05"), "記者" + pick(r, "王小明", "林怡君", "陳建宏") + "／" + pick(r, "台北", "台中", "高雄") + "報導", ""}
			}},
		// Indonesian portal: the site's name, a dash, the date, the time
		// and the zone.
		{name: "held-id-site-dash-date", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "Kompas.com", "Tempo.co", "Antaranews.com") + " - " + d.Format("02/01/2006, 15:04") + " WIB", ""}
			}},
		// A blog platform: the day's date over the post's title; "Posted
		// by" and the comment count after the text.
		{name: "held-blog-date-header", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{randDate(r).Format("Monday, January 2, 2006"), "", h.title, ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "Posted by " + person("en", r) + " at " + randDate(r).Format("3:04 PM"), pick(r, "No comments:", "2 comments:")}
			}},
		// A newspaper archive's clipping: the paper, its town, the date
		// and the page, no headline.
		{name: "held-clipping-no-title", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{outlet("en", r), pick(r, "Springfield, Illinois", "Portland, Maine", "Salem, Oregon"), time.Date(1950+r.IntN(40), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC).Format("Monday, January 2, 2006"), fmt.Sprintf("Page %d", 1+r.IntN(40)), ""}
			}},
	}
}

// twentyThirdHeldOutWhole are the twenty-third set's files that must
// stay whole.
func twentyThirdHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A journal article: its history dates and correspondence over
		// the abstract, then numbered sections.
		{name: "held-journal-article", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, person("en", r) + ", " + person("en", r), "Received: " + d.Format("2 January 2006") + "; Accepted: " + d.AddDate(0, 2, 0).Format("2 January 2006") + "; Published: " + d.AddDate(0, 3, 0).Format("2 January 2006"), "Correspondence: desk@example.org", "", "Abstract", ""}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, fmt.Sprintf("%d %s", i, pick(r, "Introduction", "Methods", "Results", "Discussion")), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// An encyclopedia article: sections in wiki markup, and references
		// with the day they were read.
		{name: "held-wiki-article", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "From the encyclopedia", ""}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, "== "+pick(r, "History", "Background", "Reception", "Legacy")+" ==", "")
				}
				out = append(out, p, "")
			}
			out = append(out, "== References ==", "")
			for i := 0; i < 3; i++ {
				out = append(out, fmt.Sprintf("%d. ^ \"%s\". %s. %s. Retrieved %s.", i+1, s.title, outlet("en", r), randDate(r).Format("2 January 2006"), randDate(r).Format("2 January 2006")))
			}
			return out
		}},
	}
}

// twentyFourthHeldOut are the twenty-fourth held-out families (written
// and first scored on 2026-12-07: F1 0.9541, recall at 0.8 0.9663), with
// layouts copied from magazines, business news, news sites in several
// languages and plain-text newsletters. The splitter was then changed
// while looking at their numbers (a date line closed by a full stop,
// digits of other scripts), so they are tuned families now.
func twentyFourthHeldOut() []family {
	return []family{
		// A magazine: the author, the illustrator, then the date and an
		// hour without minutes.
		{name: "held-mag-illustration-hour", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "By " + person("en", r), "Illustration by " + person("en", r), randDate(r).Format("January 2, 2006, 3 PM") + " ET", ""}
			}},
		// Business news: the date "at" the time with a zone offset, then
		// the update the same way.
		{name: "held-biz-gmt-offset", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("January 2, 2006 at 3:04 PM") + " GMT+1", "Updated on " + d.Add(2*time.Hour).Format("January 2, 2006 at 3:04 PM") + " GMT+1", ""}
			}},
		// A newsletter site: the author, then the short date and the
		// section after a dash.
		{name: "held-date-dash-section", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("en", r), randDate(r).Format("Jan 2, 2006") + " - " + pick(r, "Politics & Policy", "Economy & Business", "World"), ""}
			}},
		// Swiss daily: published and changed on one line, each closed by
		// a full stop, with a slash between.
		{name: "held-fr-ch-publie-modifie", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				f := func(t time.Time) string {
					return fmt.Sprintf("%d %s %d à %s", t.Day(), monthsFR[t.Month()-1], t.Year(), t.Format("15:04"))
				}
				return []string{h.title, "Publié le " + f(d) + ". / Modifié le " + f(d.Add(3*time.Hour)) + ".", ""}
			}},
		// Japanese daily: a paywall label, then the author's name glued to
		// the date and the time in 時 and 分.
		{name: "held-ja-name-glued-date", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "有料記事", fmt.Sprintf("%s%d年%d月%d日 %d時%d分", person("ja", r), d.Year(), int(d.Month()), d.Day(), d.Hour(), d.Minute()), ""}
			}},
		// Chinese business news: the date and time, then "来源于" and the
		// outlet.
		{name: "held-zh-laiyuanyu", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d年%02d月%02d日 %s 来源于 %s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04"), outlet("zh", r)), ""}
			}},
		// Israeli portal: a Hebrew label, a date with a two-digit year and
		// the time.
		{name: "held-he-label-short-year", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "פורסם: " + randDate(r).Format("02.01.06, 15:04"), ""}
			}},
		// Iranian portal: the date and time in Persian digits with the
		// month's Persian name.
		{name: "held-fa-persian-digits", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mah := []string{"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"}[d.Month()-1]
				return []string{h.title, inDigits(fmt.Sprintf("%d %s %d - %s", d.Day(), mah, d.Year(), d.Format("15:04")), '۰'), ""}
			}},
		// Finnish broadcaster: day and month without a year, the time,
		// then the update after a bullet.
		{name: "held-fi-day-month-bullet", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(75 * time.Minute)
				return []string{h.title, fmt.Sprintf("%d.%d. %s • Päivitetty %d.%d. %s", d.Day(), int(d.Month()), d.Format("15:04"), u.Day(), int(u.Month()), u.Format("15:04")), ""}
			}},
		// Romanian portal: the weekday with a comma, the date with the
		// month's Romanian name, and the time.
		{name: "held-ro-weekday-comma", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				zi := []string{"Duminică", "Luni", "Marți", "Miercuri", "Joi", "Vineri", "Sâmbătă"}[d.Weekday()]
				luna := []string{"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s, %d %s %d, %s", zi, d.Day(), luna, d.Year(), d.Format("15:04")), ""}
			}},
		// Serbian portal: full stops after the day and the year, then the
		// time.
		{name: "held-sr-year-dot", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mesec := []string{"januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar", "decembar"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d. %s %d. %s", d.Day(), mesec, d.Year(), d.Format("15:04")), ""}
			}},
		// A plain-text newsletter: the headline underlined with equals
		// signs, then the outlet and an ISO date.
		{name: "held-setext-underline", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, strings.Repeat("=", min(72, utf8.RuneCountInString(h.title))), outlet("en", r) + " | " + randDate(r).Format("2006-01-02"), ""}
			}},
	}
}

// twentyFourthHeldOutWhole are the twenty-fourth set's files that must
// stay whole.
func twentyFourthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A document in reStructuredText: the title and the sections
		// underlined, a field list with the date at the top.
		{name: "held-rst-doc", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, strings.Repeat("=", min(72, utf8.RuneCountInString(s.title))), "", ":Author: " + person("en", r), ":Date: " + randDate(r).Format("2006-01-02"), ""}
			for i, p := range s.paras {
				if i > 0 {
					h := pick(r, "Background", "Design", "Open questions", "Next steps")
					out = append(out, h, strings.Repeat("-", len(h)), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A screenplay: scene headings in capitals with the place and the
		// time of day, characters' names over their lines.
		{name: "held-screenplay", render: func(s story, r *rand.Rand) []string {
			out := []string{strings.ToUpper(s.title), "", "Written by " + person("en", r), ""}
			for _, p := range s.paras {
				out = append(out, pick(r, "INT. HARBOUR OFFICE - DAY", "EXT. CITY HALL - NIGHT", "INT. NEWSROOM - MORNING"), "", p, "", pick(r, "JANE", "MICHAEL", "THE MAYOR"), pick(r, "We can't wait any longer.", "Who signed this?", "Then we tell them tonight."), "")
			}
			return out
		}},
	}
}

// twentyFifthHeldOut are the twenty-fifth held-out families (written and
// first scored on 2026-12-07: F1 0.9992, recall at 0.8 0.9959, every
// article family at 0.97 or more, but 190 of 400 whole files split), with
// layouts copied from news sites in nine languages, a clipping service, a
// scraped blog page and a video site. The splitter was then changed while
// looking at their numbers (a statute's "§ 1." sections), so they are
// tuned families now.
func twentyFifthHeldOut() []family {
	return []family{
		// Norwegian daily: published and updated, labelled, on one line
		// without a separator.
		{name: "held-no-publisert-oppdatert", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Publisert " + d.Format("02.01.2006 15:04") + " Oppdatert " + d.Add(80*time.Minute).Format("02.01.2006 15:04"), ""}
			}},
		// Belgian (Dutch) broadcaster: abbreviated weekday and month, "om"
		// and the time.
		{name: "held-nl-be-om", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				dag := []string{"zo", "ma", "di", "wo", "do", "vr", "za"}[d.Weekday()]
				maand := []string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s %d %s %d om %s", dag, d.Day(), maand, d.Year(), d.Format("15:04")), ""}
			}},
		// Polish portal: the author, then today or yesterday and the time,
		// no date.
		{name: "held-pl-today-time", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "Jan Kowalski", "Anna Nowak", "Piotr Wiśniewski"), pick(r, "dzisiaj", "wczoraj") + ", " + randDate(r).Format("15:04"), ""}
			}},
		// A clipping service: outlet, date, medium, page and length over
		// the headline.
		{name: "held-clipping-fields-first", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("%s | %s | %s | Page %d | %d words", outlet("en", r), randDate(r).Format("2 Jan 2006"), pick(r, "Print", "Online"), 1+r.IntN(40), 200+r.IntN(900)), h.title, ""}
			}},
		// Chinese Q&A site: the author, then "发布于" with the date and
		// the place the post came from.
		{name: "held-zh-fabu-ip", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("zh", r), "发布于 " + randDate(r).Format("2006-01-02 15:04") + "・IP 属地" + pick(r, cities["zh"]...), ""}
			}},
		// Korean blog platform: the author, then the date with spaces
		// after its full stops, and the time.
		{name: "held-ko-spaced-dots", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "김민수", "이지은", "박준호"), fmt.Sprintf("%d. %d. %d. %s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04")), ""}
			}},
		// Russian blog platform: the date and the views, abbreviated with
		// a full stop.
		{name: "held-ru-date-views", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d %s %d · %d тыс. просмотров", d.Day(), monthsRU[d.Month()-1], d.Year(), 1+r.IntN(90)), ""}
			}},
		// Turkish daily: the date, the weekday after it, and the time.
		{name: "held-tr-date-weekday-time", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				ay := []string{"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"}[d.Month()-1]
				gun := []string{"Pazar", "Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%d %s %d %s %s", d.Day(), ay, d.Year(), gun, d.Format("15:04")), ""}
			}},
		// Greek portal: the weekday and a comma, the day, the month in
		// the genitive, the year and the time.
		{name: "held-el-weekday-comma", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mina := []string{"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"}[d.Month()-1]
				mera := []string{"Κυριακή", "Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%s, %d %s %d %s", mera, d.Day(), mina, d.Year(), d.Format("15:04")), ""}
			}},
		// American local television: posted and updated, each with a
		// slash between the date and the time with its zone.
		{name: "held-tv-posted-slash-time", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Posted: " + d.Format("Jan 2, 2006 / 3:04 PM") + " CDT", "Updated: " + d.Add(time.Hour).Format("Jan 2, 2006 / 3:04 PM") + " CDT", ""}
			}},
		// A blogging platform's page as scraped: each button and field
		// of the header on a line of its own.
		{name: "held-scraped-header-buttons", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("en", r), "Follow", fmt.Sprintf("%d min read", 2+r.IntN(12)), "·", randDate(r).Format("Jan 2, 2006"), "Listen", "Share", ""}
			}},
		// A video site's listing: the channel, then the views and the
		// age.
		{name: "held-views-age", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, outlet("en", r), fmt.Sprintf("%d.%dK views · %d %s ago", 1+r.IntN(90), r.IntN(10), 1+r.IntN(11), pick(r, "days", "hours", "weeks")), ""}
			}},
	}
}

// twentyFifthHeldOutWhole are the twenty-fifth set's files that must
// stay whole.
func twentyFifthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A statute: numbered sections with their titles, and the dates
		// they take effect.
		{name: "held-statute-sections", render: func(s story, r *rand.Rand) []string {
			out := []string{strings.ToUpper(s.title), "Enacted " + randDate(r).Format("January 2, 2006"), ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("§ %d. %s", i+1, pick(r, "Purpose", "Definitions", "Duties of the council", "Penalties")), "Effective date: "+randDate(r).Format("January 2, 2006"), "", p, "")
			}
			return out
		}},
		// A product manual: the version and month under the title, then
		// numbered steps.
		{name: "held-product-manual", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, fmt.Sprintf("Version %d.%d — %s", 1+r.IntN(4), r.IntN(10), randDate(r).Format("January 2006")), ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Step %d: %s", i+1, pick(r, "Unpack the unit", "Connect the cables", "Start the program", "Check the results")), "", p, "")
			}
			return out
		}},
	}
}

// twentySixthHeldOut are the twenty-sixth held-out families (written and
// first scored on 2026-12-07: F1 0.9513, recall at 0.8 0.8776, 181 of 400
// whole files split), with layouts copied from news sites in nine
// languages, American networks and wires and a database export. The
// splitter was then changed while looking at their numbers (letters'
// parts, month names before the day, era years, footers), so they are
// tuned families now.
func twentySixthHeldOut() []family {
	return []family{
		// Swahili daily: the weekday and a comma, then the month's name
		// before the day and the year.
		{name: "held-sw-weekday-month-first", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				siku := []string{"Jumapili", "Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi"}[d.Weekday()]
				mwezi := []string{"Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s, %s %d, %d", siku, mwezi, d.Day(), d.Year()), ""}
			}},
		// Filipino daily: the month's Tagalog name first, the day, the
		// year and the time with AM or PM.
		{name: "held-tl-month-first-ampm", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				buwan := []string{"Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s %d, %d %s", buwan, d.Day(), d.Year(), d.Format("3:04 PM")), ""}
			}},
		// Malaysian daily: "Oleh" and the author, then the date, an at
		// sign and the time with am or pm.
		{name: "held-ms-oleh-at-sign", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				bulan := []string{"Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogos", "Sep", "Okt", "Nov", "Dis"}[d.Month()-1]
				return []string{h.title, "Oleh " + pick(r, "Ahmad Faizal", "Nurul Huda", "Lim Wei Ling"), fmt.Sprintf("%d %s %d @ %s", d.Day(), bulan, d.Year(), d.Format("3:04pm")), ""}
			}},
		// Catalan daily: the day, "de", the month's Catalan name, "de",
		// the year and the time with "h".
		{name: "held-ca-de-h", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mes := []string{"gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d de %s de %d, %s h", d.Day(), mes, d.Year(), d.Format("15:04")), ""}
			}},
		// Japanese official and news sites: the era's year (令和), month,
		// day and the time in 時 and 分.
		{name: "held-ja-era-year", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				year := fmt.Sprint(d.Year() - 2018)
				if year == "1" {
					year = "元"
				}
				return []string{h.title, fmt.Sprintf("令和%s年%d月%d日 %d時%d分", year, int(d.Month()), d.Day(), d.Hour(), d.Minute()), ""}
			}},
		// Taiwanese daily: the republic's year (民國), month and day, then
		// the reporter and place.
		{name: "held-zh-tw-roc-year", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("民國%d年%d月%d日", d.Year()-1911, int(d.Month()), d.Day()), "記者" + pick(r, "王小明", "林怡君") + "／" + pick(r, "台北", "台中") + "報導", ""}
			}},
		// Urdu daily: an update label without a colon, the day, the
		// month's Urdu name and the year, no time.
		{name: "held-ur-update-label", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mahina := []string{"جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("اپ ڈیٹ %d %s %d", d.Day(), mahina, d.Year()), ""}
			}},
		// Bengali daily: a label, the day and year in Bengali digits, the
		// month's Bengali name and the time.
		{name: "held-bn-bengali-digits", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mash := []string{"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"}[d.Month()-1]
				return []string{h.title, inDigits(fmt.Sprintf("প্রকাশ: %d %s %d, %s", d.Day(), mash, d.Year(), d.Format("15:04")), '০'), ""}
			}},
		// Arabic broadcaster: published and last updated, labelled without
		// colons, no time.
		{name: "held-ar-published-updated", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				shahr := func(t time.Time) string {
					return []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}[t.Month()-1]
				}
				u := d.AddDate(0, 0, 1)
				return []string{h.title, fmt.Sprintf("نشر في %d %s %d", d.Day(), shahr(d), d.Year()), fmt.Sprintf("آخر تحديث %d %s %d", u.Day(), shahr(u), u.Year()), ""}
			}},
		// American network: the time with its zone before the date.
		{name: "held-time-zone-then-date", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Published " + randDate(r).Format("3:04 PM") + " EDT " + randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// American wire: the author, then "Filed at" the time "on" the
		// weekday and date.
		{name: "held-filed-at-on", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "By " + person("en", r), "Filed at " + strings.ReplaceAll(strings.ReplaceAll(d.Format("3:04 PM"), "AM", "a.m."), "PM", "p.m.") + " EDT on " + d.Format("Monday, January 2, 2006"), ""}
			}},
		// A news database's export without document counters: outlet,
		// date with weekday, edition, copyright and fields over the text,
		// the load date and "End of Document" after it.
		{name: "held-db-export-no-counter", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				o := outlet("en", r)
				return []string{h.title, o, d.Format("January 2, 2006 Monday"), pick(r, "Final Edition", "Late Edition"), "", fmt.Sprintf("Copyright %d %s All Rights Reserved", d.Year(), o), "", "Section: " + pick(r, "NEWS", "BUSINESS") + fmt.Sprintf("; Pg. A%d", 1+r.IntN(20)), fmt.Sprintf("Length: %d words", 200+r.IntN(900)), "Byline: " + person("en", r), "", "Body", ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "Load-Date: " + randDate(r).Format("January 2, 2006"), "", "End of Document"}
			}},
	}
}

// twentySixthHeldOutWhole are the twenty-sixth set's files that must
// stay whole.
func twentySixthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A novel in letters: each letter with its place and date, the
		// salutation and the signature.
		{name: "held-epistolary", render: func(s story, r *rand.Rand) []string {
			out := []string{strings.ToUpper(s.title), "", "A Novel in Letters", ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("LETTER %d", i+1), "", pick(r, "Harbour Town", "London", "Bath")+", "+time.Date(1880+r.IntN(20), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC).Format("January 2, 2006"), "", pick(r, "Dear Jane,", "My dear Tom,", "Dearest Sister,"), "", p, "", pick(r, "Yours ever,", "Faithfully,"), pick(r, "Tom", "Jane", "Eleanor"), "")
			}
			return out
		}},
		// One issue of a newsletter: its number and date, the reading
		// time, then sections.
		{name: "held-newsletter-issue", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, fmt.Sprintf("Issue #%d — %s", 1+r.IntN(300), randDate(r).Format("January 2, 2006")), fmt.Sprintf("Read time: %d min", 3+r.IntN(10)), ""}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, pick(r, "In brief", "Deep dive", "What we're reading", "One more thing"), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// twentySeventhHeldOut are the twenty-seventh held-out families (written
// and first scored on 2026-12-07: F1 0.8862, recall at 0.8 0.8936), mostly
// wire copy whose only header is its headline and the dateline opening
// its text. The splitter was then changed while looking at their numbers
// (authors' lines, three more dateline forms), so they are tuned families
// now.
func twentySeventhHeldOut() []family {
	headlineOnly := func(h header, r *rand.Rand) []string { return []string{h.title, ""} }
	return []family{
		// Russian agency: place, day and agency between full stops and a
		// dash.
		{name: "held-ru-interfax-lead", lang: "ru", separator: blankSep, head: headlineOnly,
			lead: func(h header, r *rand.Rand) string {
				d := randDate(r)
				return fmt.Sprintf("%s. %d %s. INTERFAX.RU - ", pick(r, cities["ru"]...), d.Day(), monthsRU[d.Month()-1])
			}},
		// Italian agency: the agency in brackets and a dash, no place.
		{name: "held-it-agency-only-lead", anyLang: true, separator: ruleSep, head: headlineOnly,
			lead: func(h header, r *rand.Rand) string { return "(" + pick(r, "Adnkronos", "AGI") + ") - " }},
		// British wire: the agency in brackets and a dash, no place.
		{name: "held-en-agency-only-lead", separator: blankSep, head: headlineOnly,
			lead: func(h header, r *rand.Rand) string { return "(" + pick(r, "Reuters", "Global Wire Service") + ") - " }},
		// Chinese daily: "本报讯" and the reporter in brackets, no date.
		{name: "held-zh-benbao-xun-lead", lang: "zh", separator: ruleSep, head: headlineOnly,
			lead: func(h header, r *rand.Rand) string { return "本报讯（记者 " + person("zh", r) + "）" }},
		// Japanese agency: the place and the agency in 【】, no day.
		{name: "held-ja-kyodo-bracket-lead", lang: "ja", separator: blankSep, head: headlineOnly,
			lead: func(h header, r *rand.Rand) string { return "【" + pick(r, cities["ja"]...) + "共同】" }},
		// Portuguese agency: place, day, abbreviated month and year, the
		// agency in brackets and a dash.
		{name: "held-pt-lusa-lead", anyLang: true, separator: ruleSep, head: headlineOnly,
			lead: func(h header, r *rand.Rand) string {
				d := randDate(r)
				mes := []string{"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"}[d.Month()-1]
				return fmt.Sprintf("%s, %d %s %d (Lusa) - ", pick(r, "Lisboa", "Porto", "Coimbra"), d.Day(), mes, d.Year())
			}},
		// German financial wire: the place in capitals and a hyphenated
		// agency.
		{name: "held-de-dpa-afx-lead", lang: "de", separator: blankSep, head: headlineOnly,
			lead: func(h header, r *rand.Rand) string {
				return pick(r, "FRANKFURT", "BERLIN", "MÜNCHEN") + " (" + pick(r, "dpa-AFX", "Dow Jones") + ") - "
			}},
		// Spanish agency: place, day, abbreviated month with a full stop,
		// the agency in capitals in brackets and a dash.
		{name: "held-es-europa-press-lead", lang: "es", separator: ruleSep, head: headlineOnly,
			lead: func(h header, r *rand.Rand) string {
				d := randDate(r)
				mes := []string{"Ene.", "Feb.", "Mar.", "Abr.", "May.", "Jun.", "Jul.", "Ago.", "Sep.", "Oct.", "Nov.", "Dic."}[d.Month()-1]
				return fmt.Sprintf("%s, %d %s (EUROPA PRESS) - ", strings.ToUpper(pick(r, "Madrid", "Sevilla", "Bilbao")), d.Day(), mes)
			}},
		// Korean portal: the reporter, "기자", the entry label and the
		// date on one line.
		{name: "held-ko-gija-ipryeok-one-line", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "김민수", "이지은", "박준호") + " 기자 입력 " + randDate(r).Format("2006.01.02 15:04"), ""}
			}},
		// French daily: the author, then "Le" and the date with the hour,
		// and the change.
		{name: "held-fr-le-date-modifie", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				f := func(t time.Time) string {
					return fmt.Sprintf("%d %s %d à %s", t.Day(), monthsFR[t.Month()-1], t.Year(), t.Format("15h04"))
				}
				return []string{h.title, "Par " + person("fr", r), "Le " + f(d) + ", modifié le " + f(d.Add(time.Hour)), ""}
			}},
		// A scholarly search engine's alert: "[PDF]" and the title, then
		// the authors, the journal and the year.
		{name: "held-scholar-alert", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "[PDF] ", "[HTML] ", "") + h.title, person("en", r) + ", " + person("en", r) + " - " + pick(r, "Journal of Public Affairs", "History Review", "Policy Studies") + fmt.Sprintf(", %d", 2019+r.IntN(7)), ""}
			}},
	}
}

// twentySeventhHeldOutWhole are the twenty-seventh set's files that must
// stay whole.
func twentySeventhHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A scanned newspaper article: the page's running head with the
		// paper's name and date between its paragraphs.
		{name: "held-ocr-running-heads", render: func(s story, r *rand.Rand) []string {
			o := strings.ToUpper(outlet("en", r))
			d := time.Date(1950+r.IntN(40), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
			page := 1 + r.IntN(20)
			out := []string{strings.ToUpper(s.title), ""}
			for i, p := range s.paras {
				if i > 0 && i%2 == 0 {
					page++
					out = append(out, fmt.Sprintf("%s, %s PAGE %d", o, strings.ToUpper(d.Format("MONDAY, JANUARY 2, 2006")), page), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A microblog thread saved as one text: each post numbered "n/m".
		{name: "held-thread-numbered", render: func(s story, r *rand.Rand) []string {
			name := person("en", r)
			out := []string{name + " @" + strings.ToLower(strings.ReplaceAll(name, " ", "")), randDate(r).Format("Jan 2, 2006"), ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("%d/%d %s", i+1, len(s.paras), p), "")
			}
			return out
		}},
	}
}

// twentyEighthHeldOut are the twenty-eighth held-out families (written
// and first scored on 2026-12-07: F1 0.9995, recall at 0.8 1.0000, every
// family at 0.99 or more), with layouts copied from English-language news
// sites around the world. Nothing was changed for them; they moved to
// families() when the twenty-ninth set was written.
func twentyEighthHeldOut() []family {
	ampm := func(t time.Time) string { return strings.ToLower(t.Format("3:04PM")) }
	return []family{
		// Indian daily: the desk, a slash, then the update with the date,
		// the time and IST.
		{name: "held-desk-slash-updated", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "TOI News Desk", "City Desk", "Web Desk") + " / Updated: " + randDate(r).Format("Jan 2, 2006, 15:04") + " IST", ""}
			}},
		// Pakistani daily: published with the date, then the update as
		// "about" a relative time.
		{name: "held-published-updated-about", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Published " + randDate(r).Format("January 2, 2006"), fmt.Sprintf("Updated about %d hours ago", 1+r.IntN(12)), ""}
			}},
		// Australian broadcaster: outlet and author after a slash, then
		// posted and updated "at" times with am/pm attached.
		{name: "held-posted-at-ampm-updated", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(90 * time.Minute)
				return []string{h.title, outlet("en", r) + " / By " + person("en", r), "Posted " + d.Format("Mon 2 Jan 2006") + " at " + ampm(d) + ", updated " + u.Format("Mon 2 Jan 2006") + " at " + ampm(u), ""}
			}},
		// New Zealand broadcaster: the time "on" the date, then a share
		// button.
		{name: "held-time-on-date-share", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, ampm(d) + " on " + d.Format("2 January 2006"), "Share this", ""}
			}},
		// Irish daily: weekday, month, day and year without commas, a dash
		// and the time.
		{name: "held-weekday-no-comma-dash", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("Mon Jan 2 2006 - 15:04"), ""}
			}},
		// Canadian broadcaster: author, outlet, posted and last updated as
		// fields on one line.
		{name: "held-dot-fields-last-updated", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, person("en", r) + " · " + outlet("en", r) + " · Posted: " + d.Format("Jan 2, 2006 3:04 PM") + " EDT | Last Updated: " + d.AddDate(0, 0, 1).Format("January 2"), ""}
			}},
		// Singapore daily: the update in capitals.
		{name: "held-caps-updated", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, strings.ToUpper("Updated " + randDate(r).Format("Jan 2, 2006, 3:04 PM")), ""}
			}},
		// Hong Kong daily: published, the time with am/pm first, then the
		// date.
		{name: "held-published-time-comma-date", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Published: " + ampm(d) + ", " + d.Format("2 Jan 2006"), ""}
			}},
		// Philippine daily: the author, role and handle, then the paper,
		// a slash and the time before the date.
		{name: "held-slashes-time-before-date", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				name := person("en", r)
				d := randDate(r)
				return []string{h.title, "By: " + name + " - Reporter / @" + strings.ToLower(strings.ReplaceAll(name, " ", "")), outlet("en", r) + " / " + d.Format("3:04 PM January 2, 2006"), ""}
			}},
		// Korean English-language daily: published and updated with a
		// space before each colon.
		{name: "held-space-colon-published-updated", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Published : " + d.Format("Jan. 2, 2006 - 15:04") + " Updated : " + d.Add(time.Hour).Format("Jan. 2, 2006 - 15:04"), ""}
			}},
		// Qatari broadcaster: the author, then "Published On" and the
		// date.
		{name: "held-published-on-capital", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "By " + person("en", r), "Published On " + randDate(r).Format("2 Jan 2006"), ""}
			}},
		// Turkish English-language daily: the place in capitals over the
		// headline, then published with the date and time.
		{name: "held-place-caps-over-title", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "ISTANBUL", "ANKARA", "IZMIR"), h.title, "Published " + randDate(r).Format("Jan 2, 2006 15:04"), ""}
			}},
	}
}

// twentyEighthHeldOutWhole are the twenty-eighth set's files that must
// stay whole.
func twentyEighthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A film review: the credits block with the year, then the review
		// and the day it was reviewed.
		{name: "held-review-credits", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, fmt.Sprintf("Directed by %s · %d · %d min", person("en", r), 2019+r.IntN(7), 80+r.IntN(80)), "Starring " + person("en", r) + ", " + person("en", r), ""}
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			return append(out, "Reviewed "+randDate(r).Format("January 2, 2006")+" by "+person("en", r))
		}},
		// A town's calendar of events: each event opened by its date.
		{name: "held-events-calendar", render: func(s story, r *rand.Rand) []string {
			out := []string{"Events: " + s.title, ""}
			d := randDate(r)
			for _, p := range s.paras {
				d = d.AddDate(0, 0, 1+r.IntN(6))
				out = append(out, d.Format("Monday, January 2, 2006")+" — "+pick(r, "Council meeting", "Harbour open day", "Library talk", "Market"), p, "")
			}
			return out
		}},
	}
}

// twentyNinthHeldOut are the twenty-ninth held-out families (written and
// first scored on 2026-12-07: F1 0.9224, recall at 0.8 0.9573), with
// layouts copied from news sites in twelve languages. The splitter was
// then changed while looking at their numbers (a revision's time after a
// comma, dates in two calendars), so they are tuned families now.
func twentyNinthHeldOut() []family {
	return []family{
		// German tech site: the date, the time with "Uhr" and the author
		// on one line.
		{name: "held-de-date-uhr-von", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("02.01.2006 15:04") + " Uhr Von " + person("de", r), ""}
			}},
		// French regional daily: published and updated, a space before
		// the comma.
		{name: "held-fr-space-comma-maj", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Publié le " + d.Format("02/01/2006") + " à " + d.Format("15:04") + " , mis à jour à " + d.Add(time.Hour).Format("15:04"), ""}
			}},
		// Spanish daily: the date and time, then "Actualizado a" and the
		// second date on the same line.
		{name: "held-es-actualizado-a", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("02/01/2006 15:04") + " Actualizado a " + d.Add(2*time.Hour).Format("02/01/2006 15:04"), ""}
			}},
		// Italian online daily: the weekday and the date in lower case,
		// no time.
		{name: "held-it-weekday-lower", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				giorno := []string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"}[d.Weekday()]
				mese := []string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s %d %s %d", giorno, d.Day(), mese, d.Year()), ""}
			}},
		// Portuguese daily: the month capitalised between "de"s, and the
		// time.
		{name: "held-pt-capital-month", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mes := []string{"Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro"}[d.Month()-1]
				return []string{h.title, person("es", r), fmt.Sprintf("%d de %s de %d, %s", d.Day(), mes, d.Year(), d.Format("15:04")), ""}
			}},
		// Russian broadcaster: an abbreviated month with a full stop, the
		// year with "г." and the time.
		{name: "held-ru-abbrev-god", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d %s. %d г., %s", d.Day(), monRU[d.Month()-1], d.Year(), d.Format("15:04")), ""}
			}},
		// Chinese portal: the timestamp with seconds, then "来自" and the
		// place.
		{name: "held-zh-laizi", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("2006-01-02 15:04:05") + " 来自 " + pick(r, cities["zh"]...), ""}
			}},
		// Japanese daily: the outlet, the date and time, and the last
		// update in full-width brackets.
		{name: "held-ja-outlet-saishu-koushin", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(70 * time.Minute)
				return []string{h.title, fmt.Sprintf("%s %d/%d/%d %s（最終更新 %d/%d %s）", outlet("ja", r), d.Year(), int(d.Month()), d.Day(), d.Format("15:04"), int(u.Month()), u.Day(), u.Format("15:04")), ""}
			}},
		// Czech portal: the day with a full stop, the month in the
		// genitive, the year and time, then the update's time.
		{name: "held-cs-aktualizovano", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mesic := []string{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d. %s %d %s, aktualizováno %s", d.Day(), mesic, d.Year(), d.Format("15:04"), d.Add(time.Hour).Format("15:04")), ""}
			}},
		// Dutch portal: today or yesterday with the time, and the update's
		// time.
		{name: "held-nl-vandaag-update", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "Vandaag", "Gisteren") + ", " + d.Format("15:04") + " Update: " + d.Add(40*time.Minute).Format("15:04"), ""}
			}},
		// Arabic daily: the weekday, the Hijri date and the Gregorian
		// date on one line between dashes.
		{name: "held-ar-hijri-dual", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				days := []string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}
				hijri := []string{"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"}
				shahr := []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s - %d %s %d هـ - %d %s %d مـ", days[d.Weekday()], 1+r.IntN(29), pick(r, hijri...), 1440+r.IntN(7), d.Day(), shahr, d.Year()), ""}
			}},
		// Persian broadcaster: a Solar Hijri date in Persian digits, no
		// time.
		{name: "held-fa-solar-hijri", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				mah := []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}
				return []string{h.title, inDigits(fmt.Sprintf("%d %s %d", 1+r.IntN(29), pick(r, mah...), 1398+r.IntN(7)), '۰'), ""}
			}},
	}
}

// twentyNinthHeldOutWhole are the twenty-ninth set's files that must
// stay whole.
func twentyNinthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A messaging app's chat export: every message opens with its date
		// and time and the sender.
		{name: "held-chat-export-lines", render: func(s story, r *rand.Rand) []string {
			out := []string{"Chat with " + person("en", r), ""}
			d := randDate(r)
			for _, p := range s.paras {
				d = d.Add(time.Duration(1+r.IntN(300)) * time.Minute)
				out = append(out, d.Format("02/01/2006, 15:04")+" - "+pick(r, "Jane", "Tom", "Priya")+": "+p)
			}
			return out
		}},
		// A bulletin: each section's heading over an "As of" date.
		{name: "held-report-dated-sections", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "Quarterly bulletin", ""}
			d := randDate(r)
			for _, p := range s.paras {
				d = d.AddDate(0, 1, 0)
				out = append(out, pick(r, "Harbour works", "Budget", "Staff"), "As of "+d.Format("2 January 2006"), "", p, "")
			}
			return out
		}},
	}
}

// thirtiethHeldOut is the thirtieth held-out set (written on 2026-12-07,
// layouts copied from Hindi, Korean, Chinese, Russian, Ukrainian,
// Spanish-language American, German and Japanese news sites, and a
// Spanish, a French and an English site's header forms), tuned since.
func thirtiethHeldOut() []family {
	return []family{
		// Hindi portal: an update label without a colon, a Devanagari
		// month and the time with IST.
		{name: "held-hi-label-no-colon", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mah := []string{"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("अपडेटेड %d %s %d, %s IST", d.Day(), mah, d.Year(), d.Format("03:04 PM")), ""}
			}},
		// Korean agency: the sending-time label glued to the date.
		{name: "held-ko-label-glued", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "송고시간" + randDate(r).Format("2006-01-02 15:04"), ""}
			}},
		// Chinese portal: the timestamp, then the font-size buttons on the
		// same line.
		{name: "held-zh-date-font-buttons", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("2006-01-02 15:04:05") + " 字号：A- A A+", ""}
			}},
		// Russian business site: the date with a short month, the year and
		// time, then a photo credit.
		{name: "held-ru-date-photo-credit", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d %s %d, %s", d.Day(), monRU[d.Month()-1], d.Year(), d.Format("15:04")), "Фото: " + pick(r, "Reuters", "ТАСС", "РИА Новости"), ""}
			}},
		// Ukrainian daily: the weekday and a comma, the date with the
		// month in the genitive, and the time.
		{name: "held-uk-weekday-comma", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				den := []string{"Неділя", "Понеділок", "Вівторок", "Середа", "Четвер", "П'ятниця", "Субота"}[d.Weekday()]
				mis := []string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s, %d %s %d, %s", den, d.Day(), mis, d.Year(), d.Format("15:04")), ""}
			}},
		// Spanish-language American portal: the day, the abbreviated
		// month, a comma, the year, the time with a.m./p.m. and the zone.
		{name: "held-es-us-month-comma", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mes := []string{"Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"}[d.Month()-1]
				t := strings.ReplaceAll(strings.ReplaceAll(d.Format("3:04 PM"), "AM", "a.m."), "PM", "p.m.")
				return []string{h.title, fmt.Sprintf("%d %s, %d %s EST", d.Day(), mes, d.Year(), t), ""}
			}},
		// German weekly's site: the date and time, then the sources after
		// "Quelle:" on the same line.
		{name: "held-de-date-quelle-list", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d. %s %d, %s Uhr Quelle: %s", d.Day(), monthsDE[d.Month()-1], d.Year(), d.Format("15:04"), pick(r, "ZEIT ONLINE, dpa, AFP", "dpa, Reuters", "AFP")), ""}
			}},
		// Japanese daily: the outlet over the headline, the date and time,
		// and the author after a slash.
		{name: "held-ja-outlet-over-title", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{outlet("ja", r), h.title, fmt.Sprintf("%d年%d月%d日 %s／%s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04"), person("ja", r)), ""}
			}},
		// Spanish daily: the section and the place in capitals over the
		// headline, then the date.
		{name: "held-es-section-place-over-title", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "INTERNACIONAL", "ECONOMÍA", "SOCIEDAD") + " · " + strings.ToUpper(pick(r, "Madrid", "Bogotá", "Lima")), h.title, fmt.Sprintf("%d de %s de %d", d.Day(), monthsES[d.Month()-1], d.Year()), ""}
			}},
		// French daily: the headline, a subheading in italics marks, the
		// author and the date with "à" and "h".
		{name: "held-fr-italic-deck", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "_" + pick(r, "Le projet divise la ville", "Les chiffres sont meilleurs que prévu", "Un long conflit touche à sa fin") + "_", "Par " + person("fr", r), fmt.Sprintf("Le %d %s %d à %s", d.Day(), monthsFR[d.Month()-1], d.Year(), d.Format("15h04")), ""}
			}},
		// English regional site: the date and time in brackets after the
		// author on one line.
		{name: "held-author-date-brackets", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("en", r) + " (" + randDate(r).Format("2 Jan 2006, 15:04") + ")", ""}
			}},
	}
}

// thirtiethHeldOutWhole are the thirtieth set's files that must stay
// whole.
func thirtiethHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A glossary: each term alone on its line over its definition.
		{name: "held-glossary", render: func(s story, r *rand.Rand) []string {
			out := []string{"Glossary: " + s.title, ""}
			terms := []string{"Harbour authority", "Dredging", "Berth", "Quay wall", "Tidal range", "Breakwater", "Pilotage"}
			for i, p := range s.paras {
				out = append(out, terms[i%len(terms)], p, "")
			}
			return out
		}},
		// Minutes of a meeting over several days: each day a heading with
		// its date.
		{name: "held-minutes-days", render: func(s story, r *rand.Rand) []string {
			out := []string{"Minutes: " + s.title, ""}
			d := randDate(r)
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Day %d", i+1), d.AddDate(0, 0, i).Format("Monday, 2 January 2006"), "", p, "")
			}
			return out
		}},
	}
}

// thirtyFirstHeldOut is the thirty-first held-out set (written on
// 2026-12-07, layouts copied from Slovak, Croatian, Lithuanian, Latvian,
// Bulgarian, German, Italian, French, Hong Kong, Japanese and Korean news
// sites and an English-language aggregator), tuned since.
func thirtyFirstHeldOut() []family {
	return []family{
		// Slovak daily: the day and month as numbers with spaced full
		// stops, then "o" and the time.
		{name: "held-sk-spaced-numeric-o", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d. %d. %d o %s", d.Day(), int(d.Month()), d.Year(), d.Format("15:04")), ""}
			}},
		// Croatian portal: a label, the date closed by a full stop, "u"
		// and the time.
		{name: "held-hr-objavljeno-u", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Objavljeno: " + d.Format("02.01.2006.") + " u " + d.Format("15:04"), ""}
			}},
		// Lithuanian portal: the year with "m.", the month in the
		// genitive, the day with "d." and the time.
		{name: "held-lt-m-d", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				men := []string{"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d m. %s %d d. %s", d.Year(), men, d.Day(), d.Format("15:04")), ""}
			}},
		// Latvian portal: the year, "gada", the day with a full stop and
		// the month, a comma and the time; the author under it.
		{name: "held-lv-gada", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				men := []string{"janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d. gada %d. %s, %s", d.Year(), d.Day(), men, d.Format("15:04")), pick(r, "Jānis Bērziņš", "Anna Kalniņa", "LETA"), ""}
			}},
		// Bulgarian daily: the date with the month's name in the
		// nominative, a bar and the time.
		{name: "held-bg-month-bar-time", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mesec := []string{"януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d | %s", d.Day(), mesec, d.Year(), d.Format("15:04")), ""}
			}},
		// German news magazine: a kicker over the headline, a teaser
		// sentence, the author, and the date with a full stop in the
		// time.
		{name: "held-de-teaser-dot-clock", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "Haushaltsstreit", "Energiewende", "Nahverkehr"), h.title, pick(r, "Die Koalition ringt um einen Kompromiss.", "Was die neuen Regeln für Mieter bedeuten.", "Die Stadt will bis zum Sommer entscheiden."), "Von " + person("de", r), d.Format("02.01.2006, 15.04") + " Uhr", ""}
			}},
		// Italian regional site: a label, the date with slashes, a dash
		// and the time.
		{name: "held-it-pubblicato-il-dash", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Pubblicato il: " + d.Format("02/01/2006") + " – " + d.Format("15:04"), ""}
			}},
		// French weekly: the author, a bar, and the date with a two-digit
		// year and the time in "h".
		{name: "held-fr-par-bar-short-year", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Par " + person("fr", r) + " | Publié le " + d.Format("02/01/06") + " à " + d.Format("15h04"), ""}
			}},
		// Hong Kong daily: the date, the weekday and the time with 上午 or
		// 下午.
		{name: "held-zh-hk-weekday-shangwu", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wk := []string{"日", "一", "二", "三", "四", "五", "六"}[d.Weekday()]
				ampm := "上午"
				if d.Hour() >= 12 {
					ampm = "下午"
				}
				return []string{h.title, fmt.Sprintf("%d年%d月%d日 星期%s %s%s", d.Year(), int(d.Month()), d.Day(), wk, ampm, d.Format("3:04")), ""}
			}},
		// Japanese broadcaster: the month and day without the year, and
		// the time in 時 and 分.
		{name: "held-ja-ji-fun-no-year", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d月%d日 %d時%d分", int(d.Month()), d.Day(), d.Hour(), d.Minute()), ""}
			}},
		// Korean daily: the posting label and the date in 년 월 일 with
		// the time in 시 and 분.
		{name: "held-ko-nyeon-si-bun", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("기사입력 %d년 %d월 %d일 %d시 %d분", d.Year(), int(d.Month()), d.Day(), d.Hour(), d.Minute()), ""}
			}},
		// English-language aggregator: the outlet, the abbreviated weekday
		// and date with "at" and a GMT offset, and the reading time.
		{name: "held-en-outlet-at-gmt-offset", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, outlet("en", r), d.Format("Mon, January 2, 2006 at 3:04 PM") + pick(r, " GMT+1", " GMT-4", " GMT"), fmt.Sprintf("%d min read", 2+r.IntN(9)), ""}
			}},
	}
}

// thirtyFirstHeldOutWhole are the thirty-first set's files that must
// stay whole.
func thirtyFirstHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A podcast's transcript: every turn opens with its timestamp
		// and the speaker.
		{name: "held-podcast-stamps", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "Episode transcript", ""}
			sec := 0
			for _, p := range s.paras {
				sec += 20 + r.IntN(200)
				out = append(out, fmt.Sprintf("[%02d:%02d:%02d] %s:", sec/3600, sec/60%60, sec%60, pick(r, "Host", "Guest")), p, "")
			}
			return out
		}},
		// An exam paper: its front matter, then each question's heading
		// and marks over its text.
		{name: "held-exam-questions", render: func(s story, r *rand.Rand) []string {
			out := []string{"Paper 2: " + s.title, randDate(r).Format("Monday 2 January 2006") + ", morning", "Time allowed: 2 hours", ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Question %d (%d marks)", i+1, 5*(1+r.IntN(4))), p, "")
			}
			return out
		}},
	}
}

// thirtySecondHeldOut is the thirty-second held-out set (written on
// 2026-12-07, layouts copied from English, French, Italian, Dutch,
// Indonesian, Chinese, Greek, Finnish, Turkish, Korean, Spanish and Swiss
// German news sites), tuned since.
func thirtySecondHeldOut() []family {
	return []family{
		// English press review: the outlet in brackets after the
		// headline, no date.
		{name: "held-title-outlet-brackets", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + " (" + outlet("en", r) + ")", ""}
			}},
		// French regional daily: the outlet and the author with the
		// surname in capitals, then the date, on one line.
		{name: "held-fr-outlet-author-caps-publie", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, outlet("fr", r) + " " + pick(r, firstNames["fr"]...) + " " + strings.ToUpper(pick(r, lastNames["fr"]...)) + ". Publié le " + d.Format("02/01/2006") + " à " + d.Format("15h04"), ""}
			}},
		// Italian daily: the date in capitals with "alle" and the time.
		{name: "held-it-caps-alle", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mese := []string{"GENNAIO", "FEBBRAIO", "MARZO", "APRILE", "MAGGIO", "GIUGNO", "LUGLIO", "AGOSTO", "SETTEMBRE", "OTTOBRE", "NOVEMBRE", "DICEMBRE"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d ALLE %s", d.Day(), mese, d.Year(), d.Format("15:04")), ""}
			}},
		// Dutch broadcaster: an abbreviated month ("mrt"), "om" and the
		// time, then the update on its own line.
		{name: "held-nl-mrt-om-aangepast", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mnd := []string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d om %s", d.Day(), mnd, d.Year(), d.Format("15:04")), "Aangepast " + d.Add(time.Hour).Format("15:04"), ""}
			}},
		// Indonesian portal: the site's domain, a dash, the date and the
		// time with WIB.
		{name: "held-id-domain-dash-date", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, "Kompas.com", "Detik.com", "Tempo.co") + " - " + d.Format("02/01/2006, 15:04") + " WIB", ""}
			}},
		// Chinese financial portal: the timestamp and the outlet after it
		// without a label.
		{name: "held-zh-date-outlet-unlabelled", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d年%02d月%02d日 %s %s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04"), outlet("zh", r)), ""}
			}},
		// Greek daily: the numeric date, a bullet and the time.
		{name: "held-el-date-bullet-time", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("02.01.2006") + " • " + d.Format("15:04"), ""}
			}},
		// Finnish broadcaster: the day and month without leading zeros,
		// the time, and the update after a bar.
		{name: "held-fi-paivitetty", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d.%d.%d %s | Päivitetty %s", d.Day(), int(d.Month()), d.Year(), d.Format("15:04"), d.Add(2*time.Hour).Format("15:04")), ""}
			}},
		// Turkish daily: the date and time with a dash, then the update
		// label and its date and time after a bar.
		{name: "held-tr-guncelleme", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				u := d.Add(45 * time.Minute)
				return []string{h.title, d.Format("02.01.2006 - 15:04") + " | Güncelleme: " + u.Format("02.01.2006 - 15:04"), ""}
			}},
		// Korean daily: the input and update labels with a full stop after
		// the day, on one line.
		{name: "held-ko-dot-after-day", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "입력 " + d.Format("2006.01.02. 15:04") + " | 업데이트 " + d.Add(time.Hour).Format("2006.01.02. 15:04"), ""}
			}},
		// Argentine daily: the date in words, a middle dot and the time,
		// the author under it.
		{name: "held-es-dot-time-author", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d de %s de %d · %s", d.Day(), monthsES[d.Month()-1], d.Year(), d.Format("15:04")), person("es", r), ""}
			}},
		// Swiss German daily: the place in capitals opening the first
		// paragraph, and a date line with "Uhr" over it.
		{name: "held-de-ch-date-place-lead", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("02.01.2006, 15:04") + " Uhr", ""}
			},
			lead: func(h header, r *rand.Rand) string {
				return pick(r, "ZÜRICH", "BERN", "BASEL") + " – "
			}},
	}
}

// thirtySecondHeldOutWhole are the thirty-second set's files that must
// stay whole.
func thirtySecondHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A live blog: one article whose entries each open with the time
		// and a short heading.
		{name: "held-live-blog", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title + " – live", d.Format("Mon 2 Jan 2006 15.04 MST"), ""}
			for _, p := range s.paras {
				d = d.Add(time.Duration(5+r.IntN(40)) * time.Minute)
				out = append(out, d.Format("15.04 MST"), pick(r, "Minister responds", "What we know so far", "Opposition reacts", "Markets open lower"), p, "")
			}
			return out
		}},
		// A book excerpt: each chapter's heading over an epigraph and its
		// attribution with a year.
		{name: "held-epigraph-chapters", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Chapter %d", i+1), "", "“"+pick(r, "Call me Ishmael.", "It was the best of times.", "All happy families are alike.")+"”", "— "+pick(r, "Herman Melville, 1851", "Charles Dickens, 1859", "Leo Tolstoy, 1877"), "", p, "")
			}
			return out
		}},
	}
}

// thirtyThirdHeldOut is the thirty-third held-out set (written on
// 2026-12-07, the forms text takes on its way into a collection: scraped
// records, CSV rows, forum markup, HTML left in, tab-separated fields,
// channel emoji, quoted and bracketed headlines, trailers, rubrics,
// hashtags), tuned since.
func thirtyThirdHeldOut() []family {
	return []family{
		// A scraped dataset written out as text: the headline, then the
		// record's fields with snake-case keys.
		{name: "held-snake-case-fields", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "published_at: " + d.Format("2006-01-02T15:04:05+00:00"), "source_name: " + outlet("en", r), ""}
			}},
		// A spreadsheet export: the date, the outlet and the headline as
		// one CSV row over the text.
		{name: "held-csv-row-header", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("%s,\"%s\",\"%s\"", randDate(r).Format("2006-01-02"), outlet("en", r), strings.ReplaceAll(h.title, "\"", "'")), ""}
			}},
		// A forum's posts with their BBCode left in: the headline in bold,
		// the posting line in italics.
		{name: "held-bbcode-forum", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"[b]" + h.title + "[/b]", "[i]Posted on " + randDate(r).Format("02/01/2006") + " by " + pick(r, "harbourwatch", "newsfan", "ledger_reader") + "[/i]", ""}
			}},
		// A page's text with its HTML tags left in.
		{name: "held-html-remnants", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"<h2>" + h.title + "</h2>", `<p class="date">` + d.Format("2 January 2006") + "</p>", ""}
			}},
		// A database's rows pasted as text: the headline, the outlet and
		// the date separated by tabs.
		{name: "held-tab-fields", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + "\t" + outlet("en", r) + "\t" + randDate(r).Format("02/01/2006"), ""}
			}},
		// A messaging channel's export: emoji before the headline and the
		// date, the channel's handle after the text.
		{name: "held-channel-emoji", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"📰 " + h.title, "🕒 " + randDate(r).Format("02.01.2006 15:04"), ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "👉 @" + pick(r, "harbournews", "ledgerdaily", "metrodesk")}
			}},
		// Russian aggregator: the headline in guillemets, then a dash, the
		// outlet and the date.
		{name: "held-ru-guillemet-title-dash-source", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"«" + h.title + "»", "— " + outlet("ru", r) + ", " + randDate(r).Format("02.01.2006"), ""}
			}},
		// A digest of teasers: the headline alone, the text, and a "Read
		// more" link line closing it.
		{name: "held-read-more-trailer", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", pick(r, "Read more »", "Continue reading →", "Read the full story")}
			}},
		// Chinese portal: the headline in 【】 brackets over the date.
		{name: "held-zh-lenticular-title", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"【" + h.title + "】", randDate(r).Format("2006-01-02"), ""}
			}},
		// Japanese aggregator: the outlet in full-width brackets after the
		// headline, no date.
		{name: "held-ja-title-paren-outlet", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + "（" + outlet("ja", r) + "）", ""}
			}},
		// German portal: the date and the rubric over the headline.
		{name: "held-de-date-rubric-over-title", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{randDate(r).Format("02.01.2006") + " | " + pick(r, "Politik", "Wirtschaft", "Kultur", "Sport"), h.title, ""}
			}},
		// Spanish site: the headline, the date, and a line of hashtags
		// before the text.
		{name: "held-es-hashtags", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d de %s de %d", d.Day(), monthsES[d.Month()-1], d.Year()), pick(r, "#Economía #Madrid", "#Política", "#Sociedad #Lima #Perú"), ""}
			}},
	}
}

// thirtyThirdHeldOutWhole are the thirty-third set's files that must
// stay whole.
func thirtyThirdHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A song's lyrics: each part under its label in brackets.
		{name: "held-lyrics-parts", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "Words and music: " + person("en", r), ""}
			for i, p := range s.paras {
				label := fmt.Sprintf("[Verse %d]", i/2+1)
				if i%2 == 1 {
					label = "[Chorus]"
				}
				out = append(out, label, p, "")
			}
			return out
		}},
		// A match report's live commentary: each entry a minute mark, a
		// short event and the text.
		{name: "held-match-minutes", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, randDate(r).Format("Monday 2 January 2006") + ", kick-off 15:00", ""}
			m := 0
			for _, p := range s.paras {
				m += 1 + r.IntN(12)
				out = append(out, fmt.Sprintf("%d'", min(m, 90)), pick(r, "Goal!", "Yellow card", "Substitution", "Chance"), p, "")
			}
			return out
		}},
	}
}

// thirtyFourthHeldOut is the thirty-fourth held-out set (written on
// 2026-12-07, the formats researchers keep articles in and Brazilian,
// Chinese, Japanese and Spanish sites' header lines), tuned since.
func thirtyFourthHeldOut() []family {
	return []family{
		// Org-mode notes: a starred heading, then a properties drawer.
		{name: "held-org-properties", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"* " + h.title, "  :PROPERTIES:", "  :DATE: [" + d.Format("2006-01-02 Mon 15:04") + "]", "  :SOURCE: " + outlet("en", r), "  :END:", ""}
			}},
		// AsciiDoc: a level-one title and the document's attributes.
		{name: "held-asciidoc-attrs", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"== " + h.title, ":author: " + person("en", r), ":revdate: " + randDate(r).Format("2006-01-02"), ""}
			}},
		// LaTeX: a section per article, the outlet and date in italics.
		{name: "held-latex-section", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{`\section{` + h.title + "}", `\textit{` + outlet("en", r) + ", " + randDate(r).Format("2 January 2006") + "}", ""}
			}},
		// An mbox file of newsletters: the "From " line, then the headers.
		{name: "held-mbox-messages", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"From news@ledger.example " + d.Format("Mon Jan _2 15:04:05 2006"), "From: " + outlet("en", r) + " <news@ledger.example>", "Subject: " + h.title, "Date: " + d.Format("Mon, 2 Jan 2006 15:04:05 -0700"), ""}
			}},
		// A press-clipping service: the headline, then its fields on one
		// line between bars.
		{name: "held-clipping-service-bars", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("Source: %s | Date: %s | Page: %d | Circulation: %d,%03d", outlet("en", r), randDate(r).Format("02.01.2006"), 1+r.IntN(40), 10+r.IntN(300), r.IntN(1000)), ""}
			}},
		// RIS records from a reference manager: two-letter tags, the
		// abstract opening the text, an end-of-record tag.
		{name: "held-ris-records", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"TY  - NEWS", "TI  - " + h.title, "T2  - " + outlet("en", r), "DA  - " + randDate(r).Format("2006/01/02"), ""}
			},
			lead: func(h header, r *rand.Rand) string { return "AB  - " },
			tail: func(h header, r *rand.Rand) []string { return []string{"", "ER  - "} }},
		// RSS items saved as text: the title and date elements, the
		// description's text, the closing tags.
		{name: "held-rss-items", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"<item>", "<title>" + h.title + "</title>", "<pubDate>" + randDate(r).Format(time.RFC1123) + "</pubDate>", "<description>"}
			},
			tail: func(h header, r *rand.Rand) []string { return []string{"</description>", "</item>"} }},
		// An e-reader's clippings file: the title and the author in
		// brackets, the highlight's line, the text, a rule of equals signs.
		{name: "held-ereader-clippings", separator: func(r *rand.Rand) []string { return []string{"=========="} },
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				loc := 100 + r.IntN(4000)
				return []string{h.title + " (" + person("en", r) + ")", fmt.Sprintf("- Your Highlight on page %d | Location %d-%d | Added on %s", 1+r.IntN(300), loc, loc+3+r.IntN(9), d.Format("Monday, January 2, 2006 3:04:05 PM")), ""}
			}},
		// Brazilian portal: "Publicado em", the date, a dash, the time,
		// and the author after "Por".
		{name: "held-pt-publicado-em-por", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Publicado em " + d.Format("02/01/2006 - 15:04") + " Por " + pick(r, "Ana Souza", "João Lima", "Carla Mendes"), ""}
			}},
		// Chinese government portal: the fields on one line with
		// full-width spaces, print and close buttons in brackets under it.
		{name: "held-zh-fullwidth-fields-buttons", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "发布时间：" + randDate(r).Format("2006-01-02 15:04") + "　来源：" + outlet("zh", r) + "　作者：" + person("zh", r), "【打印】【关闭】", ""}
			}},
		// Japanese blog: the posting and last-updated dates with dots,
		// labelled, on one line.
		{name: "held-ja-toukou-koushin-dots", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "投稿日：" + d.Format("2006.01.02") + "　最終更新日：" + d.AddDate(0, 0, 1+r.IntN(20)).Format("2006.01.02"), ""}
			}},
		// Spanish regional daily: "Publicado el", the date, "a las" and
		// the time with "horas".
		{name: "held-es-a-las-horas", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Publicado el " + d.Format("02/01/2006") + " a las " + d.Format("15:04") + " horas", ""}
			}},
	}
}

// thirtyFourthHeldOutWhole are the thirty-fourth set's files that must
// stay whole.
func thirtyFourthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A court filing: the caption, numbered sections, and a dated
		// signature block with "By:" at the end.
		{name: "held-legal-filing", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"IN THE DISTRICT COURT OF HARBOUR COUNTY", "", s.title, "MOTION TO DISMISS", ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("%d. %s", i+1, p), "")
			}
			return append(out, "Dated: "+d.Format("January 2, 2006"), "", "By: /s/ "+person("en", r), "Counsel for the Defendant")
		}},
		// A grant proposal: its cover fields, then numbered sections.
		{name: "held-grant-proposal", render: func(s story, r *rand.Rand) []string {
			out := []string{"Proposal: " + s.title, "Principal investigator: Dr " + person("en", r), "Submitted: " + randDate(r).Format("2 January 2006"), ""}
			secs := []string{"Background", "Aims", "Methods", "Expected outcomes", "Budget", "Timeline"}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("%d. %s", i+1, secs[i%len(secs)]), "", p, "")
			}
			return out
		}},
	}
}

// thirtyFifthHeldOut is the thirty-fifth held-out set (written on
// 2026-12-07, date lines in languages the tables do not hold and dates at
// the foot), tuned since.
func thirtyFifthHeldOut() []family {
	return []family{
		// Tamil daily: the month's name first, the day, a comma, the year,
		// the time and IST.
		{name: "held-ta-month-first-ist", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s %d, %d %s IST", m, d.Day(), d.Year(), d.Format("15:04")), ""}
			}},
		// Georgian portal: the day, the month and the year, no time, and
		// the author under it.
		{name: "held-ka-date-author", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s, %d", d.Day(), m, d.Year()), pick(r, "ნინო ბერიძე", "გიორგი კაპანაძე"), ""}
			}},
		// Mongolian site: the year with "оны", the month's number with
		// "сарын", the day, and the time.
		{name: "held-mn-ony-saryn", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d оны %d сарын %d, %s", d.Year(), int(d.Month()), d.Day(), d.Format("15:04")), ""}
			}},
		// Kazakh agency: the day, the month, the year and the time after a
		// bar.
		{name: "held-kk-bar-time", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d | %s", d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Armenian agency: the month first, the day, the year and the
		// time.
		{name: "held-hy-month-first", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"Հունվար", "Փետրվար", "Մարտ", "Ապրիլ", "Մայիս", "Հունիս", "Հուլիս", "Օգոստոս", "Սեպտեմբեր", "Հոկտեմբեր", "Նոյեմբեր", "Դեկտեմբեր"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s %d, %d %s", m, d.Day(), d.Year(), d.Format("15:04")), ""}
			}},
		// Estonian daily: the day with a full stop, the month, the year, a
		// comma and the time; the author before it.
		{name: "held-et-author-date", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"}[d.Month()-1]
				return []string{h.title, pick(r, "Mari Tamm", "Jaan Kask"), fmt.Sprintf("%d. %s %d, %s", d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Albanian portal: the day, the capitalised month, the year and
		// the time after a comma.
		{name: "held-sq-capital-month", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"Janar", "Shkurt", "Mars", "Prill", "Maj", "Qershor", "Korrik", "Gusht", "Shtator", "Tetor", "Nëntor", "Dhjetor"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d, %s", d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Macedonian daily: the day, the month, the year, a dash and the
		// time.
		{name: "held-mk-dash-time", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври", "ноември", "декември"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d - %s", d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Azerbaijani agency: the time first, then the date with the month
		// in lower case.
		{name: "held-az-time-first", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s, %d %s %d", d.Format("15:04"), d.Day(), m, d.Year()), ""}
			}},
		// Icelandic site: the author and the date with "kl." on one line
		// after a bar.
		{name: "held-is-author-bar-kl", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s | %d. %s %d kl. %s", pick(r, "Jón Jónsson", "Anna Sigurðardóttir"), d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Swahili daily: the weekday, the day, the month with "Machi"
		// style names and the year.
		{name: "held-sw-weekday-day-month", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"}[d.Month()-1]
				wk := []string{"Jumapili", "Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%s, %d %s %d", wk, d.Day(), m, d.Year()), ""}
			}},
		// English site that dates its stories at their foot: the headline
		// alone above, "Published" and the date under the text.
		{name: "held-date-at-foot", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} },
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "Published " + randDate(r).Format("2 January 2006")}
			}},
	}
}

// thirtyFifthHeldOutWhole are the thirty-fifth set's files that must
// stay whole.
func thirtyFifthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A press conference's transcript: each question opens with the
		// reporter's outlet in brackets, each answer with "A:".
		{name: "held-press-conference-qa", render: func(s story, r *rand.Rand) []string {
			out := []string{"Press conference: " + s.title, randDate(r).Format("2 January 2006, 15:04"), ""}
			for i, p := range s.paras {
				if i%2 == 0 {
					out = append(out, "Q ("+outlet("en", r)+"):", p, "")
				} else {
					out = append(out, "A:", p, "")
				}
			}
			return out
		}},
		// Parliamentary record: each speech under the member's name and
		// seat, times of day between them.
		{name: "held-hansard-speakers", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Harbour Bill: " + s.title, d.Format("Monday 2 January 2006"), ""}
			for _, p := range s.paras {
				d = d.Add(time.Duration(3+r.IntN(20)) * time.Minute)
				out = append(out, d.Format("3.04 pm"), "", person("en", r)+" ("+pick(r, "Harbour East", "North Quay", "Valley West")+"):", p, "")
			}
			return out
		}},
	}
}

// thirtySixthHeldOut is the thirty-sixth held-out set (written on
// 2026-12-07, wire leads, Korean, German, Hebrew, Arabic and Vietnamese
// forms, social and newsletter platforms, CJK digests of bare headlines),
// tuned since.
func thirtySixthHeldOut() []family {
	return []family{
		// Korean portal: the section in brackets before the headline, the
		// date with dots and the time under it.
		{name: "held-ko-bracket-section-title", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"[" + pick(r, "경제", "정치", "사회", "국제") + "] " + h.title, randDate(r).Format("2006.01.02 15:04"), ""}
			}},
		// English tabloid: a capitals kicker and a colon opening the
		// headline, the author with a role, the date and time after a bar.
		{name: "held-kicker-colon-role-byline", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "EXCLUSIVE", "REVEALED", "BREAKING") + ": " + h.title, "By " + person("en", r) + ", " + pick(r, "Senior Reporter", "Political Editor", "Chief Correspondent"), d.Format("Jan 2, 2006 | 3:04 PM"), ""}
			}},
		// A forum's export: the community, the poster and the age on one
		// line between bullets, over the headline.
		{name: "held-forum-community-line", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("r/%s • Posted by u/%s • %dh", pick(r, "worldnews", "europe", "economics"), pick(r, "newsfan", "harbourwatch", "ledger_reader"), 1+r.IntN(23)), h.title, ""}
			}},
		// A newsletter platform's page: the headline, the subtitle, the
		// author, the date, and the buttons each on a line.
		{name: "held-newsletter-platform-buttons", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "What the council decided, and what comes next", "Notes from a long week at the port", "The numbers behind the new budget"), person("en", r), randDate(r).Format("Jan 2, 2006"), fmt.Sprintf("%d", 1+r.IntN(80)), "Share", ""}
			}},
		// German regional site: the place and the date in brackets after
		// the headline.
		{name: "held-de-title-place-date-brackets", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + " (" + pick(r, "Berlin", "Hamburg", "München") + ", " + randDate(r).Format("02.01.2006") + ")", ""}
			}},
		// American wire: the date and the agency in brackets opening the
		// text, two hyphens after them.
		{name: "held-upi-date-lead", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} },
			lead: func(h header, r *rand.Rand) string {
				return randDate(r).Format("Jan. 2") + " (UPI) -- "
			}},
		// Chinese agency's English service: the place in capitals, the
		// date and the agency in brackets, two hyphens.
		{name: "held-xinhua-english-lead", separator: blankSep,
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} },
			lead: func(h header, r *rand.Rand) string {
				return pick(r, "BEIJING", "SHANGHAI", "NAIROBI") + ", " + randDate(r).Format("January 2") + " (Xinhua) -- "
			}},
		// Japanese digest: bare headlines over their text, articles set
		// apart by a rule.
		{name: "held-ja-bare-digest-rules", lang: "ja", separator: func(r *rand.Rand) []string { return []string{"", "―――――", ""} },
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} }},
		// Chinese digest: bare headlines over their text, two blank lines
		// between articles.
		{name: "held-zh-bare-digest-blanks", lang: "zh", separator: func(r *rand.Rand) []string { return []string{"", "", ""} },
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} }},
		// Arabic site: the outlet, a bar and the headline on one line, the
		// date under it.
		{name: "held-ar-outlet-bar-title", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				shahr := []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}[d.Month()-1]
				return []string{pick(r, "رويترز", "الجزيرة", "العربية") + " | " + h.title, fmt.Sprintf("%d %s %d", d.Day(), shahr, d.Year()), ""}
			}},
		// Hebrew site: the time and the date with dots over the headline.
		{name: "held-he-time-date-over-title", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{d.Format("15:04 02.01.06"), h.title, pick(r, "מאת ", "") + pick(r, "דנה כהן", "יוסי לוי"), ""}
			}},
		// Vietnamese aggregator: the headline and date, and the source in
		// brackets closing the text.
		{name: "held-vi-theo-source-trailer", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("02/01/2006 15:04"), ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "(Theo " + pick(r, "VnExpress", "Tuổi Trẻ", "Thanh Niên") + ")"}
			}},
	}
}

// thirtySixthHeldOutWhole are the thirty-sixth set's files that must
// stay whole.
func thirtySixthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A reading list: each entry's title and author over a short note,
		// one long document of recommendations.
		{name: "held-reading-list-notes", render: func(s story, r *rand.Rand) []string {
			out := []string{"Reading list: " + s.title, "Compiled by " + person("en", r), ""}
			books := []string{"Moby-Dick", "Bleak House", "Middlemarch", "The Jungle", "Walden"}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("%s (%d)", books[i%len(books)], 1850+r.IntN(60)), p, "")
			}
			return out
		}},
		// A translator's notes: each numbered note quoting the passage in
		// guillemets, then the comment.
		{name: "held-translator-notes", render: func(s story, r *rand.Rand) []string {
			out := []string{"Translator's notes to " + s.title, ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Note %d, page %d", i+1, 3+r.IntN(300)), p, "")
			}
			return out
		}},
	}
}

// thirtySeventhHeldOut is the thirty-seventh held-out set (written on
// 2026-12-07, press-release wires' leads, a podcast's episodes,
// Taiwanese, Dutch, Japanese, Romanian, Polish and Arabic date lines, an
// opinion page, a capitals digest), moved to the tuned families unchanged.
func thirtySeventhHeldOut() []family {
	return []family{
		// Business press-release wire: the place, the wire's name between
		// double hyphens, and the text straight after.
		{name: "held-businesswire-lead", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} },
			lead: func(h header, r *rand.Rand) string {
				return pick(r, "SAN FRANCISCO", "NEW YORK", "BOSTON") + "--(BUSINESS WIRE)--"
			}},
		// Press-release wire: the place, the state, the date and the
		// wire's name between slashes, two hyphens.
		{name: "held-prnewswire-lead", separator: blankSep,
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} },
			lead: func(h header, r *rand.Rand) string {
				return pick(r, "AUSTIN, Texas", "DENVER, Colo.", "TORONTO") + ", " + randDate(r).Format("Jan. 2, 2006") + " /PRNewswire/ -- "
			}},
		// Another release wire: the place and the date, the wire's name in
		// brackets in capitals, two hyphens.
		{name: "held-globenewswire-lead", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} },
			lead: func(h header, r *rand.Rand) string {
				return pick(r, "OSLO, Norway", "DUBLIN, Ireland", "MIAMI") + ", " + randDate(r).Format("January 2, 2006") + " (GLOBE NEWSWIRE) -- "
			}},
		// A podcast's episode list: the number and title, then the date
		// and the length after a bullet.
		{name: "held-podcast-episode-length", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("Episode %d: %s", 1+r.IntN(300), h.title), fmt.Sprintf("%s • %d min", randDate(r).Format("Jan 2, 2006"), 20+r.IntN(70)), ""}
			}},
		// Taiwanese agency: the date with slashes and the time, then the
		// agency's name without a label.
		{name: "held-zh-tw-slash-date-agency", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("2006/01/02 15:04") + " " + pick(r, "中央社", "聯合報", "自由時報")}
			}},
		// Dutch regional site: the weekday in two letters, the day, the
		// abbreviated month, the year and the time.
		{name: "held-nl-two-letter-weekday", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"zo", "ma", "di", "wo", "do", "vr", "za"}[d.Weekday()]
				mnd := []string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s %d %s %d %s", wd, d.Day(), mnd, d.Year(), d.Format("15:04")), ""}
			}},
		// Japanese paper: the date with the weekday in brackets and the
		// time in 時 and 分.
		{name: "held-ja-weekday-ji-fun", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%d年%d月%d日(%s) %d時%02d分", d.Year(), int(d.Month()), d.Day(), wd, d.Hour(), d.Minute()), ""}
			}},
		// Romanian portal: the numeric date, a bullet and the time, and
		// the author under it.
		{name: "held-ro-bullet-time-author", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("02.01.2006") + " • " + d.Format("15:04"), "de " + pick(r, "Ion Popescu", "Maria Ionescu"), ""}
			}},
		// Polish daily: the author, then the date with the month in the
		// genitive and the time after a comma.
		{name: "held-pl-author-genitive-date", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"}[d.Month()-1]
				return []string{h.title, pick(r, "Anna Kowalska", "Piotr Nowak"), fmt.Sprintf("%d %s %d, %s", d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Arabic religious-affairs site: a Hijri date alone, no Gregorian
		// one.
		{name: "held-ar-hijri-only", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				hijri := []string{"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"}
				return []string{h.title, fmt.Sprintf("%d %s %d هـ", 1+r.IntN(29), pick(r, hijri...), 1440+r.IntN(7)), ""}
			}},
		// English opinion page: the section, the headline, the standfirst,
		// the author and the date with a full stop in the time.
		{name: "held-opinion-standfirst", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"Opinion", h.title, pick(r, "The council has a chance to get the harbour right. It should take it.", "Nobody wins from another year of delay.", "The numbers tell a different story."), person("en", r), d.Format("Mon 2 Jan 2006 15.04 MST"), ""}
			}},
		// A digest of headlines in capitals over their text, no dates.
		{name: "held-caps-bare-digest", separator: blankSep,
			head: func(h header, r *rand.Rand) []string { return []string{strings.ToUpper(h.title), ""} }},
	}
}

// thirtySeventhHeldOutWhole are the thirty-seventh set's files that
// must stay whole.
func thirtySeventhHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// An earnings call's transcript: each speaker's name and role on a
		// line, then the remarks.
		{name: "held-earnings-call", render: func(s story, r *rand.Rand) []string {
			out := []string{"Harbour Holdings Q" + fmt.Sprint(1+r.IntN(4)) + " earnings call: " + s.title, randDate(r).Format("January 2, 2006"), ""}
			for i, p := range s.paras {
				if i == 0 {
					out = append(out, "Operator", p, "")
					continue
				}
				out = append(out, person("en", r)+" — "+pick(r, "Chief Executive Officer", "Chief Financial Officer", "Analyst, Metro Capital"), p, "")
			}
			return out
		}},
		// A notice of tenders: each lot's heading, deadline and text.
		{name: "held-tender-lots", render: func(s story, r *rand.Rand) []string {
			out := []string{"Notice of tenders: " + s.title, ""}
			d := randDate(r)
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Lot %d", i+1), "Deadline: "+d.AddDate(0, 0, 7*i).Format("2 January 2006"), p, "")
			}
			return out
		}},
	}
}

// thirtyEighthHeldOut is the thirty-eighth held-out set (written on
// 2026-12-07, press offices' release labels in eleven languages), tuned
// since.
func thirtyEighthHeldOut() []family {
	return []family{
		// German company: "Pressemitteilung vom" and the date.
		{name: "held-de-pressemitteilung-vom", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"Pressemitteilung vom " + randDate(r).Format("02.01.2006"), h.title, ""}
			}},
		// French ministry: "Communiqué de presse", a dash, the date in words.
		{name: "held-fr-communique-date", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{fmt.Sprintf("Communiqué de presse – %d %s %d", d.Day(), monthsFR[d.Month()-1], d.Year()), h.title, ""}
			}},
		// Spanish agency: "Nota de prensa", a bar, the date with slashes.
		{name: "held-es-nota-de-prensa", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"Nota de prensa | " + randDate(r).Format("02/01/2006"), h.title, ""}
			}},
		// Russian ministry: "Пресс-релиз от" and the date with dots.
		{name: "held-ru-press-reliz-ot", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"Пресс-релиз от " + randDate(r).Format("02.01.2006"), h.title, ""}
			}},
		// Italian region: "Comunicato stampa del" and the date.
		{name: "held-it-comunicato-del", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"Comunicato stampa del " + randDate(r).Format("02/01/2006"), h.title, ""}
			}},
		// Portuguese company: "Comunicado de imprensa", a comma, the date
		// in words.
		{name: "held-pt-comunicado-imprensa", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mes := []string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}[d.Month()-1]
				return []string{fmt.Sprintf("Comunicado de imprensa, %d de %s de %d", d.Day(), mes, d.Year()), h.title, ""}
			}},
		// Japanese ministry: 報道発表資料 and the date.
		{name: "held-ja-houdou-happyou", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{fmt.Sprintf("報道発表資料　%d年%d月%d日", d.Year(), int(d.Month()), d.Day()), h.title, ""}
			}},
		// Chinese bureau: 新闻发布 and the date with hyphens.
		{name: "held-zh-xinwen-fabu", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"新闻发布　" + randDate(r).Format("2006-01-02"), h.title, ""}
			}},
		// English agency: an embargo line with the time, the zone and the
		// date.
		{name: "held-embargoed-until", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"EMBARGOED UNTIL " + randDate(r).Format("15:04 MST 2 January 2006"), h.title, ""}
			}},
		// English government: "Statement", the date and the office between
		// bars.
		{name: "held-statement-date-office", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"Statement | " + randDate(r).Format("2 January 2006") + " | " + pick(r, "Ministry of Harbours", "Office of the Mayor", "Port Authority"), h.title, ""}
			}},
		// Dutch municipality: "Persbericht", the date in words.
		{name: "held-nl-persbericht", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				mnd := []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}[d.Month()-1]
				return []string{fmt.Sprintf("Persbericht %d %s %d", d.Day(), mnd, d.Year()), h.title, ""}
			}},
		// Swedish agency: "Pressmeddelande" and the ISO date.
		{name: "held-sv-pressmeddelande", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"Pressmeddelande " + randDate(r).Format("2006-01-02"), h.title, ""}
			}},
	}
}

// thirtyEighthHeldOutWhole are the thirty-eighth set's files that must
// stay whole.
func thirtyEighthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// One press release with its notes to editors, media contact and
		// end mark.
		{name: "held-release-notes-to-editors", render: func(s story, r *rand.Rand) []string {
			out := []string{"Press release " + randDate(r).Format("2 January 2006"), s.title, ""}
			for i, p := range s.paras {
				if i == len(s.paras)-1 {
					out = append(out, "Notes to editors", "")
				}
				out = append(out, p, "")
			}
			return append(out, "Media contact: "+person("en", r)+", +44 20 7946 0"+fmt.Sprint(100+r.IntN(900)), "", "###")
		}},
		// A policy brief: its series line with the month, then headed
		// sections.
		{name: "held-policy-brief", render: func(s story, r *rand.Rand) []string {
			out := []string{fmt.Sprintf("Policy brief No. %d | %s", 1+r.IntN(60), randDate(r).Format("January 2006")), s.title, ""}
			heads := []string{"Key points", "Background", "Analysis", "Recommendations", "References"}
			for i, p := range s.paras {
				out = append(out, heads[i%len(heads)], p, "")
			}
			return out
		}},
	}
}

// thirtyNinthHeldOut is the thirty-ninth held-out set (written on
// 2026-12-07, regional and local sites' header lines in unusual orders in
// six languages), moved to the tuned families unchanged for.
func thirtyNinthHeldOut() []family {
	return []family{
		// Local site: the date, the outlet, the headline and the author,
		// each on its line.
		{name: "held-date-outlet-title-author", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{randDate(r).Format("2 January 2006"), outlet("en", r), h.title, person("en", r), ""}
			}},
		// Columnist's page: the author over the headline, the date under
		// it.
		{name: "held-author-over-title-date", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{person("en", r), h.title, randDate(r).Format("January 2, 2006"), ""}
			}},
		// Magazine: the headline, the outlet and date after a dash, the
		// by-line, each set apart by a blank line.
		{name: "held-spaced-header-lines", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "", outlet("en", r) + " — " + randDate(r).Format("2 January 2006"), "", "By " + person("en", r), ""}
			}},
		// Blog platform: the reading time, then the date, under the
		// headline.
		{name: "held-read-time-then-date", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("%d min read", 2+r.IntN(12)), randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// German regional paper: "Von", the author, the place, a bar and
		// the date on one line.
		{name: "held-de-von-ort-bar-datum", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Von " + person("de", r) + ", " + pick(r, "Berlin", "Köln", "Leipzig") + " | " + randDate(r).Format("02.01.2006"), ""}
			}},
		// Spanish local site: "Por", the author and the date in brackets.
		{name: "held-es-por-fecha-parentesis", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Por " + person("es", r) + " (" + randDate(r).Format("02/01/2006") + ")", ""}
			}},
		// Russian regional site: the author's label, the name, a bar and
		// the date.
		{name: "held-ru-avtor-bar-data", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Автор: " + person("ru", r) + " | " + randDate(r).Format("02.01.2006"), ""}
			}},
		// Chinese local portal: the author, the source and the date,
		// labelled, in that order.
		{name: "held-zh-zuozhe-laiyuan-date", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "作者：" + person("zh", r) + "　来源：" + outlet("zh", r) + "　" + randDate(r).Format("2006-01-02"), ""}
			}},
		// Japanese local paper: the date with slashes and the author's
		// name on one line under the headline.
		{name: "held-ja-slash-date-name", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("2006/01/02") + "　" + person("ja", r), ""}
			}},
		// News site: a photo credit under the headline, then the author
		// and the date after a bar.
		{name: "held-credit-under-title-author-bar-date", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Photo: " + pick(r, "Reuters", "AP", "Getty Images"), person("en", r) + " | " + randDate(r).Format("January 2, 2006"), ""}
			}},
		// Broadcaster: "Updated", a relative time, a bar and the by-line.
		{name: "held-updated-ago-bar-by", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("Updated %d hours ago | By %s", 1+r.IntN(20), person("en", r)), ""}
			}},
		// Community paper: the headline in capitals, the date in capitals.
		{name: "held-caps-title-caps-date", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{strings.ToUpper(h.title), strings.ToUpper(randDate(r).Format("Monday, January 2, 2006")), ""}
			}},
	}
}

// thirtyNinthHeldOutWhole are the thirty-ninth set's files that must stay
// whole.
func thirtyNinthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// One article with dated updates appended and an editor's note.
		{name: "held-article-dated-updates", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "By " + person("en", r), d.Format("January 2, 2006"), ""}
			for i, p := range s.paras {
				if i > 0 && i%2 == 0 {
					d = d.AddDate(0, 0, 1)
					out = append(out, "Update, "+d.Format("January 2, 2006")+":")
				}
				out = append(out, p, "")
			}
			return append(out, "Editor's note: this article was corrected on "+d.AddDate(0, 0, 2).Format("January 2, 2006")+".")
		}},
		// A recipe: its author and date, the ingredients, the steps.
		{name: "held-recipe-dated", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "By " + person("en", r), "Published " + randDate(r).Format("2 January 2006"), "", "Ingredients", "2 cups flour", "1 tsp salt", "", "Method", ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("Step %d", i+1), p, "")
			}
			return out
		}},
	}
}

// fortiethHeldOut is the fortieth held-out set (written on 2026-12-07,
// date and header forms of text copied out of PDFs, feeds and apps, and
// Korean, Slovene, Welsh and Belarusian date lines), tuned since.
func fortiethHeldOut() []family {
	return []family{
		// Text copied out of a PDF clipping: the date set to the right
		// of the headline by a run of spaces.
		{name: "held-pdf-title-spaced-date", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + strings.Repeat(" ", 3+r.IntN(30)) + randDate(r).Format("02 Jan 2006"), ""}
			}},
		// British paper: the by-line, then the date with an ordinal day.
		{name: "held-ordinal-day-date", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				suffix := "th"
				switch d.Day() {
				case 1, 21:
					suffix = "st"
				case 2, 22:
					suffix = "nd"
				case 3, 23:
					suffix = "rd"
				}
				date := pick(r, d.Format("Monday 2")+suffix+d.Format(" January 2006"), d.Format("January 2")+suffix+d.Format(", 2006"))
				return []string{h.title, "By " + person("en", r), date, ""}
			}},
		// Feed reader export: the headline, the link's host and an ISO
		// 8601 time stamp.
		{name: "held-iso-timestamp", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, d.Format("2006-01-02T15:04:05Z"), d.Format("2006-01-02T15:04:05+01:00"), d.Format("2006-01-02T15:04:05.000Z")), ""}
			}},
		// Mail-to-text archive of newsletters: the outlet, then the RFC
		// 2822 date under the headline.
		{name: "held-rfc2822-date", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, outlet("en", r), randDate(r).Format("Mon, 02 Jan 2006 15:04:05 -0700"), ""}
			}},
		// Script log of fetched pages: the Unix date(1) stamp over the
		// headline.
		{name: "held-unix-date-over-title", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{randDate(r).Format("Mon Jan _2 15:04:05 UTC 2006"), h.title, ""}
			}},
		// App share: icons in front of the date and the author.
		{name: "held-icon-fields", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "🕒 " + randDate(r).Format("02.01.2006 15:04") + " · ✍️ " + person("en", r), ""}
			}},
		// Quote-led feature: the headline in quotation marks, a dash and
		// the date on one line.
		{name: "held-quoted-title-dash-date", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"“" + h.title + "” — " + randDate(r).Format("2 January 2006"), ""}
			}},
		// Local paper: the author's name and e-mail address, then the
		// date.
		{name: "held-byline-email-date", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				p := person("en", r)
				mail := strings.ToLower(strings.ReplaceAll(p, " ", ".")) + "@" + pick(r, "ledger.com", "couriernews.org", "valleypost.net")
				return []string{h.title, pick(r, p+" <"+mail+">", "By "+p+" ("+mail+")"), randDate(r).Format("January 2, 2006"), ""}
			}},
		// Korean portal: the input label, the dotted date, 오전 or 오후
		// and the clock.
		{name: "held-ko-ipryeok-ojeon-ohu", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				half := "오전"
				hour := d.Hour()
				if hour >= 12 {
					half, hour = "오후", hour-12
				}
				if hour == 0 {
					hour = 12
				}
				return []string{h.title, fmt.Sprintf("입력 %s %s %d:%02d", d.Format("2006.01.02."), half, hour, d.Minute()), ""}
			}},
		// Slovene site: the day, the month name, the year, "ob" and the
		// clock written with a dot.
		{name: "held-sl-ob-dot-clock", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d. %s %d ob %s", d.Day(), m, d.Year(), d.Format("15.04")), ""}
			}},
		// Welsh site: the weekday and the month in Welsh, then the
		// author.
		{name: "held-cy-dydd-date-author", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"}[d.Month()-1]
				wk := []string{"Dydd Sul", "Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn"}[d.Weekday()]
				return []string{h.title, fmt.Sprintf("%s %d %s %d", wk, d.Day(), m, d.Year()), pick(r, "Gan ", "") + pick(r, "Siân Jones", "Dafydd Evans", "Elin Roberts"), ""}
			}},
		// Belarusian site: the date with the month in Belarusian, a bar
		// and the clock, over the headline.
		{name: "held-be-date-bar-time-over-title", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"}[d.Month()-1]
				return []string{fmt.Sprintf("%d %s %d | %s", d.Day(), m, d.Year(), d.Format("15:04")), h.title, ""}
			}},
		// Portuguese (Portugal) site: "Publicado a", the date with an
		// abbreviated month and the clock with an "h".
		{name: "held-pt-publicado-a-h", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Publicado a %d %s %d, %s", d.Day(), m, d.Year(), d.Format("15h04")), ""}
			}},
	}
}

// fortiethHeldOutWhole are the fortieth set's files that must stay whole.
func fortiethHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A patent publication: its title, inventors, filing and
		// publication dates, abstract, claims and description.
		{name: "held-patent", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Inventors: " + person("en", r) + "; " + person("en", r), "Filed: " + d.Format("January 2, 2006"), "Published: " + d.AddDate(1, 6, 0).Format("January 2, 2006"), "", "Abstract", ""}
			for i, p := range s.paras {
				switch i {
				case 1:
					out = append(out, "Claims", "", "1. A method comprising the steps described herein.", "")
				case 2:
					out = append(out, "Description", "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A police blotter: one article of short entries, each under its
		// day and clock.
		{name: "held-police-blotter", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Police blotter", "By " + person("en", r), d.Format("January 2, 2006"), ""}
			for i, p := range s.paras {
				if i%2 == 0 {
					d = d.AddDate(0, 0, 1)
					out = append(out, d.Format("Monday, January 2"), "")
				}
				out = append(out, fmt.Sprintf("%d:%02d %s — %s", 1+r.IntN(12), r.IntN(60), pick(r, "a.m.", "p.m."), p), "")
			}
			return out
		}},
	}
}

// fortyFirstHeldOut is the forty-first held-out set (written on
// 2026-12-07, media-monitoring and archive headers and sites in seven
// languages), tuned since.
func fortyFirstHeldOut() []family {
	return []family{
		// Broadcast monitoring: the station, the programme, the date and
		// the time on one line under the item's title.
		{name: "held-broadcast-monitoring", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s, %s, %s, %s", pick(r, "Radio Metro", "Valley FM", "Channel 4 News"), pick(r, "Morning Show", "Drive Time", "The Late Bulletin"), d.Format("2 January 2006"), d.Format("15:04")), ""}
			}},
		// Newspaper archive OCR: the page line in capitals (paper, city,
		// weekday and date), then the headline in capitals.
		{name: "held-ocr-page-line-caps", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r).AddDate(-95, 0, 0)
				return []string{strings.ToUpper(outlet("en", r) + ", " + pick(r, "Valley City", "Port Adams", "Salem") + ", " + d.Format("Monday, January 2, 2006") + "."), strings.ToUpper(h.title), ""}
			}},
		// Research database record: labelled fields over the text, the
		// word count and accession number under it.
		{name: "held-database-record-trailer", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"Title: " + h.title, "Authors: " + person("en", r), "Source: " + outlet("en", r) + "; " + randDate(r).Format("1/2/2006") + fmt.Sprintf(", p%d", 1+r.IntN(30)), "Document Type: Article", ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", fmt.Sprintf("Full Text Word Count: %d", 300+r.IntN(1500)), fmt.Sprintf("Accession Number: %d", 10000000+r.IntN(89999999))}
			}},
		// German clipping: the paper, "vom", the date and the page over
		// the headline.
		{name: "held-de-vom-seite", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{outlet("de", r) + " vom " + randDate(r).Format("02.01.2006") + fmt.Sprintf(", S. %d", 1+r.IntN(40)), h.title, ""}
			}},
		// Spanish national paper: the place, the date with its month in
		// capitals and the time with the zone, set apart by dashes.
		{name: "held-es-place-caps-month-cet", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s - %02d %s %d - %s CET", pick(r, "Madrid", "Sevilla", "Bilbao"), d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Italian site: "Aggiornato alle", the time, "del" and the date.
		{name: "held-it-aggiornato-alle-del", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Aggiornato alle %s del %d %s %d", d.Format("15:04"), d.Day(), m, d.Year()), ""}
			}},
		// Brazilian portal: "Por", the author and the outlet, a dash, the
		// city, the date and the time with an "h", then when it was
		// updated.
		{name: "held-pt-br-por-cidade-h", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("Por %s, %s — %s %s %s Atualizado há %d horas", pick(r, "Ana Souza", "Pedro Lima"), pick(r, "g1", "O Diário"), pick(r, "São Paulo", "Recife"), d.Format("02/01/2006"), d.Format("15h04"), 1+r.IntN(9)), ""}
			}},
		// Dutch site: "Door", the author, "op", the date, "om" and the
		// time in one sentence.
		{name: "held-nl-door-op-om", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Door %s op %d %s %d om %s", pick(r, "Jan de Vries", "Eva Jansen", "Pieter Bakker"), d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// News app: the section and the age in capitals over the
		// headline.
		{name: "held-caps-section-hrs-ago", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("%s · %d %s AGO", pick(r, "WORLD", "BUSINESS", "POLITICS"), 1+r.IntN(11), pick(r, "HRS", "HOURS", "MIN")), h.title, ""}
			}},
		// Newsletter with box-drawing rules between its items.
		{name: "held-box-drawing-rules", anyLang: true,
			separator: func(r *rand.Rand) []string {
				return []string{"", strings.Repeat(pick(r, "━", "═", "─"), 20+r.IntN(30)), ""}
			},
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, outlet("en", r) + " · " + randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// Reading list: a bracketed number before each headline, the
		// outlet and date under it.
		{name: "held-bracket-numbered-items", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("[%d] %s", h.n+1, h.title), outlet("en", r) + ", " + randDate(r).Format("2 January 2006"), ""}
			}},
		// French print edition: "Paru dans", the paper, "le" and the
		// date, under the headline.
		{name: "held-fr-paru-dans-le", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Paru dans %s le %d %s %d", outlet("fr", r), d.Day(), m, d.Year()), ""}
			}},
	}
}

// fortyFirstHeldOutWhole are the forty-first set's files that must stay
// whole.
func fortyFirstHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A preprint: its title, authors, submission line with the
		// versions' dates, abstract and numbered sections.
		{name: "held-preprint-versions", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, person("en", r) + ", " + person("en", r), fmt.Sprintf("Submitted on %s (v1), last revised %s (this version, v2)", d.Format("2 Jan 2006"), d.AddDate(0, 1, 3).Format("2 Jan 2006")), "", "Abstract", ""}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, fmt.Sprintf("%d %s", i, pick(r, "Introduction", "Methods", "Results", "Discussion")), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A wiki page's text with its revision history appended: one line
		// per revision with the time, date, user and summary.
		{name: "held-wiki-revision-history", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, ""}
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			out = append(out, "Revision history", "")
			d := randDate(r)
			for i := 0; i < 3+r.IntN(5); i++ {
				d = d.Add(-time.Duration(1+r.IntN(400)) * time.Hour)
				out = append(out, fmt.Sprintf("%s, %s %s (talk) . . (%+d) . . %s", d.Format("15:04"), d.Format("2 January 2006"), pick(r, "Editor42", "Harbourfan", "Wikignome"), r.IntN(800)-200, pick(r, "copyedit", "add source", "update figures")))
			}
			return out
		}},
	}
}

// fortySecondHeldOut is the forty-second held-out set (written on
// 2026-12-07, CJK portals' headline marks and regional spellings of dates
// and times), tuned since.
func fortySecondHeldOut() []family {
	return []family{
		// Chinese portal: the headline and the outlet joined by 丨, the
		// date and time with seconds under it.
		{name: "held-zh-shu-bar-outlet", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + "丨" + outlet("zh", r), randDate(r).Format("2006-01-02 15:04:05"), ""}
			}},
		// Chinese site: the source and the date set apart by a
		// full-width bar.
		{name: "held-zh-source-fullwidth-bar-date", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "来源：" + outlet("zh", r) + "｜" + randDate(r).Format("2006-01-02"), ""}
			}},
		// Japanese aggregator: the headline in 「」, then the outlet and
		// the month, day, weekday and time without a year.
		{name: "held-ja-kagi-title-outlet-md", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wk := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{"「" + h.title + "」", fmt.Sprintf("%s %d/%d(%s) %s", outlet("ja", r), int(d.Month()), d.Day(), wk, d.Format("15:04")), ""}
			}},
		// Korean portal: an exclusive or breaking tag in brackets before
		// the headline, the dotted date and time under it.
		{name: "held-ko-dandok-bracket-title", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "[단독] ", "[속보] ", "[종합] ") + h.title, randDate(r).Format("2006.01.02 15:04"), ""}
			}},
		// Asian English paper: "PUBLISHED :" with a space before the
		// colon, the weekday, the date with a comma after the month and
		// the time in lower case.
		{name: "held-en-published-space-colon", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "PUBLISHED : " + d.Format("Monday, 2 January, 2006, 3:04pm"), ""}
			}},
		// Austrian paper: "Jänner" for January, the day with a full
		// stop and the time.
		{name: "held-de-at-jaenner", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d. %s %d, %s", d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Québec site: "Publié le", the date, "à" and the time written
		// "10 h 31".
		{name: "held-fr-ca-h-spaced", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Publié le %d %s %d à %d h %02d", d.Day(), m, d.Year(), d.Hour(), d.Minute()), ""}
			}},
		// Latin American site: the date with "de", a dash and the time
		// with "a. m." or "p. m.".
		{name: "held-es-latam-a-m-p-m", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}[d.Month()-1]
				half := "a. m."
				if d.Hour() >= 12 {
					half = "p. m."
				}
				return []string{h.title, fmt.Sprintf("%d de %s de %d - %s %s", d.Day(), m, d.Year(), d.Format("3:04"), half), ""}
			}},
		// Russian site: the date with "г." and "в" before the time,
		// then the author.
		{name: "held-ru-g-v-time-author", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d г. в %s", d.Day(), m, d.Year(), d.Format("15:04")), person("ru", r), ""}
			}},
		// Blog: the post's tags between the headline and the date.
		{name: "held-tags-between-title-date", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Tags: " + pick(r, "politics, economy", "harbour, council", "weather"), randDate(r).Format("January 2, 2006"), ""}
			}},
		// Slide-show digest: the item's counter before the headline, the
		// outlet and date under it.
		{name: "held-item-counter-title", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("(%d/%d) %s", h.n+1, h.total, h.title), outlet("en", r) + " | " + randDate(r).Format("02/01/2006"), ""}
			}},
		// Magazine: a headline ending in a colon-led deck on one line,
		// the author and the date with a bullet under it.
		{name: "held-title-colon-deck-author-bullet-date", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + ": " + pick(r, "what it means", "the story so far", "five things to know"), person("en", r) + " • " + randDate(r).Format("Jan 2, 2006"), ""}
			}},
	}
}

// fortySecondHeldOutWhole are the forty-second set's files that must
// stay whole.
func fortySecondHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A travel guide: its headline, author and date, then sections
		// under bare headings.
		{name: "held-guide-sections", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "By " + person("en", r), randDate(r).Format("January 2, 2006"), ""}
			heads := []string{"Getting there", "Where to stay", "What to see", "Eating out", "When to go"}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, heads[(i-1)%len(heads)], "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A court judgment: its title, court, date of delivery and
		// numbered paragraphs.
		{name: "held-judgment-numbered", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "In the High Court of Valley County", "Judgment delivered on " + randDate(r).Format("2 January 2006"), ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("%d. %s", i+1, p), "")
			}
			return out
		}},
	}
}

// fortyThirdHeldOut is the forty-third held-out set (written on
// 2026-12-07, user-written text: reviews, questions, mailing lists,
// forums), tuned since.
func fortyThirdHeldOut() []family {
	return []family{
		// Shop review: the stars and the review's title, then where and
		// when it was written.
		{name: "held-review-stars-reviewed-in", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				n := 1 + r.IntN(5)
				return []string{strings.Repeat("★", n) + strings.Repeat("☆", 5-n) + " " + h.title, "Reviewed in " + pick(r, "the United Kingdom", "the United States", "Canada") + " on " + randDate(r).Format("2 January 2006"), ""}
			}},
		// Q&A site: the question, then when it was asked and changed.
		{name: "held-qa-asked-at-modified", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Asked " + randDate(r).Format("Jan 2, 2006 at 15:04"), fmt.Sprintf("Modified %d days ago", 1+r.IntN(60)), ""}
			}},
		// Mailing-list archive: the list's tag before the subject, the
		// sender with "at" for "@", the Unix date.
		{name: "held-pipermail-message", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				p := person("en", r)
				return []string{"[Harbour-list] " + h.title, p + " " + strings.ToLower(strings.Fields(p)[0]) + " at example.org", randDate(r).Format("Mon Jan 2 15:04:05 MST 2006"), ""}
			}},
		// Issue tracker: the title and number, then the state, who
		// opened it and when.
		{name: "held-issue-opened-on", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("%s #%d", h.title, 100+r.IntN(9000)), fmt.Sprintf("%s · %s opened this issue on %s · %d comments", pick(r, "Open", "Closed"), pick(r, "jdoe", "harbourdev", "mkowalski"), randDate(r).Format("Jan 2, 2006"), r.IntN(40)), ""}
			}},
		// Newsletter platform: the title, the subtitle, and the author,
		// date and access label in one line.
		{name: "held-newsletter-author-date-label", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "Notes from the harbour", "What the week brought", "A letter to readers"), person("en", r) + " · " + randDate(r).Format("Jan 2, 2006") + " · " + pick(r, "Paid", "Free", "Preview"), ""}
			}},
		// Q&A site: the question, then the author and a compact age in
		// years or months.
		{name: "held-qa-compact-age-years", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("en", r) + " · " + pick(r, "Updated ", "Answered ", "") + fmt.Sprintf("%d%s", 1+r.IntN(9), pick(r, "y", "mo", "y"))}
			}},
		// Chinese Q&A site: the question, then "编辑于" and the date and
		// time.
		{name: "held-zh-bianji-yu", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("zh", r), "编辑于 " + randDate(r).Format("2006-01-02 15:04"), ""}
			}},
		// Russian blog platform: the author and the date with "в" and
		// the time on one line over the headline.
		{name: "held-ru-author-date-v-over-title", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"}[d.Month()-1]
				return []string{fmt.Sprintf("%s %d %s %d в %s", pick(r, "ivan_petrov", "olga.smirnova", "dmitry_v"), d.Day(), m, d.Year(), d.Format("15:04")), h.title, ""}
			}},
		// Japanese blog platform: the author and the date under the
		// headline, the likes under that.
		{name: "held-ja-author-date-likes", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("ja", r) + "　" + randDate(r).Format("2006年1月2日 15:04"), fmt.Sprintf("♡ %d", r.IntN(300)), ""}
			}},
		// German forum: "Beitrag von", the author, "»", the weekday,
		// the date and time.
		{name: "held-de-beitrag-von-guillemet", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wk := []string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"}[d.Weekday()]
				m := []string{"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Beitrag von %s » %s %d. %s %d, %s", person("de", r), wk, d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// French forum: "par", the author, "»", the weekday, the date
		// and time.
		{name: "held-fr-par-guillemet-date", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wk := []string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."}[d.Weekday()]
				m := []string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("par %s » %s %d %s %d %s", person("fr", r), wk, d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Spanish forum: "por", the author, "»", the weekday, the day,
		// the month and year and the time.
		{name: "held-es-por-guillemet-date", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wk := []string{"Dom", "Lun", "Mar", "Mié", "Jue", "Vie", "Sáb"}[d.Weekday()]
				m := []string{"Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("por %s » %s %d %s %d, %s", person("es", r), wk, d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
	}
}

// fortyThirdHeldOutWhole are the forty-third set's files that must stay
// whole.
func fortyThirdHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A review with the owner's dated reply under it.
		{name: "held-review-owner-reply", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"★★★★☆ " + s.title, "Reviewed in the United Kingdom on " + d.Format("2 January 2006"), ""}
			for i, p := range s.paras {
				if i == len(s.paras)-1 && i > 0 {
					out = append(out, "Response from the owner", d.AddDate(0, 0, 2).Format("2 January 2006"), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A question page: the question and its answers, each with its
		// author and the time it was given.
		{name: "held-qa-page-answers", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Asked " + d.Format("Jan 2, 2006 at 15:04"), ""}
			for i, p := range s.paras {
				if i > 0 {
					d = d.Add(time.Duration(1+r.IntN(90)) * time.Hour)
					out = append(out, fmt.Sprintf("%d Answer%s", i, map[bool]string{true: "", false: "s"}[i == 1]), "answered "+d.Format("Jan 2, 2006 at 15:04"), pick(r, "jdoe", "harbourdev", "mkowalski"), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// fortyFourthHeldOut is the forty-fourth held-out set (written on
// 2026-12-07, government and institutional sites' headers), tuned since.
func fortyFourthHeldOut() []family {
	return []family{
		// Government department: "From:" and the department, then
		// "Published" and the date.
		{name: "held-gov-from-published", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "From: " + pick(r, "Department for Transport", "Ministry of Harbours", "Valley County Council"), "Published " + randDate(r).Format("2 January 2006"), ""}
			}},
		// International body: the date and the release's document code
		// on one line.
		{name: "held-date-bar-doc-code", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{randDate(r).Format("2 January 2006") + fmt.Sprintf(" | %s/%d", pick(r, "SC", "GA", "ECOSOC"), 10000+r.IntN(9000)), h.title, ""}
			}},
		// Commission: the place and the date under the headline, no
		// agency.
		{name: "held-place-comma-date", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "Brussels", "Strasbourg", "Luxembourg") + ", " + randDate(r).Format("2 January 2006"), ""}
			}},
		// German ministry: "Datum", the date, a bar and the release
		// type.
		{name: "held-de-datum-bar-typ", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Datum " + randDate(r).Format("02.01.2006") + " | Typ: " + pick(r, "Pressemitteilung", "Meldung", "Rede"), ""}
			}},
		// French ministry: "Publié le", the numeric date, a bullet and
		// the reading time.
		{name: "held-fr-publie-le-temps-de-lecture", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Publié le " + randDate(r).Format("02/01/2006") + fmt.Sprintf(" • Temps de lecture : %d min", 1+r.IntN(9)), ""}
			}},
		// Spanish official gazette: the citation of the issue with the
		// date under the headline.
		{name: "held-es-boletin-num-de", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Publicado en «BOE» núm. %d, de %d de %s de %d", 1+r.IntN(300), d.Day(), m, d.Year()), ""}
			}},
		// Russian official site: the date with "года" and the time, then
		// the place on its own line.
		{name: "held-ru-goda-time-place", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%d %s %d года, %s", d.Day(), m, d.Year(), d.Format("15:04")), pick(r, "Москва, Кремль", "Ново-Огарёво", "Санкт-Петербург"), ""}
			}},
		// Chinese government site: the index number and the date of
		// publication, labelled, on one line.
		{name: "held-zh-suoyinhao-date", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("索引号：000014349/%d-%05d　发布日期：%s", 2019+r.IntN(7), r.IntN(99999), randDate(r).Format("2006年01月02日")), ""}
			}},
		// Japanese public office: "更新日" and the date under the
		// headline.
		{name: "held-ja-koushinbi", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "更新日：" + randDate(r).Format("2006年1月2日"), ""}
			}},
		// Press office: "For immediate release" over the headline, the
		// date and the contact under it.
		{name: "held-for-immediate-release-contact", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"For immediate release", h.title, randDate(r).Format("January 2, 2006"), "Contact: " + person("en", r) + fmt.Sprintf(", 555-0%03d", r.IntN(1000)), ""}
			}},
		// Health service page: the headline alone, the review dates as
		// the article's last line.
		{name: "held-title-last-reviewed-trailer", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"", "Page last reviewed: " + d.Format("2 January 2006") + " | Next review due: " + d.AddDate(3, 0, 0).Format("2 January 2006")}
			}},
		// City site: the headline, the department and the date with a
		// weekday, a bullet between them.
		{name: "held-department-bullet-weekday-date", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "Parks and Recreation", "Public Works", "Office of the Mayor") + " • " + randDate(r).Format("Monday, Jan. 2, 2006"), ""}
			}},
	}
}

// fortyFourthHeldOutWhole are the forty-fourth set's files that must stay
// whole.
func fortyFourthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A consultation: its title, publication and closing dates,
		// sections and numbered questions.
		{name: "held-consultation-questions", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Published " + d.Format("2 January 2006"), "Closes " + d.AddDate(0, 2, 0).Format("2 January 2006"), ""}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, fmt.Sprintf("Question %d", i), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A statistical release: its title, release dates, main points
		// and a table of figures.
		{name: "held-statistical-release", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Release date: " + d.Format("2 January 2006"), "Next release: " + d.AddDate(0, 3, 0).Format("2 January 2006"), "", "Main points", ""}
			for i, p := range s.paras {
				if i == 1 {
					out = append(out, "Figures", "")
					for q := 1; q <= 4; q++ {
						out = append(out, fmt.Sprintf("%d Q%d    %.1f%%", d.Year()-1, q, r.Float64()*3))
					}
					out = append(out, "")
				}
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// fortyFifthHeldOut is the forty-fifth held-out set (written on
// 2026-12-07, broadcast, podcast and video sites' headers), tuned since.
func fortyFifthHeldOut() []family {
	return []family{
		// Podcast feed page: the episode number, its length and the date
		// on one line under the title.
		{name: "held-podcast-episode-duration", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("Episode %d · %d min · ", 1+r.IntN(300), 5+r.IntN(80)) + randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// Video site: the view count and the date under the title.
		{name: "held-video-views-date", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("%d,%03d views · ", 1+r.IntN(900), r.IntN(1000)) + randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// Radio station: the station, the weekday and date and the time
		// of the broadcast over the headline.
		{name: "held-station-line-over-title", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r, "Radio Valley", "Harbour FM", "Channel 9 News") + " · " + d.Format("Mon 2 Jan 2006") + " · " + d.Format("15:04"), h.title, ""}
			}},
		// Television archive: the air date and the running time.
		{name: "held-aired-runtime", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Aired: " + randDate(r).Format("January 2, 2006") + fmt.Sprintf(" | Runtime: %d:%02d", 5+r.IntN(55), r.IntN(60)), ""}
			}},
		// German broadcaster: "Sendung vom", the date and the time.
		{name: "held-de-sendung-vom", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Sendung vom " + d.Format("02.01.2006, 15:04") + " Uhr", ""}
			}},
		// French broadcaster: "Diffusé le", the weekday abbreviated with a
		// full stop, the date and the hour.
		{name: "held-fr-diffuse-le", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."}[d.Weekday()]
				m := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Diffusé le %s %d %s %d à %dh%02d", wd, d.Day(), m, d.Year(), d.Hour(), d.Minute()), ""}
			}},
		// Spanish broadcaster: "Emitido el", the date, a bar and the
		// duration.
		{name: "held-es-emitido-duracion", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Emitido el " + randDate(r).Format("02/01/2006") + fmt.Sprintf(" | Duración: %d min", 5+r.IntN(80)), ""}
			}},
		// Russian broadcaster: "Эфир от", the date and the time.
		{name: "held-ru-efir-ot", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Эфир от " + randDate(r).Format("02.01.2006 15:04"), ""}
			}},
		// Chinese video site: the date and time, then the play count.
		{name: "held-zh-bofangliang", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("2006-01-02 15:04") + fmt.Sprintf(" · 播放量：%d.%d万", 1+r.IntN(99), r.IntN(10)), ""}
			}},
		// Japanese broadcaster: "放送日", the date and the weekday in
		// wide brackets.
		{name: "held-ja-housoubi-weekday", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{h.title, "放送日：" + d.Format("2006年1月2日") + "（" + wd + "）", ""}
			}},
		// Streaming catalogue: the season and episode code, a dash and
		// the date.
		{name: "held-season-episode-code", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("S%02dE%02d — ", 1+r.IntN(9), 1+r.IntN(24)) + randDate(r).Format("January 2, 2006"), ""}
			}},
		// News programme: its name in capitals and the date with a
		// two-digit year over the headline.
		{name: "held-caps-programme-short-year", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "NEWSNIGHT", "EVENING REPORT", "THE WORLD TONIGHT") + " | " + randDate(r).Format("02.01.06"), h.title, ""}
			}},
	}
}

// fortyFifthHeldOutWhole are the forty-fifth set's files that must stay
// whole.
func fortyFifthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// An episode page: its title and date, the show notes, a list of
		// chapters with their times, and when it was recorded.
		{name: "held-episode-show-notes", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Published " + d.Format("January 2, 2006"), ""}
			for i, p := range s.paras {
				if i == 1 {
					out = append(out, "Chapters", "")
					for c, m := 0, 0; c < 4; c, m = c+1, m+3+r.IntN(12) {
						out = append(out, fmt.Sprintf("%02d:%02d %s", m, r.IntN(60), pick(r, "Introduction", "The interview", "Listener questions", "What comes next")))
					}
					out = append(out, "")
				}
				out = append(out, p, "")
			}
			return append(out, "Recorded on "+d.AddDate(0, 0, -2).Format("January 2, 2006")+" at Harbour Studios", "")
		}},
		// A programme's transcript: when it was broadcast, then its parts,
		// each under a part heading and the time it started.
		{name: "held-broadcast-transcript-parts", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Broadcast: " + d.Format("2 January 2006, 15:04"), ""}
			for i, p := range s.paras {
				if i > 0 {
					d = d.Add(time.Duration(3+r.IntN(9)) * time.Minute)
					out = append(out, "PART "+[]string{"TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"}[min(i-1, 7)], "["+d.Format("15:04")+"]", "")
				}
				out = append(out, p, "")
			}
			return out
		}},
	}
}

// fortySixthHeldOut is the forty-sixth held-out set (written on
// 2026-12-07, sports, weather and markets desks' headers); nothing was
// changed for it before it moved here.
func fortySixthHeldOut() []family {
	return []family{
		// Sports desk: the final score between the two clubs and the date
		// under the headline.
		{name: "held-final-score-date", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("Final · Valley United %d–%d Harbour City · ", r.IntN(5), r.IntN(5)) + randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// Weather service: when the warning was issued and until when it
		// holds.
		{name: "held-weather-issued-valid", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Issued: " + d.Format("15:04 MST Mon 2 Jan 2006") + " | Valid until " + d.Add(12*time.Hour).Format("15:04"), ""}
			}},
		// Markets desk: the closing time, then a month-first numeric
		// date.
		{name: "held-markets-close-et", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Markets close · " + randDate(r).Format("3:04 PM") + " ET " + randDate(r).Format("01/02/2006"), ""}
			}},
		// German football site: "Anpfiff", the weekday abbreviated with a
		// full stop, the date and the time.
		{name: "held-de-anpfiff", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."}[d.Weekday()]
				return []string{h.title, "Anpfiff: " + wd + ", " + d.Format("02.01.2006, 15:04") + " Uhr", ""}
			}},
		// French sports site: the relative time of the last update only.
		{name: "held-fr-mis-a-jour-il-y-a", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("Mis à jour il y a %d %s", 2+r.IntN(20), pick(r, "minutes", "heures")), ""}
			}},
		// Spanish newspaper: the section, the place and the date between
		// middle dots.
		{name: "held-es-seccion-lugar-fecha", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "Crónica", "Deportes", "Economía") + " · " + pick(r, "Madrid", "Sevilla", "Bilbao") + " · " + randDate(r).Format("02.01.2006"), ""}
			}},
		// Russian site: "Обновлено вчера в" and the time.
		{name: "held-ru-obnovleno-vchera", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Обновлено " + pick(r, "вчера", "сегодня") + " в " + randDate(r).Format("15:04"), ""}
			}},
		// Chinese portal: "发布于", the dotted date and time, a dot and
		// the read count.
		{name: "held-zh-fabuyu-yuedu", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "发布于 " + randDate(r).Format("2006.01.02 15:04") + fmt.Sprintf(" · 阅读 %d", 100+r.IntN(90000)), ""}
			}},
		// Japanese newspaper: the date, the hours and minutes in kanji
		// and "更新".
		{name: "held-ja-jifun-koushin", lang: "ja", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%d年%d月%d日 %d時%d分 更新", d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute()), ""}
			}},
		// Italian sports paper: the section, the date and "ore" with the
		// time, between bars, under the headline.
		{name: "held-it-rubrica-data-ore", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("%s | %d %s %d | ore %s", pick(r, "Calcio", "Sport", "Motori"), d.Day(), m, d.Year(), d.Format("15:04")), ""}
			}},
		// Brazilian portal: the date with "às" and the hour, then a
		// relative update.
		{name: "held-pt-as-atualizado-ha", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, d.Format("02/01/2006") + " às " + fmt.Sprintf("%dh%02d", d.Hour(), d.Minute()) + fmt.Sprintf(" · Atualizado há %d horas", 1+r.IntN(20)), ""}
			}},
		// Wire desk: the desk's name in capitals over the headline, the
		// date and time under it.
		{name: "held-caps-desk-over-title", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "FOOTBALL", "MARKETS", "WEATHER", "MOTOR RACING"), h.title, randDate(r).Format("2 Jan 2006 15:04"), ""}
			}},
	}
}

// fortySixthHeldOutWhole are the forty-sixth set's files that must stay
// whole.
func fortySixthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A match report: kick-off, then the text between the minutes of
		// the goals and the half-time mark.
		{name: "held-match-report-minutes", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Kick-off " + d.Format("15:04, 2 January 2006"), ""}
			minute := 0
			for i, p := range s.paras {
				if i > 0 {
					minute = min(90, minute+5+r.IntN(20))
					label := fmt.Sprintf("%d' GOAL — Valley United", minute)
					if i == 2 {
						label = "Half-time"
					}
					out = append(out, label, "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A forecast: when it was issued, then a part for each day under
		// the weekday and the date without a year.
		{name: "held-forecast-days", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Issued " + d.Format("2 January 2006 15:04"), ""}
			for i, p := range s.paras {
				out = append(out, d.AddDate(0, 0, i).Format("Monday 2 January"), p, "")
			}
			return out
		}},
	}
}

// wordCount is how many words a story's text has, as an export's length
// field gives it.
func wordCount(s story) int {
	n := 0
	for _, p := range s.paras {
		n += len(strings.Fields(p))
	}
	return n
}

// fortySeventhHeldOut is the forty-seventh held-out set (written on
// 2026-12-07, news databases' exports), tuned since.
func fortySeventhHeldOut() []family {
	return []family{
		// Nexis Uni: headline, outlet, date with weekday, copyright and
		// fields, "Body" over the text; the load date and "End of
		// Document" close it.
		{name: "held-nexis-uni-end-of-document", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				o := outlet("en", r)
				return []string{h.title, o, d.Format("January 2, 2006 Monday"), fmt.Sprintf("Copyright %d %s All Rights Reserved", d.Year(), o), "", fmt.Sprintf("Section: NEWS; Pg. %d", 1+r.IntN(30)), fmt.Sprintf("Length: %d words", wordCount(h.story)), "Byline: " + person("en", r), "", "Body", ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "Load-Date: " + randDate(r).Format("January 2, 2006"), "", "", "End of Document"}
			}},
		// Dutch LexisNexis export: the counter, the paper and the date
		// with the weekday centred, the headline, section and length in
		// words ("woorden"), the load date and language after the text.
		{name: "held-lexis-nl-woorden", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}[d.Month()-1]
				wd := []string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"}[d.Weekday()]
				return []string{fmt.Sprintf("%32d van %d DOCUMENTEN", h.n, h.total), "", pad(pick(r, "De Volkskrant", "NRC Handelsblad", "Trouw"), 34), "", pad(fmt.Sprintf("%d %s %d %s", d.Day(), m, d.Year(), wd), 28), "", h.title, "", fmt.Sprintf("SECTIE: Binnenland; Blz. %d", 1+r.IntN(20)), fmt.Sprintf("LENGTH: %d woorden", wordCount(h.story)), ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "LOAD-DATE: " + randDate(r).Format("2-1-2006"), "", "LANGUAGE: DUTCH", "", "PUBLICATION-TYPE: Krant"}
			}},
		// German LexisNexis export: "Dokument 3 von 25", the paper, the
		// date with the weekday, the headline, "RUBRIK" and "LÄNGE".
		{name: "held-lexis-de-dokument-von", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}[d.Weekday()]
				return []string{fmt.Sprintf("Dokument %d von %d", h.n, h.total), "", pick(r, "Süddeutsche Zeitung", "Der Tagesspiegel", "Die Welt"), "", fmt.Sprintf("%s %s", longDate("de", d, r), wd), "", h.title, "", fmt.Sprintf("RUBRIK: Wirtschaft; S. %d", 1+r.IntN(30)), fmt.Sprintf("LÄNGE: %d Wörter", wordCount(h.story)), ""}
			}},
		// Italian export: "Documento 3 di 25", the paper, the date with
		// the weekday in lower case, then the headline.
		{name: "held-lexis-it-documento-di", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}[d.Month()-1]
				wd := []string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"}[d.Weekday()]
				return []string{fmt.Sprintf("Documento %d di %d", h.n, h.total), pick(r, "Corriere della Sera", "La Stampa", "Il Sole 24 Ore"), fmt.Sprintf("%d %s %d %s", d.Day(), m, d.Year(), wd), "", h.title, ""}
			}},
		// Factiva: headline, author, word count, date, outlet, its code
		// and the language, copyright; the document code closes it.
		{name: "held-factiva-document-code", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				o := outlet("en", r)
				return []string{h.title, person("en", r), fmt.Sprintf("%d words", wordCount(h.story)), d.Format("2 January 2006"), o, pick(r, "DEXMPL", "VALPST", "MTRDSK"), "English", fmt.Sprintf("Copyright %d %s", d.Year(), o), ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"", fmt.Sprintf("Document %s00%se%s%04d", pick(r, "DEXMPL", "VALPST"), d.Format("20060102"), "k3c", r.IntN(10000))}
			}},
		// Europresse: the paper, then section, weekday and date, word
		// count and page on one line, the headline and the author; the
		// copyright and the document number close it.
		{name: "held-europresse-mots-p", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}[d.Weekday()]
				return []string{pick(r, "Le Monde", "Libération", "Le Figaro"), fmt.Sprintf("%s, %s %s %d mots, p. %d", pick(r, "Économie", "International", "Culture"), wd, longDate("fr", d, r), wordCount(h.story), 1+r.IntN(30)), "", h.title, person("fr", r), ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", fmt.Sprintf("© %d SA. Tous droits réservés.", randDate(r).Year()), "", fmt.Sprintf("Numéro de document : news·%s·LM·%06d", randDate(r).Format("20060102"), r.IntN(1000000))}
			}},
		// Spanish clipping database: labelled fields (outlet, date,
		// section, page) over the headline.
		{name: "held-es-clipping-fields", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"Medio: " + pick(r, "El País", "La Vanguardia", "El Mundo"), "Fecha: " + randDate(r).Format("02/01/2006"), "Sección: " + pick(r, "Economía", "Sociedad", "Cultura"), fmt.Sprintf("Página: %d", 1+r.IntN(60)), "", h.title, ""}
			}},
		// Japanese newspaper database: paper, edition, date, page and
		// characters on one line over the headline.
		{name: "held-ja-db-choukan-page-moji", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("%s %s %s %dページ %d文字", pick(r, "日本経済新聞", "朝日新聞", "読売新聞"), pick(r, "朝刊", "夕刊"), randDate(r).Format("2006/01/02"), 1+r.IntN(40), 300+r.IntN(2000)), h.title, ""}
			}},
		// Russian media database: headline, then the source, the issue
		// date and the author, labelled.
		{name: "held-ru-db-istochnik-data-vypuska", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Источник: " + pick(r, "Коммерсантъ", "Ведомости", "Известия"), "Дата выпуска: " + randDate(r).Format("02.01.2006"), "Автор: " + person("ru", r), ""}
			}},
		// Hong Kong news database: paper, date, section, page and word
		// count between bars, over the headline.
		{name: "held-zh-hk-db-bars", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("%s | %s | %s | A%02d | 字數：%d", pick(r, "明報", "信報", "星島日報"), randDate(r).Format("2006-01-02"), pick(r, "新聞", "經濟", "港聞"), 1+r.IntN(30), 300+r.IntN(2000)), h.title, ""}
			}},
		// ProQuest text export: a rule between records, the headline,
		// author and publication info, "Full text:" over the text; the
		// publication date field after it.
		{name: "held-proquest-full-text", separator: func(r *rand.Rand) []string {
			return []string{"", "____________________________________________________________", ""}
		},
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Author: " + person("en", r), fmt.Sprintf("Publication info: %s; London (%s): A.%d.", outlet("en", r), d.Format("Jan 2, 2006"), 1+r.IntN(20)), "ProQuest document link", "Full text:", ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				return []string{"", "Publication date: " + randDate(r).Format("Jan 2, 2006")}
			}},
		// NewsBank: the outlet, the date and the page on one line between
		// dashes, the headline under it, the author and role.
		{name: "held-newsbank-outlet-date-page", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{fmt.Sprintf("%s - %s - page A%d", outlet("en", r), randDate(r).Format("January 2, 2006"), 1+r.IntN(20)), h.title, person("en", r) + ", Staff Writer", ""}
			}},
	}
}

// pad indents t by n spaces, as exports of fixed-width text centre their
// counter, outlet and date lines.
func pad(t string, n int) string {
	return strings.Repeat(" ", n) + t
}

// fortySeventhHeldOutWhole are the forty-seventh set's files that must
// stay whole.
func fortySeventhHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// An export's list of results: one line for each document found
		// (number, headline, outlet, date, words), not the documents.
		{name: "held-results-list", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Results list", "Search: " + strings.Join(strings.Fields(s.title)[:min(3, len(strings.Fields(s.title)))], " AND "), fmt.Sprintf("Date range: %s to %s", d.AddDate(0, -1, 0).Format("January 2, 2006"), d.Format("January 2, 2006")), ""}
			for i, p := range s.paras {
				w := strings.Fields(p)
				out = append(out, fmt.Sprintf("%d. %s", i+1, strings.Join(w[:min(8, len(w))], " ")), fmt.Sprintf("   %s, %s, %d words", outlet("en", r), d.AddDate(0, 0, -i).Format("January 2, 2006"), len(w)), "")
			}
			return out
		}},
		// One article with a correction and a clarification, each dated,
		// appended after its text.
		{name: "held-article-corrections-appended", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "By " + person("en", r), d.Format("January 2, 2006"), ""}
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			return append(out, "Correction", d.AddDate(0, 0, 2).Format("January 2, 2006"), "", "An earlier version of this article gave a wrong figure for the council's budget.", "", "Clarification", d.AddDate(0, 0, 5).Format("January 2, 2006"), "", "This article has been updated to say who asked for the meeting.", "")
		}},
	}
}

// fortyEighthHeldOut is the forty-eighth held-out set (written on
// 2026-12-07, posts from social platforms and messaging apps), tuned
// since.
func fortyEighthHeldOut() []family {
	return []family{
		// Messenger channel: the channel's name, then the date and time in
		// brackets, over the post.
		{name: "held-channel-name-bracket-datetime", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "Harbour News", "Valley Daily", "Metro Wire") + ", [" + randDate(r).Format("02.01.2006 15:04") + "]", h.title, ""}
			}},
		// Social page: the page's name, then the day and time with a
		// middle dot and a globe, over the headline.
		{name: "held-page-day-at-time-dot", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{outlet("en", r), d.Format("2 January") + " at " + d.Format("15:04") + " · 🌐", h.title, ""}
			}},
		// Professional network: name, headline of the profile, age and
		// "Edited", then the post's title.
		{name: "held-profile-age-edited", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{person("en", r), pick(r, "Editor at The Daily Ledger", "Reporter, Valley Post", "Correspondent"), fmt.Sprintf("%dd • Edited •", 1+r.IntN(20)), "", h.title, ""}
			}},
		// Federated network: display name and handle at an instance, the
		// date under them, then the post.
		{name: "held-handle-instance-date", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				n := person("en", r)
				return []string{n + " @" + strings.ToLower(strings.Fields(n)[0]) + "@" + pick(r, "mastodon.social", "journa.host", "newsie.social"), randDate(r).Format("Jan 2, 2006, 15:04"), h.title, ""}
			}},
		// Link aggregator: the title, then "submitted 5 hours ago by"
		// and the user, then the source's domain.
		{name: "held-submitted-ago-by", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("submitted %d hours ago by %s", 1+r.IntN(23), pick(r, "harbour_watch", "newsfan42", "valleyreader")), "(" + pick(r, "dailyledger.example", "valleypost.example") + ")", ""}
			}},
		// Russian social network: the community's name, then the day,
		// abbreviated month and "в" with the time.
		{name: "held-ru-community-day-mon-v", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"}[d.Month()-1]
				return []string{pick(r, "Новости Москвы", "Городской портал", "Лента дня"), fmt.Sprintf("%d %s в %s", d.Day(), m, d.Format("15:04")), "", h.title, ""}
			}},
		// German channel: "Gepostet am", the date and "um" with the time,
		// under the headline.
		{name: "held-de-gepostet-am-um", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Gepostet am " + d.Format("02.01.2006") + " um " + d.Format("15:04"), ""}
			}},
		// French group page: "Publié par", the author and "le" with the
		// date, under the headline.
		{name: "held-fr-publie-par-le", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Publié par " + person("fr", r) + " le " + longDate("fr", randDate(r), r), ""}
			}},
		// Spanish app: the outlet, a middle dot and "hace 3 h", over the
		// headline.
		{name: "held-es-outlet-hace-h", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "El País", "Infobae", "La Nación") + fmt.Sprintf(" · hace %d h", 1+r.IntN(23)), h.title, ""}
			}},
		// Korean portal: the headline, then "기사입력" with the dotted
		// date and the time of day in Korean.
		{name: "held-ko-gisaipryeok-ojeon", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				ampm := "오전"
				if d.Hour() >= 12 {
					ampm = "오후"
				}
				return []string{h.title, fmt.Sprintf("기사입력 %s. %s %d:%02d", d.Format("2006.01.02"), ampm, (d.Hour()+11)%12+1, d.Minute()), ""}
			}},
		// Japanese news app: the outlet, then the month, day, weekday and
		// time with "配信", over the headline.
		{name: "held-ja-app-tsuki-hi-haishin", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				wd := []string{"日", "月", "火", "水", "木", "金", "土"}[d.Weekday()]
				return []string{pick(r, "共同通信", "毎日新聞", "日テレNEWS"), fmt.Sprintf("%d/%d(%s) %s配信", d.Month(), d.Day(), wd, d.Format("15:04")), h.title, ""}
			}},
		// Chinese app: the account, then the date and time, "发布于" and
		// the province, over the headline.
		{name: "held-zh-app-fabuyu-province", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "新闻早班车", "城市日报", "财经观察"), randDate(r).Format("2006-01-02 15:04") + " 发布于" + pick(r, "北京", "上海", "广东"), h.title, ""}
			}},
	}
}

// fortyEighthHeldOutWhole are the forty-eighth set's files that must stay
// whole.
func fortyEighthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A group chat's export: each message the date, time and sender,
		// then the text.
		{name: "held-group-chat-export", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Chat: " + s.title, ""}
			for _, p := range s.paras {
				d = d.Add(time.Duration(1+r.IntN(120)) * time.Minute)
				out = append(out, d.Format("02/01/2006, 15:04")+" - "+pick(r, "Ana", "Tomas", "Lena", "Bo")+": "+p, "")
			}
			return out
		}},
		// A numbered thread of one author: its title and the date, then
		// each post numbered "1/7", "2/7".
		{name: "held-numbered-thread", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, person("en", r) + " @" + pick(r, "harbourdesk", "valleyreporter"), d.Format("3:04 PM · Jan 2, 2006"), ""}
			for i, p := range s.paras {
				out = append(out, fmt.Sprintf("%d/%d", i+1, len(s.paras)), p, "")
			}
			return out
		}},
	}
}

// fortyNinthHeldOut is the forty-ninth held-out set (written on
// 2026-12-07, science, legal and trade press), tuned since.
func fortyNinthHeldOut() []family {
	return []family{
		// Legal news: the headline, then the text opening with the
		// outlet, the date and time in brackets and a double dash.
		{name: "held-outlet-paren-datetime-double-dash", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string { return []string{h.title, ""} },
			lead: func(h header, r *rand.Rand) string {
				return pick(r, "Law360", "Courthouse Wire", "Legal Desk") + " (" + randDate(r).Format("January 2, 2006, 3:04 PM") + " EDT) -- "
			}},
		// Science release service: "NEWS RELEASE" and the date with the
		// month in capitals, the headline, the release type and the
		// institution.
		{name: "held-news-release-day-mon-year", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"NEWS RELEASE " + strings.ToUpper(randDate(r).Format("2-Jan-2006")), h.title, "Peer-Reviewed Publication", pick(r, "UNIVERSITY OF HARBOUR", "VALLEY INSTITUTE OF TECHNOLOGY"), ""}
			}},
		// Release wire's web page: the headline, "NEWS PROVIDED BY", the
		// company and the date and time.
		{name: "held-news-provided-by", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "NEWS PROVIDED BY", pick(r, "Harbour Shipping Ltd", "Valley Energy Inc."), randDate(r).Format("Jan 2, 2006, 15:04") + " ET", ""}
			}},
		// Trade magazine: the issue number and the date in capitals under
		// the headline.
		{name: "held-trade-issue-caps-date", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, fmt.Sprintf("ISSUE %d | %s", 100+r.IntN(2000), strings.ToUpper(randDate(r).Format("2 January 2006"))), ""}
			}},
		// German trade journal: the date, a dash and "Redaktion:" with the
		// editor under the headline.
		{name: "held-de-datum-redaktion", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, randDate(r).Format("02.01.2006") + " – Redaktion: " + person("de", r), ""}
			}},
		// French review: the review's name, number, month and year and
		// pages, no day, under the headline.
		{name: "held-fr-revue-numero-mois-pages", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				p := 1 + r.IntN(90)
				return []string{h.title, fmt.Sprintf("%s, n° %d, %s %d, p. %d-%d", pick(r, "Revue des deux rives", "Cahiers du port"), 10+r.IntN(300), monthsFR[d.Month()-1], d.Year(), p, p+3+r.IntN(9)), ""}
			}},
		// Spanish science agency: the agency, a bar, the date and the
		// time with CET, over the headline.
		{name: "held-es-agencia-bar-cet", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{fmt.Sprintf("SINC | %d %s %d %s CET", d.Day(), monthsES[d.Month()-1], d.Year(), d.Format("15:04")), h.title, ""}
			}},
		// Russian science desk: the desk's name, a comma and the date
		// under the headline.
		{name: "held-ru-desk-comma-date", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, pick(r, "РИА Новости Наука", "Наука и жизнь", "Научная редакция") + ", " + randDate(r).Format("02.01.2006"), ""}
			}},
		// Japanese press-release service: labelled time and sender under
		// the headline.
		{name: "held-ja-haishin-nichiji-haishinmoto", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("配信日時: %d年%d月%d日 %d時%02d分", d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute()), "配信元: " + pick(r, "株式会社ハーバー", "バレー工業株式会社"), ""}
			}},
		// Chinese science paper: "来源：", the paper and the date with a
		// one-digit month and day.
		{name: "held-zh-laiyuan-short-iso", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("来源：%s %d-%d-%d", pick(r, "中国科学报", "科技日报"), d.Year(), d.Month(), d.Day()), ""}
			}},
		// Italian desk: the agency and desk, the abbreviated date and the
		// time between bars, over the headline.
		{name: "held-it-desk-bars-abbrev", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"}[d.Month()-1]
				return []string{fmt.Sprintf("ANSA - Scienza | %d %s %d | %s", d.Day(), m, d.Year(), d.Format("15:04")), h.title, ""}
			}},
		// Brazilian agency: the agency, a dash and the date with "de"
		// under the headline.
		{name: "held-pt-agencia-de-date", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Agência FAPESP – %d de %s de %d", d.Day(), m, d.Year()), ""}
			}},
	}
}

// fortyNinthHeldOutWhole are the forty-ninth set's files that must stay
// whole.
func fortyNinthHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A journal article's page: title, authors, received, accepted
		// and published dates, the abstract, then numbered sections.
		{name: "held-journal-article-page", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, person("en", r) + ", " + person("en", r) + " and " + person("en", r), "Received: " + d.AddDate(0, -4, 0).Format("2 January 2006") + " / Accepted: " + d.AddDate(0, -1, 0).Format("2 January 2006") + " / Published: " + d.Format("2 January 2006"), "", "Abstract", ""}
			for i, p := range s.paras {
				if i > 0 {
					out = append(out, fmt.Sprintf("%d. %s", i, pick(r, "Introduction", "Methods", "Results", "Discussion", "Conclusions")), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A conference programme: the conference and its dates, then
		// each day's sessions with times, talks and speakers.
		{name: "held-conference-programme", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Programme, " + d.Format("2") + "–" + d.AddDate(0, 0, 2).Format("2 January 2006"), ""}
			for i, p := range s.paras {
				if i%2 == 0 {
					out = append(out, d.AddDate(0, 0, i/2).Format("Monday 2 January 2006"), "")
				}
				w := strings.Fields(p)
				out = append(out, fmt.Sprintf("%02d:%02d  %s", 9+i, 30*(i%2), strings.Join(w[:min(7, len(w))], " ")), "        "+person("en", r)+", "+pick(r, "University of Harbour", "Valley Institute"), "", p, "")
			}
			return out
		}},
	}
}

// fiftiethHeldOut is the fiftieth held-out set (written on 2026-12-07,
// opinion, culture and review pages); nothing was changed for it before
// it moved here.
func fiftiethHeldOut() []family {
	return []family{
		// Syndicated column: the headline, the columnist and the
		// syndicate between bars, the date under them.
		{name: "held-column-syndicate-bar", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, person("en", r) + " | " + pick(r, "Harbour Features Syndicate", "Valley Content Agency"), randDate(r).Format("Jan 2, 2006"), ""}
			}},
		// Film review: the headline, a line of stars, then "Review by"
		// the critic and the date after a dot.
		{name: "held-film-review-stars", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				n := 1 + r.IntN(5)
				return []string{h.title, strings.Repeat("★", n) + strings.Repeat("☆", 5-n), "Review by " + person("en", r) + " · " + randDate(r).Format("2 January 2006"), ""}
			}},
		// German book review: the headline, the book's author, title,
		// publisher, pages and price, and the reviewer and date.
		{name: "held-de-rezension-buchzeile", lang: "de", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("%s: %s. %s, %d. %d Seiten, %d Euro", person("de", r), pick(r, "Die Hafenstadt", "Am Fluss", "Nachtzug"), pick(r, "Verlag am Hafen", "Talverlag"), d.Year(), 120+r.IntN(400), 18+r.IntN(20)), "Rezensiert von " + person("de", r) + ", " + d.Format("02.01.2006"), ""}
			}},
		// French review page: "Critique" over the headline, the critic
		// and the date and time on one line.
		{name: "held-fr-critique-par-publie", lang: "fr", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"Critique", h.title, fmt.Sprintf("Par %s Publié le %s à %dh%02d", person("fr", r), longDate("fr", d, r), d.Hour(), d.Minute()), ""}
			}},
		// Spanish opinion page: "Tribuna", the author and the date
		// between bars under the headline.
		{name: "held-es-tribuna-bars", lang: "es", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Tribuna | " + person("es", r) + " | " + randDate(r).Format("02/01/2006"), ""}
			}},
		// Russian column: the headline, the columnist, the date and time,
		// and the disclaimer that the column is the author's opinion.
		{name: "held-ru-kolonka-disclaimer", lang: "ru", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Колонка · " + person("ru", r), randDate(r).Format("02.01.2006 15:04"), "Мнение автора может не совпадать с позицией редакции", ""}
			}},
		// Chinese book review: a bracketed label before the headline,
		// then the author and the publication time on one line.
		{name: "held-zh-shuping-bracket", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"【书评】" + h.title, fmt.Sprintf("作者：%s　发布时间：%d年%02d月%02d日 %s", person("zh", r), d.Year(), int(d.Month()), d.Day(), d.Format("15:04")), ""}
			}},
		// Japanese column: "コラム", the headline, the dotted date and the
		// writer after "文＝".
		{name: "held-ja-column-dotted-bun", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"コラム", h.title, randDate(r).Format("2006.01.02"), "文＝" + person("ja", r), ""}
			}},
		// Italian review: the headline, then the critic, "Recensione" and
		// the date between bars.
		{name: "held-it-recensione-bars", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}[d.Month()-1]
				return []string{h.title, fmt.Sprintf("di %s | Recensione | %d %s %d", pick(r, "Marco Rossi", "Giulia Bianchi", "Luca Romano"), d.Day(), m, d.Year()), ""}
			}},
		// German arts section: "FEUILLETON" over the headline, "Ein
		// Gastbeitrag von" the author, the date and time with "Uhr".
		{name: "held-de-feuilleton-gastbeitrag", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"FEUILLETON", h.title, "Ein Gastbeitrag von " + person("de", r), longDate("de", d, r) + ", " + d.Format("15:04") + " Uhr", ""}
			}},
		// Brazilian column: the headline, "Por" the columnist, the date
		// with "06h00" and "Atualizado há" hours.
		{name: "held-pt-coluna-atualizado-ha", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Por " + pick(r, "Ana Souza", "Pedro Lima", "Carla Mendes") + " — " + d.Format("02/01/2006 15h04") + " · Atualizado há " + fmt.Sprint(1+r.IntN(9)) + " horas", ""}
			}},
		// English theatre review: the kicker, the headline, the venue and
		// run, then the critic and the date with a dotted time.
		{name: "held-theatre-venue-run", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"Theatre", h.title, pick(r, "Harbour Playhouse", "Valley Arts Centre") + ", until " + d.AddDate(0, 0, 20).Format("2 January"), person("en", r) + ", " + d.Format("Mon 2 Jan 2006 15.04 MST"), ""}
			}},
		// Korean column: a bracketed "칼럼" label and the headline, the
		// input and revision times, the writer and title.
		{name: "held-ko-kalleom-ipnyeok-sujeong", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"[칼럼] " + h.title, "입력 " + d.Format("2006.01.02 15:04") + " | 수정 " + d.Add(90*time.Minute).Format("2006.01.02 15:04"), pick(r, "홍길동", "김영희") + " 논설위원", ""}
			}},
	}
}

// fiftiethHeldOutWhole are the fiftieth set's files that must stay whole.
// The set's first whole families (a list of publications, each a title,
// "Outlet, January 2006" and a paragraph; a season programme, each
// production a title, a date and a paragraph) were replaced before
// anything was changed: each entry had exactly the header of a tuned
// article family (a title over an outlet and month, a title over a
// date), so the truth that they are one document contradicted the tuned
// families' truth. They first scored 356 of 400 split, with four wrong
// pairs at 0.8 between their pieces.
func fiftiethHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A writer's page: the name, a paragraph about them, then a
		// bulleted list of works with outlet and month and year, then
		// more paragraphs.
		{name: "held-writer-page-works-list", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{person("en", r), "Writer and critic", "", s.paras[0], "", "Selected writing", ""}
			for range 3 + r.IntN(4) {
				d = d.AddDate(0, -1-r.IntN(5), 0)
				w := strings.Fields(s.paras[r.IntN(len(s.paras))])
				out = append(out, "• "+strings.Join(w[:min(5, len(w))], " ")+". "+pick(r, "The Harbor Times", "Valley Review", "Northern Courier")+", "+d.Format("January 2006")+".")
			}
			out = append(out, "")
			for _, p := range s.paras[1:] {
				out = append(out, p, "")
			}
			return out
		}},
		// A production's page: the title, the venue, the list of
		// performances with dates and times, the text, then the cast.
		{name: "held-production-page-performances", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, pick(r, "Harbour Playhouse", "Valley Arts Centre") + ", Main Stage", "", "Performances", ""}
			for range 3 + r.IntN(5) {
				d = d.AddDate(0, 0, 1+r.IntN(3))
				out = append(out, d.Format("Mon 2 January 2006")+", "+pick(r, "19:30", "20:00", "14:30 and 19:30"))
			}
			out = append(out, "")
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			out = append(out, "Cast", "")
			for range 3 {
				out = append(out, person("en", r)+" — "+pick(r, "the Mayor", "the Harbour Master", "Anna", "the Stranger"))
			}
			return out
		}},
	}
}

// fiftyFirstHeldOut is the fifty-first held-out set (written on
// 2026-12-07, special pages and archives). Nothing was changed for its
// layouts; the splitter was changed for corpus transforms first tried on
// it and on the tuned set (no-break spaces, hard wrapping, dense headers),
// so it moved here when the fifty-second set was written.
func fiftyFirstHeldOut() []family {
	return []family{
		// Digitised newspaper: the page's running head in capitals (the
		// paper, the city, the date), then the headline in capitals.
		{name: "held-ocr-running-head-caps", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r).AddDate(-95, 0, 0)
				return []string{strings.ToUpper(fmt.Sprintf("The Evening Star, %s, %s", pick(r, "Washington, D.C.", "Harbour City"), d.Format("Monday, January 2, 2006"))), strings.ToUpper(h.title), ""}
			}},
		// Fact-check: the headline, the claim, the rating and the
		// checker with the date.
		{name: "held-factcheck-claim-rating", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Claim: " + pick(r, "The harbour will close next year.", "Fares doubled in one month."), "Rating: " + pick(r, "False", "Misleading", "Mostly true"), "Fact-checked by " + person("en", r) + " on " + randDate(r).Format("January 2, 2006"), ""}
			}},
		// Obituary: the name and life years as the headline, then
		// "Published in" the paper "on" the date.
		{name: "held-obituary-published-in", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{fmt.Sprintf("%s, %d–%d", person("en", r), d.Year()-60-r.IntN(30), d.Year()), h.title, "Published in " + outlet("en", r) + " on " + d.Format("Jan. 2, 2006"), ""}
			}},
		// Translated story: the headline, "Translated from the German by"
		// a translator, and the original's date.
		{name: "held-translated-from-credit", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Translated from the " + pick(r, "German", "Spanish", "Japanese") + " by " + person("en", r), "Originally published " + randDate(r).Format("2 January 2006"), ""}
			}},
		// Subscriber label over the headline, then the by-line and date
		// on one line.
		{name: "held-subscriber-label-over-title", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "SUBSCRIBER ONLY", "Premium", "For subscribers"), h.title, "By " + person("en", r) + " | " + randDate(r).Format("Jan 2, 2006 3:04 PM"), ""}
			}},
		// French press review: the outlet, a dash and the date on one
		// line over the headline.
		{name: "held-fr-revue-de-presse-outlet-date", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{outlet("fr", r) + " — " + randDate(r).Format("02/01/2006"), h.title, ""}
			}},
		// German obituary notice: "Nachruf", the headline, the author and
		// the date with "vom".
		{name: "held-de-nachruf-vom", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"Nachruf", h.title, "Ein Nachruf von " + person("de", r) + " vom " + longDate("de", d, r), ""}
			}},
		// Russian translated story: the headline, "Перевод с
		// английского:" the translator, the date.
		{name: "held-ru-perevod-credit", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Перевод с английского: " + person("ru", r), randDate(r).Format("02.01.2006"), ""}
			}},
		// Chinese rumour rebuttal: a bracketed label before the headline,
		// the source and the date under it.
		{name: "held-zh-piyao-label", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"【辟谣】" + h.title, fmt.Sprintf("%s %d-%02d-%02d", outlet("zh", r), d.Year(), int(d.Month()), d.Day()), ""}
			}},
		// Japanese obituary: "訃報：" and the headline, the age, the date.
		{name: "held-ja-fuhou-age", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"訃報：" + h.title, fmt.Sprintf("（%d歳）", 60+r.IntN(35)), fmt.Sprintf("%d年%d月%d日 %s", d.Year(), int(d.Month()), d.Day(), outlet("ja", r)), ""}
			}},
		// Spanish fact-check: the verdict in capitals over the headline,
		// then the checker and the date.
		{name: "held-es-verificacion-veredicto", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{pick(r, "FALSO", "ENGAÑOSO", "VERDADERO"), h.title, "Verificado por " + person("es", r) + " el " + randDate(r).Format("02/01/2006"), ""}
			}},
		// Brazilian paywalled page: the headline, the by-line with the
		// date, and the paywall line.
		{name: "held-pt-exclusivo-assinantes", anyLang: true, separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("Por %s, %s", pick(r, "Ana Souza", "Pedro Lima"), d.Format("02.01.2006 15h04")), "Exclusivo para assinantes", ""}
			}},
		// Italian press review: "Rassegna stampa", the outlet and the
		// date between bars, the headline.
		{name: "held-it-rassegna-stampa", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := []string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}[d.Month()-1]
				return []string{fmt.Sprintf("Rassegna stampa | %s | %d %s %d", pick(r, "Il Corriere del Porto", "La Gazzetta della Valle"), d.Day(), m, d.Year()), h.title, ""}
			}},
	}
}

// fiftyFirstHeldOutWhole are the fifty-first set's files that must stay
// whole.
func fiftyFirstHeldOutWhole() []wholeFamily {
	return []wholeFamily{
		// A parliament's debate record: the sitting's date, the item,
		// then each speech under the member's name, the constituency and
		// the time.
		{name: "held-parliament-debate-record", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Official Report", d.Format("Monday 2 January 2006"), "", s.title, ""}
			t := time.Date(d.Year(), d.Month(), d.Day(), 14, 30, 0, 0, time.UTC)
			for _, p := range s.paras {
				t = t.Add(time.Duration(3+r.IntN(12)) * time.Minute)
				out = append(out, fmt.Sprintf("%s (%s) (%s):", person("en", r), pick(r, "Harbour North", "Valley East", "Mill Town"), t.Format("15:04")), p, "")
			}
			return out
		}},
		// A chronology: the title, then paragraphs each opening with a
		// date in order.
		{name: "held-chronology-dated-paragraphs", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"Timeline: " + s.title, ""}
			for _, p := range s.paras {
				d = d.AddDate(0, 0, 3+r.IntN(40))
				out = append(out, d.Format("January 2, 2006")+" — "+p, "")
			}
			return out
		}},
	}
}

// heldOutFamilies are layouts written after the splitter's rules and
// tables were settled on families(), and scored as they first came out:
// nothing in dedup/segment was changed after their numbers were seen. They
// are the estimate of how the splitter does on layouts nobody tuned it for
// (ACCURACY.md). A family that is fixed for later must move to families()
// and be replaced here by a new one. This fifty-second set was written on
// 2026-12-07, after the fifty-first moved to families(), with the headers
// that read-later, clipping and sharing tools put over the articles
// researchers save: "Saved from" an address "on" a date, a note app's
// "Clipped from" and "Created", a news app's "Shared from", a web
// clipper's front matter with tags, a reader view's site, author and
// reading time, and the same tools' German, French, Spanish, Russian,
// Chinese and Japanese lines; an essay quoting dated sources and a letter
// with its signature block and postscript must stay whole.
func heldOutFamilies() []family {
	site := func(r *rand.Rand) string {
		return pick(r, "https://www.dailyledger.example/news/", "https://northerncourier.example/world/", "https://valleypost.example/local/") + fmt.Sprint(1000+r.IntN(9000))
	}
	return []family{
		// Read-later export: the headline, then "Saved from" the page's
		// address "on" the day.
		{name: "held-saved-from-url-on-date", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Saved from " + site(r) + " on " + randDate(r).Format("2 January 2006"), ""}
			}},
		// Note app's web clip: the headline, "Clipped from:" the address,
		// "Created:" a numeric date and time.
		{name: "held-clip-clipped-created", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Clipped from: " + site(r), "Created: " + randDate(r).Format("1/2/2006 3:04 PM"), ""}
			}},
		// News app share: the headline and the outlet after a dash, then
		// "Shared from" the app; no date at all.
		{name: "held-shared-from-app", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + " — " + outlet("en", r), "Shared from " + pick(r, "Apple News", "Google News", "Flipboard"), ""}
			}},
		// Web clipper's front matter: title, source, author, published
		// and created dates and a list of tags between rules.
		{name: "held-clipper-front-matter-tags", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"---", "title: \"" + h.title + "\"", "source: " + site(r), "author: " + person("en", r), "published: " + d.Format("2006-01-02"), "created: " + d.AddDate(0, 0, 1+r.IntN(9)).Format("2006-01-02"), "tags:", "  - clippings", "  - " + pick(r, "ports", "council", "rail"), "---", ""}
			}},
		// Reader view: the headline, the site's host, the author, the
		// reading time as a range of minutes.
		{name: "held-reader-view-minutes", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				n := 2 + r.IntN(9)
				return []string{h.title, pick(r, "dailyledger.example", "northerncourier.example", "valleypost.example"), person("en", r), fmt.Sprintf("%d–%d minutes", n, n+1), ""}
			}},
		// German read-later line: "Gespeichert am" the date "um" the time
		// "aus" the outlet.
		{name: "held-de-gespeichert-am", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, "Gespeichert am " + d.Format("02.01.2006") + " um " + d.Format("15:04") + " aus " + outlet("de", r), ""}
			}},
		// French: "Article sauvegardé le" a numeric date, a dash and
		// "source :" the outlet.
		{name: "held-fr-sauvegarde-source", lang: "fr", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "Article sauvegardé le " + randDate(r).Format("02/01/2006") + " — source : " + outlet("fr", r), ""}
			}},
		// Spanish: "Guardado desde" the outlet, a dot and an abbreviated
		// date.
		{name: "held-es-guardado-desde", lang: "es", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				m := monES[d.Month()-1]
				return []string{h.title, fmt.Sprintf("Guardado desde %s · %d %s %d", outlet("es", r), d.Day(), m, d.Year()), ""}
			}},
		// Russian: "Сохранено из" the outlet, a dot, the date and time.
		{name: "held-ru-sohraneno-iz", lang: "ru", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, fmt.Sprintf("Сохранено из %s · %d %s %d, %s", outlet("ru", r), d.Day(), monthsRU[d.Month()-1], d.Year(), d.Format("15:04")), ""}
			}},
		// Chinese: "收藏于" the date and time, a bar, "来自" the outlet.
		{name: "held-zh-shoucang-laizi", lang: "zh", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "收藏于 " + randDate(r).Format("2006-01-02 15:04") + " | 来自 " + outlet("zh", r), ""}
			}},
		// Japanese: "クリップ日時：" the date and time, a full-width space,
		// "出典：" the outlet.
		{name: "held-ja-clip-nichiji", lang: "ja", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title, "クリップ日時：" + randDate(r).Format("2006/01/02 15:04") + "　出典：" + outlet("ja", r), ""}
			}},
		// Bookmarking service: the headline with the host in brackets,
		// then the tags and "saved" with a compact age.
		{name: "held-bookmark-tags-age", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{h.title + " (" + pick(r, "dailyledger.example", "valleypost.example") + ")", "tags: " + pick(r, "ports economy", "council local", "rail strikes") + " · saved " + fmt.Sprint(1+r.IntN(23)) + "h ago", ""}
			}},
	}
}

// heldOutWholeFamilies are files that must stay whole, held out likewise.
func heldOutWholeFamilies() []wholeFamily {
	return []wholeFamily{
		// An essay quoting its sources: paragraphs open by naming the
		// outlet, the date and the writer of what they quote.
		{name: "held-essay-quoted-sources", render: func(s story, r *rand.Rand) []string {
			out := []string{s.title, "", "An essay by " + person("en", r), ""}
			for i, p := range s.paras {
				if i%2 == 1 {
					out = append(out, fmt.Sprintf("In %s of %s, %s wrote:", outlet("en", r), randDate(r).Format("2 January 2006"), person("en", r)), "")
				}
				out = append(out, p, "")
			}
			return out
		}},
		// A letter: the place and date, the greeting, the text, the
		// closing, the signature and a postscript.
		{name: "held-letter-signature-ps", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{pick(r, "Harbour City", "Mill Town") + ", " + d.Format("2 January 2006"), "", "Dear " + person("en", r) + ",", ""}
			for _, p := range s.paras {
				out = append(out, p, "")
			}
			out = append(out, "Yours sincerely,", person("en", r), pick(r, "Harbour Board", "Valley Council"), "", "P.S. "+s.title+".")
			return out
		}},
	}
}
