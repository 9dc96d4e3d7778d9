package corpus

import "testing"

// TestRecallPhrasings checks more of the ways reporters say who was in the
// room, and the near misses that are no meeting (a stay elsewhere, a call
// for talks, a round still to come, a body rather than a person). Each
// text is written for the test. want lists every meeting as its sorted
// attendees joined by ", "; an empty want means no meeting.
func TestRecallPhrasings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// rounds and meetings counted or qualified
		{"held a second round of talks", "Marco Rubio and Sergei Lavrov held a second round of talks in Riyadh on Tuesday.",
			[]string{"Marco Rubio, Sergei Lavrov"}},
		{"held a third meeting", "Abbas Araghchi and Steve Witkoff held a third meeting in Muscat on Saturday.",
			[]string{"Abbas Araghchi, Steve Witkoff"}},
		{"began a fresh round of negotiations", "Kazem Gharibabadi and Christian Turner began a fresh round of negotiations in Geneva on Monday.",
			[]string{"Christian Turner, Kazem Gharibabadi"}},
		{"held their fourth round", "Rustem Umerov and Vladimir Medinsky held their fourth round of talks in Istanbul on Wednesday.",
			[]string{"Rustem Umerov, Vladimir Medinsky"}},
		{"the fifth round of talks between", "The fifth round of talks between Abbas Araghchi and Steve Witkoff took place in Rome on Friday.",
			[]string{"Abbas Araghchi, Steve Witkoff"}},
		{"held a long meeting", "Hakan Fidan and Andrii Sybiha held a long meeting in Ankara on Tuesday.",
			[]string{"Andrii Sybiha, Hakan Fidan"}},
		{"due to hold a second round is a plan", "Donald Trump and Vladimir Putin are due to hold a second round of talks in Budapest.",
			nil},
		{"agreed to hold a third meeting is a plan", "Marco Rubio and Sergei Lavrov agreed to hold a third meeting.",
			nil},
		{"could hold a new round is a plan", "Rustem Umerov and Vladimir Medinsky could hold a new round of negotiations in Istanbul.",
			nil},
		// where someone stayed, what someone asked for
		{"stayed somewhere for negotiations is no attendance", "Mike Johnson and Hakeem Jeffries stayed in Washington for budget negotiations on Tuesday.",
			nil},
		{"went somewhere for negotiations is", "Mike Johnson and Hakeem Jeffries went to Camp David for budget negotiations on Tuesday.",
			[]string{"Hakeem Jeffries, Mike Johnson"}},
		{"called for talks between", "Volodymyr Zelensky called for talks between Donald Trump and Vladimir Putin.",
			nil},
		{"pressed again for a new round", "Kaja Kallas pressed again for a new round of talks between Ilham Aliyev and Nikol Pashinyan.",
			nil},
		{"urged the two to hold talks", "Antonio Guterres urged Ilham Aliyev and Nikol Pashinyan to hold talks in Geneva.",
			nil},
		{"pressed for a truce during talks that happened", "Volodymyr Zelensky pressed for a truce during talks with Recep Tayyip Erdogan in Ankara on Tuesday.",
			[]string{"Recep Tayyip Erdogan, Volodymyr Zelensky"}},
		{"welcomed talks from elsewhere", "Speaking in Kyiv, Volodymyr Zelensky welcomed the talks between Marco Rubio and Sergei Lavrov in Riyadh on Tuesday.",
			[]string{"Marco Rubio, Sergei Lavrov"}},
		// bodies are not attendees
		{"a security service owning a role", "David Barnea and Shin Bet director Ronen Bar met Steve Witkoff in Doha on Monday.",
			[]string{"David Barnea, Ronen Bar, Steve Witkoff"}},
		{"a relief body owning a role", "Red Cross president Mirjana Spoljaric met Steve Witkoff in Geneva on Monday.",
			[]string{"Mirjana Spoljaric, Steve Witkoff"}},
		{"a body that also attended", "Steve Witkoff met Khalil al-Hayya in Doha on Monday. Shin Bet also attended.",
			[]string{"Khalil al-Hayya, Steve Witkoff"}},
		{"a body's officials", "Steve Witkoff met Khalil al-Hayya in Doha on Monday. Red Crescent officials also attended.",
			[]string{"Khalil al-Hayya, Steve Witkoff"}},
		// more ways to put people in the room
		{"dined together", "Mark Carney and Claudia Sheinbaum dined together in Mexico City on Thursday.",
			[]string{"Claudia Sheinbaum, Mark Carney"}},
		{"lunched with", "Keir Starmer lunched with Friedrich Merz in Berlin on Thursday.",
			[]string{"Friedrich Merz, Keir Starmer"}},
		{"dined alone is no meeting", "Keir Starmer dined alone in Berlin on Thursday.",
			nil},
		{"joining someone at the table were", "Joining Marco Rubio at the table in Jeddah on Tuesday were Mike Waltz and Steve Witkoff.",
			[]string{"Marco Rubio, Mike Waltz, Steve Witkoff"}},
		{"joining a cause is no table", "Joining the protest in Jeddah on Tuesday were hundreds of students.",
			nil},
		{"discussed something with someone by phone", "Luiz Inacio Lula da Silva discussed the trade dispute with Cyril Ramaphosa by phone on Monday.",
			[]string{"Cyril Ramaphosa, Luiz Inacio Lula da Silva"}},
		{"discussed the summit: a topic, not a meeting", "Friedrich Merz discussed the summit with reporters in Berlin on Monday.",
			nil},
		{"would discuss is a plan", "Keir Starmer said he would discuss the tariffs with Donald Trump.",
			nil},
		{"a list of roles and names, each set off by commas", "Steve Witkoff met Abbas Araghchi in Oslo on Tuesday.\n\nThe deputy, Majid Takht-Ravanchi, and the State Department's policy planning director, Michael Anton, also took part.",
			[]string{"Abbas Araghchi, Majid Takht-Ravanchi, Michael Anton, Steve Witkoff"}},
		{"they in a where-clause: the sentence's list", "Keir Starmer, Emmanuel Macron and Friedrich Merz travelled to Kyiv on Saturday, where they met Volodymyr Zelensky.",
			[]string{"Emmanuel Macron, Friedrich Merz, Keir Starmer, Volodymyr Zelensky"}},
		{"they with no list before is no one", "The ministers travelled to Kyiv on Saturday, where they met Volodymyr Zelensky.",
			nil},
		// picture captions
		{"caption with left and right", "Emmanuel Macron, left, and Alexander Stubb, right, attend a meeting at the Elysee Palace in Paris on Monday.",
			[]string{"Alexander Stubb, Emmanuel Macron"}},
		{"caption with one position", "Emmanuel Macron, left, and Alexander Stubb attended a meeting in Paris on Monday.",
			[]string{"Alexander Stubb, Emmanuel Macron"}},
		{"caption without a verb, position in brackets", "Narendra Modi (left) and Xi Jinping at the talks in Tianjin on Sunday.",
			[]string{"Narendra Modi, Xi Jinping"}},
		{"caption label", "Photo: Narendra Modi and Xi Jinping at the talks in Tianjin on Sunday.",
			[]string{"Narendra Modi, Xi Jinping"}},
		{"posed for photographers", "Narendra Modi and Xi Jinping posed for photographers in Tianjin on Sunday.",
			[]string{"Narendra Modi, Xi Jinping"}},
		{"posed alone is no meeting", "Narendra Modi posed for photographers in Tianjin on Sunday.",
			nil},
		{"posed for a family photo, then the list", "G7 leaders posed for a family photo in Kananaskis on Monday: Mark Carney, Keir Starmer and Giorgia Meloni.",
			[]string{"Giorgia Meloni, Keir Starmer, Mark Carney"}},
		{"a colon list after a plan adds no one", "G7 leaders will pose for a family photo in Kananaskis on Monday: Mark Carney, Keir Starmer and Giorgia Meloni.",
			nil},
		// visits and seats
		{"paid a courtesy call on", "Shehbaz Sharif paid a courtesy call on Mohammed bin Salman in Riyadh on Monday.",
			[]string{"Mohammed bin Salman, Shehbaz Sharif"}},
		{"paid a visit to a person", "Shehbaz Sharif paid a visit to Crown Prince Mohammed bin Salman in Riyadh on Monday.",
			[]string{"Mohammed bin Salman, Shehbaz Sharif"}},
		{"paid a visit to a city", "Shehbaz Sharif paid a visit to Riyadh on Monday.",
			nil},
		{"paid tribute", "Shehbaz Sharif paid tribute to Imran Khan in Lahore on Monday.",
			nil},
		{"called on someone to act is no visit", "Antonio Guterres called on Ilham Aliyev and Nikol Pashinyan to show restraint.",
			nil},
		{"seated next to at a lunch", "Cyril Ramaphosa was seated next to Donald Trump at the lunch in Washington on Wednesday.",
			[]string{"Cyril Ramaphosa, Donald Trump"}},
		{"sat beside, after the host's lunch", "Donald Trump hosted a lunch for African leaders in Washington on Wednesday. Cyril Ramaphosa sat beside Bola Tinubu.",
			[]string{"Bola Tinubu, Cyril Ramaphosa, Donald Trump"}},
		{"sat next to at a concert is no meeting", "Cyril Ramaphosa sat next to Bola Tinubu at the concert in Pretoria on Wednesday.",
			nil},
		// delegations and people present, told after the meeting
		{"the delegation comprised", "Marco Rubio met Andriy Yermak in Jeddah on Tuesday. The Ukrainian delegation comprised Yermak, Andrii Sybiha and Rustem Umerov.",
			[]string{"Andrii Sybiha, Andriy Yermak, Marco Rubio, Rustem Umerov"}},
		{"the team was made up of", "Marco Rubio met Andriy Yermak in Jeddah on Tuesday. The US team was made up of Mike Waltz and Steve Witkoff.",
			[]string{"Andriy Yermak, Marco Rubio, Mike Waltz, Steve Witkoff"}},
		{"a plan comprised is no delegation", "Marco Rubio met Andriy Yermak in Jeddah on Tuesday. The plan comprised three stages drawn up by Mike Waltz and Steve Witkoff.",
			[]string{"Andriy Yermak, Marco Rubio"}},
		{"was also there", "Marco Rubio met Andriy Yermak in Jeddah on Tuesday. Mike Waltz was also there.",
			[]string{"Andriy Yermak, Marco Rubio, Mike Waltz"}},
		{"were also present", "Vladimir Putin met Steve Witkoff in the Kremlin on Thursday. Yuri Ushakov and Kirill Dmitriev were also present.",
			[]string{"Kirill Dmitriev, Steve Witkoff, Vladimir Putin, Yuri Ushakov"}},
		{"had also taken part, in reported speech", "Vladimir Putin met Steve Witkoff in the Kremlin on Thursday. The Kremlin said Yuri Ushakov had also taken part.",
			[]string{"Steve Witkoff, Vladimir Putin, Yuri Ushakov"}},
		{"had not taken part is an absence, not a seat", "Vladimir Putin met Steve Witkoff in the Kremlin on Thursday. The Kremlin said Sergei Lavrov had not taken part.",
			[]string{"Steve Witkoff, Vladimir Putin"}},
		{"a speaker afterwards is not seated", "Vladimir Putin met Steve Witkoff in the Kremlin on Thursday. Dmitry Peskov told reporters afterwards that the meeting had been useful.",
			[]string{"Steve Witkoff, Vladimir Putin"}},
		{"spent hours together", "Vladimir Putin and Steve Witkoff spent five hours together in the Kremlin on Thursday.",
			[]string{"Steve Witkoff, Vladimir Putin"}},
		{"an owner's five-hour meeting with", "Witkoff's five-hour meeting with Putin in the Kremlin on Thursday was his sixth.",
			[]string{"Steve Witkoff, Vladimir Putin"}},
		{"the head of a body, then the name, in an accompanied-by list", "Vladimir Putin met Narendra Modi in New Delhi on Friday. Putin was accompanied by Sergei Lavrov, his aide Yuri Ushakov and the head of the sovereign wealth fund, Kirill Dmitriev.",
			[]string{"Kirill Dmitriev, Narendra Modi, Sergei Lavrov, Vladimir Putin, Yuri Ushakov"}},
		{"the envoy of someone is not that someone", "Vladimir Putin met Narendra Modi in New Delhi on Friday. Putin was accompanied by Sergei Lavrov and the envoy of Donald Trump.",
			[]string{"Narendra Modi, Sergei Lavrov, Vladimir Putin"}},
		{"sat on one country's side of the table", "Narendra Modi received Vladimir Putin at Hyderabad House on Friday. S. Jaishankar, Ajit Doval and Vikram Misri sat on the Indian side of the table.",
			[]string{"Ajit Doval, Narendra Modi, S. Jaishankar, Vikram Misri, Vladimir Putin"}},
		{"sat on a committee is no seat at the meeting", "Narendra Modi received Vladimir Putin at Hyderabad House on Friday. Ajit Doval once sat on the committee that drafted the treaty.",
			[]string{"Narendra Modi, Vladimir Putin"}},
		{"called on someone at a place: a visit", "Later in the day, Vladimir Putin called on President Droupadi Murmu at Rashtrapati Bhavan.",
			[]string{"Droupadi Murmu, Vladimir Putin"}},
		{"called on someone to act at the talks", "Antonio Guterres called on Ilham Aliyev to show restraint at the talks.",
			nil},
		// several meetings in one short report
		{"a pronoun's meeting in the sentence that told it, a council chaired in a which-clause, a bilateral on the margins",
			"NATO defence ministers met in Brussels on Thursday, with Pete Hegseth attending his first ministerial meeting.\n\nMark Rutte chaired the session. Rustem Umerov took part in a separate meeting of the NATO-Ukraine Council, which John Healey co-chaired with his German counterpart, Boris Pistorius.\n\nHegseth and Pistorius held a bilateral on the margins of the meeting.",
			[]string{"Boris Pistorius, John Healey, Rustem Umerov", "Boris Pistorius, Pete Hegseth", "Mark Rutte, Pete Hegseth"}},
		{"a which-clause that only describes the meeting", "Marco Rubio met Sergei Lavrov in Riyadh on Tuesday, a meeting which Volodymyr Zelensky criticised.",
			[]string{"Marco Rubio, Sergei Lavrov"}},
		// live reports and named events
		{"a named conference opened, seats to her right and left", "Giorgia Meloni has opened the Ukraine Recovery Conference in Rome. Volodymyr Zelensky is sitting to her right; Ursula von der Leyen to her left.",
			[]string{"Giorgia Meloni, Ursula von der Leyen, Volodymyr Zelensky"}},
		{"is attending, are also here", "Giorgia Meloni has opened the Ukraine Recovery Conference in Rome.\n\nKeith Kellogg is attending as an observer. Donald Tusk and Dick Schoof are also here.",
			[]string{"Dick Schoof, Donald Tusk, Giorgia Meloni, Keith Kellogg"}},
		{"are here to stay is no presence", "Donald Tusk and Dick Schoof said the sanctions are here to stay.",
			nil},
		{"sitting to wait is no seat", "Giorgia Meloni has opened the Ukraine Recovery Conference in Rome. Volodymyr Zelensky is sitting to wait for his turn.",
			nil},
		{"a capitalised word before talks is not always an event", "Kaja Kallas welcomed the Geneva Talks Initiative report in Brussels.",
			nil},
		{"brought along, with an apposition holding initials after a hyphen", "Donald Trump welcomed Mark Carney to the Oval Office on Tuesday. Carney brought along Dominic LeBlanc, his minister for Canada-U.S. trade, and Foreign Minister Melanie Joly.",
			[]string{"Dominic LeBlanc, Donald Trump, Mark Carney, Melanie Joly"}},
		{"brought along a proposal is no one", "Donald Trump welcomed Mark Carney to the Oval Office on Tuesday. Carney brought along a proposal on steel.",
			[]string{"Donald Trump, Mark Carney"}},
		{"is attending something else is no presence", "Keir Starmer met Emmanuel Macron in Paris on Monday. Friedrich Merz is attending a wedding in Berlin.",
			[]string{"Emmanuel Macron, Keir Starmer"}},
		{"is here for the weekend is no presence", "Keir Starmer met Emmanuel Macron in Paris on Monday. Friedrich Merz is here for the weekend.",
			[]string{"Emmanuel Macron, Keir Starmer"}},
		{"brought along proposals, someone said", "Keir Starmer met Emmanuel Macron in Paris on Monday. Friedrich Merz brought along his own proposals, Macron said.",
			[]string{"Emmanuel Macron, Keir Starmer"}},
		{"the summit drew", "The summit in Paris on Monday drew Keir Starmer, Friedrich Merz and Donald Tusk.",
			[]string{"Donald Tusk, Friedrich Merz, Keir Starmer"}},
		{"the talks drew criticism from someone", "Keir Starmer met Emmanuel Macron in Paris on Monday. The talks drew criticism from Marine Le Pen.",
			[]string{"Emmanuel Macron, Keir Starmer"}},
		{"attended by many, among them", "The summit in Paris on Monday was attended by more than 30 leaders, among them Keir Starmer, Friedrich Merz and Donald Tusk.",
			[]string{"Donald Tusk, Friedrich Merz, Keir Starmer"}},
		// auxiliaries and earlier meetings
		{"has rejected talks is no holding of talks", "Steve Witkoff met Hakan Fidan in Ankara on Tuesday.\n\nAbdel Fattah al-Burhan, who has rejected talks in the past, stayed in Port Sudan.",
			[]string{"Hakan Fidan, Steve Witkoff"}},
		{"has held talks is", "Abdel Fattah al-Burhan has held talks with Massad Boulos in Zurich.",
			[]string{"Abdel Fattah al-Burhan, Massad Boulos"}},
		{"earlier, a trilateral with someone new is a meeting of its own", "Marco Rubio met Takeshi Iwaya in Kuala Lumpur on Friday.\n\nEarlier, Rubio held a trilateral meeting with Iwaya and Cho Hyun.",
			[]string{"Cho Hyun, Marco Rubio, Takeshi Iwaya", "Marco Rubio, Takeshi Iwaya"}},
		// planned, possible, refused or denied: no meeting
		{"a meeting between them was possible", "Dmitry Peskov said a meeting between Vladimir Putin and Volodymyr Zelensky was possible only after a deal.",
			nil},
		{"a summit could take place", "A summit between Donald Trump and Xi Jinping could take place in April, officials said.",
			nil},
		{"a summit in May that took place", "A summit between Donald Trump and Xi Jinping took place in Busan in May.",
			[]string{"Donald Trump, Xi Jinping"}},
		{"talks that would be held", "Talks between Abbas Araghchi and Steve Witkoff would be held in Oslo, the ministry said.",
			nil},
		{"have not met since", "Donald Trump and Vladimir Putin have not met since the summit in Alaska.",
			nil},
		{"never met", "Benjamin Netanyahu never met Mahmoud Abbas in person.",
			nil},
		{"not only met", "Marco Rubio not only met Sergei Lavrov in Riyadh on Tuesday but also dined with him.",
			[]string{"Marco Rubio, Sergei Lavrov"}},
		{"offered to host", "Hakan Fidan offered to host a meeting between Vladimir Putin and Volodymyr Zelensky in Istanbul.",
			nil},
		{"a commentator from elsewhere is not seated", "Marco Rubio met Sergei Lavrov in Riyadh on Tuesday. Keir Starmer, speaking in London, welcomed the meeting.",
			[]string{"Marco Rubio, Sergei Lavrov"}},
		{"meeting as a participle between commas", "Volodymyr Zelensky and Donald Trump, meeting at the White House on Friday, discussed air defence.",
			[]string{"Donald Trump, Volodymyr Zelensky"}},
	}
	cases := make([]rosterCase, len(tests))
	for i, tc := range tests {
		cases[i] = rosterCase{name: tc.name, text: tc.text, want: tc.want}
	}
	checkMeetingCases(t, false, cases)
}

