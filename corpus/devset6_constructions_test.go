package corpus

import (
	"strings"
	"testing"
)

// TestNewsletterRosters checks constructions of the kind devset6 showed, in
// other words and with other people: "PM" as a title before a name, list
// items that name several people at once under an "Around the table:"
// heading or bring one along "with" them, and a "Not at the table:"
// heading whose list is absent.
func TestNewsletterRosters(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"PM is a title, not part of the name", "Spanish PM Pedro Sánchez met Italian PM Giorgia Meloni in Madrid on Monday.",
			[]string{"Giorgia Meloni, Pedro Sánchez"}, nil},
		{"PM before a name in a list", "Greek PM Kyriakos Mitsotakis hosted talks in Athens on Tuesday with Cypriot President Nikos Christodoulides and Maltese PM Robert Abela.",
			[]string{"Kyriakos Mitsotakis, Nikos Christodoulides, Robert Abela"}, nil},
		{"a time of day is no title", "Kyriakos Mitsotakis met Robert Abela in Athens on Tuesday. The talks ended at 11 pm.",
			[]string{"Kyriakos Mitsotakis, Robert Abela"}, nil},
		{"list items naming two and three people", "Council President Jana Novak hosted a private dinner in Brussels on Tuesday night.\n\nAround the table:\n\n- Novak, as host.\n\n- Dutch PM Dick Schoof and Belgian Prime Minister Bart De Wever, seated together.\n\n- Swedish PM Ulf Kristersson, Finnish President Alexander Stubb and Estonian PM Kristen Michal, who came straight from Tallinn.",
			[]string{"Alexander Stubb, Bart De Wever, Dick Schoof, Jana Novak, Kristen Michal, Ulf Kristersson"}, nil},
		{"a list item brings someone along with", "Council President Jana Novak hosted a private dinner in Brussels on Tuesday night.\n\nAround the table:\n\n- Novak, as host, with her diplomatic adviser Simona Kral taking notes.\n\n- Dutch PM Dick Schoof.",
			[]string{"Dick Schoof, Jana Novak, Simona Kral"}, nil},
		{"a list item's with inside its own clause", "Council President Jana Novak hosted a private dinner in Brussels on Tuesday night.\n\nAround the table:\n\n- Dutch PM Dick Schoof, who had spoken with Viktor Orbán that morning.\n\n- Swedish PM Ulf Kristersson, with a cold.",
			[]string{"Dick Schoof, Jana Novak, Ulf Kristersson"}, nil},
		{"a list item naming one person stays one", "Ana Brnabić hosted a meeting of regional foreign ministers in Belgrade on Monday.\n\nIn the room:\n\n- Albania's Igli Hasani, who flew in that morning.\n\n- Montenegro's Ervin Ibrahimović, the foreign minister.",
			[]string{"Ana Brnabić, Ervin Ibrahimović, Igli Hasani"}, nil},
		{"a list item with no one in it ends the list", "Ana Brnabić hosted a meeting of regional foreign ministers in Belgrade on Monday.\n\nIn the room:\n\n- Albania's Igli Hasani.\n\n- Talks on energy and border crossings, which ran late.\n\nLater, Aleksandar Vučić said nothing had been agreed.",
			[]string{"Ana Brnabić, Igli Hasani"}, nil},
		{"not at the table: the list is absent", "Council President Jana Novak hosted a small dinner in Brussels on Tuesday with Chancellor Friedrich Merz and President Emmanuel Macron.\n\nNot at the table: Hungary's Viktor Orbán and Slovakia's Robert Fico.",
			[]string{"Emmanuel Macron, Friedrich Merz, Jana Novak"}, map[string]string{"Viktor Orbán": "Emmanuel Macron, Friedrich Merz, Jana Novak", "Robert Fico": "Emmanuel Macron, Friedrich Merz, Jana Novak"}},
		{"not in the room: one person, with a clause", "Pedro Sánchez received Giorgia Meloni in Madrid on Monday.\n\nNot in the room: Spain's foreign minister, José Manuel Albares, who was in Brussels.",
			[]string{"Giorgia Meloni, Pedro Sánchez"}, map[string]string{"José Manuel Albares": "Giorgia Meloni, Pedro Sánchez"}},
		{"at the table: the list attends", "Pedro Sánchez received Giorgia Meloni in Madrid on Monday.\n\nAt the table: José Manuel Albares and Antonio Tajani.",
			[]string{"Antonio Tajani, Giorgia Meloni, José Manuel Albares, Pedro Sánchez"}, nil},
	})
}

