package input

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FormatHTML is a web page: its text is extracted (see HTMLText) and then
// split into articles like a text file.
const FormatHTML = "html"

// skipped are elements whose content is never article text: code, styles,
// forms, embedded media, and the page chrome HTML5 marks as such.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Canvas: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Menu: true,
	atom.Head: true,
}

// blocks are the elements that start a new line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Main: true, atom.Figcaption: true,
	atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Br: true,
	atom.Hr: true, atom.Time: true, atom.Address: true, atom.Table: true, atom.Ul: true, atom.Ol: true,
}

// prose reports whether a block's text reads as a paragraph: it ends a
// sentence or is long. Paragraphs are followed by a blank line, as in plain
// text; short blocks (headlines, bylines, dates, outlet names) are not, so
// a header block stays together as the splitter expects it.
func prose(t string) bool {
	if strings.Count(t, " ") >= 20 {
		return true
	}
	t = strings.TrimRight(t, "\"'”’)» ")
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "。") {
		return true
	}
	// Headlines ask and exclaim too: a question is a paragraph only when
	// it is long for a headline.
	return (strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "？") || strings.HasSuffix(t, "！")) &&
		strings.Count(t, " ") >= 12
}

// HTMLText extracts the text of a web page: the text of each block
// element (paragraph, heading, list item, …) on a line of its own, with a
// blank line after each paragraph (see prose), leaving out scripts,
// styles, forms and the page chrome HTML5 marks (<nav>, <footer>,
// <aside>); entities are decoded. lineOf[i] is the line of the page where
// the text of line i+1 starts, so reports can point into the page. title
// is the page's <title>.
func HTMLText(page []byte) (text []byte, lineOf []int, title string) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	var cur strings.Builder
	curLine := 0
	srcLine := 1
	skipDepth := 0
	inTitle := false
	var titleText strings.Builder
	flush := func() {
		t := strings.Join(strings.Fields(cur.String()), " ")
		cur.Reset()
		if t != "" {
			out.WriteString(t)
			out.WriteByte('\n')
			lineOf = append(lineOf, curLine)
			if prose(t) {
				out.WriteByte('\n')
				lineOf = append(lineOf, curLine)
			}
		}
		curLine = 0
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		startLine := srcLine
		srcLine += bytes.Count(raw, []byte{'\n'})
		switch tt {
		case html.ErrorToken:
			flush()
			return out.Bytes(), lineOf, strings.Join(strings.Fields(titleText.String()), " ")
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			if skipped[a] && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skipDepth++
				} else if skipDepth > 0 {
					skipDepth--
				}
				continue
			}
			if blocks[a] && skipDepth == 0 {
				flush()
			}
		case html.TextToken:
			if inTitle {
				titleText.Write(z.Text())
				continue
			}
			if skipDepth > 0 {
				continue
			}
			t := string(z.Text())
			if strings.TrimSpace(t) == "" {
				cur.WriteString(" ")
				continue
			}
			if curLine == 0 {
				// The line of the first visible character.
				lead := len(t) - len(strings.TrimLeft(t, " \t\r\n"))
				curLine = startLine + strings.Count(string(raw[:min(lead, len(raw))]), "\n")
			}
			cur.WriteString(t)
		}
	}
}