// TestMeetingSummaryNames checks that a summary built from names keeps a
// surname with its particles whole.
func TestMeetingSummaryNames(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"particles kept", "Charles Michel, Ursula von der Leyen and Alexander De Croo held talks on Thursday.", "Michel–von der Leyen–De Croo talks"},
		{"plain surnames", "Keir Starmer and Emmanuel Macron held talks on Thursday.", "Starmer–Macron talks"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			if len(a.Meetings) != 1 || a.Meetings[0].Summary != tc.want {
				var got []string
				for _, m := range a.Meetings {
					got = append(got, m.Summary)
				}
				t.Errorf("summaries = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestOpeningPhrasePlace checks that a meeting told in a sentence's
// opening phrase takes its place from that phrase, not from the travel
// told after it.
func TestOpeningPhrasePlace(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		{"place in the opening phrase", "After meeting Vladimir Putin in the Kremlin on Tuesday, Steve Witkoff flew to Berlin.", "Kremlin"},
		{"no place in the opening phrase", "After meeting Vladimir Putin on Tuesday, Steve Witkoff flew to Berlin.", ""},
		{"a place in the main clause of a plain sentence", "Steve Witkoff met Vladimir Putin on Tuesday in the Kremlin.", "Kremlin"},
	})
}

// placeCase is a text reporting one meeting and the place it should take.
type placeCase struct{ name, text, want string }

// checkPlaceCases extracts each text and checks it reports one meeting,
// at the wanted place.
func checkPlaceCases(t *testing.T, cases []placeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			if len(a.Meetings) != 1 || a.Meetings[0].Place != tc.want {
				t.Errorf("meetings = %+v, want one at %q", a.Meetings, tc.want)
			}
		})
	}
}
