package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// heldOutFamilies are layouts written after the splitter's rules and
// tables were settled on families(), and scored as they first came out:
// nothing in dedup/segment was changed after their numbers were seen. They
// are the estimate of how the splitter does on layouts nobody tuned it for
// (ACCURACY.md). A family that is fixed for later must move to families()
// and be replaced here by a new one.
func heldOutFamilies() []family {
	return []family{
		// Title, outlet and date on one line.
		{name: "held-pipe-oneline", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{pick(r,
					h.title+" | "+outlet("en", r)+" | "+d.Format("02.01.2006"),
					h.title+" — "+outlet("en", r)+", "+d.Format("Jan 2, 2006"),
					h.title+" ("+outlet("en", r)+", "+d.Format("2 January 2006")+")"), ""}
			}},
		// The outlet in brackets before the title; the date only in a
		// trailer after the text.
		{name: "held-source-first-trailer", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				return []string{"[" + outlet("en", r) + "] " + h.title, ""}
			},
			tail: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{"", pick(r, "(Published "+d.Format("2 January 2006")+")", "Originally published "+d.Format("January 2, 2006")+".", "— "+d.Format("02/01/2006"))}
			}},
		// A numbered digest: "3. Title", a source line under it.
		{name: "held-numbered-digest", anyLang: true, separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{fmt.Sprintf(pick(r, "%d. %s", "%d) %s", "#%d %s"), h.n, h.title),
					pick(r, "Source: "+outlet("en", r)+", "+d.Format("2 Jan 2006"), outlet("en", r)+" / "+d.Format("2006-01-02"), "via "+outlet("en", r)), ""}
			}},
		// A mail digest: each article a forwarded message.
		{name: "held-email-digest", separator: func(r *rand.Rand) []string {
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
		{name: "held-zh-portal", lang: "zh", separator: ruleSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r,
					d.Format("2006-01-02 15:04:05")+"　来源："+outlet("zh", r)+"　编辑："+person("zh", r),
					"时间："+d.Format("2006年01月02日 15:04")+"　作者："+person("zh", r),
					outlet("zh", r)+"　"+d.Format("2006.01.02")), ""}
			}},
		// German agency copy: a date and time line, and the dateline
		// opening the first paragraph.
		{name: "held-de-agency", lang: "de", separator: blankSep,
			head: func(h header, r *rand.Rand) []string {
				d := randDate(r)
				return []string{h.title, pick(r, d.Format("02.01.2006 | 15:04")+" Uhr", d.Format("02.01.2006, 15:04"), "Veröffentlicht: "+d.Format("02.01.2006")), ""}
			}},
	}
}

// heldOutWholeFamilies are files that must stay whole, held out likewise.
func heldOutWholeFamilies() []wholeFamily {
	return []wholeFamily{
		{name: "held-press-release", render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{"FOR IMMEDIATE RELEASE", "", s.title, "", strings.ToUpper(pick(r, "London", "Toronto", "Sydney")) + ", " + d.Format("January 2, 2006"), ""}
			out = append(out, paraLines(s, r, 3, func(int) []string {
				return []string{"Media contact: " + person("en", r), randDate(r).Format("January 2, 2006"), ""}
			})...)
			return append(out, "", "###", "", "Contact: "+person("en", r), outlet("en", r))
		}},
		{name: "held-blog-post", anyLang: true, render: func(s story, r *rand.Rand) []string {
			d := randDate(r)
			out := []string{s.title, "Posted by " + person("en", r) + " on " + d.Format("January 2, 2006"), ""}
			out = append(out, paraLines(s, r, 3, func(int) []string {
				return []string{"Update (" + randDate(r).Format("January 2, 2006") + "):", ""}
			})...)
			return append(out, "", "Share this:", "Like this:", "")
		}},
	}
}
