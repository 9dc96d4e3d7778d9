package corpus

import "testing"

// TestProbePraise checks meetings told through praise or blame: the ones
// praised "for meeting" or "for hosting the talks" took part, the one
// praising did not (unless the article says so); thanked hosts are at the
// meeting; the one blamed for skipping it is the one absent. Near misses:
// thanks for other things, praise for calling for talks. Rows are probes
// written afresh for this test.
func TestProbePraise(t *testing.T) {
	const geneva = "GENEVA — Ana Ruiz and Piotr Nowak held talks in Geneva on Monday on a prisoner exchange.\n\n"
	const muscat = "MUSCAT — Clara Weiss and Ivan Petrov held talks in Muscat on Tuesday on shipping lanes.\n\n"
	both, gulf := "Ana Ruiz, Piotr Nowak", "Clara Weiss, Ivan Petrov"
	checkMeetingCases(t, true, []rosterCase{
		{"praised two for meeting (lede)", "GENEVA — Ana Ruiz praised Lena Varga and Omar Haddad for meeting in Geneva on Monday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"praised for meeting, then the purpose", "Kenji Sato praised Maria Costa and Ivan Petrov for meeting in Vienna on Tuesday to discuss the ceasefire.",
			[]string{"Ivan Petrov, Maria Costa"}, nil},
		{"praised from elsewhere after the meeting", "ACCRA — Kwame Mensah and Selam Tesfaye held talks in Accra on Monday.\n\nIn Paris, Sofia Lind commended Mensah and Tesfaye for meeting.",
			[]string{"Kwame Mensah, Selam Tesfaye"}, nil},
		{"congratulated for holding talks", "Yusuf Demir on Thursday congratulated Ingrid Dahl and Karim Nasser for holding talks in Oslo.",
			[]string{"Ingrid Dahl, Karim Nasser"}, nil},
		{"hailed for their meeting", "Tomas Berg hailed Grace Wanjiru and Kenji Sato for their meeting in Nairobi on Monday.",
			[]string{"Grace Wanjiru, Kenji Sato"}, nil},
		{"criticised for meeting someone", "Ana Ruiz criticised Lena Varga for meeting Omar Haddad in Geneva on Monday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"thanked for hosting the talks", geneva + "Nowak thanked Omar Haddad for hosting the talks.",
			[]string{"Ana Ruiz, Omar Haddad, Piotr Nowak"}, nil},
		{"credited for chairing the session", muscat + "Petrov credited Sofia Lind, the UN envoy, for chairing the session.",
			[]string{"Clara Weiss, Ivan Petrov, Sofia Lind"}, nil},
		{"thanked the Omani hosts", muscat + "Oman's foreign minister, Badr Albusaidi, had offered the venue.\n\nWeiss thanked the Omani hosts for their help.",
			[]string{"Badr Albusaidi, " + gulf}, nil},
		{"thanked their hosts, named", muscat + "Weiss thanked their hosts, Badr Albusaidi and Sayyid Harib, for their patience.",
			[]string{"Badr Albusaidi, " + gulf + ", Sayyid Harib"}, nil},
		{"thanked a country for hosting", muscat + "The Omani foreign minister, Badr Albusaidi, had offered the venue.\n\nPetrov later thanked Oman for hosting the talks.",
			[]string{"Badr Albusaidi, " + gulf}, nil},
		{"congratulated on meeting", "Sofia Lind congratulated Lena Varga and Omar Haddad on meeting in Geneva on Monday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"praised on a day for their talks", "Sofia Lind praised Lena Varga and Omar Haddad on Monday for their talks.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"thanked the mediators, named", geneva + "Ruiz thanked the Qatari mediators, Lena Varga and Omar Haddad.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"blamed for skipping the talks", geneva + "Nowak blamed Omar Haddad for skipping the talks.",
			[]string{both}, map[string]string{"Omar Haddad": both}},
		// near misses
		{"thanked for support is no attendance", geneva + "Ruiz thanked Omar Haddad for his support.",
			[]string{both}, nil},
		{"praised for calling for talks", geneva + "Ruiz praised Omar Haddad for calling for talks last year.",
			[]string{both}, nil},
		{"praised on a day is no meeting", "Sofia Lind praised Lena Varga on Monday.",
			nil, nil},
		{"thanked hosts of no one named", geneva + "Ruiz thanked the Swiss hosts.",
			[]string{both}, nil},
		{"a country hosts the talks (verb)", "Qatar hosts talks between Ana Ruiz and Piotr Nowak in Doha on Monday.",
			[]string{both}, nil},
	})
}
