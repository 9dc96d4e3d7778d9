package corpus

import "testing"

// TestSpousesJoinedThemForDinner24: "The leaders' spouses, A and B, joined
// them for a state dinner in the evening" is a meal of its own, and "them"
// are the two leaders the story opened with; "Also on the guest list were
// C and D" seats more guests at it. "After the talks, X took Y out to
// dinner ... The spouses joined them at the second stop" tells the meal
// after the talks, not more of the talks.
func TestSpousesJoinedThemForDinner24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"joined them for a dinner, guest list", "President Lena Dahl and Prime Minister Tomas Renner agreed on Wednesday to reopen the border crossing, after talks at the Palace of Nations in Arvika.\n\nDahl was flanked by her foreign minister, Omar Haddad.\n\nThe leaders' spouses, Ana Silva and Lars Holm, joined them for a state dinner at the palace in the evening. Also on the guest list were Rosa Vidal, the parliament speaker, and Karl Moen, the defence minister.",
			[]string{"Ana Silva, Karl Moen, Lars Holm, Lena Dahl, Rosa Vidal, Tomas Renner", "Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"after the talks, out to dinner", "President Lena Dahl and Prime Minister Tomas Renner agreed on Wednesday to reopen the border crossing.\n\nThe two leaders met at the Palace of Nations in Arvika. Dahl was flanked by her foreign minister, Omar Haddad, while Renner was joined by his security adviser, Piet Vos.\n\nAfter the talks, Dahl took Renner out to dinner in the old town, first to a fish restaurant and then to a wine bar. The leaders' spouses, Ana Silva and Lars Holm, joined them at the second stop.",
			[]string{"Ana Silva, Lars Holm, Lena Dahl, Tomas Renner", "Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestSinceRecalledMeeting24: "the first formal talks since A and B met
// at the border in June" recalls an earlier meeting to date the gap: the
// delegations named next ("X's delegation was led by C, and Y's team by
// D. They met for six hours") are at the talks, not at that earlier
// meeting; and a title ending in a two-word country ("Special
// Representative for North Korea") stops before the name.
func TestSinceRecalledMeeting24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"since A and B met in June", "ARVIKA (Reuters) - Norland's chief negotiator said talks with Vestria in Arvika broke down on Saturday.\n\nThe talks at a conference centre on the island of Orust, outside Arvika, were the first formal negotiations between the two sides since Vestrian President Piet Vos and Norland leader Omar Haddad met at the border in June and agreed to resume dialogue.\n\nNorland's delegation was led by Lena Dahl, a former ambassador to Chile, and the Vestrian team by Special Representative for North Korea Tomas Renner. They met for roughly six hours, with Dahl leaving the venue at midday.",
			[]string{"Lena Dahl, Tomas Renner", "Omar Haddad, Piet Vos"}, nil},
		{"title ending in a two-word country", "Foreign Minister Lena Dahl met Special Envoy for North Korea Tomas Renner in Oslo on Monday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestEveningDinnerBeforeSummit24: "a friendlier start on Wednesday
// evening, when the two leaders shook hands and sat down to a 'social
// dinner' with two aides each" is a meal of its own, the evening before
// the summit day: the expanded session's roster ("The day began with a
// one-on-one meeting, followed by an expanded session ... X was joined
// there by A and B") is the summit's, and "the two leaders" at the dinner
// are the president and the country's leader.
func TestEveningDinnerBeforeSummit24(t *testing.T) {
	const text = "President Lena Dahl's second summit with Norland leader Tomas Renner collapsed on Thursday without an agreement.\n\nA working lunch at the Grand Hotel was cancelled and a signing ceremony was scrapped.\n\nThe day began with a 45-minute one-on-one meeting with only interpreters in the room, followed by an expanded session in the hotel's library. Dahl was joined there by the foreign minister, Omar Haddad, and the national security adviser, Ines Berg. Renner was accompanied by Piet Vos, his chief negotiator.\n\nThe breakdown followed a friendlier start on Wednesday evening, when the two leaders shook hands in front of the cameras and sat down to a \"social dinner\" at the Grand Hotel with two aides each: Haddad and Vos. Berg was left off the dinner list."
	checkMeetingCasesOn(t, "2025-06-26", true, []rosterCase{
		{"evening dinner, summit day", text,
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner", "Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"},
			map[string]string{"Ines Berg": "Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}},
	})
}

// TestCoordinatedRecalledMeetings24: "after A met B in Oslo in June 2000
// and C held talks with B in the same city in October 2007" tells two
// earlier meetings, each with its own date, not one.
func TestCoordinatedRecalledMeetings24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-26", true, []rosterCase{
		{"and C held talks ... in October 2007", "President Lena Dahl and Prime Minister Tomas Renner held talks in Arvika on Thursday.\n\nThe summit was the third of its kind, after Omar Haddad met Piet Vos in Oslo in June 2000 and Karl Moen held talks with Vos in the same city in October 2007.",
			[]string{"Karl Moen, Piet Vos", "Lena Dahl, Tomas Renner", "Omar Haddad, Piet Vos"}, nil},
	})
}

// TestEarlierSameDayTalks24: "Earlier on Tuesday, A and B held their
// first summit talks. C and D also attended." is another meeting than the
// one the story is about, though on its day and with some of its people;
// the ones who "also attended" are at those talks.
func TestEarlierSameDayTalks24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-24", true, []rosterCase{
		{"earlier on Tuesday, held summit talks", "President Lena Dahl has met family members of sailors lost at sea, and pledged to keep searching.\n\nThe meeting took place on Tuesday afternoon at the State Guest House in Arvika, following Dahl's summit talks with Prime Minister Tomas Renner at the same venue.\n\nRenner and Interior Minister Omar Haddad sat in on the meeting. On the families' side were Ines Berg and Piet Vos.\n\nEarlier on Tuesday, Renner and Dahl held their first summit talks, which lasted about 90 minutes including a working lunch. Foreign Minister Karl Moen and Trade Minister Rosa Vidal also attended.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner", "Karl Moen, Lena Dahl, Rosa Vidal, Tomas Renner"}, nil},
	})
}

