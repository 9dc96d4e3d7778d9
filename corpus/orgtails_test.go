package corpus

import (
	"slices"
	"testing"
)

// TestBodyTails checks capitalised runs ending in a body's head noun are
// no people ("the UN Verification Mission", "Customs and Border
// Protection", "the Weimar Triangle", "Power Shift Africa"), while people
// named around them are kept; near misses: a person whose name merely
// starts like a body ("Mission" inside no name) and a person named after
// the body's role ("the mission's head, Lena Varga"); outlets people talk
// to ("told Carbon Brief", "spoke to Lome Radio") are no people either.
func TestBodyTails(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want      []string // attendees of the one meeting
		notPeople []string
	}{
		{"Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday. Delegates of the UN Verification Mission also attended.",
			[]string{"Lena Varga", "Piotr Nowak"}, []string{"Verification Mission"}},
		{"Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday. Customs and Border Protection attended but did not speak.",
			[]string{"Lena Varga", "Piotr Nowak"}, []string{"Border Protection"}},
		{"Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday, joined by Omar Haddad of the campaign group Debt Justice Africa.",
			[]string{"Lena Varga", "Omar Haddad", "Piotr Nowak"}, []string{"Debt Justice Africa", "Justice Africa"}},
		{"Chad's Foreign Minister Lena Varga hosted a closed roundtable on debt in Lome on Tuesday. Joining Varga at the table were Ghana's deputy finance minister, Omar Haddad; Ana Ruiz, a deputy minister from Togo; and Tomas Berg of the Lagos-based campaign group Debt Justice Africa.",
			[]string{"Ana Ruiz", "Lena Varga", "Omar Haddad", "Tomas Berg"}, []string{"Africa", "Debt Justice Africa"}},
		{"Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday. \"It went well,\" Varga told Carbon Brief afterwards, and Nowak told Sahel Daily the same.",
			[]string{"Lena Varga", "Piotr Nowak"}, []string{"Carbon Brief", "Sahel Daily"}},
		{"Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday, with Omar Haddad attending. Haddad later spoke to Lome Radio and to Devex Newswire.",
			[]string{"Lena Varga", "Omar Haddad", "Piotr Nowak"}, []string{"Lome Radio", "Devex Newswire"}},
		{"Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday, joined by the mission's head, Ana Ruiz.",
			[]string{"Ana Ruiz", "Lena Varga", "Piotr Nowak"}, nil},
	} {
		a := extractText(t, "2025-07-03", tc.text)
		var people []string
		for _, p := range a.People {
			people = append(people, p.Name)
		}
		for _, n := range tc.notPeople {
			if slices.Contains(people, n) {
				t.Errorf("%q: %q listed as a person (%q)", tc.text, n, people)
			}
		}
		var got []string
		for _, m := range a.Meetings {
			got = append(got, names(m.Attendees)...)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: attendees %q, want %q", tc.text, got, tc.want)
		}
	}
}
