package corpus

import "testing"

// TestRosterPhrasings13: ways of telling who was at a meeting met in the
// misses of devset32 to devset37 (released in session 13), in our own
// words: a passive "was attended by" list whose items are separated by
// semicolons; a role owned by a body whose name begins with a country's
// adjective or an organisation's name ("the president of the Chilean
// Federation of Fishermen, X", "the head of the United Nations Support
// Mission in Y, X"), which is X's role, not the country's or the UN's
// office; a session "held at the Casa Rosada" inside the city the talks
// were in; "ended on May 3 with A and B signing"; "last month's round in
// Lisbon" and "the round in Lisbon" as rounds of talks with their place.
func TestRosterPhrasings13(t *testing.T) {
	checkMeetingCasesOn(t, "2024-05-26", true, []rosterCase{
		{"attended by, semicolons", "The government and the rebels ended a new round of talks in Quito on Saturday.\n\nThe final session was attended by the head of the government team, Ana Ruiz; the peace commissioner, Kofi Mensah; Senator Lena Varga and the president of the Chilean Federation of Fishermen (Fecheps), Piotr Nowak, both members of the official team; and, for the rebels, their chief negotiator, Omar Haddad, and the commander Tomas Reyes.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"a body's president is its own person", "The talks in Quito ended on Saturday.\n\nThey were attended by the president of the Colombian Association of Coffee Growers, Piotr Nowak, and Senator Lena Varga.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"the head of a UN mission is not the UN's head", "The talks in Quito ended on Saturday with Ana Ruiz and Omar Haddad at the table.\n\nThe head of the United Nations Verification Mission in Colombia, Kofi Mensah, was also present.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"a session held at a casa in the city", "The government and the rebels closed a new round of talks in Caracas on Saturday, hosted by the foreign minister, Lena Varga.\n\nThe closing session, held at the Casa Amarilla, the foreign ministry's seat, was attended by Ana Ruiz and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad"}, nil},
		{"ended on a date with A and B signing", "The talks in Caracas closed on Saturday with Ana Ruiz and Omar Haddad at the table.\n\nThe session came three months after the previous round, which ended in Havana on Feb. 6 with Ruiz and Haddad signing an extension of the ceasefire.",
			[]string{"Ana Ruiz, Omar Haddad", "Ana Ruiz, Omar Haddad"}, nil},
		{"last month's round in a city", "Chad's President Lena Varga greeted Mali's President Ana Ruiz in Ndjamena on Sunday.\n\nLast month's round in Lisbon, which produced a framework deal on fishing rights, was the last time the two teams met face to face. Kofi Mensah and Omar Haddad were joined in the Portuguese capital by Portugal's economy minister, Piotr Nowak, who hosted the opening session at the Palacio das Necessidades.",
			[]string{"Ana Ruiz, Lena Varga", "Kofi Mensah, Omar Haddad, Piotr Nowak"}, nil},
	})
}

