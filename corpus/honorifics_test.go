package corpus

import (
	"strings"
	"testing"
)

// TestHonorificNames checks names written the way official readouts of
// the Gulf, East Africa and Asia write them: an honorific or a title
// glued before the name ("His Highness", "H.E.", "H.H.", "His
// Excellency", "Presidential Aide", "CS"), and brothers or cousins who
// share "Sheikh" and a family name but not a first name. Near misses: the
// same man named again with fewer words, or with his honorific and
// without it, stays one person. Rows are written for this test.
func TestHonorificNames(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"his highness before a name", "MUSCAT — His Highness Sheikh Fahad bin Saeed Al Harthy received His Excellency Karim Nasser at Al Alam Palace on Monday.",
			[]string{"Karim Nasser, Sheikh Fahad bin Saeed Al Harthy"}, nil},
		{"H.E. and H.H. in a list", "MUSCAT — Sheikh Fahad bin Saeed Al Harthy received Karim Nasser at Al Alam Palace on Monday.\n\nThe meeting was attended by H.H. Sheikh Salim bin Saeed Al Harthy and H.E. Layla Darwish.",
			[]string{"Karim Nasser, Layla Darwish, Sheikh Fahad bin Saeed Al Harthy, Sheikh Salim bin Saeed Al Harthy"}, nil},
		{"brothers sharing Sheikh and a family name", "MUSCAT — Sheikh Fahad bin Saeed Al Harthy received Karim Nasser at Al Alam Palace on Monday, with Sheikh Salim bin Saeed Al Harthy and Sheikh Majid bin Saeed Al Harthy present.",
			[]string{"Karim Nasser, Sheikh Fahad bin Saeed Al Harthy, Sheikh Majid bin Saeed Al Harthy, Sheikh Salim bin Saeed Al Harthy"}, nil},
		{"a capitalised title glued before a name", "NAIROBI — Anne Wambui held talks with Peter Okoth in Nairobi on Monday.\n\nPresidential Aide Joseph Kamau and CS Grace Atieno also took part.",
			[]string{"Anne Wambui, Grace Atieno, Joseph Kamau, Peter Okoth"}, nil},
		// near misses: one person, however often named
		{"the same sheikh named shorter", "MUSCAT — Sheikh Fahad bin Saeed Al Harthy received Karim Nasser at Al Alam Palace on Monday.\n\nSheikh Fahad said the talks had been useful.",
			[]string{"Karim Nasser, Sheikh Fahad bin Saeed Al Harthy"}, nil},
		{"the same sheikh with and without honorific", "MUSCAT — His Highness Sheikh Fahad bin Saeed Al Harthy received Karim Nasser at Al Alam Palace on Monday.\n\nSheikh Fahad bin Saeed Al Harthy later hosted a dinner for Nasser.",
			[]string{"Karim Nasser, Sheikh Fahad bin Saeed Al Harthy"}, nil},
	})
}

// TestCourtStyleIsNoRole checks a court style before a name ("His
// Highness", "H.E.") is no role: the appositive's office, or none.
func TestCourtStyleIsNoRole(t *testing.T) {
	a := extractText(t, "2025-04-13", "His Highness Sheikh Omar bin Haddad Al Varga, President of Togo, received H.E. Piotr Nowak in Lome today.")
	roles := map[string]string{}
	for _, p := range a.People {
		roles[p.Name] = p.Role
		if low := strings.ToLower(p.Role); strings.Contains(low, "highness") || strings.Contains(low, "h.e.") {
			t.Errorf("%s has role %q, a court style", p.Name, p.Role)
		}
	}
	if roles["Sheikh Omar bin Haddad Al Varga"] != "President of Togo" {
		t.Errorf("roles %q: want the host's office from the appositive", roles)
	}
}
