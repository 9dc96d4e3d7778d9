package corpus

import "testing"

// TestEveMeetingOwnDay23: "On 3 April, on the eve of the summit, A and B
// held a meeting with C" dates the meeting by its own day, the eve: it is
// not the summit of the next day, though told at the summit's place.
func TestEveMeetingOwnDay23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-04", true, []rosterCase{
		{"dated eve meeting", "The summit in Vilnor today was chaired by Ana Silva, with Lena Dahl, Tomas Renner and Omar Haddad at the table.\n\nOn 3 April, on the eve of the summit, Lena Dahl and Tomas Renner held a meeting with Omar Haddad in Vilnor. They went over the draft.",
			[]string{"Ana Silva, Lena Dahl, Omar Haddad, Tomas Renner", "Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestParallelEncounters23: "A held a bilateral meeting with B, and C met
// D" tells two meetings: the list after "with" ends before the next
// clause's subject, the second verb's subject is C alone, and neither
// encounter is the summit they were held beside.
func TestParallelEncounters23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-04", true, []rosterCase{
		{"two bilaterals beside a summit", "The summit in Vilnor today was chaired by Ana Silva, with Piet Vos, Lena Dahl, Karl Moen and Tomas Renner.\n\nOn 4 April, President Dahl held a bilateral meeting with President Vos, and President Renner met President Moen. The talks with Moen were about water.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Piet Vos, Tomas Renner", "Karl Moen, Tomas Renner", "Lena Dahl, Piet Vos"}, nil},
		{"two encounters alone", "On Friday, Rosa Vidal held talks with Piet Vos in Vilnor, and Karl Moen met Ana Silva.",
			[]string{"Ana Silva, Karl Moen", "Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestBodyDeclinedOffer23: "an offer the Kremlin has so far declined" is
// what a body did with an offer, in a relative clause: no one at the
// meeting told is absent.
func TestBodyDeclinedOffer23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-04", true, []rosterCase{
		{"offer a body declined", "Lena Dahl and Tomas Renner held talks in Vilnor on Thursday. The Norlandic president, Omar Haddad, was there too.\n\nDahl also met Haddad on Wednesday. The Norlandic president renewed an offer to host peace talks, an offer the Kremlin has so far declined.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestJoinedLaterSession23: "A and B joined an expanded "X plus" session
// later in the day" seats them at the meeting of that day; the quoted
// name between an adjective and the noun does not hide the subject.
func TestJoinedLaterSession23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-04", true, []rosterCase{
		{"quoted session name", "Lena Dahl and Tomas Renner held talks in Vilnor on Thursday.\n\nThe Norlandic president, Omar Haddad, and the UN envoy, Ines Berg, joined an expanded \"Vilnor plus\" session later in the day.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}
