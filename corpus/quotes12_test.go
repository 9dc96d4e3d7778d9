package corpus

import "testing"

// TestSplitQuoteAttributions checks quotations split by their attribution
// ("“First,” she said. “Second.”") whose attribution the rules once could
// not read, so the two parts came out as two quotations or the first was
// lost: a second aside after the speaker's role, a lower-case particle in
// a Portuguese name, a body's name ending in a plus sign. A speech
// participle right before the next quotation ("said, adding: “…”") opens a
// second quotation; one with its own object ("said, repeating a line from
// May. “…”") is the reporter's aside, and the parts stay one quotation.
func TestSplitQuoteAttributions(t *testing.T) {
	tests := []quoteCase{
		{"a role and then a who-clause between name and verb",
			"“We promised the money for two years, and it is there,” Helga Marin, the council's chair, who ran the session, told reporters. “The route changed. The promise did not.”",
			[]wantQuote{{"We promised the money for two years, and it is there. The route changed. The promise did not.", "Helga Marin", "council's chair"}}},
		{"a who-clause alone still reads",
			"“The door is open,” Helga Marin, who ran the session, said. “Nobody has walked through it.”",
			[]wantQuote{{"The door is open. Nobody has walked through it.", "Helga Marin", ""}}},
		{"the reporter's sentence between the parts keeps them apart",
			"“The door is open,” Helga Marin, who ran the session, said. The talks resume on Monday. “Nobody has walked through it,” she added.",
			[]wantQuote{{"The door is open", "Helga Marin", ""}, {"Nobody has walked through it", "Helga Marin", ""}}},
		{"a Portuguese particle inside the name",
			"“We will not leave with a text nobody can accept,” Luiz Corrêa do Vale, the conference president, said. “Another night is a small price.”",
			[]wantQuote{{"We will not leave with a text nobody can accept. Another night is a small price.", "Luiz Corrêa do Vale", ""}}},
		{"a body's name with a plus sign",
			"“Nobody wanted a quarrel over so small a cut,” one OPEC+ delegate said. “They want the group whole for the harder choices in spring.”",
			[]wantQuote{{"Nobody wanted a quarrel over so small a cut. They want the group whole for the harder choices in spring.", "", "OPEC+ delegate"}}},
		{"a plus sign after a lower-case word is no name",
			"The tariff rose to 25% plus duties. “It is a heavy load,” one trader said. “We will pass it on.”",
			[]wantQuote{{"It is a heavy load. We will pass it on.", "", "trader"}}},
		{"a participle right before the next quotation opens a second one",
			"“They fought for thirty years and buried too many,” Nadia Osei said, adding: “If it breaks down again, they can call me.”",
			[]wantQuote{{"They fought for thirty years and buried too many", "Nadia Osei", ""}, {"If it breaks down again, they can call me.", "Nadia Osei", ""}}},
		{"a participle with its own object is the reporter's aside",
			"“Some things are not for sale,” Nadia Osei said, repeating a line from May. “What we discuss today is how to build together.”",
			[]wantQuote{{"Some things are not for sale. What we discuss today is how to build together.", "Nadia Osei", ""}}},
		{"a gesture between the parts keeps one quotation",
			"“We get on well with them,” Nadia Osei said, gesturing toward her guest. “She drives a hard bargain.”",
			[]wantQuote{{"We get on well with them. She drives a hard bargain.", "Nadia Osei", ""}}},
	}
	checkQuoteCases(t, "2025-12-05", tests)
}

// TestCallingWords checks words in quotation marks after "what X called"
// and an object ("what her office called a visit of “…”"): what someone
// called a thing, so a quotation; with no object ("what the agency calls
// the “…”") the words stay a standing term, as before.
func TestCallingWords(t *testing.T) {
	tests := []quoteCase{
		{"what an office called a visit of",
			"Ilse Brandt arrived by train on Monday, in what her office called a visit of \"solidarity and hard work.\"",
			[]wantQuote{{"solidarity and hard work.", "Ilse Brandt's office", ""}}},
		{"what a body calls the term stays a term",
			"The bloc wants what the agency calls the \"safe and orderly return\" of migrants.",
			nil},
		{"what a body calls, no object, stays a term",
			"Ministers rejected what the ministry calls \"strategic patience with the neighbours\" at the meeting.",
			nil},
		{"a calling verb far from the words governs nothing",
			"The caption calls the talks open, and the photos show the leaders at a table under the \"family of nations\" banner.",
			nil},
	}
	checkQuoteCases(t, "2025-11-10", tests)
}

// TestHeadingEchoes checks a live page's entry headings that repeat part
// of a quotation the entry gives in full: one utterance, labelled once in
// the body. A heading whose words the body does not repeat stays a
// quotation, and so does a short quotation in running text that a longer
// one contains.
func TestHeadingEchoes(t *testing.T) {
	tests := []quoteCase{
		{"heading repeats the end of the body's quotation",
			"18:05 — Okafor: 'We are staying put'\n\n" +
				"“The pledges today are the largest yet,” Ines Okafor said. “To Moscow my message is short: we are staying put.”",
			[]wantQuote{{"The pledges today are the largest yet. To Moscow my message is short: we are staying put.", "Ines Okafor", ""}}},
		{"heading with words of its own stays",
			"17:50 GMT – Okafor: 'We have sent our list'\n\n" +
				"In a short statement, Ines Okafor said her side had handed over the names.",
			[]wantQuote{{"We have sent our list", "Ines Okafor", ""}}},
		{"a short quotation in running text is no heading",
			"“We are staying put, whatever happens,” Ines Okafor said.\n\n" +
				"Her deputy, Tomas Berg, agreed. “We are staying put,” he told reporters.",
			[]wantQuote{{"We are staying put, whatever happens", "Ines Okafor", ""}, {"We are staying put", "Tomas Berg", ""}}},
	}
	checkQuoteCases(t, "2025-10-08", tests)
}
