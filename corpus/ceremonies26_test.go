package corpus

import "testing"

// TestGuestsAmongAndSeated26: the people at a ceremony told after it with
// an adverb before the cue ("were also among the guests", "were all
// seated in the second row") or placed "in the chamber", in the sentence
// or in a list after a colon, attended it; people only named in the
// chamber's debate did not.
func TestGuestsAmongAndSeated26(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-11", true, []rosterCase{
		{"also among the mourners", "The funeral ceremony for the former president was held at the cathedral in Oslo on Sunday, led by the cathedral's dean, Lena Dahl. Prime Minister Tomas Renner, Speaker Piet Vos and Governor Karl Moen were also among the mourners.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos, Tomas Renner"}, nil},
		{"was also among the guests", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. Mayor Omar Haddad was also among the guests.",
			[]string{"Omar Haddad, Rosa Vidal"}, nil},
		{"all seated", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. The banker Piet Vos, the investor Karl Moen and publisher Ana Silva were all seated in the second row.",
			[]string{"Ana Silva, Karl Moen, Piet Vos, Rosa Vidal"}, nil},
		{"in the chamber", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. Chile's Omar Haddad and Peru's Ana Silva were in the chamber.",
			[]string{"Ana Silva, Omar Haddad, Rosa Vidal"}, nil},
		{"in the chamber, then a colon list", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. Leaders from the region were in the chamber: Chile's Omar Haddad and Peru's Ana Silva, as well as King Karl Moen of Norway.",
			[]string{"Ana Silva, Karl Moen, Omar Haddad, Rosa Vidal"}, nil},
		{"debated in the chamber", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. The budget of Finance Minister Omar Haddad was debated in the chamber on Monday.",
			nil, nil},
	})
}

// TestRepresentedKin26: "X, who represented her husband, President Y" and
// "X represented his father, King Y" make Y absent, stood in for (not an
// attendee named in X's apposition); "represented her country" names no
// one absent.
func TestRepresentedKin26(t *testing.T) {
	checkMeetingCasesOn(t, "2022-09-20", true, []rosterCase{
		{"who represented her husband", "A memorial ceremony for the former king was held at the cathedral in Oslo on Monday. Prime Minister Tomas Renner sat in the front row. Ana Silva, who represented her husband, President Karl Moen, sat behind him.",
			[]string{"Ana Silva, Tomas Renner"}, map[string]string{"Karl Moen": "Ana Silva, Tomas Renner"}},
		{"represented his father", "A memorial ceremony for the former king was held at the cathedral in Oslo on Monday. Prime Minister Tomas Renner sat in the front row. Prince Omar Haddad represented his father, King Piet Vos.",
			[]string{"Omar Haddad, Tomas Renner"}, map[string]string{"Piet Vos": "Omar Haddad, Tomas Renner"}},
		{"represented her country", "A memorial ceremony for the former king was held at the cathedral in Oslo on Monday. Prime Minister Tomas Renner sat in the front row. Ana Silva represented her country, and Karl Moen sat behind her.",
			[]string{"Ana Silva, Karl Moen, Tomas Renner"}, nil},
	})
}

// TestSoDidAndRows26: an elliptical clause after an attendance cue ("; so
// did A and B", ", and so did A") puts its people there too; "were in the
// front row" and "were also in the congregation" are places in the room,
// and "was seated in the front row between A and B" seats A and B there
// as well (not "sat between A and B" at another occasion).
func TestSoDidAndRows26(t *testing.T) {
	checkMeetingCasesOn(t, "2023-05-07", true, []rosterCase{
		{"; so did", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Saturday. Ana Silva sat among the heads of delegation; so did the Danish President, Karl Moen, and Norway's Omar Haddad.",
			[]string{"Ana Silva, Karl Moen, Omar Haddad, Rosa Vidal"}, nil},
		{", and so did", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Saturday. Ana Silva attended, and so did Karl Moen.",
			[]string{"Ana Silva, Karl Moen, Rosa Vidal"}, nil},
		{"front row, as were", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Saturday. Ana Silva was in the front row, as were Karl Moen and Omar Haddad.",
			[]string{"Ana Silva, Karl Moen, Omar Haddad, Rosa Vidal"}, nil},
		{"also in the congregation", "President Rosa Vidal was sworn in at a ceremony in the cathedral on Saturday. Ana Silva and Karl Moen were also in the congregation.",
			[]string{"Ana Silva, Karl Moen, Rosa Vidal"}, nil},
		{"seated in the front row between", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Saturday. Ana Silva was seated in the front row between Karl Moen and Omar Haddad.",
			[]string{"Ana Silva, Karl Moen, Omar Haddad, Rosa Vidal"}, nil},
		{"sat between at a concert", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Saturday.\n\nAt a concert in Bergen, Ana Silva sat in the front row between Karl Moen and Omar Haddad.",
			[]string{"Ana Silva, Rosa Vidal"}, nil}, // ("sat in" puts Silva at the ceremony; her neighbours at the concert are not)
	})
}

