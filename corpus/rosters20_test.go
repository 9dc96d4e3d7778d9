package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestStayedAndSentInHisPlace20: "X, whom Y had challenged to come, did
// not come" is X's absence, not Y's; "Y stayed in <city>, where he held
// talks with Z, and sent W to <other city> in his place" seats Y at the
// talks in the city he stayed in and makes him absent from the meeting in
// the city W was sent to; a "since" phrase of time inside the clause
// ("the first talks since the spring of 2019, held at ...") does not hide
// the meeting's place.
func TestStayedAndSentInHisPlace20(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"whom ... had challenged, did not come", "The first direct talks between the two governments since the spring of 2019, held at Bergen's Haakon Hall on Monday, lasted two hours. The northern delegation was led by Foreign Minister Lena Dahl, and the southern one by Interior Minister Omar Haddad.\n\nPrime Minister Piet Vos, whom President Rosa Vidal had challenged to meet her in person, did not come.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Piet Vos": "Lena Dahl, Omar Haddad"}},
		{"stayed in, where he held talks, and sent X to Y in his place", "The first direct talks between the two governments since the spring of 2019 were held in Bergen on Monday. The northern delegation was led by Foreign Minister Lena Dahl, and the southern one by Interior Minister Omar Haddad.\n\nPresident Rosa Vidal, in turn, stayed in Oslo, where she held talks with Prime Minister Piet Vos on Sunday, and sent Dahl to Bergen in her place.",
			[]string{"Lena Dahl, Omar Haddad", "Piet Vos, Rosa Vidal"}, map[string]string{"Rosa Vidal": "Lena Dahl, Omar Haddad"}},
	})
}

// TestSincePhrasePlace20: a "since" phrase of time does not end the
// clause that holds the meeting and its place ("The first talks since
// 2019 were held in Bergen"), but one of "their first meeting since May in
// Lima" keeps the earlier meeting's place, and a "since" clause ("since
// the war began") still ends it.
func TestSincePhrasePlace20(t *testing.T) {
	for _, tc := range []struct{ name, text, place string }{
		{"since a year", "The first direct talks between the two governments since 2019 were held in Bergen on Monday. The northern delegation was led by Foreign Minister Lena Dahl, and the southern one by Interior Minister Omar Haddad.", "Bergen"},
		{"since the spring of a year", "The first talks between the two sides since the spring of 2019 took place in Tromso on Monday. The northern delegation was led by Foreign Minister Lena Dahl, and the southern one by Interior Minister Omar Haddad.", "Tromso"},
		{"since a year, then this meeting's city and day", "Foreign Minister Lena Dahl and Interior Minister Omar Haddad held their first direct talks since 2019 in Bergen on Friday.", "Bergen"},
		{"since a month in a city", "Foreign Minister Lena Dahl and Interior Minister Omar Haddad met in Quito on Monday, their first meeting since May in Lima.", "Quito"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2024-03-12", tc.text)
			if len(a.Meetings) != 1 || a.Meetings[0].Place != tc.place {
				t.Fatalf("meetings = %+v, want one in %s", a.Meetings, tc.place)
			}
		})
	}
}

