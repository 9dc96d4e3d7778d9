package corpus

import (
	"slices"
	"testing"
)

// TestMealsApart covers meals told at their own hour, kept apart from the
// meeting they were held around, and the meals that are that meeting.
func TestMealsApart(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // every meeting's attendees (meetingSets)
	}{
		{"a breakfast before the session is its own meeting",
			"Defence ministers met at NATO headquarters in Brussels on Friday for a session co-chaired by John Healey and Boris Pistorius, with Mark Rutte and Guido Crosetto at the table.\n\nBefore the meeting began, Rustem Umerov held a breakfast with Healey and Pistorius in a side room.",
			[]string{"Boris Pistorius,Guido Crosetto,John Healey,Mark Rutte", "Boris Pistorius,John Healey,Rustem Umerov"}},
		{"a dinner the evening before, then told again",
			"Mark Rutte, Keir Starmer and Emmanuel Macron met at the World Forum in The Hague on Wednesday.\n\nRobert Fico skipped Tuesday evening's dinner. That dinner, hosted by King Willem-Alexander and Queen Máxima at the palace, was attended by Rutte and Dick Schoof.",
			[]string{"Dick Schoof,King Willem-Alexander,Mark Rutte,Queen Máxima", "Emmanuel Macron,Keir Starmer,Mark Rutte"}},
		// near misses: the meal is the meeting
		{"a meeting over lunch is one meeting",
			"Marco Rubio hosted Penny Wong and Takeshi Iwaya at the State Department on Tuesday for a meeting that ran more than two hours over lunch.",
			[]string{"Marco Rubio,Penny Wong,Takeshi Iwaya"}},
		{"a working lunch after the talks is part of them",
			"Donald Trump received Mark Carney in the Oval Office on Tuesday. After the reporters left, Trump and Carney moved to the Cabinet Room for a working lunch.",
			[]string{"Donald Trump,Mark Carney"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-06-25", tc.text)
			if got := meetingSets(a.Meetings); !slices.Equal(got, tc.want) {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestMealNamesItself checks a meal apart is named for its meal ("palace
// dinner"), so a question about the dinner finds it by that word, while
// the summit it was held around keeps its own name.
func TestMealNamesItself(t *testing.T) {
	a := extractText(t, "2025-06-25", "Mark Rutte, Keir Starmer and Emmanuel Macron met at the NATO summit in The Hague on Wednesday.\n\nRobert Fico skipped Tuesday evening's dinner. That dinner, hosted by King Willem-Alexander and Queen Máxima at the Huis ten Bosch palace, was attended by Rutte and Dick Schoof.")
	var got []string
	for _, m := range a.Meetings {
		got = append(got, m.Summary)
	}
	if !slices.Contains(got, "Huis ten Bosch palace dinner") || !slices.Contains(got, "The Hague summit") {
		t.Errorf("summaries %q, want the Hague summit and the Huis ten Bosch palace dinner", got)
	}
}
