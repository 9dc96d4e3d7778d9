package corpus

import "testing"

// TestHostedGroups: "X hosted the Sahel leaders" is a meeting of X's that
// the story may name the guests of next ("Around the table were ..."),
// "hosted the same ministers on January 21" another meeting of the same
// people, and "the heads of government of" a country is its prime
// minister where it has one. "welcomed the deal" stays no meeting.
func TestHostedGroups(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"hosted the leaders, around the table were", "Prime Minister Omar Haddad (PDP) hosted the Sahel leaders at his residence in Lome on Tuesday. Around the table were Chad's Lena Varga, Niger's Piotr Nowak and Mali's Ana Ruiz.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"hosted his counterparts, then who attended", "Prime Minister Omar Haddad hosted his counterparts in Lome on Tuesday. Chad's Lena Varga, Niger's Piotr Nowak and Mali's Ana Ruiz attended.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"the leaders' statement is no group met", "Prime Minister Omar Haddad welcomed the leaders' statement on Tuesday. Chad's Lena Varga said it was late.",
			nil, nil},
		{"hosted the same ministers", "LOME — Chad's Foreign Minister Lena Varga hosted Niger's Foreign Minister Piotr Nowak and Mali's Foreign Minister Ana Ruiz in Lome on Tuesday.\n\nIt was the second time the three had met this year. Varga hosted the same ministers on January 21 in Ndjamena.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak", "Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
	})
	// (published 2025-07-03: Ghana's head of government is its president,
	// Lithuania's its prime minister, Paluckas, not President Nausėda)
	checkMeetingCases(t, true, []rosterCase{
		{"heads of government of", "Prime Minister Omar Haddad hosted the leaders at his residence on Tuesday. Around the table were Chad's Lena Varga, as well as the heads of government of Ghana and Lithuania.",
			[]string{"Gintautas Paluckas, John Mahama, Lena Varga, Omar Haddad"}, nil},
	})
}

// TestRatherThanNoAbsence: "rather than" and "instead of" tell an absence
// only of someone named after them or of the subject's own going ("sent
// his deputy instead of going himself"), never "opened with jokes rather
// than a lecture".
func TestRatherThanNoAbsence(t *testing.T) {
	const lead = "LOME — Togo's Prime Minister Omar Haddad received Chad's Foreign Minister Lena Varga in Lome on Tuesday for talks on the border.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"rather than a lecture", lead + "This time the talks opened with jokes rather than a lecture.", []string{"Lena Varga, Omar Haddad"}, nil},
		{"instead of a lecture", lead + "Haddad offered a lunch instead of a lecture.", []string{"Lena Varga, Omar Haddad"}, nil},
		{"instead of going himself", lead + "Niger's President Piotr Nowak sent his deputy instead of going himself.", []string{"Lena Varga, Omar Haddad"},
			map[string]string{"Piotr Nowak": "Lena Varga, Omar Haddad"}},
		{"rather than a person", lead + "Varga, rather than Niger's Foreign Minister Piotr Nowak, led the talks for the bloc.", []string{"Lena Varga, Omar Haddad"},
			map[string]string{"Piotr Nowak": "Lena Varga, Omar Haddad"}},
	})
}

// TestTwoAtAnHourOfTheirOwn: two of a meeting's people held talks "in the
// morning", "that evening", "over dinner": a meeting of their own beside
// the bigger one.
func TestTwoAtAnHourOfTheirOwn(t *testing.T) {
	const lead = "Prime Minister Omar Haddad hosted the Sahel leaders in Lome on Tuesday. Around the table were Chad's Lena Varga, Niger's Piotr Nowak and Mali's Ana Ruiz.\n\n"
	checkMeetingCases(t, true, []rosterCase{
		{"in the morning", lead + "Nowak, for his part, held talks with Ruiz in the morning.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak", "Ana Ruiz, Piotr Nowak"}, nil},
		{"over dinner", lead + "Nowak met Ruiz over dinner, their offices said.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak", "Ana Ruiz, Piotr Nowak"}, nil},
		{"no hour: the meeting itself", lead + "Nowak held talks with Ruiz about the river.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
	})
}
