package corpus

import "testing"

// TestOlderPressStyles23: the styles of the period press. "M." (Monsieur)
// before a given name ("M. Tomas Renner") or before two initials ("M. K.
// L. Vos") is no initial of the name (one initial and a surname, "M. S.
// Dahl", are); "the three Great Powers" counts bodies, no person, so no
// "his place" is read as theirs; "a gathering of this kind" names a kind
// of meeting, none held; "the chair which X had occupied until Friday"
// in the when-clause of a meeting tells who sat there before, not who
// is at it; "Round the table sat A; B; and C" is the older "around".
func TestOlderPressStyles23(t *testing.T) {
	checkMeetingCasesOn(t, "1952-03-10", true, []rosterCase{
		{"Monsieur before a given name", "The four ministers met at the Quai d'Orsay on Saturday. M. Tomas Renner, the French Foreign Minister, received Mr. Karl Moen and Mr. Piet Vos there.",
			[]string{"Karl Moen, Piet Vos, Tomas Renner"}, nil},
		{"Monsieur before two initials", "Mr. Karl Moen met M. K. L. Vos, the Soviet Foreign Minister, at the embassy on Saturday.",
			[]string{"K. L. Vos, Karl Moen"}, nil},
		{"counted powers and one's own place", "The conference of the four Great Powers opened at the Hague on Saturday, when Mr. Karl Moen took his place as chairman. Mr. Piet Vos sat beside him.",
			[]string{"Karl Moen, Piet Vos"}, nil},
		{"a kind of meeting", "The talks reopened at the Palais on Saturday night, when Mr. Karl Moen took the chair. Beside him sat Mr. Piet Vos, who until Thursday had never seen a gathering of this kind.\n\nAcross the table were President Ana Silva and Mr. Omar Haddad.",
			[]string{"Ana Silva, Karl Moen, Omar Haddad, Piet Vos"}, nil},
		{"the one who held the chair before", "The conference resumed at the Palais on Saturday night, when Mr. Karl Moen sat for the first time in the chair which Mr. Piet Vos had occupied until Wednesday. Mr. Omar Haddad sat beside him.",
			[]string{"Karl Moen, Omar Haddad"}, nil},
		{"round the table", "The fisheries conference ended this afternoon at the Palais. Mr. Karl Moen, the Foreign Secretary, presided.\n\nRound the table this afternoon sat M. Tomas Renner, Prime Minister of France; Mr. Omar Haddad, Foreign Minister of Egypt; and Mr. Ines Berg for Norway.",
			[]string{"Ines Berg, Karl Moen, Omar Haddad, Tomas Renner"}, nil},
	})
	a := extractText(t, "1952-03-10", "Mr. Karl Moen met M. S. Dahl at the embassy on Saturday.")
	if len(a.Meetings) != 1 || len(a.Meetings[0].Attendees) != 2 || a.Meetings[0].Attendees[1].Name != "M. S. Dahl" {
		t.Errorf("one initial after M.: meetings %+v, want Karl Moen and M. S. Dahl", a.Meetings)
	}
}

// TestWhenClauseDay23: "came to Geneva with X on July 17, when the first
// plenary session was held with A and B" dates that session by the day
// before ", when": an earlier meeting, not the one the story tells.
func TestWhenClauseDay23(t *testing.T) {
	checkMeetingCasesOn(t, "1949-07-30", true, []rosterCase{
		{"definite session after a day and when", "The conference was resumed at the Palais late on Saturday night, when Mr. Karl Moen took his seat as Prime Minister. Beside him sat Mr. Piet Vos.\n\nMr. Moen knows the conference well. He came to Geneva on July 17, when the first plenary session was held with President Ana Silva and Marshal Omar Haddad.",
			[]string{"Ana Silva, Omar Haddad", "Karl Moen, Piet Vos"}, nil},
	})
}

// TestLineDatelineAndOldSpellings23: a dateline that is a paragraph of its
// own with no dash ("OSLO, MARCH 3.") dates the copy, so "to-day" (the
// older spelling of "today") is the dateline's day, not the page's.
func TestLineDatelineAndOldSpellings23(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"to-day against a dateline line", "OSLO, MARCH 3.\n\nMr. Karl Moen met M. Tomas Renner at the embassy to-day.", "1952-03-03"},
		{"to-night against a dateline line without a stop", "OSLO, March 3\n\nMr. Karl Moen dined with Mr. Piet Vos at the embassy to-night.", "1952-03-03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractProbe(t, "1952-03-04T06:00:00Z", tc.body)
			if len(a.Meetings) != 1 || a.Meetings[0].Date != tc.want {
				t.Fatalf("meetings = %+v, want one on %s", a.Meetings, tc.want)
			}
			if a.Place != "OSLO" {
				t.Errorf("place %q, want OSLO", a.Place)
			}
		})
	}
}
