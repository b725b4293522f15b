package segment

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func split(text string) []Article {
	lines, err := Lines([]byte(text))
	if err != nil {
		panic(err)
	}
	return Split(lines, Auto)
}

func body(n int, word string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "This is sentence %d about %s and the things that happened there.\n", i, word)
	}
	return b.String()
}

// startLines is the first line of every article split finds in text.
func startLines(text string) []int {
	var starts []int
	for _, a := range split(text) {
		starts = append(starts, a.StartLine)
	}
	return starts
}

// joinArticles writes articles one after another and returns the text
// and the line each starts at.
func joinArticles(arts []string) (string, []int) {
	text, line := "", 1
	var starts []int
	for _, a := range arts {
		starts = append(starts, line)
		text += a
		line += strings.Count(a, "\n")
	}
	return text, starts
}

// wantStarts checks that the file joined from parts is split where each
// part starts.
func wantStarts(t *testing.T, parts []string) {
	t.Helper()
	text, want := joinArticles(parts)
	if starts := startLines(text); !slices.Equal(starts, want) {
		t.Errorf("articles start at %v, want %v", starts, want)
	}
}

func TestSplitCrafted(t *testing.T) {
	t.Parallel()
	type want struct {
		start, end                  int
		title, byline, source, date string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "no header is one article",
			text: body(3, "rain"),
			want: []want{{1, 3, "", "", "", ""}},
		},
		{
			name: "title byline outlet date",
			text: "Big Storm Hits Coast\nJane Doe\nDAILY\nTue, April 2, 2024\n" + body(2, "storm") +
				"Markets Fall Again\nBy John Roe, Reuters\nApril 3, 2024\n" + body(2, "markets"),
			want: []want{
				{1, 6, "Big Storm Hits Coast", "Jane Doe", "DAILY", "Tue, April 2, 2024"},
				{7, 11, "Markets Fall Again", "John Roe", "Reuters", "April 3, 2024"},
			},
		},
		{
			name: "source slash date and byline after with blank lines",
			text: "\nA Headline Here\n\nNPR/March 24, 2024\n\nBy Brian Mann\n\n" + body(2, "x") + "\nTo see more documents/articles regarding this group/organization/subject click here.\n\n",
			want: []want{{2, 9, "A Headline Here", "Brian Mann", "NPR", "March 24, 2024"}},
		},
		{
			name: "byline only before date, then title-only block",
			text: "Eric Schmitt\nMon, March 25, 2024\n" + body(2, "a") + "c.2024 The New York Times Company\n" +
				"What happened next?\nUpdated Mon, March 25, 2024\n" + body(2, "b") + "No comments:\nPost a Comment\n",
			want: []want{
				{1, 4, "", "Eric Schmitt", "", "Mon, March 25, 2024"},
				{6, 9, "What happened next?", "", "", "Mon, March 25, 2024"},
			},
		},
		{
			name: "preamble before the first header",
			text: "Site navigation and other text that is long enough to stay here.\n" + "The first story\nMay 1, 2024\n" + body(1, "one"),
			want: []want{{1, 1, "", "", "", ""}, {2, 4, "The first story", "", "", "May 1, 2024"}},
		},
		{
			name: "forum thread: reply subjects and post lines with a » separator",
			text: "Harbour plans approved\nPost by old_hack » Mon Jan 02, 2006 3:04 pm\n\n" + body(2, "a") + "\nTop\n\n" +
				"Re: Harbour plans approved\nPost by reader_42 » Tue Jan 03, 2006 9:12 am\n\n" + body(2, "b") +
				"\nAW: Neue Pläne für den Hafen\nPost by newsfan » Wed Jan 04, 2006 10:00 am\n\n" + body(1, "c"),
			want: []want{
				{1, 5, "Harbour plans approved", "", "Post by old_hack", "Mon Jan 02, 2006"},
				{9, 13, "Re: Harbour plans approved", "", "Post by reader_42", "Tue Jan 03, 2006"},
				{15, 18, "AW: Neue Pläne für den Hafen", "", "Post by newsfan", "Wed Jan 04, 2006"},
			},
		},
		{
			name: "numbered sections under an unnumbered header stay in the report",
			text: "Annual Review of the Harbour\nBy Ann Lee\n2 March 2024\n\n" + body(2, "a") + "\n1. Background\nUpdated March 5, 2024\n\n" +
				body(2, "b") + "\n2. Next steps\n\n" + body(2, "c"),
			want: []want{{1, 17, "Annual Review of the Harbour", "Ann Lee", "", "2 March 2024"}},
		},
		{
			name: "a lone numbered section with a revision date stays in the report",
			text: "Annual Review of the Harbour\nBy Ann Lee\n2 March 2024\n\n" + body(2, "a") + "\n1. Open questions\nUpdated March 5, 2024\n\n" + body(2, "b"),
			want: []want{{1, 12, "Annual Review of the Harbour", "Ann Lee", "", "2 March 2024"}},
		},
		{
			name: "a headline that starts with a number is a title",
			text: "Bayern gewinnt das Spitzenspiel\n12.03.2024\n\n" + body(2, "a") + "\n1. FC Köln verliert in Bremen\n13.03.2024\n\n" + body(2, "b"),
			want: []want{
				{1, 5, "Bayern gewinnt das Spitzenspiel", "", "", "12.03.2024"},
				{7, 11, "1. FC Köln verliert in Bremen", "", "", "13.03.2024"},
			},
		},
		{
			name: "numbered items naming their source split under an unnumbered page header",
			text: "Morning Briefing\n4 March 2024\n\n" + body(1, "intro") + "\n1. Harbour plans approved\nSource: Reuters, 3 Mar 2024\n\n" +
				body(2, "b") + "\n2. Storm closes the coast road\nSource: AP, 3 Mar 2024\n\n" + body(2, "c"),
			want: []want{
				{1, 4, "", "Morning Briefing", "", "4 March 2024"}, // two capitalised words read as a name, as with "Eric Schmitt",
				{6, 10, "1. Harbour plans approved", "", "Reuters", "3 Mar 2024"},
				{12, 16, "2. Storm closes the coast road", "", "AP", "3 Mar 2024"},
			},
		},
		{
			name: "lone date inside a body does not split",
			text: body(2, "x") + "March 3, 2024\n" + body(2, "y"),
			want: []want{{1, 5, "", "", "", ""}},
		},
		{
			name: "date in a sentence is not a date line",
			text: "Title\nBy A Person\n" + "On March 3, 2024 the committee met and decided many things that matter.\n" + body(1, "z"),
			want: []want{{1, 4, "Title", "A Person", "", ""}},
		},
		{
			name: "other languages",
			text: "Attentat à Moscou\nPar Jean Dupont\n25 mars 2024\n" + body(1, "fr") + "Anschlag in Moskau\nMontag, 25. März 2024\n" + body(1, "de"),
			want: []want{
				{1, 4, "Attentat à Moscou", "Jean Dupont", "", "25 mars 2024"},
				{5, 7, "Anschlag in Moskau", "", "", "Montag, 25. März 2024"},
			},
		},
		{
			name: "byline and outlet before the date on one line",
			text: "Floods close the coast road\nBy Jane Doe | March 25, 2024\n" + body(1, "a") +
				"Ferry service resumes\nJane Doe, Reuters • March 26, 2024\n" + body(1, "b"),
			want: []want{
				{1, 3, "Floods close the coast road", "Jane Doe", "", "March 25, 2024"},
				{4, 6, "Ferry service resumes", "Jane Doe", "Reuters", "March 26, 2024"},
			},
		},
		{
			name: "crlf and iso date",
			text: "Story about a\r\n2024-03-25\r\nBody line one of article A.\r\nStory about b\r\n2024-03-26\r\nBody line of B.\r\n",
			want: []want{{1, 3, "Story about a", "", "", "2024-03-25"}, {4, 6, "Story about b", "", "", "2024-03-26"}},
		},
		{
			name: "update notes inside one article do not split it",
			text: "Harbour Works Begin\nBy Jane Doe\nMay 1, 2024\n\n" + body(2, "a") + "\nUpdate\nMay 3, 2024\n\n" + body(2, "b") +
				"\nUpdate\nMay 9, 2024\n\n" + body(2, "c"),
			want: []want{{1, 18, "Harbour Works Begin", "Jane Doe", "", "May 1, 2024"}},
		},
		{
			name: "short footer lines above a title are the previous article's",
			text: "Harbour works begin at last\nMay 1, 2024\n\n" + body(2, "a") + "\nShare this story with friends\n\nFollow us for more updates\n\n" +
				"Ferry strike ends after talks\nMay 2, 2024\n\n" + body(2, "b"),
			want: []want{
				{1, 9, "Harbour works begin at last", "", "", "May 1, 2024"},
				{11, 15, "Ferry strike ends after talks", "", "", "May 2, 2024"},
			},
		},
		{
			name: "a label above the first header is part of it",
			text: "FOR IMMEDIATE RELEASE\n\nCouncil approves the new budget\n\nLONDON, January 2, 2020\n\n" + body(2, "budget") +
				"\nMedia contact: Jane Doe\nJanuary 3, 2020\n\n" + body(2, "contact"),
			want: []want{{1, 14, "Council approves the new budget", "", "LONDON", "January 2, 2020"}},
		},
		{
			name: "numbered digest: the item numbers mark headlines with or without a date",
			text: "1. Harbour works begin at last\nThe Daily Ledger / 2024-10-08\n\n" + body(2, "a") +
				"\n2) Ferry strike ends after talks\nvia Metro Desk\n\n" + body(2, "b") +
				"\n#3 Snow closes the mountain pass\nvia Valley Post\n\n" + body(2, "c"),
			want: []want{
				{1, 5, "1. Harbour works begin at last", "", "The Daily Ledger", "2024-10-08"},
				{7, 11, "2) Ferry strike ends after talks", "", "", ""},
				{13, 17, "#3 Snow closes the mountain pass", "", "", ""},
			},
		},
		{
			name: "one-line headers over text of short lines",
			text: "国务院召开常务会议部署稳就业工作 — 新华网, 2024-03-25\n\n会议指出，要稳住就业基本盘。\n\n各地要落实各项政策措施。\n\n" +
				"多地出台措施支持企业稳岗扩岗 — 人民网, 2024-03-26\n\n企业吸纳就业可以获得补贴。\n\n政策覆盖中小微企业。\n\n" +
				"高校毕业生就业服务活动启动 (光明日报, 2024-03-27)\n\n活动将持续一百天。\n\n线上线下同步开展招聘。\n",
			want: []want{
				{1, 5, "国务院召开常务会议部署稳就业工作", "", "新华网", "2024-03-25"},
				{7, 11, "多地出台措施支持企业稳岗扩岗", "", "人民网", "2024-03-26"},
				{13, 17, "高校毕业生就业服务活动启动", "", "光明日报", "2024-03-27"},
			},
		},
		{
			name: "headline - outlet learned from a dated header finds title-only ones",
			text: "Harbour plans approved - The Daily Ledger\nMarch 3, 2024\n\n" + body(3, "harbour") + "\n\n" +
				"Rail strike called off - Valley Post\n\n\n" + body(3, "rail") + "\nAdvertisement\n\n" +
				"Council budget passes | 7 News Metro\n\n" + body(2, "budget") + "\n" +
				"Ferry timetable changes - The Daily Ledger\n\n" + body(2, "ferry"),
			want: []want{
				{1, 6, "Harbour plans approved", "", "The Daily Ledger", "March 3, 2024"},
				{9, 21, "Rail strike called off", "", "Valley Post", ""},
				// " | " was not seen in a confident header: part of the
				// article above.
				{23, 26, "Ferry timetable changes", "", "The Daily Ledger", ""},
			},
		},
		{
			name: "a subheading ending in a name is body text when no header ends so",
			text: "Storm hits the coast\nMarch 3, 2024\n\n" + body(2, "storm") + "\nWhat comes next - A Timeline\n\n" + body(2, "next"),
			want: []want{{1, 10, "Storm hits the coast", "", "", "March 3, 2024"}},
		},
		{
			name: "field-labelled export: labels are not part of the title or the source",
			text: "Title: Harbour plans approved\nAuthor: Doe, Jane\nPublication title: The Daily Ledger\nPublication date: Mar 3, 2024\n\nFull text:\n" + body(2, "harbour") +
				"\nTitle: Storm closes coast road\nAuthor: Roe, John\nPublication title: Valley Post\nPublication date: Mar 4, 2024\n\nFull text:\n" + body(2, "storm"),
			want: []want{
				{1, 8, "Harbour plans approved", "Doe, Jane", "The Daily Ledger", "Mar 3, 2024"},
				{10, 17, "Storm closes coast road", "Roe, John", "Valley Post", "Mar 4, 2024"},
			},
		},
		{
			name: "article counters over headline and outlet, date and page",
			text: "Article 1 of 2\nHarbour plans approved\nThe Daily Ledger, 3 March 2024, p. 12\n\n" + body(2, "harbour") +
				"\nArticle 2 of 2\nStorm closes coast road\nMetro Desk, 4 March 2024, p. 3\n\n" + body(2, "storm"),
			want: []want{
				{1, 6, "Harbour plans approved", "", "The Daily Ledger", "3 March 2024"},
				{8, 13, "Storm closes coast road", "", "Metro Desk", "4 March 2024"},
			},
		},
		{
			name: "a headline starting with By where the file's layout has a headline",
			text: "Harbour plans approved\nMarch 2, 2024\n\n" + body(2, "harbour") + "\nBY NO MEANS FALL\nMarch 3, 2024\n\n" + body(2, "fall") +
				"\nCouncil budget passes\nMarch 4, 2024\n\n" + body(2, "budget"),
			want: []want{
				{1, 5, "Harbour plans approved", "", "", "March 2, 2024"},
				{7, 11, "", "NO MEANS FALL", "", "March 3, 2024"}, // split; the metadata still reads a by-line
				{13, 17, "Council budget passes", "", "", "March 4, 2024"},
			},
		},
		{
			name: "a headline with a kicker and a colon where the file's layout has a headline",
			text: "Harbour plans approved\nMarch 2, 2024\n\n" + body(2, "harbour") + "\nAnalysis: what the rate cut means\nMarch 3, 2024\n\n" + body(2, "rates") +
				"\nCouncil budget passes\nMarch 4, 2024\n\n" + body(2, "budget"),
			want: []want{
				{1, 5, "Harbour plans approved", "", "", "March 2, 2024"},
				{7, 11, "Analysis: what the rate cut means", "", "", "March 3, 2024"},
				{13, 17, "Council budget passes", "", "", "March 4, 2024"},
			},
		},
		{
			name: "Korean portal: headline, entry time, reporter",
			text: "정부, 내년 예산안 확정\n입력 2024.03.03 10:12\n홍길동 기자\n\n정부가 내년 예산안을 확정했다.\n\n국회는 다음 달 심의에 들어간다.\n\n" +
				"서울 아파트값 3주 연속 상승\n입력 2024.03.04 09:00\n[서울=연합뉴스] 김철수 기자 =\n\n서울 아파트값이 3주 연속 올랐다.\n\n전문가들은 금리를 원인으로 꼽았다.\n",
			want: []want{
				{1, 7, "정부, 내년 예산안 확정", "홍길동", "", "2024.03.03"},
				{9, 15, "서울 아파트값 3주 연속 상승", "김철수", "연합뉴스", "2024.03.04"},
			},
		},
		{
			name: "a standfirst sentence between the headline and the by-line and date",
			text: "El Gobierno aprueba el nuevo plan de vivienda para los jóvenes de la capital\nLa medida entrará en vigor el próximo mes, según fuentes oficiales.\nJuan Pérez | 3 de marzo de 2024\n\n" + body(2, "vivienda") +
				"\nEl puerto amplía su horario\nLos barcos podrán atracar por la noche desde abril.\nAna López | 4 de marzo de 2024\n\n" + body(2, "puerto"),
			want: []want{
				{1, 6, "El Gobierno aprueba el nuevo plan de vivienda para los jóvenes de la capital", "Juan Pérez", "", "3 de marzo de 2024"},
				{8, 13, "El puerto amplía su horario", "Ana López", "", "4 de marzo de 2024"},
			},
		},
		{
			name: "a blog post with readers' comments stays whole",
			text: "Harbour plans approved\nPosted on March 2, 2024\n\n" + body(2, "harbour") + "\n2 Comments\n\nAnna Berg says:\nMarch 3, 2024 at 9:12 am\n" + body(1, "anna") +
				"\nJuan Pérez dice:\nMarch 4, 2024 at 10:40 pm\n" + body(1, "juan"),
			want: []want{{1, 15, "Harbour plans approved", "", "", "March 2, 2024"}},
		},
		{
			name: "a long poster line with a relative date over a long headline",
			text: "r/worldnews • Posted by u/newsfan 10 hours ago\nUnited States which completed the sum allowed to be subscribed\n\n" + body(2, "states") +
				"\nr/europe • Posted by u/harbourwatch 11 hours ago\nThe treaties and the peace of the continent\n\n" + body(2, "treaties") +
				"\nr/economics • Posted by u/reader_42 13 hours ago\nHarbour plans approved by the council\n\n" + body(2, "harbour"),
			want: []want{
				{1, 5, "United States which completed the sum allowed to be subscribed", "", "", "10 hours ago"},
				{7, 11, "The treaties and the peace of the continent", "", "", "11 hours ago"},
				{13, 17, "Harbour plans approved by the council", "", "", "13 hours ago"},
			},
		},
		{
			name: "a headline over points, poster, age and comments",
			text: "Harbour plans approved by the council (example.com)\n123 points by newsfan 5 hours ago | 45 comments\n\n" + body(2, "harbour") +
				"\nThe treaties and the peace of the continent (example.org)\n7 points by old_hack 9 hours ago | 2 comments\n\n" + body(2, "treaties"),
			want: []want{
				{1, 5, "Harbour plans approved by the council", "", "example.com", "5 hours ago"},
				{7, 11, "The treaties and the peace of the continent", "", "example.org", "9 hours ago"},
			},
		},
		{
			name: "a date in a form no table lists, with a time, over each headline",
			text: "人民网 20-9-7 22:50 来自 iPhone客户端\n【国务院召开常务会议部署稳就业工作】\n\n" + body(2, "就业") +
				"\n光明日报 24-8-7 04:00 来自 iPhone客户端\n【港口计划获批准】\n\n" + body(2, "港口") +
				"\n新华网 23-1-15 09:12 来自 微博 weibo.com\n【城市更新行动全面展开】\n\n" + body(2, "城市"),
			want: []want{
				{1, 5, "【国务院召开常务会议部署稳就业工作】", "", "", ""},
				{7, 11, "【港口计划获批准】", "", "", ""},
				{13, 17, "【城市更新行动全面展开】", "", "", ""},
			},
		},
		{
			name: "show notes with chapter time stamps stay whole",
			text: "Harbour plans, the episode\nEpisode 42 · March 2, 2024 · 45 min\n\n00:00\nThe harbour plans\n\n" + body(2, "harbour") +
				"\n04:12\nWhat the council said\n\n" + body(2, "council") + "\n12:47\nQuestions from listeners\n\n" + body(2, "listeners"),
			want: []want{{1, 20, "Harbour plans, the episode", "", "Episode 42", "March 2, 2024"}},
		},
		{
			name: "front matter between rules, quoted title",
			text: "---\ntitle: \"Harbour plans approved\"\ndate: 2024-03-02T10:00:00Z\nauthor: Jane Doe\ntags: [local]\n---\n\n" + body(2, "harbour") +
				"\n---\ntitle: \"Council votes\"\ndate: 2024-03-03T09:00:00Z\nauthor: John Roe\ntags: [politics]\n---\n\n" + body(2, "council"),
			want: []want{
				{1, 9, "Harbour plans approved", "Jane Doe", "", "2024-03-02"},
				{11, 19, "Council votes", "John Roe", "", "2024-03-03"},
			},
		},
		{
			name: "standfirst and the author's name between headline and date",
			text: "Harbour plans approved\nThe plan has divided the town, and the vote will not settle it.\nJane Doe\nSat 2 Mar 2024 10.00 GMT\n\n" + body(2, "harbour") +
				"\nCouncil votes on budget\nOfficials say the figures are better than expected.\nJohn Roe\nSun 3 Mar 2024 09.00 GMT\n\n" + body(2, "council"),
			want: []want{
				{1, 7, "Harbour plans approved", "Jane Doe", "", "Sat 2 Mar 2024"},
				{9, 15, "Council votes on budget", "John Roe", "", "Sun 3 Mar 2024"},
			},
		},
		{
			name: "a date with the unit of its time",
			text: "Harbour plans approved\nJuan Pérez\nBuenos Aires\n22/11/2024 12:49 hs.\n\n" + body(2, "harbour") +
				"\nCouncil votes on budget\nLucía García\nRosario\n23/11/2024 09:10 hs.\n\n" + body(2, "council"),
			want: []want{
				{1, 7, "Harbour plans approved", "Juan Pérez", "Buenos Aires", "22/11/2024"},
				{9, 15, "Council votes on budget", "Lucía García", "Rosario", "23/11/2024"},
			},
		},
		{
			name: "headlines alone over text that opens with a dateline",
			text: "Harbour plans approved\n\nLONDON (Reuters) - The council approved the harbour plans on Tuesday after a long debate.\n\n" + body(2, "harbour") +
				"\nCouncil votes on budget\n\nPARIS, 3 March (AFP) - The council voted on the budget late on Wednesday night.\n\n" + body(2, "council"),
			want: []want{
				{1, 6, "Harbour plans approved", "", "Reuters", ""},
				{8, 13, "Council votes on budget", "", "AFP", "3 March"},
			},
		},
		{
			name: "Chinese agency datelines opening the text",
			text: "国务院召开常务会议\n\n新华社北京3月25日电（记者张三）国务院总理主持召开国务院常务会议，部署稳就业工作。\n\n会议指出，要做好重点群体就业工作。\n\n" +
				"港口计划获批准\n\n新华社上海4月18日电（记者李娜）上海市今天发布港口发展新规，计划明年开工。\n\n新规明确了港口建设的时间表。\n",
			want: []want{
				{1, 5, "国务院召开常务会议", "", "新华社北京", "3月25日"},
				{7, 11, "港口计划获批准", "", "新华社上海", "4月18日"},
			},
		},
		{
			name: "headlines over their pages' addresses",
			text: "Harbour plans approved\nhttps://www.example.com/2024/03/harbour-plans\n\n" + body(2, "harbour") +
				"\nCouncil votes on budget\nhttps://news.example.org/council-votes?id=7\n\n" + body(2, "council"),
			want: []want{
				{1, 5, "Harbour plans approved", "", "example.com", ""},
				{7, 11, "Council votes on budget", "", "news.example.org", ""},
			},
		},
		{
			name: "a link under a label in the text is no header",
			text: "Harbour plans approved\nMarch 2, 2024\n\n" + body(2, "harbour") + "\nRead more:\nhttps://www.example.com/2024/03/harbour-plans\n\n" + body(1, "more"),
			want: []want{{1, 10, "Harbour plans approved", "", "", "March 2, 2024"}},
		},
		{
			name: "press release wire datelines under headline and subheading",
			text: "Harbour Group opens new terminal\nTerminal to double the port's capacity\n\nNEW YORK, March 25, 2024 /PRNewswire/ -- Harbour Group today opened its new terminal on the east quay.\n\n" + body(2, "harbour") +
				"\n----------\n\nValley Post Media reports record results\nRevenue up for the fourth quarter in a row\n\nTORONTO, Jan. 3, 2025 /GlobeNewswire/ -- Valley Post Media reported record results on Friday.\n\n" + body(2, "results"),
			want: []want{
				{1, 7, "Harbour Group opens new terminal", "", "PRNewswire", "March 25, 2024"},
				{11, 17, "Valley Post Media reports record results", "", "GlobeNewswire", "Jan. 3, 2025"},
			},
		},
		{
			name: "citation lines of a news database",
			text: "Harbour plans approved. Jane Doe. The Daily Ledger; Springfield [Springfield]. 23 Jul 2020: A.1.\n\n" + body(2, "harbour") +
				"\nCouncil votes on budget. John Roe. Valley Post; Salem [Salem]. 24 Jul 2020: B.3.\n\n" + body(2, "council"),
			want: []want{
				{1, 4, "Harbour plans approved", "", "The Daily Ledger", "23 Jul 2020"},
				{6, 9, "Council votes on budget", "", "Valley Post", "24 Jul 2020"},
			},
		},
		{
			name: "a post's own footer ends it, the page's footer does not",
			text: "Monday, March 4, 2024\n\nHarbour plans approved\n\n" + body(2, "harbour") + "\nPosted by Jane Doe at 3:32 PM\n2 comments:\n\n" +
				"Tuesday, March 5, 2024\n\nCouncil votes on budget\n\n" + body(2, "council") + "\nPosted by John Roe at 9:10 AM\nNo comments:\n\nPost a Comment\nNewer Posts Older Posts Home\n",
			want: []want{
				{1, 9, "Harbour plans approved", "", "", "Monday, March 4, 2024"},
				{11, 19, "Council votes on budget", "", "", "Tuesday, March 5, 2024"},
			},
		},
		{
			name: "a statute's numbered sections with their effective dates stay whole",
			text: "HARBOUR WORKS ACT\nEnacted April 3, 2020\n\n§ 1. Purpose\nEffective date: June 18, 2020\n\n" + body(2, "purpose") +
				"\n§ 2. Definitions\nEffective date: February 1, 2022\n\n" + body(2, "definitions") + "\n§ 3. Penalties\nEffective date: March 1, 2022\n\n" + body(2, "penalties"),
			want: []want{{1, 20, "§ 1. Purpose", "", "", "June 18, 2020"}},
		},
		{
			name: "a novel in letters stays whole",
			text: "HARBOUR LETTERS\n\nA Novel in Letters\n\nLETTER 1\n\nHarbour Town, January 2, 1890\n\nDear Jane,\n\n" + body(2, "winter") +
				"\nYours ever,\nTom\n\nLETTER 2\n\nLondon, March 3, 1890\n\nMy dear Tom,\n\n" + body(2, "spring") + "\nFaithfully,\nJane\n",
			want: []want{{1, 27, "LETTER 1", "Harbour Town", "", "January 2, 1890"}},
		},
		{
			name: "only boilerplate",
			text: "No comments:\nPost a Comment\n\n",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := split(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d articles %+v, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				gw := want{g.StartLine, g.EndLine, g.Title, g.Byline, g.Source, g.Date}
				if gw != w {
					t.Errorf("article %d = %+v, want %+v", i, gw, w)
				}
			}
		})
	}
}

