package corpus

import "testing"

// TestProbeWireLedes checks the ledes wire copy opens a meeting story
// with: travel for talks ("flew to Ankara to meet", "arrived in Doha for
// talks with"), talks hosted between two others, a possessive meeting,
// a passive reception, and the near misses that tell no meeting held.
// Rows are probes written afresh for this test.
func TestProbeWireLedes(t *testing.T) {
	checkMeetingCases(t, true, sortedWants([]rosterCase{
		{"travelled to X for talks with", "ANKARA (Reuters) - Volodymyr Zelenskyy travelled to Ankara on Tuesday for talks with Tayyip Erdogan.",
			[]string{"Tayyip Erdogan, Volodymyr Zelenskyy"}, nil},
		{"flew to X to meet", "DOHA (AFP) - Steve Witkoff flew to Doha on Wednesday to meet Sheikh Mohammed bin Abdulrahman Al Thani.",
			[]string{"Sheikh Mohammed bin Abdulrahman Al Thani, Steve Witkoff"}, nil},
		{"arrived in X for talks with", "NEW DELHI (AP) — Wang Yi arrived in New Delhi on Monday for talks with Subrahmanyam Jaishankar.",
			[]string{"Subrahmanyam Jaishankar, Wang Yi"}, nil},
		{"hosted talks between A and B", "DOHA (Reuters) - Qatar's prime minister hosted talks between Therese Kayikwamba Wagner and Bertrand Bisimwa in Doha on Saturday.",
			[]string{"Bertrand Bisimwa, Mohammed bin Abdulrahman Al Thani, Therese Kayikwamba Wagner"}, nil},
		{"possessive meeting with", "WASHINGTON (AP) — Javier Milei's meeting with Donald Trump at the White House on Tuesday lasted an hour.",
			[]string{"Donald Trump, Javier Milei"}, nil},
		{"was received by", "RIYADH (Reuters) - Marco Rubio was received by Crown Prince Mohammed bin Salman in Riyadh on Monday.",
			[]string{"Marco Rubio, Mohammed bin Salman"}, nil},
		{"joined X for talks", "KYIV (Reuters) - Friedrich Merz joined Emmanuel Macron and Keir Starmer for talks with Volodymyr Zelenskyy in Kyiv on Saturday.",
			[]string{"Emmanuel Macron, Friedrich Merz, Keir Starmer, Volodymyr Zelenskyy"}, nil},
		{"talks between the two ministers, appositive (dateline stripped by the loaders)", "Talks between the two foreign ministers, Takeshi Iwaya and Cho Hyun, lasted three hours in Tokyo on Monday.",
			[]string{"Cho Hyun, Takeshi Iwaya"}, nil},
		{"was in X on Monday, where he met", "BEIRUT (AFP) - Tom Barrack was in Beirut on Monday, where he met Joseph Aoun.",
			[]string{"Joseph Aoun, Tom Barrack"}, nil},
		{"hosted X for dinner", "LONDON (Reuters) - Keir Starmer hosted Mark Carney for dinner at Chequers on Sunday.",
			[]string{"Keir Starmer, Mark Carney"}, nil},

		{"will travel for talks is no meeting held", "ANKARA (Reuters) - Volodymyr Zelenskyy will travel to Ankara next week for talks with Tayyip Erdogan.",
			nil, nil},
		{"cancelled a trip is no meeting", "ANKARA (Reuters) - Volodymyr Zelenskyy cancelled a planned trip to Ankara for talks with Tayyip Erdogan on Tuesday.",
			nil, nil},
		{"called for talks is no meeting", "ANKARA (Reuters) - Tayyip Erdogan called on Tuesday for talks between Volodymyr Zelenskyy and Vladimir Putin.",
			nil, nil},
	}))
}
