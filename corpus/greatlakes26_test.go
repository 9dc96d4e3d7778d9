package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestAttendanceIncluded26: "Other heads of state in attendance included
// A, B and C" and "Several leaders attended as witnesses, including A and
// B" list people at the meeting told before, each perhaps named with a
// country's possessive ("Peru's Ana Ruiz"); a list of names in a report
// is no attendance.
func TestAttendanceIncluded26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-02", true, []rosterCase{
		{"in attendance included, possessives", "President Lena Dahl on Saturday joined regional leaders in Oslo for a summit on fishing. Other heads of state in attendance included Peru's Ana Ruiz, Chile's Tomas Renner and Fiji's Omar Haddad.",
			[]string{"Ana Ruiz, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"in attendance included, plain", "Prime Minister Piet Vos hosted the water summit in Bergen on Friday. Among the guests, those in attendance included Karl Moen and Rosa Vidal.",
			[]string{"Karl Moen, Piet Vos, Rosa Vidal"}, nil},
		{"attended as witnesses, including", "Lena Dahl hosted the signing in Oslo on Thursday, with Tomas Renner seated to her right. Several leaders attended as witnesses, including Peru's President Ana Ruiz, Fiji's leader Omar Haddad, who chairs the forum, and Chile's President Karl Moen.",
			[]string{"Ana Ruiz, Karl Moen, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"attended as observers, including", "Ministers Lena Dahl and Tomas Renner met in Oslo on Thursday. Several envoys attended as observers, including Ana Ruiz and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"names in a report", "Lena Dahl met Tomas Renner in Oslo on Thursday. Other names in the audit report included Ana Ruiz and Omar Haddad.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestVirtualSummit26: a gathering told as "virtual" or "online", with no
// room of its own, was held from afar as a whole, so those who "attended
// online" or "took part by video" took part in it; a virtual meeting led
// from a room told, or a summit in a city, has those joining by video
// away from the room.
func TestVirtualSummit26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-02-09", true, []rosterCase{
		{"attended online, relative clause", "Fishing talks opened in Bergen on Friday. They followed an extraordinary virtual summit of Nordic leaders on January 29, convened by Lena Dahl, which Tomas Renner attended online.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"took part by video in an online meeting", "Lena Dahl chaired an online meeting of fisheries ministers on Monday, in which Tomas Renner and Omar Haddad took part by video.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"a virtual meeting led from a room", "Lena Dahl chaired a virtual meeting of fisheries ministers on Monday from her office in Oslo, with Omar Haddad seated beside her. Tomas Renner joined by video from Lima.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Tomas Renner": "Lena Dahl, Omar Haddad"}},
		{"a summit in a city", "Lena Dahl hosted a summit in Oslo on Monday with Omar Haddad. Tomas Renner attended online.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Tomas Renner": "Lena Dahl, Omar Haddad"}},
	})
}

// TestOfficeHoldersAide26: "the UN Secretary-General's special envoy,
// Huang Xia" is the envoy, named after it, not the Secretary-General; the
// office alone ("the UN Secretary-General") is its holder.
func TestOfficeHoldersAide26(t *testing.T) {
	checkMeetingCasesOn(t, "2022-11-29", true, []rosterCase{
		{"the Secretary-General's envoy in a list", "Lena Dahl opened the talks in Oslo on Monday. Also in attendance were Peter Moen, the UN Secretary-General's special envoy for the Arctic, Mr Tomas Renner, and the commander of the coast guard, Rear Admiral Omar Haddad.",
			[]string{"Lena Dahl, Omar Haddad, Peter Moen, Tomas Renner"}, nil},
		{"the Secretary-General's envoy alone", "Lena Dahl opened the talks in Oslo on Monday. Also in attendance was the UN Secretary-General's personal envoy, Tomas Renner.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"the office itself", "Lena Dahl opened the talks in Oslo on Monday. Also in attendance were Tomas Renner and the UN Secretary-General.",
			[]string{"António Guterres, Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestHostedTeamAtStateHouse26: "hosted a team (a panel) of facilitators"
// met people the story names next, and "State House Entebbe" is a
// building and its town, not a Mr Entebbe titled "State House" (but
// "Speaker of the House Johnson" is a person).
func TestHostedTeamAtStateHouse26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-11", true, []rosterCase{
		{"a team, then its members", "President Lena Dahl on Thursday hosted a team of facilitators in Bergen. The team included Ana Ruiz, Tomas Renner and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"a team of mediators", "Prime Minister Piet Vos hosted a team of mediators in Oslo on Monday. The team comprised Karl Moen and Rosa Vidal.",
			[]string{"Karl Moen, Piet Vos, Rosa Vidal"}, nil},
		{"a team of footballers", "Prime Minister Piet Vos hosted a team of footballers in Oslo on Monday. He later praised Karl Moen and Rosa Vidal.",
			nil, nil},
	})
	for _, tc := range []struct{ name, text, want string }{
		{"State House and its town", "President Lena Dahl on Thursday met Ana Ruiz at State House Entebbe.", "Ana Ruiz, Lena Dahl"},
		{"Speaker of the House", "President Lena Dahl on Thursday met Speaker of the House Karl Moen at the Capitol.", "Karl Moen, Lena Dahl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-04-11", tc.text)
			n := names(a.People)
			sort.Strings(n)
			if got := strings.Join(n, ", "); got != tc.want {
				t.Errorf("people = %q, want %q", got, tc.want)
			}
			if tc.name == "State House and its town" && (len(a.Meetings) != 1 || a.Meetings[0].Place != "State House Entebbe") {
				t.Errorf("meetings = %+v, want one at State House Entebbe", a.Meetings)
			}
		})
	}
}

