package segment

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// vocab is one language's press vocabulary: what its date lines, by-lines
// and header labels are made of. Adding a language or an outlet style is
// a change to this table (and to the test vectors in
// testdata/vectors.txt), not to the splitter's code.
type vocab struct {
	// months and weekdays, full and abbreviated, lower case, with the
	// grammatical forms dates use (Russian genitive: "марта").
	months, weekdays string
	// datePrefixes are words that stand before a date on its line
	// ("Published", "Publié le", "Stand:").
	datePrefixes []string
	// days name today and yesterday, alone or with the word that joins a
	// time ("Today at 10:12", "Сегодня в 19:28", "Hier à 10h12"), as
	// portals date the day's stories; they stand where datePrefixes do.
	days []string
	// byWords open a by-line ("By", "Von"); byLabels are labels before
	// an author's name ("Author:", "Текст:"); sourceLabels before an
	// outlet's or agency's ("Source:", "来源：").
	byWords, byLabels, sourceLabels []string
	// titleLabels are labels before a headline in field-labelled exports
	// ("Title: ...", "Titel: ..."); the label is not part of the title.
	titleLabels []string
	// relative are the relative dates ("2 hours ago", "vor 3 Stunden"):
	// regular expressions (case is ignored) that end a date line;
	// relativeEnds are the words they end with, which lets a line that
	// ends otherwise skip the expressions (those ending in 前 need none).
	relative     []string
	relativeEnds string
	// replyMarks are what mail and forum software put before a subject
	// it answers or forwards ("Re:", "AW:", "回复："): a line "Re:
	// Subject" is a title, not a labelled field.
	replyMarks []string
	// quotedMail are the lines mail software puts over a message it
	// forwards or quotes whole ("---------- Forwarded message ---------",
	// "-----Original Message-----"), without the rules around them: the
	// header block under one is part of the mail, not a new article.
	quotedMail []string
	// forwardMarks are the reply marks that say a mail forwards
	// another ("Fwd:", "WG:"); only under such a subject is a quoted
	// message part of the mail (a mailbox's messages separated by
	// "-----Original Message-----" are each their own).
	forwardMarks []string
	// updated are the date keywords that mark a revision rather than a
	// publication ("Updated", "Mis à jour"): under a section heading they
	// date the section, not a new article.
	updated []string
	// credits introduce the outlet a syndicated story comes from
	// ("Originally published by", "Republished with permission from"):
	// a credit line stands where a by-line does.
	credits []string
	// outletEnds are how outlet names end in scripts without spaces
	// ("朝日新聞", "共同通信", "人民日报"): a short line ending so is an
	// outlet line, which stands where a by-line does.
	outletEnds []string
	// datePreps join what stands before a date to it ("Posted in World
	// on March 2, 2024", "Газета «…» №52 от 25.03.2024"): one word, lower
	// case, space-separated.
	datePreps string
	// parts name the parts of one work ("Part", "Kapitel", "Часть"); a
	// heading of such a word and a number ("PART TWO", "Chapter 4")
	// divides a document and starts no article. One word, lower case,
	// space-separated.
	parts string
	// numbers are the number words a part heading may use, the n-th
	// entry for n, each its forms separated by "/" ("two/second").
	numbers []string
}

