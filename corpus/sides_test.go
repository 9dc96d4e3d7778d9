package corpus

import "testing"

// TestBeAtSide checks "S was at X's side", "S sat at his side" (sides.go):
// the subject is at the meeting of the attendee beside them. Near misses:
// beside someone not at the meeting, beside an attendee elsewhere or at
// another moment, the attendee beside themself. Rows are written for this
// test.
func TestBeAtSide(t *testing.T) {
	const lead = "WARSAW — Ana Ruiz held talks with Piotr Nowak in Warsaw on Monday.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"was at a name's side", lead + "Deputy Minister Lena Varga was at Ruiz's side.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"sat at his side", lead + "The talks ran late. Omar Haddad sat at his side through the night.",
			[]string{"Ana Ruiz, Omar Haddad, Piotr Nowak"}, nil},
		{"was by a name's side, and a second clause", lead + "Lena Varga was by Nowak's side; Omar Haddad accompanied Ruiz.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		// near misses
		{"beside someone not at the meeting", lead + "Lena Varga was at Kowalski's side.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"beside an attendee elsewhere", lead + "Lena Varga was at Nowak's side in Brussels.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"beside an attendee at another moment", lead + "Lena Varga was at his side when he flew home on Tuesday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
	})
}
