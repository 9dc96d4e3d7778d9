package corpus

import "testing"

// TestMealOnArrival23: "held a working dinner with X after landing on
// Thursday evening" is dated by its arrival phrase, so it is a meeting of
// its own, not part of the talks of Friday; and someone who "did not
// travel to" the talks' city is absent from the talks told there, not
// from the dinner told aside.
func TestMealOnArrival23(t *testing.T) {
	const talks = "Norland and Sudmark held indirect talks in Vellby on Friday, with Ostland's foreign minister Piet Vos carrying notes between the two teams.\n\n" +
		"Lena Dahl led the Norland team. Tomas Renner headed the Sudmark side.\n\n"
	checkMeetingCasesOn(t, "", true, []rosterCase{
		{"working dinner after landing", talks + "Renner had held a working dinner with Vos after landing on Thursday evening.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner", "Piet Vos, Tomas Renner"}, nil},
		{"did not travel, after the dinner", talks + "Renner had held a working dinner with Vos after arriving on Thursday night.\n\n" +
			"Karl Moen, the Sudmark security chief, did not travel to Vellby but was kept informed by phone all day.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner", "Piet Vos, Tomas Renner"}, map[string]string{"Karl Moen": "Lena Dahl, Piet Vos, Tomas Renner"}},
	})
}

// TestRecalledPairAfterRounds23: "A and B held five rounds ..., all
// mediated by C. Their last encounter, in Rome in late May, ..." — "their"
// stands for the two the sentence before opens with, though the rounds
// also seat the mediator.
func TestRecalledPairAfterRounds23(t *testing.T) {
	checkMeetingCasesOn(t, "", true, []rosterCase{
		{"their last encounter", "Norland and Sudmark held talks in Vellby on Friday, led by Lena Dahl and Tomas Renner, with Piet Vos mediating.\n\n" +
			"Dahl and Renner held four rounds of talks in Vellby and Lisbon last year, all mediated by Vos. Their last encounter, in Lisbon in late June, ended without a deal.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner", "Lena Dahl, Piet Vos, Tomas Renner", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestLiveBlogEntries23: in a live blog, an entry that recalls an earlier
// round ("At the end of the first round in Lisbon on May 3, ...") does not
// carry that round into the next entry ("10:15 GMT – Who is in the
// room?"): its delegations are at the story's meeting. "X is moving
// between them" seats the mediator.
func TestLiveBlogEntries23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-10", true, []rosterCase{
		{"entry resets the recalled round", "These are the latest updates from the second round of talks between Norland and Sudmark in Vellby.\n\n" +
			"11:40 GMT – Mediator in the middle\n\n" +
			"The two teams sit in separate rooms. Ostland's foreign minister Piet Vos is moving between them with written offers.\n\n" +
			"At the end of the first round in Lisbon on May 3, Lena Dahl and Tomas Renner spoke briefly in Vos's presence.\n\n" +
			"10:15 GMT – Who is in the room?\n\n" +
			"The Norland team is led by Dahl and includes her deputy Ines Berg. Renner heads the Sudmark side, joined by adviser Rosa Vidal.",
			[]string{"Ines Berg, Lena Dahl, Piet Vos, Rosa Vidal, Tomas Renner", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestSigningBeforeAnother23: "That deal was signed by A and B after four
// days of closed-door talks in the presence of C" is a signing of its own,
// with the talks that led to it and C, not an act before the people of
// the meeting just told.
func TestSigningBeforeAnother23(t *testing.T) {
	checkMeetingCasesOn(t, "2024-05-09", true, []rosterCase{
		{"signed in the presence of someone else", "Foreign ministers Lena Dahl and Tomas Renner met in Vellby on Thursday and agreed to reopen embassies.\n\n" +
			"The meeting comes a month after the two countries agreed to restore ties. That deal was signed by security advisers Ines Berg and Karl Moen, after four days of closed-door talks in the presence of Omar Haddad, the host country's top diplomat.",
			[]string{"Ines Berg, Karl Moen, Omar Haddad", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestBystandersAmong23: "was among volunteers working at the press
// centre" puts someone around the summit, not at it.
func TestBystandersAmong23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-17", true, []rosterCase{
		{"among volunteers", "Presidents Lena Dahl and Tomas Renner held a summit in Vellby on Tuesday.\n\n" +
			"Roads near the palace were closed. Ana Silva, a second-year student of law, was among volunteers helping at the press centre.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"among the participants", "Presidents Lena Dahl and Tomas Renner held a summit in Vellby on Tuesday.\n\n" +
			"Foreign minister Ana Silva was among the participants.",
			[]string{"Ana Silva, Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestLatestUpdatesLede23: a live page opening "These are the latest
// updates from the talks ..." reports a meeting of its own day.
func TestLatestUpdatesLede23(t *testing.T) {
	a := extractText(t, "2025-05-10", "These are the latest updates from the second round of talks between Norland and Sudmark in Vellby. This page is now closed.\n\n"+
		"Lena Dahl led the Norland team and Tomas Renner headed the Sudmark side.")
	if len(a.Meetings) != 1 || a.Meetings[0].Date != "2025-05-10" {
		t.Errorf("meetings %+v, want one on 2025-05-10", a.Meetings)
	}
}
