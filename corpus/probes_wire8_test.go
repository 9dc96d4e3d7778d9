package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestProbeSideMeetings checks meetings told beside the day's main talks:
// an inverted scene line seating people across from someone ("Across the
// table from Medinsky sat"), a further, second or separate session of two
// of them, a brief encounter before flying home, "met X separately", and
// the near misses that stay in the main talks. Rows are probes written
// afresh for this test.
func TestProbeSideMeetings(t *testing.T) {
	const istanbul = "ISTANBUL — Rustem Umerov and Vladimir Medinsky held talks in Istanbul on Monday on a prisoner exchange.\n\n"
	const geneva = "GENEVA — Marco Rubio and Andriy Yermak held talks in Geneva on Sunday on a U.S. peace plan.\n\n"
	const nairobi = "NAIROBI — Grace Wanjiru hosted Tomas Berg for a summit at State House on Tuesday.\n\n"
	const genevaDel = "GENEVA — U.S. and Ukrainian delegations led by Marco Rubio and Andriy Yermak held talks in Geneva on Sunday on a U.S. peace plan.\n\n"
	ist, gen, nai := "Rustem Umerov, Vladimir Medinsky", "Andriy Yermak, Marco Rubio", "Grace Wanjiru, Tomas Berg"
	checkMeetingCases(t, true, sortedWants([]rosterCase{
		{"across the table from X sat A and B", istanbul + "Across the table from Medinsky sat Mikhail Galuzin and Igor Kostyukov.",
			[]string{"Igor Kostyukov, Mikhail Galuzin, Rustem Umerov, Vladimir Medinsky"}, nil},
		{"across from X sat A", istanbul + "Across from Medinsky sat Mikhail Galuzin.",
			[]string{"Mikhail Galuzin, Rustem Umerov, Vladimir Medinsky"}, nil},
		{"across the table sat A", istanbul + "Across the table sat Mikhail Galuzin.",
			[]string{"Mikhail Galuzin, Rustem Umerov, Vladimir Medinsky"}, nil},
		{"opposite X sat A", nairobi + "Opposite Wanjiru sat Lena Varga, the Swedish envoy.",
			[]string{"Grace Wanjiru, Lena Varga, Tomas Berg"}, nil},
		{"across from X's office is no seat", istanbul + "Across from Medinsky's office was a crowd of reporters.",
			[]string{ist}, nil},

		{"held a further session with, apposition", geneva + "Jonathan Powell, the British adviser, held a further session with Rubio in the afternoon.",
			[]string{gen, "Jonathan Powell, Marco Rubio"}, nil},
		{"held further talks with", geneva + "Jonathan Powell held further talks with Rubio.",
			[]string{gen, "Jonathan Powell, Marco Rubio"}, nil},
		{"held a further meeting with", geneva + "Jonathan Powell held a further meeting with Rubio.",
			[]string{gen, "Jonathan Powell, Marco Rubio"}, nil},
		{"held a second meeting with", geneva + "Jonathan Powell held a second meeting with Rubio.",
			[]string{gen, "Jonathan Powell, Marco Rubio"}, nil},
		{"held a separate meeting with", geneva + "Jonathan Powell held a separate meeting with Rubio.",
			[]string{gen, "Jonathan Powell, Marco Rubio"}, nil},
		{"had a further meeting with, Nairobi", nairobi + "Kenya's foreign minister, Musalia Mudavadi, had a further meeting with Berg on Wednesday.",
			[]string{nai, "Musalia Mudavadi, Tomas Berg"}, nil},
		{"held additional talks with", istanbul + "Hakan Fidan held additional talks with Umerov after the session.",
			[]string{ist, "Hakan Fidan, Rustem Umerov"}, nil},
		{"also saw X briefly before flying home", geneva + "Jonathan Powell also saw Rubio briefly before flying home.",
			[]string{gen, "Jonathan Powell, Marco Rubio"}, nil},
		{"also met X briefly", nairobi + "Musalia Mudavadi also met Berg briefly before his departure.",
			[]string{nai, "Musalia Mudavadi, Tomas Berg"}, nil},
		{"met X separately", geneva + "Jonathan Powell met Yermak separately on Sunday morning.",
			[]string{gen, "Andriy Yermak, Jonathan Powell"}, nil},
		{"met the team separately, named", istanbul + "Hakan Fidan met Umerov separately before the session.",
			[]string{ist, "Hakan Fidan, Rustem Umerov"}, nil},
		{"advisers met the team separately, unnamed", geneva + "National security advisers from Britain, France and Germany met the Ukrainian team separately on Sunday morning.",
			[]string{gen}, nil},
		{"met the U.S. delegation separately", genevaDel + "Jonathan Powell later met the U.S. delegation separately.",
			[]string{gen, "Jonathan Powell, Marco Rubio"}, nil},
		{"dashed list met the delegation separately", genevaDel + "The Europeans - Jonathan Powell, Emmanuel Bonne and Günter Sautter - later met the U.S. delegation separately.",
			[]string{gen, "Emmanuel Bonne, Günter Sautter, Jonathan Powell, Marco Rubio"}, nil},
		{"met the Ukrainian team separately, em dashes", genevaDel + "Two Europeans — Jonathan Powell and Emmanuel Bonne — met the Ukrainian team separately.",
			[]string{gen, "Andriy Yermak, Emmanuel Bonne, Jonathan Powell"}, nil},
		{"met the Russian delegation, none at the talks", genevaDel + "Jonathan Powell met the Russian delegation separately.",
			[]string{gen}, nil},
		{"host left, the two met alone and were joined", "ISTANBUL — Rustem Umerov and Vladimir Medinsky met in Istanbul on Monday for direct talks.\n\nTurkish President Tayyip Erdogan welcomed both men at the palace but left before the talks began.\n\nThe two first met alone for an hour and were later joined by Mikhail Galuzin and Igor Kostyukov.",
			[]string{"Igor Kostyukov, Mikhail Galuzin, Rustem Umerov, Vladimir Medinsky"}, map[string]string{"Tayyip Erdogan": "Igor Kostyukov, Mikhail Galuzin, Rustem Umerov, Vladimir Medinsky"}},
		{"further talks planned is no meeting", geneva + "Powell will hold further talks with Rubio next week.",
			[]string{gen}, nil},
		{"said further talks were needed", geneva + "Jonathan Powell said further talks with Rubio were needed.",
			[]string{gen}, nil},
	}))
}

