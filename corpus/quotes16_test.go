package corpus

import "testing"

// TestSpeakers16: unnamed speakers met in the misses of devset50 to
// devset55 (released in session 16), in our own words: "One Geneva-based
// ambassador" (a place made an adjective is no name) and "One senior
// Ulster Unionist negotiator ... he said" (a party's member is no name)
// are no one named.
func TestSpeakers16(t *testing.T) {
	checkQuoteCases(t, "2025-07-28", []quoteCase{
		{"a place-based ambassador",
			"One Geneva-based ambassador from a small island country, who asked not to be named, was blunter: \"The big subsidisers are hiding behind the rest of us.\"",
			[]wantQuote{{"The big subsidisers are hiding behind the rest of us.", "", ""}}},
		{"a party's negotiator",
			"Prime Minister Lena Dahl said the talks would go on.\n\nOne senior Ulster Unionist negotiator was blunter. \"If it comes down to the wire on the border, we walk,\" he said.",
			[]wantQuote{{"If it comes down to the wire on the border, we walk", "", ""}}},
	})
}