var languages = map[string]vocab{
	"en": {
		months:       "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
		weekdays:     "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
		datePreps:    "on",
		datePrefixes: []string{"updated", "published", "posted", "last updated", "first published", "modified", "last modified", "date", "dated", "updated on", "published on", "posted on", "filed", "filed on"},
		days:         []string{"today", "yesterday", "today at", "yesterday at"},
		byWords:      []string{"by", "written by", "reporting by", "reported by"},
		byLabels:     []string{"byline", "author", "authors", "written by", "reporter", "text"},
		sourceLabels: []string{"source", "publication", "publication title", "newspaper"},
		titleLabels:  []string{"title", "headline"},
		relative:     []string{`\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?|weeks?)\s+ago`, `an?\s+(?:hour|minute|day)\s+ago`, `yesterday`, `just\s+now`},
		relativeEnds: "ago yesterday now",
		replyMarks:   []string{"re", "fwd", "fw"},
		quotedMail:   []string{"forwarded message", "original message", "begin forwarded message", "forwarded message follows"},
		forwardMarks: []string{"fwd", "fw"},
		updated:      []string{"updated", "last updated", "update"},
		credits:      []string{"originally published by", "originally published in", "originally published on", "first published by", "first published in", "this story first appeared in", "this article first appeared in", "this article originally appeared in", "this story originally appeared in", "first appeared in", "republished with permission from", "republished from", "reprinted with permission from", "reprinted from", "courtesy of"},
		parts:        "part chapter section act scene book volume",
		numbers:      []string{"one/first", "two/second", "three/third", "four/fourth", "five/fifth", "six/sixth", "seven/seventh", "eight/eighth", "nine/ninth", "ten/tenth", "eleven/eleventh", "twelve/twelfth"},
	},
	"de": {
		months:       "januar jänner februar märz maerz april mai juni juli august september oktober november dezember jan feb mär apr jun jul aug sep sept okt nov dez",
		weekdays:     "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so",
		datePreps:    "am vom",
		datePrefixes: []string{"aktualisiert", "aktualisiert am", "veröffentlicht", "veröffentlicht am", "stand", "zuletzt aktualisiert", "erstellt", "datum"},
		days:         []string{"heute", "gestern", "heute um", "gestern um"},
		byWords:      []string{"von"},
		byLabels:     []string{"autor", "autorin", "text"},
		sourceLabels: []string{"quelle", "publikation", "zeitung"},
		titleLabels:  []string{"titel", "überschrift"},
		relative:     []string{`vor\s+\d+\s+(?:minuten|stunden?|tagen?)`},
		relativeEnds: "minuten stunde stunden tage tagen",
		replyMarks:   []string{"aw", "wg"},
		quotedMail:   []string{"weitergeleitete nachricht", "ursprüngliche nachricht", "anfang der weitergeleiteten nachricht"},
		forwardMarks: []string{"wg"},
		updated:      []string{"aktualisiert", "zuletzt aktualisiert"},
		credits:      []string{"zuerst erschienen in", "zuerst erschienen bei", "erstmals erschienen in", "mit freundlicher genehmigung von"},
		parts:        "teil kapitel abschnitt akt band",
		numbers:      []string{"eins/erster/erste", "zwei/zweiter/zweite", "drei/dritter/dritte", "vier/vierter/vierte", "fünf/fünfter/fünfte", "sechs/sechster/sechste", "sieben/siebter/siebte", "acht/achter/achte", "neun/neunter/neunte", "zehn/zehnter/zehnte"},
	},
	"fr": {
		months:       "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janv févr avr juil sept déc",
		weekdays:     "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim",
		datePreps:    "le du",
		datePrefixes: []string{"publié", "publié le", "mis à jour", "mis à jour le", "modifié le", "diffusé", "diffusé le", "le", "date"},
		days:         []string{"aujourd'hui", "hier", "aujourd'hui à", "hier à"},
		byWords:      []string{"par"},
		byLabels:     []string{"auteur", "auteure", "texte"},
		sourceLabels: []string{"source", "publication", "journal"},
		titleLabels:  []string{"titre"},
		relative:     []string{`il\s+y\s+a\s+\d+\s+(?:minutes?|heures?|jours?)`},
		relativeEnds: "minute minutes heure heures jour jours",
		replyMarks:   []string{"tr", "réf"},
		quotedMail:   []string{"message transféré", "message d'origine", "message original", "début du message réexpédié"},
		forwardMarks: []string{"tr"},
		updated:      []string{"mis à jour"},
		credits:      []string{"publié initialement par", "publié initialement dans", "initialement publié dans", "initialement publié par", "paru dans"},
		parts:        "partie chapitre section acte livre tome",
		numbers:      []string{"un/une/premier/première", "deux/deuxième/second/seconde", "trois/troisième", "quatre/quatrième", "cinq/cinquième", "six/sixième", "sept/septième", "huit/huitième", "neuf/neuvième", "dix/dixième"},
	},
	"es": {
		months:       "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic",
		weekdays:     "lunes martes miércoles miercoles jueves viernes sábado sabado domingo lun mar mié jue vie sáb dom",
		datePreps:    "el del",
		datePrefixes: []string{"publicado", "publicado el", "actualizado", "actualizado el", "fecha"},
		days:         []string{"hoy", "ayer", "hoy a las", "ayer a las"},
		byWords:      []string{"por"},
		byLabels:     []string{"autor", "autora", "texto", "redacción"},
		sourceLabels: []string{"fuente", "publicación", "periódico", "medio"},
		titleLabels:  []string{"título", "titular"},
		relative:     []string{`hace\s+\d+\s+(?:minutos?|horas?|días?)`},
		relativeEnds: "minuto minutos hora horas día días",
		replyMarks:   []string{"rv"},
		quotedMail:   []string{"mensaje reenviado", "mensaje original"},
		forwardMarks: []string{"rv"},
		updated:      []string{"actualizado"},
		credits:      []string{"publicado originalmente en", "publicado originalmente por", "apareció originalmente en"},
		parts:        "parte capítulo capitulo sección seccion acto libro tomo",
		numbers:      []string{"uno/una/primero/primera", "dos/segundo/segunda", "tres/tercero/tercera", "cuatro/cuarto/cuarta", "cinco/quinto/quinta", "seis/sexto/sexta", "siete/séptimo/séptima", "ocho/octavo/octava", "nueve/noveno/novena", "diez/décimo/décima"},
	},
	"it": {
		months:       "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre gen genn feb febbr mar apr mag magg giu lug ago set sett ott nov dic",
		weekdays:     "lunedì martedì mercoledì giovedì venerdì sabato domenica lunedi martedi mercoledi giovedi venerdi lun mar mer gio ven sab dom",
		datePreps:    "il del",
		datePrefixes: []string{"pubblicato", "pubblicato il", "aggiornato", "aggiornato il", "ultimo aggiornamento", "data"},
		days:         []string{"oggi", "ieri", "oggi alle", "ieri alle"},
		byWords:      []string{"di"},
		byLabels:     []string{"autore", "autrice", "testo"},
		sourceLabels: []string{"fonte", "pubblicazione", "testata"},
		titleLabels:  []string{"titolo"},
		relative:     []string{`\d+\s+(?:minuti|ore|giorni)\s+fa`},
		relativeEnds: "fa",
		replyMarks:   []string{"r"},
		quotedMail:   []string{"messaggio inoltrato", "messaggio originale"},
		forwardMarks: []string{"i", "inoltro"},
		updated:      []string{"aggiornato"},
		credits:      []string{"pubblicato originariamente su", "pubblicato originariamente da"},
		parts:        "parte capitolo sezione atto libro volume",
		numbers:      []string{"uno/una/primo/prima", "due/secondo/seconda", "tre/terzo/terza", "quattro/quarto/quarta", "cinque/quinto/quinta", "sei/sesto/sesta", "sette/settimo/settima", "otto/ottavo/ottava", "nove/nono/nona", "dieci/decimo/decima"},
	},
	"pt": {
		months:       "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro fev abr mai ago set out dez",
		weekdays:     "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
		datePreps:    "em de",
		datePrefixes: []string{"publicado", "publicado em", "atualizado", "atualizado em", "data"},
		days:         []string{"hoje", "ontem", "hoje às", "ontem às"},
		byWords:      []string{"por"},
		byLabels:     []string{"autor", "autora", "texto"},
		sourceLabels: []string{"fonte", "publicação", "jornal"},
		titleLabels:  []string{"título"},
		relative:     []string{`há\s+\d+\s+(?:minutos?|horas?|dias?)`},
		relativeEnds: "minuto minutos hora horas dia dias",
		replyMarks:   []string{"enc", "res"},
		quotedMail:   []string{"mensagem encaminhada", "mensagem original"},
		forwardMarks: []string{"enc"},
		updated:      []string{"atualizado"},
		credits:      []string{"publicado originalmente em", "publicado originalmente por"},
		parts:        "parte capítulo seção secção ato livro volume",
		numbers:      []string{"um/uma/primeiro/primeira", "dois/duas/segundo/segunda", "três/terceiro/terceira", "quatro/quarto/quarta", "cinco/quinto/quinta", "seis/sexto/sexta", "sete/sétimo/sétima", "oito/oitavo/oitava", "nove/nono/nona", "dez/décimo/décima"},
	},
	"nl": {
		months:       "januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr jun jul aug sep sept okt nov dec",
		weekdays:     "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo",
		datePreps:    "op",
		datePrefixes: []string{"gepubliceerd", "gepubliceerd op", "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "aangepast", "aangepast op", "datum"},
		days:         []string{"vandaag", "gisteren", "vandaag om", "gisteren om"},
		byLabels:     []string{"auteur", "tekst"},
		sourceLabels: []string{"bron", "krant"},
		titleLabels:  []string{"titel", "kop"},
		relative:     []string{`\d+\s+(?:minuten|minuut|uur|uren|dagen|dag)\s+geleden`},
		relativeEnds: "geleden",
		replyMarks:   []string{"antw"},
		quotedMail:   []string{"doorgestuurd bericht", "oorspronkelijk bericht"},
		forwardMarks: []string{"doorst"},
		updated:      []string{"bijgewerkt", "laatst bijgewerkt", "aangepast"},
		credits:      []string{"eerder verschenen in", "eerder gepubliceerd in"},
		parts:        "deel hoofdstuk",
		numbers:      []string{"een/eerste", "twee/tweede", "drie/derde", "vier/vierde", "vijf/vijfde", "zes/zesde", "zeven/zevende", "acht/achtste", "negen/negende", "tien/tiende"},
	},
	"ru": {
		months:       "января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь янв фев мар апр июн июл авг сен сент окт ноя дек",
		weekdays:     "понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс",
		datePreps:    "от",
		datePrefixes: []string{"опубликовано", "обновлено", "дата"},
		days:         []string{"сегодня", "вчера", "сегодня в", "вчера в"},
		byLabels:     []string{"текст", "автор", "фото"},
		sourceLabels: []string{"источник", "издание"},
		titleLabels:  []string{"заголовок"},
		relative:     []string{`\d+\s+(?:минут\S*|час\S*|дн\S*|день)\s+назад`},
		relativeEnds: "назад",
		replyMarks:   []string{"отв", "пересл"},
		quotedMail:   []string{"пересылаемое сообщение", "исходное сообщение", "пересланное сообщение"},
		forwardMarks: []string{"пересл", "fwd"},
		updated:      []string{"обновлено"},
		credits:      []string{"впервые опубликовано в", "впервые опубликовано на", "перепечатано из"},
		parts:        "часть глава раздел том книга действие",
		numbers:      []string{"один/одна/первый/первая", "два/две/второй/вторая", "три/третий/третья", "четыре/четвёртый/четвертый/четвёртая/четвертая", "пять/пятый/пятая", "шесть/шестой/шестая", "семь/седьмой/седьмая", "восемь/восьмой/восьмая", "девять/девятый/девятая", "десять/десятый/десятая"},
	},
	// Chinese and Japanese dates are numeric (2024年3月25日, 2024/03/25)
	// and found by cjkDate; their labels end in a full-width colon.
	"zh": {
		datePrefixes: []string{"发布时间", "发布日期", "时间", "日期", "更新时间"},
		days:         []string{"今天", "昨天"},
		byWords:      []string{"记者", "文"},
		byLabels:     []string{"作者", "记者", "责任编辑", "编辑"},
		sourceLabels: []string{"来源", "稿源"},
		titleLabels:  []string{"标题"},
		relative:     []string{`\d+\s*(?:小时|分钟|天)前`},
		relativeEnds: "",
		replyMarks:   []string{"回复", "转发", "答复"},
		quotedMail:   []string{"转发的邮件", "原始邮件", "原始郵件", "轉寄的郵件"},
		forwardMarks: []string{"转发", "轉寄"},
		updated:      []string{"更新时间", "更新于"},
		credits:      []string{"本文转载自", "转载自", "原载于", "原文首发于"},
		outletEnds:   []string{"日报", "晚报", "时报", "新闻网", "通讯社", "电视台", "电子版", "周刊"},
	},
	// Korean dates are numeric (2024.03.03, 2024년 3월 3일); by-lines put
	// the name before 기자 ("reporter") and are read by koByLine.
	"ko": {
		datePrefixes: []string{"입력", "수정", "기사입력", "등록", "최종수정", "업데이트", "발행", "게재"},
		days:         []string{"오늘", "어제"},
		byLabels:     []string{"글", "기자"},
		sourceLabels: []string{"출처", "제공"},
		titleLabels:  []string{"제목"},
		relative:     []string{`\d+\s*(?:분|시간|일|주)\s*전`},
		relativeEnds: "전",
		replyMarks:   []string{"회신", "답장"},
		quotedMail:   []string{"전달된 메시지", "원본 메시지"},
		forwardMarks: []string{"전달"},
		updated:      []string{"수정", "최종수정", "업데이트"},
		outletEnds:   []string{"일보", "신문", "뉴스", "방송", "통신", "닷컴"},
	},
	"ja": {
		datePrefixes: []string{"配信日時", "更新日時", "公開日", "掲載日"},
		days:         []string{"今日", "昨日"},
		byWords:      []string{"記者"},
		byLabels:     []string{"記者", "筆者", "文", "写真", "文・写真", "写真・文"},
		sourceLabels: []string{"提供", "出典", "媒体", "配信元", "発信元"},
		titleLabels:  []string{"見出し", "タイトル"},
		relative:     []string{`\d+\s*(?:時間|分|日)前`},
		relativeEnds: "",
		replyMarks:   []string{"返信", "転送"},
		quotedMail:   []string{"転送されたメッセージ", "元のメッセージ", "転送メッセージ"},
		forwardMarks: []string{"転送"},
		updated:      []string{"更新日時", "最終更新"},
		credits:      []string{"初出：", "転載元："},
		outletEnds:   []string{"新聞", "新報", "日報", "通信", "通信社", "タイムス", "タイムズ", "新聞社", "電子版", "放送"},
	},
}

// The vocabularies of all languages together: a line's language is not
// known, and the words do not clash in ways that matter for header lines.
var (
	monthWords, weekdayWords = vocabWords(func(v vocab) string { return v.months }), vocabWords(func(v vocab) string { return v.weekdays })
	datePrefixRE             = prefixRE()
	dayPrefixRE              = regexp.MustCompile(`(?i)^(?:` + quoteAll(collect(func(v vocab) []string { return v.days })) + `)(?:[\s,:]|$)`)
	byRE                     = byLineRE()
	byStarts                 = byLineStarts()
	byStartSet               = wordSet(strings.Join(byStarts, " "))
	sourceLabels             = setOf(collect(func(v vocab) []string { return v.sourceLabels })...)
	titleLabels              = setOf(collect(func(v vocab) []string { return v.titleLabels })...)
	relativeRE               = relativeDatesRE()
	datePrepSet              = wordSet(strings.Join(collect(func(v vocab) []string { return []string{v.datePreps} }), " "))
	relativeLast             = wordSet(strings.Join(relativeEnds(), " "))
	updateWords              = collect(func(v vocab) []string { return v.updated })
	creditPrefixes           = collect(func(v vocab) []string { return v.credits })
	creditStarts             = firstWords(creditPrefixes)
	// byWordSet holds the one-word by-words ("by", "por", "von"), lower
	// case, for by-lines that close a date line.
	byWordSet = oneWords(collect(func(v vocab) []string { return v.byWords }))
	// Filters in front of the sets asked of almost every line.
	creditFilter, byStartFilter, relativeFilter, byWordFilter = filterOf(creditStarts), filterOf(byStartSet), filterOf(relativeLast), filterOf(byWordSet)
	monthFilter, weekdayFilter                                = filterOf(monthWords), filterOf(weekdayWords)
	outletEnds                                                = collect(func(v vocab) []string { return v.outletEnds })
	cjkByWords                                                = append(slices.Clone(languages["zh"].byWords), languages["ja"].byWords...)
	replyMarks                                                = wordSet(strings.Join(collect(func(v vocab) []string { return v.replyMarks }), " "))
	quotedMailSet                                             = setOf(collect(func(v vocab) []string { return v.quotedMail })...)
	forwardMarkSet                                            = setOf(collect(func(v vocab) []string { return v.forwardMarks })...)
	partWords                                                 = vocabWords(func(v vocab) string { return v.parts })
	numberWords                                               = numberWordValues()
)

// numberWordValues maps every language's number words to their values.
func numberWordValues() map[string]int {
	m := map[string]int{}
	for _, v := range languages {
		for i, forms := range v.numbers {
			for _, w := range strings.Split(forms, "/") {
				m[w] = i + 1
			}
		}
	}
	return m
}

func vocabWords(f func(vocab) string) map[string]bool {
	var all []string
	for _, v := range languages {
		all = append(all, f(v))
	}
	return wordSet(strings.Join(all, " "))
}

func quoteAll(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
	}
	return strings.Join(q, "|")
}

