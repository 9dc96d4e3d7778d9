package corpus

import "testing"

// TestStayedAwayGoesToSummit checks a leader who "stayed home, sending X
// in his place", told right after a welcome that is no summit: the
// absence and the stand-in go to the summit told before; near misses: the
// same sentence after a round of talks (it stays with the talks), and a
// story with no summit.
func TestStayedAwayGoesToSummit(t *testing.T) {
	const summit = "Leaders gathered in Lome on Monday for a summit on the Sahel hosted by Togo's President Ana Ruiz, with Ghana's President Omar Haddad and Benin's President Tomas Berg. "
	const welcome = "Earlier, Niger's Prime Minister Piotr Nowak greeted Ghana's President Omar Haddad at the airport in Niamey. "
	const away = "Mali's President Lena Varga stayed home, sending Foreign Minister Ines Moreau in her place."
	checkMeetingCases(t, false, []rosterCase{
		{"after a welcome", summit + welcome + away,
			[]string{"Ana Ruiz, Ines Moreau, Omar Haddad, Tomas Berg", "Omar Haddad, Piotr Nowak"}, map[string]string{"Lena Varga": "Ana Ruiz, Ines Moreau, Omar Haddad, Tomas Berg"}},
		{"right after the summit", summit + away,
			[]string{"Ana Ruiz, Ines Moreau, Omar Haddad, Tomas Berg"}, map[string]string{"Lena Varga": "Ana Ruiz, Ines Moreau, Omar Haddad, Tomas Berg"}},
		{"no summit told", welcome + away,
			[]string{"Ines Moreau, Omar Haddad, Piotr Nowak"}, map[string]string{"Lena Varga": "Ines Moreau, Omar Haddad, Piotr Nowak"}},
	})
}

// TestDemonstrativeMeetingNouns checks "chaired that meeting", "hosted
// this round" read like "chaired the meeting"; near miss: "said that
// talks" (a conjunction before the noun, no hold verb).
func TestDemonstrativeMeetingNouns(t *testing.T) {
	const met = "Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday. "
	checkMeetingCases(t, false, []rosterCase{
		{"chaired that meeting", met + "Mali's Foreign Minister Omar Haddad chaired that meeting.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"hosted this round", met + "Togo's Foreign Minister Ana Ruiz, who hosted this round, called it useful.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"said that talks", met + "Mali's Foreign Minister Omar Haddad said that talks would resume in May.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"told reporters that the meeting", met + "Mali's Foreign Minister Omar Haddad told reporters afterwards that the meeting had been useful.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
	})
}
