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

// TestTitledSurnameHolder: "President Trump" in a story that names "Ivanka
// Trump, the president's daughter" in full is the president the gazetteer
// knows on that day, and so is a bare "Trump" after it; "Silva" after
// "Brazil's environment minister Marina Silva" stays hers although the
// story names the president "Luiz Inácio Lula da Silva" too.
func TestTitledSurnameHolder(t *testing.T) {
	checkQuoteCases(t, "2019-06-30", []quoteCase{
		{"a titled surname and a relative named in full",
			"President Trump on Sunday met the North Korean leader at the border.\n\n\"Stepping across that line was a great honor,\" Trump told reporters.\n\nIvanka Trump, the president's daughter and senior adviser, also sat in.",
			[]wantQuote{{"Stepping across that line was a great honor", "Donald Trump", ""}}},
	})
	checkQuoteCases(t, "2025-11-18", []quoteCase{
		{"a minister's surname, the president named in full",
			"Among those in the room was Brazil's environment minister Marina Silva.\n\nSpeaking to reporters as she left, Silva said: \"We need a roadmap with dates.\"\n\nPresident Luiz Inácio Lula da Silva is due to arrive on Wednesday.",
			[]wantQuote{{"We need a roadmap with dates.", "Marina Silva", ""}}},
	})
}

// TestFamilyNameMeansLeader: a bare "Kim" in a story naming the leader
// "Kim Jong-un" and others of that family name the gazetteer does not
// know ("Kim Eui-kyeom, the spokesman", the envoy "Sung Kim") means the
// leader; a Kim the gazetteer knows, told last, stays meant ("Kim Yo
// Jong").
func TestFamilyNameMeansLeader(t *testing.T) {
	checkQuoteCases(t, "2018-04-27", []quoteCase{
		{"the leader over a spokesman told last",
			"Kim Jong-un crossed the line at 9:30 a.m. and shook hands with the South's president.\n\nPresidential spokesman Kim Eui-kyeom briefed reporters on the dinner menu.\n\n\"A new history starts now,\" Kim wrote in the guest book.",
			[]wantQuote{{"A new history starts now", "Kim Jong-un", ""}}},
		{"the leader over an envoy of Western name order",
			"Kim Jong-un met the US delegation led by ambassador Sung Kim at the border.\n\n\"We had a historic meeting,\" Kim said through an interpreter.",
			[]wantQuote{{"We had a historic meeting", "Kim Jong-un", ""}}},
	})
}
