package corpus

import "testing"

// TestSpeakers11FirmTails: the business press quotes analysts "at" or
// "of" a firm or trade body whose name ends in a word no person's name
// ends in ("Capital Markets", "Roundtable", "Index"). The firm is no
// person and never the speaker; the analyst before it is.
func TestSpeakers11FirmTails(t *testing.T) {
	checkQuoteCases(t, "2025-05-12", []quoteCase{
		{"analyst at a firm said in a note",
			`Dorota Kwiatek at Baltic Capital Markets said in a note that buyers had chosen "safety over yield for a while."`,
			[]wantQuote{{"safety over yield for a while.", "Dorota Kwiatek", ""}}},
		{"officer of a trade roundtable, said in a statement",
			`Tomas Rehak, director of the Brussels-based Central Europe Trade Roundtable, said in a statement that exporters "want rules they can plan around".`,
			[]wantQuote{{"want rules they can plan around", "Tomas Rehak", ""}}},
		{"the index is nobody",
			`The Nordic Equity Index fell 2%. "Nobody wants to hold risk into a weekend like this," said Ilse Brandt, a fund manager in Oslo.`,
			[]wantQuote{{"Nobody wants to hold risk into a weekend like this", "Ilse Brandt", ""}}},
		{"near miss: a person named like a place is still a person",
			`Maria Pacific, a trader in Singapore, said the move was "a relief for everyone holding the bonds."`,
			[]wantQuote{{"a relief for everyone holding the bonds.", "Maria Pacific", ""}}},
	})
}