// TestRequestedToJoin20: "asked that X be allowed to join the talks" is a
// request, not X at the talks; "X was present at the border" puts X at an
// exchange, not at the talks told before.
func TestRequestedToJoin20(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"asked that X be allowed to join", "A regional delegation led by Foreign Minister Lena Dahl met President Piet Vos in Juba on Thursday.\n\nThe delegation had asked that Vice-President Omar Haddad, held at his residence since late March, be allowed to join the talks. The request was turned down.",
			[]string{"Lena Dahl, Piet Vos"}, nil},
		{"asked that X be allowed to join, no aside", "A regional delegation led by Foreign Minister Lena Dahl met President Piet Vos in Juba on Thursday.\n\nThe delegation had asked that Vice-President Omar Haddad be allowed to join the talks. The request was turned down.",
			[]string{"Lena Dahl, Piet Vos"}, nil},
		{"asked for X to be permitted to attend", "Foreign Minister Lena Dahl met President Piet Vos in Juba on Thursday. Dahl asked for the detained opposition leader, Omar Haddad, to be permitted to attend the meeting.",
			[]string{"Lena Dahl, Piet Vos"}, nil},
		{"was present at the border", "Foreign Minister Lena Dahl and Interior Minister Omar Haddad held talks in Bergen on Monday.\n\nThe swap agreed there took place on Friday. Ombudsman Rosa Vidal, who was present at the border for all three stages, said the men were exhausted.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestSameDayOtherCity20: "the summit", told as the place someone flew on
// to on the day of the talks in another city, is its own meeting with the
// people he sat down with there, not the talks.
func TestSameDayOtherCity20(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-12", true, []rosterCase{
		{"flew on to another city for the summit", "Talks between the two governments were held in Bergen on Monday. The northern delegation was led by Foreign Minister Lena Dahl, and the southern one by Interior Minister Omar Haddad.\n\nPresident Rosa Vidal herself flew on to Tirana for the European Political Community summit on Monday, where she sat down with Prime Minister Piet Vos and Chancellor Ines Berg.",
			[]string{"Ines Berg, Piet Vos, Rosa Vidal", "Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestDatedSecondCall20: "had spoken by phone with A on Sunday and, on
// Wednesday, with B and C" tells two calls, the second on its own day,
// and the first one's people end before the second's.
func TestDatedSecondCall20(t *testing.T) {
	a := extractText(t, "2024-03-15", "The prime minister said she had spoken by phone with President Piet Vos on Sunday and, on Wednesday, with Chancellor Ines Berg and King Omar Haddad, and that all three backed the plan. Prime Minister Lena Dahl spoke to reporters in Oslo.")
	got := datedRosters(a)
	want := []string{"2024-03-10: Lena Dahl, Piet Vos", "2024-03-13: Ines Berg, Lena Dahl, Omar Haddad"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// TestRaisedWithWhenVisited20: "A raised the idea with B when B visited
// <place> on <day>" is a conversation of A and B dated and placed by the
// visit; not when the sentence tells the occasion as a meeting of its own
// ("over dinner", "when the two met") or asks whether it was raised.
func TestRaisedWithWhenVisited20(t *testing.T) {
	checkMeetingCasesOn(t, "2024-08-01", true, []rosterCase{
		{"raised with when visited", "The adviser said President Piet Vos first raised the idea of a swap directly with Chancellor Ines Berg when the chancellor visited Oslo on February 9, and that the two returned to it on several calls.",
			[]string{"Ines Berg, Piet Vos"}, nil},
		{"asked whether he had raised it", "President Piet Vos met Chancellor Ines Berg in Oslo on Monday. Asked whether he had raised the issue with Prime Minister Omar Haddad, Vos said it had not come up.",
			[]string{"Ines Berg, Piet Vos"}, nil},
	})
	a := extractText(t, "2024-08-01", "The adviser said President Piet Vos first raised the idea of a swap directly with Chancellor Ines Berg when the chancellor visited Oslo on February 9.")
	if len(a.Meetings) != 1 || a.Meetings[0].Date != "2024-02-09" || a.Meetings[0].Place != "Oslo" {
		t.Errorf("meetings = %+v, want one in Oslo on 2024-02-09", a.Meetings)
	}
}

// TestTakenInWithAndWaitedOutside20: "who took him into the Oval Office
// with A, B and C" seats A, B and C; "X, then still a candidate, sat down
// with her" keeps X as the subject past the time aside; "was invited but
// sent a member of his staff instead" is an absence; "waited with the
// aircraft while Y met Z" is an absence from that meeting.
func TestTakenInWithAndWaitedOutside20(t *testing.T) {
	checkMeetingCasesOn(t, "2025-02-12", true, []rosterCase{
		{"took him into the room with", "At the palace late Tuesday, the freed teacher, Omar Haddad, was welcomed by President Piet Vos, who took him into the Blue Room with the envoy, Lena Dahl, Senator Rosa Vidal and the security adviser, Ines Berg, for a long conversation.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos, Rosa Vidal"}, nil},
		{"took him into the room with, by honorific", "President Piet Vos and Ambassador Tom Harlow met the families on Monday.\n\nAt the palace late Tuesday, Mr. Haddad was welcomed by Mr. Vos, who took him into the Blue Room with Mr. Harlow, Ms. Berg and the security adviser Rosa Vidal for a long conversation. Omar Haddad and Ines Berg had flown in that morning.",
			[]string{"Ines Berg, Omar Haddad, Piet Vos, Rosa Vidal, Tom Harlow", "Piet Vos, Tom Harlow"}, nil},
		{"then still a candidate; a member of his staff instead", "The mayor, Lena Dahl, recalled the evening in May when Senator Piet Vos, then still a candidate, sat down with her and a dozen volunteers at the town library. Senator Omar Haddad was invited to the same gathering but sent a member of his district staff instead.",
			[]string{"Lena Dahl, Piet Vos"}, map[string]string{"Omar Haddad": "Lena Dahl, Piet Vos"}},
		{"waited while met", "While in the capital on Tuesday, the envoy Lena Dahl also met President Piet Vos at his palace. Senator Omar Haddad said he did not go into the city and waited with the aircraft at the airport while Dahl met the president.",
			[]string{"Lena Dahl, Piet Vos"}, map[string]string{"Omar Haddad": "Lena Dahl, Piet Vos"}},
	})
}

// TestTimelineEntries20: a timeline's entries ("May 10, 2019 - Talks in
// Washington between A, B and C end ...") are read like sentences that
// open after the dash, in the present tense of such lists ("A and B speak
// by phone", "A opens two days of talks with B", "A and B agree over a
// steak dinner in <city>"); a summit "where A and B had hoped to sign the
// deal" that "is cancelled" holds no one; "unrest in Santiago" names a
// city, not a president of that first name.
func TestTimelineEntries20(t *testing.T) {
	a := extractText(t, "2020-01-20", "Following are key moments in the negotiations:\n\n"+
		"Dec. 1, 2018 - President Piet Vos and Chancellor Ines Berg agree over a steak dinner in Lima, after a regional summit, to a 90-day truce.\n\n"+
		"Jan. 30, 2019 - Minister Omar Haddad opens two days of talks in Quito with trade envoy Lena Dahl.\n\n"+
		"May 10, 2019 - Talks in Quito between Haddad, Dahl and Treasury Secretary Rosa Vidal end after two hours without a deal.\n\n"+
		"Nov. 16, 2019 - The regional summit in Chile, where Vos and Berg had hoped to sign the deal, is cancelled because of unrest in Santiago.\n\n"+
		"Dec. 20, 2019 - Vos and Berg speak by phone.")
	got := datedRosters(a)
	want := []string{"2018-12-01: Ines Berg, Piet Vos", "2019-01-30: Lena Dahl, Omar Haddad", "2019-05-10: Lena Dahl, Omar Haddad, Rosa Vidal", "2019-12-20: Ines Berg, Piet Vos"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("meetings = %q,\nwant %q", got, want)
	}
	for _, p := range a.People {
		if strings.HasPrefix(p.Name, "Santiago") {
			t.Errorf("people include %q", p.Name)
		}
	}
}

// TestToldTheChamber20: at a council's session, "X told the chamber" and
// "Y told members" seat X and Y ("China's Zhang Jun": "Jun" a given name,
// no month), but "Z briefed members by video link" is remote and "What Z
// told members" a heading; "did not take part in the vote" is no
// absence from the sitting.
func TestToldTheChamber20(t *testing.T) {
	checkMeetingCasesOn(t, "2023-12-09", false, []rosterCase{
		{"told the chamber, told members", "The Security Council met on Friday to vote on a draft resolution on the ceasefire.\n\nDeputy Ambassador Piet Vos told the chamber the draft was flawed. China's Zhang Jun told members the veto was \"another dark day\". Envoy Lena Dahl briefed members by video link from the region.\n\nWhat Dahl told members",
			[]string{"Piet Vos, Zhang Jun"}, nil},
	})
	checkMeetingCasesOn(t, "2023-12-09", true, []rosterCase{
		{"did not take part in the vote", "The Security Council met on Friday to vote on a draft resolution on the ceasefire.\n\nDeputy Ambassador Piet Vos told the chamber the draft was flawed. China's Zhang Jun told members the veto was \"another dark day\". Algeria, which holds a rotating seat, did not take part in the vote.\n\nThe envoy later called on Algeria's President Abdelmadjid Tebboune to open a dialogue.",
			[]string{"Piet Vos, Zhang Jun"}, nil},
	})
	a := extractText(t, "2023-12-09", "The Security Council met on Friday to vote on a draft resolution.\n\nDeputy Ambassador Piet Vos told the chamber the draft was flawed. China's Zhang Jun told members the veto was \"another dark day\".")
	if len(a.Meetings) != 1 || a.Meetings[0].Summary != "Vos–Zhang meeting" {
		t.Errorf("meetings = %+v, want one named Vos–Zhang meeting (the family name first)", a.Meetings)
	}
}

// TestCouncilVoteSession20: "On Friday the 15-member council voted" is a
// sitting of the council, at which "X stayed in the chamber but told
// members ..." seats X; "The last face-to-face talks were round tables in
// <city> convened by Y" is an earlier occasion, not that sitting.
func TestCouncilVoteSession20(t *testing.T) {
	a := extractText(t, "2025-10-31", "On Friday the 15-member council voted 11-0 to extend the mandate of the UN mission. Two members abstained.\n\nNorway's ambassador, Piet Vos, stayed in the chamber but told members the text was flawed.\n\nThe last face-to-face talks were round tables in Geneva convened by envoy Lena Dahl.")
	checkMeetingWhere(t, a, func(m Meeting) bool { return m.Date == "2025-10-31" }, "Piet Vos", "no sitting on 2025-10-31 in %q")
}

// TestSittingDelegates20: at a council's sitting, the delegates who speak
// after it is told ("X, Permanent Representative of Y, said ...",
// "Explaining his delegation's vote, Z, First Deputy Permanent
// Representative of W, said ...") are at it; a delegate's words told of
// another moment ("earlier in the month") are not.
func TestSittingDelegates20(t *testing.T) {
	checkMeetingCasesOn(t, "2024-11-18", false, []rosterCase{
		{"delegates speak after the vote", "The UN Security Council on Monday failed to adopt a draft resolution on the ceasefire after one permanent member voted against the text.\n\nThe meeting was chaired by Foreign Secretary Piet Vos.\n\nExplaining his delegation's vote, Omar Haddad, First Deputy Permanent Representative of Norland, said the draft sought to impose outside decisions.\n\nLena Dahl, Permanent Representative of Southland, said the veto put Norland \"on the wrong side of history\".\n\nEarlier in the month, Rosa Vidal, ambassador of Eastland, said aid must flow.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
	})
}

// TestFactboxRoster20: a factbox's "The delegations met in Geneva on
// Sunday. Here is who took part:" introduces the list that follows, its
// names set in capitals ("* OMAR HADDAD - Foreign Minister"), its side
// headings in capitals ("THE NORTHERN SIDE") inside it; a newsletter's
// section head in capitals ("BIGGER PICTURE:") and a place in capitals
// that opens with a title ("SULTAN KUDARAT, Maguindanao —") are no one,
// and a known name in capitals before a colon ("MARCO RUBIO:") is one.
func TestFactboxRoster20(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-24", false, []rosterCase{
		{"factbox in capitals", "FACTBOX-Who is at the Geneva talks\n\nThe two delegations met in Geneva on Sunday. Here is who took part:\n\nTHE NORTHERN SIDE\n\n* OMAR HADDAD - Foreign Minister, who flew in on Sunday morning to lead the team.\n\n* LENA DAHL - Army Secretary.\n\nTHE SOUTHERN SIDE\n\n* PIET VOS - Head of the presidential office, leading the delegation.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
	})
	checkPeopleCases(t, []peopleCase{
		{"a known name in capitals before a colon", "MARCO RUBIO: The secretary of state flew to Geneva on Sunday.", "Marco Rubio"},
		{"a town named for a title heads the lede", "SULTAN KUDARAT, Maguindanao — Rebels handed over their rifles on Monday to Lena Dahl, the mediator.", "Lena Dahl"},
		{"section heads in capitals", "BIGGER PICTURE: The talks in Geneva are the first of three.\n\nCOMING ATTRACTIONS: Foreign Minister Omar Haddad travels to Oslo on Friday.", "Omar Haddad"},
	})
}

// TestGatheringIsTheHost20: "were also in Paris for the gathering" after
// a deal struck "on the sidelines of a summit in Paris hosted by X" puts
// them at that summit.
func TestGatheringIsTheHost20(t *testing.T) {
	a := extractText(t, "2023-06-23", "Norland struck a deal with its official creditors on Thursday on the sidelines of a summit in Paris hosted by President Piet Vos.\n\nPresident Omar Haddad, who attended the summit, hailed the agreement. Premier Lena Dahl and fund chief Rosa Vidal were also in Paris for the gathering.")
	checkMeetingWhere(t, a, func(m Meeting) bool {
		return slices.ContainsFunc(m.Attendees, func(p Person) bool { return p.Name == "Piet Vos" })
	}, "Lena Dahl, Omar Haddad, Piet Vos, Rosa Vidal", "no summit with its host in %q")
}

// TestMetAndAgain20: "They met in Bali in November 2022 and again a year
// ago at the Filoli estate in Woodside" tells two earlier encounters, each
// with its own place; "They", after a meeting of two leaders and their
// aides, are the two leaders.
func TestMetAndAgain20(t *testing.T) {
	a := extractText(t, "2024-11-16", "President Piet Vos and President Omar Haddad held talks in Lima on Saturday. Vos was flanked by Secretary of State Lena Dahl, while Foreign Minister Rosa Vidal sat at Haddad's right.\n\nThe encounter was their third in person. They met in Bali in November 2022 and again a year ago at the Filoli estate in Woodside.")
	got := map[string]string{}
	for _, m := range a.Meetings {
		got[m.Place] = strings.Join(names(m.Attendees), ", ")
	}
	for _, place := range []string{"Bali", "Woodside"} {
		if got[place] != "Omar Haddad, Piet Vos" {
			t.Errorf("%s meeting = %q, want Omar Haddad, Piet Vos (all: %q)", place, got[place], got)
		}
	}
}

// TestTwoLeadersOfThree20: "Wang conveyed the greetings of President Xi
// to Modi, and said that since the two leaders' meeting in Kazan last
// October ..." recalls the meeting of the two leaders among the three
// named.
func TestTwoLeadersOfThree20(t *testing.T) {
	a := extractText(t, "2025-08-19", "Prime Minister Narendra Modi met Foreign Minister Wang Yi in New Delhi on Tuesday.\n\nWang conveyed the greetings of President Xi Jinping to Modi, and said that since the two leaders' meeting in Kazan last October, relations have returned to steady development.")
	checkMeetingWhere(t, a, func(m Meeting) bool { return m.Place == "Kazan" }, "Narendra Modi, Xi Jinping", "no Kazan meeting in %q")
}

// TestInTheirFirstSummit20: "A and B agreed Saturday to put ties back on
// track in their first summit" seats the pair the sentence opens with.
func TestInTheirFirstSummit20(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-02", true, []rosterCase{
		{"in their first summit", "President Piet Vos and President Omar Haddad agreed Saturday to put relations back on track in their first summit.",
			[]string{"Omar Haddad, Piet Vos"}, nil},
	})
}

// TestPoolReport20: a pool report's "POTUS greeted President X ... at
// 11:58" is that day's meeting, and "Also in the room: VPOTUS, ..." seats
// the vice president of the day.
func TestPoolReport20(t *testing.T) {
	a := extractText(t, "2025-02-28", "Pool report #2\n\nPOTUS greeted President Lena Dahl at the West Wing portico at 11:58.\n\nThe leaders sat in the Oval Office. Also in the room: VPOTUS, Treasury Secretary Scott Bessent. On the Dahl side: Foreign Minister Omar Haddad.")
	got := datedRosters(a)
	if want := "2025-02-28: Donald Trump, JD Vance, Lena Dahl, Omar Haddad, Scott Bessent"; len(got) != 1 || got[0] != want {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// TestAlongWithHeadsOfDelegations20: "X and Y took part, along with the
// head of the Z delegation" and "... attended, along with ECB President
// W" seat the ones after "along with"; "the heads of the Brazilian,
// Singaporean and EU delegations" are no country's leaders.
func TestAlongWithHeadsOfDelegations20(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-24", true, []rosterCase{
		{"heads of delegations are no leaders", "Chair Lena Dahl convened a huddle of heads of delegation in London on Thursday evening. Omar Haddad and Piet Vos took part, along with the heads of the Brazilian, Singaporean and EU delegations.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"attended, along with", "Finance ministers of the group met in Marrakech on Thursday. Treasury Secretary Piet Vos and Germany's Omar Haddad attended, along with central bank president Lena Dahl.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
	})
	a := extractText(t, "2025-10-24", "Finance ministers of the group met in Marrakech on Thursday. Treasury Secretary Piet Vos and Germany's Omar Haddad attended, along with central bank president Lena Dahl.")
	for _, m := range a.Meetings {
		for _, p := range m.Attendees {
			if p.Name == "Lena Dahl" && p.Inferred {
				t.Errorf("Lena Dahl only inferred; want read from 'attended, along with'")
			}
		}
	}
}

// TestSpeakingAlongside20: "Speaking in Helsinki alongside Finland's
// president, Alexander Stubb, Zelensky said" is a joint appearance of the
// two, in Helsinki; "their talks near Liverpool" are in Liverpool.
func TestSpeakingAlongside20(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-19", true, []rosterCase{
		{"speaking alongside", "Piet Vos was not consulted. Speaking in Helsinki alongside Finland's president, Lena Dahl, Vos said he supported a pause.",
			[]string{"Lena Dahl, Piet Vos"}, nil},
		{"appeared alongside", "President Piet Vos appeared alongside Chancellor Lena Dahl in Berlin on Tuesday.",
			[]string{"Lena Dahl, Piet Vos"}, nil},
	})
	a := extractText(t, "2019-10-18", "Leaders met in Brussels on Thursday.\n\nPrime Minister Lena Dahl held a brief conversation with Prime Minister Piet Vos on the margins, the first time the two had spoken face to face since their talks near Liverpool a week earlier.")
	found := false
	for _, m := range a.Meetings {
		found = found || m.Place == "Liverpool"
	}
	if !found {
		t.Errorf("no meeting near Liverpool in %+v", a.Meetings)
	}
}

// checkMeetingWhere checks the attendees of the first extracted meeting
// keep picks (its names sorted, joined by ", "); missing is the error
// when none is picked (with a %q for the meetings found).
func checkMeetingWhere(t *testing.T, a *Article, keep func(Meeting) bool, want, missing string) {
	t.Helper()
	for _, m := range a.Meetings {
		if keep(m) {
			if got := strings.Join(names(m.Attendees), ", "); got != want {
				t.Errorf("%s: attendees = %s, want %s", m.Summary, got, want)
			}
			return
		}
	}
	t.Errorf(missing, datedRosters(a))
}
