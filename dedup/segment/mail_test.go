package segment

import (
	"slices"
	"strings"
	"testing"
)

// message is a mail as mail software stores it: an mbox separator line,
// a header with dated "Received:" lines and continuation lines, and a
// body that quotes the message it answers.
func message(from, subject, day string) string {
	return "From " + from + "  " + day + " 12:36:23 2002\n" +
		"Return-Path: <" + from + ">\n" +
		"Received: from mail.example.org (mail.example.org [192.0.2.1])\n" +
		"\tby mx.example.org (Postfix) with ESMTP id D03E543C36\n" +
		"\tfor <list@example.org>; " + day + " 07:36:16 -0400 (EDT)\n" +
		">Received: by relay.example.org (Postfix, from userid 11334)\n" +
		"From: Ann Lee <" + from + ">\n" +
		"To: list@example.org\n" +
		"Subject: " + subject + "\n" +
		"Date: " + day + " 18:26:25 +0700\n" +
		"X-Mailer: Example Mail 2.0\n\n" +
		body(2, subject) +
		"\n-----Original Message-----\nFrom: Bo Chan\nSent: Wednesday, August 21, 2002 10:54 AM\nTo: list@example.org\nSubject: " + subject + "\n\n" +
		body(2, "quoted") + "\nMarch 3, 2024\nBy Jane Doe\n\n" + body(1, "signature") + "\n"
}

// TestMailStaysWhole checks that a message keeps its header, its quoted
// message and the dates in both, one article whose header runs to the
// first blank line; and that an mbox splits at each message.
func TestMailStaysWhole(t *testing.T) {
	one := message("ann@example.org", "Harbour plans", "Thu Aug 22")
	arts := split(one)
	if len(arts) != 1 {
		t.Fatalf("one message: %d articles %+v", len(arts), arts)
	}
	a := arts[0]
	if a.StartLine != 1 || a.EndLine != strings.Count(one, "\n")-1 || a.Title != "Harbour plans" || a.Byline != "Ann Lee <ann@example.org>" || a.Date != "Thu Aug 22 18:26:25 +0700" {
		t.Errorf("article %+v", a)
	}
	if want := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}; !slices.Equal(a.Header, want) || a.Body[0] != 13 {
		t.Errorf("header %v, body from %d; want %v and 13", a.Header, a.Body[0], want)
	}
	box := one + "\n" + message("bo@example.org", "Storm closes road", "Fri Aug 23") + "\n" + message("cy@example.org", "Budget passes", "Sat Aug 24")
	starts := startLines(box)
	if n := strings.Count(one, "\n") + 2; len(starts) != 3 || starts[0] != 1 || starts[1] != n {
		t.Errorf("an mbox of three: articles start at %v, want three, the second at %d", starts, n)
	}
}

// TestNotMail checks that a news export whose fields share names with
// mail ("From:", "Subject:", "Date:") but has none only mail has is not
// read as mail.
func TestNotMail(t *testing.T) {
	text := "Subject: Harbour plans approved\nFrom: The Daily Example\nDate: March 2, 2024\n\n" + body(2, "harbour") +
		"\nSubject: Storm closes road\nFrom: Valley Post\nDate: March 3, 2024\n\n" + body(2, "storm")
	lines, _ := Lines([]byte(text))
	kinds := make([]kind, len(lines))
	for i, l := range lines {
		kinds[i] = classify(l).kind
	}
	if b := mailBlocks(lines, kinds); b != nil {
		t.Errorf("read as mail: %+v", b)
	}
}