// TestFormalRegister checks constructions of translated and formal news
// writing: the one received named after the day and the place, "did not
// participate" as an absence (and one whose subject "chairs the Tumaini
// talks", a standing role, not another meeting), and an office named for
// two portfolios ("Secretary of Security and Citizen Protection") that is
// no person.
func TestFormalRegister(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"received after the day and the place", "The President of the Republic, Gustavo Petro, received on Tuesday at the Casa de Nariño the Foreign Minister of Ecuador, Gabriela Sommerfeld.",
			[]string{"Gabriela Sommerfeld, Gustavo Petro"}, nil},
		{"welcomed this Monday in the capital", "Chancellor Olaf Scholz welcomed this Monday in Berlin the Prime Minister of Poland, Donald Tusk, for talks on border controls.",
			[]string{"Donald Tusk, Olaf Scholz"}, nil},
		{"received this day at the palace the secretary of a country", "The President of Brazil, Luiz Inácio Lula da Silva, received this Friday at the Planalto Palace the Secretary of the Treasury of the United States, Scott Bessent.",
			[]string{"Luiz Inácio Lula da Silva, Scott Bessent"}, nil},
		{"received after the setting, a thing not a person", "Gustavo Petro received on Tuesday at the Casa de Nariño the backing of Congress for the reform.",
			nil, nil},
		{"did not participate is an absence", "Claudia Sheinbaum received Mark Carney at the National Palace on Thursday.\n\nThe Secretary of Defense, General Ricardo Trevilla, did not participate in the meeting, since he was in Sinaloa.",
			[]string{"Claudia Sheinbaum, Mark Carney"}, map[string]string{"Ricardo Trevilla": "Claudia Sheinbaum, Mark Carney"}},
		{"did not participate, with no object", "Pedro Sánchez met Giorgia Meloni in Rome on Monday. José Manuel Albares did not participate, aides said.",
			[]string{"Giorgia Meloni, Pedro Sánchez"}, map[string]string{"José Manuel Albares": "Giorgia Meloni, Pedro Sánchez"}},
		{"who chairs the named talks is a standing role", "Mediators spent three hours with President Salva Kiir in Juba on Monday, led by Mahmoud Ali Youssouf.\n\nLazarus Sumbeiywo, the retired Kenyan general who chairs the Tumaini talks, was expected but did not travel, officials said.",
			[]string{"Mahmoud Ali Youssouf, Salva Kiir"}, map[string]string{"Lazarus Sumbeiywo": "Mahmoud Ali Youssouf, Salva Kiir"}},
		{"who mediates the named negotiations", "Félix Tshisekedi met Paul Kagame in Doha on Friday.\n\nMassad Boulos, the American adviser who mediates the Washington negotiations, did not attend, aides said.",
			[]string{"Félix Tshisekedi, Paul Kagame"}, map[string]string{"Massad Boulos": "Félix Tshisekedi, Paul Kagame"}},
		{"participated is attendance", "Pedro Sánchez met Giorgia Meloni in Rome on Monday. José Manuel Albares also participated.",
			[]string{"Giorgia Meloni, José Manuel Albares, Pedro Sánchez"}, nil},
		{"an office of two portfolios is no person", "Claudia Sheinbaum received Marco Rubio at the National Palace on Wednesday, accompanied by the Secretary of Security and Citizen Protection, Omar García Harfuch.",
			[]string{"Claudia Sheinbaum, Marco Rubio, Omar García Harfuch"}, nil},
		{"a ministry of two portfolios", "Gustavo Petro met Daniel Noboa in Quito on Friday. The Minister of Finance and Public Credit, Diego Guevara, also took part.",
			[]string{"Daniel Noboa, Diego Guevara, Gustavo Petro"}, nil},
		{"secretary of state then a second person", "Claudia Sheinbaum met Secretary of State Marco Rubio and Kristi Noem at the National Palace on Wednesday.",
			[]string{"Claudia Sheinbaum, Kristi Noem, Marco Rubio"}, nil},
	})
}

