package corpus

import (
	"strings"
	"testing"
)

// TestForeignHonorifics17: "Herr", "Frau", "Monsieur", "Madame",
// "Signor", "Senhora" are honorifics before a name (the period press
// wrote "Herr Schmidt"), never part of it.
func TestForeignHonorifics17(t *testing.T) {
	checkQuoteCases(t, "1975-07-31", []quoteCase{
		{"Herr",
			"Yesterday he had two hours with Herr Klaus Weber, the party leader.\n\n\"We must keep talking,\" said Herr Klaus Weber.",
			[]wantQuote{{"We must keep talking", "Klaus Weber", ""}}},
		{"Madame",
			"\"Nothing is settled,\" Madame Sylvie Morel told reporters.",
			[]wantQuote{{"Nothing is settled", "Sylvie Morel", ""}}},
		{"Senhora",
			"\"The door is open,\" said Senhora Ana Costa, the mayor.",
			[]wantQuote{{"The door is open", "Ana Costa", "mayor"}}},
	})
}

// TestDesignateTitles17: "Prime Minister-designate" and a Knesset
// member's "MK" are titles before a name, never part of it.
func TestDesignateTitles17(t *testing.T) {
	checkQuoteCases(t, "2022-12-09", []quoteCase{
		{"Minister-designate",
			"\"The talks are going well, but we need more days,\" Prime Minister-designate Avi Levran said.",
			[]wantQuote{{"The talks are going well, but we need more days", "Avi Levran", "Prime Minister-designate"}}},
		{"MK",
			"\"We were not consulted,\" MK Dalia Shaked told the radio.",
			[]wantQuote{{"We were not consulted", "Dalia Shaked", ""}}},
	})
}

// TestPoolPOTUS17: a White House pool report's "POTUS" is the US
// president of the story's day, as speaker and as attendee.
func TestPoolPOTUS17(t *testing.T) {
	checkQuoteCases(t, "2019-08-25", []quoteCase{
		{"POTUS said",
			"Pool report #3\n\nPOTUS met the prime minister at 9:20 for a working breakfast.\n\nPOTUS opened by praising his counterpart. \"He's going to be a fantastic prime minister,\" POTUS said.",
			[]wantQuote{{"He's going to be a fantastic prime minister", "Donald Trump", ""}}},
	})
	checkQuoteCases(t, "2023-06-02", []quoteCase{
		{"POTUS in another term",
			"\"We got it done,\" POTUS told the pool aboard Air Force One.",
			[]wantQuote{{"We got it done", "Joe Biden", ""}}},
	})
	checkMeetingCasesOn(t, "2019-08-25", true, []rosterCase{
		{"POTUS met", "POTUS met Japanese Prime Minister Shinzo Abe at 11:41 in a meeting room at the conference center.",
			[]string{"Donald Trump, Shinzo Abe"}, nil},
	})
}

// TestPersonInitials17: "Mohammed bin Salman (MBS)" goes by his initials
// after: "MBS said" is his quote and "MBS hosted" his meeting; initials
// that do not spell the name ("(CEO)") name no one.
func TestPersonInitials17(t *testing.T) {
	text := "Saudi Crown Prince Mohammed bin Salman (MBS) met President Lena Dahl in Riyadh on Monday.\n\n\"We are ready to invest in a lasting peace for the region,\" MBS said after the talks."
	checkQuoteCases(t, "2025-11-18", []quoteCase{
		{"MBS said", text, []wantQuote{{"We are ready to invest in a lasting peace for the region", "Mohammed bin Salman", ""}}},
		{"initials that spell no one", "Omar Haddad (CEO) spoke first.\n\n\"We will not sign this year,\" CEO said.", []wantQuote{{"We will not sign this year", "", ""}}},
	})
	checkMeetingCasesOn(t, "2025-11-18", true, []rosterCase{
		{"MBS hosted", text + "\n\nLater MBS hosted a dinner for Dahl and Foreign Minister Omar Haddad.",
			[]string{"Lena Dahl, Mohammed bin Salman", "Lena Dahl, Mohammed bin Salman, Omar Haddad"}, nil},
	})
}

