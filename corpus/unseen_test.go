package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestUnseenPhrasings checks phrasings first met in articles the rules had
// not seen (readouts, analyses, wire copy), each written afresh for the
// test. want lists every meeting as its sorted attendees joined by ", ";
// an empty want means no meeting.
func TestUnseenPhrasings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"spoke today with", "The foreign secretary, David Lammy, spoke today with Turkish Foreign Minister Hakan Fidan about grain shipments.",
			[]string{"David Lammy, Hakan Fidan"}},
		{"met yesterday with", "Kaja Kallas met yesterday with Moldovan President Maia Sandu in Chisinau.",
			[]string{"Kaja Kallas, Maia Sandu"}},
		{"spoke today to reporters is no meeting", "Kaja Kallas spoke today to reporters in Brussels about sanctions.",
			nil},
		{"a deputy's title chain is one person", "Marco Rubio met today with Polish Deputy Prime Minister and Foreign Minister Radosław Sikorski.",
			[]string{"Marco Rubio, Radosław Sikorski"}},
		{"two encounters of one day with different people", "Kaja Kallas spoke today with Andrii Sybiha about air defence.\n\nKaja Kallas met today with Maia Sandu in Brussels.",
			[]string{"Andrii Sybiha, Kaja Kallas", "Kaja Kallas, Maia Sandu"}},
		{"one meeting told twice on one day stays one", "Kaja Kallas met Maia Sandu in Brussels on Wednesday.\n\nOn Wednesday, Kallas and Sandu also met Mark Rutte.",
			[]string{"Kaja Kallas, Maia Sandu, Mark Rutte"}},
		{"call, then a second call", "Emmanuel Macron spoke by phone with Keir Starmer and then with NATO Secretary-General Mark Rutte.",
			[]string{"Emmanuel Macron, Keir Starmer", "Emmanuel Macron, Mark Rutte"}},
		{"met, then with another", "Kaja Kallas met Maia Sandu on Tuesday and then with Mark Rutte.",
			[]string{"Kaja Kallas, Maia Sandu", "Kaja Kallas, Mark Rutte"}},
		{"then doing something else is no second meeting", "Kaja Kallas met Maia Sandu on Tuesday and then flew home with her staff.",
			[]string{"Kaja Kallas, Maia Sandu"}},
		{"a call with a time phrase before with", "Mark Rutte told Kaja Kallas about his call last week with Turkish President Recep Tayyip Erdogan.",
			[]string{"Mark Rutte, Recep Tayyip Erdogan"}},
		{"a call to action is no call", "Mark Rutte repeated his call last week for higher defence spending.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			var got []string
			for _, m := range a.Meetings {
				n := names(m.Attendees)
				sort.Strings(n)
				got = append(got, strings.Join(n, ", "))
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
		})
	}
}