// TestRosterPhrasings13b: more of devset32 to devset37's ways, in our own
// words: a group named before a colon that lists its members ("together
// with the foreign ministers of the four members: A of Brazil, ..."); the
// host set off by commas ("by President X, as host, and Y"); "Among the
// leaders present ... were A; B; and C"; "participated by videoconference"
// (absent, by video); "Iran was represented by X, in place of Y, and Egypt
// by Z" (Z attends, only Y is absent); "opened on Sunday, in Rio de
// Janeiro, the 17th Summit of ..."; "did not travel to Brazil" for a
// summit in a Brazilian city; "signed what X called a historic deal",
// "put pen to paper", "witnessed by", "with X seated between them"; the
// Malay and Khmer styles before names ("Dato' Seri", "Samdech").
func TestRosterPhrasings13b(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-06", true, []rosterCase{
		{"a group before a colon", "Leaders of the bloc opened their summit in Montevideo on Friday.\n\nSitting alongside were Chile's President Ana Ruiz and Peru's President Omar Haddad, together with the foreign ministers of the four founding members: Kofi Mensah of Brazil, Lena Varga of Argentina, Piotr Nowak of Uruguay and Tomas Reyes of Paraguay.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"as host, and", "Leaders of the bloc held their summit in Montevideo on Friday.\n\nThe deal was announced at the bloc's headquarters by Uruguay's President Ana Ruiz, as host, and the chair of the commission, Omar Haddad, who flew in with his trade commissioner, Kofi Mensah.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"among the leaders present were, semicolons", "Leaders gathered for the bloc's summit in Rio de Janeiro on Sunday.\n\nAmong the leaders present at the opening plenary session were the Prime Minister of Fiji, Ana Ruiz; the President of Ghana, Omar Haddad; and the President of Chile, Kofi Mensah, who took part for the first time as the head of state of a full member.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"participated by videoconference; represented by, in place of, and another country by", "Leaders gathered for the bloc's summit in Rio de Janeiro on Sunday, hosted by President Lena Varga.\n\nPresident Piotr Nowak participated by videoconference from Moscow. Iran was represented by its foreign minister, Ana Ruiz, in place of President Omar Haddad, and Egypt by Prime Minister Kofi Mensah.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga"}, map[string]string{"Piotr Nowak": "Ana Ruiz, Kofi Mensah, Lena Varga", "Omar Haddad": "Ana Ruiz, Kofi Mensah, Lena Varga"}},
		{"opened on Sunday, in a city, the summit of", "President Lena Varga opened on Sunday (6), in Rio de Janeiro, the 17th Summit of Heads of State of the bloc, with a call for reform.\n\nPrime Minister Ana Ruiz and President Omar Haddad attended.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad"}, nil},
		{"did not travel to the country of the summit's city", "Leaders gathered for the bloc's summit in Rio de Janeiro on Sunday, hosted by President Lena Varga.\n\nChina was represented by Premier Ana Ruiz, as President Omar Haddad did not travel to Brazil.",
			[]string{"Ana Ruiz, Lena Varga"}, map[string]string{"Omar Haddad": "Ana Ruiz, Lena Varga"}},
		{"signed what he called a deal; put pen to paper; witnessed by", "President Ana Ruiz of Chad and her Nigerien counterpart Omar Haddad on Thursday signed what their host Lena Varga called a historic deal.\n\nThe two leaders put pen to paper at the institute in Washington, with Ms Varga seated between them. The ceremony was witnessed by Ghana's President Kofi Mensah and Togo's Piotr Nowak, the mediator.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"as they put pen to paper: no meeting of its own", "President Ana Ruiz and President Omar Haddad signed a peace accord in Washington on Thursday, hosted by Lena Varga.\n\nGhana's Kofi Mensah and Togo's Piotr Nowak stood behind the two presidents as they put pen to paper.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
	})
	checkMeetingCasesOn(t, "2025-12-22", true, []rosterCase{
		{"Malay and Khmer styles", "The accord was signed on October 26 by Samdech Moha Borvor Thipadei Tep Sovann and Prime Minister Ana Ruiz in Kuala Lumpur, witnessed by Dato' Seri Omar Haddad and Dato' Seri Utama Kofi Mensah.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Tep Sovann"}, nil},
	})
}

// TestApposedDay13: a weekday a sentence opens with keeps the meeting's
// day when a relative phrase stands beside it ("On Saturday (5), the day
// before the opening, X held a meeting with Y").
func TestApposedDay13(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"weekday then the day before", "On Saturday, the day before the opening, President Ana Ruiz held a bilateral meeting with Premier Omar Haddad at the old fort.", "2025-07-05"},
		{"weekday with its date in brackets", "On Saturday (5), the day before the opening, President Ana Ruiz held a bilateral meeting with Premier Omar Haddad at the old fort.", "2025-07-05"},
		{"the day before alone stays relative", "The day before the opening, President Ana Ruiz held a bilateral meeting with Premier Omar Haddad at the old fort.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-06", tc.text)
			if len(a.Meetings) != 1 {
				t.Fatalf("meetings = %d, want 1", len(a.Meetings))
			}
			if a.Meetings[0].Date != tc.want {
				t.Errorf("date = %q, want %q", a.Meetings[0].Date, tc.want)
			}
		})
	}
}

