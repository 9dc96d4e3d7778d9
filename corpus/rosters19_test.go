package corpus

import "testing"

// TestDefiniteSigning19: "The document was signed at <venue>, in <part of
// the city>, by A and B" after "signed on Friday in <city> an agreement"
// is that signing told again: its signers join it, with the host of the
// ceremony, and a venue is no other city.
func TestDefiniteSigning19(t *testing.T) {
	checkMeetingCasesOn(t, "2024-04-12", true, []rosterCase{
		{"the document was signed at a venue, by", "LOME (Agencies) - The government and the rebel front signed on Friday in Lome an agreement for a 90-day truce, in a ceremony hosted by President Piet Vos.\n\nThe document was signed at the Villa Kara conference centre, on the northern edge of the capital, by Interior Minister Rosa Vidal and the front's commander, Omar Lind.",
			[]string{"Omar Lind, Piet Vos, Rosa Vidal"}, nil},
		{"the text was signed at a hotel by", "The two delegations signed an accord in Geneva on Tuesday ending three weeks of talks.\n\nThe document was signed at the Intercontinental hotel by the head of the government team, Lena Dahl, and by Tomas Reyes, the opposition's chief negotiator.",
			[]string{"Lena Dahl, Tomas Reyes"}, nil},
	})
}

// TestHeadsOfBothDelegations19: "Also present were the heads of both
// negotiating delegations, A for the government and B for the rebels, as
// well as ..." — an "-ing" word after "both" or an article is a modifier
// of the description, not a verb that ends the list.
func TestHeadsOfBothDelegations19(t *testing.T) {
	checkMeetingCasesOn(t, "2024-04-12", true, []rosterCase{
		{"heads of both negotiating delegations", "The ceasefire was signed on Friday in Lome at a ceremony hosted by President Piet Vos.\n\nAlso present were the heads of both negotiating delegations, Rosa Vidal for the government and Omar Lind for the rebels, as well as the peace commissioner, Lena Dahl.",
			[]string{"Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal"}, nil},
		{"the two opposing delegations", "President Piet Vos met Prime Minister Ines Berg in Accra on Monday. Also present were the heads of the two opposing delegations, Rosa Vidal and Omar Lind, and the central bank governor, Lena Dahl.",
			[]string{"Ines Berg, Lena Dahl, Omar Lind, Piet Vos, Rosa Vidal"}, nil},
	})
}

// TestPortfolioAfterFor19: a title's "for" may open with a place and the
// portfolio's noun ("Commissioner for Indus Waters", "Commissioner for
// Human Rights"): the name is the run after both, and a surname that is
// such a noun stays a name when no "for" comes before it.
func TestPortfolioAfterFor19(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"place and portfolio noun after for",
			"The delegation was led by Commissioner for Mekong Waters Ana Ruiz Santos. The other side was headed by Commissioner for Human Rights Omar Haddad, and Representative Lena Waters looked on.",
			"Ana Ruiz Santos, Omar Haddad, Lena Waters"},
	})
}

// TestReceivedBeforeTheTalks19: "Before the talks, X was received by Y at
// the palace on Saturday" is a reception of its own (the passive verb's
// subject is a person, not the talks), the story goes on from it rather
// than from the talks named to time it, and "Z met Y separately the same
// evening" is another encounter of that Saturday, not of the talks'
// Sunday; "a message from President W" does not seat W.
func TestReceivedBeforeTheTalks19(t *testing.T) {
	checkMeetingCasesOn(t, "2021-04-06", true, []rosterCase{
		{"received before the talks, met the same evening", "The talks, convened by President Piet Vos, opened on Sunday at the Lakeside Hotel. Egypt was represented by Foreign Minister Omar Haddad and the Sudanese side by Foreign Minister Lena Dahl.\n\nBefore the talks, Haddad was received by Vos at the presidential palace on Saturday, where he delivered a message from President Rosa Vidal. Dahl met Vos separately the same evening, according to the presidency.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos", "Lena Dahl, Piet Vos", "Omar Haddad, Piet Vos"}, nil},
	})
}

