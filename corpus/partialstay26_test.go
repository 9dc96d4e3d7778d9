package corpus

import (
	"slices"
	"testing"
)

// TestPartialStay26: someone who sat through only the opening part of a
// meeting and then left ("attended the opening part ... before leaving
// for another engagement", "addressed the first session ... before
// leaving", "left after the first session") was not there for it: absent
// with a note; "before leaving for Oslo" after a whole meeting is not.
func TestPartialStay26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-11", true, []rosterCase{
		{"opening part, before leaving", "Fisheries ministers met in Bergen on Friday. Among them were Sweden's Karl Moen and Denmark's Piet Vos. The commissioner, Lena Dahl, attended the opening part of the meeting before leaving for a separate engagement, officials said.",
			[]string{"Karl Moen, Piet Vos"}, map[string]string{"Lena Dahl": "Karl Moen, Piet Vos"}},
		{"first session, before leaving in the afternoon", "Fisheries ministers met in Bergen on Friday with Karl Moen in the chair and Piet Vos at his side. Lena Dahl addressed the first session and had lunch with the ministers before leaving in the afternoon.",
			[]string{"Karl Moen, Piet Vos"}, map[string]string{"Lena Dahl": "Karl Moen, Piet Vos"}},
		{"first session, before leaving for talks elsewhere", "Fisheries ministers met in Bergen on Friday, chaired by Karl Moen with Piet Vos beside him. Lena Dahl addressed the first session before leaving in the afternoon for talks in Oslo.",
			[]string{"Karl Moen, Piet Vos"}, map[string]string{"Lena Dahl": "Karl Moen, Piet Vos"}},
		{"left after the opening session", "Fisheries ministers met in Bergen on Friday. Karl Moen and Piet Vos sat at the head of the table. Lena Dahl left after the opening session.",
			[]string{"Karl Moen, Piet Vos"}, map[string]string{"Lena Dahl": "Karl Moen, Piet Vos"}},
		{"whole meeting, then away", "Lena Dahl met Karl Moen and Piet Vos in Bergen on Friday before leaving for Oslo.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos"}, nil},
		{"first time, then away", "Lena Dahl met Karl Moen in Bergen on Friday for the first time before leaving for Oslo.",
			[]string{"Karl Moen, Lena Dahl"}, nil},
	})
}

// TestSkippedPressEvent26: someone who skipped the closing news
// conference after a meeting was at the meeting itself; skipping the
// meeting is still an absence.
func TestSkippedPressEvent26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"skipping the news conference", "Fisheries ministers met in Bergen on Wednesday. Lena Dahl sat between Karl Moen and Piet Vos. Dahl left Bergen soon after the session ended, skipping the closing news conference.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos"}, nil},
		{"skipped the press conference", "Fisheries ministers met in Bergen on Wednesday with Karl Moen, Piet Vos and Lena Dahl at the table. Dahl skipped the press conference afterwards.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos"}, nil},
		{"skipped the meeting", "Fisheries ministers met in Bergen on Wednesday with Karl Moen and Piet Vos at the table. Lena Dahl skipped the meeting.",
			[]string{"Karl Moen, Piet Vos"}, map[string]string{"Lena Dahl": "Karl Moen, Piet Vos"}},
	})
}

// TestIntoSmallHours26: a meeting that "stretched into the small hours of
// Friday" began the day before, its first day; a meeting told plainly "on
// Friday" (or one ending "late on Friday") is on Friday.
func TestIntoSmallHours26(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"stretched into the small hours", "Fisheries ministers agreed new quotas at a meeting in Bergen that stretched into the small hours of Friday. Lena Dahl chaired the meeting with Karl Moen at her side.", "2025-12-18"},
		{"until the early hours", "Lena Dahl and Karl Moen held talks in Bergen that went on until the early hours of Friday.", "2025-12-18"},
		{"into the wee hours", "The talks between Lena Dahl and Karl Moen in Bergen ran into the wee hours of Friday.", "2025-12-18"},
		{"plainly on Friday", "Lena Dahl met Karl Moen in Bergen on Friday.", "2025-12-19"},
		{"late on Friday", "Lena Dahl and Karl Moen held talks in Bergen that ran late on Friday.", "2025-12-19"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractProbe(t, "2025-12-19T16:00:00Z", tc.body)
			if len(a.Meetings) != 1 || a.Meetings[0].Date != tc.want {
				t.Fatalf("meetings = %+v, want one on %s", a.Meetings, tc.want)
			}
		})
	}
}

