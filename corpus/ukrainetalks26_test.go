package corpus

import "testing"

// TestPhoneInterview26: "he said in a phone interview" is the reporter's
// interview with a source, not a call of the story's people; "spoke by
// phone with X" is still a call.
func TestPhoneInterview26(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		calls      int // meetings wanted
	}{
		{"in a phone interview", "Tom Wells, a Yerevan-based analyst, said the border deal could hold. \"It will take time,\" he said in a phone interview. \"Nobody should hurry.\"", 0},
		{"told a paper in a telephone interview", "Karen Holt, a former ambassador to Baku, told the Tribune in a telephone interview that the talks were overdue.", 0},
		{"phone interviews", "Rosa Vidal, a lawyer for the families, said in phone interviews on Monday that she would appeal.", 0},
		{"a real call", "Prime Minister Lena Dahl spoke by phone with President Tomas Renner on Monday.", 1},
	} {
		a := extractText(t, "2026-03-05", tc.text)
		if len(a.Meetings) != tc.calls {
			t.Errorf("%s: meetings %+v, want %d", tc.name, a.Meetings, tc.calls)
		}
	}
}

// TestJoinedForThatSession26: "A and B joined X for that session" puts A
// and B at the meeting just told (the one X was at), not at a meeting of
// their own; "joined X for talks in P on Friday" is still a meeting of its
// own.
func TestJoinedForThatSession26(t *testing.T) {
	checkMeetingCasesOn(t, "2026-03-05", false, []rosterCase{
		{"for that session", "Armenian and Azerbaijani delegations met in Geneva on Tuesday, led by Foreign Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov.\n\nEarlier in the day, Mirzoyan held a trilateral meeting at the same hotel with Bayramov and U.S. envoy Laura Hendricks. Armen Grigoryan, the security council secretary, and deputy minister Vahan Kostanyan joined Mirzoyan for that session.",
			[]string{"Ararat Mirzoyan, Armen Grigoryan, Jeyhun Bayramov, Laura Hendricks, Vahan Kostanyan", "Ararat Mirzoyan, Jeyhun Bayramov"}, nil},
		{"for that meeting, then kept out", "Chilean and Peruvian delegations held talks in Lima on Monday, led by Foreign Minister Rosa Vidal and Foreign Minister Karl Moen.\n\nBefore that, Vidal held a breakfast meeting at the embassy with envoy Tomas Renner. Piet Vos and Omar Haddad joined Vidal for that meeting, but neither of them sat in on the talks with the Peruvian side.",
			[]string{"Karl Moen, Rosa Vidal", "Omar Haddad, Piet Vos, Rosa Vidal, Tomas Renner"}, map[string]string{"Piet Vos": "Karl Moen, Rosa Vidal", "Omar Haddad": "Karl Moen, Rosa Vidal"}},
		{"for talks of their own", "Foreign Minister Rosa Vidal met Foreign Minister Karl Moen in Lima on Monday.\n\nOn Friday, Piet Vos joined Omar Haddad for talks in Quito.",
			[]string{"Karl Moen, Rosa Vidal", "Omar Haddad, Piet Vos"}, nil},
	})
}

// TestHostedTogetherWith26: "X hosted a dinner for a group of leaders
// together with Y" puts Y at the dinner; "Y, together with Z, said" tells
// no meeting.
func TestHostedTogetherWith26(t *testing.T) {
	checkMeetingCasesOn(t, "2026-03-05", false, []rosterCase{
		{"hosted a dinner for ... together with", "On Monday evening, President Lena Dahl hosted a working dinner at the palace for a group of regional leaders together with Rosa Vidal. Among those around the table were Bolivian President Omar Haddad and Ecuador's President Piet Vos.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Rosa Vidal"}, nil},
		{"convened ... together with", "Prime Minister Karl Moen convened the ministers of the northern provinces in Tromso on Tuesday together with Mayor Ana Silva, and Governor Tomas Renner attended.",
			[]string{"Ana Silva, Karl Moen, Tomas Renner"}, nil},
		{"a speaker together with another", "Prime Minister Karl Moen met Governor Tomas Renner in Tromso on Tuesday.\n\nMayor Ana Silva, together with her deputy Piet Vos, said the port would stay open.",
			[]string{"Karl Moen, Tomas Renner"}, nil},
	})
}