// TestMetUnder19: "The committee met on Thursday under prime minister X"
// and "under the chairmanship of X" seat the chair; a body whose
// relative clause comes before its "met" ("The National Security
// Committee, which brings together the civilian and military leadership,
// met on Thursday") is the meeting the next sentence's "among those
// present" goes on about; "under" alone is no cue ("talks under pressure").
func TestMetUnder19(t *testing.T) {
	checkMeetingCasesOn(t, "2025-04-26", true, []rosterCase{
		{"met under a titled chair", "The National Security Committee met on Thursday under prime minister Omar Haddad. Foreign minister Lena Dahl and defence minister Piet Vos were among those present.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"a relative clause before met", "The National Security Committee, which brings together the civilian and military leadership, met on Thursday under prime minister Omar Haddad. Foreign minister Lena Dahl and defence minister Piet Vos were among those present.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"under the chairmanship of", "The committee met on Thursday under the chairmanship of prime minister Omar Haddad, with foreign minister Lena Dahl attending.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestInitialsNotTitle19: "CR Patil" has initials; "Cr" in mixed case is a
// councillor's title.
func TestInitialsNotTitle19(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"CR Patil", "Water resources minister CR Patil met Cr Jane Dobson on Friday.", "CR Patil, Jane Dobson"},
	})
}

// TestAfterMeetingsWithTwo19: "X returned from Tehran ..., after meetings
// with A and B" — the subject met them both, as with one (but "after
// talks between A and B" is theirs alone).
func TestAfterMeetingsWithTwo19(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-24", true, []rosterCase{
		{"after meetings with two", "Last week the head of the agency, Piet Vos, returned from Tehran without a deal on monitoring, after meetings with nuclear chief Omar Haddad and Foreign Minister Lena Dahl.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"after talks between two", "Piet Vos returned to Vienna on Friday, after talks between Omar Haddad and Lena Dahl in Tehran.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestPartyTags19: US copy's party-and-state tags ("Speaker Kevin
// McCarthy, R-Calif., Senate Majority Leader ..., D-N.Y.,", "Sen. X,
// D-W.Va., who ...") are no one's name and no item of a list; "Staff-level
// talks" opening a sentence name no place.
func TestPartyTags19(t *testing.T) {
	checkMeetingCasesOn(t, "2023-05-09", true, []rosterCase{
		{"a list with party tags", "President Omar Haddad hosted the four top congressional leaders in the Oval Office on Tuesday. Speaker Piet Vos, R-Calif., Senate Majority Leader Lena Dahl, D-N.Y., Senate Minority Leader Rosa Vidal, R-Ky., and House Minority Leader Tomas Reyes, D-N.Y., attended.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
	})
	checkQuoteCases(t, "2023-05-09", []quoteCase{
		{"a party tag before who",
			"Sen. Ines Berg, D-W.Va., who was not invited, said the meeting was \"a lot of theater.\"",
			[]wantQuote{{"a lot of theater.", "Ines Berg", "Sen."}}},
	})
	a := extractText(t, "2023-05-09", "Staff-level talks led by Omar Haddad and Lena Dahl began Wednesday. Sen. Ines Berg, D-W.Va., said little.")
	for _, m := range a.Meetings {
		if m.Place != "" {
			t.Errorf("meeting %q has place %q, want none", m.Summary, m.Place)
		}
	}
	for _, p := range a.People {
		if p.Name != "Omar Haddad" && p.Name != "Lena Dahl" && p.Name != "Ines Berg" {
			t.Errorf("person %q, want only the three named", p.Name)
		}
	}
}

// TestRefusedToTakePart19: "refused to take part", "declined to
// participate", "chose not to take part" are absences from the meeting
// told (but "has refused to take part in the court's proceedings" names
// no meeting).
func TestRefusedToTakePart19(t *testing.T) {
	lead := "Envoy Piet Vos hosted the talks in Brussels on Thursday with President Lena Dahl and Prime Minister Omar Haddad.\n\n"
	checkMeetingCasesOn(t, "2023-09-15", true, []rosterCase{
		{"refused to take part", lead + "Prime Minister Rosa Vidal refused to take part.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, map[string]string{"Rosa Vidal": "Lena Dahl, Omar Haddad, Piet Vos"}},
		{"declined to participate", lead + "Prime Minister Rosa Vidal declined to participate.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, map[string]string{"Rosa Vidal": "Lena Dahl, Omar Haddad, Piet Vos"}},
		{"chose not to take part", lead + "Prime Minister Rosa Vidal chose not to take part.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, map[string]string{"Rosa Vidal": "Lena Dahl, Omar Haddad, Piet Vos"}},
		{"refused to take part in proceedings", lead + "Prime Minister Rosa Vidal has refused to take part in the court's proceedings since 2023.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, nil},
	})
}

// TestRoundTable19: "hosted a round table with AI companies", "a
// roundtable with suppliers" is a meeting; those who "joined by video
// link" or "took part remotely" are absences from it.
func TestRoundTable19(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-12", true, []rosterCase{
		{"a round table", "Commissioner Lena Dahl hosted a round table with AI companies at the Berlaymont on Tuesday. Executives including OpenAI's Omar Haddad and Mistral chief executive Piet Vos attended. Microsoft president Rosa Vidal took part remotely.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos"}, map[string]string{"Rosa Vidal": "Lena Dahl, Omar Haddad, Piet Vos"}},
		{"a roundtable", "Congressman Tomas Reyes held a roundtable with local suppliers, among them Ines Berg and Carla Mendes, at City Hall on Friday.",
			[]string{"Carla Mendes, Ines Berg, Tomas Reyes"}, nil},
	})
}

// TestGroupColonSemicolons19: "met in the Oval Office with the four
// congressional leaders: A; Senator B of New York, the majority leader;
// ...; and C" — the list after the group's colon runs on past its
// semicolons.
func TestGroupColonSemicolons19(t *testing.T) {
	checkMeetingCasesOn(t, "2023-06-01", true, []rosterCase{
		{"group, colon, semicolons", "On May 9, President Omar Haddad met in the Oval Office with the four congressional leaders: Piet Vos; Senator Lena Dahl of New York, the majority leader; Senator Rosa Vidal of Kentucky, the Republican leader; and Representative Tomas Reyes of New York, the House Democratic leader.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Rosa Vidal, Tomas Reyes"}, nil},
	})
}

// TestPlaceNamesNoPeople19: "Camp David", "Camp Butmir", "Lancaster
// House", "the Sheraton Hotel" name places, not people, even where a list
// of parties reads them ("a line between Camp David and the speaker's
// suite"); the people named with them stay.
func TestPlaceNamesNoPeople19(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"places", "The deal was sealed on a telephone line between Camp David and Lancaster House, where envoy Lena Dahl and adviser Piet Vos waited. Talks at Camp Butmir and at the Sheraton Hotel had failed.", "Lena Dahl, Piet Vos"},
	})
}

// TestOnHand19: "X was on hand, as was Y", "X was also on hand" seat them
// at the meeting told.
func TestOnHand19(t *testing.T) {
	lead := "President Ana Ruiz hosted Prime Minister Omar Haddad at the palace in Lisbon on Monday.\n\n"
	checkMeetingCasesOn(t, "2025-03-11", true, []rosterCase{
		{"on hand, as was", lead + "Foreign Minister Lena Dahl was on hand, as was Trade Minister Piet Vos.",
			[]string{"Ana Ruiz, Lena Dahl, Omar Haddad, Piet Vos"}, nil},
		{"also on hand", lead + "Foreign Minister Lena Dahl was also on hand.",
			[]string{"Ana Ruiz, Lena Dahl, Omar Haddad"}, nil},
	})
}
