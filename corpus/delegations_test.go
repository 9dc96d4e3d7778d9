package corpus

import "testing"

// TestDelegationHeadsWithModifiers checks heads of delegation described
// with a modifier no rule lists after an article or a possessive ("its
// exiled Gaza chief X", "the group's veteran negotiator, X"); a verb in the
// same place ("hosted X") is no description.
func TestDelegationHeadsWithModifiers(t *testing.T) {
	const open = "Negotiators of the two movements began a second day of talks in Lome on Tuesday. "
	checkMeetingCases(t, false, []rosterCase{
		{"its exiled chief", open + "The northern delegation is headed by its exiled political chief Omar Haddad. The southern team is led by Lena Varga.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"the group's veteran negotiator, comma", open + "The northern delegation is headed by the group's veteran negotiator, Omar Haddad. The southern team is led by Lena Varga.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"their hardline deputy leader", open + "The northern delegation is led by their hardline deputy leader Omar Haddad. The southern team is led by Lena Varga.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"a verb after the name is no modifier", "Togo's President Lena Varga hosted Ghana's President Omar Haddad in Lome on Tuesday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
	})
}

// TestOverseenSessions checks "X oversaw the sessions" of the talks told:
// the one who oversaw them was there; "oversaw the ceasefire" is no
// session.
func TestOverseenSessions(t *testing.T) {
	const talks = "Chad's Foreign Minister Lena Varga and Niger's Defence Minister Piotr Nowak held talks in Lome on Tuesday. "
	checkMeetingCases(t, false, []rosterCase{
		{"oversaw the sessions", talks + "Togo's intelligence chief Tomas Berg oversaw the sessions.",
			[]string{"Lena Varga, Piotr Nowak, Tomas Berg"}, nil},
		{"supervised the talks", talks + "Togo's intelligence chief Tomas Berg supervised the talks.",
			[]string{"Lena Varga, Piotr Nowak, Tomas Berg"}, nil},
		{"oversaw a ceasefire elsewhere", talks + "Togo's intelligence chief Tomas Berg oversaw the ceasefire in the north last year.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
	})
}

// TestHyphenatedArticlePlaces checks place names with a hyphenated Arabic
// article ("Sharm el-Sheikh", "Ras al-Khaimah") are kept whole.
func TestHyphenatedArticlePlaces(t *testing.T) {
	for text, want := range map[string]string{
		"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak in Sharm el-Sheikh on Tuesday.": "Sharm el-Sheikh",
		"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak in Ras al-Khaimah on Tuesday.":  "Ras al-Khaimah",
		"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak in Lome on Tuesday.":            "Lome",
	} {
		a := extractText(t, "2025-07-03", text)
		if len(a.Meetings) != 1 || a.Meetings[0].Place != want {
			t.Errorf("%q: meetings %+v, want one at %q", text, a.Meetings, want)
		}
	}
}

// TestHeldSpansOfTalks checks "held about two hours of talks with",
// "two rounds of talks", "90 minutes of talks": the holder is there.
func TestHeldSpansOfTalks(t *testing.T) {
	const with = " of talks with Niger's Defence Minister Piotr Nowak in Lome on Tuesday."
	checkMeetingCases(t, false, []rosterCase{
		{"about two hours", "Chad's Foreign Minister Lena Varga held about two hours" + with, []string{"Lena Varga, Piotr Nowak"}, nil},
		{"two rounds", "Chad's Foreign Minister Lena Varga held two rounds" + with, []string{"Lena Varga, Piotr Nowak"}, nil},
		{"90 minutes", "Chad's Foreign Minister Lena Varga, the bloc's senior negotiator, held nearly 90 minutes" + with, []string{"Lena Varga, Piotr Nowak"}, nil},
		{"rejected two days of talks", "Chad's Foreign Minister Lena Varga rejected two days" + with, nil, nil},
	})
}

// TestTitleWithOfBeforeVerb checks a list of subjects whose last title is
// joined by "of" ("chief of staff Kang Hoon-sik"): every one of them.
func TestTitleWithOfBeforeVerb(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"chief of staff", meetLede + "Foreign Minister Lena Varga and chief of staff Piotr Nowak accompanied Haddad.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"secretary of state", meetLede + "Trade Minister Lena Varga and secretary of state Piotr Nowak accompanied Haddad.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
	})
}

// TestPossessiveCapitalPlace checks "in Oman's capital": the capital the
// gazetteer knows, else no place.
func TestPossessiveCapitalPlace(t *testing.T) {
	for text, want := range map[string]string{
		"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak in Oman's capital on Tuesday.":      "Muscat",
		"Chad's Foreign Minister Lena Varga met Niger's Defence Minister Piotr Nowak in Ruritania's capital on Tuesday.": "",
	} {
		a := extractText(t, "2025-07-03", text)
		if len(a.Meetings) != 1 || a.Meetings[0].Place != want {
			t.Errorf("%q: meetings %+v, want one at %q", text, a.Meetings, want)
		}
	}
}
