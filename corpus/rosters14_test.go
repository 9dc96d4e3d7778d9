package corpus

import "testing"

// TestRosterPhrasings14: ways of telling who was at a meeting met in the
// misses of devset38 to devset43 (released in session 14), in our own
// words: a host's "group of" guests ("hosted a group of regional leaders
// at the palace"), a meeting of its own; guests who "arrived" for it in
// the next sentence ("A and B arrived before dinner, as did C"), but not
// those who arrived after it, too late, back home or in another city; and
// "were also in attendance" after a group named by its countries; "spent
// about ten hours on Saturday and much of Sunday with X" (a long span of
// time before "with"), with a "vice-premier" written in lower case; "in
// the first face-to-face meeting ... since X raised tariffs", the meeting
// told (not an earlier round with X).
func TestRosterPhrasings14(t *testing.T) {
	checkMeetingCasesOn(t, "2025-12-15", true, []rosterCase{
		{"hosted a group of leaders; arrived, as did", "Prime Minister Lena Varga hosted a group of regional leaders at the Rideau palace on Monday evening to go over the outcome of the talks with Ana Ruiz. President Omar Haddad and Prime Minister Kofi Mensah arrived in the late afternoon, as did the bloc's secretary-general, Piotr Nowak.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"arrived at the venue in the next paragraph", "Prime Minister Lena Varga hosted a group of regional leaders at the Rideau palace on Monday evening.\n\nPresident Omar Haddad arrived first, shortly after six.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"arrived after it, or too late", "Prime Minister Lena Varga hosted President Omar Haddad at the Rideau palace on Monday evening.\n\nKofi Mensah arrived after it, and Piotr Nowak arrived too late to join them.",
			[]string{"Lena Varga, Omar Haddad"}, map[string]string{"Piotr Nowak": "Lena Varga, Omar Haddad"}},
		{"arrived in another city", "Prime Minister Lena Varga hosted President Omar Haddad in Ottawa on Monday evening.\n\nKofi Mensah, the foreign minister, arrived in Lagos on Monday for a separate visit.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"arrived with a delegation is the delegation's cue", "Prime Minister Lena Varga met President Omar Haddad and President Ana Ruiz separately in her office on Monday.\n\nHaddad arrived with a delegation that included his chief of staff, Kofi Mensah.",
			[]string{"Ana Ruiz, Lena Varga", "Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
		{"the heads of government of three countries were also in attendance", "Chancellor Friedrich Merz hosted European leaders at the Chancellery in Berlin on Monday evening.\n\nThe heads of government of Norway, Sweden and the Netherlands were also in attendance.",
			[]string{"Dick Schoof, Friedrich Merz, Jonas Gahr Støre, Ulf Kristersson"}, nil},
		{"spent a long span with", "Trade secretary Ana Ruiz and her deputy Omar Haddad spent about ten hours on Saturday and much of Sunday with vice-premier Kofi Mensah at the ambassador's residence in Geneva.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"spent the weekend without anyone", "Trade secretary Ana Ruiz spent the weekend in Geneva with her family before the talks.",
			nil, nil},
		{"the first meeting since someone acted", "The two countries said they had made progress at talks in Geneva.\n\nTrade secretary Ana Ruiz spent six hours with vice-premier Omar Haddad at the Villa Rosa on Saturday, in the first face-to-face meeting between officials of the two countries since President Kofi Mensah raised tariffs in April.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
	})
}

// TestRosterPhrasings14b: more of devset38 to devset43's ways, in our own
// words: a list after a place in the meeting put first ("In the front
// rows of the plenary were ...", "Also at the launch were ..."), not a
// list after a city ("In Lagos were ..."); "also addressed the session"
// by someone whose aside places them in another city earlier in the week;
// a royal the article knows by one name keeps the title ("Prince Omar",
// "Queen Lena"), while a prince with a full name is named in full.
func TestRosterPhrasings14b(t *testing.T) {
	checkMeetingCasesOn(t, "2025-11-06", true, []rosterCase{
		{"in the front rows of the plenary were", "President Ana Ruiz opened the leaders' summit in Belém on Thursday.\n\nIn the front rows of the plenary were the chair of the commission, Omar Haddad, Prime Minister Kofi Mensah and Chancellor Piotr Nowak.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Piotr Nowak"}, nil},
		{"also at the launch were", "President Ana Ruiz hosted leaders in Belém on Thursday for the launch of a forest fund. Also at the launch were Prime Minister Kofi Mensah and the President of the Council, Piotr Nowak.",
			[]string{"Ana Ruiz, Kofi Mensah, Piotr Nowak"}, nil},
		{"a city put first is no seat", "President Ana Ruiz hosted Prime Minister Kofi Mensah in Belém on Thursday.\n\nIn Lagos were Omar Haddad and Piotr Nowak, who followed the talks on television.",
			[]string{"Ana Ruiz, Kofi Mensah"}, nil},
		{"addressed the session after an aside elsewhere earlier", "President Ana Ruiz opened the leaders' summit in Belém on Thursday with Prime Minister Kofi Mensah.\n\nPrince Omar, who was in Rio de Janeiro earlier in the week, also addressed the session.",
			[]string{"Ana Ruiz, Kofi Mensah, Prince Omar"}, nil},
		{"addressed the session from another city", "President Ana Ruiz opened the leaders' summit in Belém on Thursday with Prime Minister Kofi Mensah.\n\nOmar Haddad addressed the session by video from Lagos.",
			[]string{"Ana Ruiz, Kofi Mensah"}, map[string]string{"Omar Haddad": "Ana Ruiz, Kofi Mensah"}},
		{"a queen known by one name", "King Omar and Queen Lena hosted a dinner for the leaders at the palace on Wednesday, attended by Prime Minister Kofi Mensah.",
			[]string{"King Omar, Kofi Mensah, Queen Lena"}, nil},
	})
}

// TestRosterPhrasings14c: more of devset38 to devset43's ways, in our own
// words: "Across from them sat X, an aide who ..., along with A, B and C"
// (the list goes on after a long aside); a title whose "Head of" runs
// into a parenthesised acronym ("Deputy Head of Military Intelligence
// (HUR) X") names X, not a "Head"; a meeting only raised as a topic ("had
// raised a ceasefire and a meeting between the two presidents") is no
// meeting of theirs.
func TestRosterPhrasings14c(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-16", true, []rosterCase{
		{"across from them sat, along with", "The two delegations met in Lisbon on Friday, chaired by Foreign Minister Lena Varga.\n\nAcross from them sat Omar Haddad, an aide to the president who also headed the team in the failed talks of 2019, along with Deputy Foreign Minister Kofi Mensah, Deputy Defence Minister Piotr Nowak and Tomas Reyes, the chief of military intelligence.",
			[]string{"Kofi Mensah, Lena Varga, Omar Haddad, Piotr Nowak, Tomas Reyes"}, nil},
		{"deputy head of an office with its acronym", "The two delegations met in Lisbon on Friday, chaired by Foreign Minister Lena Varga.\n\nSitting with her at the table were Deputy Head of Military Intelligence (DIM) Omar Haddad and Kofi Mensah, an adviser.",
			[]string{"Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
		{"a meeting raised as a topic", "Defence Minister Omar Haddad met Foreign Minister Lena Varga in Lisbon on Friday.\n\nAfter the talks, Haddad told reporters that his side had also raised a full ceasefire and a meeting between the two presidents, Kofi Mensah and Piotr Nowak.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"told delegates", "President Ana Ruiz opened the annual security conference in Lisbon on Saturday.\n\n\"We are not seeking conflict,\" Defence Secretary Omar Haddad told delegates at the hotel.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"dialled someone: a call", "Omar Haddad dialled Ana Ruiz in the early afternoon.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"a call about talks in another city is not placed there", "Ana Ruiz and Omar Haddad met in Istanbul on Friday.\n\nIn Tirana, Kofi Mensah and Piotr Nowak spoke by phone with Lena Varga about the talks in Istanbul.",
			[]string{"Ana Ruiz, Omar Haddad", "Kofi Mensah, Lena Varga, Piotr Nowak"}, nil},
		{"a dialogue in lower case is no meeting", "Defence Secretary Omar Haddad called on Saturday for a dialogue with Kofi Mensah's government, and for a forum on maritime security.",
			nil, nil},
	})
}

// TestRosterPhrasings14d: a call made by people together in one room, in
// our own words. The one called joined by phone while the others were in
// the room, so is absent (the labelling conventions): "A, B and C huddled
// in a side room and spoke by phone with D", "A was flanked by B and C
// when the three of them dialled D", "D was on the line from his plane";
// but two people on a call are both its parties, and so is someone "on the
// line" of a call.
func TestRosterPhrasings14d(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-16", true, []rosterCase{
		{"huddled in a side room and spoke by phone with", "Between the plenary and the lunch, Ana Ruiz, Omar Haddad and Kofi Mensah huddled in a side room and spoke by phone with Lena Varga about the talks.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, map[string]string{"Lena Varga": "Ana Ruiz, Kofi Mensah, Omar Haddad"}},
		{"flanked by, when the three of them dialled", "Back in Tirana, Ana Ruiz was flanked by Omar Haddad and Kofi Mensah when the three of them dialled Lena Varga in the early afternoon.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, map[string]string{"Lena Varga": "Ana Ruiz, Kofi Mensah, Omar Haddad"}},
		{"was on the line", "Ana Ruiz spoke to Lena Varga this afternoon from the summit in Tirana. Omar Haddad and Kofi Mensah were in the room with her; Varga was on the line from her plane.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, map[string]string{"Lena Varga": "Ana Ruiz, Kofi Mensah, Omar Haddad"}},
		{"two on a call", "Ana Ruiz spoke by phone with Lena Varga on Friday.",
			[]string{"Ana Ruiz, Lena Varga"}, nil},
		{"on the line of the call itself", "Ana Ruiz phoned Lena Varga on Friday. Varga was on the line for almost an hour.",
			[]string{"Ana Ruiz, Lena Varga"}, nil},
	})
}

// TestRosterPhrasings14e: a side meeting told "on the summit sidelines"
// (a noun between "the" and "sidelines"), even when the phrase comes
// late in the clause ("spoke for around 50 minutes on the summit
// sidelines"), is a meeting of its own, with those who "joined" it and
// "accompanied" its people in the next sentence.
func TestRosterPhrasings14e(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-25", true, []rosterCase{
		{"spoke on the summit sidelines", "Lena Varga and Piotr Nowak met in Lisbon on Wednesday for the alliance summit.\n\nThe meeting Kyiv wanted came on Wednesday afternoon. Ana Ruiz and Omar Haddad spoke for around 50 minutes on the summit sidelines. Kofi Mensah joined Ruiz, while Haddad was accompanied by Tomas Reyes.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad, Tomas Reyes", "Lena Varga, Piotr Nowak"}, nil},
	})
}

