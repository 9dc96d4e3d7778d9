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

// TestGulfStyledNames23: a Gulf ruler's full name of eight words ("Sheikh
// Hamad bin Khalid bin Saud Al Nouri", six of them names and two "bin")
// is one person; "HH" before it is a style, as "H.H." is, so "HH the
// Amir" is the Amir named before; and a call's summary names such a
// person as news copy does ("Sheikh Hamad", "Al Nouri" for "Rashid bin
// Ali Al Nouri").
func TestGulfStyledNames23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-12", true, []rosterCase{
		{"eight-word name", "Prime Minister Sheikh Hamad bin Khalid bin Saud Al Nouri spoke by phone with Foreign Minister Lena Dahl on Tuesday.",
			[]string{"Lena Dahl, Sheikh Hamad bin Khalid bin Saud Al Nouri"}, nil},
		{"HH and the Amir", "The country's Amir HH Sheikh Hamad bin Khalid Al Nouri has led the mediation.\n\nThe ministry spokesman, Tomas Renner, said HH the Amir received a call from President Lena Dahl on Tuesday evening.",
			[]string{"Lena Dahl, Sheikh Hamad bin Khalid Al Nouri"}, nil},
	})
	for _, tc := range []struct{ text, want string }{
		{"Sheikh Hamad bin Khalid Al Nouri spoke by phone with President Lena Dahl on Tuesday.", "Sheikh Hamad–Dahl call"},
		{"Rashid bin Ali Al Nouri spoke by phone with President Lena Dahl on Tuesday.", "Al Nouri–Dahl call"},
	} {
		a := extractText(t, "2025-03-12", tc.text)
		if len(a.Meetings) != 1 || a.Meetings[0].Summary != tc.want {
			t.Errorf("%q: meetings %+v, want one %q", tc.text, a.Meetings, tc.want)
		}
	}
}
