package corpus

import "testing"

// TestTimeSpentTogether24: a stretch of time two people spent together
// is their meeting, however long the stretch is told ("an hour and three
// quarters together"), and so is "had two hours with X"; a pronoun after
// an opening adverb ("Yesterday she had ...") is the main clause's own
// subject, not one named after a comma.
func TestTimeSpentTogether24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"an hour and a half together", "Lena Dahl and Tomas Renner spent an hour and a half together at the Norwegian Embassy this afternoon, officials said.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"had more than two hours with", "President Lena Dahl had more than two hours with Tomas Renner at the Norwegian Embassy yesterday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"adverb, pronoun, two clauses", "Minister Lena Dahl has been busy. Yesterday she had two hours with Tomas Renner at the hotel, and this morning she breakfasted with Piet Vos.",
			[]string{"Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"little time is no stretch", "Lena Dahl had little time with Tomas Renner on Monday.",
			nil, nil},
	})
}

// TestCalledInAndAmongGuests24: ministers "called in" or "brought in"
// after the leaders began alone join the meeting, and someone who "sat
// among the invited guests" was there.
func TestCalledInAndAmongGuests24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"were called in", "Lena Dahl and Tomas Renner met at the palace on Monday. After an hour, Foreign Minister Piet Vos and Defence Minister Karl Moen were called in.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos, Tomas Renner"}, nil},
		{"were brought in", "Lena Dahl and Tomas Renner met at the palace on Monday, at first alone; Piet Vos and Karl Moen were brought in for the last half hour.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos, Tomas Renner"}, nil},
		{"sat among the guests", "Lena Dahl and Tomas Renner signed the accord in Oslo on Monday. Norway's president, Piet Vos, sat among the invited guests.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestAbsenteeAndSentWord24: "One notable absentee ... was X" names the
// absentee after the verb, and someone who "had been invited but sent
// word that he was occupied" stayed away (not one who "sent word that he
// would join them").
func TestAbsenteeAndSentWord24(t *testing.T) {
	const lede = "Lena Dahl met Tomas Renner in Oslo on Monday.\n\n"
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"one notable absentee was", lede + "One notable absentee from the embassy was Piet Vos, the trade minister, who had been expected to join the party.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Piet Vos": "Lena Dahl, Tomas Renner"}},
		{"invited but sent word", lede + "Piet Vos, the mayor, had been invited but sent word that he was occupied with the budget.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Piet Vos": "Lena Dahl, Tomas Renner"}},
		{"sent word he would come", lede + "Piet Vos sent word that he would join them later.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestAccompaniedTitledName24: "X accompanied Mr Dahl" puts X at the
// meeting of the one accompanied, whose name comes with an honorific.
func TestAccompaniedTitledName24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"accompanied Mr", "Mr Lena Dahl and Mr Tomas Renner spent an hour together at the embassy this afternoon.\n\nMr Piet Vos, the Foreign Secretary, accompanied Mr Dahl.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestFlankedBySemicolons24: "was flanked by A, role; B, role; C, role,
// and D" seats everyone of the semicolon list, not only the first.
func TestFlankedBySemicolons24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"flanked by a semicolon list", "Lena Dahl met Tomas Renner in Oslo on Monday. Dahl was flanked by Piet Vos, former ambassador to Rome; Karl Moen, former deputy minister of defence; Omar Haddad, former head of the Air Force, and Lt. Gen. Ines Berg of the general staff.",
			[]string{"Ines Berg, Karl Moen, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestBodyNameHalves24: "the U.S. Nuclear Safety and Security
// Agency" names one body; its first half before "and" is no person (but
// "Karl Moen and Partners Group co-founder Ana Silva" are two people).
func TestBodyNameHalves24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"first half of an agency", "Ambassador Lena Dahl, director of the U.S. Nuclear Safety and Security Agency, met Tomas Renner in Oslo on Monday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"a name before a firm's role", "Lena Dahl met Harbour chairman Karl Moen and Partners Group co-founder Ana Silva in Oslo on Monday.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl"}, nil},
	})
}

// TestInitialsForFirstNames24: a wire that writes "M. S. Dahl" and "R.
// Renner" means the "Maria Sofia Dahl" and "Tomas Renner" it names in
// full: an initial stands for a first name beginning with it.
func TestInitialsForFirstNames24(t *testing.T) {
	checkMeetingCasesOn(t, "", true, []rosterCase{
		{"initials then full names", "OSLO, June 3 -- Talks between Maria Sofia Dahl, the premier, and Ronald Renner, the president, began here today.\n\nBefore the session M. S. Dahl and R. Renner had a conversation in private. Taking part were Piet Vos and L. M. Moen.\n\nLeonid Moen, briefing journalists, said the day had been useful.",
			[]string{"Leonid Moen, Maria Sofia Dahl, Piet Vos, Ronald Renner"}, nil},
	})
	checkQuoteCases(t, "", []quoteCase{
		{"initialled speaker", "OSLO, June 3 -- Talks between Maria Sofia Dahl, the premier, and Ronald Renner, the president, began here today.\n\n\"We did not come to score points,\" M. S. Dahl said.",
			[]wantQuote{{"We did not come to score points", "Maria Sofia Dahl", ""}}},
	})
}