// TestLeftToTakeSeat26: someone left behind "to take his seat", "to sit
// in the Norwegian seat", "to represent the country" or "to lead the
// delegation" attends in place of the one who left ("left X to ...":
// that one absent); the seat is at the meeting told before when the
// sentence's own meeting is a "who" aside's; "leaving X to negotiate
// alone" is no stand-in.
func TestLeftToTakeSeat26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-22", true, []rosterCase{
		{"skipped, leaving a minister to take his seat", "Fisheries ministers met in Bergen on Saturday with Karl Moen and Piet Vos at the table. Sweden's Prime Minister Lena Dahl skipped the meeting, leaving Foreign Minister Omar Haddad to take her seat.",
			[]string{"Karl Moen, Omar Haddad, Piet Vos"}, map[string]string{"Lena Dahl": "Karl Moen, Omar Haddad, Piet Vos"}},
		{"flew home and left a minister to represent", "Fisheries ministers met in Bergen on Saturday with Karl Moen and Piet Vos at the table. Lena Dahl flew home the night before and left Finance Minister Omar Haddad to represent the country.",
			[]string{"Karl Moen, Omar Haddad, Piet Vos"}, map[string]string{"Lena Dahl": "Karl Moen, Omar Haddad, Piet Vos"}},
		{"the seat at the meeting told before", "Fisheries ministers met in Bergen on Saturday with Karl Moen and Piet Vos at the table. Lena Dahl, who met Moen in Oslo on Thursday, flew home the same afternoon and left Finance Minister Omar Haddad to take the Swedish seat.",
			[]string{"Karl Moen, Lena Dahl", "Karl Moen, Omar Haddad, Piet Vos"}, map[string]string{"Lena Dahl": "Karl Moen, Omar Haddad, Piet Vos"}},
		{"leaving them to negotiate", "Lena Dahl met Karl Moen and Piet Vos in Bergen on Saturday before leaving Omar Haddad to negotiate the details.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos"}, nil},
	})
}

// TestUnheldSigning26: a signing someone was "pressured into", "warned
// against" or did "without" is no signing held, so it opens no meeting
// that later sentences would be filed under; a signing attended is one.
func TestUnheldSigning26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-22", true, []rosterCase{
		{"pressured into signing", "Fisheries ministers met in Bergen on Saturday with Karl Moen and Piet Vos at the table.\n\nA spokesman, Omar Haddad, said in Oslo on Friday that Norway would not be pressured into signing a quota deal.\n\nLena Dahl stayed away and sent Deputy Minister Rosa Vidal.",
			[]string{"Karl Moen, Piet Vos, Rosa Vidal"}, map[string]string{"Lena Dahl": "Karl Moen, Piet Vos, Rosa Vidal"}},
		{"warned against signing", "Fisheries ministers met in Bergen on Saturday with Karl Moen and Piet Vos at the table.\n\nA spokesman, Omar Haddad, warned on Friday against signing any quota deal.\n\nLena Dahl stayed away and sent Deputy Minister Rosa Vidal.",
			[]string{"Karl Moen, Piet Vos, Rosa Vidal"}, map[string]string{"Lena Dahl": "Karl Moen, Piet Vos, Rosa Vidal"}},
		{"a signing attended", "Karl Moen and Piet Vos attended the signing in Bergen on Friday.",
			[]string{"Karl Moen, Piet Vos"}, nil},
	})
}

// TestRioPlaces26: "Rio de Janeiro" and "Rio Branco" are cities, not
// people, wherever the finder reads them as names; a "Rio" with a role
// given ("Rio Vidal, the fisheries minister") stays a person.
func TestRioPlaces26(t *testing.T) {
	for _, tc := range []struct {
		name, text, person, notPerson string
	}{
		{"city after a comma", "The leaders met in person in Rio de Janeiro, on 6 July, with Karl Moen in the chair and Piet Vos at the table.", "Karl Moen", "Rio de Janeiro"},
		{"city as a sentence subject", "Rio Branco hosted the talks on Monday, where Karl Moen met Piet Vos.", "Karl Moen", "Rio Branco"},
		{"a person with a role", "Karl Moen met Rio Vidal, the fisheries minister, in Bergen on Monday.", "Rio Vidal", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-09-08", tc.text)
			var all []string
			for _, p := range a.People {
				all = append(all, p.Name)
			}
			if !slices.Contains(all, tc.person) {
				t.Errorf("%q should be a person; people %q", tc.person, all)
			}
			if tc.notPerson != "" && slices.Contains(all, tc.notPerson) {
				t.Errorf("%q is a place but listed; people %q", tc.notPerson, all)
			}
		})
	}
}
