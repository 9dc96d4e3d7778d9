package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestThenRoleOpensList25: "A, then European Council president, B, C
// and D sat down with E" keeps A, whose role at the time is told between
// commas (a capitalised role as well as a lower-case one), and gives the
// role to no one after it.
func TestThenRoleOpensList25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-02-03", true, []rosterCase{
		{"capitalised role", "On Thursday morning, Lena Dahl, then European Council president, Tomas Renner, Piet Vos and Rosa Vidal sat down with Omar Haddad in a small office.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Rosa Vidal, Tomas Renner"}, nil},
		{"lower-case role", "On Thursday morning, Lena Dahl, then council president, Tomas Renner and Piet Vos sat down with Omar Haddad in a small office.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestNegotiatedInBuilding25: "A and B negotiated at the Cabinet Office
// until 1am", told after a summit at another house that A and B were at,
// is a negotiation of their own ("Cabinet Office" is a building, not a
// body).
func TestNegotiatedInBuilding25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-14", true, []rosterCase{
		{"negotiated at a building", "Prime Minister Ines Berg welcomed President Omar Haddad to Hartwell House on Monday for the first summit of the two.\n\nAround the table for the plenary session, Berg was flanked by Tomas Renner, the trade minister. Across from them sat Haddad and his envoy, Karl Moen.\n\nThe protocol praised the food.\n\nThe last gaps were closed overnight. Renner and Moen negotiated at the Cabinet Office until shortly after 2am, aides said.",
			[]string{"Ines Berg, Karl Moen, Omar Haddad, Tomas Renner", "Karl Moen, Tomas Renner"}, nil},
	})
}

// TestPhoneToDescribedPerson25: "spoke to the mayor of Oslo, Tomas
// Renner, by phone" is a call with Renner, the object being a role and the
// name set off by commas.
func TestPhoneToDescribedPerson25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-05", true, []rosterCase{
		{"role of place, name", "Prime Minister Lena Dahl met Karl Moen in Bergen on Monday.\n\nDahl spoke to the mayor of Oslo, Tomas Renner, by phone in the afternoon to brief him on the deal.",
			[]string{"Karl Moen, Lena Dahl", "Lena Dahl, Tomas Renner"}, nil},
		{"possessive role, name", "Prime Minister Lena Dahl met Karl Moen in Bergen on Monday.\n\nDahl spoke to Oslo's mayor, Tomas Renner, by phone in the afternoon.",
			[]string{"Karl Moen, Lena Dahl", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestLiveBlogStampAfterCall25: a live blog's bare entry stamp ("14.05
// CET" alone on a line) opens an entry about the story's meeting again,
// not more of the phone call the entry before reported.
func TestLiveBlogStampAfterCall25(t *testing.T) {
	a := extractProbe(t, "2025-03-10T18:00:00+01:00", "16.50 CET\n\nChancellor Piet Vos, President Lena Dahl and Prime Minister Karl Moen agreed at their summit to open talks on energy.\n\n"+
		"16.10 CET\n\nVos spoke to the governor, Tomas Renner, by phone this afternoon to brief him on the deal.\n\n"+
		"14.05 CET\n\nThe news conference is under way. Vos, standing between Dahl and Moen, opened with a joke.")
	var got []string
	for _, m := range a.Meetings {
		n := names(m.Attendees)
		sort.Strings(n)
		got = append(got, strings.Join(n, ", "))
	}
	sort.Strings(got)
	if want := "Karl Moen, Lena Dahl, Piet Vos | Piet Vos, Tomas Renner"; strings.Join(got, " | ") != want {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// TestEarlierCallOwnTime25: "spoke to Vos by phone earlier on Thursday"
// is a call of its own on the day of the dinner, not a part in it.
func TestEarlierCallOwnTime25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-09", true, []rosterCase{
		{"earlier the same day", "Finance Minister Lena Dahl flew to Paris on Thursday for dinner with Finance Minister Piet Vos and Finance Minister Karl Moen at the ministry.\n\nEconomy Minister Tomas Renner spoke to Vos by phone earlier on Thursday and made clear he wanted more room, an official said.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos", "Piet Vos, Tomas Renner"}, nil},
	})
}

