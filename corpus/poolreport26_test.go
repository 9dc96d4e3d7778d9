package corpus

import "testing"

// TestCountedAbsentList26: "Four member states were not invited because
// they are suspended: Mali, led by Colonel A, and Sudan, under General B"
// leaves out the people the list after the colon names, not the ones named
// before it; a colon list of countries alone names no absentee.
func TestCountedAbsentList26(t *testing.T) {
	checkMeetingCasesOn(t, "2024-03-14", true, []rosterCase{
		{"member states led by", "The Nordic summit opened in Oslo on Thursday, chaired by Prime Minister Lena Dahl and President Tomas Renner.\n\nTwo member states were not invited because they are suspended from the council: Estland, led by General Omar Haddad, and Latvia, under Colonel Piet Vos.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Omar Haddad": "Lena Dahl, Tomas Renner", "Piet Vos": "Lena Dahl, Tomas Renner"}},
		{"acronym in the count", "The Nordic summit opened in Oslo on Thursday, chaired by Prime Minister Lena Dahl and President Tomas Renner.\n\nThree NC member states were not invited after coups: Estland, where Colonel Omar Haddad seized power in May, Latvia, led by General Piet Vos, and Lapland, under Captain Karl Moen.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Omar Haddad": "Lena Dahl, Tomas Renner", "Piet Vos": "Lena Dahl, Tomas Renner", "Karl Moen": "Lena Dahl, Tomas Renner"}},
		{"countries only", "The Nordic summit opened in Oslo on Thursday, chaired by Prime Minister Lena Dahl and President Tomas Renner.\n\nTwo countries were not invited: Estland and Latvia. Piet Vos of Lapland also spoke at the session.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestTookPartAfterSideMeal26: "The summit opened a day after A hosted a
// dinner on B. C, D and E took part": those who took part were at the
// dinner the sentence before told first, not at the summit it told back
// to; with no other meeting told before them, they were at the summit.
func TestTookPartAfterSideMeal26(t *testing.T) {
	const lead = "The Nordic summit opened in Bergen on Thursday 14 March 2024, chaired by Prime Minister Lena Dahl and President Tomas Renner.\n\n"
	checkMeetingCasesOn(t, "2024-03-14", true, []rosterCase{
		{"took part", lead + "The summit opened a day after President Karl Moen hosted a working dinner on fisheries at the palace in Oslo on Wednesday 13 March 2024. Dahl, Iceland's Omar Haddad, Finland's Piet Vos and Ana Silva took part.",
			[]string{"Ana Silva, Karl Moen, Lena Dahl, Omar Haddad, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"were present, a lunch", lead + "The talks began a day after Karl Moen hosted a lunch for the Arctic states at his residence in Tromso on Wednesday. Omar Haddad, in his role as chair of the Arctic Council, and Piet Vos were present.",
			[]string{"Karl Moen, Omar Haddad, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"also attended", lead + "The summit opened a day after President Karl Moen hosted a dinner on shipping at the palace in Oslo on Wednesday 13 March 2024. Omar Haddad and Piet Vos also attended.",
			[]string{"Karl Moen, Omar Haddad, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"no side meeting told", lead + "The summit opened with a minute of silence for the victims of the storm. Omar Haddad and Piet Vos took part.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestNotInRoomOnThePhone26: "X was not in the room; he was seen in the
// corridor outside, on the phone" is absent from the meeting told, the
// closing ", on the phone" telling what he was doing, no call; a call
// told with the one on the other end stays a call.
func TestNotInRoomOnThePhone26(t *testing.T) {
	const lead = "Prime Minister Lena Dahl met President Tomas Renner at 11:40 in a meeting room at the Grand Hotel in Bergen on Sunday.\n\n"
	checkMeetingCasesOn(t, "2024-03-17", true, []rosterCase{
		{"seen outside, on the phone", lead + "Joining Dahl were Finance Minister Omar Haddad and trade envoy Piet Vos. Security adviser Karl Moen was not in the room; he was seen in the corridor outside, on the phone.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, map[string]string{"Karl Moen": "Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}},
		{"for the session, reporters saw him", lead + "Joining Dahl were Finance Minister Omar Haddad and trade envoy Piet Vos. Security adviser Karl Moen was not in the room for the session; reporters saw him in the lobby, on the phone.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, map[string]string{"Karl Moen": "Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}},
		{"a call with someone", "Prime Minister Lena Dahl was in Bergen on Sunday. Late that evening she talked with President Tomas Renner for an hour on the phone.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestNotForAttribution26: "not for attribution" says how a source may be
// cited and negates no meeting: "Background from an official, not for
// attribution: the President and X had lunch on Saturday" is a lunch of
// the two; "had not had lunch" still tells none.
func TestNotForAttribution26(t *testing.T) {
	const lead = "President Lena Dahl met Prime Minister Tomas Renner at the Grand Hotel in Bergen on Sunday.\n\n"
	checkMeetingCasesOn(t, "2024-03-17", true, []rosterCase{
		{"background, colon", lead + "Background from an official, not for attribution to the president: Dahl and Finnish President Piet Vos had an unscheduled lunch on the terrace of the hotel on Saturday, lasting about two hours.",
			[]string{"Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"aside before said", lead + "An aide, not for publication, said Dahl and Finnish President Piet Vos had a private dinner at the hotel on Saturday.",
			[]string{"Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"really not", lead + "An aide said Dahl and Finnish President Piet Vos had not had a private dinner at the hotel on Saturday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}
