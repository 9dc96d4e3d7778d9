package corpus

import "testing"

// TestElidedParticleNames24: a surname after an elided French or Italian
// particle ("Karl d'Avreux", "Rosa d’Alessi") is part of the name, while
// "Quai d'Orsay" and "Côte d'Ivoire" name no one; and "X himself did not
// see the envoy" keeps X away from the meeting just told.
func TestElidedParticleNames24(t *testing.T) {
	checkMeetingCasesOn(t, "2023-06-29", true, []rosterCase{
		{"elided particle in a name", "Envoy Lena Dahl was received on Wednesday by Tomas Renner, the deputy minister. Archbishop Karl d'Avreux, the nuncio, also took part.",
			[]string{"Karl d'Avreux, Lena Dahl, Tomas Renner"}, nil},
		{"curly apostrophe", "Foreign Minister Lena Dahl met Ambassador Rosa d’Alessi in Rome on Monday.",
			[]string{"Lena Dahl, Rosa d’Alessi"}, nil},
		{"a ministry, no name", "Foreign Minister Lena Dahl met Tomas Renner at the Quai d'Orsay on Monday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"did not see the envoy", "Envoy Lena Dahl was received by the adviser Tomas Renner on Wednesday.\n\nPresident Omar Haddad himself did not see the envoy.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Omar Haddad": "Lena Dahl, Tomas Renner"}},
		{"would not meet him: a refusal, no absence", "President Omar Haddad would not meet him in the capital, so Envoy Lena Dahl was received by the adviser Tomas Renner on Wednesday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}
