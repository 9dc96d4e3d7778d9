package corpus

import "testing"

// TestNewsletterNames20: a newsletter's "I'm Clara Vidmar" and a sentence
// opening in the imperative ("Expect Vos back on a plane", "Watch Dahl")
// name the person without the verb, and the surname alone later is the
// same person.
func TestNewsletterNames20(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"I'm and Expect",
			"Good morning. I'm Clara Vidmar, and this is the morning briefing.\n\nTrade chief Piet Vos met Lena Dahl on Monday.\n\nExpect Vos back on a plane within weeks. Watch Dahl closely.",
			"Clara Vidmar, Piet Vos, Lena Dahl"},
	})
}

// TestOwnLineColon20: "X's own line, repeated at Tuesday's meeting: “…”"
// quotes X, as "X's verdict: “…”" does.
func TestOwnLineColon20(t *testing.T) {
	checkQuoteCases(t, "2025-07-30", []quoteCase{
		{"own line, participle, colon",
			"Trade chief Piet Vos met Lena Dahl on Monday.\n\nVos's own line, repeated at Tuesday's meeting of ambassadors: “Nobody should pretend this is a good result. Compare it with a trade war.”",
			[]wantQuote{{"Nobody should pretend this is a good result. Compare it with a trade war.", "Piet Vos", ""}}},
	})
}

// TestAgeAfterFullName20: "Kallas, 48, is ..." after the article named
// Kaja Kallas in full is her, not another person of that one name, so a
// pronoun after it finds her at her call.
func TestAgeAfterFullName20(t *testing.T) {
	a := extractText(t, "2025-07-30", "Kaja Kallas, the EU's top diplomat, spent Tuesday explaining the deal.\n\nKallas, 48, is the longest-serving member of the group.\n\nOn Friday, she spent two hours on a video call with Commerce Secretary Lena Dahl.")
	got := datedRosters(a)
	if len(got) != 1 || got[0] != "2025-07-25: Kaja Kallas, Lena Dahl" {
		t.Errorf("meetings = %q, want the call of Kaja Kallas and Lena Dahl", got)
	}
}