// TestSittingAcrossWithWere24: "Sitting across from them with Renner
// were his sister A, ..., and B" seats A and B at the table, on the other
// side, beside the leader named in the "with" phrase.
func TestSittingAcrossWithWere24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-26", true, []rosterCase{
		{"sitting across from them with X were", "President Lena Dahl and Prime Minister Tomas Renner held talks at the Peace Hall in Arvika on Thursday.\n\nAt the negotiating table, Dahl was flanked by her chief of staff, Omar Haddad, and intelligence director Piet Vos. Sitting across from them with Renner were his younger sister Ines Berg, first vice director of the party's Central Committee, and Karl Moen, a party vice chairman in charge of border affairs.",
			[]string{"Ines Berg, Karl Moen, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestPairEarlierMeetings24: "The two leaders' previous formal summit
// took place in Oslo in November. They also had an informal meeting in
// Bergen in September." recalls two earlier meetings of the story's two
// leaders, named by neither sentence; and so does "their first meeting on
// 12 June last year", told of a president and a country's leader.
func TestPairEarlierMeetings24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-26", true, []rosterCase{
		{"the two leaders' previous summit; they also had", "President Lena Dahl and Prime Minister Tomas Renner agreed on Thursday to resume regular visits, after talks at the chancellery in Arvika.\n\nDahl was flanked by Foreign Minister Omar Haddad.\n\nThe two leaders' previous formal summit took place on the sidelines of a regional meeting in Oslo in November. They also had an informal 30-minute meeting in Bergen in September, which Arvika called a summit.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner", "Lena Dahl, Tomas Renner", "Lena Dahl, Tomas Renner"}, nil},
		{"their first meeting on a day", "President Lena Dahl's second summit with Norland leader Tomas Renner collapsed on Thursday without an agreement.\n\nDahl was joined by the foreign minister, Omar Haddad. Renner was accompanied by Piet Vos, his chief negotiator.\n\nIt was a far cry from their first meeting on 12 June last year at the Grand Hotel in Oslo, where the two men signed a short declaration.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner", "Lena Dahl, Tomas Renner"}, nil},
	})
}