// TestSemicolonButSubject26: in "A did not attend the second day; B
// stayed in Geneva but followed the session from the hotel", the one who
// followed from afar is B, the subject of the clause after the semicolon,
// not A.
func TestSemicolonButSubject26(t *testing.T) {
	opening := "The talks opened on Tuesday at the Hotel Beau-Rivage, hosted by Swiss Foreign Minister Lena Dahl. The US delegation was led by Karl Moen. Armenia was represented by Ararat Mirzoyan and Armen Grigoryan, Azerbaijan by Jeyhun Bayramov and Hikmet Hajiyev.\n\nOn Wednesday, the talks continued in a military-only format: Hajiyev on the Azerbaijani side and Grigoryan on the Armenian side, with US Gen. Tomas Renner. "
	day1 := "Ararat Mirzoyan, Armen Grigoryan, Hikmet Hajiyev, Jeyhun Bayramov, Karl Moen, Lena Dahl"
	day2 := "Armen Grigoryan, Hikmet Hajiyev, Tomas Renner"
	checkMeetingCasesOn(t, "2026-03-06", false, []rosterCase{
		{"followed from the hotel", opening + "Moen did not attend the second day; Mirzoyan stayed in Geneva but followed the session from the delegation's hotel.",
			[]string{day1, day2}, map[string]string{"Karl Moen": day2, "Ararat Mirzoyan": day2}},
		{"watched from the embassy", opening + "Moen skipped the second day; Mirzoyan remained in the city but followed the talks from the embassy, an aide said.",
			[]string{day1, day2}, map[string]string{"Karl Moen": day2, "Ararat Mirzoyan": day2}},
	})
}

// TestButSharedList26: "A and B were also in Geneva but were not invited
// into the session" leaves both out of the session, not only the first
// named.
func TestButSharedList26(t *testing.T) {
	opening := "The day-long session at the US mission in Geneva on Sunday brought together Secretary of State Karl Moen and envoy Piet Vos with an Armenian team led by Ararat Mirzoyan.\n\n"
	met := "Ararat Mirzoyan, Karl Moen, Piet Vos"
	checkMeetingCasesOn(t, "2026-03-06", true, []rosterCase{
		{"were also in the city but not invited", opening + "National security advisers Lena Dahl and Tomas Renner were also in Geneva but were not invited into the American session, two officials said.",
			[]string{met}, map[string]string{"Lena Dahl": met, "Tomas Renner": met}},
		{"three of them", opening + "Lena Dahl, Tomas Renner and Omar Haddad were in the city as well but were not invited to the session.",
			[]string{met}, map[string]string{"Lena Dahl": met, "Tomas Renner": met, "Omar Haddad": met}},
	})
}

// TestAttendedThatMeeting26: "A and B also attended that meeting" after a
// recalled meeting puts A and B there even when they were at the meeting
// the story is about too; the sentence-opening "That meeting ..." keeps
// working.
func TestAttendedThatMeeting26(t *testing.T) {
	opening := "Armenian and Azerbaijani delegations met in Geneva on Tuesday. The meeting was chaired by Foreign Minister Lena Dahl, who was flanked by adviser Piet Vos. The delegations were led by Ararat Mirzoyan and Jeyhun Bayramov.\n\n"
	geneva := "Ararat Mirzoyan, Jeyhun Bayramov, Lena Dahl, Piet Vos"
	checkMeetingCasesOn(t, "2026-03-05", false, []rosterCase{
		{"also attended that meeting", opening + "Two weeks earlier, President Ilham Aliyev received Prime Minister Nikol Pashinyan at the Presidential Palace in Baku on February 18. Dahl and Vos also attended that meeting.",
			[]string{geneva, "Ilham Aliyev, Lena Dahl, Nikol Pashinyan, Piet Vos"}, nil},
		{"joined that meeting", opening + "In January, President Ilham Aliyev hosted Prime Minister Nikol Pashinyan at his residence in Baku. Dahl joined that meeting for an hour.",
			[]string{geneva, "Ilham Aliyev, Lena Dahl, Nikol Pashinyan"}, nil},
		{"that meeting opens the sentence", opening + "In January, President Ilham Aliyev hosted Prime Minister Nikol Pashinyan at his residence in Baku. That meeting was also attended by Vos.",
			[]string{geneva, "Ilham Aliyev, Nikol Pashinyan, Piet Vos"}, nil},
	})
}
