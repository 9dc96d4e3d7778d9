package corpus

import "testing"

// TestFlankingSceneDay23: "A and B sat on either side of C at a table on
// Tuesday afternoon" seats all three at the signing just told and gives it
// its day, and "Behind them stood their trade ministers, D and E" seats
// the two named after the description; so the signing is not folded into
// a meeting of A and B recalled further down on a day of its own.
func TestFlankingSceneDay23(t *testing.T) {
	const text = "President Lena Dahl and Prime Minister Tomas Renner signed an accord at the Royal Palace in a ceremony hosted by King Omar Haddad.\n\n" +
		"Dahl and Renner sat on either side of Haddad at a long table in the Blue Hall on Tuesday afternoon. Behind them stood their trade ministers, Ines Berg and Piet Vos, who had initialled the annexes an hour earlier.\n\n" +
		"The road to the accord ran through Lisbon. On 3 March, Dahl and Renner met in the Portuguese capital for their first talks without a broker."
	checkMeetingCasesOn(t, "2025-04-09", true, []rosterCase{
		{"flanking scene and recalled pair", text,
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner", "Lena Dahl, Tomas Renner"}, nil},
	})
	a := extractText(t, "2025-04-09", text)
	for _, m := range a.Meetings {
		if len(m.Attendees) == 5 && m.Date != "2025-04-08" {
			t.Errorf("signing dated %q, want 2025-04-08 (the scene's Tuesday)", m.Date)
		}
	}
}

// TestWithPhraseOwnClause23: ", with A and B in the room, and then met C":
// the people of the "with" phrase are at the meeting of the clause it
// hangs on, not at the one told after it.
func TestWithPhraseOwnClause23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-09", true, []rosterCase{
		{"with phrase before then met", "President Lena Dahl and Prime Minister Tomas Renner signed an accord in Oslo on Tuesday.\n\nThe signing capped a day of separate meetings. Dahl received Omar Haddad at her office in the morning, with Karl Moen and Ana Silva in the room, and then met Piet Vos.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Omar Haddad", "Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestRecalledHostWelcomed23: "On 3 March, A and B met in Lisbon. The
// host welcomed both men and then left them to talk alone": the host
// left the recalled meeting, not the larger one the story told before.
func TestRecalledHostWelcomed23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-09", true, []rosterCase{
		{"welcome at the recalled meeting", "President Lena Dahl, Prime Minister Tomas Renner and King Omar Haddad signed an accord in Oslo on Tuesday.\n\nThe road to the accord ran through Lisbon. On 3 March, Dahl and Renner met in the Portuguese capital for their first talks without a broker. The Portuguese president, Rosa Vidal, welcomed both men at her palace and then left them to talk alone.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner", "Lena Dahl, Tomas Renner"},
			map[string]string{"Rosa Vidal": "Lena Dahl, Tomas Renner"}},
	})
}

// TestCounterpartMinisters23: "Trade Minister A and her Danish counterpart
// B" are both ministers, so "received the two ministers" is A and B, not A
// and the host's minister who chaired; and "the three foreign ministers"
// are those of that portfolio ("Foreign Secretary" too, a counterpart
// too), not the "Europe Minister".
func TestCounterpartMinisters23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-12", true, []rosterCase{
		{"the two ministers", "Two days of talks between Trade Minister Lena Dahl and her Danish counterpart Tomas Renner ended in Bergen on Saturday.\n\nThe talks opened on Friday with a session chaired by Norwegian Trade Minister Omar Haddad, who then left the hall.\n\nEarlier on Friday, President Ines Berg received the two ministers together at her residence.",
			[]string{"Ines Berg, Lena Dahl, Tomas Renner", "Lena Dahl, Tomas Renner"},
			map[string]string{"Omar Haddad": "Lena Dahl, Tomas Renner"}},
		{"the three foreign ministers", "Prime Minister Lena Dahl and President Tomas Renner met in Bergen on Friday. Foreign Minister Piet Vos and his Danish counterpart Karl Moen also attended. Foreign Secretary Ana Silva was present too, and Europe Minister Omar Haddad sat in.\n\nThe first session, on March 3, brought together the two leaders and the three foreign ministers.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner", "Ana Silva, Karl Moen, Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}
