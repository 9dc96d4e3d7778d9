package corpus

import "testing"

// TestParticipialAsideInList25: a participle clause remarking on one
// person of a list ("Sweden's Tomas Renner, attending what is likely to
// be his last summit before retiring, Denmark's Omar Haddad, ...") does
// not end the list.
func TestParticipialAsideInList25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"an aside inside the list", "Regional leaders met in Oslo on Monday for the annual summit.\n\nThose in attendance included Norway's Prime Minister Lena Dahl, Sweden's Tomas Renner, attending what is likely to be his final summit before retiring, Denmark's Omar Haddad, Finland's Ines Berg and Iceland's Piet Vos.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
		{"including goes on with the list", "Regional leaders met in Oslo on Monday for the annual summit.\n\nThose in attendance were Norway's Prime Minister Lena Dahl, Sweden's Tomas Renner, and several ministers, including Denmark's Omar Haddad.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestStatesLedByAbsent25: "The three northern states, led by General A,
// Colonel B and General C, were not represented" puts all three leaders
// away from the summit (not the last one only, and not the first two at
// it through "led by", which here names who rules the states).
func TestStatesLedByAbsent25(t *testing.T) {
	const opening = "Regional leaders met in Oslo on Monday for the annual summit, chaired by Prime Minister Lena Dahl and attended by President Karl Moen.\n\n"
	all := map[string]string{"Tomas Renner": "Karl Moen, Lena Dahl", "Omar Haddad": "Karl Moen, Lena Dahl", "Piet Vos": "Karl Moen, Lena Dahl"}
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"not represented", opening + "The three northern states, led by General Tomas Renner, Colonel Omar Haddad and General Piet Vos, were not represented.",
			[]string{"Karl Moen, Lena Dahl"}, all},
		{"did not attend", opening + "The three juntas, led by General Tomas Renner, Colonel Omar Haddad and General Piet Vos, did not attend.",
			[]string{"Karl Moen, Lena Dahl"}, all},
	})
}

// TestWestAfricanStyles25: "Mallam" before a name is an honorific, not
// part of it; "Fall" after a first name is a surname, not the season;
// "Conseil du ..." and a ministry's "... Abroad" name no one.
func TestWestAfricanStyles25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-16", true, []rosterCase{
		{"Mallam", "Talks on the border opened in Vadum on Thursday.\n\nThe delegation was led by the National Security Adviser, Mallam Tomas Renner, and included the customs chief, Omar Haddad.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
		{"Fall", "On Thursday, Envoy Lena Dahl met the foreign ministers of the bloc in Vadum: Tomas Renner and Omar Haddad. Westmark's foreign minister, Ines Fall, was expected but sent her deputy instead.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, map[string]string{"Ines Fall": "Lena Dahl, Omar Haddad, Tomas Renner"}},
		{"Conseil du", "Osterland's Cocoa Board (OCB) and Westmark's Conseil du Café-Cacao (CCC) on Tuesday held a meeting in Accra.\n\nThe meeting was co-chaired by the head of the OCB, Tomas Renner, and the head of the CCC, Omar Haddad.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
	})
	checkQuoteCases(t, "2025-05-16", []quoteCase{
		{"Mallam",
			"\"We came with a clear message,\" Mallam Omar Haddad said.",
			[]wantQuote{{"We came with a clear message", "Omar Haddad", ""}}},
	})
	a := extractText(t, "2025-02-13", "Mr Piet Vos, Minister of Foreign Affairs, Cooperation and Westmarkers Abroad, met Lena Dahl on Thursday.")
	for _, p := range a.People {
		if p.Name == "Westmarkers Abroad" {
			t.Errorf("people %v: a ministry's portfolio is no one", a.People)
		}
	}
}

// TestProtocolAudience25: a presidency's release "received in audience
// this Thursday at the Palais de Vadum a ministerial delegation", its
// members listed by semicolons and others "in the presence of"; "the Head
// of State" after is the president named at its top, on a call of his own;
// "the President of the Commission" is the one whose role names it.
func TestProtocolAudience25(t *testing.T) {
	const release = "Vadum, 13 February 2025 – His Excellency Mr Karl Moen, President of the Republic, received in audience this Thursday at the Palais de Vadum a ministerial delegation of the Northern Union.\n\n" +
		"The delegation was composed of Mr Tomas Renner, Minister of Foreign Affairs of the Republic of Osterland; Mr Omar Haddad, Minister of Foreign Affairs and Cooperation of Westmark; and Mr Piet Vos, Minister of Foreign Affairs of the Republic of Nordia.\n\n" +
		"The audience took place in the presence of Professor Lena Dahl, Minister of Foreign Affairs and Integration, and of General Ines Berg, Minister of Security.\n\n"
	checkMeetingCasesOn(t, "2025-02-13", true, []rosterCase{
		{"received in audience", release + "Discussions focused on trade.",
			[]string{"Ines Berg, Karl Moen, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
		{"the Head of State on a call", release + "On Friday, the Head of State had a telephone conversation with His Excellency Mr Rosa Vidal, President of the Republic of Sorland.",
			[]string{"Ines Berg, Karl Moen, Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner", "Karl Moen, Rosa Vidal"}, nil},
	})
	checkQuoteCases(t, "2025-02-13", []quoteCase{
		{"the President of the Commission",
			release + "On Wednesday, the Head of State received in audience Dr Ana Silva, President of the Northern Commission.\n\nOn that occasion, the President of the Commission welcomed «the patience and the wisdom of the mediation».",
			[]wantQuote{{"the patience and the wisdom of the mediation", "Ana Silva", ""}}},
	})
}

// TestMadeTheTrip25: "only a handful of leaders — A, B and C among them
// — made the trip" names those at the meeting; "Not every leader made the
// trip" names no one away.
func TestMadeTheTrip25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"made the trip", "When Karl Moen hosted the anniversary ceremony in Bergen on May 28, only a handful of leaders — Tomas Renner, Omar Haddad and Ines Berg among them — made the trip.",
			[]string{"Ines Berg, Karl Moen, Omar Haddad, Tomas Renner"}, nil},
		{"not every leader made the trip", "Karl Moen met Tomas Renner in Bergen on Sunday.\n\nNot every leader made the trip.",
			[]string{"Karl Moen, Tomas Renner"}, nil},
	})
}

// TestPlansNotTold25: "leaders meet in Oslo next month" is a plan, and
// "He should spend more time on the road, with A and B beside him" a
// wish: neither tells a meeting or who was at one.
func TestPlansNotTold25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-24", true, []rosterCase{
		{"meet next month", "Lena Dahl meets Tomas Renner in Oslo next month.",
			nil, nil},
		{"should, with them beside him", "Karl Moen hosted Tomas Renner in Bergen on May 2.\n\nRenner has a year. He should spend more of it on the road to Oslo, with Lena Dahl and Omar Haddad beside him.",
			[]string{"Karl Moen, Tomas Renner"}, nil},
	})
}