func collect(f func(vocab) []string) []string {
	var all []string
	for _, l := range []string{"en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ko"} {
		all = append(all, f(languages[l])...)
	}
	// Longest first, so "published on" wins over "published".
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && len(all[j]) > len(all[j-1]); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	return all
}

// prefixRE matches what may stand before a date: a keyword, an optional
// time ("Published 3:42 PM EDT, March 25, 2024") and a colon or comma.
func prefixRE() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:` + quoteAll(slices.Concat(collect(func(v vocab) []string { return v.datePrefixes }), collect(func(v vocab) []string { return v.days }))) + `)(?:\s+on|\s+am|\s+le|\s+el|\s+em|\s+il)?` +
		`(?:\s+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[a-z]{2,4})?)?\s*[:,：]?$`)
}

// byLineStarts are the first words of the by-words and labels, lower
// case: a line starting with none of them is not a by-line, and byRE is
// not asked.
func byLineStarts() []string {
	var out []string
	for _, p := range slices.Concat(collect(func(v vocab) []string { return v.byWords }), collect(func(v vocab) []string { return v.byLabels }), collect(func(v vocab) []string { return v.sourceLabels })) {
		out = append(out, strings.ToLower(strings.Fields(p)[0]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// mayBeByLine reports whether t's first word (up to a space or a colon,
// as byRE needs) is one of byStarts.
func mayBeByLine(t string) bool {
	// Every start is at most 12 bytes: look no further than 16.
	for i := 0; i < len(t) && i <= 16; i++ {
		switch c := t[i]; {
		case 'A' <= c && c < utf8.RuneSelf:
			// a letter (or other ASCII above the digits): the word goes on
		case c == ' ' || c == '\t' || c == ':':
			return i > 0 && byStartFilter.may(t[:i]) && hasFolded(byStartSet, t[:i])
		case c == 0xEF && strings.HasPrefix(t[i:], "："):
			return i > 0 && byStartFilter.may(t[:i]) && hasFolded(byStartSet, t[:i])
		}
	}
	return false
}

// byLineRE matches "By Name" and "Author: Name" in every language.
func byLineRE() *regexp.Regexp {
	words := quoteAll(collect(func(v vocab) []string { return v.byWords }))
	labels := quoteAll(append(collect(func(v vocab) []string { return v.byLabels }), collect(func(v vocab) []string { return v.sourceLabels })...))
	return regexp.MustCompile(`(?i)^(?:(?:` + words + `)\s+|(?:` + labels + `)\s*[:：]\s*(?:by\s+)?)(.+)$`)
}

// relativeDatesRE matches a relative date at the end of a line, in any
// language.
func relativeDatesRE() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|\s|·|\|)(?:` + strings.Join(collect(func(v vocab) []string { return v.relative }), "|") + `)\s*$`)
}

