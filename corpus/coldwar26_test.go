package corpus

import "testing"

// TestChiefDelegates26: "the two chief delegates", "the two senior
// negotiators" and the like are the two who led the talks told before,
// not only "the two leaders"; a group of two whose noun is not a person's
// ("the two chief concerns") names no one.
func TestChiefDelegates26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-04", true, []rosterCase{
		{"chief delegates, a meeting the evening before", "Ambassador Lena Dahl and Deputy Foreign Minister Tomas Renner opened talks in Oslo on Monday.\n\nDahl was flanked by Piet Vos and Karl Moen.\n\nThe two chief delegates had met privately for about 40 minutes on Sunday evening at the residence of Ambassador Omar Haddad, who sat in.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos, Tomas Renner", "Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"senior negotiators", "Envoy Ana Silva and Ambassador Rosa Vidal led the talks in Bern on Monday, with adviser Piet Vos beside Silva.\n\nThe two senior negotiators had dined alone at a hotel by the lake on Saturday evening.",
			[]string{"Ana Silva, Piet Vos, Rosa Vidal", "Ana Silva, Rosa Vidal"}, nil},
		{"head delegates", "Minister Karl Moen and Minister Omar Haddad opened the trade round in Riga on Tuesday.\n\nThe two head delegates met again over breakfast on Wednesday.",
			[]string{"Karl Moen, Omar Haddad"}, nil},
		{"chief concerns, no one", "Minister Karl Moen met Minister Omar Haddad in Riga on Tuesday.\n\nThe two chief concerns were fishing and gas.",
			[]string{"Karl Moen, Omar Haddad"}, nil},
	})
}

// TestVisitWhere26: "X's visit to P, where he met Y" is a meeting of the
// visitor, as ", when he" after the trip is, not of the last subject told
// before; a "where" after a place of no one's trip keeps the subject.
func TestVisitWhere26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-18", true, []rosterCase{
		{"his visit, where he met", "Senator Karl Moen said the deal was weak.\n\nThe agreement was revived by former President Piet Vos's visit to Oslo, where he met Tomas Renner, the king's adviser.",
			[]string{"Piet Vos, Tomas Renner"}, nil},
		{"her trip, where she met", "Senator Karl Moen said the deal was weak.\n\nThe pact grew out of Minister Lena Dahl's trip to Riga in June, where she met Ana Silva.",
			[]string{"Ana Silva, Lena Dahl"}, nil},
		{"no trip, the subject", "Minister Lena Dahl flew to Riga in June, where she met Ana Silva.",
			[]string{"Ana Silva, Lena Dahl"}, nil},
	})
}

// TestHadConversation26: "A and B had a conversation in private" and "A
// and B held a long conversation" are a meeting of the two, as "a
// conversation with B" is; a conversation only described is none.
func TestHadConversation26(t *testing.T) {
	opening := "OSLO, November 18 -- Talks between Norway and Sweden began here today at the palace, with Ana Silva and Karl Moen taking part.\n\n"
	checkMeetingCasesOn(t, "2025-11-19", true, []rosterCase{
		{"had a conversation in private", opening + "Before the plenary session, Lena Dahl and Tomas Renner had a conversation in private, in the presence of interpreters only.",
			[]string{"Ana Silva, Karl Moen", "Lena Dahl, Tomas Renner"}, nil},
		{"held a long conversation", opening + "Lena Dahl and Tomas Renner held a long conversation over coffee on Sunday.",
			[]string{"Ana Silva, Karl Moen", "Lena Dahl, Tomas Renner"}, nil},
		{"a conversation described", opening + "Lena Dahl described the conversation as frank.",
			[]string{"Ana Silva, Karl Moen"}, nil},
	})
}
