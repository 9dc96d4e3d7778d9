package corpus

import (
	"strings"
	"testing"
)

// TestReceivedSettingToday18: a protocol readout puts the place and the
// day between "received" and the one received: "received at Al-Yamamah
// Palace in Riyadh today the Secretary of State of the United States,
// Antony J. Blinken" receives Blinken, and the palace's list of who
// attended goes with it.
func TestReceivedSettingToday18(t *testing.T) {
	checkMeetingCasesOn(t, "2024-02-05", true, []rosterCase{
		{"received at Palace in City today the title of country, name", "Crown Prince Omar Haddad received at Qasr Al-Noor Palace in Riyadh today the Secretary of State of the United States of America, Lena Dahl.\n\nThe reception was attended by Minister of Finance Rosa Vidal and Ambassador Tomas Reyes.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
		{"received in City today the title of country, name", "Crown Prince Omar Haddad received in Jeddah today the Minister of Foreign Affairs of the Kingdom of Spain, Lena Dahl.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestListedPlaceName18: a building whose name is a list, "the Foreign,
// Commonwealth and Development Office", is one place: the meeting held
// there is the meeting the story opened with, not a second one at
// "Foreign".
func TestListedPlaceName18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-24", true, []rosterCase{
		{"held at the Foreign, Commonwealth and Development Office", "President Lena Dahl took part in a meeting of the coalition in London on Friday, hosted by Prime Minister Omar Haddad.\n\nThe meeting was held at the Foreign, Commonwealth and Development Office. Attending in person alongside Dahl and Haddad were Rosa Vidal and Tomas Reyes.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
		{"held at the Science, Innovation and Technology Building", "Prime Minister Omar Haddad hosted President Lena Dahl for talks in Lisbon on Friday.\n\nThe talks were held at the Science, Innovation and Technology Building. Also in the room were Rosa Vidal and Tomas Reyes.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
	})
	for _, m := range extractText(t, "2025-10-24", "President Lena Dahl met Prime Minister Omar Haddad on Friday, after stops in Paris, Berlin and London.").Meetings {
		if strings.Contains(m.Place, ",") {
			t.Errorf("place %q: a list of cities is no one place", m.Place)
		}
	}
}

// TestRelativeOfAbsent18: "X, who flew in on Monday and met Y in the
// city, did not attend the talks himself" — X and Y met on their own, and
// in undated wire copy their meeting takes in neither the talks nor their
// delegates, though all of it happened in one city.
func TestRelativeOfAbsent18(t *testing.T) {
	checkMeetingCasesOn(t, "", true, []rosterCase{
		{"who met Y, did not attend the talks", "JEDDAH, Saudi Arabia, March 11 (Reuters) - The two sides said on Tuesday they were close to a truce after eight hours of talks in Saudi Arabia.\n\nThe talks at a hotel in Jeddah were led on the U.S. side by Secretary of State Lena Dahl. Ukraine's delegation was headed by Omar Haddad, chief of staff to President Rosa Vidal, and included Defence Minister Ines Berg.\n\nVidal, who flew to Saudi Arabia on Monday and met Crown Prince Tomas Reyes in Jeddah, did not attend the talks himself.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad", "Rosa Vidal, Tomas Reyes"}, map[string]string{"Rosa Vidal": "Ines Berg, Lena Dahl, Omar Haddad"}},
		{"who had met Y, skipped the session", "DOHA (AP) — Negotiators met for a second day at a hotel in Doha. The session was chaired by Lena Dahl, with Omar Haddad and Ines Berg across the table, aides said.\n\nPrime Minister Rosa Vidal, who had met Emir Tomas Reyes in Doha in the morning, skipped the session.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad", "Rosa Vidal, Tomas Reyes"}, map[string]string{"Rosa Vidal": "Ines Berg, Lena Dahl, Omar Haddad"}},
	})
}

// TestCallAfterObject18: "X had prepared the ground on Thursday afternoon
// in a phone call with Y" — the call's verb stands before its object and
// its day, and its subject is on the call.
func TestCallAfterObject18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-12-19", true, []rosterCase{
		{"prepared the ground on Thursday afternoon in a phone call with", "Prime Minister Lena Dahl said on Friday she would back the accord.\n\nDahl had prepared the ground on Thursday afternoon in a phone call with President Piet Vos.",
			[]string{"Lena Dahl, Piet Vos"}, nil},
		{"raised the matter again in a call with", "Chancellor Ines Berg raised the matter again in a brief call with Prime Minister Tomas Reyes on Wednesday.",
			[]string{"Ines Berg, Tomas Reyes"}, nil},
	})
}

