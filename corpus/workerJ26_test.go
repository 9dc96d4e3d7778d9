package corpus

import "testing"

// TestCountedAbsentList26: "Four member states were not invited because
// they are suspended: Mali, led by Colonel A, and Sudan, under General B"
// leaves out the people the list after the colon names, not the ones named
// before it; a colon list of countries alone names no absentee.
func TestCountedAbsentList26(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-14", true, []rosterCase{
		{"member states led by", "The Nordic summit opened in Oslo on Thursday, chaired by Prime Minister Lena Dahl and President Tomas Renner.\n\nTwo member states were not invited because they are suspended from the council: Estland, led by General Omar Haddad, and Latvia, under Colonel Piet Vos.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Omar Haddad": "Lena Dahl, Tomas Renner", "Piet Vos": "Lena Dahl, Tomas Renner"}},
		{"acronym in the count", "The Nordic summit opened in Oslo on Thursday, chaired by Prime Minister Lena Dahl and President Tomas Renner.\n\nThree NC member states were not invited after coups: Estland, where Colonel Omar Haddad seized power in May, Latvia, led by General Piet Vos, and Lapland, under Captain Karl Moen.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Omar Haddad": "Lena Dahl, Tomas Renner", "Piet Vos": "Lena Dahl, Tomas Renner", "Karl Moen": "Lena Dahl, Tomas Renner"}},
		{"countries only", "The Nordic summit opened in Oslo on Thursday, chaired by Prime Minister Lena Dahl and President Tomas Renner.\n\nTwo countries were not invited: Estland and Latvia. Piet Vos of Lapland also spoke at the session.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}
