package corpus

import (
	"slices"
	"strings"
	"testing"
)

// undatedTexts tell meetings by weekday ("on Tuesday", "Saturday's Rubio
// meeting"): wire copy often comes without a publication date, and then
// the weekdays cannot be resolved; they still name different days. (Not
// weekdays one or two days apart: "Friday's talks" and "Saturday's
// session" may be one round, which only the dates would tell.)
var undatedTexts = []struct{ name, text string }{
	{"a recalled meeting named by its weekday", `Turkish Foreign Minister Hakan Fidan hosted Iranian Foreign Minister Abbas Araghchi in Ankara on Tuesday for talks on regional security.

The two ministers discussed the war in Gaza and trade, a Turkish official said.

Fidan had briefed Araghchi on Saturday's Rubio meeting in Washington, the official added.`},
	{"a call on the day of the meeting", `German Chancellor Friedrich Merz spoke by phone with Chinese Premier Li Qiang on Thursday even as he hosted French President Emmanuel Macron and Polish Prime Minister Donald Tusk in Berlin.

Thursday's talks in Berlin focused on defence spending, officials said.`},
	{"a round told over several days", `Negotiators from Armenia and Azerbaijan opened a new round of talks in Geneva on Monday, led by Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov.

Wednesday's session, the last of the round, ran late into the night, a diplomat said.`},
	{"the day's meeting named by its weekday again", `Kenyan President William Ruto received Somali President Hassan Sheikh Mohamud at State House in Nairobi on Wednesday.

Wednesday's meeting was the first between the two leaders since Ruto hosted Ethiopian Prime Minister Abiy Ahmed on Sunday, officials said.`},
}

// TestUndatedReadsAsDated checks that copy without a publication date
// finds the same meetings, with the same people, as the same copy dated.
func TestUndatedReadsAsDated(t *testing.T) {
	rosters := func(a *Article) []string {
		var out []string
		for _, m := range a.Meetings {
			n := names(m.Attendees)
			for _, ab := range m.Absent {
				n = append(n, ab.Name+" ("+ab.Note+")")
			}
			slices.Sort(n)
			out = append(out, m.Place+": "+strings.Join(n, ", "))
		}
		slices.Sort(out)
		return out
	}
	for _, tc := range undatedTexts {
		t.Run(tc.name, func(t *testing.T) {
			dated, undated := rosters(extractText(t, "2025-07-03", tc.text)), rosters(extractText(t, "", tc.text))
			if !slices.Equal(dated, undated) {
				t.Errorf("undated meetings %q\ndated meetings   %q", undated, dated)
			}
		})
	}
}

// TestUndatedWeekdays checks what undated copy's weekdays must keep apart.
func TestUndatedWeekdays(t *testing.T) {
	checkMeetingCasesOn(t, "", false, []rosterCase{
		{name: "a call the same day is a remote part", text: undatedTexts[1].text,
			want: []string{"Donald Tusk, Emmanuel Macron, Friedrich Merz"}, absent: map[string]string{"Li Qiang": "Donald Tusk, Emmanuel Macron, Friedrich Merz"}},
		{name: "Sunday's visitor is not Wednesday's", text: undatedTexts[3].text,
			want: []string{"Abiy Ahmed, William Ruto", "Hassan Sheikh Mohamud, William Ruto"}},
	})
}

// TestUndatedRecalledMeeting checks that "Saturday's Rubio meeting",
// recalled in undated copy of Tuesday's talks, does not bring Rubio into
// them.
func TestUndatedRecalledMeeting(t *testing.T) {
	a := extractText(t, "", undatedTexts[0].text)
	found := false
	for _, m := range a.Meetings {
		if m.Place != "Ankara" {
			continue
		}
		found = true
		n := names(m.Attendees)
		slices.Sort(n)
		if got := strings.Join(n, ", "); got != "Abbas Araghchi, Hakan Fidan" {
			t.Errorf("Ankara talks attendees = %s, want Abbas Araghchi, Hakan Fidan", got)
		}
	}
	if !found {
		t.Errorf("no Ankara meeting: %+v", a.Meetings)
	}
}
