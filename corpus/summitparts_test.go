package corpus

import (
	"strings"
	"testing"
)

// TestJoinedForSessionOfSummit checks that "joined the leaders for the
// morning session of the summit" tells one meeting, with the person who
// joined it and its chair, not three of one person each.
func TestJoinedForSessionOfSummit(t *testing.T) {
	const chair = ", chaired by Council President Lena Varga."
	checkMeetingCases(t, false, []rosterCase{
		{"for the morning session of the summit", "Chad's President Omar Haddad joined the leaders for the morning session of the summit" + chair,
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"for the opening session", "Chad's President Omar Haddad joined the 27 leaders for the opening session" + chair,
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"for the session of the summit", "Chad's President Omar Haddad joined the leaders in person for the session of the summit" + chair,
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"joined a party, no session", "Chad's President Omar Haddad joined the ruling party for the first time" + chair,
			nil, nil},
	})
}

// TestToldTheLeaders checks a speaker who "told the leaders" or
// "addressed the summit" of the meeting told: there, unless the words
// came from afar (a letter, a video) or went to another audience ("the
// leaders of Congress", in another city).
func TestToldTheLeaders(t *testing.T) {
	const summit = "European leaders met for a summit in Lome on Thursday, chaired by Council President Lena Varga and attended by Chad's President Omar Haddad. "
	checkMeetingCases(t, false, []rosterCase{
		{"told the leaders", summit + "Finland's Prime Minister Piotr Nowak, who holds the rotating presidency, told the leaders the clock was ticking.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"told fellow leaders", summit + "Finland's Prime Minister Piotr Nowak told fellow leaders that time was short.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"addressed the summit", summit + "Finland's Prime Minister Piotr Nowak addressed the summit after lunch.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"in a letter", summit + "Finland's Prime Minister Piotr Nowak told the leaders in a letter that he was ill.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"by video", summit + "Finland's Prime Minister Piotr Nowak addressed the summit by video from Helsinki.",
			[]string{"Lena Varga, Omar Haddad"}, map[string]string{}},
		{"the leaders of another body, elsewhere", summit + "In Accra, Ghana's President Tomas Berg told the leaders of parliament that he was ready.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
	})
}

// TestSidelinesDateAndPlace checks a meeting told "On the sidelines" of
// the story's one-day summit: that day and place; of a two-day one, the
// place only (see TestMeetingPatterns).
func TestSidelinesDateAndPlace(t *testing.T) {
	a := extractText(t, "2025-07-03", "Leaders of the bloc met for a summit in Lome on Thursday, chaired by Council President Lena Varga and attended by Chad's President Omar Haddad.\n\nOn the margins, Ghana's President Tomas Berg met Niger's President Piotr Nowak for breakfast.")
	if m, ok := meetingAt(a.Meetings, "2025-07-03", "Lome"); !ok || len(a.Meetings) != 2 {
		t.Fatalf("meetings %+v, want two in Lome on 2025-07-03", a.Meetings)
	} else if names(m.Attendees)[0] != "Lena Varga" {
		t.Errorf("first meeting %+v", m)
	}
	for _, m := range a.Meetings {
		if m.Date != "2025-07-03" || m.Place != "Lome" {
			t.Errorf("meeting %q on %q at %q, want 2025-07-03 in Lome", m.Summary, m.Date, m.Place)
		}
	}
}

// TestJoinedForPartIsTheMeetingUnderWay checks "X joined for the
// afternoon session" with no one joined: X came to the meeting told, it
// is no meeting of X's own.
func TestJoinedForPartIsTheMeetingUnderWay(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"joined for the afternoon session", meetLede + "Trade Minister Piotr Nowak joined for the afternoon session on tariffs.\n\nAcross the table from them were Lena Varga and Tomas Berg.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil, Tomas Berg"}, nil},
	})
}