// TestBoilerplateLiterals checks that IsBoilerplate's fast path only
// answers what the regexp would: every literal line matches it, in any
// case.
func TestBoilerplateLiterals(t *testing.T) {
	for l := range boilerplateLiterals {
		for _, v := range []string{l, strings.ToUpper(l), strings.ToUpper(l[:1]) + l[1:]} {
			if !boilerplateRE.MatchString(v) || !boilerplateStart(v) {
				t.Errorf("%q is a literal but the boilerplate regexp or its first-word test rejects it", v)
			}
		}
	}
}

// TestBoilerplateShortcuts checks IsBoilerplate's quick answers against
// the regexp: copyrightLine only accepts lines the regexp accepts, and
// every line starting with a digit that the regexp accepts passes
// digitChrome.
func TestBoilerplateShortcuts(t *testing.T) {
	lines := []string{
		"c.2024 The Daily Herald Company", "C. 2024 The Daily Herald Company", "© 2024 Reuters", "©2024", "(c) 2023 AP",
		"Copyright © 2021 Valley Post. All rights reserved.", "copyright 2024", "c.20245 things", "c.2024x", "c.202",
		"© 2024 " + strings.Repeat("long ", 20), "Copyright law in 2024", "(C)2019 Metro Desk", "c.2024é",
		"12 comments", "1 Comment:", "850 words", "1,250 words", "2024 was a year", "25 marzo", "3 Comments on this",
		"137 people words", "12 COMMENTS:",
	}
	for _, l := range lines {
		re := boilerplateRE.MatchString(stripMarkup(l))
		if copyrightLine(l) && !re {
			t.Errorf("copyrightLine accepts %q, the regexp does not", l)
		}
		if l[0] >= '0' && l[0] <= '9' && re && !digitChrome(l) {
			t.Errorf("digitChrome turns away %q, which the regexp accepts", l)
		}
		if got := IsBoilerplate(l); got != re {
			t.Errorf("IsBoilerplate(%q) = %v, the regexp says %v", l, got, re)
		}
	}
}