// TestDelegationLines checks lines that add people to a meeting just told:
// "Also in the delegation was X", a note-taker in the room, an aide
// "brought" along, and a relative named only to place someone ("the son
// of the movement's late founder, X"), who is no attendee.
func TestDelegationLines(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"also in the delegation was", "Mediators from the African Union met President Yoweri Museveni in Kampala on Monday, led by Olusegun Obasanjo.\n\nAlso in the delegation was former Malawian president Joyce Banda, who flew in from Lilongwe.",
			[]string{"Joyce Banda, Olusegun Obasanjo, Yoweri Museveni"}, nil},
		{"in his delegation were", "William Ruto met Samia Suluhu Hassan in Arusha on Friday. In his delegation were Musalia Mudavadi and Aden Duale.",
			[]string{"Aden Duale, Musalia Mudavadi, Samia Suluhu Hassan, William Ruto"}, nil},
		{"in the delegation, a thing", "William Ruto met Samia Suluhu Hassan in Arusha on Friday. In the delegation was a sense of relief.",
			[]string{"Samia Suluhu Hassan, William Ruto"}, nil},
		{"a note-taker is in the room", "Salva Kiir received Abiy Ahmed at State House in Juba on Monday. Foreign minister Deng Alor Kuol took notes, a person present said.",
			[]string{"Abiy Ahmed, Deng Alor Kuol, Salva Kiir"}, nil},
		{"taking notes", "Keir Starmer received Friedrich Merz at Downing Street on Monday, with his chief of staff Morgan McSweeney taking notes.",
			[]string{"Friedrich Merz, Keir Starmer, Morgan McSweeney"}, nil},
		{"brought the aide along", "Khawaja Asif met Abdul Ghani Baradar in Doha on Saturday. Asif brought the army's intelligence chief, Asim Malik.",
			[]string{"Abdul Ghani Baradar, Asim Malik, Khawaja Asif"}, nil},
		{"brought the two ministers", "Micheál Martin met Keir Starmer in Liverpool on Friday. Across the table, Martin brought the Tánaiste and Foreign Affairs Minister Simon Harris and his finance minister, Paschal Donohoe.",
			[]string{"Keir Starmer, Micheál Martin, Paschal Donohoe, Simon Harris"}, nil},
		{"brought the envoy and an aide", "Recep Tayyip Erdoğan met Ilham Aliyev in Ankara on Monday. Aliyev brought the foreign minister, Jeyhun Bayramov, and an aide, Hikmet Hajiyev.",
			[]string{"Hikmet Hajiyev, Ilham Aliyev, Jeyhun Bayramov, Recep Tayyip Erdoğan"}, nil},
		{"brought the talks to a close is no one brought", "Khawaja Asif met Abdul Ghani Baradar in Doha on Saturday. A late offer brought the talks to a close.",
			[]string{"Abdul Ghani Baradar, Khawaja Asif"}, nil},
		{"a late founder named to place his son", "The talks in Doha on Saturday were led by Defence Minister Khawaja Asif and the Taliban's defence minister, Mohammad Yaqoob, the son of the movement's late founder, Mohammad Omar.",
			[]string{"Khawaja Asif, Mohammad Yaqoob"}, nil},
		{"the daughter of a former president", "Nikol Pashinyan met Ilham Aliyev and Maria Zakharova, the daughter of a retired diplomat, Sergei Zakharov, in Abu Dhabi on Thursday.",
			[]string{"Ilham Aliyev, Maria Zakharova, Nikol Pashinyan"}, nil},
	})
}

// TestPostsAndBureaus checks names next to the places and bodies of an
// official's post: "Ambassador to South Korea Koichi Mizushima" (the
// country is not part of the name), "director-general of the Asian and
// Oceanian Affairs Bureau" (the bureau is no person), and "adviser to U.S.
// President Donald Trump", whose president is not the adviser.
func TestPostsAndBureaus(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"ambassador to a two-word country before a name", "Cho Hyun held talks with Takeshi Iwaya in Seoul on Friday.\n\nIwaya was accompanied by Japanese Ambassador to South Korea Koichi Mizushima.",
			[]string{"Cho Hyun, Koichi Mizushima, Takeshi Iwaya"}, nil},
		{"envoy to a one-word country before a name", "Mark Carney met Narendra Modi in Ottawa on Monday, joined by the Indian High Commissioner and Envoy to Canada Dinesh Patnaik.",
			[]string{"Dinesh Patnaik, Mark Carney, Narendra Modi"}, nil},
		{"a bureau in a role appositive is no person", "Wang Yi met Cho Tae-yul in Beijing on Tuesday. Cho was accompanied by Kim Hong-kyun, director-general of the Northeast Asian and Pacific Affairs Bureau, and Ambassador to China Kim Dae-ki.",
			[]string{"Cho Tae-yul, Kim Dae-ki, Kim Hong-kyun, Wang Yi"}, nil},
		{"adviser to a president is not the president", "Abdel Fattah Burhan met a senior adviser to U.S. President Donald Trump, Massad Boulos, in Zurich on Monday.",
			[]string{"Abdel Fattah Burhan, Massad Boulos"}, nil},
	})
}