func relativeEnds() []string {
	return collect(func(v vocab) []string { return strings.Fields(v.relativeEnds) })
}

// isReply reports whether t starts with a reply or forward mark and a
// colon ("Re: Subject", "AW: Betreff", "回复：标题").
func isReply(t string) bool {
	i := colonIndex(t)
	if i <= 0 || i > 12 {
		return false
	}
	return hasFolded(replyMarks, strings.TrimSpace(t[:i]))
}

// quotedMailMark reports whether t is a line that heads a forwarded or
// quoted message ("---------- Forwarded message ---------", "-----Original
// Message-----", "Begin forwarded message:").
func quotedMailMark(t string) bool {
	// Mail software sets the line between rules or ends it with a colon;
	// titles and other lines are left at once.
	if len(t) < 8 || len(t) > 120 || !strings.ContainsRune("-=_*", rune(t[0])) && t[len(t)-1] != ':' {
		return false
	}
	t = strings.TrimFunc(t, func(r rune) bool {
		return r == '-' || r == '=' || r == '_' || r == '*' || r == ' ' || r == ':' || r == '：'
	})
	return quotedMailSet[strings.ToLower(t)]
}

// forwardSubject reports whether t is a subject that says its mail
// forwards another: "Fwd: ...", "Subject: Fwd: ...", "Betreff: WG: ...".
func forwardSubject(t string) bool {
	for n := 0; n < 2; n++ {
		i := colonIndex(t)
		if i <= 0 || i > 24 {
			return false
		}
		if forwardMarkSet[strings.ToLower(strings.TrimSpace(t[:i]))] {
			return true
		}
		_, size := utf8.DecodeRuneInString(t[i:])
		t = strings.TrimSpace(t[i+size:])
	}
	return false
}

