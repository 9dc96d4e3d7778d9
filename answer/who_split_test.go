package answer

import (
	"slices"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

// A thin report of a meeting (three people or fewer) whose writer named
// the rest of its people in a passage the extractor read as a meeting of
// its own: who answers with them when that passage lies inside the
// report, has no place of its own, shares someone and adds someone. The
// near misses are the occasions a writer tells apart: a call, a dinner, a
// meeting told after the report, one at a place of its own or on another
// day, a courtesy call received by someone who was not at the talks, and
// the same passage beside a report that already names four people.
func TestWhoSplitReportOfOneSitting(t *testing.T) {
	paras := []string{
		"Border commanders from Nordvik and Eastmark met at the Tallin crossing post on Thursday for their first talks in a decade.",
		"Colonel Arne Sol greeted General Mira Tane at the gate; Captain Luc Ferro of the monitoring mission watched from the back of the room.",
		"The two sides agreed to repaint the line markers before winter.",
		"Afterwards Sol told reporters the talks had been 'businesslike'.",
		"Later that week Tane briefed Defence Minister Otto Kell in the capital.",
	}
	main := meetingOf("Tallin crossing talks", "Tallin crossing post", "2025-10-16", []int{0, 2, 3}, "Mira Tane")
	split := meetingOf("Sol–Tane–Ferro meeting", "", "", []int{1}, "Arne Sol", "Mira Tane", "Luc Ferro")
	cases := []struct {
		name   string
		main   corpus.Meeting
		other  corpus.Meeting
		paras  []string
		joined bool
	}{
		{"undated, placeless, inside the report", main, split, paras, true},
		{"same day", main, meetingOf("Sol–Tane–Ferro meeting", "", "2025-10-16", []int{1}, "Arne Sol", "Mira Tane", "Luc Ferro"), paras, true},
		// near misses
		{"a call", main, meetingOf("Sol–Tane–Ferro call", "", "", []int{1}, "Arne Sol", "Mira Tane", "Luc Ferro"), paras, false},
		{"a dinner", main, meetingOf("dinner", "", "", []int{1}, "Arne Sol", "Mira Tane", "Luc Ferro"), paras, false},
		{"told after the report", main, meetingOf("Tane–Kell meeting", "", "", []int{4}, "Mira Tane", "Otto Kell"), paras, false},
		{"a place of its own", main, meetingOf("gatehouse meeting", "gatehouse", "", []int{1}, "Arne Sol", "Mira Tane", "Luc Ferro"), paras, false},
		{"another day", main, meetingOf("Sol–Tane–Ferro meeting", "", "2025-10-14", []int{1}, "Arne Sol", "Mira Tane", "Luc Ferro"), paras, false},
		{"shares no one", main, meetingOf("Sol–Ferro meeting", "", "", []int{1}, "Arne Sol", "Luc Ferro"), paras, false},
		{"received by a newcomer", main, split, replaced(paras, 1, "Before the talks, Governor Arne Sol received Tane and Ferro at his residence."), false},
		{"beside a fuller report", meetingOf("Tallin crossing talks", "Tallin crossing post", "2025-10-16", []int{0, 2, 3}, "Mira Tane", "Ida Brun", "Jon Vik", "Per Lund"), split, paras, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			svc := newService(t, &corpus.Article{
				Title: "Nordvik and Eastmark commanders meet at Tallin crossing", Source: "Border Wire", URL: "https://bw.example/tallin",
				Published:  day("2025-10-16T17:00:00Z"),
				Paragraphs: c.paras,
				Meetings:   []corpus.Meeting{c.main, c.other},
			})
			want := personNames(c.main.Attendees)
			if c.joined {
				for _, p := range c.other.Attendees {
					if !slices.Contains(want, p.Name) {
						want = append(want, p.Name)
					}
				}
			}
			slices.Sort(want)
			checkWhoAttendees(t, svc, map[string][]string{"Tallin crossing talks": want})
		})
	}
}

// replaced is paras with paragraph i replaced by s.
func replaced(paras []string, i int, s string) []string {
	out := slices.Clone(paras)
	out[i] = s
	return out
}

// Two meetings an article tells by one summary, day and place (the
// signing in a room and the bilateral held there before it) are two
// meetings of one sitting: who answers the signing with both casts. Their
// people tell them apart from the meeting itself; a meeting in that room
// the day before stays apart.
func TestWhoSittingOfOneNameTwoCasts(t *testing.T) {
	svc := newService(t, &corpus.Article{
		Title: "Ostra and Velm sign transit accord in the Amber Room", Source: "Wire", URL: "https://w.example/amber",
		Published: day("2025-08-08T19:00:00Z"),
		Paragraphs: []string{
			"President Hal Dorn hosted Premier Sun Ostra, her foreign minister Ada Pell and Velm's Bo Kreis in the Amber Room on Friday to sign the accord.",
			"Earlier in the Amber Room, Dorn sat down with Velm's leader Teo Marr.",
			"On Thursday, in the Amber Room, Dorn had met envoy Kai Rhee.",
		},
		Meetings: []corpus.Meeting{
			meetingOf("Amber Room meeting", "Amber Room", "2025-08-08", []int{0}, "Hal Dorn", "Sun Ostra", "Ada Pell", "Bo Kreis"),
			meetingOf("Amber Room meeting", "Amber Room", "2025-08-08", []int{1}, "Hal Dorn", "Teo Marr"),
			meetingOf("Amber Room meeting", "Amber Room", "2025-08-07", []int{2}, "Hal Dorn", "Kai Rhee"),
		},
	})
	checkWhoAttendees(t, svc, map[string][]string{
		"Amber Room signing on 2025-08-08": {"Ada Pell", "Bo Kreis", "Hal Dorn", "Sun Ostra", "Teo Marr"},
	})
}
