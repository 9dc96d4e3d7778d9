package corpus

import "testing"

// TestBroughtTogetherWith26: "brought A and B together in the palace
// with C" seats A, B and C at one meeting, even when "with" opens a
// colon list whose items, parted by semicolons, each carry a
// description after a comma ("Senator X of Ohio, the majority leader;").
// "brought A and B together with C" keeps to the cue that reads it.
func TestBroughtTogetherWith26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-20", true, []rosterCase{
		{"with one more, after the place", "The first session, on March 3, brought President Lena Dahl and Vice President Tomas Renner together in the Blue Room with Senator Piet Vos. It produced little.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner"}, nil},
		{"bare ordinal, colon list with descriptions", "The first, on March 3, brought President Lena Dahl and Vice President Tomas Renner together in the Blue Room with the three party leaders: Senator Piet Vos of Ohio, the majority leader; Senator Ana Silva of Iowa, the minority leader; and Representative Karl Moen of Maine, the House leader. It produced little.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Piet Vos, Tomas Renner"}, nil},
		{"no people brought together", "Lena Dahl brought her party and the unions together in the spring with a promise on pensions.",
			nil, nil},
		{"together, no meeting place nor with", "Rosa Vidal brought Lena Dahl and Tomas Renner together at her farm on Sunday.",
			[]string{"Lena Dahl, Rosa Vidal, Tomas Renner"}, nil},
	})
}

// TestSemicolonItemDescriptions26: in a list whose items are parted by
// semicolons, the words after a name's comma up to the next semicolon
// describe that person ("Senator A of Ohio, the majority leader;"); a
// name after the comma is another person ("A, B; C; and D").
func TestSemicolonItemDescriptions26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-20", true, []rosterCase{
		{"descriptions", "President Lena Dahl held talks on Monday with the party leaders: Senator Piet Vos of Ohio, the majority leader; Senator Ana Silva of Iowa, the minority leader; and Karl Moen, the speaker.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Piet Vos"}, nil},
		{"descriptions after a hosting verb", "President Lena Dahl hosted three leaders on Monday: Senator Piet Vos of Ohio, the majority leader; Senator Ana Silva of Iowa, the minority leader; and Karl Moen, the speaker.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Piet Vos"}, nil},
		{"names after the comma", "President Lena Dahl met the delegations on Monday: Piet Vos, Ana Silva; Karl Moen; and Rosa Vidal.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestJustBackFromAside26: "A, just back from a summit in Oslo, received
// B" is A's meeting with B; the summit the aside names is where A came
// from, neither his subject lost nor the day taken from the meeting
// ("came on May 22, when A, just back from ..., received B").
func TestJustBackFromAside26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-30", true, []rosterCase{
		{"when, aside", "The second turning point came on May 22, when President Lena Dahl, just back from a Group of 7 summit in Oslo, received Speaker Tomas Renner in the Blue Room.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"fresh from talks", "Foreign Minister Piet Vos, fresh from talks in Riyadh, met Ana Silva in Cairo on Tuesday.",
			[]string{"Ana Silva, Piet Vos"}, nil},
		{"no aside: the summit is the meeting", "Lena Dahl met Tomas Renner at a summit in Oslo on Monday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
	a := extractText(t, "2025-05-30", "The second turning point came on May 22, when President Lena Dahl, just back from a Group of 7 summit in Oslo, received Speaker Tomas Renner in the Blue Room.")
	for _, m := range a.Meetings {
		if len(m.Attendees) == 2 && m.Date != "2025-05-22" {
			t.Errorf("meeting %q dated %q, want 2025-05-22", m.Summary, m.Date)
		}
	}
}

// TestAgoRestatedDay26: "a year ago almost to the day, on 6 October
// 2024" and "two years ago, on 3 March 2023" date a meeting by the day
// written out after the vague "ago"; a bare "two years ago" gives none.
func TestAgoRestatedDay26(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"A year ago almost to the day, on 6 October 2024, Lena Dahl met Tomas Renner in Oslo.", "2024-10-06"},
		{"Lena Dahl met Tomas Renner in Oslo two years ago, on 3 March 2023.", "2023-03-03"},
		{"Lena Dahl met Tomas Renner in Oslo two years ago, on March 3, 2023.", "2023-03-03"},
		{"Lena Dahl met Tomas Renner in Oslo two years ago.", ""},
	} {
		a := extractText(t, "2025-10-05", tc.text)
		if len(a.Meetings) != 1 {
			t.Errorf("%q: %d meetings, want 1", tc.text, len(a.Meetings))
			continue
		}
		if a.Meetings[0].Date != tc.want {
			t.Errorf("%q: date %q, want %q", tc.text, a.Meetings[0].Date, tc.want)
		}
	}
}