func TestSplitNone(t *testing.T) {
	t.Parallel()
	lines, _ := Lines([]byte("Title\nMay 1, 2024\nbody\nTitle 2\nMay 2, 2024\nbody\nNo comments:\n"))
	got := Split(lines, None)
	if len(got) != 1 || got[0].StartLine != 1 || got[0].EndLine != 6 || len(got[0].Body) != 6 || got[0].Title != "" {
		t.Errorf("Split(None) = %+v", got)
	}
}

func TestBoilerplateNotInBody(t *testing.T) {
	t.Parallel()
	text := "T\nBy Some One\nline one.\nAdvertisement\nline two.\nShare this article\nline three.\n"
	a := split(text)
	if len(a) != 1 {
		t.Fatalf("got %d articles", len(a))
	}
	if fmt.Sprint(a[0].Body) != "[3 5 7]" || fmt.Sprint(a[0].Header) != "[1 2]" {
		t.Errorf("body %v header %v", a[0].Body, a[0].Header)
	}
}

// TestSeeds pins the split of the sample files.
func TestSeeds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file   string
		starts string
		ends   string
	}{
		{"001_56dba68fe8242c6c.txt", "[1]", "[36]"},
		{"002_faa7436319fd51a6.txt", "[1 34 84 109 132 157 168]", "[32 83 108 131 156 167 191]"},
		{"003_55e81eba70a11d6c.txt", "[1]", "[9]"},
		{"004_e923ea4366fe9c19.txt", "[1]", "[83]"},
	}
	for _, tc := range tests {
		data, err := os.ReadFile("../../seeds/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := Lines(data)
		if err != nil {
			t.Fatal(err)
		}
		var starts, ends []int
		for _, a := range Split(lines, Auto) {
			starts, ends = append(starts, a.StartLine), append(ends, a.EndLine)
		}
		if fmt.Sprint(starts) != tc.starts || fmt.Sprint(ends) != tc.ends {
			t.Errorf("%s: starts %v ends %v, want %s %s", tc.file, starts, ends, tc.starts, tc.ends)
		}
	}
}

func TestLinesErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		err  error
		line int
	}{
		{"ok\x00bad", ErrBinary, 0},
		{"good\nbad \xff here\n", ErrInvalidUTF8, 2},
		{"\xef\xbb\xbfbom ok\n", nil, 0},
	}
	for _, tc := range tests {
		_, err := Lines([]byte(tc.in))
		if !errors.Is(err, tc.err) {
			t.Errorf("Lines(%q) err = %v, want %v", tc.in, err, tc.err)
			continue
		}
		var e *Error
		if errors.As(err, &e) && e.Line != tc.line {
			t.Errorf("Lines(%q) line %d, want %d", tc.in, e.Line, tc.line)
		}
	}
	l, _ := Lines([]byte("a\r\nb\rc\n"))
	if fmt.Sprint(l) != "[a b c]" {
		t.Errorf("line endings: %q", l)
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "Title\nBy A B\nMarch 1, 2024\nbody\n", "x\n\nMon, May 6, 2024\nNo comments:\n", "A\nB\nC\nD\nJune 1, 2024\nE\n", "A\n</a></u><font size=2>*****<br>\n", "[] Harbour plans approved\n"} {
		f.Add(s)
	}
	// Seed the corpus with the sample files and the hostile inputs.
	for _, pattern := range []string{"../../seeds/*", "../../testdata/bad/*"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if data, err := os.ReadFile(name); err == nil && len(data) < 64<<10 {
				f.Add(string(data))
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines, offsets, err := LinesOffsets([]byte(s))
		shared, sharedOffsets, sharedErr := LinesOffsetsShared([]byte(s), []string{"stale"}, []int{7})
		if fmt.Sprint(err) != fmt.Sprint(sharedErr) || !slices.Equal(lines, shared) || !slices.Equal(offsets, sharedOffsets) {
			t.Fatalf("LinesOffsetsShared differs from LinesOffsets: %v / %v", err, sharedErr)
		}
		if err != nil {
			return
		}
		// The layouts: none, one a census of the input itself learns,
		// and common shapes.
		var c Census
		c.Add(lines)
		c.Add(lines)
		c.Add(lines)
		for _, tc := range []struct {
			mode Mode
			lay  *Layout
		}{{Auto, nil}, {None, nil}, {Auto, c.Layout(3)}, {Auto, LayoutOf([]string{"TD", "T_D", "TBD", "CTF"})}} {
			mode := tc.mode
			prev := 0
			covered, closing := map[int]bool{}, map[int]bool{}
			for _, a := range SplitLayout(lines, mode, tc.lay) {
				if len(a.Body) > 0 {
					for n := a.Body[len(a.Body)-1] + 1; n <= a.EndLine; n++ {
						closing[n] = true
					}
				}
				if a.StartLine <= prev || a.EndLine < a.StartLine || a.EndLine > len(lines) {
					t.Fatalf("mode %v: bad or overlapping range %d-%d after %d (of %d lines)", mode, a.StartLine, a.EndLine, prev, len(lines))
				}
				prev = a.EndLine
				for _, n := range append(append([]int{}, a.Header...), a.Body...) {
					if n < a.StartLine || n > a.EndLine || covered[n] {
						t.Fatalf("line %d outside %d-%d or used twice", n, a.StartLine, a.EndLine)
					}
					covered[n] = true
				}
				// A scan reads a document back as the lines after its
				// header block up to its last body line that are not
				// blank and not boilerplate: they must be its body.
				if len(a.Body) > 0 {
					from := a.StartLine
					if len(a.Header) > 0 {
						from = a.Header[len(a.Header)-1] + 1
					}
					var want []int
					for n := from; n <= a.Body[len(a.Body)-1]; n++ {
						if l := lines[n-1]; strings.TrimSpace(l) != "" && !IsBoilerplate(l) {
							want = append(want, n)
						}
					}
					if !slices.Equal(a.Body, want) {
						t.Fatalf("mode %v: article %d-%d has body %v, a scan reads back %v", mode, a.StartLine, a.EndLine, a.Body, want)
					}
				}
			}
			// Every line with text that is not boilerplate belongs to an
			// article: its header, its body, or (a by-line closing the
			// text, which names who wrote it) its range after the body.
			for i, l := range lines {
				if strings.TrimSpace(l) != "" && !IsBoilerplate(l) && !covered[i+1] && !closing[i+1] {
					t.Fatalf("mode %v: line %d %q not in any article", mode, i+1, l)
				}
			}
		}
	})
}

func TestParseDateLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, date, source string
		ok               bool
	}{
		{"Mon, March 25, 2024", "Mon, March 25, 2024", "", true},
		{"Updated Mon, March 25, 2024", "Mon, March 25, 2024", "", true},
		{"NPR/March 24, 2024", "March 24, 2024", "NPR", true},
		{"Reuters - Updated March 25, 2024 at 10:32 a.m.", "March 25, 2024", "Reuters", true},
		{"March 3rd, 2024", "March 3rd, 2024", "", true},
		{"Sept. 9, 2023", "Sept. 9, 2023", "", true},
		{"25 mars 2024", "25 mars 2024", "", true},
		{"Montag, 25. März 2024", "Montag, 25. März 2024", "", true},
		{"lunes, 25 de marzo de 2024", "lunes, 25 de marzo de 2024", "", true},
		{"2024-03-25", "2024-03-25", "", true},
		{"Published 3:42 PM EDT, March 25, 2024", "March 25, 2024", "", true},
		{"Last updated on 25 March 2024", "25 March 2024", "", true},
		{"Monday 25 March 2024 09.42 GMT", "Monday 25 March 2024", "", true},
		{"Jane Doe, Reuters • March 25, 2024", "March 25, 2024", "Jane Doe, Reuters", true},
		{"By Jane Doe | March 25, 2024", "March 25, 2024", "By Jane Doe", true},
		{"25.03.2024 14:00", "25.03.2024", "", true},
		{"Published: 03/25/2024", "03/25/2024", "", true},
		{"On March 3, 2024 the committee met and decided many things.", "", "", false},
		{"Prices may rise 5 percent by 2024", "", "", false},
		{"March 32, 2024", "", "", false},
		{"2024-3-25", "", "", false},
		{"a long prefix of many words here / March 1, 2024", "", "", false},
	}
	for _, tc := range tests {
		date, src, ok := parseDateLine(tc.in)
		if ok != tc.ok || date != tc.date || src != tc.source {
			t.Errorf("parseDateLine(%q) = %q, %q, %v; want %q, %q, %v", tc.in, date, src, ok, tc.date, tc.source, tc.ok)
		}
	}
}

