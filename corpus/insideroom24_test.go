package corpus

import "testing"

// TestLeavingAndMarginsF24: words said "as she left the summit" come from
// someone there to the end, and "walked out to the hallway" is a walk to
// the press, not a walkout; "those voting against included X" is a vote's
// side, not a meeting's roster; and "X and Y spoke briefly on the
// margins" is a talk of the two (one alone on the sidelines is not).
func TestLeavingAndMargins24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-02-07", true, []rosterCase{
		{"told reporters as he left the meeting", "Lena Dahl met Omar Haddad in Oslo on Thursday.\n\n\"We have a fair text now,\" Haddad told reporters as he left the meeting.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"said as she left the summit", "Leaders met in Oslo on Thursday for a summit chaired by Lena Dahl, with Omar Haddad at her side.\n\n\"Nobody got everything,\" Ines Berg said as she left the summit.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"left the meeting early is still an absence", "Lena Dahl met Omar Haddad and Ines Berg in Oslo on Thursday.\n\nBerg left the meeting early.",
			[]string{"Lena Dahl, Omar Haddad"}, map[string]string{"Ines Berg": "Lena Dahl, Omar Haddad"}},
		{"walked out to the hallway", "Lena Dahl and Tomas Renner held talks in Oslo on Thursday.\n\nShortly before nine in the evening, Renner walked out to the hallway where reporters had been waiting. \"There is more work to do,\" he said.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"walked out after an hour is still a walkout", "Lena Dahl and Tomas Renner held talks in Oslo on Thursday.\n\nRenner walked out after an hour.",
			[]string{"Lena Dahl"}, map[string]string{"Tomas Renner": "Lena Dahl"}},
		{"those voting against", "The plan was adopted on Friday at a meeting of the joint council in Oslo.\n\nThe meeting was chaired by Foreign Minister Lena Dahl and commissioner Tomas Renner. Trade Minister Omar Haddad also took part.\n\nThe rule was approved by 300 votes to 20 in parliament on Wednesday. Those voting against included the Greens and two former prime ministers, Ines Berg and Piet Vos.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"those present included", "The plan was adopted on Friday at a meeting of the joint council in Oslo, chaired by Foreign Minister Lena Dahl.\n\nThose present included Ines Berg and Piet Vos.",
			[]string{"Ines Berg, Lena Dahl, Piet Vos"}, nil},
		{"two spoke briefly on the margins", "Leaders met in Oslo on Monday for a summit chaired by Lena Dahl.\n\nOmar Haddad and Tomas Renner spoke briefly on the margins before the dinner, a spokesman said.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
		{"one spoke on the sidelines", "Leaders met in Oslo on Monday for a summit chaired by Lena Dahl.\n\nOmar Haddad spoke on the sidelines of the summit.",
			nil, nil},
	})
}

// TestGroupIncludingF24: "Leaders including A, B and C gave it their
// backing", told of a gathering under way, names some of those there; a
// group's view told in the present perfect names no one at it.
func TestGroupIncluding24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-02-07", true, []rosterCase{
		{"leaders including, then a deed", "Leaders met in Oslo on Thursday for a summit chaired by Lena Dahl.\n\nThe session took a little over an hour. Leaders including Prime Minister Omar Haddad, Chancellor Ines Berg and President Piet Vos gave it their unanimous backing, diplomats said.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"ministers, including, backed", "Ministers met in Oslo on Thursday for talks chaired by Lena Dahl.\n\nMinisters, including Omar Haddad and Ines Berg, backed the plan.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad"}, nil},
		{"leaders including, a view", "Lena Dahl met Tomas Renner in Oslo on Thursday.\n\nLeaders including Omar Haddad and Ines Berg have criticised the plan.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestAsideCallF24: "Haddad, invited at the last minute after a call
// between Dahl and Renner, stayed away" keeps Haddad from the summit told
// before, not from the call in his aside; "attended by" after a hosting
// verb stays the breakfast's.
func TestAsideCall24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-14", true, []rosterCase{
		{"stayed away after an aside with a call", "On Monday, Lena Dahl and Tomas Renner co-chaired a summit in Oslo attended by some two dozen leaders, among them Ines Berg and Piet Vos. Omar Haddad, invited at the last minute after a call between Dahl and Renner, stayed away.",
			[]string{"Ines Berg, Lena Dahl, Piet Vos, Tomas Renner", "Lena Dahl, Tomas Renner"}, map[string]string{"Omar Haddad": "Ines Berg, Lena Dahl, Piet Vos, Tomas Renner"}},
		{"apposition, then the hosting verb", "Norway's climate minister, Lena Dahl, hosted a breakfast for the coalition at the mission in Geneva on Wednesday, attended by Tomas Renner and by Omar Haddad, among some twenty others.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestFlankedAtResidenceF24: "announced the deal at her official
// residence, Rosa Holm, flanked by A and B" — the one flanked is the
// subject, and the residence's name is no one at the talks.
func TestFlankedAtResidence24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-29", true, []rosterCase{
		{"flanked after a residence's name", "Prime Minister Lena Dahl announced the deal at her official residence, Rosa Holm, flanked by President Tomas Renner and Prime Minister Omar Haddad, after talks that lasted two hours.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"flanked after a person", "The deal was announced on Monday by the host, Prime Minister Lena Dahl, flanked by President Tomas Renner and Prime Minister Omar Haddad, after talks that lasted two hours.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}