// isUpdateLine reports whether a date line opens with a revision keyword
// ("Updated March 5, 2024", "Mis à jour le ...").
func isUpdateLine(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	for _, w := range updateWords {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// dateAbbrevs are the abbreviations date and time lines end with, full
// stop dropped: minutes and hours of reading time, a.m./p.m., the Russian
// year (г.).
var dateAbbrevs = wordSet("min mins uhr std a.m p.m am pm hrs h г гг мин ч")

// abbrevFilter is endsWithAbbrev's filter.
var abbrevFilter = filterOf(dateAbbrevs, monthWords)

// creditLine reads a syndication credit ("Originally published by The
// Harbor Times on June 26, 2024", "This story first appeared in
// Outlet.", "本文转载自人民网") and returns the outlet it names.
func creditLine(t string) (source string, ok bool) {
	if len(t) > 160 || !mayBeCredit(t) || wordCountOver(t, 16) {
		return "", false
	}
	lower := strings.ToLower(t)
	for _, c := range creditPrefixes {
		if !strings.HasPrefix(lower, c) {
			continue
		}
		rest := strings.TrimSpace(t[len(c):])
		// The date after the outlet is the date line's business.
		for _, sep := range []string{" on ", " am ", " le ", " el ", " em ", " il ", ", "} {
			if i := strings.Index(rest, sep); i > 0 && hasDigit(rest[i:]) {
				rest = rest[:i]
			}
		}
		rest = strings.TrimRight(rest, " .。")
		if rest == "" || fieldWords(rest) > 6 {
			return "", false
		}
		return rest, true
	}
	return "", false
}

// oneWords is the set of the phrases that are one word, lower case.
func oneWords(phrases []string) map[string]bool {
	m := map[string]bool{}
	for _, p := range phrases {
		if !strings.Contains(p, " ") {
			m[strings.ToLower(p)] = true
		}
	}
	return m
}

// firstWords is the set of the first words of phrases, lower case.
func firstWords(phrases []string) map[string]bool {
	m := map[string]bool{}
	for _, p := range phrases {
		m[strings.Fields(p)[0]] = true
	}
	return m
}

// mayBeCredit reports whether t starts with the first word of a credit,
// so that most lines skip the phrase comparisons. Chinese and Japanese
// credits have no spaces and are compared whole.
func mayBeCredit(t string) bool {
	if i := strings.IndexByte(t, ' '); i > 0 && i <= 24 && creditFilter.may(t[:i]) && hasFolded(creditStarts, t[:i]) {
		return true
	}
	if t == "" || t[0] < utf8.RuneSelf {
		return false
	}
	for _, c := range creditPrefixes {
		if !strings.Contains(c, " ") && strings.HasPrefix(t, c) {
			return true
		}
	}
	return false
}

// isCredit reports whether t is a credit line.
func isCredit(t string) bool {
	_, ok := creditLine(t)
	return ok
}

// cjkOutlet reports whether t is a Chinese or Japanese outlet line: at
// most 16 characters, every word of them ending as outlet names do
// ("北海タイムス 電子版", "人民日报").
func cjkOutlet(t string) bool {
	if t == "" || t[0] < utf8.RuneSelf || utf8.RuneCountInString(t) > 16 {
		return false
	}
	for w := range strings.FieldsSeq(strings.ReplaceAll(t, "　", " ")) {
		ok := false
		for _, e := range outletEnds {
			if strings.HasSuffix(w, e) && w != e || w == "電子版" || w == "电子版" {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// bracketAgencies are the agencies Japanese wire copy names after the
// place in its opening brackets (【ロンドン共同】, 【北京時事】).
var bracketAgencies = []string{"共同", "時事", "ロイター", "AFP", "AP", "新華社", "聯合", "ブルームバーグ", "EPA", "dpa"}