func TestLinesOffsets(t *testing.T) {
	t.Parallel()
	data := []byte("\xef\xbb\xbfone\r\ntwo\rthree\n\nfour")
	lines, offs, err := LinesOffsets(data)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		if got := string(data[offs[i] : offs[i]+len(l)]); got != l {
			t.Errorf("line %d %q at offset %d reads %q", i+1, l, offs[i], got)
		}
	}
	if fmt.Sprint(offs) != "[3 8 12 18 19]" {
		t.Errorf("offsets %v", offs)
	}
}

// TestSplitDatabaseExports: multi-article exports from news databases, in
// the LexisNexis and Factiva layouts (text written for this test). Field
// lines are metadata, never text; each document is one article.
func TestSplitDatabaseExports(t *testing.T) {
	t.Parallel()
	lexis := `Document 1 of 2

Storm Floods Coastal Towns
The Daily Example
March 25, 2024 Monday
Copyright 2024 The Daily Example Company All Rights Reserved
Section: NEWS; Pg. 4
Length: 61 words
Byline: Ana Ruiz
Body
Heavy rain flooded three coastal towns overnight, and the regional council opened two shelters for families who had to leave their homes.
Engineers said the sea wall held, but drains could not keep up with the water coming down from the hills.
Load-Date: March 26, 2024
End of Document
Document 2 of 2

Council Approves New Ferry Route
The Weekly Example
March 27, 2024 Wednesday
Length: 40 words
Byline: By Tomas Berg
Body
The council approved a ferry route between the harbour and the island on Wednesday, with the first boats expected in June.
Load-Date: March 28, 2024
End of Document
`
	factiva := `Storm floods coastal towns
By Ana Ruiz
61 words
25 March 2024
The Daily Example
DLYEX
English
Copyright 2024 The Daily Example Company. All Rights Reserved.
Heavy rain flooded three coastal towns overnight, and the regional council opened two shelters for families who had to leave their homes.
Document DLYEX00020240325ek3p0005j
Council approves new ferry route
By Tomas Berg
40 words
27 March 2024
The Weekly Example
The council approved a ferry route between the harbour and the island on Wednesday, with the first boats expected in June.
Document WKLYEX0020240327ek3r0007a
`
	type want struct {
		start, end            int
		title, byline, source string
		date                  string
		firstBody             int
	}
	for _, tc := range []struct {
		name string
		text string
		want []want
	}{
		{"lexisnexis", lexis, []want{
			// From the counter line to the last trailing field line.
			{1, 14, "Storm Floods Coastal Towns", "Ana Ruiz", "The Daily Example", "March 25, 2024", 11},
			{15, 25, "Council Approves New Ferry Route", "Tomas Berg", "The Weekly Example", "March 27, 2024", 23},
		}},
		{"factiva", factiva, []want{
			// To the "Document ..." trailer that closes each document.
			{1, 10, "Storm floods coastal towns", "Ana Ruiz", "The Daily Example", "25 March 2024", 9},
			{11, 17, "Council approves new ferry route", "Tomas Berg", "The Weekly Example", "27 March 2024", 16},
		}},
	} {
		got := split(tc.text)
		if len(got) != len(tc.want) {
			t.Fatalf("%s: %d articles: %+v", tc.name, len(got), got)
		}
		for i, w := range tc.want {
			g := got[i]
			gw := want{g.StartLine, g.EndLine, g.Title, g.Byline, g.Source, g.Date, g.Body[0]}
			if gw != w {
				t.Errorf("%s article %d = %+v, want %+v", tc.name, i, gw, w)
			}
		}
	}
}

// TestWrappedBodyLineNotOutlet: a short wrapped body line that contains an
// outlet word ("times", "post") right after the date stays text.
func TestWrappedBodyLineNotOutlet(t *testing.T) {
	t.Parallel()
	a := split("Some headline here\nBy Ana Ruiz\nMay 1, 2024\nthe council met three times last week and will post\nthe minutes online on friday morning for everyone.\n")
	if len(a) != 1 || len(a[0].Body) != 2 || a[0].Source != "" {
		t.Errorf("articles %+v", a)
	}
}

func TestCheckExport(t *testing.T) {
	t.Parallel()
	doc := func(n, of int) string {
		return fmt.Sprintf("%d of %d DOCUMENTS\n\nThe Daily Example\n\nMarch %d, 2024\n\nStory number %d here\n\n%s\nLOAD-DATE: March 30, 2024\n\n", n, of, n, n, body(3, fmt.Sprint("story", n)))
	}
	for _, tc := range []struct {
		name string
		text string
		want *CountMismatch
	}{
		{"complete", doc(1, 3) + doc(2, 3) + doc(3, 3), nil},
		{"a later part of a cut export", doc(51, 100) + doc(52, 100), nil},
		{"last document missing", doc(1, 3) + doc(2, 3), &CountMismatch{Expected: 3, Found: 2, FirstMissing: 3}},
		{"counter line lost", doc(1, 3) + strings.Replace(doc(2, 3), "2 of 3 DOCUMENTS", "", 1) + doc(3, 3), &CountMismatch{Expected: 3, Found: 2, FirstMissing: 2}},
		{"not an export", body(4, "plain"), nil},
		{"article counters, one lost", "Article 1 of 3\nHarbour plans approved\nThe Daily Ledger, 3 March 2024, p. 12\n\n" + body(3, "harbour") +
			"\nStorm closes coast road\nValley Post, 4 March 2024, p. 3\n\n" + body(3, "storm") +
			"\nArticle 3 of 3\nCouncil budget passes\nMetro Desk, 5 March 2024, p. 1\n\n" + body(3, "budget"), &CountMismatch{Expected: 3, Found: 2, FirstMissing: 2}},
		{"Russian document counters", "Документ 1 из 2\nЗаголовок первой статьи\n25 марта 2024\n\n" + body(2, "a") + "\nДокумент 2 из 2\nЗаголовок второй статьи\n26 марта 2024\n\n" + body(2, "b"), nil},
	} {
		lines, err := Lines([]byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		arts := Split(lines, Auto)
		got := CheckExport(lines, arts)
		if (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("%s: CheckExport = %+v, want %+v", tc.name, got, tc.want)
		}
		if tc.name == "counter line lost" && len(arts) != 3 {
			t.Errorf("%s: %d articles, want 3 (the damaged one found by its header's shape)", tc.name, len(arts))
		}
	}
}

// TestWordFilters checks that a filter never turns away a word of its
// sets, in any case: it may only save a lookup that would fail.
func TestWordFilters(t *testing.T) {
	for _, c := range []struct {
		f    *wordFilter
		sets []map[string]bool
	}{
		{creditFilter, []map[string]bool{creditStarts}},
		{byStartFilter, []map[string]bool{byStartSet}},
		{relativeFilter, []map[string]bool{relativeLast}},
		{abbrevFilter, []map[string]bool{dateAbbrevs, monthWords}},
	} {
		for _, m := range c.sets {
			for w := range m {
				for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
					if hasFolded(m, v) && !c.f.may(v) {
						t.Errorf("filter turns away %q", v)
					}
				}
			}
		}
	}
	for w := range boilerplateFirst {
		if !boilerplateFilter.may(strings.ToUpper(w)) {
			t.Errorf("boilerplate filter turns away %q", w)
		}
	}
	if abbrevFilter.may("things") || creditFilter.may("The") {
		t.Error("filters let through words no set holds a word of that length and first letter for")
	}
}

// TestDeckIsHeader: a standfirst is a header line, not text to compare; a
// sentence over a date inside a body, with no headline over it, stays text.
func TestDeckIsHeader(t *testing.T) {
	arts := split("El puerto amplía su horario\nLos barcos podrán atracar por la noche desde abril.\nAna López | 4 de marzo de 2024\n\n" + body(2, "puerto"))
	if len(arts) != 1 || !slices.Contains(arts[0].Header, 2) || slices.Contains(arts[0].Body, 2) {
		t.Fatalf("articles %+v: want line 2 in the header, not the body", arts)
	}
	arts = split("Harbour plans approved\nMarch 2, 2024\n\n" + body(2, "harbour") + "The council said the work would start soon.\nMarch 3, 2024\n" + body(1, "more"))
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1: a sentence over a date in a body is text", len(arts))
	}
}

// TestLeadDatelineIsText checks that a dateline opening the text is part
// of the body, and that one such article among title-only ones does not
// change how the others are split.
func TestLeadDatelineIsText(t *testing.T) {
	arts := split("Harbour plans approved\n\nLONDON (Reuters) - The council approved the harbour plans on Tuesday after a long debate.\n\n" + body(2, "harbour"))
	if len(arts) != 1 || !slices.Contains(arts[0].Body, 3) || slices.Contains(arts[0].Header, 3) {
		t.Fatalf("articles %+v: want line 3 in the body", arts)
	}
	text := "Harbour plans approved\n\n" + body(2, "harbour") +
		"\nCouncil votes on budget\n\nLONDON — The council voted on the budget late on Wednesday night.\n\n" + body(2, "council") +
		"\nRail strike ends\n\n" + body(2, "rail")
	starts := startLines(text)
	if want := []int{1, 6, 13}; !slices.Equal(starts, want) {
		t.Fatalf("articles start at %v, want %v", starts, want)
	}
	// A headline that reads as a field ("Harbour plans: what next") over
	// text opening with a dateline is the headline.
	text = "Harbour plans approved by the council\n\nLONDON (Reuters) - The council approved the plans on Tuesday.\n\n" + body(2, "harbour") +
		"\nRail strike:  the talks go on\n\nLEEDS (Reuters) - The rail strike went on for a third day on Friday.\n\n" + body(2, "rail")
	if starts := startLines(text); !slices.Equal(starts, []int{1, 8}) {
		t.Errorf("field-shaped headline over a dateline: articles start at %v, want [1 8]", starts)
	}
}

// TestQuotedMail checks that a mail forwarding another stays one
// document, while a mailbox whose messages are separated by "-----Original
// Message-----" lines (no forward in the subject) splits at each message.
func TestQuotedMail(t *testing.T) {
	starts := func(text string) []int {
		var out []int
		for _, a := range split(text) {
			out = append(out, a.StartLine)
		}
		return out
	}
	fwd := "Subject: Fwd: Harbour plans approved\nFrom: Jane Doe <jane@example.org>\nDate: Tue, 5 Mar 2024 10:00:00 +0000\n\nSee below.\n\n" +
		"---------- Forwarded message ---------\nFrom: The Daily Ledger <news@example.com>\nDate: Mon, Mar 4, 2024 at 9:12 AM\nSubject: Harbour plans approved\nTo: <jane@example.org>\n\n" + body(2, "harbour")
	if got := starts(fwd); len(got) != 1 {
		t.Errorf("forwarded mail: articles start at %v, want one article", got)
	}
	box := "From: The Daily Ledger <news@example.com>\nSent: Monday, March 4, 2024 9:12 AM\nSubject: Harbour plans approved\n\n" + body(2, "harbour") +
		"\n-----Original Message-----\nFrom: Valley Post <news@example.org>\nSent: Tuesday, March 5, 2024 8:00 AM\nSubject: Council votes on budget\n\n" + body(2, "council")
	if got, want := starts(box), []int{1, 8}; !slices.Equal(got, want) {
		t.Errorf("mailbox: articles start at %v, want %v", got, want)
	}
}

