package corpus

import "testing"

// TestRosterPhrasings13: ways of telling who was at a meeting met in the
// misses of devset32 to devset37 (released in session 13), in our own
// words: a passive "was attended by" list whose items are separated by
// semicolons; a role owned by a body whose name begins with a country's
// adjective or an organisation's name ("the president of the Chilean
// Federation of Fishermen, X", "the head of the United Nations Support
// Mission in Y, X"), which is X's role, not the country's or the UN's
// office; a session "held at the Casa Rosada" inside the city the talks
// were in; "ended on May 3 with A and B signing"; "last month's round in
// Lisbon" and "the round in Lisbon" as rounds of talks with their place.
func TestRosterPhrasings13(t *testing.T) {
	checkMeetingCasesOn(t, "2024-05-26", true, []rosterCase{
		{"attended by, semicolons", "The government and the rebels ended a new round of talks in Quito on Saturday.\n\nThe final session was attended by the head of the government team, Ana Ruiz; the peace commissioner, Kofi Mensah; Senator Lena Varga and the president of the Chilean Federation of Fishermen (Fecheps), Piotr Nowak, both members of the official team; and, for the rebels, their chief negotiator, Omar Haddad, and the commander Tomas Reyes.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"a body's president is its own person", "The talks in Quito ended on Saturday.\n\nThey were attended by the president of the Colombian Association of Coffee Growers, Piotr Nowak, and Senator Lena Varga.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"the head of a UN mission is not the UN's head", "The talks in Quito ended on Saturday with Ana Ruiz and Omar Haddad at the table.\n\nThe head of the United Nations Verification Mission in Colombia, Kofi Mensah, was also present.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"a session held at a casa in the city", "The government and the rebels closed a new round of talks in Caracas on Saturday, hosted by the foreign minister, Lena Varga.\n\nThe closing session, held at the Casa Amarilla, the foreign ministry's seat, was attended by Ana Ruiz and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad"}, nil},
		{"ended on a date with A and B signing", "The talks in Caracas closed on Saturday with Ana Ruiz and Omar Haddad at the table.\n\nThe session came three months after the previous round, which ended in Havana on Feb. 6 with Ruiz and Haddad signing an extension of the ceasefire.",
			[]string{"Ana Ruiz, Omar Haddad", "Ana Ruiz, Omar Haddad"}, nil},
		{"last month's round in a city", "Chad's President Lena Varga greeted Mali's President Ana Ruiz in Ndjamena on Sunday.\n\nLast month's round in Lisbon, which produced a framework deal on fishing rights, was the last time the two teams met face to face. Kofi Mensah and Omar Haddad were joined in the Portuguese capital by Portugal's economy minister, Piotr Nowak, who hosted the opening session at the Palacio das Necessidades.",
			[]string{"Ana Ruiz, Lena Varga", "Kofi Mensah, Omar Haddad, Piotr Nowak"}, nil},
	})
}
