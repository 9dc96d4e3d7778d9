package corpus

import "testing"

// TestWithAmongThoseAtTable22: "chaired the retreat, with A, B and C among
// those at the table" seats the whole list, as "with A, B and C at the
// table" does.
func TestWithAmongThoseAtTable22(t *testing.T) {
	checkMeetingCasesOn(t, "2019-08-16", true, []rosterCase{
		{"among those at the table", "Prime Minister Tomas Renner chaired the retreat on Thursday, with Chancellor Lena Dahl, Ines Berg of the Coastal Party and Premier Omar Haddad among those at the table.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"among those present", "The talks opened in Oslo on Thursday, with Foreign Minister Lena Dahl and her deputy, Omar Haddad, among those present.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestWithAroundTableAlongWith22: a "with ... around the table" list the
// reader carries on past its tail (", along with the secretary general,
// X") still seats everyone in it.
func TestWithAroundTableAlongWith22(t *testing.T) {
	checkMeetingCasesOn(t, "2024-11-29", true, []rosterCase{
		{"along with after the tail", "President Tomas Renner chaired the session in Oslo on Thursday, with Lena Dahl of Norway and Omar Haddad of Jordan around the table, along with the bloc's secretary general, Ines Berg.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestMeetingBroughtPeople22: "The meeting ... brought A, B and C to X"
// names the meeting's people; "brought" after someone else is not it.
func TestMeetingBroughtPeople22(t *testing.T) {
	const lede = "President Tomas Renner hosted the leaders of three nations in Oslo on Thursday.\n\n"
	checkMeetingCasesOn(t, "2025-11-07", true, []rosterCase{
		{"the summit brought", lede + "The summit brought Prime Minister Lena Dahl, President Omar Haddad and Chancellor Ines Berg to Oslo.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"with an aside", lede + "The meeting, held under a format known as the Oslo Three, brought Prime Minister Lena Dahl, President Omar Haddad and Chancellor Ines Berg to Oslo together for the first time.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"a plan brought", "President Tomas Renner hosted Prime Minister Lena Dahl in Oslo on Thursday.\n\nThe plan brought President Omar Haddad no comfort, an aide said.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestSideColonAside22: "On the host side, from pool's vantage point: A,
// B and C" lists a side as "On the host side: A, B and C" does.
func TestSideColonAside22(t *testing.T) {
	const lede = "President Tomas Renner hosted President Lena Dahl for a working lunch at the palace on Friday.\n\n"
	checkMeetingCasesOn(t, "2025-10-18", true, []rosterCase{
		{"pool's vantage point", lede + "On the host side, from pool's vantage point: Vice President Omar Haddad, Foreign Minister Ines Berg and Gen. Paul Hendry, chief of the defence staff.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Paul Hendry, Tomas Renner"}, nil},
		{"as far as the pool could see", lede + "On the guests' side, as far as the pool could see: Ambassador Omar Haddad and Ines Berg, the trade minister.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestSignedTheDocument22: "A and B signed the document in X on Monday"
// is a signing where both were, as "signed the accord" is.
func TestSignedTheDocument22(t *testing.T) {
	checkMeetingCasesOn(t, "2019-02-05", true, []rosterCase{
		{"signed the document", "President Tomas Renner and the head of the council, Lena Dahl, signed the document in Abu Dhabi on Monday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"signed a joint document", "Prime Minister Omar Haddad and President Ines Berg signed a joint document on water in Oslo on Monday.",
			[]string{"Ines Berg, Omar Haddad"}, nil},
	})
}

// TestJoinedAtMeeting22: "A joined B on Monday at a meeting in X" seats
// both, as "A joined B for talks" does.
func TestJoinedAtMeeting22(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-29", true, []rosterCase{
		{"joined B at a meeting", "Prime Minister Lena Dahl joined President Tomas Renner on Monday at a meeting in Oslo with the families of the missing.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"joined B in talks", "Chancellor Omar Haddad joined President Tomas Renner in talks with the union leaders in Oslo on Monday.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestNamedMeetingOpenedAndSent22: "the Commonwealth Heads of Government
// Meeting" is a meeting (its "Heads" is a name's word, not a verb of
// leading), the one who "opened" a named meeting was at it, and a leader
// who "sent Minister of State X" stayed away while X went; one who "sent
// Secretary General X a letter" sent no one.
func TestNamedMeetingOpenedAndSent22(t *testing.T) {
	checkMeetingCasesOn(t, "2024-10-26", true, []rosterCase{
		{"heads of government meeting", "Prime Minister Tomas Renner opened the Commonwealth Heads of Government Meeting in Apia on Friday. Chancellor Lena Dahl and President Omar Haddad were among the leaders present.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"sent a titled minister", "Leaders met in Apia on Friday for the summit. Chancellor Lena Dahl was present, while President Omar Haddad sent Minister of State Ines Berg.",
			[]string{"Ines Berg, Lena Dahl"}, map[string]string{"Omar Haddad": "Ines Berg, Lena Dahl"}},
		{"sent a minister with a letter", "Leaders met in Apia on Friday for the summit. Chancellor Lena Dahl was present, while President Omar Haddad sent Foreign Minister Ines Berg to Apia with a letter.",
			[]string{"Ines Berg, Lena Dahl"}, map[string]string{"Omar Haddad": "Ines Berg, Lena Dahl"}},
		{"sent a letter", "Leaders met in Apia on Friday for the summit, chaired by Chancellor Lena Dahl and President Omar Haddad.\n\nThe summit agreed a new fund for coastal defences.\n\nOn Saturday, Haddad sent Secretary General Ines Berg a letter about the fund.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestAtTableAfterACall22: "X, Y and Z were also at the table", told after
// a call someone joined from afar, puts them at the summit held in
// person, not on the call.
func TestAtTableAfterACall22(t *testing.T) {
	checkMeetingCasesOn(t, "2023-12-10", true, []rosterCase{
		{"at the table after a call", "Leaders met in Djibouti on Saturday for an extraordinary summit. Army chief Tomas Renner attended, while militia commander Omar Haddad joined by phone.\n\n\"We are ready for a ceasefire,\" Haddad said in a call with the leaders.\n\nPresident Lena Dahl, Prime Minister Ines Berg and President Paul Hendry were also at the table.",
			[]string{"Ines Berg, Lena Dahl, Paul Hendry, Tomas Renner"}, map[string]string{"Omar Haddad": "Ines Berg, Lena Dahl, Paul Hendry, Tomas Renner"}},
	})
}

// TestSeparateMeetingsSatInOnBoth22: "held short separate meetings in his
// office with A and with B" tells two meetings (a place between the noun
// and its "with"), and "C sat in on both" seats C at each.
func TestSeparateMeetingsSatInOnBoth22(t *testing.T) {
	const lede = "President Tomas Renner hosted five leaders at the palace on Thursday.\n\n"
	checkMeetingCasesOn(t, "2025-11-07", true, []rosterCase{
		{"in his office with A and with B", lede + "Before the session, Renner held short separate meetings in his office with Prime Minister Lena Dahl and with President Omar Haddad.",
			[]string{"Lena Dahl, Tomas Renner", "Omar Haddad, Tomas Renner"}, nil},
		{"sat in on both", lede + "Before the session, Renner held separate meetings in the Blue Room with Prime Minister Lena Dahl and with President Omar Haddad. Foreign Minister Ines Berg sat in on both, according to an official.",
			[]string{"Ines Berg, Lena Dahl, Tomas Renner", "Ines Berg, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestAmongThemColon22: "Leaders pose for the family photo. Among them,
// from the front row: A, B and C" seats the list at the summit told.
func TestAmongThemColon22(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-17", true, []rosterCase{
		{"among them, from the front row", "The summit opened at the palace in Astana on Tuesday, chaired by President Tomas Renner.\n\nLeaders pose for the family photo in front of the palace. Among them, from the front row: President Lena Dahl, President Omar Haddad and President Ines Berg. Photo: AP",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"among them:", "The summit opened at the palace in Astana on Tuesday, chaired by President Tomas Renner.\n\nA dozen leaders attended. Among them: President Lena Dahl and President Omar Haddad.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestCaptionLeftToRight22: a caption's "(L-R) A, B and C hold up the
// signed document" lists people at the meeting told, as "From left, A,
// B and C" does.
func TestCaptionLeftToRight22(t *testing.T) {
	const lede = "Leaders gathered in Oslo on Monday for a summit co-chaired by President Tomas Renner and President Lena Dahl.\n\n"
	checkMeetingCasesOn(t, "2025-10-13", true, []rosterCase{
		{"(L-R)", lede + "(L-R) Emir Omar Haddad, Dahl, Renner and President Ines Berg hold up the signed document. Photo: AFP",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"(left to right)", lede + "(left to right) Emir Omar Haddad, Dahl and Renner at the signing. Photo: AFP",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestShakesHands22: a caption's present tense, "A shakes hands with B in
// the main hall", tells an encounter as "shook hands" does; "If A shakes
// hands with B" tells none.
func TestShakesHands22(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-13", true, []rosterCase{
		{"shakes hands with", "Leaders gathered in Oslo on Monday for a summit co-chaired by President Tomas Renner and President Lena Dahl.\n\nPresident Omar Haddad shakes hands with Renner in the main hall. Photo: AFP",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"if A shakes hands with B", "Leaders gathered in Oslo on Monday for a summit co-chaired by President Tomas Renner and President Lena Dahl.\n\nIf President Omar Haddad shakes hands with Renner, it will be a first.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestWorkingOnAMeeting22: "is now working on a Renner-Haddad meeting"
// tells a meeting being arranged, not one held.
func TestWorkingOnAMeeting22(t *testing.T) {
	checkMeetingCasesOn(t, "2025-08-19", true, []rosterCase{
		{"working on a meeting", "President Tomas Renner met Chancellor Lena Dahl in Oslo on Monday.\n\nThe White House says it is now working on a meeting between President Omar Haddad and Prime Minister Ines Berg, to be followed by a trilateral.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestSatAlongside22: "X, who ..., sat on the sofa alongside A and B" seats
// X with A and B.
func TestSatAlongside22(t *testing.T) {
	checkMeetingCasesOn(t, "2025-08-19", true, []rosterCase{
		{"sat on the sofa alongside", "President Tomas Renner received Chancellor Lena Dahl in his office shortly after 1 p.m. on Monday. Vice President Omar Haddad, who led February's confrontation, sat on the sofa alongside Secretary of State Ines Berg and envoy Paul Hendry, but said nothing.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Paul Hendry, Tomas Renner"}, nil},
	})
}

// TestLedOutOfTheMeeting22: "X led the delegations out of the meeting"
// tells a walkout: X is absent from the meeting, not an attendee.
func TestLedOutOfTheMeeting22(t *testing.T) {
	checkMeetingCasesOn(t, "2024-11-24", true, []rosterCase{
		{"led out of the meeting", "The presidency convened the negotiating groups on Saturday afternoon, chaired by Tomas Renner and Lena Dahl.\n\nAbout 20 minutes in, Omar Haddad, who chairs the small-island group, led the island delegations out of the meeting. Ines Berg led the poorest countries' negotiators out a few minutes later.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Omar Haddad": "Lena Dahl, Tomas Renner", "Ines Berg": "Lena Dahl, Tomas Renner"}},
	})
}

// TestAudiences22: a papal or royal audience is a meeting: "received in
// audience President X", "received in audience on Saturday Prime Minister
// Y", "had an audience with", "granted a private audience on Saturday to
// Y", "gave an audience to Y"; "gave an audience of farmers a speech" is
// not.
func TestAudiences22(t *testing.T) {
	checkMeetingCasesOn(t, "2023-06-06", true, []rosterCase{
		{"received in audience", "Pope Francis on Monday received in audience President Tomas Renner.", []string{"Pope Francis, Tomas Renner"}, nil},
		{"received in audience on a day", "Pope Francis received in audience on Saturday Prime Minister Lena Dahl.", []string{"Lena Dahl, Pope Francis"}, nil},
		{"had an audience with", "Prime Minister Lena Dahl had an audience with Pope Francis on Saturday.", []string{"Lena Dahl, Pope Francis"}, nil},
		{"granted a private audience to", "Pope Francis granted a private audience on Saturday to Prime Minister Lena Dahl.", []string{"Lena Dahl, Pope Francis"}, nil},
		{"gave an audience to", "Pope Francis gave an audience to Prime Minister Lena Dahl and her husband on Saturday.", []string{"Lena Dahl, Pope Francis"}, nil},
		{"gave an audience of farmers a speech", "Prime Minister Lena Dahl gave an audience of farmers a long speech in Rome on Saturday, with President Tomas Renner beside her.", nil, nil},
	})
}

// TestAndLaterMet22: "X met A on Thursday and later met B" (or "X was
// received by A and later met B") tells two meetings, X at both, A at the
// first only.
func TestAndLaterMet22(t *testing.T) {
	checkMeetingCasesOn(t, "2023-06-30", true, []rosterCase{
		{"met and later met", "Cardinal Tomas Renner met presidential aide Omar Haddad at the palace on Thursday and later met Commissioner Lena Dahl.",
			[]string{"Lena Dahl, Tomas Renner", "Omar Haddad, Tomas Renner"}, nil},
		{"was received and later met", "Cardinal Tomas Renner was received at the palace on Thursday by presidential aide Omar Haddad and later met Commissioner Lena Dahl.",
			[]string{"Lena Dahl, Tomas Renner", "Omar Haddad, Tomas Renner"}, nil},
	})
}
