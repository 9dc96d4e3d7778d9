package corpus

import "testing"

// TestSpeakers14: speakers met in the misses of devset38 to devset43
// (released in session 14), in our own words: a body that "it said"
// refers back to after a time opener ("Hours later, the premier's office
// said ...  “…,” it said"), not "Hours"; a quotation labelled "Quote:" in
// a news agency's layout, whose speaker is told after it, not "Quote";
// "the EAM said", "the CM said": the person named before with that
// acronym for a role ("EAM R Mehta", "Chief Minister A Ravi Kumar", whose
// initial "A" is no article); the local titles of council and community
// copy ("Cllr", "Cr", "Aunty", "Uncle", "Alderman", "Supervisor",
// "Trustee", "Sheriff") are titles, not parts of names; "said store owner
// X", "said local baker X": a plain description before the name.
func TestSpeakers14(t *testing.T) {
	checkQuoteCases(t, "2025-10-13", []quoteCase{
		{"a body after a time opener",
			"Prime Minister Omar Haddad was invited to the summit on Sunday.\n\nHours later, the Finance Ministry said he would stay away. “Because of the holiday, the prime minister will not be able to attend,” it said in a statement.",
			[]wantQuote{{"Because of the holiday, the prime minister will not be able to attend", "Finance Ministry", ""}}},
		{"the EAM, the CM: a role's acronym after the person named with it",
			"EAM R Mehta and Chief Minister A Ravi Kumar were present at the meeting.\n\n\"Differences must not become disputes,\" the EAM said. \"We will not give up a single drop of water,\" the CM said.",
			[]wantQuote{{"Differences must not become disputes", "R Mehta", "EAM"}, {"We will not give up a single drop of water", "A Ravi Kumar", "Chief Minister"}}},
		{"local titles: Cllr, Cr, Aunty",
			"Cllr Ana Ruiz, the council's cabinet member for finance, said: \"We cannot pay what we do not have.\"\n\n\"The offer is still on the table,\" said Cr Omar Haddad, the shire mayor.\n\nAunty Lena Varga, an elder, said the agreement was \"a long time coming.\"",
			[]wantQuote{{"We cannot pay what we do not have.", "Ana Ruiz", "Cllr"}, {"The offer is still on the table", "Omar Haddad", "Cr"}, {"a long time coming.", "Lena Varga", "Aunty"}}},
		{"local titles: Alderman, Supervisor, Trustee, Sheriff",
			"\"We need a deal this week,\" said Alderman Ana Ruiz.\n\n\"The county will not budge,\" Supervisor Omar Haddad said.\n\n\"We hear the families,\" Trustee Lena Varga said.\n\n\"No comment,\" said Sheriff Kofi Mensah.",
			[]wantQuote{{"We need a deal this week", "Ana Ruiz", "Alderman"}, {"The county will not budge", "Omar Haddad", "Supervisor"}, {"We hear the families", "Lena Varga", "Trustee"}, {"No comment", "Kofi Mensah", "Sheriff"}}},
		{"said, then a plain description and the name",
			"\"We will walk out on Monday if the company does not move,\" said shop steward Ana Ruiz.\n\n\"Nobody here wants to close early,\" said store owner Omar Haddad.\n\n\"The bakery has been here since 1952,\" said local baker Lena Varga.",
			[]wantQuote{{"We will walk out on Monday if the company does not move", "Ana Ruiz", "steward"}, {"Nobody here wants to close early", "Omar Haddad", "store owner"}, {"The bakery has been here since 1952", "Lena Varga", "baker"}}},
		{"a paragraph only of quotation after one person's indirect speech naming another's trip",
			"Dr Ana Ruiz, a political scientist, said the choice of the Gulf for Omar Haddad's first foreign trip sent a clear signal.\n\n\u201cWhat we saw this week is the Gulf treated as a principal, not as a stop on the way to somewhere else.\u201d",
			[]wantQuote{{"What we saw this week is the Gulf treated as a principal, not as a stop on the way to somewhere else.", "Ana Ruiz", ""}}},
		{"a role of a body, then the name in commas, as subject",
			"The chairman of the commission, Ana Ruiz, addressed the signing by video link from Addis Ababa, calling the agreement \"a new dawn for the country.\"",
			[]wantQuote{{"a new dawn for the country.", "Ana Ruiz", ""}}},
		{"a Quote: label",
			"Foreign Minister Lena Varga met her counterpart in Jeddah on Tuesday.\n\nQuote: \"The answer now has to come from the other side, and we are ready to wait for it,\" Varga said.",
			[]wantQuote{{"The answer now has to come from the other side, and we are ready to wait for it", "Lena Varga", "Foreign Minister"}}},
	})
}

// TestPeopleNames14: a minister named after a portfolio that follows the
// title's "of" ("Minister of Information Ana Ruiz", "Minister of
// Petroleum Omar Haddad") is the person after it, without the portfolio in
// the name.
func TestPeopleNames14(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"a portfolio after of, then the name",
			"In Asmara, Minister of Information Ana Ruiz dismissed the meeting. Minister of Petroleum Omar Haddad said nothing.",
			"Ana Ruiz, Omar Haddad"},
	})
}