func TestQuotedMailMarks(t *testing.T) {
	for _, tc := range []struct {
		line      string
		mark, fwd bool
	}{
		{"---------- Forwarded message ---------", true, false},
		{"-----Original Message-----", true, false},
		{"Begin forwarded message:", true, false},
		{"-------- Weitergeleitete Nachricht --------", true, false},
		{"-------- Message transféré --------", true, false},
		{"---------- Пересылаемое сообщение ----------", true, false},
		{"Forwarded messages are welcome", false, false},
		{"Subject: Fwd: Harbour plans approved", false, true},
		{"Fwd: Harbour plans approved", false, true},
		{"Betreff: WG: Hafenpläne", false, true},
		{"Subject: Re: Harbour plans approved", false, false},
		{"Subject: Harbour plans approved", false, false},
	} {
		if got := quotedMailMark(tc.line); got != tc.mark {
			t.Errorf("quotedMailMark(%q) = %v, want %v", tc.line, got, tc.mark)
		}
		if got := forwardSubject(tc.line); got != tc.fwd {
			t.Errorf("forwardSubject(%q) = %v, want %v", tc.line, got, tc.fwd)
		}
	}
}

// TestLeadLayoutKeepsShortParagraphs checks that in a file whose
// headlines stand over datelines, set apart by rules, a short paragraph
// after a single blank line does not start an article as a headline.
func TestLeadLayoutKeepsShortParagraphs(t *testing.T) {
	art := func(title, city string) string {
		return title + "\n\n新华社" + city + "3月25日电（记者张三）国务院总理主持召开国务院常务会议，部署稳就业工作。\n\n会议指出要做好重点群体就业工作\n\n会议强调，要把稳就业摆在更加突出的位置，加大政策支持力度，确保就业形势总体稳定。\n\n会议要求各地抓紧落实有关政策\n\n会议认为，当前就业形势总体稳定，但结构性矛盾依然突出，需要继续加大工作力度。\n"
	}
	text := art("国务院召开常务会议", "北京") + "\n* * *\n\n" + art("港口计划获批准", "上海") + "\n* * *\n\n" + art("城市更新行动全面展开", "广州")
	starts := startLines(text)
	if want := []int{1, 15, 29}; !slices.Equal(starts, want) {
		t.Fatalf("articles start at %v, want %v", starts, want)
	}
}

// TestTrailerRecords checks that records closed by a recurring numbered
// field ("PMID: 36694042") are split after it, and that a field that
// repeats its value or has no number does not split a document.
func TestTrailerRecords(t *testing.T) {
	rec := func(n int, id string) string {
		return fmt.Sprintf("%d. J Public Aff. 2024 Mar %d;12(3):45-67. doi: 10.1000/jpa.%d.\n\n", n, n, n) +
			"Harbour plans and the town's budget, a study of " + id + ".\n\nJane Doe, John Roe.\n\n" + body(2, id) + "\nPMID: " + id + "\n\n\n"
	}
	text := rec(1, "31450929") + rec(2, "36694042") + rec(3, "30653931") + rec(4, "33455427")
	starts := startLines(text)
	if want := []int{1, 13, 25, 37}; !slices.Equal(starts, want) {
		t.Errorf("records start at %v, want %v", starts, want)
	}
	// Three records, the last field the file's last line: it still
	// counts as the third.
	starts = starts[:0]
	for _, a := range split(rec(1, "31450929") + rec(2, "36694042") + strings.TrimRight(rec(3, "30653931"), "\n")) {
		starts = append(starts, a.StartLine)
	}
	if want := []int{1, 13, 25}; !slices.Equal(starts, want) {
		t.Errorf("three records start at %v, want %v", starts, want)
	}
	for _, field := range []string{"Source: Reuters", "Answer: Yes"} {
		doc := ""
		for i := 0; i < 4; i++ {
			doc += body(2, fmt.Sprint("part ", i)) + field + "\n\n"
		}
		if arts := split(doc); len(arts) != 1 {
			t.Errorf("%q closing each part: %d articles, want 1", field, len(arts))
		}
	}
	// A field that ends a sentence wrapped from the line above closes
	// the sentence's bracket, not a record.
	notes := ""
	for i := range 4 {
		notes += body(2, fmt.Sprint("fix ", i)) + "Fix the tide table check on big-endian systems.  (Addresses\nDebian Bug: #99134" + fmt.Sprint(i) + ")\n\n"
	}
	if arts := split(notes); len(arts) != 1 {
		t.Errorf("bug numbers closing wrapped sentences: %d articles, want 1", len(arts))
	}
}

// TestFieldUnderHeaderOpensRecord checks that a numbered field right under
// a header block ("Contact: Ann Lee, 555-0751" under the date of a press
// release) is read as part of the header, not as the field that closes a
// record: the last release keeps its text.
func TestFieldUnderHeaderOpensRecord(t *testing.T) {
	var text string
	var want []int
	line := 1
	for i, name := range []string{"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eyre"} {
		want = append(want, line)
		rel := fmt.Sprintf("Harbour plan %s approved by council\nMarch %d, 2024\nContact: %s, 555-07%02d\n\n", name, i+2, name, i) + body(3, name) + "\n"
		text += rel
		line += strings.Count(rel, "\n")
	}
	arts := split(text)
	var starts []int
	for _, a := range arts {
		starts = append(starts, a.StartLine)
	}
	if !slices.Equal(starts, want) || arts[len(arts)-1].EndLine != line-2 {
		t.Fatalf("articles %+v: want starts %v and the last ending at line %d", arts, want, line-2)
	}
}

// TestPartHeadingsStayInDocument checks that headings naming a part of
// one work with its number ("PART TWO", "Kapitel 3", "Часть вторая"), each
// with the time the part started under it, divide a programme's
// transcript and start no article, and that a part heading with its own
// by-line still does.
func TestPartHeadingsStayInDocument(t *testing.T) {
	for _, heads := range [][]string{
		{"PART TWO", "PART THREE", "PART FOUR"},
		{"Part II", "Part III", "Part IV"},
		{"Kapitel 2", "Kapitel 3", "Kapitel 4"},
		{"Часть вторая", "Часть третья", "Часть четвёртая"},
		{"Chapitre deux", "Chapitre trois", "Chapitre quatre"},
		{"PART TWO"},
	} {
		text := "Harbour plans approved by the council\nBroadcast: 2 March 2024, 19:00\n\n" + body(2, "intro")
		for i, h := range heads {
			text += fmt.Sprintf("\n%s\n[19:%02d]\n\n", h, 10*(i+1)) + body(2, h)
		}
		if arts := split(text); len(arts) != 1 || arts[0].EndLine != strings.Count(text, "\n") {
			t.Errorf("%q: articles %+v, want one over the whole transcript", heads, arts)
		}
	}
	text := "Harbour plans approved by the council\nMarch 2, 2024\n\n" + body(2, "intro") +
		"\nPART TWO\nBy Jane Doe\nMarch 3, 2024\n\n" + body(2, "second")
	if starts := startLines(text); !slices.Equal(starts, []int{1, 7}) {
		t.Errorf("a part with its own by-line: articles start at %v, want [1 7]", starts)
	}
}

func TestPartNumber(t *testing.T) {
	for _, tc := range []struct {
		in string
		n  int
		ok bool
	}{
		{"2", 2, true}, {"12", 12, true}, {"1234", 0, false}, {"II", 2, true}, {"XIV", 14, true}, {"XXXIX", 39, true},
		{"IIII", 0, false}, {"XL", 0, false}, {"ii", 0, false}, {"TWO", 2, true}, {"second", 2, true}, {"zweite", 2, true},
		{"вторая", 2, true}, {"deuxième", 2, true}, {"Harbour", 0, false}, {"", 0, false},
	} {
		if n, ok := partNumber(tc.in); n != tc.n || ok != tc.ok {
			t.Errorf("partNumber(%q) = %d, %v; want %d, %v", tc.in, n, ok, tc.n, tc.ok)
		}
	}
}

// TestBareLinesThatAreNoHeadlines checks that a short line alone between
// paragraphs of an article that opens with a bare headline starts no
// article when it does not read as a headline: a lead-in over a bulleted
// list, a note in brackets, a fragment in lower case, a reader's comment
// with doubled marks or two sentences; and that a page of bare headlines
// still splits at each.
func TestBareLinesThatAreNoHeadlines(t *testing.T) {
	for _, line := range []string{
		"The government had claimed tobacco firms\n\n - manipulated nicotine levels\n - targeted teenagers",
		"(seeds in brackets)",
		"won the women's race with a late burst",
		"Has everyone forgotten about the pie maker??",
		"Best song in years, you must be joking. Its good if you like that",
	} {
		text := "Tobacco giants hail court ruling\n\n" + body(2, "ruling") + "\n" + line + "\n\n" + body(2, "appeal")
		if arts := split(text); len(arts) != 1 {
			t.Errorf("%q: %d articles, want 1", line, len(arts))
		}
	}
	text := "Tobacco giants hail court ruling\n\n" + body(2, "ruling") + "\nHarbour plans approved by council\n\n" + body(2, "harbour") + "\nStorm closes the coast road\n\n" + body(2, "storm")
	if starts := startLines(text); !slices.Equal(starts, []int{1, 6, 11}) {
		t.Errorf("a page of bare headlines: articles start at %v, want [1 6 11]", starts)
	}
}

// TestMarkupOnlyLines: a line that is markup around nothing but more
// markup (from a mail's HTML part), HTML tags alone, or Markdown that
// shows no text is a rule, and reading it does not panic.
func TestMarkupOnlyLines(t *testing.T) {
	for _, line := range []string{"</a></u></font><font size=2>*******<br>", "<b>**</b>", "**__**", `<p align="center">`, `<a name="methods"></a>`, `<img align="right" alt="Harbour logo" width="160" src="https://example.org/logo.svg">`} {
		if k := classify(line); !k.boilerplate {
			t.Errorf("classify(%q) = %+v, want a rule", line, k.kind)
		}
	}
	if k := classify("<Harbour plans approved>"); k.boilerplate {
		t.Error("a headline in angle brackets read as markup")
	}
	// Markdown that shows no text: link definitions, images and badges.
	for _, line := range []string{"[wiki]: https://github.com/example/harbour/wiki", "[![Build Status](https://ci.example.org/harbour.svg)](https://ci.example.org/harbour) [![npm](https://img.example.org/npm.svg)](https://npm.example.org)", "![Harbour logo](logo.png)"} {
		if k := classify(line); !k.boilerplate {
			t.Errorf("classify(%q) = %+v, want layout", line, k.kind)
		}
	}
	for _, line := range []string{"[Harbour plans approved](https://example.org/harbour)", "[1]: Reuters report on the harbour"} {
		if k := classify(line); k.boilerplate {
			t.Errorf("classify(%q) read as layout", line)
		}
	}
	// A Markdown table's row is text of the table, never a headline.
	if k := classify("|Branch|CI system|Status|"); k.shape != shapeProse {
		t.Errorf("table row read as shape %c", k.shape)
	}
	// Empty brackets before a headline ("[] Title", "( ) Title", from
	// mail) are no date.
	for _, line := range []string{"[] Harbour plans approved", "( ) Win a prize now", "【】港口计划获批准"} {
		if k := classify(line); k.date {
			t.Errorf("classify(%q) read a date", line)
		}
	}
	if arts := split("Harbour plans approved\nMarch 2, 2024\n\n" + body(2, "x") + "</a></u></font><font size=2>*******<br>\n" + body(2, "y")); len(arts) != 1 {
		t.Errorf("%d articles, want 1", len(arts))
	}
}

