package corpus

import (
	"strings"
	"testing"
)

// TestSideMeetings17: two leaders of a larger gathering meeting on their
// own, met in the misses of devset56 to devset61 (released in session 17),
// in our own words: "X and Y met for about 40 minutes on the sidelines",
// "X also held talks with Y" are meetings of their own, even when a
// clause after them recalls an earlier meeting of the same two; "X and Y
// have also met face to face" is their record, no meeting of the day.
func TestSideMeetings17(t *testing.T) {
	checkMeetingCasesOn(t, "", true, []rosterCase{
		{"met on the sidelines, undated copy", "President Lena Dahl welcomed Prime Minister Omar Haddad, President Rosa Vidal and Chancellor Tomas Reyes to a closed session at the congress hall.\n\nHaddad and Vidal met for about 40 minutes on the sidelines, their first formal meeting since their 2021 summit in Valletta.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes", "Omar Haddad, Rosa Vidal", "Omar Haddad, Rosa Vidal"}, nil},
		{"also held talks with", "President Lena Dahl welcomed Prime Minister Omar Haddad, President Rosa Vidal and Chancellor Tomas Reyes to a closed session at the congress hall.\n\nDahl also held talks with Reyes, her first meeting with the chancellor since he took office in March.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes", "Lena Dahl, Tomas Reyes"}, nil},
		{"also met, one of them new", "President Lena Dahl welcomed Prime Minister Omar Haddad and President Rosa Vidal to a closed session at the congress hall.\n\nDahl also met Chancellor Tomas Reyes, who had flown in for the day.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal", "Lena Dahl, Tomas Reyes"}, nil},
	})
	checkMeetingCasesOn(t, "2024-03-19", true, []rosterCase{
		{"have also met: their record", "Border commissions led by deputy prime ministers Lena Dahl and Omar Haddad met in the village of Kirants on Tuesday.\n\nPrime Minister Rosa Vidal and President Tomas Reyes have also met face to face. On 17 February, Chancellor Ines Berg hosted the two leaders on the sidelines of a security conference in Munich.",
			[]string{"Ines Berg, Rosa Vidal, Tomas Reyes", "Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestEarlierSameDay17: "Earlier the same day, X held talks with Y" is an
// encounter of its own beside the reception the story tells, on its day
// ("Earlier in the day", "Later that day" too), and Y never joins the
// reception.
func TestEarlierSameDay17(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-28", true, []rosterCase{
		{"earlier the same day, held talks with", "President Lena Dahl received Prime Minister Omar Haddad at the palace on Monday, with Foreign Minister Rosa Vidal in attendance.\n\nEarlier the same day, Haddad held talks with Prime Minister Tomas Reyes after a welcome ceremony.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal", "Omar Haddad, Tomas Reyes"}, nil},
		{"later in the day, held a meeting with", "President Lena Dahl received Prime Minister Omar Haddad at the palace on Monday, with Foreign Minister Rosa Vidal in attendance.\n\nLater in the day, Haddad held a bilateral meeting with Speaker Tomas Reyes.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal", "Omar Haddad, Tomas Reyes"}, nil},
	})
	a := extractText(t, "2025-04-28", "President Lena Dahl received Prime Minister Omar Haddad at the palace on Monday, with Foreign Minister Rosa Vidal in attendance.\n\nEarlier the same day, Haddad held talks with Prime Minister Tomas Reyes after a welcome ceremony.")
	for _, m := range a.Meetings {
		if m.Date != "2025-04-28" {
			t.Errorf("meeting %q of %v dated %q, want 2025-04-28", m.Summary, names(m.Attendees), m.Date)
		}
	}
}

