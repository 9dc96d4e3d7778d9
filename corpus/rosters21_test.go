package corpus

import (
	"slices"
	"testing"
)

// TestNamesAfterPortfolios21: the capitalised words of a role's portfolio
// or region ("Under Secretary for Policy", "envoy for the Horn of
// Africa", "Office of Science and Technology Policy", "Vice-President
// for Tech Sovereignty"), a whip's title and a compound military rank
// ("Colonel-Major") are no part of the name that follows them.
func TestNamesAfterPortfolios21(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"portfolio after a ministry's for", "Under Secretary of Defence for Policy Tomas Renner joined the talks by video from Ottawa.", "Tomas Renner"},
		{"envoy for a region", "The U.S. special envoy for the Horn of Africa Martin Kell attended the signing as an observer.", "Martin Kell"},
		{"office of science and technology", "The chief executives were joined by the Director of the Office of Science and Technology Policy Ruth Okafor.", "Ruth Okafor"},
		{"whips of both houses", "Senate Majority Whip Paul Hendry and House Minority Whip Carla Ruiz sat at the far end of the table.", "Paul Hendry, Carla Ruiz"},
		{"compound ranks", "Colonel-Major Ibrahim Sangare and Lieutenant-Colonel Awa Diarra received the mediator in Bamako.", "Ibrahim Sangare, Awa Diarra"},
		{"portfolio with no name after it", "Lena Brandt, Executive Vice-President for Tech Sovereignty, Security and Democracy, met the developers.", "Lena Brandt"},
	})
}

// TestAffiliationAfterName21: "A of <place or party>" in a list names
// where A comes from, not a second person; a "Joint Security Area" is a
// place and "Northwind Student Transportation" a company.
func TestAffiliationAfterName21(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"mayors of their cities", "Among those at the talks in Leeds on Friday were Tom Harlow of West Riding, Jana Novak of the Greens and Lucy Brand of Bristol.", "Tom Harlow, Jana Novak, Lucy Brand"},
		{"party leaders", "The finance minister met the party leaders in Brasilia on Tuesday: Ana Ribeiro of Nova Frente and Caio Mendes of Centro Unido.", "Ana Ribeiro, Caio Mendes"},
		{"a place that is no person", "Before the talks, Tom Harlow and Lucy Brand visited the Joint Security Area, where they were briefed by officers.", "Tom Harlow, Lucy Brand"},
		{"a company", "Lucy Brand met the drivers' union and Northwind Student Transportation in Leeds on Friday.", "Lucy Brand"},
	})
}

// TestIncludingACall21: ", including a call with X" and ", including talks
// with X" list one of the sentence subject's own doings: the subject was
// on the call, or at the talks.
func TestIncludingACall21(t *testing.T) {
	checkMeetingCasesOn(t, "2023-08-16", true, []rosterCase{
		{"working the phones, including a call with", "Prime Minister Lena Dahl secured the states' backing for the plan on Wednesday.\n\nDahl had spent Tuesday working the phones, including a lengthy call with Premier Tom Harlow, whose state had been sceptical.",
			[]string{"Lena Dahl, Tom Harlow"}, nil},
		{"held meetings, including talks with", "Prime Minister Lena Dahl secured the states' backing for the plan on Wednesday.\n\nDahl held several meetings on Tuesday, including talks with Premier Tom Harlow.",
			[]string{"Lena Dahl, Tom Harlow"}, nil},
		{"made calls, including a phone call with", "Foreign Minister Omar Haddad made a round of calls on Monday, including a phone call with his Turkish counterpart, Ines Berg.",
			[]string{"Ines Berg, Omar Haddad"}, nil},
	})
}