// TestDepartmentNamesNotPeople18: the parts of a ministry's name listed
// with commas — "the Department of Water Resources, River Development and
// Ganga Rejuvenation", "the Ministry of Energy, Water Resources and
// Irrigation" — and a project's name are not people; "Joint-secretary" is
// a title.
func TestDepartmentNamesNotPeople18(t *testing.T) {
	a := extractText(t, "2025-03-14", "The meeting was co-chaired by Lena Dahl, secretary at the Ministry of Energy, Water Resources and Irrigation, and Piet Vos, secretary at the Department of Water Resources, River Development and Coastal Rejuvenation.\n\nThe meeting was attended by Joint-secretary Rosa Vidal. They discussed the Kaligandaki Multipurpose Project and the Office of Foreign Relations.")
	var got []string
	for _, p := range a.People {
		got = append(got, p.Name)
	}
	want := "Lena Dahl, Piet Vos, Rosa Vidal"
	if strings.Join(got, ", ") != want {
		t.Errorf("people = %q, want %s", got, want)
	}
}

// TestBodyChiefAndPlatformX18: "the IAEA chief said" is the head of the
// body the gazetteer knows, as "the Kremlin chief" was; "on X." is the
// platform and a full stop, not an initial joined to the next sentence's
// name.
func TestBodyChiefAndPlatformX18(t *testing.T) {
	checkQuoteCases(t, "2024-05-08", []quoteCase{
		{"the IAEA chief said", "Rafael Grossi arrived in Tehran on Monday for talks.\n\n\"We are entering a new phase,\" the IAEA chief said.",
			[]wantQuote{{"We are entering a new phase", "Rafael Grossi", ""}}},
		{"on X. Name told reporters", "Lena Dahl called it a \"great meeting\" on X. Vos told reporters afterward he thought the two would \"make some good deals.\"\n\nPrime Minister Piet Vos flew home on Sunday.",
			[]wantQuote{{"make some good deals.", "Piet Vos", ""}}},
	})
}

// TestOwnedWords18: "One official recalled Vos's reply: “…”" quotes Vos,
// whose reply it was, not the official who recalls it.
func TestOwnedWords18(t *testing.T) {
	checkQuoteCases(t, "2025-03-05", []quoteCase{
		{"recalled X's reply:", "Envoy Piet Vos flew to Jerusalem on Friday.\n\nAides had told Vos's team that the prime minister does not take meetings on Saturdays. One official recalled Vos's reply: \"I'm landing on Saturday and I'll see him on Saturday.\"",
			[]wantQuote{{"I'm landing on Saturday and I'll see him on Saturday.", "Piet Vos", ""}}},
		{"quoted X's answer:", "Minister Lena Dahl met the strikers on Monday.\n\nA union official quoted Dahl's answer: \"The budget is closed for this year.\"",
			[]wantQuote{{"The budget is closed for this year.", "Lena Dahl", ""}}},
	})
}

// TestPortfolioWordsNotNames18: the last word of a portfolio after a
// title word ("the Minister of Budget and Economic Planning", "of
// Information and National Orientation", "for Reconciliation and Civic
// Equality") is no one's surname, and "Senior Assistant" is a role.
func TestPortfolioWordsNotNames18(t *testing.T) {
	a := extractText(t, "2024-07-12", "The President met the labour leaders on Thursday. Present were the Minister of Budget and Economic Planning, Lena Dahl; the Minister of Information and National Orientation, Piet Vos; State Minister for Reconciliation and Civic Equality Rosa Vidal; and Omar Lind, Senior Assistant to the Foreign Minister.")
	var got []string
	for _, p := range a.People {
		got = append(got, p.Name)
	}
	if want := "Lena Dahl, Piet Vos, Rosa Vidal, Omar Lind"; strings.Join(got, ", ") != want {
		t.Errorf("people = %q, want %s", got, want)
	}
}
