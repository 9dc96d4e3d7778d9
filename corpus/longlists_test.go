package corpus

import "testing"

// TestLongSubjectLists checks lists of people that are long before their
// verb (four leaders named by country, the last with an apposition) are
// read whole; near misses: the same list before a verb that places no one,
// and a long list of people at another place.
func TestLongSubjectLists(t *testing.T) {
	const signed = "Chad's President Lena Varga and Niger's President Piotr Nowak signed the accord at the palace in Lome on Thursday. "
	const four = "Ghana's Omar Haddad, Benin's Ana Ruiz, Mali's Tomas Berg and Togo's Ines Moreau, the bloc's designated mediator for the crisis,"
	checkMeetingCases(t, false, []rosterCase{
		{"stood behind the signers", signed + four + " stood behind the two presidents as they put pen to paper.",
			[]string{"Ana Ruiz, Ines Moreau, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Berg"}, nil},
		{"sat beside them", signed + four + " sat beside the two presidents.",
			[]string{"Ana Ruiz, Ines Moreau, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Berg"}, nil},
		{"stood to gain places no one", signed + four + " stood to gain from the deal.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
	})
}

// TestSemicolonSceneClauses checks an inverted seat line opening a clause
// after a semicolon ("...; across the table sat A and B") and people named
// after a country's possessive and a title ("Niger's Prime Minister Piotr
// Nowak"); near misses: the same clause with no meeting told, and one
// about things, not people.
func TestSemicolonSceneClauses(t *testing.T) {
	const talks = "Chad and Niger held talks in Lome on Thursday. "
	checkMeetingCases(t, false, []rosterCase{
		{"after a semicolon", talks + "Chad's Foreign Minister Lena Varga led the Chadian side, with Omar Haddad at her elbow; across the table sat Piotr Nowak and Ana Ruiz.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"possessive and title after the seat verb", talks + "Chad's Foreign Minister Lena Varga led the Chadian side. Across the table sat Niger's Prime Minister Piotr Nowak and his chief negotiator, Ana Ruiz.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"things across the table", talks + "Chad's Foreign Minister Lena Varga led the Chadian side, with Omar Haddad at her elbow; across the table sat Niger's maps and a pile of draft texts.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
	})
	checkMeetingCases(t, false, []rosterCase{
		{"no meeting told", "Chad's Foreign Minister Lena Varga read the report aloud in her office; across the table sat Niger's Prime Minister Piotr Nowak.",
			nil, nil},
	})
}