// TestSoleConferenceFarBack25: "who took part in the video conference"
// eight paragraphs after the only conference of the story is at that
// conference, not at the call told in between.
func TestSoleConferenceFarBack25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-09", true, []rosterCase{
		{"one conference", "Finance ministers agreed the reform on Friday in a video conference chaired by Finance Minister Lena Dahl.\n\n\"We have a deal,\" Dahl said.\n\n" +
			"The breakthrough came on Thursday evening, when Dahl and Finance Minister Piet Vos dined together in Paris.\n\n" +
			"Economy Minister Tomas Renner spoke to Vos by phone on Thursday morning, an official said.\n\n" +
			"The rules give governments more time.\n\nThey keep numerical safeguards.\n\nEconomists were split.\n\nMarkets barely moved.\n\n" +
			"Renner, who took part in the video conference from Oslo, said he backed the deal.",
			[]string{"Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner", "Piet Vos, Tomas Renner"}, nil},
	})
}

// TestToldReportersAfterMeeting25: "“...,” Dahl told reporters after the
// meeting" puts the speaker at the meeting under way.
func TestToldReportersAfterMeeting25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-05", true, []rosterCase{
		{"after the meeting", "Finance ministers of the bloc met in Brussels on Monday to discuss the budget.\n\nMinister Karl Moen and Minister Rosa Vidal were also at the table.\n\n\"We made progress,\" Lena Dahl told reporters after the meeting.",
			[]string{"Karl Moen, Lena Dahl, Rosa Vidal"}, nil},
	})
}

// TestBeforeItOpened25: "A and B sat down with C on Thursday morning,
// before the summit opened" is a meeting of its own, and "D was briefed
// afterward but was not in the room" is away from it.
func TestBeforeItOpened25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-08", true, []rosterCase{
		{"before the summit opened", "Leaders met in Brussels on Thursday for a summit on the budget, with President Ines Berg in the chair.\n\nPrime Minister Lena Dahl and Chancellor Tomas Renner sat down with Prime Minister Karl Moen on Thursday morning, before the summit opened, in a small room next to the president's office. Prime Minister Rosa Vidal was briefed afterward but was not in the room.",
			[]string{"Karl Moen, Lena Dahl, Tomas Renner"}, map[string]string{"Rosa Vidal": "Karl Moen, Lena Dahl, Tomas Renner"}},
	})
}

// TestHadHalfHourWithHim25: "had his own half-hour with him" is a
// meeting with the one named before.
func TestHadHalfHourWithHim25(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-08", true, []rosterCase{
		{"half-hour with him", "Prime Minister Lena Dahl met President Tomas Renner in Oslo on Thursday.\n\nThe Dutch premier, Piet Vos, who has known Renner for years, had his own half-hour with him at around 1 a.m. on Friday.",
			[]string{"Lena Dahl, Tomas Renner", "Piet Vos, Tomas Renner"}, nil},
	})
}

// TestTrilogueAcrossTheTable25: a "trilogue" is talks, "A and B had faced
// C across the table" seats both sides at it, and "a confessional" with
// someone is a meeting.
func TestTrilogueAcrossTheTable25(t *testing.T) {
	checkMeetingCasesOn(t, "2023-12-09", true, []rosterCase{
		{"trilogue", "Negotiators reached a deal late on Friday, ending a trilogue that had started on Wednesday.\n\nThe deal was announced in the Council building, where the two rapporteurs, Lena Dahl and Tomas Renner, had faced the minister for digital affairs, Rosa Vidal, across the table since Wednesday. Commissioner Karl Moen represented the Commission.",
			[]string{"Karl Moen, Lena Dahl, Rosa Vidal, Tomas Renner"}, nil},
		{"confessional", "Prime Minister Lena Dahl held a confessional with Council President Tomas Renner in a side room on Thursday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}