// TestPhonedHim18: "X telephoned him" is a call with the man the story
// names before, also when he is named only as an owner in the same
// sentence ("On Tuesday, Mr. Vos's 60th birthday, Dahl telephoned him").
func TestPhonedHim18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-09-20", true, []rosterCase{
		{"telephoned him, an owner earlier in the sentence", "Prime Minister Piet Vos addressed the assembly on Friday.\n\nOn Tuesday, Mr. Vos's 60th birthday, President Lena Dahl telephoned him to convey greetings, their first conversation in three months.",
			[]string{"Lena Dahl, Piet Vos"}, nil},
		{"phoned her, the woman named before", "Chancellor Ines Berg visited a school in Graz on Friday.\n\nOn Wednesday, President Tomas Reyes phoned her to offer condolences.",
			[]string{"Ines Berg, Tomas Reyes"}, nil},
	})
}

// TestCalledThenCalled18: "called Vos" is a call with Vos (the word after
// "called" is skipped only when it is "on"), and "spoke with X by phone on
// Wednesday and then called Y" is two calls of that day, not one call of
// three.
func TestCalledThenCalled18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-02-14", true, []rosterCase{
		{"called a surname", "President Piet Vos met Vice President Ines Berg in Munich on Friday.\n\nOn Wednesday President Lena Dahl called Vos to discuss the plan.",
			[]string{"Ines Berg, Piet Vos", "Lena Dahl, Piet Vos"}, nil},
		{"spoke by phone, and then called", "On Wednesday President Lena Dahl spoke with President Tomas Reyes by phone for about 90 minutes and then called Prime Minister Ines Berg.",
			[]string{"Ines Berg, Lena Dahl", "Lena Dahl, Tomas Reyes"}, nil},
	})
}

// TestLedGroupThatIncluded18: "X led a group that included A, B and C"
// seats X and the group at the session; and "X and Y met for dinner in
// Chicago in September" stays an earlier meeting of its own, though both
// are now at the session too.
func TestLedGroupThatIncluded18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-31", true, []rosterCase{
		{"led a group that included", "The league and the players' union met on Thursday for nine hours in New York.\n\nThe league was represented by commissioner Lena Dahl. Across the table, executive director Ines Berg led a group that included union president Piet Vos and player reps Tomas Reyes and Rosa Vidal.\n\nThursday's session came after a quieter stretch. Dahl and Berg met one-on-one for dinner in Chicago in September, a meeting both sides later called a reset.",
			[]string{"Ines Berg, Lena Dahl", "Ines Berg, Lena Dahl, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
	})
}

// TestSittingIn18: "with two owners sitting in: A and B" and "with A and
// B sitting in" seat A and B at the session.
func TestSittingIn18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-14", true, []rosterCase{
		{"sitting in: colon list", "The league and the players' union met on Thursday for nine hours in New York.\n\nThe league was represented by commissioner Lena Dahl, with two owners sitting in: Piet Vos of the Denver Tigers and Rosa Vidal of the Austin Heat.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal"}, nil},
		{"with A and B sitting in", "The ministry and the farmers' federation met on Thursday in Lisbon.\n\nThe ministry was represented by Secretary of State Lena Dahl, with advisers Piet Vos and Rosa Vidal sitting in.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestSideTeams18: a side's team told without a delegation noun — "X and
// Y led for the board" — and a bargaining committee by its members —
// "the committee was led by X and included A and B" — seat them all.
func TestSideTeams18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-14", true, []rosterCase{
		{"led for the board", "Nurses' unions met the health board on Thursday in Inverness.\n\nThe board's director of people, Piet Vos, and deputy nurse director Rosa Vidal led for the board. Union organiser Lena Dahl led for the nurses.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal"}, nil},
		{"the committee included", "The union and the hotel group met on Thursday in Milwaukee.\n\nThe union's bargaining committee was led by President Lena Dahl and included Rosa Vidal, a housekeeper, and Piet Vos, a line cook.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestJoinedByAndBy18: "was joined at the table by X, and by two drivers
// from the bargaining committee, A and B" seats X, A and B: the second
// "by" goes on with the list, and "bargaining" after an article is a
// modifier, not a verb that ends the description before the names.
func TestJoinedByAndBy18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-14", true, []rosterCase{
		{"joined by X, and by a group, A and B", "The city and the drivers' union met on Thursday night at City Hall.\n\nUnion president Lena Dahl was joined at the table by the local's vice president, Piet Vos, and by two drivers from the bargaining committee, Rosa Vidal and Tomas Reyes.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
		{"joined by X and by Y", "The ministry and the growers met on Tuesday in Seville.\n\nMinister Lena Dahl was joined by her deputy, Piet Vos, and by the head of the water authority, Rosa Vidal.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestEarlierSpokeByPhone18: "Earlier today, X spoke by phone with Y" on
// the day X met others is a call of its own, not Y's part by phone in
// that meeting.
func TestEarlierSpokeByPhone18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-10", true, []rosterCase{
		{"earlier today, spoke by phone with", "Secretary of State Lena Dahl met Foreign Minister Piet Vos and Defence Minister Rosa Vidal in Washington on Monday.\n\nEarlier today, Secretary Dahl spoke by phone with Foreign Minister Tomas Reyes about ongoing discussions on security arrangements.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal", "Lena Dahl, Tomas Reyes"}, nil},
	})
}