// TestRemoteAndEarlier21: "did not travel ... but was kept informed by
// phone" is an absence from the talks, not a call of its own; someone
// named before a "which" aside about their agency who "addressed the
// meeting in a video message" took part by video; "The talks follow
// meetings between A and the leaders ..." names an earlier meeting, not
// the talks' people.
func TestRemoteAndEarlier21(t *testing.T) {
	const opening = "Delegates adopted the draft convention at the closing meeting of the committee in Oslo on Thursday, chaired by Ambassador Lena Dahl and Ambassador Omar Haddad.\n\n"
	checkMeetingCasesOn(t, "2024-08-09", true, []rosterCase{
		{"kept informed by phone", opening + "Trade Minister Ines Berg did not travel to Oslo but was kept informed by phone, one of the people said.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Ines Berg": "Lena Dahl, Omar Haddad"}},
		{"briefed by telephone", opening + "Trade Minister Ines Berg was briefed by telephone throughout the night.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Ines Berg": "Lena Dahl, Omar Haddad"}},
		{"past a which aside, a video message", opening + "Ines Berg, the executive director of the Office on Drugs and Crime, which serviced the negotiations, addressed the closing meeting in a recorded video message from Vienna.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Ines Berg": "Lena Dahl, Omar Haddad"}},
		{"the talks follow meetings between", opening + "The talks follow meetings between President Piet Vos and the leaders of both countries this month.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestPeriodStyle21: the press of the 1940s-60s names people by title and
// surname ("Generalissimo Chiang Kai-shek", "M. Pinay", "Mr. Molotov"):
// the title is no part of the name, "M." before a lone surname is the
// French "Monsieur", and a surname known only with an honorific is still
// one of the article's people; "sat at a square table" seats the ones
// who sat there.
func TestPeriodStyle21(t *testing.T) {
	a := extractText(t, "1955-07-18", "The heads of government opened their conference in Geneva today. Generalissimo Chiang Kai-shek, M. Pinay and Mr. Molotov sat at a square table with their advisers behind them.")
	if got, want := names(a.People), []string{"Chiang Kai-shek", "Molotov", "Pinay"}; !slices.Equal(got, want) {
		t.Errorf("people = %q, want %q", got, want)
	}
	if got, want := datedRosters(a), []string{"1955-07-18: Chiang Kai-shek, Molotov, Pinay"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// TestBigThree21: "the Big Three conference" names who meets, not where
// (the dateline's city is the place); Commissar is a title.
func TestBigThree21(t *testing.T) {
	a := extractText(t, "1945-07-28", "The Big Three conference resumed in Potsdam tonight. Foreign Commissar Molotov, Prime Minister Attlee and President Truman attended.")
	if len(a.Meetings) != 1 || a.Meetings[0].Place != "Potsdam" {
		t.Fatalf("meetings = %+v, want one in Potsdam", a.Meetings)
	}
	if got, want := names(a.Meetings[0].Attendees), []string{"Attlee", "Molotov", "Truman"}; !slices.Equal(got, want) {
		t.Errorf("attendees = %q, want %q", got, want)
	}
	a = extractText(t, "1945-07-28", "The Big Three conference resumed here tonight with Prime Minister Attlee and President Truman.")
	if len(a.Meetings) != 1 || a.Meetings[0].Place != "" {
		t.Errorf("meetings = %+v, want one without a place", a.Meetings)
	}
}

// TestWithAtTheirSide21: ", with A and B at their side", "in tow",
// "beside them" and a clause that puts its subject in the room ("We were
// in the room for three hours, with our defence ministers, A and B") add
// A and B to the meeting told; "talked for three hours, with A and B at
// their side" names no one talked to.
func TestWithAtTheirSide21(t *testing.T) {
	const opening = "Foreign Minister Lena Dahl met her Turkish counterpart, Omar Haddad, in Ankara on Saturday.\n\n"
	checkMeetingCasesOn(t, "2024-05-12", true, []rosterCase{
		{"in the room, with", opening + "The two were in the room for three hours, with their defence ministers, Piet Vos and Ines Berg.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"talked, with ... at their side", opening + "The ministers talked for three hours, with their defence ministers, Piet Vos and Ines Berg, at their side.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"in tow", opening + "Dahl arrived with Piet Vos and Ines Berg in tow.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"sat down with X, with Y joining them", opening + "Later Dahl sat down with Prime Minister Karim Nasser on the sidelines, with Piet Vos and Ines Berg joining them.",
			[]string{"Ines Berg, Karim Nasser, Lena Dahl, Piet Vos", "Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestRegionalNameStyles21: a nickname in quotation marks inside a name
// ("Ferdinand “Bongbong” Marcos Jr.") is neither a quote nor a break in
// the name, and "Jr." is not the family name of a meeting's handle; the
// Burmese "U" and "Daw" before a name, and Malaysian styles ("Tan Sri")
// are no part of the name or the role.
func TestRegionalNameStyles21(t *testing.T) {
	a := extractText(t, "2025-07-29", "Philippine President Ferdinand “Bongbong” Marcos Jr. spoke by phone with Prime Minister Lena Dahl on Monday.\n\nDaw Khin Mya Thein, a former minister, and U Kyaw Min Swe attended the talks, along with Tan Sri Ahmad Razak, the foreign minister.")
	if len(a.Quotes) != 0 {
		t.Errorf("quotes = %+v, want none", a.Quotes)
	}
	want := map[string]string{"Ferdinand Marcos Jr.": "Philippine President", "Khin Mya Thein": "former minister", "Kyaw Min Swe": "", "Ahmad Razak": "foreign minister", "Lena Dahl": "Prime Minister"}
	for _, p := range a.People {
		r, ok := want[p.Name]
		if !ok {
			t.Errorf("unexpected person %q (%s)", p.Name, p.Role)
			continue
		}
		if r != p.Role {
			t.Errorf("%s: role %q, want %q", p.Name, p.Role, r)
		}
		delete(want, p.Name)
	}
	if len(want) > 0 {
		t.Errorf("people missing: %v", want)
	}
	for _, m := range a.Meetings {
		if m.Summary == "Jr.–Dahl call" {
			t.Errorf("handle %q uses the suffix as a family name", m.Summary)
		}
	}
}

// TestBroughtInCountries21: talks that "brought in Greece and Turkey",
// their foreign ministers named at them, seat the ministers, not the
// countries' unnamed leaders, and "brought in" is no place; "X sat at his
// side during the sessions" seats X.
func TestBroughtInCountries21(t *testing.T) {
	a := extractText(t, "2025-03-18", "Greek Cypriot and Turkish Cypriot leaders agreed on Tuesday to open new crossings after two days of informal talks in Geneva that also brought in Greece and Turkey.\n\nThe talks brought together Cypriot President Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar with the foreign ministers of Greece and Turkey, George Gerapetritis and Hakan Fidan.\n\nRosa Vidal, the envoy on Cyprus, sat at his side during the sessions.")
	if len(a.Meetings) != 1 || a.Meetings[0].Place != "Geneva" {
		t.Fatalf("meetings = %+v, want one in Geneva", a.Meetings)
	}
	if got, want := names(a.Meetings[0].Attendees), []string{"Ersin Tatar", "George Gerapetritis", "Hakan Fidan", "Nikos Christodoulides", "Rosa Vidal"}; !slices.Equal(got, want) {
		t.Errorf("attendees = %q, want %q", got, want)
	}
}

// TestLeftAndStayed21: "left Wednesday afternoon's Situation Room meeting
// after roughly 15 minutes" makes its subject absent (left the meeting);
// "stayed in the room after the president left" keeps its subject there;
// "talks that X led" seats X.
func TestLeftAndStayed21(t *testing.T) {
	a := extractText(t, "2019-01-10", "President Piet Vos left Wednesday afternoon's Situation Room meeting with congressional leaders after roughly 15 minutes. Speaker Lena Dahl and Senator Omar Haddad were there. Vice President Ines Berg stayed in the room after the president left.\n\nIt followed a weekend of staff-level talks that Karim Nasser led at the Eisenhower Executive Office Building on Saturday, joined by Tom Harlow.")
	got := datedRosters(a)
	want := []string{"2019-01-05: Karim Nasser, Tom Harlow", "2019-01-09: Ines Berg, Lena Dahl, Omar Haddad"}
	if !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	for _, m := range a.Meetings {
		if m.Date == "2019-01-09" && (len(m.Absent) != 1 || m.Absent[0].Name != "Piet Vos") {
			t.Errorf("absent = %+v, want Piet Vos", m.Absent)
		}
	}
}

// TestWhenToldThere21: "..., when A told B and C that ..." seats A with
// B and C at the meeting the when-clause tells; "when a spokesman told
// reporters" stays a comment.
func TestWhenToldThere21(t *testing.T) {
	checkMeetingCasesOn(t, "2019-01-10", true, []rosterCase{
		{"when A told B and C", "It is a long way from the televised Oval Office meeting on Dec. 11, when President Piet Vos told Speaker Lena Dahl and Senator Omar Haddad that he would shut down the government.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"when a spokesman told reporters", "The talks in Oslo on Monday ended, when Kremlin spokesman Ivan Petrov told reporters that nothing was agreed. Lena Dahl met Omar Haddad there.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestAtHisSide21: "sat at the head of the table with A at his side" seats
// A, comma or not, but "X, speaking at the White House with A at his
// side, said" does not put A at the talks; "further met with Malaysian
// Minister of Defence Dato' Seri B" names B, the style kept whole.
func TestAtHisSide21(t *testing.T) {
	const opening = "Defence Secretary Lena Dahl met Defence Minister Omar Haddad in Oslo on Friday.\n\n"
	checkMeetingCasesOn(t, "2025-10-31", true, []rosterCase{
		{"sat with A at his side", opening + "Dahl sat at the head of the table with Tom Harlow at his side.",
			[]string{"Lena Dahl, Omar Haddad, Tom Harlow"}, nil},
		{"sat with A at his side, a clause after", opening + "Dahl sat at the head of the table with Tom Harlow at his side, and the talks began at noon.",
			[]string{"Lena Dahl, Omar Haddad, Tom Harlow"}, nil},
		{"sat with A, a long description, at his side", opening + "Dahl sat at the head of the table with Tom Harlow, the minister responsible for intergovernmental affairs, at his side.",
			[]string{"Lena Dahl, Omar Haddad, Tom Harlow"}, nil},
		{"speaking with A at his side", opening + "President Piet Vos, speaking at the White House with Vice President Tom Harlow at his side, said the talks had gone well.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"speaking with A and B at his side", "Envoy Lena Dahl met Prime Minister Omar Haddad in his office on Saturday.\n\nMr Vos, speaking at the White House with Vice President Tom Harlow and Secretary of State Ines Berg at his side, said the deal was the exact framework he had laid out.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
	a := extractText(t, "2025-10-31", "Secretary Lena Dahl further met with Malaysian Minister of Defence Dato' Seri Mohamed Khaled Nordin, the host of the meeting.")
	if got, want := datedRosters(a), []string{": Lena Dahl, Mohamed Khaled Nordin"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	for _, p := range a.People {
		if p.Name == "Mohamed Khaled Nordin" && p.Role != "Malaysian Minister of Defence" {
			t.Errorf("role %q, want the ministry without the style", p.Role)
		}
	}
}

// TestTeamFlewElsewhere21: "A mediation team led by X flew into <another
// city> and returned without meeting Y" is no part of the summit told
// before, and "without meeting" holds no meeting.
func TestTeamFlewElsewhere21(t *testing.T) {
	a := extractText(t, "2023-08-04", "President Lena Dahl met Prime Minister Omar Haddad in Abuja on Thursday.\n\nA mediation team led by Tom Harlow flew into Niamey on Friday and returned the same night without meeting the head of the junta, General Piet Vos.")
	if got, want := datedRosters(a), []string{"2023-08-03: Lena Dahl, Omar Haddad"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// TestSentInHisPlace21: "X, who was at Westminster for a vote, sent the
// party's Stormont leader, Y, in his place" and "He sent a senior officer
// from the transport team, Y, in his place" make X absent and seat Y.
func TestSentInHisPlace21(t *testing.T) {
	const opening = "Northern Ireland Secretary Lena Dahl held talks with the party leaders at Hillsborough Castle on Monday. Alliance leader Naomi Long took part.\n\n"
	absent := map[string]string{"Colum Eastwood": "Lena Dahl, Matthew Boyd, Naomi Long"}
	checkMeetingCasesOn(t, "2023-12-19", true, []rosterCase{
		{"long description of the one sent", opening + "The SDLP leader, Colum Eastwood, who was at Westminster for a Commons vote, sent the party's Stormont leader, Matthew Boyd, in his place.",
			[]string{"Lena Dahl, Matthew Boyd, Naomi Long"}, absent},
		{"a senior officer, named after", opening + "The SDLP leader, Colum Eastwood, pulled out on Sunday. He sent a senior officer from the party's transport team, Matthew Boyd, in his place.",
			[]string{"Lena Dahl, Matthew Boyd, Naomi Long"}, absent},
	})
}

// TestSteeredBy21: "The session was steered by A and B, supported by C,
// D and E" seats all five; "the process, steered by X, collapsed" and "the
// plan, supported by F" seat no one.
func TestSteeredBy21(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-17", true, []rosterCase{
		{"steered by, supported by", "Negotiators reached consensus on the text in Geneva on Wednesday. The session was steered by the co-chairs, Lena Dahl of Norway and Rosa Vidal, Spain's ambassador, supported by the vice-chairs Omar Haddad of Egypt, Ines Berg of Austria and Piet Vos.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos, Rosa Vidal"}, nil},
		{"a process steered by", "Foreign Minister Lena Dahl met Foreign Minister Omar Haddad in Geneva on Wednesday. The Luanda process, steered by President Piet Vos, collapsed last year, and a plan supported by Rosa Vidal went nowhere.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"a proposal, supported by", "Foreign Minister Lena Dahl met Foreign Minister Omar Haddad in Geneva on Wednesday. The proposal, supported by Rosa Vidal, went nowhere.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestNewsletterLabels21: a newsletter's "IN THE ROOM:" label names no
// place, and "Also at the top table: A, B and C." seats A, B and C.
func TestNewsletterLabels21(t *testing.T) {
	a := extractText(t, "2025-02-12", "IN THE ROOM: Lena Dahl co-chaired Tuesday's leaders' plenary with Prime Minister Omar Haddad. Also at the top table: Vice President Piet Vos, Chancellor Ines Berg and Secretary-General Rosa Vidal.")
	if len(a.Meetings) != 1 || a.Meetings[0].Place != "" {
		t.Fatalf("meetings = %+v, want one without a place", a.Meetings)
	}
	if got, want := names(a.Meetings[0].Attendees), []string{"Ines Berg", "Lena Dahl", "Omar Haddad", "Piet Vos", "Rosa Vidal"}; !slices.Equal(got, want) {
		t.Errorf("attendees = %q, want %q", got, want)
	}
}

// TestSeparateCalls21: "spoke separately by telephone on Sunday to A and
// B" tells a call with each; "was also on the call" seats its subject at
// a summit held by video.
func TestSeparateCalls21(t *testing.T) {
	a := extractText(t, "2025-01-30", "Before the summit, President Tom Harlow said he had spoken separately by telephone on Sunday to Mr Piet Vos and Mr Karim Nasser, urging both to support a ceasefire.")
	if got, want := datedRosters(a), []string{"2025-01-26: Karim Nasser, Tom Harlow", "2025-01-26: Piet Vos, Tom Harlow"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	a = extractText(t, "2025-01-30", "Leaders of the region held an extraordinary summit by video conference on Wednesday, chaired by President Tom Harlow. President Omar Haddad took part. The Secretary General, Rosa Vidal, was also on the call.")
	if got, want := datedRosters(a), []string{"2025-01-29: Omar Haddad, Rosa Vidal, Tom Harlow"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// TestBroadcastTurns21: a broadcast transcript's first turn label
// ("PRESIDENT VOS:") is no dateline; "I" in a turn is its speaker ("I
// just finished my summit with President Nasser"), but not in the
// reporter's aside "he said, and I wrote this down, “...”"; "Our
// correspondent X was there" does not make the reporter a participant;
// "Y was with me for the expanded session" seats Y.
func TestBroadcastTurns21(t *testing.T) {
	src := "---\ntitle: \"Transcript\"\npublished: \"2021-06-17T12:00:00Z\"\n---\n\n" +
		"PRESIDENT VOS: Good evening. I just finished my summit with President Karim Nasser in Reykjavik on Wednesday.\n\n" +
		"QUESTION: Was your national security adviser in the room?\n\n" +
		"PRESIDENT VOS: Tom Harlow was with me for the expanded session, yes.\n\n" +
		"ANCHOR JANE MOORE: That was President Piet Vos speaking in Reykjavik. Our correspondent Ian Fell was there.\n\n" +
		"IAN FELL: Nasser spoke to reporters afterwards. He said, and I wrote this down, \"We did not change each other's minds tonight.\"\n"
	a, err := ParseMarkdown("transcript.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	Extract(a)
	if a.Place != "" {
		t.Errorf("place %q: the first turn's label read as a dateline", a.Place)
	}
	if got, want := datedRosters(a), []string{"2021-06-16: Karim Nasser, Piet Vos, Tom Harlow"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Karim Nasser" {
		t.Errorf("quotes = %+v, want one by Karim Nasser", a.Quotes)
	}
}

// TestInterviewAnswers21: in an edited interview, "A:" is the one the
// host spoke with, so "A: I sat in on the plenary with X and Y" seats
// the interviewee; "Host Jane Moore" is a title and the host no party to
// the talks discussed.
func TestInterviewAnswers21(t *testing.T) {
	a := extractText(t, "2022-03-10", "Host Jane Moore spoke with Omar Haddad, a former member of the negotiating team, about the resumed talks in Vienna.\n\nQ: You were in Vienna last week. Who was at the table?\n\nA: I sat in on the plenary on Friday with Ali Rahimi, the chief negotiator, and Enrique Mora, who chairs the talks.")
	if got, want := datedRosters(a), []string{"2022-03-04: Ali Rahimi, Enrique Mora, Omar Haddad"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	for _, p := range a.People {
		if p.Name == "Jane Moore" && p.Role != "Host" {
			t.Errorf("Jane Moore's role %q, want Host", p.Role)
		}
	}
}

// TestBoycottWithoutHim21: "X boycotted the meeting with A and B, which
// went ahead without him" makes X absent and no one told before; "Y
// opened the round" seats Y.
func TestBoycottWithoutHim21(t *testing.T) {
	a := extractText(t, "2019-10-11", "Negotiators met in Bratislava on Thursday. Chief negotiator Lena Dahl and Omar Haddad sat across from each other. The OSCE chairman, Foreign Minister Tom Harlow, opened the round.\n\nIn Granada, President Piet Vos boycotted the meeting with Prime Minister Ines Berg and President Rosa Vidal, which went ahead without him.")
	if got, want := datedRosters(a), []string{"2019-10-10: Lena Dahl, Omar Haddad, Tom Harlow", ": Ines Berg, Rosa Vidal"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	for _, m := range a.Meetings {
		for _, ab := range m.Absent {
			if ab.Name != "Piet Vos" {
				t.Errorf("%s: absent %q", m.Summary, ab.Name)
			}
		}
	}
}

// TestListNotRole21: in "with Prime Minister Ines Berg, Rosa Vidal and
// Tom Harlow", the titled name before the comma is the list's first item,
// not Rosa Vidal's role.
func TestListNotRole21(t *testing.T) {
	a := extractText(t, "2023-10-06", "In Granada, President Piet Vos boycotted the five-way meeting with Armenian Prime Minister Ines Berg, Rosa Vidal, Tom Harlow and Omar Haddad.")
	for _, p := range a.People {
		if p.Name == "Rosa Vidal" && p.Role != "" {
			t.Errorf("Rosa Vidal's role %q, want none", p.Role)
		}
	}
}

// TestCapsFamilyNames21: Japanese ministry readouts set the family name in
// capitals before the given name ("Mr. ENDO Kazuya"): one name, two
// people of one family kept apart; "Vice President JD Vance" keeps its
// initials.
func TestCapsFamilyNames21(t *testing.T) {
	a := extractText(t, "2024-07-09", "Prime Minister KISHIDA Fumio held a summit meeting with President Piet Vos in Manila on Monday. On the Japanese side were Mr. ENDO Takuya, Special Advisor to the Prime Minister, and Mr. ENDO Kazuya, Ambassador of Japan. Vice President JD Vance called in.")
	got := names(a.People)
	for _, w := range []string{"Endo Kazuya", "Endo Takuya", "JD Vance", "Kishida Fumio", "Piet Vos"} {
		if !slices.Contains(got, w) {
			t.Errorf("people %q lack %q", got, w)
		}
	}
}

// TestToBeLedBy21: "teams to be led on the American side by X" and "will
// be chaired by Y" name people of meetings still to come, not of the one
// told.
func TestToBeLedBy21(t *testing.T) {
	a := extractText(t, "2019-07-01", "President Piet Vos met Chairman Omar Haddad at Freedom House in Panmunjom on Sunday. Afterwards, Vos said the two sides would form teams to resume working-level negotiations, to be led on the American side by special representative Tom Harlow. The next round will be chaired by Ines Berg.")
	if got, want := datedRosters(a), []string{"2019-06-30: Omar Haddad, Piet Vos"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// TestSignedHereAtTen21: "The armistice was signed here at 10 a.m. today
// by A and B" (a.m. no full stop, "here" and "today" before the agents)
// seats A and B; "at 11 p.m. Harlow said" still ends the sentence.
func TestSignedHereAtTen21(t *testing.T) {
	a := extractText(t, "1953-07-27", "The Korean armistice was signed here at 10 a.m. today by Lieut. Gen. Tom Harlow, the senior delegate, and General Piet Vos. The ceremony ended at 11 p.m. Harlow said it was over.")
	if got, want := datedRosters(a), []string{"1953-07-27: Piet Vos, Tom Harlow"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	if s := sentencesOf(a.Paragraphs[0]); s != 3 {
		t.Errorf("%d sentences, want 3", s)
	}
}

// sentencesOf counts the sentences the tokenizer finds in p.
func sentencesOf(p string) int {
	spans := findQuoteSpans(p)
	return len(sentences(tokenize(p, spans), p, spans))
}

// TestKeynote21: "X, who delivered the keynote address on Friday night"
// was at the gathering; "the International Institute for Strategic
// Studies" names no one.
func TestKeynote21(t *testing.T) {
	a := extractText(t, "2025-06-01", "Defence ministers gathered in Singapore on Friday for the Shangri-La Dialogue, hosted by the International Institute for Strategic Studies. Defence Secretary Tom Harlow and Defence Minister Lena Dahl attended.\n\nPresident Piet Vos, who delivered the keynote address on Friday night, argued that Europe and Asia faced linked threats.")
	if got, want := datedRosters(a), []string{"2025-05-30: Lena Dahl, Piet Vos, Tom Harlow"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}
