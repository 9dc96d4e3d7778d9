package corpus

import "testing"

// TestSpentOnTheLink26: people who "spent about an hour on the link" or
// "spent two hours discussing" something met (on a call when the time
// was spent on a line); time spent "on the proposal" or by one person
// alone is no meeting of two.
func TestSpentOnTheLink26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-15", true, []rosterCase{
		{"on the link, discussing", "Fisheries Minister Lena Dahl, Sweden's trade minister Tomas Renner and Finland's economy minister Piet Vos spent about an hour on the link discussing quotas, according to a ministry readout.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner"}, nil},
		{"on a video call", "Lena Dahl and Omar Haddad spent two hours on a video call on Monday.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"discussing", "Lena Dahl, Tomas Renner and Karl Moen spent nearly three hours discussing the border in Bergen on Tuesday.",
			[]string{"Karl Moen, Lena Dahl, Tomas Renner"}, nil},
		{"on a proposal, no line", "Lena Dahl and Omar Haddad spent an hour on the proposal.",
			nil, nil},
	})
}

// TestAsGuestOf26: someone who "took part in the dinner as a guest of X"
// ate at X's table, X the host; a stay "at the palace as a guest of the
// king" is no meeting.
func TestAsGuestOf26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-15", true, []rosterCase{
		{"a guest of the host", "Prime Minister Lena Dahl took part in the leaders' dinner on Saturday as a guest of President Tomas Renner.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"the guest of, then a sideline meeting", "In Oslo, Lena Dahl also attended the leaders' lunch on Saturday as the guest of Prime Minister Tomas Renner, and met Sweden's Omar Haddad on the sidelines.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Tomas Renner"}, nil},
		{"a stay, no meal", "President Lena Dahl met Prime Minister Tomas Renner in Oslo on Monday.\n\nDahl spent the night at the palace as a guest of King Karl Moen.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestNotAttendingAShow26: "will not attend Wednesday's military parade"
// is a show missed, not the summit told (so the one who flew home after
// it still attended it); "did not attend the talks" is the meeting.
func TestNotAttendingAShow26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-15", true, []rosterCase{
		{"a parade after the summit", "Leaders of the region met in Oslo on Monday for a summit. Present were President Lena Dahl, Prime Minister Tomas Renner and Prime Minister Omar Haddad.\n\nDahl flew home on Monday evening and will not attend Wednesday's military parade in Bergen, her office said.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"the opening concert", "President Lena Dahl and Prime Minister Tomas Renner met in Oslo on Monday for talks on fisheries. Renner did not attend the opening concert of the festival afterwards.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"the talks themselves", "Prime Minister Tomas Renner and Prime Minister Omar Haddad met in Oslo on Monday. President Lena Dahl did not attend the talks.",
			[]string{"Omar Haddad, Tomas Renner"}, map[string]string{"Lena Dahl": "Omar Haddad, Tomas Renner"}},
	})
}

// TestPlannedDelegation26: "X is due to attend the dialogue later in the
// week, along with a delegation led by Y" tells a meeting still to come:
// Y is not at the summit told before; a delegation "led by" someone at
// the meeting told is.
func TestPlannedDelegation26(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-15", true, []rosterCase{
		{"due to attend, led by", "Leaders of the region met in Oslo on Monday for a summit. Present were President Lena Dahl, Prime Minister Tomas Renner and Prime Minister Omar Haddad.\n\nSweden's special envoy, Karl Moen, is due to attend the dialogue with partner countries later in the week, along with a US delegation led by Deputy Secretary of State Piet Vos.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"will attend, headed by", "Leaders of the region met in Oslo on Monday for a summit. Present were President Lena Dahl, Prime Minister Tomas Renner and Prime Minister Omar Haddad.\n\nA Danish team will attend the closing session, headed by Foreign Minister Piet Vos.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"a delegation there, led by", "Leaders of the region met in Oslo on Monday for a summit. Present were President Lena Dahl, Prime Minister Tomas Renner and Prime Minister Omar Haddad.\n\nThe US sent a delegation led by Deputy Secretary of State Piet Vos.",
			[]string{"Lena Dahl, Omar Haddad, Piet Vos, Tomas Renner"}, nil},
	})
}
