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
