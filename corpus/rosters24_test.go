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

// TestNoneHeldAndEarlierWhom24: "No meeting between A and B took place"
// tells none; "A also sat down with B, with whom she signed the charter
// in Abu Dhabi in 2019" is today's encounter and the earlier signing, two
// meetings, the year going to the signing only; and "the congress
// opened" is a gathering ("Congress" is a legislature).
func TestNoneHeldAndEarlierWhom24(t *testing.T) {
	const opening = "ASTANA -- The congress opened in Astana on Wednesday, chaired by President Tomas Renner, with Mufti Piet Vos and Archbishop Karl Moen at the table.\n\n"
	checkMeetingCasesOn(t, "2022-09-14", true, []rosterCase{
		{"none took place", "President Lena Dahl received President Tomas Renner at the palace for talks on trade on Wednesday.\n\nNo meeting between Renner and Cardinal Omar Haddad took place.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"no formal talks", "Foreign Minister Lena Dahl and Foreign Minister Tomas Renner were both in Vienna on Tuesday, but no formal talks between them were held.",
			nil, nil},
		{"congress and an earlier signing", opening + "Cardinal Lena Dahl also sat down briefly with Vos, with whom she signed the charter in Abu Dhabi in 2019.",
			[]string{"Karl Moen, Piet Vos, Tomas Renner", "Lena Dahl, Piet Vos", "Lena Dahl, Piet Vos"}, nil},
	})
}

// TestPossessedSubject24: "Dahl's trip to Rome is the third stop on a
// mission President Vos entrusted to her" is about Dahl, so the "she" of
// the next sentence, who met the adviser, is Dahl, not Vos.
func TestPossessedSubject24(t *testing.T) {
	checkMeetingCasesOn(t, "2023-07-18", true, []rosterCase{
		{"possessed subject", "Envoy Lena Dahl met Prime Minister Tomas Renner in Rome on Tuesday.\n\nDahl's trip to Rome is the third stop on a mission President Piet Vos entrusted to her in May. Last month she travelled to Oslo, where she met the adviser Karl Moen.",
			[]string{"Karl Moen, Lena Dahl", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestSeatTakenBy24: "X took Y's seat" and "The chair that was to have
// been Y's was taken instead by X" put X at the meeting told and Y away
// from it (someone sent in his place).
func TestSeatTakenBy24(t *testing.T) {
	const opening = "ASTANA -- The conference opened in Astana on Wednesday, chaired by President Tomas Renner, with Mufti Piet Vos at the table.\n\n"
	checkMeetingCasesOn(t, "2022-09-14", true, []rosterCase{
		{"took the seat", opening + "Metropolitan Karl Moen took Patriarch Omar Haddad's seat.",
			[]string{"Karl Moen, Piet Vos, Tomas Renner"}, map[string]string{"Omar Haddad": "Karl Moen, Piet Vos, Tomas Renner"}},
		{"the chair was taken by", opening + "The chair that was to have been Patriarch Omar Haddad's was taken instead by Metropolitan Karl Moen, head of the church's foreign department.",
			[]string{"Karl Moen, Piet Vos, Tomas Renner"}, map[string]string{"Omar Haddad": "Karl Moen, Piet Vos, Tomas Renner"}},
	})
}
