package corpus

import "testing"

// TestSideLists checks people given by the side they sat on after a
// meeting clause (", with A and B on the Chadian side and C on the Nigerien
// side"), and the near misses: a side of a border, a list that runs on, a
// country or an office in place of a name, no meeting in the sentence.
func TestSideLists(t *testing.T) {
	const met = "Chad's President Lena Varga received Niger's Prime Minister Piotr Nowak at the palace in Ndjamena on Tuesday. "
	checkMeetingCases(t, false, []rosterCase{
		{"two sides", met + "The talks that followed lasted two hours, with Foreign Minister Omar Haddad and chief of staff Tomas Berg on the Chadian side and Finance Minister Ana Ruiz on the Nigerien side.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Berg"}, nil},
		{"one side, other meeting noun", "Lena Varga and Piotr Nowak held their first meeting in Lome in March, with Omar Haddad and Tomas Berg on the Chadian side.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Tomas Berg"}, nil},
		{"a country's side", met + "The session ran late, with Omar Haddad on Chad's side and Ana Ruiz on the other side.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"side of a border is no side list", met + "The talks dragged on, with herders on the Chadian side of the border waiting for news.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"no meeting in the sentence", met + "Omar Haddad waited outside for an hour, with Tomas Berg on the Chadian side of the room.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"countries, not people", met + "The talks lasted two hours, with France on the Chadian side and Algeria on the Nigerien side.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
	})
}

// TestBroughtRetinue checks "X brought A and B" when X is at the meeting
// told: the ones brought are there too. Near misses: the one who brought
// them at no meeting of the story, a proposal brought, a leader at another
// meeting.
func TestBroughtRetinue(t *testing.T) {
	const met = "Chad's President Lena Varga met Niger's Prime Minister Piotr Nowak at a guesthouse in Lome on Friday. "
	checkMeetingCases(t, false, []rosterCase{
		{"brought two aides", met + "Varga was accompanied by Foreign Minister Omar Haddad. Nowak brought Defence Minister Ana Ruiz and his adviser, Tomas Berg.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Berg"}, nil},
		{"brought one aide to the capital", met + "Nowak brought Ana Ruiz to Lome.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"brought a proposal", met + "Nowak brought Haddad's proposal for a buffer zone.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"the one who brought them is elsewhere", met + "In Abuja, Governor Ana Ruiz brought Tomas Berg and Omar Haddad.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
	})
}
