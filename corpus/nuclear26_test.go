package corpus

import "testing"

// TestAndHeldTalksWith26: in "X also met Y and held separate talks with
// Z", the one who held the second talks is X, the subject of both verbs,
// not Y, the first verb's object named just before the "and".
func TestAndHeldTalksWith26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-10", true, []rosterCase{
		{"named subject, separate talks", "Tomas Berg, Norway's foreign minister, arrived in Madrid on Monday. Berg also met President Omar Haddad and held separate talks with Lena Varga.",
			[]string{"Lena Varga, Tomas Berg", "Omar Haddad, Tomas Berg"}, nil},
		{"described subject", "Prime Minister Ana Ruiz received Norway's Foreign Minister Tomas Berg in Madrid last week. The Norwegian minister also met President Omar Haddad and held separate talks with Lena Varga during the visit, the ministry said.",
			[]string{"Ana Ruiz, Tomas Berg", "Lena Varga, Tomas Berg", "Omar Haddad, Tomas Berg"}, nil},
		{"later held talks", "Tomas Berg met President Omar Haddad on Monday and later held talks with Lena Varga.",
			[]string{"Lena Varga, Tomas Berg", "Omar Haddad, Tomas Berg"}, nil},
		{"one meeting, no second verb", "Tomas Berg met President Omar Haddad and Lena Varga on Monday.",
			[]string{"Lena Varga, Omar Haddad, Tomas Berg"}, nil},
	})
}

// TestTelephoneConversation26: "in a telephone conversation with X" is
// one call of the subject with X (both on the line, no one "by phone"
// away from it, and no talks of its own beside it); "Also present at the
// reception were ...", after a call recalled, are at the reception, not on
// the call; "The two leaders ..., where they had held a meeting the day
// before" are the pair of the call just told.
func TestTelephoneConversation26(t *testing.T) {
	checkMeetingCasesOn(t, "2023-03-04", true, []rosterCase{
		{"in a telephone conversation with", "President Ana Ruiz received Tomas Berg in Madrid on Saturday.\n\nForeign Minister Lena Varga had also discussed the visit in a telephone conversation with Omar Haddad on Thursday, the ministry said.",
			[]string{"Ana Ruiz, Tomas Berg", "Lena Varga, Omar Haddad"}, nil},
		{"had a phone conversation with", "Piet Vos had a phone conversation with President Omar Haddad at the initiative of the Danish side.",
			[]string{"Omar Haddad, Piet Vos"}, nil},
		{"joined the conversation by telephone", "Lena Varga met Omar Haddad in Rome on Monday. Tomas Berg joined the conversation by telephone.",
			[]string{"Lena Varga, Omar Haddad"}, map[string]string{"Tomas Berg": "Lena Varga, Omar Haddad"}},
	})
	checkMeetingCasesOn(t, "2025-04-28", true, []rosterCase{
		{"present at the reception, after a call recalled", "Party chief Tomas Berg received Prime Minister Omar Haddad in Oslo on April 28 afternoon.\n\nBerg recalled his phone call with President Karl Moen in October last year, shortly after the latter took office.\n\nFor his part, Haddad thanked the leader for the warm reception.\n\nAlso present at the reception were Deputy Prime Minister Lena Varga and Minister Piet Vos.",
			[]string{"Karl Moen, Tomas Berg", "Lena Varga, Omar Haddad, Piet Vos, Tomas Berg"}, nil},
		{"also on the call", "Party chief Tomas Berg spoke by phone with Prime Minister Omar Haddad on Monday.\n\nAlso present on the call was Minister Piet Vos.",
			[]string{"Omar Haddad, Piet Vos, Tomas Berg"}, nil},
	})
	checkMeetingCasesOn(t, "2024-07-05", true, []rosterCase{
		{"where they had held a meeting", "Tomas Berg had a telephone conversation with President Omar Haddad on Thursday.\n\nThe two leaders reviewed the outcomes of the regional summit in Astana, where they had held a meeting the day before.",
			[]string{"Omar Haddad, Tomas Berg", "Omar Haddad, Tomas Berg"}, nil},
	})
}

// TestInTurn26: "saw, in turn, A, B and C" and "met in turn with A and B"
// are one meeting of the subject with each; "the following day", after a
// day written out earlier in the sentence, counts from that day; "X in
// turn received A and B" keeps X as the host; "X, in turn, met A and B"
// (the phrase before the verb) is one meeting.
func TestInTurn26(t *testing.T) {
	checkMeetingCasesOn(t, "2024-12-02", true, []rosterCase{
		{"saw, in turn", "Lena Dahl arrived in Oslo on 13 November and on the following day saw, in turn, Foreign Minister Tomas Renner, President Omar Haddad and the head of the central bank, Piet Vos.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"met in turn with", "Lena Dahl met in turn with Foreign Minister Tomas Renner, President Omar Haddad and Piet Vos on Friday.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"in turn received", "Tomas Renner met Lena Dahl on Friday. Dahl in turn received Omar Haddad and Piet Vos on Saturday.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"in turn before the verb: one meeting", "Omar Haddad, in turn, met Piet Vos and Tomas Renner in Oslo on Monday.",
			[]string{"Omar Haddad, Piet Vos, Tomas Renner"}, nil},
	})
	a := extractText(t, "2024-12-02", "Lena Dahl arrived in Oslo on 13 November and on the following day met, in turn, Foreign Minister Tomas Renner and President Omar Haddad.")
	for _, m := range a.Meetings {
		if m.Date != "2024-11-14" {
			t.Errorf("the following day: meeting %v dated %q, want 2024-11-14", names(m.Attendees), m.Date)
		}
	}
}
