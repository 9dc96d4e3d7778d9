package corpus

import "testing"

// TestSpokeToCalls checks "X spoke to Y" as a call when Y is a person
// named there (or "him"/"her" for the one reporting it), one call per
// person in "to A, to B and to C"; near misses: spoke to reporters, to an
// outlet, to the nation, and a speaker named only by office.
func TestSpokeToCalls(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"named and titled", "Niger's Prime Minister Piotr Nowak spoke to Chad's Foreign Minister Lena Varga on Friday.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"him: the one reporting", "Chad's Foreign Minister Lena Varga told state radio on Sunday that Niger's Prime Minister Piotr Nowak had spoken to her in the hours before the deal.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"three people spoken to, three calls", "Chad's Foreign Minister Lena Varga said Niger's Prime Minister Piotr Nowak had spoken to her, to army chief Omar Haddad and to Mali's Foreign Minister Ana Ruiz before the deal.",
			[]string{"Ana Ruiz, Piotr Nowak", "Lena Varga, Piotr Nowak", "Omar Haddad, Piotr Nowak"}, nil},
		{"spoke to reporters", "Niger's Prime Minister Piotr Nowak spoke to reporters in Niamey on Friday.",
			nil, nil},
		{"spoke to an outlet", "Niger's Prime Minister Piotr Nowak spoke to Radio France Internationale on Friday.",
			nil, nil},
		{"spoke to the nation", "Niger's Prime Minister Piotr Nowak spoke to the nation on Friday evening.",
			nil, nil},
		{"speaker named by office only", "The Prime Minister spoke to Prime Minister Piotr Nowak of Niger this evening.",
			nil, nil},
	})
}
