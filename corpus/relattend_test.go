package corpus

import "testing"

// TestRelativeAttendance: a relative clause after a name says the person
// was there — after an inverted attribution too ("said X, who attended the
// talks"), where a speaker is otherwise no guest — and "was in the room"
// after "who" takes the name before it; a relative clause saying nothing
// of presence leaves the speaker out.
func TestRelativeAttendance(t *testing.T) {
	const lead = "Chad's Foreign Minister Lena Varga met Niger's Prime Minister Piotr Nowak in Lome on Tuesday for talks on the disputed border.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"said X, who attended", lead + `"We made progress," said Interior Minister Omar Haddad, who attended the talks.`,
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"said X, who was part of a delegation", lead + `"We made progress," said Interior Minister Omar Haddad, who was part of Nowak's delegation.`,
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"said X, who took part", lead + `"We made progress," said Omar Haddad, who took part in the talks as an adviser.`,
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"X, who was in the room, said", lead + "Interior Minister Omar Haddad, who was in the room, said the talks had been frank.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"said X, who studies the region: no guest", lead + `"Both sides needed this," said Omar Haddad, who studies the region at the University of Niamey.`,
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"said X, who was part of the deal's critics: no guest", lead + `"It will not hold," said Omar Haddad, who was part of the opposition to the deal.`,
			[]string{"Lena Varga, Piotr Nowak"}, nil},
	})
}