// TestOpeningHeadline: a file that holds one article under a bare
// headline has that headline as its title, out of the text compared; a
// file that opens with text, or with a short line that is not set apart,
// has none.
func TestOpeningHeadline(t *testing.T) {
	arts := split("Ad sales boost Time Warner profit\n\n" + body(3, "profit"))
	if len(arts) != 1 || arts[0].Title != "Ad sales boost Time Warner profit" || !slices.Equal(arts[0].Header, []int{1}) || arts[0].Body[0] != 3 {
		t.Errorf("one article under its headline: %+v", arts)
	}
	for _, text := range []string{body(3, "plain"), "Dear Ana,\n" + body(3, "letter"), "A short first line\nthat goes on here\n\n" + body(2, "wrapped")} {
		if arts := split(text); len(arts) != 1 || arts[0].Title != "" || len(arts[0].Header) != 0 {
			t.Errorf("%.30q: %+v, want no header", text, arts)
		}
	}
}

// TestTranscriptClockStamps: a transcript that stamps each speaker with
// the clock time in brackets ("[12:09:00]", "SEN. DOE:", a short line of
// Chinese) stays whole, however short its paragraphs.
func TestTranscriptClockStamps(t *testing.T) {
	text := "TRANSCRIPT: 港口计划听证会\nTuesday, November 28, 2023\n\n"
	for i, who := range []string{"WITNESS:", "SEN. HERNANDEZ:", "MODERATOR:", "SEN. DOE:", "SEN. NAKAMURA:"} {
		text += fmt.Sprintf("[12:%02d:00]\n%s\n这是一个关于港口计划的发言，第%d段。\n\n", 6+3*i, who, i)
	}
	if arts := split(text); len(arts) != 1 {
		t.Errorf("%d articles, want one: %+v", len(arts), arts)
	}
}

// TestScheduleStaysWhole: a programme's days and its timed entries, each
// with a speaker under it, in increasing order under each day, are one
// document; the same entries with their times newest first, as a ticker
// of separate items lists them, are split at each entry.
func TestScheduleStaysWhole(t *testing.T) {
	days := []string{"Sunday 21 May 2023", "Monday 22 May 2023"}
	entries := func(times []string) string {
		text := "Harbour science days\nProgramme, 21–23 May 2023\n\n"
		n := 0
		for _, d := range days {
			text += d + "\n\n"
			for range 2 {
				text += fmt.Sprintf("%s  Tides and ports in the north %d\n        Jane Doe, University of Harbour\n\n", times[n], n) + body(1, fmt.Sprint("talk", n)) + "\n"
				n++
			}
		}
		return text
	}
	if arts := split(entries([]string{"09:00", "10:30", "11:00", "12:30"})); len(arts) != 1 {
		t.Errorf("programme: %d articles, want one: %+v", len(arts), arts)
	}
	// Each day starts over: an early time under a new day is in order.
	days = []string{"Sunday 21 May 2023", "Monday 22 May 2023", "Tuesday 23 May 2023"}
	if arts := split(entries([]string{"09:00", "10:30", "11:00", "12:30", "09:15", "10:45"})); len(arts) != 1 {
		t.Errorf("three-day programme: %d articles, want one", len(arts))
	}
	days = []string{"Sunday 21 May 2023", "Monday 22 May 2023"}
	if arts := split(entries([]string{"12:30", "11:00", "10:30", "09:00"})); len(arts) < 4 {
		t.Errorf("ticker, newest first: %d articles, want one per entry", len(arts))
	}
}

// TestDocumentSectionsStayWhole: documents with no date or by-line whose
// sections are headed by lines of the opening title's shape (READMEs, as
// /usr/share/doc holds them) are one document: the section headings are
// marked otherwise than the title, underlined, or are no headings at all
// (a hard-wrapped paragraph's first line, an address set off in the
// text). A digest whose headlines are marked as its first one is still
// split.
func TestDocumentSectionsStayWhole(t *testing.T) {
	para := func(word string) string { return body(2, word) + "\n" }
	for _, tc := range []struct{ name, text string }{
		{"markdown levels", "# harbourctl, a tool for harbour masters\n\n" + para("intro") + "## Building harbourctl from source\n\n" + para("build") + "## Reporting bugs and asking questions\n\n" + para("bugs") + "## Licence and copying conditions\n\n" + para("licence")},
		{"marked sections", "Read this file first for an overview of the tools\n\n" + para("intro") + "---Shadow passwords and their files\n\n" + para("shadow") + "---General configuration of the tools\n\n" + para("config") + "--- Adding users and groups\n\n" + para("users")},
		{"underlined sections", "The Debian package of harbourctl\n================================\n\n" + para("intro") + "How to install local certificates\n---------------------------------\n\n" + para("install") + "How packages are accepted upstream\n----------------------------------\n\n" + para("accept")},
		{"short underlines", "Node.js tools: harbourctl\n=================\n\n" + para("intro") + "Sync vs Async vs Async and Await\n-------------\n\n" + para("sync") + "Callbacks, promises and their errors\n-------------\n\n" + para("errors")},
		{"wrapped paragraphs", "Welcome to harbourctl!\n\n" + para("intro") +
			"To build harbourctl, a C compiler (for example gcc or clang), make and a\nsuitable yacc are needed.\n\n" + para("build") +
			"To get and build the latest from version control - note that this requires\nautoconf, automake and pkg-config:\n\n" + para("vcs") +
			"Bug reports, feature suggestions and especially code contributions are most\nwelcome. Please send them by mail.\n\n" + para("bugs")},
		{"addresses in the text", "Harbourctl 2.1 release notes\n\n" + para("intro") +
			"Additional documentation is available as a separate package from\n\n  https://download.example.org/releases/harbourctl/\n\n" + para("docs") +
			"The latest version is always available from\nhttps://example.org/harbourctl.\n\n" + para("latest") +
			"Please report bugs in the tracker at\n\n  https://bugs.example.org/harbourctl\n\n" + para("bugs")},
		{"comments in a code block", "# Harbour control library\n\n" + para("intro") + "```\n  # common build tools for the harbour\n  apt install automake autoconf libtool\n\n  # core libraries and their headers\n  apt install libxml2 libxml2-dev\n\n  # crypto libraries for the signatures\n  apt install libssl-dev\n```\n\n" + para("after")},
		{"comments in an indented code block", "# harbourctl changelog\n\n" + para("intro") + "The filter now reads the record as `this`:\n\n        # Bad. Works with harbourctl 0.x but not 1.x.\n        $ harbourctl -c 'pid === 123' port.log\n\n" + para("bad") + "        # Good. Works with all versions of harbourctl\n        $ harbourctl -c 'this.pid === 123' port.log\n\n" + para("good")},
		{"sections of a README with code", "## What is harbourctl?\n\n" + para("what") + "## Getting started\n\n" + para("start") + "```sh\nnpx harbourctl create my-port\ncd my-port\n```\n\n" + para("more") + "## Supporting harbourctl\n\n" + para("support")},
		{"sections of a README with inline code", "## Installing harbourctl\n\n" + para("install") + "Run `npm install harbourctl` in the project.\n\n## Reading tide tables\n\n" + para("read") + "Call `harbour.tides(port)` with a port code; `port` is a string.\n\n## Writing charts to files\n\n" + para("write") + "The `chart.save()` method takes a path.\n"},
		{"dates in inline code", "# harbour-log\n\n" + para("intro") + "Call `harbourLog.token()` with the name and a function.\n\n##### :date[format]\n\nThe current date and time in UTC. The formats are:\n\n  - `clf` for the common log format (`\"10/Oct/2000:13:55:36 +0000\"`)\n  - `iso` for ISO 8601 (`2000-10-10T13:55:36.000Z`)\n  - `web` for RFC 1123 (`Tue, 10 Oct 2000 13:55:36 GMT`)\n\nWithout a format, the default is `web`.\n\n" + para("after")},
		{"dates in web addresses", "Harbourctl traces\n\n" + para("intro") + "A convenience handle has been made for this:\n\n```sh\nharbourctl -p 1234\n```\n\nOn systems that support the\n[jstack](http://example.org/blogs/dap/2012/04/25/profiling-harbours/) action\nvia a helper, get a stack trace for any debug message.\n\n" + para("trace") + "See also http://example.org/2019/03/07/ and\nhttps://example.org/notes/2020-01-02 for more.\n\n" + para("more")},
		{"settings with defaults", "# harbourctl API\n\n" + para("intro") + "#### `depthLimit` (Number)\n\nDefault: `5`\n\nThe deepest nesting the fallback writer follows.\n\n#### `edgeLimit` (Number)\n\nDefault: `100`\n\nThe most properties per object the fallback writer reads.\n\n#### `tideLimit` (Number)\n\nDefault: `12`\n\nThe most tide tables kept in memory.\n\n#### `portLimit` (Number)\n\nDefault: `40`\n\n" + para("ports")},
		{"list items credited in their text", func() string {
			long := "- gh-issue-101400: Fix the wrong line number in the error message on a harbour\n  code that is not in a table, which left the user with no hint at all.\n\n"
			text := "Harbour News\n\nWhat's New in harbourctl 3.11.2 final?\n\n"
			for i, credit := range []string{"by Jane Doe", "by Ana Ruiz", "courtesy of Joe Park.", "by Bo Chan"} {
				text += long + fmt.Sprintf("- bpo-4684%d: Improve the errors for wrong harbour codes and tides. Patch\n  %s\n\n", i, credit) + long
			}
			return text
		}()},
		{"lead-ins", "Harbour control library for ports\n\n" + para("intro") +
			"In JavaScript:\n\n```javascript\nconst harbour = require(\"harbour\")\n```\n\n" + para("js") +
			"With npm do:\n\n```\nnpm install harbour\n```\n\n" + para("npm") + "In TypeScript:\n\n" + para("ts")},
		{"sentences over addresses", "Harbourctl 2.1 release notes\n\n" + para("intro") +
			"Older releases are still available as tarballs at\nhttps://example.org/releases\n\n" + para("releases") +
			"Please report bugs that are not about security via the\nhttps://bugs.example.org/harbourctl\n\n" + para("bugs")},
	} {
		if arts := split(tc.text); len(arts) != 1 {
			var starts []int
			for _, a := range arts {
				starts = append(starts, a.StartLine)
			}
			t.Errorf("%s: articles start at %v, want one document", tc.name, starts)
		}
	}
	digest := "## Harbour plans approved by the council\n\n" + para("harbour") + "## Rail strike called off after late talks\n\n" + para("rail") + "## Council budget passes at the third vote\n\n" + para("budget")
	if starts := startLines(digest); len(starts) != 3 {
		t.Errorf("digest of headlines marked alike: articles start at %v, want three", starts)
	}
	// Quotes in the old style of manual pages ("`show' or `mark'") are no
	// code: a digest quoting so is still a digest.
	quoting := "## Harbour plans approved by the council\n\n" + para("harbour") + "The `new' berths open in May, the `harbour master' said.\n\n## Rail strike called off after late talks\n\n" + para("rail") + "Unions called the offer `fair' and `final'.\n\n## Council budget passes at the third vote\n\n" + para("budget") + "The `yes' side won by two votes to the `no' side.\n"
	if starts := startLines(quoting); len(starts) != 3 {
		t.Errorf("digest quoting in the old style: articles start at %v, want three", starts)
	}
	// A digest of bulleted headlines over their by-lines is a digest.
	bylined := "- Harbour plans approved by the council\n  By Jane Doe\n\n" + para("harbour") + "- Rail strike called off after late talks\n  By Bo Chan\n\n" + para("rail") + "- Council budget passes at the third vote\n  By Ana Ruiz\n\n" + para("budget")
	if starts := startLines(bylined); len(starts) != 3 {
		t.Errorf("digest of bulleted headlines over by-lines: articles start at %v, want three", starts)
	}
	// One bullet is no heading's mark: a digest may vary it.
	bulleted := "- Harbour plans approved by the council\n(Northern Courier)\n\n" + para("harbour") + "» Rail strike called off after late talks\n(Metro Desk)\n\n" + para("rail") + "• Council budget passes at the third vote\n(Valley Post)\n\n" + para("budget")
	if starts := startLines(bulleted); len(starts) != 3 {
		t.Errorf("digest of headlines under varied bullets: articles start at %v, want three", starts)
	}
}

