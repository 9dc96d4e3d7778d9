package corpus

import (
	"sort"
	"strings"
	"testing"
)

// datedMeetings lists an article's meetings as "A, B @ date", sorted.
func datedMeetings(a *Article) []string {
	var got []string
	for _, m := range a.Meetings {
		if len(m.Attendees) < 2 {
			continue
		}
		n := names(m.Attendees)
		sort.Strings(n)
		got = append(got, strings.Join(n, ", ")+" @ "+m.Date)
	}
	sort.Strings(got)
	return got
}

// checkDatedMeetings extracts each text and compares its meetings with
// their days.
func checkDatedMeetings(t *testing.T, date string, tests []struct{ name, text, want string }) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, date, tc.text)
			if got := strings.Join(datedMeetings(a), " | "); got != tc.want {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestIndefinitePairOfSummit24: "Dahl also had a 45-minute meeting with
// Vos", told after a summit of Dahl, Vos and Renner, is a meeting of the
// two (on the day of the encounter told before it), not more of the
// summit; "The foreign ministers also met briefly on the margins", whose
// people are named only after it, is a side meeting on the summit's day.
func TestIndefinitePairOfSummit24(t *testing.T) {
	const lede = "Prime Minister Lena Dahl, President Tomas Renner and Premier Piet Vos gathered in Oslo on Monday for a one-day summit on fisheries.\n\n"
	checkDatedMeetings(t, "2024-05-28", []struct{ name, text, want string }{
		{"indefinite pair meeting", lede + "Renner held talks with Vos at the palace on Sunday afternoon. Dahl also had a 45-minute meeting with Vos, their first since Vos took office.\n\nObservers called the mood cordial.",
			"Lena Dahl, Piet Vos @ 2024-05-26 | Lena Dahl, Piet Vos, Tomas Renner @ 2024-05-27 | Piet Vos, Tomas Renner @ 2024-05-26"},
		{"met on the margins, named after", lede + "Observers called the mood cordial.\n\nThe foreign ministers also met briefly on the margins. Karl Moen, Norway's foreign minister, told reporters he had spoken with Danish Foreign Minister Ana Silva about quotas but gave no details.",
			"Ana Silva, Karl Moen @ 2024-05-27 | Lena Dahl, Piet Vos, Tomas Renner @ 2024-05-27"},
	})
}

// TestItemHeadMeetings24: a list item that opens with the people it is
// about, closed by a colon ("- Dahl and Vos: breakfast on Tuesday at the
// embassy", "- Dahl and Renner: about 30 minutes on Monday evening"),
// tells a meeting of those people, apart from the summit before the list,
// and a remote part told in the item belongs to it; "The sidelines were
// busy as well. In short:" introduces no list of the summit's attendees
// (the words of attendance must be in the sentence the colon closes).
func TestItemHeadMeetings24(t *testing.T) {
	const lede = "Foreign Minister Lena Dahl hosted her counterparts Piet Vos, Tomas Renner and Ines Berg at the ministry in Oslo on Tuesday for the annual ministerial.\n\nThe sidelines were busy as well. In short:\n\n"
	checkDatedMeetings(t, "2025-07-02", []struct{ name, text, want string }{
		{"two items", lede + "- Vos and Berg: breakfast on Tuesday at the Dutch embassy residence.\n\n- Renner and Defence Minister Karl Moen: a short meeting at the defence ministry on Tuesday afternoon.",
			"Ines Berg, Lena Dahl, Piet Vos, Tomas Renner @ 2025-07-01 | Ines Berg, Piet Vos @ 2025-07-01 | Karl Moen, Tomas Renner @ 2025-07-01"},
		{"a length opens the item", lede + "- Dahl and Renner: about 30 minutes on Monday evening, mostly fishing quotas.\n\n- Vos and Berg: breakfast on Tuesday at the Dutch embassy residence.",
			"Ines Berg, Lena Dahl, Piet Vos, Tomas Renner @ 2025-07-01 | Ines Berg, Piet Vos @ 2025-07-01 | Lena Dahl, Tomas Renner @ 2025-06-30"},
	})
	checkMeetingCasesOn(t, "2025-07-02", true, []rosterCase{
		{"by video at the item's meeting", lede + "- Vos and Berg: breakfast on Tuesday at the Dutch embassy residence, with trade ministers Rosa Vidal and Ana Silva joining by video from The Hague and Stockholm.",
			[]string{"Ines Berg, Lena Dahl, Piet Vos, Tomas Renner", "Ines Berg, Piet Vos"},
			map[string]string{"Rosa Vidal": "Ines Berg, Piet Vos", "Ana Silva": "Ines Berg, Piet Vos"}},
	})
}

// TestArrivalDayNotMeetingDay24: "Dahl arrived on Monday night and took
// part in the plenary" dates the arrival, not the plenary told before: the
// plenary of the day before stays one meeting with everyone in it.
func TestArrivalDayNotMeetingDay24(t *testing.T) {
	checkDatedMeetings(t, "2024-08-28", []struct{ name, text, want string }{
		{"arrived, and took part", "Island leaders opened their annual forum in Apia yesterday, and President Tomas Renner chaired the plenary with Secretary General Ines Berg at his side.\n\nPrime Minister Lena Dahl flew in on Monday night and took part in the plenary alongside Piet Vos and Karl Moen.",
			"Ines Berg, Karl Moen, Lena Dahl, Piet Vos, Tomas Renner @ 2024-08-27"},
	})
}
