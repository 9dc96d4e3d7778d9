package corpus

import "testing"

// TestHonorificsBeforeNames23: a hyphenated rank ("Vice-Adm", "Rear-Adm")
// and Myanmar's "U" before a name are styles, not part of it.
func TestHonorificsBeforeNames23(t *testing.T) {
	checkMeetingCasesOn(t, "2024-02-08", true, []rosterCase{
		{"hyphenated naval ranks", "Defence Minister Lena Dahl met Vice-Adm Tomas Renner and Rear-Adm Ines Berg aboard the flagship on Wednesday.",
			[]string{"Ines Berg, Lena Dahl, Tomas Renner"}, nil},
		{"U before a Myanmar name", "On 7 February the envoy, Lena Dahl, held a meeting with H.E. U Kyaw Thura, Union Minister for Foreign Affairs.",
			[]string{"Kyaw Thura, Lena Dahl"}, nil},
	})
}

// TestGulfStyledNames23: a Gulf ruler's full name of eight words ("Sheikh
// Hamad bin Khalid bin Saud Al Nouri", six of them names and two "bin")
// is one person; "HH" before it is a style, as "H.H." is, so "HH the
// Amir" is the Amir named before; and a call's summary names such a
// person as news copy does ("Sheikh Hamad", "Al Nouri" for "Rashid bin
// Ali Al Nouri").
func TestGulfStyledNames23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-12", true, []rosterCase{
		{"eight-word name", "Prime Minister Sheikh Hamad bin Khalid bin Saud Al Nouri spoke by phone with Foreign Minister Lena Dahl on Tuesday.",
			[]string{"Lena Dahl, Sheikh Hamad bin Khalid bin Saud Al Nouri"}, nil},
		{"HH and the Amir", "The country's Amir HH Sheikh Hamad bin Khalid Al Nouri has led the mediation.\n\nThe ministry spokesman, Tomas Renner, said HH the Amir received a call from President Lena Dahl on Tuesday evening.",
			[]string{"Lena Dahl, Sheikh Hamad bin Khalid Al Nouri"}, nil},
	})
	for _, tc := range []struct{ text, want string }{
		{"Sheikh Hamad bin Khalid Al Nouri spoke by phone with President Lena Dahl on Tuesday.", "Sheikh Hamad–Dahl call"},
		{"Rashid bin Ali Al Nouri spoke by phone with President Lena Dahl on Tuesday.", "Al Nouri–Dahl call"},
	} {
		a := extractText(t, "2025-03-12", tc.text)
		if len(a.Meetings) != 1 || a.Meetings[0].Summary != tc.want {
			t.Errorf("%q: meetings %+v, want one %q", tc.text, a.Meetings, tc.want)
		}
	}
}

