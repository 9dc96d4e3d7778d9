package corpus

import "testing"

// TestNewsletterNames20: a newsletter's "I'm Clara Vidmar" and a sentence
// opening in the imperative ("Expect Vos back on a plane", "Watch Dahl")
// name the person without the verb, and the surname alone later is the
// same person.
func TestNewsletterNames20(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"a count opening a sentence",
			"HOME, VIA OSLO: Five Americans who spent years in prison touched down on Tuesday. Ambassador Lena Dahl met them. The Custodian of the Two Holy Mosques, King Omar Haddad, sent greetings.",
			"Lena Dahl, Omar Haddad"},
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

// TestBodyAfterPlacePossessive20: "The island's Mainland Affairs Council,
// in a statement, urged Ma to “…”" quotes the council by its own name,
// without the possessive that opened the phrase.
func TestBodyAfterPlacePossessive20(t *testing.T) {
	checkQuoteCases(t, "2024-04-11", []quoteCase{
		{"the island's council, aside, urged",
			"Former president Lena Dahl met President Piet Vos on Wednesday.\n\nThe island's Cross-Strait Relations Council, in a statement issued after the meeting, urged Dahl to \"speak up for the island's democracy\" in the capital.",
			[]wantQuote{{"speak up for the island's democracy", "Cross-Strait Relations Council", ""}}},
	})
}

// TestJointDocumentAsTopic20: a joint declaration named after the quoted
// words as what they are about ("upholds past cabinets' views “as a
// whole,” including the 1998 joint declaration by A and B") is not where
// they came from: the speaker of the sentence said them; "…, in a joint
// statement that ..." still is.
func TestJointDocumentAsTopic20(t *testing.T) {
	checkQuoteCases(t, "2025-08-24", []quoteCase{
		{"including the joint declaration",
			"Prime Minister Piet Vos met President Omar Haddad in Tokyo on Saturday.\n\nVos said he and Haddad had an \"extremely candid exchange of views\" and that his government upholds the views of previous cabinets \"as a whole,\" including the 1998 joint declaration by then-President Lena Dahl and then-Prime Minister Rosa Vidal.",
			[]wantQuote{{"extremely candid exchange of views", "Piet Vos", ""}, {"as a whole", "Piet Vos", ""}}},
	})
}

// TestHyphenedLeaders20: "the first Vos-Kim summit" names the leader of
// that family name, not his sister the story names later.
func TestHyphenedLeaders20(t *testing.T) {
	a := extractText(t, "2019-07-01", "President Piet Vos met North Korean leader Kim Jong Un at the border on Sunday.\n\nSingapore, which hosted the first Vos-Kim summit at a hotel on Sentosa on June 12, 2018, welcomed the meeting.\n\nMr Kim's sister, Ms Kim Yo Jong, oversaw arrangements on the northern side.")
	checkMeetingWhere(t, a, func(m Meeting) bool { return m.Date == "2018-06-12" }, "Kim Jong Un, Piet Vos", "no 2018 summit in %q")
}