// TestProbeAwayAndRecalled checks absences from the talks under way against
// a leader's address from home and a recalled earlier round whose absences
// are its own.
func TestProbeAwayAndRecalled(t *testing.T) {
	checkMeetingCases(t, true, sortedWants([]rosterCase{
		{"their first meeting, two ministers", "SEOUL — Cho Hyun and Takeshi Iwaya held talks in Seoul on Tuesday.\n\nTheir first meeting came on the sidelines of a regional forum in Kuala Lumpur in May, where they spoke for about 30 minutes.",
			[]string{"Cho Hyun, Takeshi Iwaya", "Cho Hyun, Takeshi Iwaya"}, nil},
		{"their last meeting, three at the talks, no one", "SEOUL — Cho Hyun, Takeshi Iwaya and Wang Yi held talks in Seoul on Tuesday.\n\nTheir last meeting was in Tokyo in March.",
			[]string{"Cho Hyun, Takeshi Iwaya, Wang Yi"}, nil},
		{"previous round, with A and B leading", "MANILA — Maria Theresa Lazaro and Chen Xiaodong held talks in Manila on Tuesday.\n\nThe previous round was held in Shanghai in January, with Lazaro and Sun Weidong leading the two delegations.",
			[]string{"Chen Xiaodong, Maria Theresa Lazaro", "Maria Theresa Lazaro, Sun Weidong"}, nil},
		{"the two last met, recalled", "MANILA — Maria Theresa Lazaro and Chen Xiaodong held talks in Manila on Tuesday.\n\nThe two last met in Beijing in February.",
			[]string{"Chen Xiaodong, Maria Theresa Lazaro", "Chen Xiaodong, Maria Theresa Lazaro"}, nil},
	}))
	checkMeetingCasesOn(t, "2025-06-02", true, []rosterCase{
		{"recalled round: met separately, did not sit in",
			"ISTANBUL — Rustem Umerov and Vladimir Medinsky held a second round of talks in Istanbul on Monday.\n\nU.S. officials did not take part. At the first round on May 16, Secretary of State Marco Rubio had met the Ukrainian delegation separately in Istanbul but did not sit in on the talks with the Russians.",
			[]string{"Rustem Umerov, Vladimir Medinsky"}, nil},
	})
}

// sortedWants sorts each case's meetings, so rows may list the main
// meeting first.
func sortedWants(cases []rosterCase) []rosterCase {
	for i := range cases {
		sort.Strings(cases[i].want)
	}
	return cases
}

