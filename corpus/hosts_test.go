package corpus

import "testing"

// TestHostGatherings checks meetings held on the sidelines of a gathering
// (hosts.go): the gathering is a meeting of its own, so people placed at
// it later ("also attended the summit", "who hosted the forum") are not
// attendees of the side meeting, and the side meeting keeps the city told
// with the gathering. Near misses: a "where" clause that tells what the
// side meeting did, a side meeting "on the sidelines" of nothing named,
// a planned side meeting. Rows are written for this test.
func TestHostGatherings(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"a later attendee of the summit stays at the summit", "ASTANA — Ana Ruiz held talks with Piotr Nowak on the sidelines of the Central Asia Forum (CAF) summit in Astana on Sunday.\n\nLena Varga also attended the summit.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"the host of the conference stays at the conference", "OSLO — Ana Ruiz met Piotr Nowak on the margins of the Oslo energy conference on Tuesday.\n\nNorwegian Prime Minister Lena Varga, who hosted the conference, welcomed delegates.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a where clause tells of the side meeting", "ASTANA — Ana Ruiz and Piotr Nowak last saw each other in May in Astana, on the sidelines of a regional summit, where they spoke briefly with Lena Varga.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
		{"sidelines of nothing named", "ASTANA — Ana Ruiz met Piotr Nowak on the sidelines on Sunday.\n\nLena Varga joined them.",
			[]string{"Ana Ruiz, Lena Varga, Piotr Nowak"}, nil},
	})
}

// TestHostGatheringPlace checks that a side meeting told with its
// gathering's city keeps that city.
func TestHostGatheringPlace(t *testing.T) {
	a := extractText(t, "2025-07-03", "ASTANA — Ana Ruiz held talks with Piotr Nowak on the sidelines of the Central Asia Forum (CAF) summit in Astana on Sunday.")
	if len(a.Meetings) != 1 || a.Meetings[0].Place != "Astana" {
		t.Fatalf("meetings = %+v, want one in Astana", a.Meetings)
	}
}
