package corpus

import "testing"

// TestDoorstepRemarks checks speakers of doorstep remarks ("said on
// arrival", "told reporters on her way in", "as he arrived", "before going
// in") at the story's meeting, and the near misses: an arrival somewhere
// else, a greeting instead of words, someone the story has as absent, a
// story whose meeting is a call.
func TestDoorstepRemarks(t *testing.T) {
	const summit = "Ministers of the African Union met in Addis Ababa on Thursday for a council chaired by Ghana's Foreign Minister Ana Ruiz and Togo's Foreign Minister Piotr Nowak. "
	checkMeetingCases(t, false, []rosterCase{
		{"said on arrival", summit + "\n\n\"We need a ceasefire now,\" Chad's Foreign Minister Lena Varga said on arrival.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"told reporters on her way in", summit + "\n\nKenya's Foreign Minister Lena Varga told reporters on her way in that the text was weak.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"pronoun, as he arrived", summit + "\n\nNiger's Foreign Minister Omar Haddad has opposed the plan. \"It will not pass,\" he told state radio as he arrived.",
			[]string{"Ana Ruiz, Omar Haddad, Piotr Nowak"}, nil},
		{"before going in, after an appositive", summit + "\n\nMali's Foreign Minister Omar Haddad, at his first council since taking office in May, said before going in that the bloc must act.",
			[]string{"Ana Ruiz, Omar Haddad, Piotr Nowak"}, nil},
		{"arrival somewhere else", summit + "\n\nChad's Foreign Minister Lena Varga said on arrival in Paris that she backed the plan.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a greeting, not words", summit + "\n\nThe city's mayor, Tomas Berg, greeted the delegations on arrival.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"absent from the meeting", summit + "\n\nChad's Foreign Minister Lena Varga did not attend the council. \"We were not consulted,\" she told reporters on arrival in Ndjamena.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Lena Varga": "Ana Ruiz, Piotr Nowak"}},
	})
}