// TestPoolTable18: a pool report's "Around the table on the US side, from
// pool's vantage point: VP A, SecState B and Treasury Secretary C" seats
// them, with the shorthand titles (VP, SecState, SecWar, SecDef) no part
// of the names; and "then hosted a multilateral with" is a meeting of its
// own after the bilateral told before it.
func TestPoolTable18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-17", true, []rosterCase{
		{"around the table on the US side, from pool's vantage point:", "Pool was brought into the Cabinet Room at 1:16 pm for the top of POTUS's working lunch with President Lena Dahl.\n\nAround the table on the US side, from pool's vantage point: VP Piet Vos, SecState Rosa Vidal, SecWar Omar Lind and Treasury Secretary Tomas Reyes. On the other side: Ines Berg, head of the presidential office.",
			[]string{"Donald Trump, Ines Berg, Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
	})
	checkMeetingCasesOn(t, "2025-09-24", true, []rosterCase{
		{"then hosted a multilateral with", "President Lena Dahl met Prime Minister Piet Vos at the hotel on Tuesday, flanked by Foreign Minister Rosa Vidal.\n\nDahl then hosted a multilateral with leaders from the region on the drought. Around the table, per a pool report: President Tomas Reyes, King Omar Lind and Prime Minister Ines Berg.",
			[]string{"Ines Berg, Lena Dahl, Omar Lind, Tomas Reyes", "Lena Dahl, Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestThenCrossedToSee18: "then crossed the Green Line to see X", "later
// crossed the city to the palace to see X" is the subject's next
// encounter, after a trip, and the one who joined them there joins that
// encounter, not the one before.
func TestThenCrossedToSee18(t *testing.T) {
	checkMeetingCasesOn(t, "2024-11-20", true, []rosterCase{
		{"crossed the city to see; joined them", "Envoy Tomas Reyes met Speaker Piet Vos on Tuesday.\n\nLater the same day he crossed the city to the Grand Serail to see Prime Minister Rosa Vidal. Gen. Omar Lind, the army commander, joined them for the second half of the meeting.",
			[]string{"Omar Lind, Rosa Vidal, Tomas Reyes", "Piet Vos, Tomas Reyes"}, nil},
		{"met X, then crossed the line to see Y", "The envoy, Ines Berg, met President Piet Vos at the palace in Nicosia on Monday, then crossed the Green Line to see Omar Lind, the Turkish Cypriot leader, in the north.",
			[]string{"Ines Berg, Omar Lind", "Ines Berg, Piet Vos"}, nil},
	})
}

// TestAttributiveOwner18: "Dahl and Reyes envoy Piet Vos spent three
// hours in Muscat" seats Dahl and Vos: Reyes only names whose envoy Vos is.
func TestAttributiveOwner18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-12", true, []rosterCase{
		{"X envoy Y", "President Tomas Reyes has said he wants a deal by summer.\n\nThe fourth round of talks ended in Muscat on Sunday. Foreign Minister Lena Dahl and Reyes envoy Piet Vos spent about three hours in the Omani capital.",
			[]string{"Lena Dahl, Piet Vos"}, nil},
	})
}

// TestNotInTheMeeting18: "X was not in the meeting", "was not part of the
// round" keep X out of the meeting told, as "was not in the room" did.
func TestNotInTheMeeting18(t *testing.T) {
	checkMeetingCasesOn(t, "2024-11-22", true, []rosterCase{
		{"was not in the meeting", "Envoy Tomas Reyes met Prime Minister Piet Vos in Jerusalem on Thursday.\n\nDefence Minister Omar Lind, who has vowed to keep striking, was not in the meeting.",
			[]string{"Piet Vos, Tomas Reyes"}, map[string]string{"Omar Lind": "Piet Vos, Tomas Reyes"}},
		{"was not part of the round", "Party leaders Tomas Reyes and Piet Vos met at the party headquarters on Thursday night.\n\nChancellor Omar Lind was not part of the round.",
			[]string{"Piet Vos, Tomas Reyes"}, map[string]string{"Omar Lind": "Piet Vos, Tomas Reyes"}},
	})
}

// TestWhoWasInTheSession18: "X, a member of the team who was in the
// session, said" seats X: the relative clause is about the name before
// the description, and "was in the session" (or "the meeting") is a
// presence like "was in the room".
func TestWhoWasInTheSession18(t *testing.T) {
	checkMeetingCasesOn(t, "2020-12-03", true, []rosterCase{
		{"a member of the team who was in the session", "Team leaders Lena Dahl and Tomas Reyes met in Doha on Wednesday to finalize the rules.\n\nPiet Vos, a member of the republic's team who was in the session, said the document settles the disputes.",
			[]string{"Lena Dahl, Piet Vos, Tomas Reyes"}, nil},
		{"who was in the meeting", "Team leaders Lena Dahl and Tomas Reyes met in Doha on Wednesday to finalize the rules.\n\nPiet Vos, who was in the meeting, said the mood was good.",
			[]string{"Lena Dahl, Piet Vos, Tomas Reyes"}, nil},
	})
}

// TestThenRoleInList18: "A, then the EU's foreign policy chief, and the
// foreign ministers B of Britain and C of France" goes on past A's role
// at the time to B and C.
func TestThenRoleInList18(t *testing.T) {
	checkMeetingCasesOn(t, "2013-11-25", true, []rosterCase{
		{"then the role, and the list goes on", "Foreign ministers met in Geneva on Sunday to sign the interim deal. Around the table were Ines Berg, then the bloc's foreign policy chief, and the foreign ministers Lena Dahl of Britain, Rosa Vidal of France and Omar Lind of Germany.",
			[]string{"Ines Berg, Lena Dahl, Omar Lind, Rosa Vidal"}, nil},
	})
}

// TestAcronymInList18: "A of the United States, B of the Republic of
// Korea (ROK), C of Japan and D of Russia attended" seats all four: an
// acronym in brackets goes on with the list before the cue.
func TestAcronymInList18(t *testing.T) {
	checkMeetingCasesOn(t, "2007-02-14", true, []rosterCase{
		{"(ROK) inside a list before attended", "Lena Dahl chaired the closing plenary in Beijing on Tuesday. Heads of delegation Piet Vos of the United States, Rosa Vidal of the Republic of Korea (ROK), Omar Lind of Japan and Tomas Reyes of Russia attended and endorsed the document.",
			[]string{"Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
	})
}

// TestTeamColon18: "She brought a deliberately small team: A, B and C"
// seats the team the colon lists.
func TestTeamColon18(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-28", true, []rosterCase{
		{"a small team: list", "On Sunday afternoon, Commission President Lena Dahl sat down with President Piet Vos at Turnberry. She brought a deliberately small team: Trade Commissioner Rosa Vidal, her chief of staff Omar Lind, and Ines Berg, the director-general of the trade department.",
			[]string{"Ines Berg, Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal"}, nil},
		{"the Ukrainian delegation: list", "President Piet Vos hosted President Lena Dahl at the palace on Monday. The visiting delegation: Foreign Minister Rosa Vidal and Defence Minister Omar Lind.",
			[]string{"Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestGroupThenDash18: "co-chaired, as usual, by representatives of the
// EU, the OSCE and the UN – A, B and C" and "as did representatives of
// Sokhumi and Tskhinvali – D and E" seat the people after the dash; "the
// South Caucasus" is no part of the name that follows it.
func TestGroupThenDash18(t *testing.T) {
	checkMeetingCasesOn(t, "2019-12-12", true, []rosterCase{
		{"group – names", "The 50th round of talks ended in Geneva on Wednesday.\n\nThe two-day round was co-chaired, as usual, by representatives of the EU, the OSCE and the UN – Special Representative for the South Caucasus Toivo Klaar, Special Representative Rudolf Michalka, and UN Representative Ines Berg.\n\nThe U.S. delegation also took part, as did representatives of two breakaway regions – Piet Vos, de facto foreign minister of one, and Omar Lind, his counterpart in the other.",
			[]string{"Ines Berg, Omar Lind, Piet Vos, Rudolf Michalka, Toivo Klaar"}, nil},
	})
}

// TestSatAtTheTableWith18: "X sat at the table with A, B, C and D" seats
// them all at the meeting told.
func TestSatAtTheTableWith18(t *testing.T) {
	checkMeetingCasesOn(t, "2017-07-07", true, []rosterCase{
		{"sat at the table with", "The end came after a working dinner on Thursday evening. Secretary-General Lena Dahl, who flew back to the resort in the afternoon, sat at the table with President Piet Vos, leader Omar Lind, Foreign Minister Rosa Vidal and his counterpart Tomas Reyes.",
			[]string{"Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
	})
}

// TestCameLater18: "X came a little later, Y shortly after him" are
// arrivals at the meeting told, as "arrived in the early evening" was.
func TestCameLater18(t *testing.T) {
	checkMeetingCasesOn(t, "2015-02-12", true, []rosterCase{
		{"came a little later, Y shortly after him", "The leaders met at the Palace of Independence in Minsk on Wednesday night.\n\nChancellor Lena Dahl and President Rosa Vidal arrived in the early evening. President Piet Vos came a little later, President Tomas Reyes shortly after him.",
			[]string{"Lena Dahl, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
	})
}

// TestLaterInTheDay18: "Y sat down with X later in the day" after X met
// Z is another encounter of that day, not Y joining X's meeting with Z.
func TestLaterInTheDay18(t *testing.T) {
	checkMeetingCasesOn(t, "2023-09-15", true, []rosterCase{
		{"sat down with later in the day", "Foreign policy chief Lena Dahl met Prime Minister Piet Vos in Brussels on Thursday, with envoy Omar Lind.\n\nPresident Rosa Vidal sat down with Dahl and Lind later in the day.",
			[]string{"Lena Dahl, Omar Lind, Piet Vos", "Lena Dahl, Omar Lind, Rosa Vidal"}, nil},
	})
}

// TestJoiningColon18: a pool report's "Per the White House, joining
// POTUS: A, B, C and D" seats the list with the president's meeting, as
// "joining him were" did.
func TestJoiningColon18(t *testing.T) {
	checkMeetingCasesOn(t, "2019-08-26", true, []rosterCase{
		{"joining POTUS:", "President Lena Dahl sat down with Prime Minister Piet Vos for a bilateral at the hotel on Sunday.\n\nPer the White House, joining POTUS: Secretary Rosa Vidal, Trade Representative Omar Lind, Director of the National Economic Council Tomas Reyes and Ines Berg.",
			[]string{"Ines Berg, Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
		{"joining him:", "President Lena Dahl met Prime Minister Piet Vos at the palace on Sunday. Joining him: Foreign Minister Rosa Vidal and Trade Minister Omar Lind.",
			[]string{"Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestTheyAfterOpener18: "On Friday, A, B, C and D laid wreaths ... They
// then held their first working session" — "they" are the four the
// sentence before named after its opening phrase, and those who "joined
// them" there join them.
func TestTheyAfterOpener18(t *testing.T) {
	checkMeetingCasesOn(t, "2023-05-21", true, []rosterCase{
		{"opener, list, then they held", "If you are just joining us: on Friday, Piet Vos, Lena Dahl, Chancellor Rosa Vidal and Prime Minister Omar Lind laid wreaths at the cenotaph and spent some 40 minutes inside the museum. They then held their first working session, on the global economy, at the Grand Prince Hotel, where Commission President Ines Berg and Council President Tomas Reyes joined them.",
			[]string{"Ines Berg, Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
	})
}