// TestProbeStayedHome checks the note of a leader who stayed at home while
// their team met, against a leader's own video broadcast and a video
// message sent to the meeting. want maps each absent person to the note.
func TestProbeStayedHome(t *testing.T) {
	const geneva = "GENEVA — Marco Rubio and Andriy Yermak held talks in Geneva on Sunday on a U.S. peace plan.\n\n"
	const ankara = "ANKARA — Hakan Fidan and Ishaq Dar met in Ankara on Tuesday to discuss trade.\n\n"
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"remained in Kyiv, nightly video address", geneva + "Volodymyr Zelenskyy, who remained in Kyiv, said in his nightly video address that the talks had been useful.",
			map[string]string{"Volodymyr Zelenskyy": "stayed in Kyiv"}},
		{"remained in Kyiv, said", geneva + "Volodymyr Zelenskyy, who remained in Kyiv, said the talks had been useful.",
			map[string]string{"Volodymyr Zelenskyy": "stayed in Kyiv"}},
		{"stayed behind in Islamabad", ankara + "Prime Minister Shehbaz Sharif stayed behind in Islamabad.",
			map[string]string{"Shehbaz Sharif": "stayed in Islamabad"}},
		{"nightly video address alone is no absence", geneva + "In his nightly video address, Volodymyr Zelenskyy said the talks had been useful.",
			map[string]string{}},
		{"video message to the talks is by video", geneva + "Volodymyr Zelenskyy sent a video message to the talks.",
			map[string]string{"Volodymyr Zelenskyy": "by video"}},
		{"remained in Geneva is no absence", geneva + "Volodymyr Zelenskyy remained in Geneva after the talks.",
			map[string]string{}},
		{"a minister who stayed in Moscow is no leader", geneva + "Sergei Lavrov, who remained in Moscow, said the talks had been useless.",
			map[string]string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			got := map[string]string{}
			for _, m := range a.Meetings {
				for _, ab := range m.Absent {
					got[ab.Name] = ab.Note
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("absent = %v, want %v", got, tc.want)
			}
			for n, note := range tc.want {
				if got[n] != note {
					t.Errorf("absent[%s] = %q, want %q", n, got[n], note)
				}
			}
		})
	}
}

// TestProbeWireShutOut checks absences wire copy tells as someone kept
// from the talks ("was kept out of", "shut out of", "left off the guest
// list", "conspicuously missing") with the near misses that are no
// absence. Rows are probes written afresh for this test.
func TestProbeWireShutOut(t *testing.T) {
	const riyadh = "RIYADH (Reuters) - Marco Rubio and Sergei Lavrov held talks in Riyadh on Tuesday on ending the war in Ukraine.\n\n"
	ry := "Marco Rubio, Sergei Lavrov"
	checkMeetingCases(t, true, []rosterCase{
		{"kept out of the talks", riyadh + "Volodymyr Zelenskyy was kept out of the talks.",
			[]string{ry}, map[string]string{"Volodymyr Zelenskyy": ry}},
		{"shut out of the talks", riyadh + "Ukraine's president, Volodymyr Zelenskyy, was shut out of the talks.",
			[]string{ry}, map[string]string{"Volodymyr Zelenskyy": ry}},
		{"left off the guest list", riyadh + "Kaja Kallas was left off the guest list.",
			[]string{ry}, map[string]string{"Kaja Kallas": ry}},
		{"conspicuously missing", riyadh + "Volodymyr Zelenskyy was conspicuously missing.",
			[]string{ry}, map[string]string{"Volodymyr Zelenskyy": ry}},
		{"frozen out of the talks", riyadh + "European leaders, including Emmanuel Macron, felt frozen out of the talks.",
			[]string{ry}, map[string]string{"Emmanuel Macron": ry}},
		{"picked up where they left off is no absence", riyadh + "Rubio said the two sides picked up where they left off.",
			[]string{ry}, nil},
		{"kept out of the news is no absence", riyadh + "Lavrov said details would be kept out of the news for now.",
			[]string{ry}, nil},
	})
}

// TestProbeLeadStory runs the lead's constructions together in one story
// and checks the side meeting takes the day of the talks it broke off
// from, with no absence carried over from the recalled round.
func TestProbeLeadStory(t *testing.T) {
	text := "ISTANBUL — Rustem Umerov and Vladimir Medinsky held a second round of talks in Istanbul on Monday.\n\n" +
		"Across the table from Medinsky sat Mikhail Galuzin and Igor Kostyukov.\n\n" +
		"Jonathan Powell, the British adviser, held a further session with Umerov in the afternoon.\n\n" +
		"Volodymyr Zelenskyy, who remained in Kyiv, said in his nightly video address that the talks had been useful.\n\n" +
		"U.S. officials did not take part. At the first round on May 16, Secretary of State Marco Rubio had met the Ukrainian delegation separately in Istanbul but did not sit in on the talks with the Russians."
	a := extractText(t, "2025-06-02", text)
	got := map[string]Meeting{}
	for _, m := range a.Meetings {
		n := names(m.Attendees)
		sort.Strings(n)
		got[strings.Join(n, ", ")] = m
	}
	main, ok := got["Igor Kostyukov, Mikhail Galuzin, Rustem Umerov, Vladimir Medinsky"]
	if !ok {
		t.Fatalf("no main talks with the four: %v", a.Meetings)
	}
	if len(main.Absent) != 1 || main.Absent[0].Name != "Volodymyr Zelenskyy" || main.Absent[0].Note != "stayed in Kyiv" {
		t.Errorf("main absent = %v, want Zelenskyy (stayed in Kyiv)", main.Absent)
	}
	side, ok := got["Jonathan Powell, Rustem Umerov"]
	if !ok {
		t.Fatalf("no Powell–Umerov session: %v", a.Meetings)
	}
	if side.Date != main.Date || len(side.Absent) != 0 {
		t.Errorf("side session date %q absent %v, want %q and none", side.Date, side.Absent, main.Date)
	}
}