func TestInnerSentenceEnd(t *testing.T) {
	for in, want := range map[string]bool{
		"you must be joking. Its good": true, "U.S. Plans New Tariffs": false, "Mr. Smith Goes to Town": false,
		"Ends here.": false, "No. 10 denies the report": false, "the end. and more": false,
	} {
		if got := innerSentenceEnd(in); got != want {
			t.Errorf("innerSentenceEnd(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestDatabaseRecordForms checks forms of news databases' records: a
// long outlet, date and page line over a long headline and a staff
// writer's name (not a wrapped paragraph); a Dutch counter ("1 van 2
// DOCUMENTEN") whose document ends before the rule between documents;
// labelled fields under the date ("Sección:", "Página:") that belong to
// the header, with the headline after the blank; and a CJK headline with
// a full-width colon under the date where the file's layout has its
// headline.
func TestDatabaseRecordForms(t *testing.T) {
	var nb string
	for i, o := range []string{"The Evening Record", "Northern Courier", "The Daily Ledger"} {
		nb += fmt.Sprintf("%s - March %d, 2024 - page A15\nCitizens not having obtained justice for them a further %d\nPriya Nakamura, Staff Writer\n\n", o, i+2, i) + body(2, o) + "\n\n"
	}
	if starts := startLines(nb); !slices.Equal(starts, []int{1, 9, 17}) {
		t.Errorf("outlet, date and page lines: articles start at %v, want [1 9 17]", starts)
	}
	nl := ""
	for n := 1; n <= 2; n++ {
		nl += fmt.Sprintf("%d van 2 DOCUMENTEN\nDe Volkskrant\n12 maart 2024 dinsdag\n\nKabinet valt over migratie %d\n\n", n, n) + body(2, fmt.Sprint("nl", n)) + "\nLOAD-DATE: 13 maart 2024\n\n* * *\n\n"
	}
	lines, _ := Lines([]byte(nl))
	arts := Split(lines, Auto)
	if len(arts) != 2 || arts[0].StartLine != 1 || arts[0].EndLine != 10 || arts[1].StartLine != 14 || arts[1].EndLine != 23 || arts[0].Date != "12 maart 2024" {
		t.Errorf("Dutch export: %+v, want documents 1-10 and 14-23 dated 12 maart 2024", arts)
	}
	lines, _ = Lines([]byte(strings.Replace(nl, "2 van 2 DOCUMENTEN", "", 1)))
	if got := CheckExport(lines, Split(lines, Auto)); got == nil || got.FirstMissing != 2 {
		t.Errorf("Dutch export with a counter lost: CheckExport = %+v, want document 2 missing", got)
	}
	en := strings.NewReplacer(" van ", " of ", "DOCUMENTEN", "DOCUMENTS", "* * *", "Advertisement").Replace(nl)
	if arts := split(en); len(arts) != 2 || arts[0].EndLine != 10 {
		t.Errorf("export with chrome between documents: %+v, want the first to end at its last field, line 10", arts)
	}
	es := ""
	for i, m := range []string{"El País", "El Mundo", "La Vanguardia"} {
		es += fmt.Sprintf("Medio: %s\nFecha: 1%d/07/2023\nSección: Sociedad\nPágina: 2%d\n\nEl Gobierno aprueba la reforma %d\n\n", m, i, i, i) + body(2, m) + "\n"
	}
	arts = split(es)
	if len(arts) != 3 || arts[0].Title != "El Gobierno aprueba la reforma 0" || arts[0].Source != "El País" || !slices.Equal(arts[0].Header, []int{1, 2, 3, 4, 6}) {
		t.Errorf("clipping fields: %+v, want three records titled by their headlines, fields in the header", arts)
	}
	zh := ""
	for i, title := range []string{"港口计划获得批准", "者注：如果在最长空闲时间内没执行任何", "城市更新行动全面展开"} {
		zh += fmt.Sprintf("信報 | 2025-0%d-12 | 經濟 | A06 | 字數：2000\n%s\n\n", i+1, title) + strings.Repeat("这是一个关于港口和城市的长句子，用来说明文章的内容，没有任何标题的样子。\n\n", 2) + "\n"
	}
	if starts := startLines(zh); !slices.Equal(starts, []int{1, 9, 17}) {
		t.Errorf("CJK headline with a colon: articles start at %v, want [1 9 17]", starts)
	}
}

// TestClosingBylineNotBody checks that a by-line closing an article on its
// own stays in the article's range but not in its body.
func TestClosingBylineNotBody(t *testing.T) {
	arts := split("Harbour plans approved\nMarch 2, 2024\n\n" + body(2, "harbour") + "\n박준호 기자 junho@example.co.kr\n")
	if len(arts) != 1 || arts[0].EndLine != 7 || slices.Contains(arts[0].Body, 7) || !slices.Contains(arts[0].Body, 5) {
		t.Fatalf("articles %+v: want lines 1-7 with line 7 out of the body", arts)
	}
}

func TestTimeStampForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		secs int
		ok   bool
	}{
		{"0:00", 0, true}, {"03:12", 192, true}, {"1:02:45", 3765, true}, {"12:", 0, false}, {":12", 0, false},
		{"123:00", 0, false}, {"1:2", 0, false}, {"1:60", 0, false}, {"1:02:03:04", 0, false}, {"12", 0, false}, {"ab:cd", 0, false},
	} {
		if secs, ok := timeStamp(tc.in); secs != tc.secs || ok != tc.ok {
			t.Errorf("timeStamp(%q) = %d, %v; want %d, %v", tc.in, secs, ok, tc.secs, tc.ok)
		}
	}
}

// TestLongCreditOverHeadline checks that a photo credit and a headline,
// both long enough to be lines of a hard-wrapped paragraph, over a date
// line and a blank are a header, not text.
func TestLongCreditOverHeadline(t *testing.T) {
	credits := []string{"[Photo: Laura Hernandez/The Evening Record]", "[Photo: Michael Hernandez/The Evening Record]", "[Photo: Jane Ali/The Harbor Times]", "[Photo: Michael Kowalski/Global Wire Service]"}
	heads := []string{"Harbour Plans Approved After a Long Night of Talks", "To Retain It in the Treasury Unemployed in Any Case", "Council Divided on the Question of the Funds", "Markets Fall Again as the Long Winter Drags On Here"}
	text := ""
	for i := range credits {
		text += credits[i] + "\n" + heads[i] + "\nMarch " + fmt.Sprint(i+2) + ", 2024\n\n" + body(2, fmt.Sprint("topic ", i)) + "\n\n"
	}
	starts := startLines(text)
	if want := []int{1, 9, 17, 25}; !slices.Equal(starts, want) {
		t.Errorf("articles start at %v, want %v", starts, want)
	}
}

// TestDelimitedRecordHeaders checks that articles under one-line headers
// written as CSV rows or tab-separated fields are split at them, with the
// headline, outlet and date read from the fields, and that a short line
// of the article above (a CJK paragraph without a full stop) is not taken
// into the next header across the blank line.
func TestDelimitedRecordHeaders(t *testing.T) {
	for _, tc := range []struct {
		name string
		head func(n int) string
	}{
		{"csv", func(n int) string {
			return fmt.Sprintf("2024-03-%02d,\"The Daily Ledger\",\"Harbour story number %d approved\"", n+1, n)
		}},
		{"tabs", func(n int) string {
			return fmt.Sprintf("Harbour story number %d approved\tThe Daily Ledger\t%02d/03/2024", n, n+1)
		}},
	} {
		text := ""
		for n := 0; n < 3; n++ {
			text += tc.head(n) + "\n\n" + body(2, fmt.Sprint("harbour ", n)) + "\n港口计划获得批准后居民们开始讨论新的码头\n\n"
		}
		arts := split(text)
		starts := startLines(text)
		if want := []int{1, 8, 15}; !slices.Equal(starts, want) {
			t.Fatalf("%s: articles start at %v, want %v", tc.name, starts, want)
		}
		if a := arts[1]; a.Title != "Harbour story number 1 approved" || a.Source != "The Daily Ledger" || a.Date == "" {
			t.Errorf("%s: second article read as title %q, source %q, date %q", tc.name, a.Title, a.Source, a.Date)
		}
	}
}

// TestBareHeadlinesClosedByOutlet checks that in a file of bare headlines
// ending in the outlet's name in brackets, short paragraphs (CJK ones
// without a full stop pass for headlines) do not start articles, and that
// a headline so closed starts one even over such a short paragraph, the
// file's first included.
func TestBareHeadlinesClosedByOutlet(t *testing.T) {
	const short = "ファイルパーミッションによらずシステム上の任意ファイルに関しての読出し\n\n"
	const sentence = "市議会は月曜日に港湾地区の再開発計画を承認した。\n\n"
	outlets := []string{"東洋新報", "毎朝新聞", "北海タイムス", "東洋新報", "共同通信"}
	for _, shortFirst := range []int{4, 0} {
		var parts []string
		for n, o := range outlets {
			head := fmt.Sprintf("港の再開発計画が第%d段階に入る（%s）\n\n", n+1, o)
			art := head + sentence + short + "住民説明会は来月開かれる予定で、計画の詳細が示される。\n\n\n"
			if n == shortFirst {
				art = head + short + sentence + "\n"
			}
			parts = append(parts, art)
		}
		text, want := joinArticles(parts)
		starts := startLines(text)
		if !slices.Equal(starts, want) {
			t.Errorf("short first paragraph in article %d: articles start at %v, want %v", shortFirst+1, starts, want)
		}
	}
}

// TestNotesMarkupHeaders checks that articles kept as Org-mode entries
// (a starred heading over a property drawer) and as LaTeX sections (the
// outlet and date in a command) are split at their headings.
func TestNotesMarkupHeaders(t *testing.T) {
	for _, tc := range []struct {
		name string
		head func(n int) string
	}{
		{"org", func(n int) string {
			return fmt.Sprintf("* Harbour story number %d approved\n  :PROPERTIES:\n  :DATE: [2024-03-%02d Mon 10:31]\n  :SOURCE: The Daily Ledger\n  :END:\n", n, n+1)
		}},
		{"latex", func(n int) string {
			return fmt.Sprintf("\\section{Harbour story number %d approved}\n\\textit{The Daily Ledger, %d March 2024}\n", n, n+1)
		}},
	} {
		var parts []string
		for n := 0; n < 3; n++ {
			art := tc.head(n) + "\n" + body(2, fmt.Sprint("harbour ", n)) + "\n"
			parts = append(parts, art)
		}
		text, want := joinArticles(parts)
		arts := split(text)
		starts := startLines(text)
		if !slices.Equal(starts, want) {
			t.Errorf("%s: articles start at %v, want %v", tc.name, starts, want)
			continue
		}
		if a := arts[1]; a.Date == "" || !strings.Contains(a.Title, "number 1") {
			t.Errorf("%s: second article read as title %q, date %q", tc.name, a.Title, a.Date)
		}
	}
}

// TestDateFormLearnedFromFile checks that a file teaches its own date
// format: two date lines whose month the tables know ("3 Juni 2019") make
// a line written the same way with an unknown month ("16 Novemba 2025") a
// date line too, and so a header; a lone such line teaches nothing.
func TestDateFormLearnedFromFile(t *testing.T) {
	dates := []string{"3 Juni 2019", "23 Juni 2021", "16 Novemba 2025", "1 Juni 2020"}
	var parts []string
	for n, d := range dates {
		art := fmt.Sprintf("Harbour story number %d is approved\n%s\n\n", n, d) + body(2, fmt.Sprint("harbour ", n)) + "\n"
		parts = append(parts, art)
	}
	text, want := joinArticles(parts)
	arts := split(text)
	starts := startLines(text)
	if !slices.Equal(starts, want) {
		t.Fatalf("articles start at %v, want %v", starts, want)
	}
	if arts[2].Date != "16 Novemba 2025" {
		t.Errorf("third article dated %q, want %q", arts[2].Date, "16 Novemba 2025")
	}
	if f := dateForm("Harbour plans approved"); f != "" {
		t.Errorf("dateForm of a headline = %q, want none", f)
	}
}

// TestCJKBareDigest checks a Chinese digest of bare headlines, articles
// two blank lines apart: a paragraph's line short enough to pass for a
// headline but twice as long as the opening one does not start an
// article, and a headline over such a short paragraph does.
func TestCJKBareDigest(t *testing.T) {
	const long = "市议会周一批准了港口改造计划，居民们随后在市政厅外聚集，讨论新码头将给城市带来的变化以及未来十年的发展方向。\n\n"
	const short = "使用一个新的方法来替换旧的港口管理办法并且不可以掺入其他的规则和条款内容\n\n"
	heads := []string{"港口改造计划获批", "新码头明年开工", "居民讨论港口未来", "港口管理办法修订"}
	var parts []string
	for n, h := range heads {
		art := h + "\n\n" + long + short + long
		if n == 2 {
			art = h + "\n\n" + short + long
		}
		art += "\n\n"
		parts = append(parts, art)
	}
	wantStarts(t, parts)
}

// TestShortTextMixedScripts checks that a line of words with a few CJK
// characters counts as long as its words, while a line of CJK text counts
// by the character.
func TestShortTextMixedScripts(t *testing.T) {
	if !isShortText("[정치] Has been heretofore known to Congress That Frequent incursions have Been", false) {
		t.Error("a headline of words after a Korean section label read as long text")
	}
	if isShortText("Quota报告/etc/fstab中 列出的 全部 文件系统 上 的 限额. 如果 没有 指定 文件系统 那么 就 报告 所有 文件系统 的 使用 情况 和 限额 以及 警告", false) {
		t.Error("a long line of Chinese read as short text")
	}
}

// TestLongHeadlineAndSubtitleOverName checks that a long headline and a
// long subtitle over an author's name and a date are a header, not the
// first lines of a hard-wrapped paragraph.
func TestLongHeadlineAndSubtitleOverName(t *testing.T) {
	var parts []string
	for n := 0; n < 3; n++ {
		art := fmt.Sprintf("Definitive Resolution of the Harbour Question Number %d Will Recall\n", n) +
			"What the council decided, and what comes next for the port\nDavid Hernandez\n" +
			fmt.Sprintf("Dec %d, 2023\n\n", n+2) + body(2, fmt.Sprint("harbour ", n)) + "\n"
		parts = append(parts, art)
	}
	wantStarts(t, parts)
}

// TestDateOverTitleTakesNoLineFromAbove checks that in a file that puts
// the date over the headline, the short last line of an article (a CJK
// paragraph's, as short as a title) is not taken across the blank line
// into the next article's header.
func TestDateOverTitleTakesNoLineFromAbove(t *testing.T) {
	const long = "市议会周一批准了港口改造计划，居民们随后在市政厅外聚集，讨论新码头将给城市带来的变化以及未来十年的发展方向。\n\n"
	var parts []string
	for n := 0; n < 5; n++ {
		parts = append(parts, fmt.Sprintf("新闻发布　2024-03-%02d\n港口计划第%d号公告\n\n", n+1, n+1)+long+"居民说明会将于下月举行\n\n")
	}
	wantStarts(t, parts)
}

// TestHeadingOverListStaysWhole checks that a bare heading over a list of
// lines that start with numbers ("Revision history" over its revisions)
// is a section of the document, not a second article with a bare
// headline like the document's own.
func TestHeadingOverListStaysWhole(t *testing.T) {
	text := "Harbour Works Begin on the Northern Quay\n\n" + body(1, "harbour") + "\n" +
		"Revision history\n\n" +
		"09:01, 17 December 2020 Wikignome (talk) . . (+282) . . copyedit\n" +
		"11:01, 7 December 2020 Harbourfan (talk) . . (+91) . . add source\n" +
		"00:01, 26 November 2020 Editor42 (talk) . . (+438) . . add source\n"
	if starts := startLines(text); !slices.Equal(starts, []int{1}) {
		t.Errorf("articles start at %v, want [1]", starts)
	}
	// Two bare headlines over text are still two articles.
	wantStarts(t, []string{"Harbour Works Begin on the Northern Quay\n\n" + body(1, "harbour") + "\n",
		"Ferry Timetable Changes From Next Month\n\n" + body(1, "ferry") + "\n"})
}

// TestColumnDateHeaders checks that headlines with the date set to their
// right by a run of spaces (text copied out of a PDF) start articles, the
// first one included.
func TestColumnDateHeaders(t *testing.T) {
	var parts []string
	for n, title := range []string{"By the numbers: the harbour's year", "Council approves the quay plan", "Ferry timetable changes again", "Storm closes the northern road"} {
		parts = append(parts, fmt.Sprintf("%s%s%02d Jan 2024\n\n", title, strings.Repeat(" ", 5+7*n), n+3)+body(2, fmt.Sprint("harbour ", n))+"\n")
	}
	wantStarts(t, parts)
}

// TestReplyHeadsStayInPage checks that the labelled replies on a page (an
// owner's response under a review, the answers under a question), each
// with its own date, stay in the page's document, while the label alone
// is no reason to merge two real articles.
func TestReplyHeadsStayInPage(t *testing.T) {
	review := "★★★★☆ The harbour tour was worth the wait\nReviewed in the United Kingdom on 20 May 2023\n\n" + body(1, "tour") + "\n" +
		"Response from the owner\n22 May 2023\n\n" + body(1, "reply") + "\n"
	question := "How do I book the harbour ferry\nAsked Jun 23, 2023 at 21:25\n\n" + body(1, "ferry") + "\n" +
		"1 Answer\nanswered Jun 24, 2023 at 13:25\nharbourdev\n\n" + body(1, "answer") + "\n"
	for _, text := range []string{review, question} {
		if starts := startLines(text); !slices.Equal(starts, []int{1}) {
			t.Errorf("articles start at %v, want [1]:\n%s", starts, text)
		}
	}
	for _, l := range []string{"Response from the owner", "2 Answers", "Antwort vom Inhaber", "Replies"} {
		if !IsBoilerplate(l) {
			t.Errorf("%q is not chrome", l)
		}
	}
	for _, l := range []string{"Answers sought after harbour collapse", "Response to the storm was slow", "Reply hazy, try again"} {
		if IsBoilerplate(l) {
			t.Errorf("headline %q read as chrome", l)
		}
	}
}

// TestOddSpacesInHeaders checks that header lines and datelines written
// with no-break, narrow or zero-width spaces, soft hyphens, direction marks
// or a byte order mark (as web pages, word processors and concatenated
// files leave them) split a file where the same lines with plain spaces
// do, and that the by-line is read with plain spaces.
func TestOddSpacesInHeaders(t *testing.T) {
	dated := "Harbour fares double as ferry operator cuts routes\nBy Jane Doe\nMarch 12, 2024, 6:42 PM\n\n" + body(3, "harbour") +
		"\nCouncil votes to close the old mill bridge\nBy Tom Okafor\nMarch 14, 2024, 9:05 AM\n\n" + body(3, "bridge") +
		"\nRail strike ends after talks\nBy Priya Chen\nMarch 15, 2024, 1:10 PM\n\n" + body(3, "rail")
	leads := "Harbour plans approved\n\nLONDON (Reuters) - The council approved the harbour plans on Tuesday after a long debate.\n\n" + body(2, "harbour") +
		"\nCouncil votes on budget\n\nLEEDS (Reuters) - The council voted on the budget late on Wednesday night.\n\n" + body(2, "council") +
		"\nRail strike ends\n\nYORK (Reuters) - The rail strike ended on Friday after a week of talks.\n\n" + body(2, "rail")
	// A date line ending in an abbreviation and a full stop.
	minutes := "Harbour fares double as ferry operator cuts routes\n26. März 2025 um 10:23 Uhr · Lesezeit: 8 Min.\n\n" + body(3, "harbour") +
		"\nCouncil votes to close the old mill bridge\n21. August 2024 um 04:25 Uhr · Lesezeit: 5 Min.\n\n" + body(3, "bridge") +
		"\nRail strike ends after talks\n3. Mai 2024 um 18:02 Uhr · Lesezeit: 2 Min.\n\n" + body(3, "rail")
	odd := []struct{ name, from, to string }{
		{"no-break spaces", " ", "\u00a0"},
		{"narrow no-break spaces", " ", "\u202f"},
		{"zero-width spaces", " ", " \u200b"},
		{"soft hyphens", "ar", "a\u00adr"},
		{"direction marks", " ", "\u200f "},
	}
	for _, text := range []string{dated, leads, minutes} {
		plain := split(text)
		if len(plain) != 3 {
			t.Fatalf("plain text gives %d articles, want 3:\n%s", len(plain), text)
		}
		for _, o := range odd {
			// Only the header lines and the paragraphs' openings change.
			lines := strings.Split(text, "\n")
			for i, l := range lines {
				if !strings.HasPrefix(l, "This is sentence") {
					lines[i] = strings.ReplaceAll(l, o.from, o.to)
				}
			}
			got := split(strings.Join(lines, "\n"))
			if len(got) != len(plain) {
				t.Errorf("%s: %d articles, want %d", o.name, len(got), len(plain))
				continue
			}
			for i := range got {
				if got[i].StartLine != plain[i].StartLine || got[i].EndLine != plain[i].EndLine || got[i].Byline != plain[i].Byline || got[i].Source != plain[i].Source {
					t.Errorf("%s: article %d is %+v, want %+v", o.name, i+1, got[i], plain[i])
				}
			}
		}
	}
	// Files joined with their byte order marks: the mark opens a headline.
	bom := strings.Replace(dated, "Council votes", "\ufeffCouncil votes", 1)
	if got, want := startLines(bom), startLines(dated); !slices.Equal(got, want) {
		t.Errorf("byte order mark before a headline: articles start at %v, want %v", got, want)
	}
}

func TestCleanSpaces(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"12\u00a0March\u00a02024", "12 March 2024"},
		{"6:42\u202fPM", "6:42 PM"},
		{"Infor\u00admations\u00adblatt", "Informationsblatt"},
		{"a\u200bb\u200cc\u200dd\u200ee\u200ff\u2060g\ufeffh", "abcdefgh"},
		{"en\u2002quad\u2009thin\u205fmath", "en quad thin math"},
		// Other characters of the same lead bytes stay.
		{"«Le Monde» – “quoted” — ©2024 · …", "«Le Monde» – “quoted” — ©2024 · …"},
		{"全角　スペース", "全角　スペース"},
		// Cut-off sequences at the end of the line stay as they are.
		{"x\xc2", "x\xc2"},
		{"x\xe2\x80", "x\xe2\x80"},
	} {
		if got := cleanSpaces(c.in); got != c.want {
			t.Errorf("cleanSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := hasOddSpace(c.in); got != (cleanSpaces(c.in) != c.in) {
			t.Errorf("hasOddSpace(%q) = %v, but cleanSpaces changes it: %v", c.in, got, !got)
		}
	}
}

// TestDatelineRightUnderHeadline checks that wire copy set densely, its
// dateline paragraph right under the headline with no blank line between,
// splits as it does with the blank line; and that a short line under a
// headline is still the header's, not a paragraph.
func TestDatelineRightUnderHeadline(t *testing.T) {
	var parts []string
	for _, a := range []struct{ title, city, word string }{
		{"Harbour plans approved by the council after years of debate", "BERLIN", "harbour"},
		{"Budget talks go on into the night with no deal in sight", "HAMBURG", "council"},
		{"Rail strike ends as unions and operators agree", "BERLIN", "rail"},
	} {
		parts = append(parts, a.title+"\n"+a.city+" (Dow Jones) - The "+a.word+" story went on for a third day on Friday as talks resumed in the capital and elsewhere.\n\n"+body(2, a.word)+"\n")
	}
	wantStarts(t, parts)
}

// TestDenseDateOverHeadline checks that a page setting each article's date
// over a long headline, and the headline right over its first paragraph
// (one line, no blank between), splits at each date: a headline over a
// paragraph twice its length is no line of that paragraph.
func TestDenseDateOverHeadline(t *testing.T) {
	var parts []string
	for n, w := range []string{"harbour", "council", "rail"} {
		parts = append(parts, fmt.Sprintf("2020-10-%02d 12:36\n", 20+n)+
			"Muestra el nombre del fichero y el número de línea para "+w+"\n"+
			strings.Repeat("Según fuentes oficiales, el asunto del "+w+" sigue abierto y las partes no llegaron a un acuerdo. ", 4)+"\n\n"+
			body(2, w)+"\n")
	}
	wantStarts(t, parts)
}