// TestRosterPhrasings13c: "In attendance at the summit, held at the State
// House, were ..." (two asides before "were"); "Vice President X; the
// foreign minister, Y, and Z, were also at the summit" (the items before a
// semicolon); "the 67th Ordinary Session of the Authority" (a session by
// name); "X on Sunday handed over the chairmanship of the Economic
// Community of West African States (ECOWAS) to Y at the end of ..." (both
// there; the short form in brackets ends no clause); "did not attend the
// closing news conference" (no absence from the meeting); "sitting across
// the table from counterparts from Britain and Japan - A and B -" (a list
// set off by spaced hyphens).
func TestRosterPhrasings13c(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-23", true, []rosterCase{
		{"in attendance at the summit, held at, were", "The bloc's leaders met for their summit in Accra on Sunday.\n\nIn attendance at the summit, held at the Jubilee House, were Presidents Ana Ruiz of Ghana, Omar Haddad of Senegal and Kofi Mensah of Liberia.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"items before a semicolon", "The bloc's leaders met for their summit in Accra on Sunday, hosted by President Lena Varga.\n\nVice President Ana Ruiz; the Minister of Foreign Affairs, Omar Haddad, and the National Security Adviser, Kofi Mensah, were also at the summit.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
		{"a session by name; handed over to at the end of it", "President Ana Ruiz on Sunday handed over the chairmanship of the Economic Community of West African States (ECOWAS) to Ghana's President, Omar Haddad, at the end of the 67th Ordinary Session of the Authority of Heads of State and Government in Abuja.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
	})
	checkMeetingCasesOn(t, "2025-05-22", true, []rosterCase{
		{"across the table from a group set off by hyphens; not at the news conference", "Group of Seven finance ministers ended three days of talks in the Canadian Rockies on Thursday.\n\nTreasury Secretary Ana Ruiz attended in person for all three days, sitting across the table from counterparts from Britain, France and Japan - Omar Haddad, Kofi Mensah and Lena Varga - several of whom had hoped to press her on tariffs.\n\nRuiz said she had made her case. She did not attend the closing news conference and flew back to Washington.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
	})
}

// TestRosterPhrasings13d: "X, who arrived on 8 October together with A
// and B"; "The mediators were A, B and C"; "X called an emergency
// meeting" (the one who called it is there); "were there, along with the
// NATO secretary general, X"; a transcript's sentences without a verb
// that seat people ("On the American side, A, B and C. Across the table,
// D and E, who is ...").
func TestRosterPhrasings13d(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-20", true, []rosterCase{
		{"arrived together with; the mediators were", "The indirect talks opened in Sharm El-Sheikh on Monday 6 October. One delegation was led by Ana Ruiz, the other by Omar Haddad, who arrived on 8 October together with the envoys Kofi Mensah and Lena Varga. The mediators were Egypt's intelligence chief Piotr Nowak and Turkey's intelligence chief Tomas Reyes.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"called an emergency meeting; were there, along with", "French President Ana Ruiz called an emergency meeting in Paris yesterday. Prime Minister Omar Haddad and Chancellor Kofi Mensah were there, along with the alliance's secretary general, Lena Varga.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
		{"called the talks a success: no host", "The talks in Paris ended yesterday with Omar Haddad and Kofi Mensah at the table. Ana Ruiz called the talks a success.",
			[]string{"Kofi Mensah, Omar Haddad"}, nil},
		{"verbless sides of a transcript", "The talks in Riyadh lasted four and a half hours.\n\nREPORTER: On the American side, Secretary of State Ana Ruiz, adviser Omar Haddad and the special envoy, Kofi Mensah. Across the table, Foreign Minister Lena Varga and Piotr Nowak, who is the president's adviser.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"on the American side with a verb: not a list", "The talks in Riyadh lasted four and a half hours, with Omar Haddad and Kofi Mensah at the table.\n\nOn the American side, Ana Ruiz said the talks had gone well.",
			[]string{"Kofi Mensah, Omar Haddad"}, nil},
	})
}

