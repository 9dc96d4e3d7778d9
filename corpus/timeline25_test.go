package corpus

import "testing"

// TestDayRanges25: a date written as a range of days ("May 10-11",
// "9–10 June", "March 3 – 4, 2024") dates a meeting by its first day.
func TestDayRanges25(t *testing.T) {
	checkDatedMeetings(t, "2025-11-12", []struct{ name, text, want string }{
		{"joined range after the month", "Finance Minister Lena Dahl met Deputy Premier Tomas Renner in Oslo on May 10-11 for two days of talks on tariffs.",
			"Lena Dahl, Tomas Renner @ 2025-05-10"},
		{"spaced range before the month", "On 9 – 10 June, Finance Minister Lena Dahl held talks with Deputy Premier Tomas Renner in Bergen.",
			"Lena Dahl, Tomas Renner @ 2025-06-09"},
		{"range with a year", "Finance Minister Lena Dahl and Deputy Premier Tomas Renner met in Tromso on March 3 – 4, 2024, without an agreement.",
			"Lena Dahl, Tomas Renner @ 2024-03-03"},
	})
}

// TestRestatedDate25: "spoke by phone five days later, on September 19"
// is dated by the day written out, not by the day before it; and a call
// noun after its verb ("spoke by phone") does not take the date away from
// the verb, nor does a verb in the noun's relative clause ("the
// consultation it hosted in Oslo on Dec 19"), while "The meeting followed a
// call on Wednesday" still dates the call only.
func TestRestatedDate25(t *testing.T) {
	checkDatedMeetings(t, "2025-11-14", []struct{ name, text, want string }{
		{"relative date restated", "Finance Minister Lena Dahl met Deputy Premier Tomas Renner in Oslo after the election.\n\nPresident Piet Vos and Premier Karl Moen spoke by phone five days later, on September 19.",
			"Karl Moen, Piet Vos @ 2025-09-19 | Lena Dahl, Tomas Renner @ "},
		{"a call told before the meeting's day", "Finance Minister Lena Dahl met Deputy Premier Tomas Renner in Oslo on Friday.\n\nThe meeting followed a phone call on Wednesday between President Piet Vos and Premier Karl Moen.",
			"Karl Moen, Piet Vos @ 2025-11-12 | Lena Dahl, Tomas Renner @ 2025-11-14"},
	})
	checkDatedMeetings(t, "2025-01-14", []struct{ name, text, want string }{
		{"the noun's own verb", "The ministers met in Riga on Monday.\n\nNorway, which shares a long border with Sweden, briefed the ministers on the informal consultation it hosted in Oslo on Dec 19, which was attended by Sweden's Mr Piet Vos and Finland's Mr Karl Moen, then Nordic chair, as well as senior officials from neighbouring countries.",
			"Karl Moen, Piet Vos @ 2024-12-19"},
	})
}

// TestTimelineEntries25: an explainer's timeline, one round a paragraph
// opening "Place, Date:", tells a meeting at that place on that day of the
// people its sentence opens with, or, for "The same three" or "The
// negotiators", of the people of the entry before; a heading date with no
// people ("Rome, May 3: Talks stalled") tells none.
func TestTimelineEntries25(t *testing.T) {
	const timeline = "The pact was built over five rounds.\n\n" +
		"Oslo, March 3-4: Finance Minister Lena Dahl met Deputy Premier Tomas Renner and Trade Commissioner Ana Silva for the first time.\n\n" +
		"Bergen, April 7-8: The negotiators met again at the harbour office, joined this time by Fisheries Minister Karl Moen.\n\n" +
		"Tromso, May 12: Dahl, Renner and Silva agreed to extend the pause by 60 days.\n\n" +
		"Rome, June 2: Talks stalled over quotas.\n\n" +
		"Vienna, July 20-21: With a deadline looming, the same three produced the final text.\n\n"
	checkDatedMeetings(t, "2025-11-12", []struct{ name, text, want string }{
		{"timeline of rounds", timeline + "The pact takes effect next month.",
			"Ana Silva, Karl Moen, Lena Dahl, Tomas Renner @ 2025-04-07 | Ana Silva, Lena Dahl, Tomas Renner @ 2025-03-03 | Ana Silva, Lena Dahl, Tomas Renner @ 2025-05-12 | Ana Silva, Lena Dahl, Tomas Renner @ 2025-07-20"},
	})
	a := extractText(t, "2025-11-12", timeline)
	places := map[string]bool{}
	for _, m := range a.Meetings {
		places[m.Place] = true
	}
	for _, p := range []string{"Oslo", "Tromso", "Vienna"} {
		if !places[p] {
			t.Errorf("no meeting placed in %s: %v", p, places)
		}
	}
	if places["Rome"] {
		t.Errorf("a meeting in Rome, whose entry names no one")
	}
}
