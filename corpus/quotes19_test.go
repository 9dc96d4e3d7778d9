package corpus

import "testing"

// TestClockInAttribution19: a time of day inside the attribution ("told
// reporters at around 1:00 am", "at 10.30") does not end it: the quote
// that follows it in the same paragraph is the same utterance.
func TestClockInAttribution19(t *testing.T) {
	checkQuoteCases(t, "2019-12-21", []quoteCase{
		{"1:00 am",
			"\"We have reached an agreement in principle on the package,\" Commissioner Lena Dahl told reporters at around 1:00 am. \"It is an important step for the winter.\"",
			[]wantQuote{{"We have reached an agreement in principle on the package. It is an important step for the winter.", "Lena Dahl", "Commissioner"}}},
		{"10.30",
			"\"Nothing is agreed yet,\" Minister Piet Vos said at 10.30 on Friday. \"But we are close.\"",
			[]wantQuote{{"Nothing is agreed yet. But we are close.", "Piet Vos", "Minister"}}},
	})
}

// TestGivenNameNoSurname19: the given name that ends a mainland Chinese
// figure's written name ("Qin Gang") is nobody's surname: "Gang leader X
// ... he said" quotes X, not the foreign minister.
func TestGivenNameNoSurname19(t *testing.T) {
	checkQuoteCases(t, "2023-04-25", []quoteCase{
		{"Gang leader",
			"The council was sworn in on Thursday.\n\nGang leader Omar Haddad, who heads the G9 alliance, rejected the council in a video. \"These politicians were chosen abroad,\" he said.",
			[]wantQuote{{"These politicians were chosen abroad", "Omar Haddad", "leader"}}},
	})
}

// TestAliases19: a quoted nom de guerre names a person — the one named
// right before ", alias" (whose alias surname then means them), or a
// person of their own.
func TestAliases19(t *testing.T) {
	checkQuoteCases(t, "2023-06-09", []quoteCase{
		{"name, alias",
			"The accord was signed by the top commander of the rebels, Eliseo Mora Quintana, alias \"Pablo Duarte\".\n\n\"We came to comply,\" Duarte said.",
			[]wantQuote{{"We came to comply", "Eliseo Mora Quintana", "top commander of the rebels"}}},
		{"alias only",
			"The group sent a delegation led by a commander who goes by the alias \"Andrés Lobo.\"\n\nLobo said the group would \"respect the civilian population and its organisations\".",
			[]wantQuote{{"respect the civilian population and its organisations", "Andrés Lobo", ""}}},
		{"known as, a one-word nickname",
			"Rebel leader Jonas Weber, known as \"Tiger,\" rejected the deal.\n\n\"We were not asked,\" Tiger told the radio.",
			[]wantQuote{{"We were not asked", "Jonas Weber", "Rebel leader"}}},
	})
}

// TestOfComplementRoles19: "the commander of the rebels, X", "the head
// of the Tigray forces, X" give X that role, lower-case nouns of the body
// and all, and a later "the Tigray forces head said" is X.
func TestOfComplementRoles19(t *testing.T) {
	checkQuoteCases(t, "2024-04-25", []quoteCase{
		{"role of a body in lower case",
			"The deal was signed by the top commander of the ELN, Ana Ruiz, and by the head of the Tigray forces, Omar Haddad.\n\nThe ELN commander, who had not appeared in public for years, said the group had come \"with the will to comply\".\n\n\"We will not go back to war,\" the Tigray forces head told reporters.",
			[]wantQuote{{"with the will to comply", "Ana Ruiz", "top commander of the ELN"}, {"We will not go back to war", "Omar Haddad", "head of the Tigray forces"}}},
	})
}

// TestRelativeClauseWithList19: "X, who chairs the organ on politics,
// defence and security, later told journalists the mandate was “…”" —
// the commas of a list inside the relative clause do not hide the
// subject the sentence opens with (also after a country's "'s").
func TestRelativeClauseWithList19(t *testing.T) {
	checkQuoteCases(t, "2021-06-24", []quoteCase{
		{"relative clause with a list",
			"President Omar Haddad of Botswana attended.\n\nBotswana's Haddad, who chairs the organ on politics, defence and security, later told journalists the mandate was \"clear and limited in time.\"",
			[]wantQuote{{"clear and limited in time.", "Omar Haddad", "President"}}},
	})
}
