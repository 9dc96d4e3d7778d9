package corpus

import "testing"

// TestTableWithPrincipals checks rosters whose cue names the principals in
// a "with" phrase before the list ("Around the table with Starmer and
// Macron were ..."): both the principals and the list took part.
func TestTableWithPrincipals(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"around the table with two were, titled names", "Lena Dahl and Tomas Berg met in Oslo on Monday.\n\nAround the table with Dahl and Berg were Spanish Health Minister Ana Ruiz, NATO Secretary General Piotr Nowak and European Commission President Rosa Vidal.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Rosa Vidal, Tomas Berg"}, nil},
		{"around the table with two were, role-comma pairs", "Lena Dahl hosted Tomas Berg in Oslo on Monday.\n\nAround the table with Dahl and Berg were the home secretary, Ana Ruiz, the foreign secretary, Piotr Nowak, and Norway's interior minister, Rosa Vidal.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Rosa Vidal, Tomas Berg"}, nil},
		{"in the room with the two leaders was", "Kenya's President Omar Haddad received Ghana's President Sara Khalil in Nairobi on Friday.\n\nIn the room with the two leaders was Kenya's foreign minister, Peter Otieno.",
			[]string{"Omar Haddad, Peter Otieno, Sara Khalil"}, nil},
		{"at the table with one principal were", "The fisheries talks resumed in Reykjavik on Thursday, chaired by Iceland's Ines Moura.\n\nAt the table with Moura were Lars Holm of Denmark and Giorgi Beridze of Georgia.",
			[]string{"Giorgi Beridze, Ines Moura, Lars Holm"}, nil},
		{"a with phrase with a verb is no aside", "Lena Dahl and Tomas Berg met in Oslo on Monday.\n\nAround the table with its view of the fjord were set twelve chairs.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"a table with people in the future is none", "Lena Dahl and Tomas Berg met in Oslo on Monday.\n\nAround the table with Dahl and Berg will be the home secretary, Ana Ruiz, when the talks resume in May.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
	})
}
