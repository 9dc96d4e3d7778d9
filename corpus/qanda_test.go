package corpus

import (
	"strings"
	"testing"
)

// TestWhoWasInTheRoom20: an interview's "Q: Who was in the room?", which
// the Markdown reader keeps though it is shaped like a subheading, asks
// about the meeting under way; the people the answer names were there,
// unless the answer tells its meetings itself.
func TestWhoWasInTheRoom20(t *testing.T) {
	md := "---\ntitle: \"Q&A\"\nsource: \"Local paper\"\npublished: 2025-03-14T12:00:00Z\n---\n\n" +
		"The bus strike ended on Thursday after talks at the conciliation service in Newcastle. We spoke to the lead negotiator, Karen Mills.\n\n" +
		"Q: Who was in the room?\n\n" +
		"A: Myself and our regional officer, Dave Hill. For the company it was the operations director, Sarah Cole.\n\n" +
		"Q: How long did it take?\n\nA: Eleven hours."
	a, err := ParseMarkdown("qa.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	Extract(a)
	if got := datedRosters(a); strings.Join(got, " | ") != "2025-03-13: Dave Hill, Sarah Cole" {
		t.Errorf("meetings = %q, want the talks with Dave Hill and Sarah Cole", got)
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Q: Who was in the room?", true}, {"Who was there?", true}, {"Who else took part?", true},
		{"Q: How long did it take?", false}, {"Who pays for the new buses?", false},
	} {
		if got := whoWasThereLine(tc.line); got != tc.want {
			t.Errorf("whoWasThereLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
