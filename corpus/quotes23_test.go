package corpus

import "testing"

// TestSoundbiteLabels23: a video script's shot list puts each soundbite
// under a label in capitals ("(SOUNDBITE) (English) TRADE COMMISSIONER,
// PIET VOS, SAYING:"), and the quotation on the next line is that
// person's, whichever way round the name and title come.
func TestSoundbiteLabels23(t *testing.T) {
	checkQuoteCases(t, "2024-03-14", []quoteCase{
		{"title, name, saying",
			"Trade commissioner Piet Vos and Finance Minister Lena Dahl signed the accord in Oslo on Thursday.\n\n1. WIDE OF SIGNING CEREMONY\n\n2. (SOUNDBITE) (English) EU TRADE COMMISSIONER, PIET VOS, SAYING:\n\n\"This is a good day for farmers on both sides of the sea.\"\n\n3. (SOUNDBITE) (Norwegian) NORWEGIAN FINANCE MINISTER LENA DAHL SAYING:\n\n\"We waited eleven years for this signature and it was worth it.\"",
			[]wantQuote{{"This is a good day for farmers on both sides of the sea.", "Piet Vos", ""},
				{"We waited eleven years for this signature and it was worth it.", "Lena Dahl", ""}}},
		{"name, title, no saying",
			"Finance Minister Lena Dahl met bankers in Oslo on Thursday.\n\n4. (SOUNDBITE) (Norwegian) LENA DAHL, NORWEGIAN FINANCE MINISTER:\n\n\"The banks will have to carry their share of the cost.\"",
			[]wantQuote{{"The banks will have to carry their share of the cost.", "Lena Dahl", ""}}},
	})
}

// TestOutletWebAddress23: an outlet named by its web address ("told
// Civil.ge", "Report.az said") is one word, no full stop that ends the
// sentence, so the quotation split around it stays one.
func TestOutletWebAddress23(t *testing.T) {
	checkQuoteCases(t, "2024-10-28", []quoteCase{
		{"told an outlet.ge",
			"President Lena Dahl was not invited to the state visit.\n\n“A leader who comes here to praise a rigged vote is no guest of this office,” she told Civil.ge. “He is the ruling party's guest, and the ruling party's only.”",
			[]wantQuote{{"A leader who comes here to praise a rigged vote is no guest of this office. He is the ruling party's guest, and the ruling party's only.", "Lena Dahl", ""}}},
	})
}

// TestBodyNamedWithOn23: a body named for its subject with "on" ("the
// State Commission on Border Affairs", "the Council on Trade Relations")
// speaks by its whole name, not its last words.
func TestBodyNamedWithOn23(t *testing.T) {
	checkQuoteCases(t, "2024-04-20", []quoteCase{
		{"commission on",
			"Norway's State Commission on Border Affairs said the protocol was \"a decisive step toward settled borders\".",
			[]wantQuote{{"a decisive step toward settled borders", "Norway's State Commission on Border Affairs", ""}}},
		{"council on",
			"The Council on Trade Relations said the truce was \"better than nothing, but only just\".",
			[]wantQuote{{"better than nothing, but only just", "Council on Trade Relations", ""}}},
	})
}

// TestOneUnnamedLeader23: "One leader who attended said" is someone
// unnamed, and so is "the leader" who speaks right after, never the
// leader named before them.
func TestOneUnnamedLeader23(t *testing.T) {
	checkQuoteCases(t, "2021-04-25", []quoteCase{
		{"one leader, then the leader",
			"Senior General Min Aung Hlaing flew in for the two-hour meeting in Jakarta on Saturday.\n\nOne leader who attended said the talks had gone \"rather better than we feared\". \"He listened. Listening is not agreeing,\" the leader said.",
			[]wantQuote{{"rather better than we feared", "", ""}, {"He listened. Listening is not agreeing", "", ""}}},
	})
}

// TestAsSetOutInDocument23: "as set out in a statement issued by X, there
// shall be “…”" quotes the document's author, as "according to" does.
func TestAsSetOutInDocument23(t *testing.T) {
	checkQuoteCases(t, "2021-04-25", []quoteCase{
		{"as set out in a statement issued by",
			"Leaders met in Oslo on Saturday.\n\nUnder the deal, as set out in a statement issued by Norway as chair, there shall be \"an end to shelling near the dam\".",
			[]wantQuote{{"an end to shelling near the dam", "Norway", ""}}},
	})
}