// TestMovedToAnExpandedSession checks "before moving to an expanded
// session, where X was flanked by A and B": the same meeting, so A and B
// are at it; "a separate session" stays apart.
func TestMovedToAnExpandedSession(t *testing.T) {
	const met = "Togo's President Lena Varga welcomed Ghana's President Omar Haddad to her official residence in Lome on Saturday. "
	checkMeetingCases(t, false, []rosterCase{
		{"moving to an expanded session", met + "The two leaders met alone for 40 minutes before moving to an expanded session, where Varga was flanked by Foreign Minister Piotr Nowak and Trade Minister Sara Khalil.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"went into a plenary session", met + "They then went into a plenary session, where Haddad was flanked by Foreign Minister Piotr Nowak and Trade Minister Sara Khalil.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
	})
	a := extractText(t, "2025-07-03", met)
	if len(a.Meetings) != 1 || a.Meetings[0].Place != "Lome" {
		t.Errorf("welcomed to her official residence in Lome: meetings %+v, want one in Lome", a.Meetings)
	}
}

// TestNumberTenAndSummaryNames checks "at No 10" is Downing Street (not a
// place called "No"), and a meeting's short name gives each surname once
// and a king his name, not his number.
func TestNumberTenAndSummaryNames(t *testing.T) {
	a := extractText(t, "2025-07-10", "Keir Starmer and Emmanuel Macron held talks at No 10 on Thursday.")
	if len(a.Meetings) != 1 || a.Meetings[0].Place != "Downing Street" {
		t.Errorf("at No 10: meetings %+v, want one at Downing Street", a.Meetings)
	}
	a = extractText(t, "2025-07-08", "King Charles III received Emmanuel Macron and Brigitte Macron at Windsor Castle on Tuesday.")
	if len(a.Meetings) != 1 || a.Meetings[0].Summary != "Windsor Castle meeting" && a.Meetings[0].Summary != "Charles–Macron meeting" {
		t.Errorf("meetings %+v, want one named for its place or as Charles–Macron", a.Meetings)
	}
	a = extractText(t, "2025-08-23", "Shigeru Ishiba met Lee Jae-myung on Saturday.")
	if len(a.Meetings) != 1 || a.Meetings[0].Summary != "Ishiba–Lee meeting" {
		t.Errorf("meetings %+v, want Ishiba–Lee meeting", a.Meetings)
	}
	a = extractText(t, "2025-07-08", "King Charles III met Emmanuel Macron and Brigitte Macron on Tuesday.")
	if len(a.Meetings) != 1 || a.Meetings[0].Summary != "Charles–Macron meeting" {
		t.Errorf("meetings %+v, want Charles–Macron meeting", a.Meetings)
	}
}

// TestRegionAdjectiveIsNoPlace checks "a Southeast Asian summit", "a
// European meeting": what kind of meeting, not where it was.
func TestRegionAdjectiveIsNoPlace(t *testing.T) {
	for _, text := range []string{
		"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak on the sidelines of a Southeast Asian summit on Tuesday.",
		"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak at a European meeting on Tuesday.",
	} {
		a := extractText(t, "2025-07-03", text)
		for _, m := range a.Meetings {
			if strings.Contains(m.Place, "Asian") || strings.Contains(m.Place, "European") {
				t.Errorf("%q: place %q", text, m.Place)
			}
		}
	}
}

// TestLooksForwardAndEarlierOrdinalRound checks "looks forward to
// attending the summit in Tianjin" is planned (no meeting), and "Earlier
// on Tuesday, A and B held the 24th round of talks" is a meeting apart
// from the story's, whose later "Also attending the talks were …" joins it.
func TestLooksForwardAndEarlierOrdinalRound(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"looks forward to attending", "Ghana's President Omar Haddad met Togo's Foreign Minister Lena Varga in Accra on Tuesday. Haddad said Ghana looks forward to attending the regional summit in Lome.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"earlier, an ordinal round", "Ghana's President Omar Haddad met Togo's Foreign Minister Lena Varga in Accra on Tuesday.\n\nEarlier on Tuesday, Varga and Ghana's security adviser Piotr Nowak held the 24th round of border talks at the Castle.\n\nAlso attending the border talks were envoy Sara Khalil and ambassador Tomas Berg.",
			[]string{"Lena Varga, Omar Haddad", "Lena Varga, Piotr Nowak, Sara Khalil, Tomas Berg"}, nil},
	})
}

// TestNameTailIsNoPlace checks the tail of an organisation's name before
// a meeting noun ("the Association of Southeast Asian Nations meeting")
// is no place.
func TestNameTailIsNoPlace(t *testing.T) {
	a := extractText(t, "2025-10-26", "Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak on Sunday at the opening of the Association of Sahel Nations meeting.")
	for _, m := range a.Meetings {
		if strings.Contains(m.Place, "Nations") {
			t.Errorf("place %q, the tail of a name", m.Place)
		}
	}
}

// TestFutureJourney checks a meeting someone "will travel to" or is "due
// to attend" is planned and leaves no one of its clause at a meeting,
// while a journey told in the past, or "will" and a time in a relative
// aside about a person ("X, who will retire next year, met Y"), does not.
func TestFutureJourney(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"will travel to the leaders' meeting", "Ghana's President Omar Haddad met Togo's Foreign Minister Lena Varga in Accra on Tuesday.\n\nHaddad will travel to the Sahel leaders' meeting in Niamey next week, where he hopes to meet Niger's President Piotr Nowak.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"is due to attend the summit", "Ghana's President Omar Haddad met Togo's Foreign Minister Lena Varga in Accra on Tuesday.\n\nVarga is due to also attend the regional summit in Lome with Benin's envoy Sara Khalil.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"travelled to the summit (past)", "Ghana's President Omar Haddad travelled to the regional summit in Lome on Tuesday and met Togo's Foreign Minister Lena Varga there.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"will in the clause before", "Ghana's President Omar Haddad, who will retire next year, met Togo's Foreign Minister Lena Varga at the regional summit in Lome on Tuesday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
	})
}