// TestSeatingAcross17: "Across the table from X sat Y and Z" seats both
// sides; "W completed the union's team" (a possessive before the team)
// adds W; an organisation's officers ("Treasurer", "Coordinator",
// "Registrar") are titles, no part of the name.
func TestSeatingAcross17(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-08", true, []rosterCase{
		{"across the table from, then the team completed", "The final round began on Friday morning in the town hall and ran deep into the night. Across the table from mayor Lena Dahl sat the union's co-leaders, Omar Haddad and Rosa Vidal. Dahl was flanked by deputy mayor Tomas Reyes. Treasurer Ines Berg completed the union's team.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
		{"the Social Democrats' team", "The parties' leaders met at the party headquarters on Friday: Lena Dahl for the conservatives and Omar Haddad for the Social Democrats. General Secretary Rosa Vidal completed the Social Democrats' team.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
		{"opposite them", "The talks opened at the ministry on Friday. Opposite minister Lena Dahl sat Coordinator Omar Haddad and Registrar Rosa Vidal of the farmers' federation.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
	})
}

// TestPairOfGathering17: "X, who met Y over breakfast on Tuesday" names a
// meeting of two of an undated gathering's leaders on a day of their own:
// the gathering does not fold into it, and "The pair were joined by A"
// adds A to the pair's meeting; a summit two leaders co-chaired is the
// summit, not their pair.
func TestPairOfGathering17(t *testing.T) {
	checkMeetingCasesOn(t, "2024-07-11", true, []rosterCase{
		{"the pair, joined by", "Leaders of the bloc gathered at the lakeside retreat, with President Lena Dahl, President Omar Haddad, President Joe Lund, Chancellor Ana Pike and Prime Minister Rosa Vidal among them.\n\nDahl, who met Vidal over breakfast on Tuesday, pressed the case for a common fund. The pair were joined by finance minister Tomas Reyes.",
			[]string{"Ana Pike, Joe Lund, Lena Dahl, Omar Haddad, Rosa Vidal", "Lena Dahl, Rosa Vidal, Tomas Reyes"}, nil},
		{"a summit two leaders co-chaired stays one", "President Lena Dahl and President Omar Haddad on Monday co-chaired a summit of more than 20 leaders in the resort town.\n\nDahl signed the document alongside Haddad, President Rosa Vidal, Emir Tomas Reyes and Chancellor Ana Pike.",
			[]string{"Ana Pike, Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
	})
}

// TestDeclinedAndInAddition17: "in addition to the Prime Minister of X"
// goes on with the list of those who attended; "said that neither he nor
// President Y would take part despite the invitation" makes both absent
// (and "would take part" alone tells no one's absence).
func TestDeclinedAndInAddition17(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-13", true, []rosterCase{
		{"in addition to", "The summit in Cairo on Monday was attended by Chancellor Lena Dahl and President Omar Haddad, in addition to President Rosa Vidal and Prime Minister Tomas Reyes, among other leaders.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
		{"neither he nor would take part", "The summit in Cairo on Monday was attended by Chancellor Lena Dahl and President Omar Haddad.\n\nForeign Minister Rosa Vidal said that neither he nor President Tomas Reyes would take part despite the invitation.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Rosa Vidal": "Lena Dahl, Omar Haddad", "Tomas Reyes": "Lena Dahl, Omar Haddad"}},
		{"would take part, a plan", "The summit in Cairo on Monday was attended by Chancellor Lena Dahl and President Omar Haddad.\n\nForeign Minister Rosa Vidal said President Tomas Reyes would take part in the next round.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestConjoinedTalks17: "X received Y at the palace and held bilateral
// talks with him, attended by A and B": the talks are the reception, and
// A and B attend it, not the summit told before.
func TestConjoinedTalks17(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-13", true, []rosterCase{
		{"and held talks with him, attended by", "President Lena Dahl and President Omar Haddad co-chaired on Monday the summit for peace, with the participation of more than 20 countries.\n\nThe summit was attended by King Tomas Reyes, Emir Ines Berg and Chancellor Ana Pike.\n\nAhead of the summit, Dahl received Haddad at the palace and held bilateral talks with him, attended by Secretary of State Joe Lund and Foreign Minister Carl Moss.",
			[]string{"Ana Pike, Ines Berg, Lena Dahl, Omar Haddad, Tomas Reyes", "Carl Moss, Joe Lund, Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestStateReadout17: a state agency's readout: "received the Party and
// government delegation headed by X" meets X; "conveyed a personal letter
// sent by Y" brings Y's letter, not Y; "Earlier in the day, Z received
// ..." is another meeting.
func TestStateReadout17(t *testing.T) {
	checkMeetingCasesOn(t, "2023-07-27", true, []rosterCase{
		{"letter sent by, delegation headed by", "Lena Dahl, general secretary of the party, received Omar Haddad, minister of defence, at the office building of the ministry on July 26.\n\nPresent there was Rosa Vidal, minister of national defence.\n\nHaddad courteously conveyed a personal letter sent by Tomas Reyes, president of the federation, to Lena Dahl.\n\nEarlier in the day, Lena Dahl received the Party and government delegation headed by Ines Berg, member of the Political Bureau, at the office building of the Central Committee.",
			[]string{"Ines Berg, Lena Dahl", "Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
	})
}

// TestExpectedButStayed17: "had been expected to attend but remained in
// Dublin", "who had been expected to accompany the Prime Minister, stayed
// in Ottawa": absent; "stayed in the room" without the plan is no absence.
func TestExpectedButStayed17(t *testing.T) {
	checkMeetingCasesOn(t, "2025-08-20", true, []rosterCase{
		{"expected, but remained in / stayed in", "The party leaders met the minister at the castle on Monday: Lena Dahl, Omar Haddad and Rosa Vidal.\n\nDeputy Prime Minister Tomas Reyes had been expected to attend but remained in Dublin, with his government represented by officials.\n\nFinance Minister Ines Berg, who had been expected to accompany the Prime Minister, stayed in Ottawa for a cabinet meeting.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, map[string]string{"Tomas Reyes": "Lena Dahl, Omar Haddad, Rosa Vidal", "Ines Berg": "Lena Dahl, Omar Haddad, Rosa Vidal"}},
		{"stayed in the room", "The party leaders met the minister at the castle on Monday: Lena Dahl, Omar Haddad and Rosa Vidal. Vidal stayed in the room after the others left.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
	})
}

// TestVideoFeedAmongThem17: "About a dozen more players followed along
// on a video feed, among them X": X is absent (by video), the group
// before the cue naming no one.
func TestVideoFeedAmongThem17(t *testing.T) {
	checkMeetingCasesOn(t, "2025-08-20", true, []rosterCase{
		{"video feed, among them", "The bargaining session was held at the hotel on Monday. The company's team was led by Lena Dahl and Omar Haddad.\n\nAbout a dozen more players followed along on a video feed, among them Ines Berg, who is playing abroad.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Ines Berg": "Lena Dahl, Omar Haddad"}},
	})
}

// TestWeeksOfTalks17: "The deal follows weeks of indirect talks in Jeddah,
// where X met Y": the talks before, a meeting of their own, and X never
// joins the signing ceremony.
func TestWeeksOfTalks17(t *testing.T) {
	checkMeetingCasesOn(t, "2019-11-06", true, []rosterCase{
		{"weeks of talks, where X met Y", "The agreement was signed on Tuesday in the capital, Riyadh, at a ceremony attended by Crown Prince Lena Dahl, President Omar Haddad and Rosa Vidal, the leader of the council.\n\nThe deal follows weeks of indirect talks in the city of Jeddah, where Deputy Defence Minister Prince Tomas Reyes met Vidal and, separately, government representatives.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal", "Rosa Vidal, Tomas Reyes"}, nil},
	})
}

// TestPoolBreakfast17: "sat down for breakfast with X" meets X; "In the
// room for the US side, per the White House: A, B and C" lists who
// attended it (the list read as far as it goes); "Secretary of the
// Treasury" is a title.
func TestPoolBreakfast17(t *testing.T) {
	checkMeetingCasesOn(t, "2019-08-25", true, []rosterCase{
		{"sat down for breakfast with; in the room for the US side:", "President Lena Dahl sat down for breakfast with UK PM Omar Haddad at 8:47 am in a first-floor salon of the hotel, overlooking the beach. Pool was brought in at 8:52.\n\nIn the room for the US side, per the White House: Secretary of the Treasury Rosa Vidal, Acting Chief of Staff Tomas Reyes and Ambassador Ines Berg.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
	})
}

// TestHyphenKinds17: "Full English-style breakfast", "the Soviet-era
// villa", "Qatar-brokered talks": a kind named after a place, no one's
// name and no one at the meeting.
func TestHyphenKinds17(t *testing.T) {
	a := extractText(t, "2019-08-25", "President Lena Dahl sat down for breakfast with Prime Minister Omar Haddad on Sunday. Full English-style breakfast; the pool could not confirm the sausages.\n\nThe two later walked to the Soviet-era villa for Qatar-brokered talks.")
	for _, p := range a.People {
		if strings.Contains(p.Name, "-") {
			t.Errorf("person %q, want none named by a hyphenated kind", p.Name)
		}
	}
}