// TestRemoteParticipants13: "dialed in from New Jersey" to a call, or to a
// meeting "held entirely by video link", is taking part in it, not an
// absence; "who sat in on earlier rounds" puts no one at this one;
// "didn't take part" is an absence as "did not take part" is.
func TestRemoteParticipants13(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-07", true, []rosterCase{
		{"dialed in to a call", "Commissioner Ana Ruiz spent close to two hours on the phone with Omar Haddad and Kofi Mensah on Sunday. Haddad dialed in from New Jersey, Mensah from his office, per two people briefed on the call.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"dialled in to a meeting held by video", "The cartel's ministers agreed the delay on Thursday at a meeting held entirely by video link. Minister Ana Ruiz chaired the session from Riyadh, while Omar Haddad dialled in from Moscow.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"dialled in to a summit in a hall: by phone", "Leaders met for the summit in Rome on Thursday, hosted by Prime Minister Ana Ruiz, with President Kofi Mensah beside her. President Omar Haddad dialled in from Moscow.",
			[]string{"Ana Ruiz, Kofi Mensah"}, map[string]string{"Omar Haddad": "Ana Ruiz, Kofi Mensah"}},
	})
	checkMeetingCasesOn(t, "2025-06-28", true, []rosterCase{
		{"who sat in on earlier rounds; didn't take part", "Envoy Ana Ruiz met Commerce Secretary Omar Haddad at the Commerce Department on Friday.\n\nTreasury Secretary Kofi Mensah didn't take part this time. Lena Varga, who sat in on earlier rounds, was travelling.",
			[]string{"Ana Ruiz, Omar Haddad"}, map[string]string{"Kofi Mensah": "Ana Ruiz, Omar Haddad"}},
	})
}

// TestGroupsByRole13: "the two Federal Councillors met X" (a number, a
// capitalised modifier and a role in the plural: the two people named
// last, not a person called "Councillors"); a temple is nobody's name.
func TestGroupsByRole13(t *testing.T) {
	checkMeetingCasesOn(t, "2025-08-08", true, []rosterCase{
		{"the two Federal Councillors met", "President Ana Ruiz and Economics Minister Omar Haddad flew to Washington this week.\n\nThe two Federal Councillors met Secretary of State Kofi Mensah at the State Department on Wednesday.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"a temple is no attendee", "President Ana Ruiz hosted Prime Minister Omar Haddad in Nara on Tuesday, and the two leaders later walked through the grounds of the Todaiji Temple.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
	})
}

// TestMeetingWords13: a leaders' "retreat" is a meeting; present-tense
// timelines: "C carries messages between them",
// "A and B again talk through C" (indirect talks, the mediator there).
func TestMeetingWords13(t *testing.T) {
	checkMeetingCasesOn(t, "2025-09-12", false, []rosterCase{
		{"a retreat", "Pacific leaders held their plenary in Honiara on Wednesday.\n\nOn Thursday, Prime Minister Ana Ruiz, President Omar Haddad and Prime Minister Kofi Mensah flew to Munda for the leaders' retreat.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
	})
	checkMeetingCasesOn(t, "2025-05-24", false, []rosterCase{
		{"carries messages between them", "Following is a timeline of the talks.\n\nApril 12, 2025 - Foreign Minister Ana Ruiz and envoy Omar Haddad hold a first round in Muscat. They sit in separate rooms while Foreign Minister Kofi Mensah carries messages between them.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"talk through a mediator", "Following is a timeline of the talks.\n\nApril 19, 2025 - Foreign Minister Ana Ruiz and envoy Omar Haddad meet again, at the embassy in Rome. Ruiz and Haddad talk through Foreign Minister Kofi Mensah of Oman.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
	})
}