// TestPlaceParticles checks place names joined by a lower-case particle
// ("Dar es Salaam", "Huis ten Bosch") are read whole, as the meeting's
// place, and their first word is no person, even one the gazetteer knows
// by that surname.
func TestPlaceParticles(t *testing.T) {
	for _, tc := range []struct{ text, place string }{
		{"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak in Dar es Salaam on Tuesday.", "Dar es Salaam"},
		{"King Willem-Alexander hosted Chad's Foreign Minister Lena Varga and Niger's Defence Minister Piotr Nowak at a dinner at the Huis ten Bosch palace on Tuesday.", "Huis ten Bosch palace"},
		{"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak in Geneva ten days ago.", "Geneva"},
	} {
		a := extractText(t, "2025-07-03", tc.text)
		if len(a.Meetings) != 1 || a.Meetings[0].Place != tc.place {
			t.Errorf("%q: meetings %+v, want one at %q", tc.text, a.Meetings, tc.place)
		}
		for _, p := range a.People {
			if p.Name == "Ishaq Dar" {
				t.Errorf("%q: %q read as a person", tc.text, p.Name)
			}
		}
	}
}

// TestCalledOffAndWouldHave checks a meeting whose clause, after a
// relative aside, calls it off is no meeting, and people a cancelled
// lunch "would have included" attend nothing; an aside that says who
// the delegation included, and talks held after the aside, stay.
func TestCalledOffAndWouldHave(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"talks, which …, were cancelled", "The talks between Ghana's President Omar Haddad and Togo's President Lena Varga, which diplomats had prepared for weeks, were cancelled on Tuesday.",
			nil, nil},
		{"talks, which …, were held", "The talks between Ghana's President Omar Haddad and Togo's President Lena Varga, which diplomats had prepared for weeks, were held on Tuesday in Lome.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"would have included", "Ghana's President Omar Haddad met Togo's President Lena Varga at the regional summit in Lome on Tuesday. A working lunch with the wider delegations, which would have included Ghana's finance minister Piotr Nowak and Togo's trade minister Sara Khalil, was cancelled.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"the delegation included", "Ghana's President Omar Haddad met Togo's President Lena Varga at the regional summit in Lome on Tuesday. Ghana's delegation included finance minister Piotr Nowak and trade minister Sara Khalil.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
	})
}

// TestWithEachLeadingAndJoinedAt checks ", with A leading the American
// side and B heading Kyiv's delegation" puts both at the meeting, and
// "C and D joined A at the mission" puts the joiners there with A; near
// misses: "B heading to Scotland", "joined A by phone", "joined A in
// calling for a truce".
func TestWithEachLeadingAndJoinedAt(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"with A leading and B heading", "Ghanaian and Togolese officials met in Accra on Sunday, with Foreign Minister Lena Varga leading the Ghanaian side and Piotr Nowak heading Togo's delegation.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"B heading to a place", "Ghana's Foreign Minister Lena Varga met Togo's envoy Piotr Nowak in Accra on Sunday, with Varga leading the Ghanaian side and President Omar Haddad heading to Lome.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"joined A at the mission", "Ghana's Foreign Minister Lena Varga met Togo's envoy Piotr Nowak in Accra on Sunday.\n\nTrade Minister Sara Khalil and adviser Tomas Berg joined Varga at the Ghanaian mission.",
			[]string{"Lena Varga, Piotr Nowak, Sara Khalil, Tomas Berg"}, nil},
		{"joined A by phone", "Ghana's Foreign Minister Lena Varga met Togo's envoy Piotr Nowak in Accra on Sunday.\n\nTrade Minister Sara Khalil joined Varga by phone from Lome.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"joined A's team", "Ghana's Foreign Minister Lena Varga met Togo's envoy Piotr Nowak in Accra on Sunday.\n\nAdviser Sara Khalil, who joined President Omar Haddad's team in 2019, said the talks went well.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"joined A in calling for", "Ghana's Foreign Minister Lena Varga met Togo's envoy Piotr Nowak in Accra on Sunday.\n\nTrade Minister Sara Khalil joined Varga in calling for a truce.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
	})
}
