package corpus

import "testing"

// TestProbeWireVariants varies the side-meeting, scene and recalled-round
// constructions of TestProbeSideMeetings over other kinds of meeting
// (a summit, a signing, trade talks), other countries and other word
// orders, with the near misses that must stay in the main meeting or out
// of it. Rows are probes written afresh for this test.
func TestProbeWireVariants(t *testing.T) {
	const cairo = "CAIRO (AP) — Egyptian President Abdel Fattah el-Sissi hosted Jordan's King Abdullah II for a summit in Cairo on Wednesday.\n\n"
	const london = "LONDON (Reuters) - Jamieson Greer and Maros Sefcovic held trade talks in London on Thursday.\n\n"
	const kuala = "KUALA LUMPUR (AFP) - Anwar Ibrahim hosted Hun Manet and Phumtham Wechayachai for ceasefire talks in Putrajaya on Monday.\n\n"
	ca, lo, ku := "Abdel Fattah el-Sissi, King Abdullah II", "Jamieson Greer, Maros Sefcovic", "Anwar Ibrahim, Hun Manet, Phumtham Wechayachai"
	checkMeetingCases(t, true, sortedWants([]rosterCase{
		{"across the table from X were", london + "Across the table from Greer were Sabine Weyand and Ignacio Garcia Bercero.",
			[]string{"Ignacio Garcia Bercero, Jamieson Greer, Maros Sefcovic, Sabine Weyand"}, nil},
		{"to X's right sat", cairo + "To Sissi's right sat Foreign Minister Badr Abdelatty.",
			[]string{"Abdel Fattah el-Sissi, Badr Abdelatty, King Abdullah II"}, nil},
		{"on X's left sat", kuala + "On Anwar's left sat Mohamad Hasan, the foreign minister.",
			[]string{"Anwar Ibrahim, Hun Manet, Mohamad Hasan, Phumtham Wechayachai"}, nil},
		{"across the street is no seat", london + "Across the street from Lancaster House were dozens of protesters.",
			[]string{lo}, nil},

		{"held a second session with, other kind", london + "Greer's deputy, Jeffrey Goettman, held a second session with Sefcovic in the evening.",
			[]string{lo, "Jeffrey Goettman, Maros Sefcovic"}, nil},
		{"had additional talks with", cairo + "Badr Abdelatty had additional talks with King Abdullah II on regional security.",
			[]string{ca, "Badr Abdelatty, King Abdullah II"}, nil},
		{"held another meeting with", kuala + "Mohamad Hasan held another meeting with Phumtham later in the day.",
			[]string{ku, "Mohamad Hasan, Phumtham Wechayachai"}, nil},
		{"the two held further talks is the same meeting", london + "Greer and Sefcovic held further talks on Friday.",
			[]string{lo, lo}, nil},
		{"the two held a further session, undated, is the same meeting", london + "Greer and Sefcovic held a further session over dinner.",
			[]string{lo}, nil},
		{"further talks are needed is no meeting", london + "Sefcovic said further talks with Greer would be needed.",
			[]string{lo}, nil},

		{"saw X briefly before leaving", cairo + "Badr Abdelatty also saw King Abdullah II briefly before leaving for Riyadh.",
			[]string{ca, "Badr Abdelatty, King Abdullah II"}, nil},
		{"met X before heading home", london + "Sefcovic met Rachel Reeves before heading home.",
			[]string{lo, "Maros Sefcovic, Rachel Reeves"}, nil},
		{"met X separately, summit", cairo + "Sissi met Ayman Safadi separately on Wednesday evening.",
			[]string{ca, "Abdel Fattah el-Sissi, Ayman Safadi"}, nil},
		{"two of them met privately: a meeting of their own", kuala + "Anwar met Hun Manet privately before the session.",
			[]string{ku, "Anwar Ibrahim, Hun Manet"}, nil},

		{"travelled with X, summit", cairo + "Ayman Safadi travelled with the king.",
			[]string{"Abdel Fattah el-Sissi, Ayman Safadi, King Abdullah II"}, nil},
		{"making the trip were", kuala + "Making the trip with Hun Manet were Prak Sokhonn and Tea Seiha.",
			[]string{"Anwar Ibrahim, Hun Manet, Phumtham Wechayachai, Prak Sokhonn, Tea Seiha"}, nil},
		{"rounded out the delegation", london + "Sabine Weyand and Ignacio Garcia Bercero rounded out the EU delegation.",
			[]string{"Ignacio Garcia Bercero, Jamieson Greer, Maros Sefcovic, Sabine Weyand"}, nil},
		{"travelled with his wife is no attendee", cairo + "King Abdullah II, who travelled with Queen Rania, left after the summit.",
			[]string{ca}, nil},
	}))
}
