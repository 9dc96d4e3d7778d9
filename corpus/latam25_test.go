package corpus

import (
	"slices"
	"testing"
)

// TestSpanishTitles25: "Canciller Omar Haddad" and "Presidenta Lena
// Dahl" are a title and a name, as "Foreign Minister Omar Haddad" is.
func TestSpanishTitles25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"canciller before the name", "Presidenta Lena Dahl received Tomas Renner at the palace on Wednesday, flanked by Canciller Omar Haddad.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
	})
	checkQuoteCases(t, "2025-06-25", []quoteCase{
		{"canciller speaking", "Tomas Renner met Piet Vos in Lima on Monday.\n\n\"We found a common path,\" Canciller Omar Haddad said afterwards.",
			[]wantQuote{{"We found a common path", "Omar Haddad", "Canciller"}}},
	})
}

// TestLegalNameOnce25: a nom de guerre with the legal name printed once
// ("whose real name is ...", "his legal name is ...") is one person, known
// by the name the article uses; the "he said" after it is that person.
func TestLegalNameOnce25(t *testing.T) {
	checkQuoteCases(t, "2025-06-25", []quoteCase{
		{"his legal name is",
			"Lena Dahl met the rebel commander Piet Vos on Monday. Vos, who seldom appears in public, spoke for an hour. According to the police, his legal name is Karl Moen Berg.\n\n\"We came to talk, not to surrender,\" he said.",
			[]wantQuote{{"We came to talk, not to surrender", "Piet Vos", ""}}},
		{"whose real name is",
			"Lena Dahl met the rebel commander Piet Vos on Monday. He spoke first. Vos, whose real name is Karl Moen Berg, was brief.\n\n\"We came to talk, not to surrender,\" he said.",
			[]wantQuote{{"We came to talk, not to surrender", "Piet Vos", ""}}},
	})
}

// TestLegalNameNoPerson25: the legal name printed once after "whose real
// name is" lists no person of its own.
func TestLegalNameNoPerson25(t *testing.T) {
	a := extractText(t, "2025-06-25", "Lena Dahl met the rebel commander Piet Vos on Monday. Vos, whose real name is Karl Moen Berg, was flanked by Ana Silva.")
	got := names(a.People)
	if slices.Contains(got, "Karl Moen Berg") || !slices.Contains(got, "Piet Vos") {
		t.Errorf("people = %v, want Piet Vos and no Karl Moen Berg", got)
	}
}

// TestFirstFamilyName25: "Vidal" after "Tomas Vidal Moreno" (two family
// names, known by the first) and a later "Rosa Vidal, his sister" is
// still Tomas Vidal Moreno; the dinner "the night before" with the same
// people is a meeting of its own.
func TestFirstFamilyName25(t *testing.T) {
	const text = "The accord was signed on Tuesday by Tomas Vidal Moreno, who heads the government team, and Lena Dahl, in the presence of Piet Vos.\n\n\"We keep our word,\" Vidal said at the ceremony.\n\nThe night before the signing, Vos hosted Vidal and Dahl at a dinner at his residence.\n\nThe president said Vice President Rosa Vidal, Tomas Vidal's sister, would lead a commission to apply it."
	checkQuoteCases(t, "2025-06-25", []quoteCase{
		{"first family name speaks", text,
			[]wantQuote{{"We keep our word", "Tomas Vidal Moreno", ""}}},
	})
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"signing and the dinner before it", text,
			[]string{"Lena Dahl, Piet Vos, Tomas Vidal Moreno", "Lena Dahl, Piet Vos, Tomas Vidal Moreno"}, nil},
	})
}

// TestRecalledPeriodBefore25: "In March 2022, X flew to the capital with
// Y and met Z at the palace" and "were last at the palace in October,
// when they met Z" tell an earlier meeting at the place of today's, not
// today's.
func TestRecalledPeriodBefore25(t *testing.T) {
	checkMeetingCasesOn(t, "2023-12-21", true, []rosterCase{
		{"fronted month and year", "President Lena Dahl received Tomas Renner at the palace on Wednesday night.\n\nIn March 2022, shortly after the war began, Piet Vos flew to the capital with Karl Moen, the envoy for hostages, and met Dahl at the palace.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
	})
	checkMeetingCasesOn(t, "", true, []rosterCase{
		{"month before a when-clause, undated copy", "LIMA (AFP) - President Lena Dahl received a high-level delegation led by Secretary of State Tomas Renner on Wednesday for talks on a surge of migrants at the shared border.\n\nRenner was accompanied by Security Secretary Piet Vos. Foreign Minister Ana Silva sat on the other side of the table at the National Palace, according to photos released by the presidency.\n\nRenner, Vos and Attorney General Karl Moen were last at the National Palace in October for the annual security dialogue, when they met Dahl and her security cabinet to discuss trafficking.",
			[]string{"Ana Silva, Lena Dahl, Piet Vos, Tomas Renner", "Karl Moen, Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestTravelCompanions25: "Vos flew to Lima with Moen and met Dahl" puts
// the traveller and those he travelled with at the meeting, the list of
// companions running up to the "and" of the meeting verb.
func TestTravelCompanions25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"one companion", "Piet Vos flew to Lima with Karl Moen and met Lena Dahl on Monday.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos"}, nil},
		{"companions with roles", "Piet Vos flew to Lima on Monday with Karl Moen, the envoy for hostages, and Ana Silva, the ambassador, and met Lena Dahl at the palace.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Piet Vos"}, nil},
	})
}

// TestPortfolioOfPeoples25: "Minister of Indigenous Peoples, Ana Silva"
// names a portfolio, then the minister; the portfolio is no one.
func TestPortfolioOfPeoples25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"portfolio then appositive name", "President Lena Dahl met Tomas Renner on Monday. Its Minister of Indigenous Peoples, Ana Silva, also took part in the talks.",
			[]string{"Ana Silva, Lena Dahl, Tomas Renner"}, nil},
		{"portfolio then name", "President Lena Dahl met Tomas Renner on Monday. Minister of Indigenous Peoples Ana Silva also took part in the talks.",
			[]string{"Ana Silva, Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestNoWalkoutNoAsideNegation25: "walked into the palace ... and walked
// out talking about partnership" ends a visit, no walkout; and a "not"
// inside a relative aside ("whose country is not a party to the deal")
// does not negate "also attended".
func TestNoWalkoutNoAsideNegation25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"walked out talking", "President Lena Dahl received Secretary Tomas Renner at the palace on Wednesday. Renner walked into the palace, spent two hours there and walked out talking about partnership.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"negation in the aside", "President Lena Dahl hosted President Piet Vos in Lima on Friday. President Tomas Renner, whose country joined the bloc this year but is not a party to the agreement, also attended the plenary.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}
