package corpus

import "testing"

// TestHonorificsBeforeNames23: a hyphenated rank ("Vice-Adm", "Rear-Adm")
// and Myanmar's "U" before a name are styles, not part of it.
func TestHonorificsBeforeNames23(t *testing.T) {
	checkMeetingCasesOn(t, "2024-02-08", true, []rosterCase{
		{"hyphenated naval ranks", "Defence Minister Lena Dahl met Vice-Adm Tomas Renner and Rear-Adm Ines Berg aboard the flagship on Wednesday.",
			[]string{"Ines Berg, Lena Dahl, Tomas Renner"}, nil},
		{"U before a Myanmar name", "On 7 February the envoy, Lena Dahl, held a meeting with H.E. U Kyaw Thura, Union Minister for Foreign Affairs.",
			[]string{"Kyaw Thura, Lena Dahl"}, nil},
	})
}
