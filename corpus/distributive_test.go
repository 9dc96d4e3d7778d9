package corpus

import "testing"

// TestSplitEachObject checks the distributive reading of "bilateral" over
// a plural object (distributive.go): "held bilateral talks with X and Y"
// tells one meeting of the subject with each. Near misses: no
// distributive word (one meeting of all), a single object, a planned
// round. "Separate" talks with two sides are two meetings too
// (splitSeparateTalks; devset15 and devset46's writers label
// them so). Rows are written for this test.
func TestSplitEachObject(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"bilateral talks with two", "ASTANA — On Tuesday, Ana Ruiz held bilateral talks with Piotr Nowak and Lena Varga.",
			[]string{"Ana Ruiz, Lena Varga", "Ana Ruiz, Piotr Nowak"}, nil},
		{"bilateral meetings with three", "ASTANA — On Tuesday, Ana Ruiz held bilateral meetings with Piotr Nowak, Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga", "Ana Ruiz, Omar Haddad", "Ana Ruiz, Piotr Nowak"}, nil},
		// near misses
		{"talks with two, together", "ASTANA — On Tuesday, Ana Ruiz held talks with Piotr Nowak and Lena Varga.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"separate talks with two sides", "ASTANA — On Tuesday, Ana Ruiz held separate talks with Piotr Nowak and Lena Varga.",
			[]string{"Ana Ruiz, Lena Varga", "Ana Ruiz, Piotr Nowak"}, nil},
		{"bilateral talks with one", "ASTANA — On Tuesday, Ana Ruiz held bilateral talks with Piotr Nowak.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"planned bilateral talks", "ASTANA — Ana Ruiz will hold bilateral talks with Piotr Nowak and Lena Varga next week.",
			nil, nil},
	})
}
