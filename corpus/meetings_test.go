package corpus

import (
	"sort"
	"strings"
	"testing"
)

type wantMeeting struct {
	date, place string
	attendees   []string
	absent      map[string]string // name -> note
}

func names(ps []Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	sort.Strings(out)
	return out
}

// datedRosters lists a's meetings as "DATE: A, B, C", attendees and
// meetings sorted.
func datedRosters(a *Article) []string {
	var out []string
	for _, m := range a.Meetings {
		out = append(out, m.Date+": "+strings.Join(names(m.Attendees), ", "))
	}
	sort.Strings(out)
	return out
}

// findMeeting returns the extracted meeting with the given date (or, when
// date is empty, the given place).
func findMeeting(ms []Meeting, date, place string) (Meeting, bool) {
	for _, m := range ms {
		if date != "" && m.Date == date || date == "" && place != "" && m.Place == place {
			return m, true
		}
	}
	return Meeting{}, false
}

func TestMeetings(t *testing.T) {
	tests := []struct {
		name      string
		published string
		text      string
		want      []wantMeeting
		notAny    []string // never an attendee of any meeting
	}{
		{"X hosted Y in place on weekday", "2025-03-14",
			`Turkish President Recep Tayyip Erdogan hosted Zelensky in Ankara on Tuesday for talks on a prisoner exchange.`,
			[]wantMeeting{{"2025-03-11", "Ankara", []string{"Recep Tayyip Erdogan", "Volodymyr Zelensky"}, nil}}, nil},
		{"met with, explicit date", "2025-02-20",
			`Secretary of State Marco Rubio met with Russian Foreign Minister Sergei Lavrov in Riyadh on Feb. 18, the first such meeting in years.`,
			[]wantMeeting{{"2025-02-18", "Riyadh", []string{"Marco Rubio", "Sergei Lavrov"}, nil}}, nil},
		{"joined by, video link absent", "2025-03-07",
			"Emmanuel Macron hosted a meeting of European leaders at the Élysée Palace on Thursday.\n\nHe was joined by Friedrich Merz and Donald Tusk, while Giorgia Meloni took part by video link.",
			[]wantMeeting{{"2025-03-06", "Élysée Palace", []string{"Emmanuel Macron", "Friedrich Merz", "Donald Tusk"}, map[string]string{"Giorgia Meloni": "by video"}}}, nil},
		{"in attendance were", "2025-06-12",
			"The summit in Geneva on Wednesday ran late into the night.\n\nIn attendance were Kaja Kallas, António Costa and Mark Rutte.",
			[]wantMeeting{{"2025-06-11", "Geneva", []string{"Kaja Kallas", "António Costa", "Mark Rutte"}, nil}}, nil},
		{"delegation led by, included; did not attend", "2025-05-17",
			"Russian and Ukrainian delegations met in Istanbul on Friday for the first direct talks in three years.\n\nThe Ukrainian delegation, led by Rustem Umerov, included Andrii Sybiha and Kyrylo Budanov. The Russian team was headed by Vladimir Medinsky.\n\nPutin did not attend, sending a lower-level team instead.",
			[]wantMeeting{{"2025-05-16", "Istanbul", []string{"Rustem Umerov", "Andrii Sybiha", "Kyrylo Budanov", "Vladimir Medinsky"}, map[string]string{"Vladimir Putin": "did not attend"}}}, nil},
		{"leaders of countries resolved by gazetteer", "2025-08-18",
			`On Monday, Trump met with the leaders of France, Germany and Italy at the White House.`,
			[]wantMeeting{{"2025-08-18", "White House", []string{"Donald Trump", "Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni"}, nil}}, nil},
		{"nationality leaders at the meeting", "2025-06-25",
			"NATO leaders met in The Hague on Wednesday for a two-day summit.\n\nAt the start of the summit, the British and Polish leaders called for more sanctions on Moscow.",
			[]wantMeeting{{"2025-06-25", "The Hague", []string{"Keir Starmer", "Donald Tusk"}, nil}}, nil},
		{"not invited", "2025-08-16",
			"Trump and Putin met at a military base in Alaska on Friday.\n\nZelenskyy was not invited to the summit, and European leaders watched from afar.",
			[]wantMeeting{{"2025-08-15", "Alaska", []string{"Donald Trump", "Vladimir Putin"}, map[string]string{"Volodymyr Zelenskyy": "not invited"}}}, nil},
		{"past meeting does not leak", "2025-08-18",
			"Trump and Zelenskyy met at the White House on Monday.\n\nTheir last meeting, in February, ended in a shouting match after Vance accused Zelenskyy of ingratitude.",
			[]wantMeeting{{"2025-08-18", "White House", []string{"Donald Trump", "Volodymyr Zelenskyy"}, nil}}, []string{"JD Vance"}},
		{"phone call the same day is an absence", "2025-08-18",
			`Trump spoke by phone with Putin on Monday before hosting Zelensky at the White House.`,
			[]wantMeeting{{"2025-08-18", "White House", []string{"Donald Trump", "Volodymyr Zelensky"}, map[string]string{"Vladimir Putin": "by phone"}}}, nil},
		{"a call alone is a meeting", "2025-03-19",
			`Trump and Putin held a phone call on Tuesday that lasted more than two hours.`,
			[]wantMeeting{{"2025-03-18", "", []string{"Donald Trump", "Vladimir Putin"}, nil}}, nil},
		{"planned meeting gives no attendees", "2025-10-16",
			`Trump said he would meet Putin in Budapest within two weeks.`,
			nil, []string{"Donald Trump", "Vladimir Putin"}},
		{"skipped and sent a delegation", "2025-05-16",
			"Leaders of the European Political Community gathered in Tirana on Friday.\n\nErdogan skipped the gathering. Xi Jinping sent a delegation instead.\n\nStarmer, Macron and Merz attended.",
			[]wantMeeting{{"2025-05-16", "Tirana", []string{"Keir Starmer", "Emmanuel Macron", "Friedrich Merz"}, map[string]string{"Recep Tayyip Erdoğan": "skipped", "Xi Jinping": "sent a delegation instead"}}}, nil},
		{"summit between two, undated mentions merge", "2025-08-17",
			"Trump hosted Putin for a summit in Anchorage on Friday.\n\nThe summit between the two men lasted nearly three hours, and Trump's summit with Putin ended without a deal.",
			[]wantMeeting{{"2025-08-15", "Anchorage", []string{"Donald Trump", "Vladimir Putin"}, nil}}, nil},
		{"explicit day month year", "2025-03-05",
			`Ukrainian and U.S. officials held talks in Jeddah on March 3, 2025, where Marco Rubio met Andrii Sybiha.`,
			[]wantMeeting{{"2025-03-03", "Jeddah", []string{"Marco Rubio", "Andrii Sybiha"}, nil}}, nil},
		{"letter writers are not attendees", "2025-08-18",
			"At the start of Monday's meeting in the Oval Office, Zelensky handed Trump a letter from his wife, Olena Zelenska, addressed to Melania Trump.\n\nTrump welcomed Zelensky warmly.",
			[]wantMeeting{{"2025-08-18", "Oval Office", []string{"Donald Trump", "Volodymyr Zelensky"}, nil}}, []string{"Olena Zelenska", "Melania Trump"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, tc.published, tc.text)
			for _, w := range tc.want {
				m, ok := findMeeting(a.Meetings, w.date, w.place)
				if !ok {
					t.Fatalf("no meeting on %s at %q; got %+v", w.date, w.place, a.Meetings)
				}
				if w.place != "" && m.Place != w.place {
					t.Errorf("place = %q, want %q", m.Place, w.place)
				}
				want := append([]string(nil), w.attendees...)
				sort.Strings(want)
				if got := names(m.Attendees); strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("attendees = %q, want %q", got, want)
				}
				gotAbs := map[string]string{}
				for _, ab := range m.Absent {
					gotAbs[ab.Name] = ab.Note
				}
				if len(gotAbs) != len(w.absent) {
					t.Errorf("absent = %v, want %v", gotAbs, w.absent)
				}
				for n, note := range w.absent {
					if gotAbs[n] != note {
						t.Errorf("absent[%s] = %q, want %q", n, gotAbs[n], note)
					}
				}
			}
			if tc.want == nil && len(a.Meetings) != 0 {
				t.Errorf("want no meetings, got %+v", a.Meetings)
			}
			for _, m := range a.Meetings {
				for _, p := range m.Attendees {
					for _, n := range tc.notAny {
						if p.Name == n {
							t.Errorf("%s is an attendee of %q", n, m.Summary)
						}
					}
				}
			}
		})
	}
}