// TestGuestListRelative26: a semicolon list of guests goes on past an
// item that ends in a relative clause ("A and B, whose attendance was
// confirmed only on the day; C of Denmark; and D"), not past a clause
// that ends the list ("; Rosa Vidal, who was ill, did not come").
func TestGuestListRelative26(t *testing.T) {
	checkMeetingCasesOn(t, "2023-06-02", true, []rosterCase{
		{"relative clause in the first item", "Prince Karl Moen married Ana Silva at a ceremony at the palace in Oslo on Thursday. Royal guests included Piet Vos and Lisa Vos, whose attendance was only confirmed on the day; Crown Prince Omar Haddad of Denmark; and Prince Tomas Renner of Monaco.",
			[]string{"Karl Moen, Lisa Vos, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
		{"relative clause in a middle item", "Prince Karl Moen married Ana Silva at a ceremony at the palace in Oslo on Thursday. Royal guests included Crown Prince Omar Haddad of Denmark; Piet Vos, who flew in from Rome; and Prince Tomas Renner of Monaco.",
			[]string{"Karl Moen, Omar Haddad, Piet Vos, Tomas Renner"}, nil}, // (read so before)
	})
}

// TestCrownStyleOneName26: an heir the article knows by one name keeps
// the whole style ("Crown Princess Kiko"), as "Queen Máxima" keeps hers;
// with a full name the style is an office ("Crown Prince Omar bin Said"
// is Omar bin Said).
func TestCrownStyleOneName26(t *testing.T) {
	a := extractText(t, "2023-06-02", "Guests at the palace included Crown Prince Haakon, Crown Princess Ingrid and Queen Sonja. Crown Prince Omar bin Said sent a message.")
	want := map[string]bool{"Crown Prince Haakon": true, "Crown Princess Ingrid": true, "Queen Sonja": true, "Omar bin Said": true}
	for _, p := range a.People {
		if !want[p.Name] {
			t.Errorf("person %q, want one of %v", p.Name, want)
		}
		delete(want, p.Name)
	}
	for n := range want {
		t.Errorf("missing person %q", n)
	}
}

// TestTheTwoPreviousSentence26: a bare "the two" refers to the two people
// the sentence before names, not to the pair of a meeting told earlier;
// with one person in the sentence before, or "the two leaders" matched by
// office, the meeting's pair stays.
func TestTheTwoPreviousSentence26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-01-21", true, []rosterCase{
		{"the two of the sentence before", "Karl Moen met Omar Haddad in Oslo on Monday.\n\nPresident Ana Silva stayed in Rome. Prime Minister Piet Vos had invited Silva personally. The two spoke by phone on Friday.",
			[]string{"Ana Silva, Piet Vos", "Karl Moen, Omar Haddad"}, map[string]string{"Ana Silva": "Karl Moen, Omar Haddad"}}, // (she "stayed in Rome")
		{"the pair, an older meeting", "Karl Moen met Omar Haddad in Oslo on Monday.\n\nThe talks came after a planned round between Lisa Dahl and Tomas Renner in Bergen was called off. The pair had met three times since April.",
			[]string{"Karl Moen, Omar Haddad", "Lisa Dahl, Tomas Renner"}, nil},
		{"one person before: the meeting's pair", "Karl Moen met Omar Haddad in Oslo on Monday.\n\nPresident Ana Silva praised the meeting. The two met again on Tuesday.",
			[]string{"Karl Moen, Omar Haddad", "Karl Moen, Omar Haddad"}, nil},
	})
}

// TestSeatNeighbours26: a guest seated "in the front section, near A and
// B", "in the front row, a few places from A" or "two rows behind A" puts
// the neighbours at the ceremony too; "sat near the door" names no one.
func TestSeatNeighbours26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-19", true, []rosterCase{
		{"near, after a place", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. Karl Moen sat in the front section reserved for heads of delegation, near Peru's President Ana Silva and Chile's President Omar Haddad.",
			[]string{"Ana Silva, Karl Moen, Omar Haddad, Rosa Vidal"}, nil},
		{"a few places from", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. Karl Moen was seated in the front row of heads of state, a few places from Chilean President Ana Silva, whose country was the host.",
			[]string{"Ana Silva, Karl Moen, Rosa Vidal"}, nil},
		{"rows behind", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. Karl Moen sat two rows behind Chilean President Ana Silva.",
			[]string{"Ana Silva, Karl Moen, Rosa Vidal"}, nil},
		{"near a thing", "President Rosa Vidal was sworn in at a ceremony in the National Assembly on Sunday. Karl Moen sat near the door.",
			[]string{"Karl Moen, Rosa Vidal"}, nil},
	})
}

// TestCaptionPresent26: a photo caption tells in the present: "A and his
// wife, B, take their seats", "Left to right: A, B and C talk among
// themselves" put them at the ceremony; "will not take their seats until"
// does not.
func TestCaptionPresent26(t *testing.T) {
	checkMeetingCasesOn(t, "2022-09-19", true, []rosterCase{
		{"take their seats", "The memorial ceremony was held at the cathedral in Oslo on Monday, led by the dean, Lisa Dahl.\n\nFrench President Karl Moen and his wife, Ana Moen, take their seats. Photograph: Jo Bloggs/PA",
			[]string{"Ana Moen, Karl Moen, Lisa Dahl"}, nil},
		{"left to right", "The memorial ceremony was held at the cathedral in Oslo on Monday, led by the dean, Lisa Dahl.\n\nLeft to right: Prime Minister Omar Haddad, Prime Minister Piet Vos and Prime Minister Tomas Renner talk in the nave before the service begins.",
			[]string{"Lisa Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
		{"will not take their seats", "The memorial ceremony was held at the cathedral in Oslo on Monday, led by the dean, Lisa Dahl.\n\nKarl Moen and Omar Haddad stayed at their hotel. They have said they will not take their seats until Piet Vos is admitted.",
			[]string{"Lisa Dahl"}, map[string]string{"Karl Moen": "Lisa Dahl", "Omar Haddad": "Lisa Dahl"}}, // (absent: "stayed at their hotel")
	})
}