// TestRosterPhrasings14f: a host who welcomed both sides and then left
// them to it, in our own words ("welcomed both men but left them to talk
// alone", "welcomed both delegations on Saturday morning before leaving
// them to it", "who welcomed the delegations and then withdrew", "...
// before the doors closed"): absent from the talks, not an attendee, even
// when the welcome follows another meeting in the same sentence; a host
// who welcomed them and stayed is at the talks.
func TestRosterPhrasings14f(t *testing.T) {
	const talks = "Ana Ruiz and Omar Haddad held talks at the villa in Geneva on Saturday.\n\n"
	left := map[string]string{"Kofi Mensah": "Ana Ruiz, Omar Haddad"}
	checkMeetingCasesOn(t, "2025-05-11", true, []rosterCase{
		{"welcomed both men but left them", talks + "Kofi Mensah, the president, welcomed both men but left them to talk alone.",
			[]string{"Ana Ruiz, Omar Haddad"}, left},
		{"before leaving them to it, after another meeting in the sentence", talks + "Lena Varga met Ruiz and Haddad separately on Friday, and Kofi Mensah, the economy minister, welcomed both teams to the villa on Saturday morning before leaving them to negotiate alone.",
			[]string{"Ana Ruiz, Lena Varga", "Ana Ruiz, Omar Haddad", "Lena Varga, Omar Haddad"}, left},
		{"who welcomed the delegations and then withdrew", "The talks opened in Geneva on Tuesday between Ana Ruiz and Omar Haddad, hosted by Foreign Minister Kofi Mensah, who welcomed the delegations and then withdrew.",
			[]string{"Ana Ruiz, Omar Haddad"}, left},
		{"before the doors closed", talks + "Kofi Mensah welcomed both delegations on Saturday morning before the doors closed.",
			[]string{"Ana Ruiz, Omar Haddad"}, left},
		{"welcomed and stayed", talks + "Kofi Mensah welcomed the delegations and stayed for the whole session.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
	})
}

// TestRosterPhrasings14g: a delegation's members told after a phone call
// that followed the talks ("The Chilean delegation included X. Haddad was
// joined by his deputy, Y.") sat at the talks, not on the call.
func TestRosterPhrasings14g(t *testing.T) {
	checkMeetingCasesOn(t, "2025-05-31", true, []rosterCase{
		{"a delegation told after a call", "Ana Ruiz, the trade minister, met Omar Haddad for two hours at the ministry in Washington on Friday, her fourth trip since April.\n\n\"We agreed to keep talking,\" Ruiz told reporters afterward.\n\nKofi Mensah, who sat in on earlier rounds, did not take part because of a scheduling conflict, a spokesperson said. Mensah spoke with Ruiz by phone on Thursday evening, the spokesperson said.\n\nThe peso was little changed on Saturday morning.\n\nExporters have cut shipments since the tariffs took effect.\n\nThe Chilean delegation included Piotr Nowak, a deputy minister, and officials from the trade ministry. Haddad was joined by his deputy, Tomas Reyes.",
			[]string{"Ana Ruiz, Kofi Mensah", "Ana Ruiz, Omar Haddad, Piotr Nowak, Tomas Reyes"}, map[string]string{"Kofi Mensah": "Ana Ruiz, Omar Haddad, Piotr Nowak, Tomas Reyes"}},
	})
}

// TestRosterPhrasings14h: a side told by a dashed list that goes on
// "facing" the other delegation, in our own words ("The Chilean team --
// A, B and C -- returned to the palace, facing a delegation led by D"):
// the whole list sat at the talks; "facing criticism" is no meeting.
func TestRosterPhrasings14h(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-10", true, []rosterCase{
		{"a dashed team facing a delegation", "Trade talks went into a second day in Lisbon on Tuesday.\n\nThe Chilean team -- Finance Minister Ana Ruiz, Trade Minister Omar Haddad and envoy Kofi Mensah -- returned to the palace shortly after 10 a.m., facing a delegation led by Vice Premier Lena Varga.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
		{"facing criticism", "Trade talks went into a second day in Lisbon on Tuesday, led by Ana Ruiz and Lena Varga.\n\nOmar Haddad, the opposition leader, spoke in parliament, facing criticism from his own party.",
			[]string{"Ana Ruiz, Lena Varga"}, nil},
	})
}

// TestRosterPhrasings14i: local bargaining copy, in our own words: "Also
// present: A and B"; "with branch secretary X speaking for the union and
// deputy mayor Y for the city" (a role with a plain word before it, and
// the second verb left out); "Around the table for the district were
// superintendent X and board president Y".
func TestRosterPhrasings14i(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-12", true, []rosterCase{
		{"also present, colon", "Council leaders and the union met at the town hall on Tuesday, led by Cllr Ana Ruiz and branch secretary Omar Haddad.\n\nAlso present: Alderman Kofi Mensah and Aunty Lena Varga.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
		{"with X speaking for one side and Y for the other", "Talks between the union and the city resumed on Tuesday at the Acas offices, with branch secretary Omar Haddad speaking for the union and deputy mayor Ana Ruiz for the city.\n\nAround the table for the district were superintendent Kofi Mensah and board president Lena Varga.",
			[]string{"Ana Ruiz, Kofi Mensah, Lena Varga, Omar Haddad"}, nil},
	})
}
