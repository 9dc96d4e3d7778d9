package corpus

import "testing"

// TestPartyReps checks the party-to-person step (partyreps.go): a meeting
// told by the countries that held it takes, for a party with no one named
// at it yet, the party's official who speaks of it afterwards. Near
// misses: a third country's minister commenting, a spokesman, a party
// already represented, a speaker placed elsewhere or on the phone, a
// planned round. Rows are written for this test.
func TestPartyReps(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"both parties' ministers speak after the talks", "CAIRO — Egypt and Ethiopia held talks on the dam in Cairo on Tuesday.\n\n\"The atmosphere was serious,\" Egypt's foreign minister Badr Abdelatty told reporters after the meeting. Ethiopian negotiator Seleshi Bekele said afterwards that gaps remained.",
			[]string{"Badr Abdelatty, Seleshi Bekele"}, nil},
		{"delegations by adjective", "ISTANBUL — Turkish and Greek delegations met in Istanbul on Friday for talks on maritime borders.\n\nGreek Foreign Minister Giorgos Gerapetritis said after the talks that the tone had been good. Turkish Foreign Minister Hakan Fidan told reporters the session had been useful.",
			[]string{"Giorgos Gerapetritis, Hakan Fidan"}, nil},
		// near misses
		{"a third country's minister is no party", "CAIRO — Egypt and Ethiopia held talks on the dam in Cairo on Tuesday.\n\nEgypt's foreign minister Badr Abdelatty told reporters after the meeting that gaps remained. Ethiopian negotiator Seleshi Bekele said afterwards that the talks had been frank. Sudanese Foreign Minister Omar Siddiq said the talks were welcome.",
			[]string{"Badr Abdelatty, Seleshi Bekele"}, nil},
		{"a spokesman is no representative", "CAIRO — Egypt and Ethiopia held talks on the dam in Cairo on Tuesday.\n\nEgypt's foreign minister Badr Abdelatty told reporters after the meeting that gaps remained. Ethiopian government spokesman Legesse Tulu said afterwards that the talks had been frank.",
			nil, nil},
		{"a party already represented takes no one more", "CAIRO — Badr Abdelatty and Ethiopian negotiator Seleshi Bekele held talks on the dam in Cairo on Tuesday.\n\nEgyptian President Abdel Fattah el-Sisi said afterwards that the talks had been useful.",
			[]string{"Badr Abdelatty, Seleshi Bekele"}, nil},
		{"a speaker placed elsewhere", "CAIRO — Egypt and Ethiopia held talks on the dam in Cairo on Tuesday.\n\nEgypt's foreign minister Badr Abdelatty told reporters after the meeting that gaps remained. Ethiopian Prime Minister Abiy Ahmed said in Addis Ababa that the talks had been frank.",
			nil, nil},
		{"a speaker on the phone", "CAIRO — Egypt and Ethiopia held talks on the dam in Cairo on Tuesday.\n\nEgypt's foreign minister Badr Abdelatty told reporters after the meeting that gaps remained. Ethiopian Prime Minister Abiy Ahmed said by phone that the talks had been frank.",
			nil, nil},
		{"a planned round", "CAIRO — Egypt and Ethiopia will hold talks on the dam in Cairo next week.\n\nEgypt's foreign minister Badr Abdelatty told reporters the talks would be hard. Ethiopian negotiator Seleshi Bekele said the talks were overdue.",
			nil, nil},
	})
}
