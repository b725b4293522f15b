package segment

import "strings"

// A file of mail as mail software stores it (one message with its
// header, or an mbox of several) is split at its messages only: the
// header block at the top of each (fields such as "Received:", "From:",
// "Subject:", "Date:", with their indented continuation lines, up to the
// first blank line) is the message's header, and nothing inside a
// message starts an article. Dates in "Received:" lines and quoted
// messages are part of the mail, as the splitting issue asks of mail.

// mailNames are header field names that only mail has; "From", "Subject"
// and "Date" also label news exports' fields, so they do not count.
var mailNames = setOf("received", "return-path", "delivered-to", "message-id", "mime-version", "content-type",
	"content-transfer-encoding", "in-reply-to", "references", "to", "cc", "bcc", "reply-to", "sender", "errors-to",
	"precedence", "user-agent", "envelope-to", "thread-topic", "thread-index", "importance")

// minMailFields is how many header fields a mail header has at least.
const minMailFields = 3

// mailField reads a header field's name, lower case: a word of letters,
// digits, hyphens and underscores at the start of the line, a colon and a
// space (or the end of the line) after it.
func mailField(t string) (string, bool) {
	i := strings.IndexByte(t, ':')
	if i < 2 || i > 40 || i+1 < len(t) && t[i+1] != ' ' && t[i+1] != '\t' {
		return "", false
	}
	for j := 0; j < i; j++ {
		c := t[j]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || j > 0 && ('0' <= c && c <= '9' || c == '-' || c == '_')) {
			return "", false
		}
	}
	return strings.ToLower(t[:i]), true
}

// strongMailField reports whether a field name is only found in mail:
// one of mailNames, or an extension ("X-Mailer", "List-Id").
func strongMailField(name string) bool {
	return mailNames[name] || strings.HasPrefix(name, "x-") || strings.HasPrefix(name, "list-")
}

// mboxFrom reports whether t is an mbox file's separator line: "From",
// the sender's address and the time the message came, with its year
// ("From jane@example.org  Thu Aug 22 12:36:23 2002").
func mboxFrom(t string) bool {
	if !strings.HasPrefix(t, "From ") || len(t) > 200 {
		return false
	}
	f := strings.Fields(t)
	return len(f) >= 4 && strings.IndexByte(f[1], '@') > 0 && isYear(f[len(f)-1]) && hasClock(t)
}

// mailHeader reads the mail header that starts at line i (an mbox
// separator line first, or the first field): its lines and the block it
// makes, titled by its subject, dated by its date, by its sender.
func mailHeader(lines []string, i int) (block, bool) {
	b := block{start: i}
	j := i
	if mboxFrom(strings.TrimSpace(lines[j])) {
		b.lines = append(b.lines, j)
		j++
	}
	fields, strong := 0, 0
	for ; j < len(lines); j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" {
			break
		}
		// A continuation line: indented, the field above goes on.
		if (l[0] == ' ' || l[0] == '\t') && fields > 0 {
			b.lines = append(b.lines, j)
			continue
		}
		name, ok := mailField(l)
		if !ok {
			// A header runs to the blank line whatever stands in it
			// (">Received:", a broken field); the fields decide below
			// whether it is a mail's.
			if fields == 0 {
				return block{}, false
			}
			b.lines = append(b.lines, j)
			continue
		}
		fields++
		if strongMailField(name) {
			strong++
		}
		value := strings.TrimSpace(l[len(name)+1:])
		switch name {
		case "subject":
			b.title = value
		case "date":
			b.date = value
		case "from":
			b.byline = value
		}
		b.lines = append(b.lines, j)
	}
	return b, fields >= minMailFields && strong >= 1
}

// mailBlocks finds the messages of a file of mail: the header at its
// first line of text, and one after each mbox separator line that follows
// a blank line. It returns nil for a file that does not open with a mail
// header.
func mailBlocks(lines []string, kinds []kind) []block {
	first := firstContent(kinds)
	if first < 0 {
		return nil
	}
	t := strings.TrimSpace(lines[first])
	if _, ok := mailField(t); !ok && !mboxFrom(t) {
		return nil
	}
	b, ok := mailHeader(lines, first)
	if !ok {
		return nil
	}
	out := []block{b}
	for i := lastOf(b) + 1; i < len(lines); i++ {
		if !kinds[i-1].blank || !strings.HasPrefix(lines[i], "From ") || !mboxFrom(lines[i]) {
			continue
		}
		if b, ok := mailHeader(lines, i); ok {
			out = append(out, b)
			i = lastOf(b)
		}
	}
	return out
}
