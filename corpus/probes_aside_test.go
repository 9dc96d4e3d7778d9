package corpus

import "testing"

// TestProbeEarlierCalls checks a meeting told as following or preceding
// another contact ("The talks followed a phone call between X and W"):
// the other contact is a meeting of its own, and its people are not
// added to the meeting under way. Rows are probes written afresh.
func TestProbeEarlierCalls(t *testing.T) {
	const geneva = "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\n"
	const bern = "BERN — Lena Varga and Karim Nasser met in Bern on Friday.\n\n"
	both, bernPair := "Ana Ruiz, Piotr Nowak", "Karim Nasser, Lena Varga"
	checkMeetingCases(t, true, []rosterCase{
		{"talks followed a phone call between", geneva + "The talks followed a phone call between Ruiz and Omar Haddad last week.",
			[]string{"Ana Ruiz, Omar Haddad", both}, nil},
		{"followed a call on a date", geneva + "The talks followed a phone call between Nowak and Omar Haddad on June 20.",
			[]string{both, "Omar Haddad, Piotr Nowak"}, nil},
		{"came days after a video call", bern + "The meeting came days after a video call between Varga and Tomas Berg.",
			[]string{bernPair, "Lena Varga, Tomas Berg"}, nil},
		{"was preceded by a call", bern + "Their meeting was preceded by a call between Nasser and Tomas Berg.",
			[]string{bernPair, "Karim Nasser, Tomas Berg"}, nil},
		{"followed a meeting in another city", "NAIROBI — Grace Wanjiru and Tomas Berg held a summit at State House on Tuesday.\n\nThe summit followed a meeting between Berg and Selam Tesfaye in Addis Ababa last month.",
			[]string{"Grace Wanjiru, Tomas Berg", "Selam Tesfaye, Tomas Berg"}, nil},
		// the "with" of the meeting noun itself still names its people
		{"a summit meeting with", bern + "The summit meeting with Tomas Berg lasted two hours.",
			[]string{"Karim Nasser, Lena Varga, Tomas Berg"}, nil},
		{"the fifth round of talks between", "The fifth round of talks between Ingrid Dahl and Yusuf Demir took place in Oslo on Friday.",
			[]string{"Ingrid Dahl, Yusuf Demir"}, nil},
	})
}
