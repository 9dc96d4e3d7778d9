package corpus

import (
	"testing"
)

// TestJourneyPurposeSubject checks who made the journey in "flew to X to
// meet Y": the antecedent of a relative clause ("Varga, who flew to Accra
// to meet Khalil"), or the subject of the last clause joined by ", and",
// not a pronoun opening the sentence for someone who stayed away.
func TestJourneyPurposeSubject(t *testing.T) {
	const hoped = "Observers had hoped Kenya's President Omar Haddad would come to the talks in Lome. "
	checkMeetingCases(t, false, []rosterCase{
		{"relative clause after a pronoun's clause", hoped + "He did not, and Togo's President Lena Varga, who flew to Accra on Tuesday to meet Ghana's President Sara Khalil, called the talks premature.",
			[]string{"Lena Varga, Sara Khalil"}, nil},
		{"a clause joined by and", hoped + "He did not, and Togo's President Lena Varga flew to Accra on Tuesday to meet Ghana's President Sara Khalil.",
			[]string{"Lena Varga, Sara Khalil"}, nil},
		{"relative clause alone", "Togo's President Lena Varga, who travelled to Accra on Tuesday to meet Ghana's President Sara Khalil, said little.",
			[]string{"Lena Varga, Sara Khalil"}, nil},
		{"the pronoun's own journey", hoped + "He flew to Accra on Tuesday to meet Ghana's President Sara Khalil.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestSeparateSession checks that a meeting told as held "in a separate
// session" (or meeting, round) is one of its own, not more people at the
// meeting told before.
func TestSeparateSession(t *testing.T) {
	const talks = "Delegations of Chad and Niger met in Lome on Monday. Chad's team was led by Foreign Minister Lena Varga, Niger's by Defence Minister Piotr Nowak. "
	checkMeetingCases(t, false, []rosterCase{
		{"in a separate session", talks + "Togo's Prime Minister Tomas Berg met Varga in a separate session on Monday.",
			[]string{"Lena Varga, Piotr Nowak", "Lena Varga, Tomas Berg"}, nil},
		{"in a separate meeting", talks + "Togo's Prime Minister Tomas Berg received Nowak in a separate meeting on Monday.",
			[]string{"Lena Varga, Piotr Nowak", "Piotr Nowak, Tomas Berg"}, nil},
		{"a session that is not separate", talks + "Togo's Prime Minister Tomas Berg opened the session on Monday.",
			[]string{"Lena Varga, Piotr Nowak, Tomas Berg"}, nil},
	})
}

// TestFaceToFacePlace checks that "met face to face in Lome" gives the
// meeting its place ("to" here is no purpose clause).
func TestFaceToFacePlace(t *testing.T) {
	for _, text := range []string{
		"Chad's Foreign Minister Lena Varga and Niger's Defence Minister Piotr Nowak met face to face in Lome on Monday.",
		"Delegations of Chad and Niger met face to face in Lome on Monday. Chad's team was led by Foreign Minister Lena Varga, Niger's by Defence Minister Piotr Nowak.",
	} {
		a := extractText(t, "2025-07-03", text)
		if len(a.Meetings) != 1 || a.Meetings[0].Place != "Lome" {
			t.Errorf("%q: meetings %+v, want one in Lome", text, a.Meetings)
		}
	}
}