// TestRoomFirst checks a meeting a feature tells first through its room,
// before any meeting verb: someone seated "at the open end of the
// horseshoe" opens it, "had his envoy, X, on his right" and an inverted
// "Facing each other sat the men who ...: X and Y" seat more people, and a
// seat at home or a table of figures opens nothing.
func TestRoomFirst(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"a seat at the open end opens the meeting", "The room in Vienna is plain.\n\nRafael Grossi sat at the open end of the horseshoe. The director general had his chief of staff, Laura Rockwood, on his right. Facing each other along the two arms sat the men who had not spoken in a year: Abbas Araghchi, Iran's foreign minister, and Steve Witkoff, the U.S. envoy.",
			[]string{"Abbas Araghchi, Laura Rockwood, Rafael Grossi, Steve Witkoff"}, nil},
		{"at the head of the table", "Nobody expected much from the day.\n\nAntónio Guterres sat at the head of the table. Beside him were Nikos Christodoulides and Ersin Tatar.",
			[]string{"António Guterres, Ersin Tatar, Nikos Christodoulides"}, nil},
		{"had her adviser at her side", "Ursula von der Leyen sat at the centre of the long table in Brussels on Monday. She had her trade chief, Maroš Šefčovič, at her side.",
			[]string{"Maroš Šefčovič, Ursula von der Leyen"}, nil},
		{"sat at home opens nothing", "Keir Starmer sat at home in Islington on Sunday. He had his wife, Victoria Starmer, on his right.",
			nil, nil},
		{"had a plan, not a person", "Keir Starmer received Friedrich Merz at Downing Street on Monday. Starmer had a plan on his desk.",
			[]string{"Friedrich Merz, Keir Starmer"}, nil},
		{"facing each other sat no one named", "Keir Starmer received Friedrich Merz at Downing Street on Monday.\n\nFacing each other sat the two delegations: tired, hungry and late.",
			[]string{"Friedrich Merz, Keir Starmer"}, nil},
	})
}

// TestWhereClauseDay checks that a meeting told in a "where" clause takes
// the day of the clause its place belongs to ("The deal was struck on July
// 27 at Turnberry, where Trump and von der Leyen met"), so a recalled
// meeting stays apart from the story's own.
func TestWhereClauseDay(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string // "date: attendees" per meeting, sorted
	}{
		{"a deal struck on a day at a place where two met", "2025-11-24", "Howard Lutnick and Jamieson Greer sat down with Maros Sefcovic over lunch in the Europa building on Monday.\n\nThe framework agreement was struck on July 27 at Donald Trump's golf resort at Turnberry in Scotland, where Trump and Ursula von der Leyen met for about an hour, with Sefcovic and Greer looking on.",
			[]string{"2025-07-27: Donald Trump, Jamieson Greer, Maros Sefcovic, Ursula von der Leyen", "2025-11-24: Howard Lutnick, Jamieson Greer, Maros Sefcovic"}},
		{"a ceasefire signed on a date in a city where two held talks", "2025-07-03", "Abiy Ahmed met William Ruto in Nairobi on Tuesday.\n\nThe truce was signed on 2 November in Pretoria, where Redwan Hussien and Getachew Reda held talks for ten days, with Ruto looking on.",
			[]string{"2024-11-02: Getachew Reda, Redwan Hussien, William Ruto", "2025-07-01: Abiy Ahmed, William Ruto"}},
		{"the nearest day before where", "2025-07-03", "Rafael Grossi held talks with Abbas Araghchi on Wednesday, then travelled on Thursday to Isfahan, where he met Mohammad Eslami.",
			[]string{"2025-07-02: Abbas Araghchi, Rafael Grossi", "2025-07-03: Mohammad Eslami, Rafael Grossi"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := datedRosters(extractText(t, tc.published, tc.text))
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
		})
	}
}
