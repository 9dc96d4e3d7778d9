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
