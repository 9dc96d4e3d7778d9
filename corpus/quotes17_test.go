package corpus

import "testing"

// TestForeignHonorifics17: "Herr", "Frau", "Monsieur", "Madame",
// "Signor", "Senhora" are honorifics before a name (the period press
// wrote "Herr Schmidt"), never part of it.
func TestForeignHonorifics17(t *testing.T) {
	checkQuoteCases(t, "1975-07-31", []quoteCase{
		{"Herr",
			"Yesterday he had two hours with Herr Klaus Weber, the party leader.\n\n\"We must keep talking,\" said Herr Klaus Weber.",
			[]wantQuote{{"We must keep talking", "Klaus Weber", ""}}},
		{"Madame",
			"\"Nothing is settled,\" Madame Sylvie Morel told reporters.",
			[]wantQuote{{"Nothing is settled", "Sylvie Morel", ""}}},
		{"Senhora",
			"\"The door is open,\" said Senhora Ana Costa, the mayor.",
			[]wantQuote{{"The door is open", "Ana Costa", "mayor"}}},
	})
}
