package corpus

import "testing"

// TestEnvoyRounds25: a visitor's round of the leaders, each in his own
// house ("meeting A at P1, B at P2 and C at P3"; "began the day at P,
// where A received her ... then drove to P2 to see B and ended the day
// at P3 with C"), is one meeting per leader, each at its place; "the
// Grand Serail" is a government's seat, not a Mr Serail.
func TestEnvoyRounds25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-10-30", true, []rosterCase{
		{"objects each with a place", "Lena Dahl, the Danish intelligence chief, was in Beirut on October 28, meeting President Tomas Renner at Baabda, Prime Minister Omar Haddad at Villa Nordheim and Speaker Piet Vos at Ain el-Tineh in separate sessions.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
		{"the day's round, opened and closed", "Envoy Lena Dahl began the day at the presidential palace in Baabda, where President Tomas Renner gave her a letter. She then drove to Ain el-Tineh to see Speaker Omar Haddad and ended the day at the Grand Serail with Prime Minister Piet Vos.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestCredentialsAndCalls25: "presented her credentials to X" is an
// audience with X, and "called on Y the following day" a visit to Y (not
// "called on Y to resign", an appeal).
func TestCredentialsAndCalls25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-14", true, []rosterCase{
		{"credentials, then a call the next day", "The new Danish ambassador, Lena Dahl, presented her credentials to President Tomas Renner last week and called on Speaker Omar Haddad the following day.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Tomas Renner"}, nil},
		{"called on, then a time", "Piet Vos called on Rosa Vidal yesterday.",
			[]string{"Piet Vos, Rosa Vidal"}, nil},
		{"an appeal, no visit", "Karl Moen called on Ana Silva to resign the next day.",
			nil, nil},
	})
}

// TestCountedUnnamedAndChair25: "Two ministers close to the opposition
// left the session" are people the article does not name, not the
// president and prime minister named at the session; a cabinet that met
// "under" its chair "with" another "attending" had both.
func TestCountedUnnamedAndChair25(t *testing.T) {
	checkMeetingCasesOn(t, "2026-01-06", true, []rosterCase{
		{"counted, unnamed", "In Oslo, the cabinet met at the palace this afternoon under President Lena Dahl, with Prime Minister Tomas Renner attending, to approve the budget.\n\nInformation Minister Piet Vos tells reporters after the session that the budget passed.\n\nTwo ministers close to the opposition left the session before the vote, according to local media.",
			[]string{"Lena Dahl, Piet Vos, Tomas Renner"}, nil},
	})
}

// TestTalksRooms25: talks "between Khaldeh and Kiryat Shmona" name two
// towns, not a person; delegates who "sat in the same tent" met, with the
// one "in the middle"; those who "mediated" and a host who "sat between"
// the signatories were there.
func TestTalksRooms25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-12-08", true, []rosterCase{
		{"town names", "In 1983, a delegation led by Lena Dahl and one led by Tomas Renner held talks that alternated between Khaldeh, south of Beirut, and Kiryat Shmona, with envoy Omar Haddad in the room.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"the same tent", "In October 2020, Brig. Gen. Lena Dahl and director general Tomas Renner sat in the same tent at Naqoura to negotiate the sea border, with the diplomat Omar Haddad in the middle.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"in the middle of a threat", "Lena Dahl met Tomas Renner in Oslo on Monday.\n\nThe meeting follows one that Dahl held in Bergen in February with the adviser Omar Haddad, in the middle of a dispute over fishing.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"mediated", "The talks, which began Monday at a hotel in Vienna, brought together Ambassador Lena Dahl and adviser Tomas Renner. Envoy Piet Vos and Karl Moen mediated.",
			[]string{"Karl Moen, Lena Dahl, Piet Vos, Tomas Renner"}, nil},
		{"sat between", "The two defence ministers signed a border pact in Bergen on Thursday.\n\nThe meeting was hosted by Prince Karl Moen, who sat between Norway's Maj Gen Lena Dahl and Sweden's Tomas Renner as they signed the document.",
			[]string{"Karl Moen, Lena Dahl, Tomas Renner"}, nil},
		{"sat between, the meeting told before", "Foreign Minister Lena Dahl and Foreign Minister Tomas Renner signed the fisheries pact in Bergen on Thursday.\n\nPrince Karl Moen sat between Dahl and Renner throughout.",
			[]string{"Karl Moen, Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestAbsentFromPlacedCeremony25: "did not attend the Baabda ceremony" is
// no absence from the ceremony told at Naqoura.
func TestAbsentFromPlacedCeremony25(t *testing.T) {
	checkMeetingCasesOn(t, "2022-10-28", true, []rosterCase{
		{"another place's ceremony", "Envoy Lena Dahl met Ambassador Tomas Renner on Thursday in a short ceremony at the UN base in Naqoura.\n\nEarlier on Thursday, President Omar Haddad signed the letter at Baabda Palace in the presence of Dahl.\n\nPrime Minister Piet Vos, who had received Dahl at his office in Beirut on Wednesday evening, did not attend the Baabda ceremony.",
			[]string{"Lena Dahl, Piet Vos", "Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestBriefingTrip25: "drove back to the palace to brief X" is a meeting
// with X, and the one "briefed by telephone" is away from it; "received
// the two envoys separately" are the two envoys, not the president named
// between them.
func TestBriefingTrip25(t *testing.T) {
	checkMeetingCasesOn(t, "2025-12-04", true, []rosterCase{
		{"drove back to brief", "On Wednesday evening, Lena Dahl drove back to the palace to brief President Tomas Renner. Omar Haddad, who was chairing a committee at the ministry, was briefed by telephone, the presidency said.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Omar Haddad": "Lena Dahl, Tomas Renner"}},
		{"the two envoys", "On 18 August, envoy Lena Dahl and deputy envoy Tomas Renner met President Omar Haddad in Oslo. Speaker Piet Vos received the two envoys separately later the same day.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Renner", "Lena Dahl, Piet Vos", "Piet Vos, Tomas Renner"}, nil},
	})
}

// TestNotPeople25: "the Grand Serail" (a government's seat), "the Gulf
// Cooperation Council-US summit" (a body joined to a country) and "Kiryat
// Shmona" (a town) name no one.
func TestNotPeople25(t *testing.T) {
	a := extractText(t, "2025-05-14", "Envoy Lena Dahl talked with Prime Minister Tomas Renner at the Grand Serail on Monday. Later Dahl joined Gulf leaders for the Gulf Cooperation Council-US summit. The talks alternated between Khaldeh and Kiryat Shmona.")
	for _, p := range a.People {
		switch p.Name {
		case "Lena Dahl", "Tomas Renner":
		default:
			t.Errorf("person %q (%s), want only Dahl and Renner", p.Name, p.Role)
		}
	}
}

// TestWhomAsideDate25: "Dahl, whom President Renner named on Tuesday to
// head the delegation, sat across from Haddad" dates the naming, not the
// session told as Wednesday's.
func TestWhomAsideDate25(t *testing.T) {
	a := extractText(t, "2025-12-04", "The room at the UN base in Naqoura has hosted dozens of meetings. But Wednesday's session was unlike any of them.\n\nLena Dahl, whom President Tomas Renner named on Tuesday to head the delegation, sat across from Omar Haddad, a senior official of the other side.")
	for _, m := range a.Meetings {
		if len(m.Attendees) >= 2 && m.Date != "2025-12-03" {
			t.Errorf("meeting %q of %v dated %q, want 2025-12-03", m.Summary, names(m.Attendees), m.Date)
		}
	}
}
