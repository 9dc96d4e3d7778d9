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
