package corpus

import "testing"

// TestBodyWithItsSeat23: a body named with its seat ("the Finance
// Ministry in Bergen", "the Danish Embassy in Lisbon") speaks by that whole
// name after "according to ..., which said", and so does the statement it
// issued when "the statement added" more.
func TestBodyWithItsSeat23(t *testing.T) {
	checkQuoteCases(t, "2024-05-14", []quoteCase{
		{"according to, which said",
			"Repayments will be pushed back to 2040, according to the Finance Ministry in Bergen, which said the accord \"puts the public debt back on a sound path.\"",
			[]wantQuote{{"puts the public debt back on a sound path.", "Finance Ministry in Bergen", ""}}},
		{"the statement added",
			"The Danish Embassy in Lisbon said in a statement on Tuesday that the visit had been \"warm and useful\". The statement added that both sides had found \"common ground on most points\" and would keep talking.",
			[]wantQuote{{"warm and useful", "Danish Embassy in Lisbon", ""}, {"common ground on most points", "Danish Embassy in Lisbon", ""}}},
	})
}

// TestAgreedToThenTeller23: "A and B have agreed to an “…” truce, Prime
// Minister C said": what was agreed is no one's speech; the words are
// those of the one whose report the sentence is.
func TestAgreedToThenTeller23(t *testing.T) {
	checkQuoteCases(t, "2024-05-14", []quoteCase{
		{"agreed to, X said",
			"BERGEN, Norway (AFP) - Estonia and Latvia have agreed to a \"full and lasting\" truce from Friday, Norwegian Prime Minister Lena Dahl said Monday after hosting both leaders.",
			[]wantQuote{{"full and lasting", "Lena Dahl", ""}}},
	})
}

// TestEmailFromSender23: a live blog's "An email from NAME, ROLE:" before
// a quotation in the next paragraph gives the sender as its speaker.
func TestEmailFromSender23(t *testing.T) {
	checkQuoteCases(t, "2024-05-14", []quoteCase{
		{"email from, appositive, colon",
			"Live: the budget talks.\n\nAn email from Tomas Renner, chief economist at Nordbank:\n\n\"Investors have priced a slow grind. They have not priced a walkout. Friday could be rough.\"",
			[]wantQuote{{"Investors have priced a slow grind. They have not priced a walkout. Friday could be rough.", "Tomas Renner", ""}}},
	})
}

// TestCommitteeByFullName23: "the committee" (or "it", said of it) is
// the committee named before, by its whole name: the "of ..." words after
// its head and the country whose body it is.
func TestCommitteeByFullName23(t *testing.T) {
	checkQuoteCases(t, "2024-05-14", []quoteCase{
		{"committee of, then it",
			"Finance Minister Ana Silva met the Steering Committee of Nordic Bondholders in London on Tuesday.\n\n\"We came to narrow gaps,\" Silva said.\n\nThe committee was more reserved. In its own statement it called the talks \"calm in tone\" but said \"wide gaps remain on the size of the cut\".",
			[]wantQuote{{"We came to narrow gaps", "Ana Silva", ""}, {"calm in tone", "Steering Committee of Nordic Bondholders", ""},
				{"wide gaps remain on the size of the cut", "Steering Committee of Nordic Bondholders", ""}}},
		{"country's committee",
			"Norway's Coastal Defence Committee, which brings the civilian and military chiefs together, met on Thursday under prime minister Lena Dahl. Defence minister Karl Moen and army chief Piet Vos were among those present.\n\nIn a statement after the meeting, the committee said any attempt to close the fjord would be treated as 'a hostile act' and met 'with all the means at our disposal'.",
			[]wantQuote{{"a hostile act", "Norway's Coastal Defence Committee", ""}, {"with all the means at our disposal", "Norway's Coastal Defence Committee", ""}}},
	})
}
