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

// TestTitlesBeforeNames16b: more styles and portfolios before a name:
// the Malay and Filipino Muslim "Ustadz", the West African "Alhaji", the plural "Cllrs", and a portfolio of two nouns
// ("Minister for Livestock and Fisheries X").
func TestTitlesBeforeNames16b(t *testing.T) {
	checkQuoteCases(t, "2025-06-03", []quoteCase{
		{"Ustadz",
			"\"Peace is built one family at a time,\" said Ustadz Karim Lidasan, a religious leader.",
			[]wantQuote{{"Peace is built one family at a time", "Karim Lidasan", ""}}},
		{"Alhaji",
			"\"The herders will respect the corridors,\" Alhaji Musa Bello said.",
			[]wantQuote{{"The herders will respect the corridors", "Musa Bello", ""}}},
	})
	for _, c := range []struct{ text, name string }{
		{"The twinning committee met in Lifford on Monday. Present were Cllrs Paul Garvey and Ann Devenney from the Donegal side.", "Paul Garvey"},
		{"The provincial side included Provincial Minister for Livestock and Fisheries Nadir Akhtar Soomro and a secretary.", "Nadir Akhtar Soomro"},
	} {
		a := extractText(t, "2025-06-03", c.text)
		found := false
		for _, p := range a.People {
			found = found || p.Name == c.name
		}
		if !found {
			t.Errorf("people %v, want %q (the title before it no part of the name)", a.People, c.name)
		}
	}
}
