package segment

import (
	"fmt"
	"testing"
)

// TestChangelogStaysWhole: a Debian changelog, dated entries each closed
// by its maintainer and date, with by-lines ("[ Jane Doe ]") and dates
// inside, is one document titled by its first entry.
func TestChangelogStaysWhole(t *testing.T) {
	var text string
	for i, v := range []string{"2.4-1", "2.3-2", "2.3-1", "2.2-1"} {
		text += fmt.Sprintf("harbour-tools (%s) unstable; urgency=medium\n\n  [ Jane Doe ]\n  * New upstream release.\n  * Fix the harbour map when the tide table is empty.\n\n  [ Bo Chan ]\n  * Reported by Ana Ruiz on 2024-0%d-12.\n  * Update the translations.\n\n -- Jane Doe <jane@example.org>  Tue, %d Mar 2024 10:3%d:00 +0100\n\n", v, i+1, 12-i, i)
	}
	arts := split(text)
	if len(arts) != 1 || arts[0].Title != "harbour-tools (2.4-1) unstable; urgency=medium" {
		t.Errorf("changelog: %d articles %+v, want one", len(arts), arts)
	}
}