// TestCountedStayedAway23: "Three leaders stayed away." names no one: the
// ones it counts are named next ("A and B, both citing ..., sent their
// foreign ministers, C and D"), not the ones named before it; and "sent
// their ministers, C and D" puts every one sent at the meeting.
func TestCountedStayedAway23(t *testing.T) {
	const lede = "The summit in Oslo on Saturday was hosted by President Lena Dahl and chaired by Sultan Omar Haddad. Also attending were Prime Minister Tomas Renner and Prime Minister Ines Berg.\n\n"
	checkMeetingCasesOn(t, "2021-04-25", true, []rosterCase{
		{"counted, named next", lede + "Two leaders stayed away. Prime Minister Piet Vos and President Rosa Vidal, both citing outbreaks at home, sent their foreign ministers, Karl Moen and Ana Silva.",
			[]string{"Ana Silva, Ines Berg, Karl Moen, Lena Dahl, Omar Haddad, Tomas Renner"},
			map[string]string{"Piet Vos": "Ana Silva, Ines Berg, Karl Moen, Lena Dahl, Omar Haddad, Tomas Renner", "Rosa Vidal": "Ana Silva, Ines Berg, Karl Moen, Lena Dahl, Omar Haddad, Tomas Renner"}},
		{"counted, named in the next paragraph", lede + "Two leaders stayed away.\n\nPrime Minister Piet Vos and President Rosa Vidal cited outbreaks at home.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"},
			map[string]string{"Piet Vos": "Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner", "Rosa Vidal": "Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}},
	})
}

// TestAcronymBeforeTitle23: a body's acronym in brackets between its name
// and a title ("Liberation Front (LF) chairman Omar Haddad") is no aside
// that ends the list of who met; and "was replaced as chief minister by
// X" tells an office changing hands, no stand-in at the meeting.
func TestAcronymBeforeTitle23(t *testing.T) {
	checkMeetingCasesOn(t, "2021-04-25", true, []rosterCase{
		{"acronym before a title", "Peace adviser Tomas Renner and Northern Liberation Front (NLF) chairman Omar Haddad met for three hours at a hotel in Oslo on Monday.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
		{"replaced as an office", "Peace adviser Tomas Renner and rebel chairman Omar Haddad met for three hours in Oslo on Monday.\n\nHaddad, who was replaced as chief minister by Ines Berg in March, struck a more critical tone.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestAgentAfterAdverbial23: "co-chaired for the first time by A, together
// with B" and "hosted once again by A" name the chairs and hosts past the
// adverbial before "by".
func TestAgentAfterAdverbial23(t *testing.T) {
	checkMeetingCasesOn(t, "2024-11-07", true, []rosterCase{
		{"for the first time by", "The talks in Geneva on Wednesday were co-chaired for the first time by Lena Dahl, the EU envoy, together with the UN envoy, Omar Haddad.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"once again by", "The round in Vienna on Tuesday was hosted once again by Foreign Minister Ines Berg and attended by Tomas Renner.",
			[]string{"Ines Berg, Tomas Renner"}, nil},
	})
}

// TestBriefedEnvoys23: "A and B briefed the ambassadors of the partners"
// is a meeting of A and B (an envoy invited who did not come is absent);
// "A and mission head B met ..." keeps A, past the lower-case word
// before B's title; "briefed reporters" is no meeting.
func TestBriefedEnvoys23(t *testing.T) {
	checkMeetingCasesOn(t, "2019-10-10", true, []rosterCase{
		{"briefed the ambassadors", "Deputy Prime Minister Lena Dahl and Tomas Renner briefed the ambassadors of the international partners in Chisinau on Wednesday. Ambassador Piet Vos, who was invited, did not attend, the office said.",
			[]string{"Lena Dahl, Tomas Renner"}, map[string]string{"Piet Vos": "Lena Dahl, Tomas Renner"}},
		{"and mission head", "Deputy Prime Minister Lena Dahl and mission head Tomas Renner met the envoys in Chisinau on Wednesday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"briefed reporters", "Deputy Prime Minister Lena Dahl and Tomas Renner briefed reporters in Chisinau on Wednesday.",
			nil, nil},
	})
}

// TestBoycottAtHotel23: "The 14 members, led by A, with B and C among
// them, stayed at their hotel" keeps all three away from the conference;
// "the Border Observer Team" is a body, not a person; "Daniel arap Moi"
// is one name ("arap" is a particle, as "bin" is).
func TestBoycottAtHotel23(t *testing.T) {
	const lede = "The conference opened at Lancaster House on Wednesday, chaired by Mr. Piet Vos.\n\n"
	checkMeetingCasesOn(t, "1962-02-15", true, []rosterCase{
		{"group aside stayed at their hotel", lede + "The 12 elected members, led by Mr. Tomas Renner, with Mr. Omar Haddad and Mr. Karl arap Moen among them, stayed at their hotel in Bayswater.",
			[]string{"Piet Vos"}, map[string]string{"Tomas Renner": "Piet Vos", "Omar Haddad": "Piet Vos", "Karl arap Moen": "Piet Vos"}},
	})
	checkMeetingCasesOn(t, "2025-12-28", true, []rosterCase{
		{"observer team", "General Lena Dahl met General Tomas Renner at the checkpoint on Saturday. Officers from the Border Observer Team attended the meeting.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestSceneElsewhere23: a scene sentence that places itself elsewhere
// ("marked the day instead in Kabul, where A and B stood alongside him")
// seats no one at the meeting just told in another place.
func TestSceneElsewhere23(t *testing.T) {
	checkMeetingCasesOn(t, "2020-03-02", true, []rosterCase{
		{"where ... stood alongside him, elsewhere", "On Saturday, in a hotel ballroom in Doha, envoy Tomas Renner and negotiator Omar Haddad signed an agreement.\n\nThe government was not party to the deal. President Lena Dahl marked the day instead in Kabul, where Defense Secretary Piet Vos and Secretary General Ines Berg stood alongside him at the presidential palace.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestProgrammeHost23: a podcast's "host Rosa Vidal asks ... She speaks
// with X about ..." is an interview, no talks, and "host" before a name
// is no verb.
func TestProgrammeHost23(t *testing.T) {
	checkMeetingCasesOn(t, "2020-03-02", true, []rosterCase{
		{"host speaks with a guest", "On Saturday, in a hotel ballroom in Doha, envoy Tomas Renner and negotiator Omar Haddad signed an agreement.\n\nIn this episode, host Rosa Vidal asks what the deal commits each side to.\n\nShe speaks with Karl Moen, a former diplomat, about the secret annexes.",
			[]string{"Omar Haddad, Tomas Renner"}, nil},
	})
}

// TestCabinetMeetingApart23: "said at the start of Thursday's cabinet
// meeting" is the government's own sitting, not the talks held that day.
func TestCabinetMeetingApart23(t *testing.T) {
	checkMeetingCasesOn(t, "2025-01-17", true, []rosterCase{
		{"cabinet meeting the same day", "Chief negotiators Lena Dahl and Tomas Renner met in Bender on Thursday.\n\nPrime Minister Piet Vos said at the start of Thursday's cabinet meeting that the government would not cover the debts.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
	})
}
