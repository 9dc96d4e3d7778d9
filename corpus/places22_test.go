package corpus

import "testing"

// TestSettlementOfPlace22: "in the <description> <kind of town> of X" is
// held in X, not in the description ("the Egyptian Red Sea resort", "the
// Black Sea port") nor nowhere ("the Saudi city").
func TestSettlementOfPlace22(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Leaders gathered in the Aegean holiday resort of Port Salis on Monday for a summit co-chaired by President Tomas Renner and President Lena Dahl.", "Port Salis"},
		{"Foreign Minister Lena Dahl met Defence Minister Omar Haddad in the Baltic port of Klaipeda on Tuesday.", "Klaipeda"},
		{"Foreign Minister Lena Dahl met Defence Minister Omar Haddad in the Saudi coastal city of Jeddah on Tuesday.", "Jeddah"},
		{"Foreign Minister Lena Dahl met Defence Minister Omar Haddad in the resort town of Sochi on Tuesday.", "Sochi"},
		{"Foreign Minister Lena Dahl met Defence Minister Omar Haddad in the capital of Oman on Tuesday.", "Muscat"},
	} {
		a := extractText(t, "2025-07-03", tc.text)
		if len(a.Meetings) != 1 || a.Meetings[0].Place != tc.want {
			t.Errorf("%q: meetings %+v, want one at %q", tc.text, a.Meetings, tc.want)
		}
	}
}