// TestSatBetween26: the one who "sat between" the signatories was at the
// signing too, and so was the one "with X seated between them"; at a
// concert, no meeting is told.
func TestSatBetween26(t *testing.T) {
	checkMeetingCasesOn(t, "2026-01-17", true, []rosterCase{
		{"sat between while they signed", "On December 4, President Karl Moen sat between Lena Dahl and Tomas Renner while they signed the Oslo Accords.",
			[]string{"Karl Moen, Lena Dahl, Tomas Renner"}, nil},
		{"with X seated between them", "Foreign Minister Lena Dahl and Foreign Minister Tomas Renner signed the document in the ministry's Treaty Room with Secretary of State Karl Moen seated between them.",
			[]string{"Karl Moen, Lena Dahl, Tomas Renner"}, nil},
		{"with X seated between them, then more", "Lena Dahl and Tomas Renner signed the fisheries pact in Bergen on Friday with Karl Moen seated between them. Standing behind them were Omar Haddad and Ana Ruiz.",
			[]string{"Ana Ruiz, Karl Moen, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"a concert", "At a concert in Oslo on Friday, Karl Moen sat between Lena Dahl and Tomas Renner.",
			nil, nil},
	})
}

// TestHyphenatedFamilyName26: a later mention by the first part of a
// hyphenated family name, titled or not ("Reverend Moen" after "Tomas
// Moen-Larsen"), is that person; a Korean given name ("Jae-myung") gives
// no such part.
func TestHyphenatedFamilyName26(t *testing.T) {
	for _, tc := range []struct{ name, text, people, speaker string }{
		{"titled first part", "The delegation was led by Reverend Tomas Moen-Larsen of Bergen.\n\nReverend Moen, for his part, called for calm. \"Nobody has the right to waste a single life here,\" he declared.",
			"Tomas Moen-Larsen", "Tomas Moen-Larsen"},
		{"with a particle", "The talks were opened by Reverend André Dahl-bo-Renner on Monday.\n\n\"We came as pastors to listen to everyone,\" Dahl said after the meeting.",
			"André Dahl-bo-Renner", "André Dahl-bo-Renner"},
		{"a Korean given name", "The envoy Kim Jae-hoon met reporters in Seoul.\n\n\"We will keep talking to all sides,\" Jae said.",
			"Kim Jae-hoon", "Jae"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-02-12", tc.text)
			n := names(a.People)
			sort.Strings(n)
			if got := strings.Join(n, ", "); got != tc.people {
				t.Errorf("people = %q, want %q", got, tc.people)
			}
			if len(a.Quotes) != 1 || a.Quotes[0].Speaker != tc.speaker {
				t.Errorf("quotes = %+v, want one by %q", a.Quotes, tc.speaker)
			}
		})
	}
}

// TestInsteadHeldTalks26: "who flew in on Saturday, instead held talks
// with X" tells the talks held, by the subject before the aside, not an
// absence from the summit called off;
// "flew to Bergen for a fishing summit instead" is away from the meeting
// told.
func TestInsteadHeldTalks26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-02-12", true, []rosterCase{
		{"instead held talks", "A summit that was supposed to bring Lena Dahl and Tomas Renner face to face in Oslo was called off on Sunday after Renner failed to show up.\n\nDahl, who flew in on Saturday evening, instead held talks with her Norwegian counterpart Karl Moen at the Akershus palace.",
			[]string{"Karl Moen, Lena Dahl"}, map[string]string{"Tomas Renner": "Karl Moen, Lena Dahl"}},
		{"flew elsewhere instead", "Lena Dahl and Karl Moen met in Oslo on Monday to discuss fishing.\n\nTomas Renner, who had been invited, flew to Bergen for a shipping summit instead.",
			[]string{"Karl Moen, Lena Dahl"}, map[string]string{"Tomas Renner": "Karl Moen, Lena Dahl"}},
	})
}

// TestTouredWith26: "toured the site with A and B" is a visit made
// together, a meeting of the three; touring with no one named, or with a
// band, tells none.
func TestTouredWith26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-02-21", true, []rosterCase{
		{"toured a site with two", "On Wednesday, Lena Dahl toured the Lima transit site with Tomas Renner and Ana Ruiz.",
			[]string{"Ana Ruiz, Lena Dahl, Tomas Renner"}, nil},
		{"toured a place with one, then spoke", "Prime Minister Karl Moen toured the flooded district on Tuesday with Governor Omar Haddad before returning to Oslo.",
			[]string{"Karl Moen, Omar Haddad"}, nil},
		{"toured with a band", "Lena Dahl toured Europe with her band in the 1990s before entering politics.",
			nil, nil},
	})
}
