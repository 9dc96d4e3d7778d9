package corpus

import "testing"

// TestRosterPhrasings16: ways of telling who was there only from afar,
// met in the misses of devset50 to devset55 (released in session 16), in
// our own words: "took part by teleconference", "by speakerphone",
// "through video conference from", "followed along on Zoom", "joined the
// meeting online"; each goes to absent, never to the attendees.
func TestRosterPhrasings16(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-12", true, []rosterCase{
		{"by teleconference", "The two hospital boards met at the town hall on Tuesday. Board chairs Lena Dahl and Rosa Vidal attended.\n\nOmar Haddad, a regional health director, took part by teleconference.",
			[]string{"Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal"}},
		{"by speakerphone from a capital", "The final session of the talks was held at the manor on Sunday, with Lena Dahl and Rosa Vidal at the table.\n\nVice President Omar Haddad, who has steered the government's side, joined the final session by speakerphone from the capital on Sunday, a delegate said.",
			[]string{"Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal"}},
		{"through video conference", "The river board met in Pune on Tuesday. The meeting, chaired by chairman Lena Dahl, was attended by chief engineer Rosa Vidal.\n\nIrrigation Secretary Omar Haddad took part in the deliberations through video conference from Mumbai, officials said.",
			[]string{"Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal"}},
		{"followed along on Zoom", "The talks resumed on Monday. Around the table were Superintendent Lena Dahl for the district and union president Rosa Vidal for the teachers. Two board members, Omar Haddad and Tomas Reyes, followed along on Zoom.",
			[]string{"Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal", "Tomas Reyes": "Lena Dahl, Rosa Vidal"}},
		{"joined the meeting online", "The coalition met in London on Friday. Attending in person were Lena Dahl and Rosa Vidal. Prime Minister Omar Haddad and President Tomas Reyes joined the meeting online, as did a dozen other leaders.",
			[]string{"Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal", "Tomas Reyes": "Lena Dahl, Rosa Vidal"}},
		{"in person, not online", "The coalition met in London on Friday. Lena Dahl and Rosa Vidal attended in person, and the meeting was streamed online.",
			[]string{"Lena Dahl, Rosa Vidal"}, nil},
	})
}

// TestRosterPhrasings16b: "Last month X hosted informal talks in the
// seaside resort of Y" is another, earlier meeting, even when the place
// is not read: the month past dates the talks of its own clause.
func TestRosterPhrasings16b(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-03", true, []rosterCase{
		{"last month, its own talks", "Foreign ministers met behind closed doors in Jakarta on Wednesday. Lena Dahl chaired the meeting.\n\nForeign Minister Rosa Vidal and Foreign Minister Omar Haddad attended the talks.\n\nLast month Haddad hosted informal talks in the seaside resort of Pattaya, which Tomas Reyes attended. Dahl stayed away.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal", "Omar Haddad, Tomas Reyes"}, map[string]string{"Lena Dahl": "Omar Haddad, Tomas Reyes"}},
	})
}

// TestTitlesBeforeNames16: titles that stand before a name and are no
// part of it: the Indian "Shri" and "Smt.", a union's "Brother" and
// "Sister", "City Manager", "Chief Executive Officer", "Commodore",
// "Co-Chair"; and "Don", a Thai given name, is part of it.
func TestTitlesBeforeNames16(t *testing.T) {
	checkQuoteCases(t, "2025-07-24", []quoteCase{
		{"Shri",
			"The agreement was signed in the presence of Prime Minister Shri Arjun Mehta.\n\n\"This is a historic day,\" said Shri Arjun Mehta.",
			[]wantQuote{{"This is a historic day", "Arjun Mehta", "Prime Minister"}}},
		{"Sister, a union's style",
			"Committee members Kim Tanaka and Luis Ortega sat across from management.\n\n\"Come ride the route with me,\" Sister Tanaka told the managers.",
			[]wantQuote{{"Come ride the route with me", "Kim Tanaka", ""}}},
		{"City Manager",
			"City Manager Paul Hendry said the council is kept informed \"through the proper channels\".",
			[]wantQuote{{"through the proper channels", "Paul Hendry", "City Manager"}}},
		{"Chief Executive Officer",
			"\"The works will follow the heritage plan,\" said Chief Executive Officer Alan Brook.",
			[]wantQuote{{"The works will follow the heritage plan", "Alan Brook", "Chief Executive Officer"}}},
		{"Commodore",
			"Coast guard spokesman Commodore Jay Santos wrote on X: \"Dialogue is welcome, but it is no excuse.\"",
			[]wantQuote{{"Dialogue is welcome, but it is no excuse.", "Jay Santos", ""}}},
		{"Co-Chair",
			"Contact Group Co-Chair Nomvula Dube said talks had been \"frank and, at times, circular.\"",
			[]wantQuote{{"frank and, at times, circular.", "Nomvula Dube", ""}}},
		{"Don, a given name",
			"Don Wongsakul said he had met the detained leader on Sunday.\n\n\"She is in good health,\" Don told reporters.",
			[]wantQuote{{"She is in good health", "Don Wongsakul", ""}}},
	})
}

// TestRosterPhrasings16c: the ways of South Asian diplomatic copy, in
// our own words: "called on Peru's newly elected President X in Lima" (a
// visit, the title after a country's "'s" and "newly elected"); "the
// meeting held at the Presidential Secretariat" is the call just told,
// in a building of its city; "met a delegation of opposition leaders from
// the north, including A, B and C" names the ones met.
func TestRosterPhrasings16c(t *testing.T) {
	checkMeetingCasesOn(t, "2024-10-04", true, []rosterCase{
		{"called on a newly elected president", "Foreign Minister Ana Ruiz on Friday called on Peru's newly elected President Omar Haddad in Lima, the first foreign dignitary to visit since the election.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"the meeting held at a building of the city", "Foreign Minister Ana Ruiz on Friday called on Costa Rica's newly elected President Omar Haddad in San José.\n\nMs. Ruiz was accompanied by Ambassador Kofi Mensah at the meeting held at the Presidential Secretariat.",
			[]string{"Ana Ruiz, Kofi Mensah, Omar Haddad"}, nil},
		{"a delegation, including", "Foreign Minister Ana Ruiz met President Omar Haddad in Lima on Friday.\n\nIn the evening, Ms. Ruiz met a delegation of opposition leaders from the north and east, including the party's Kofi Mensah, former governor Piotr Nowak and alliance leader Tomas Reyes.",
			[]string{"Ana Ruiz, Kofi Mensah, Piotr Nowak, Tomas Reyes", "Ana Ruiz, Omar Haddad"}, nil},
		{"a delegation it does not name", "Foreign Minister Ana Ruiz met President Omar Haddad in Lima on Friday.\n\nIn the evening, Ms. Ruiz met a delegation of opposition leaders, who urged her to press for elections.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
	})
}

// TestRosterPhrasings16d: someone who joined from afar after an aside
// about their country ("Gonsalves, whose country holds the presidency of
// the bloc (CELAC), joined the talks by video link"), a list joining by
// video ("with defence ministers A and B joining by video from Canberra
// and Tokyo"); and "Prime Minister of St Vincent and the Grenadines X":
// "St Vincent" is a place, no one absent or present.
func TestRosterPhrasings16d(t *testing.T) {
	checkMeetingCasesOn(t, "2024-01-26", true, []rosterCase{
		{"whose aside, then by video", "Foreign ministers met in Brasilia on Thursday. Brazil's Lena Dahl hosted Guyana's Rosa Vidal and Venezuela's Omar Haddad.\n\nPrime Minister Tomas Reyes, whose country holds the rotating presidency of the Community of Andean States (CAN), joined the talks by video link from Quito.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, map[string]string{"Tomas Reyes": "Lena Dahl, Omar Haddad, Rosa Vidal"}},
		{"whose aside, then in person", "Foreign ministers met in Brasilia on Thursday. Brazil's Lena Dahl hosted Guyana's Rosa Vidal and Venezuela's Omar Haddad.\n\nPrime Minister Tomas Reyes, whose country holds the rotating presidency, also joined the talks.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
		{"a list joining by video", "Lena Dahl and Rosa Vidal met for breakfast on Tuesday at the embassy residence, with defence ministers Omar Haddad and Tomas Reyes joining by video from Canberra and Tokyo.",
			[]string{"Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal", "Tomas Reyes": "Lena Dahl, Rosa Vidal"}},
		{"a saint's place after a title", "Foreign ministers met in Brasilia on Thursday. Brazil's Lena Dahl hosted Guyana's Rosa Vidal and Venezuela's Omar Haddad.\n\nPrime Minister of St Lucia and the Islands Dr Tomas Reyes joined the talks by video link from Castries.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, map[string]string{"Tomas Reyes": "Lena Dahl, Omar Haddad, Rosa Vidal"}},
	})
}

// TestRosterPhrasings16e: lists of delegation heads: "led by A for the
// US, B for Russia and C for Ukraine" (a side named without "the"), "The
// delegations were led by: A; B; and C", "The heads of delegation were:
// ...", and "They were: ..." after "the heads of the other delegations
// lined up beside him".
func TestRosterPhrasings16e(t *testing.T) {
	checkMeetingCasesOn(t, "2005-09-20", true, []rosterCase{
		{"for a country without the", "Talks opened in Geneva on Monday, led by Lena Dahl for the US, Rosa Vidal for Russia and Omar Haddad for Ukraine.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
		{"led by, a colon", "The talks opened in Geneva on Monday. The delegations were led by: Lena Dahl for the US; Rosa Vidal for Russia; and Omar Haddad for Ukraine.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
		{"heads of delegation were", "The talks opened in Geneva on Monday. The heads of delegation were: Lena Dahl for the US; Rosa Vidal for Russia; and Omar Haddad for Ukraine.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
		{"they were, after the heads lined up", "The fourth round of talks ended in Beijing on Monday with a joint statement.\n\nThe statement was read out by Vice-Foreign Minister Wu Dawei, who chaired the talks at the guesthouse, with the heads of the other delegations lined up beside him.\n\nThey were: US envoy Lena Dahl; North Korea's Vice-Foreign Minister Rosa Vidal; and Russia's Deputy Foreign Minister Omar Haddad.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Wu Dawei"}, nil},
	})
}

// TestRosterPhrasings16f: a union bulletin's ways: "For the Local: A, B
// and C" and "For the Authority: D and E", each side's team at the
// session told before; "X was with us on the phone from Washington for
// the whole session" is there by phone, absent (but "was on the phone
// with Y" is a call of its own); "Financial-Secretary X" and
// "rank-and-file committee members X" are titles before a name.
func TestRosterPhrasings16f(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-08", true, []rosterCase{
		{"for each side, a colon", "Your bargaining committee met with management again on Thursday at the depot.\n\nFor the Local: President Lena Dahl, Financial-Secretary Rosa Vidal and rank-and-file committee members Kim Tanaka (North Garage) and Luis Ortega (Central Shop).\n\nFor the Authority: Deputy General Manager Omar Haddad and the Authority's lawyer, Tomas Reyes.",
			[]string{"Kim Tanaka, Lena Dahl, Luis Ortega, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
		{"on the phone from elsewhere", "The committee met with management on Thursday at the depot. Rosa Vidal and Omar Haddad attended.\n\nLena Dahl was with us on the phone from Washington for the whole session.",
			[]string{"Omar Haddad, Rosa Vidal"}, map[string]string{"Lena Dahl": "Omar Haddad, Rosa Vidal"}},
		{"on the phone with someone", "The committee met with management on Thursday at the depot. Rosa Vidal and Omar Haddad attended.\n\nLena Dahl was on the phone with Tomas Reyes.",
			[]string{"Lena Dahl, Tomas Reyes", "Omar Haddad, Rosa Vidal"}, nil},
		{"for a cause is no side", "The committee met with management on Thursday at the depot. Rosa Vidal and Omar Haddad attended.\n\nFor the record: Lena Dahl says the union will not move.",
			[]string{"Omar Haddad, Rosa Vidal"}, nil},
	})
}

// TestRosterPhrasings16g: "President A and the leader of the rebels
// signed an accord" (the one named signed; the one described has no
// name), and "Among the 15 heads of state and other dignitaries in
// attendance in the port city were B and C".
func TestRosterPhrasings16g(t *testing.T) {
	checkMeetingCasesOn(t, "2016-09-27", true, []rosterCase{
		{"a named signer and a described one", "President Ana Ruiz and the leader of the rebel army signed a peace accord on Monday in Cartagena, ending half a century of war.\n\nAmong the 15 heads of state and other dignitaries in attendance in the port city were Secretary-General Omar Haddad and President Tomas Reyes.",
			[]string{"Ana Ruiz, Omar Haddad, Tomas Reyes"}, nil},
		{"among them, not present", "President Ana Ruiz and the leader of the rebel army signed a peace accord on Monday in Cartagena, ending half a century of war.\n\nAmong the critics of the deal were former president Omar Haddad and senator Tomas Reyes.",
			nil, nil},
	})
}

// TestRosterPhrasings16h: "The talks were led on the U.S. side by A and
// B" (a side between the verb and "by"); someone "in Abu Dhabi but not
// part of the three-way format" who "met separately with A on Saturday
// morning" is absent from the talks and at a side meeting of his own; and
// "flew in separately and met A there, but he was not part of the
// trilateral format": not part of the talks under way, present at his
// own meeting.
func TestRosterPhrasings16h(t *testing.T) {
	checkMeetingCasesOn(t, "2026-01-24", true, []rosterCase{
		{"led on a side by", "The talks at a hotel in Jeddah on Tuesday were led on the U.S. side by Secretary of State Lena Dahl and adviser Rosa Vidal. Ukraine's delegation was headed by Omar Haddad.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
		{"not part of the format, met separately", "The trilateral talks, which began Friday afternoon, are being led on the American side by envoy Lena Dahl and Rosa Vidal, with Omar Haddad also at the table.\n\nTomas Reyes, the Kremlin's envoy, was also in Abu Dhabi but was not part of the three-way format. He met separately with Dahl on Saturday morning, an official said.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal", "Lena Dahl, Tomas Reyes"}, map[string]string{"Tomas Reyes": "Lena Dahl, Omar Haddad, Rosa Vidal"}},
		{"met there, but not part of the format", "The trilateral talks opened in Abu Dhabi on Saturday with envoy Lena Dahl, Rosa Vidal and Omar Haddad at the table.\n\nThe day before, Tomas Reyes flew to Abu Dhabi separately and met Dahl there on Friday afternoon on economic questions, the Kremlin said, but he was not part of the trilateral format.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal", "Lena Dahl, Tomas Reyes"}, map[string]string{"Tomas Reyes": "Lena Dahl, Omar Haddad, Rosa Vidal"}},
	})
}

// TestRosterPhrasings16i: "the meeting" right after talks told in the
// same paragraph with their own date names those talks ("... the third
// round of direct talks in Istanbul on 23 July. The Ukrainian delegation
// there was led by A, and the Russian one by B; the meeting at the palace
// lasted less than an hour"), not an earlier "meeting" of the story.
func TestRosterPhrasings16i(t *testing.T) {
	checkMeetingCasesOn(t, "2025-08-24", true, []rosterCase{
		{"the meeting, after talks of another day", "The two sides swapped 84 prisoners on Sunday, the president said after meeting Lena Dahl and Rosa Vidal.\n\nThe exchange continues the agreements reached at the third round of direct talks in Istanbul on 23 July. The Ukrainian delegation there was led by Lena Dahl, and the Russian one by Kremlin aide Omar Haddad; the meeting at the palace lasted less than an hour.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Rosa Vidal"}, nil},
	})
}

// TestRosterPhrasings16j: who was not invited, told the long way:
// "neither General A, the head of the army, nor his rival B, who commands
// the militia, was invited"; "A, who is in exile, was not invited.
// Neither was the junta's leader, Gen. B, whom the soldiers swore in".
func TestRosterPhrasings16j(t *testing.T) {
	start := "Foreign ministers Lena Dahl and Rosa Vidal signed the agreement at the State Department on Friday.\n\n"
	both := map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal", "Tomas Reyes": "Lena Dahl, Rosa Vidal"}
	checkMeetingCasesOn(t, "2025-06-28", true, []rosterCase{
		{"neither and nor with asides", start + "The organizers had made a deliberate choice: neither General Omar Haddad, the head of the army, nor his rival Tomas Reyes, who commands the militia, was invited.",
			[]string{"Lena Dahl, Rosa Vidal"}, both},
		{"neither was, after a sentence not invited", start + "The ousted president, Omar Haddad, who is in exile, was not invited. Neither was the junta's leader, Gen. Tomas Reyes, whom the soldiers swore in.",
			[]string{"Lena Dahl, Rosa Vidal"}, both},
		{"neither was, after no absence", start + "The ousted president, Omar Haddad, praised the accord. Neither was the junta's leader, Gen. Tomas Reyes, pleased by it.",
			[]string{"Lena Dahl, Rosa Vidal"}, nil},
	})
}

// TestRosterPhrasings16k: "A and B, who flew in for it, never joined the
// talks. Nor did C, the Kremlin's envoy": C is absent too.
func TestRosterPhrasings16k(t *testing.T) {
	checkMeetingCasesOn(t, "2025-08-16", true, []rosterCase{
		{"nor did, after never joined", "Lena Dahl and Rosa Vidal met at the air base in Anchorage on Friday, with Kim Aro at the table.\n\nA larger working lunch that was meant to follow was scrapped. Finance Minister Omar Haddad and Trade Minister Tomas Reyes, who flew in for it, never joined the talks. Nor did Eli Tamm, the Kremlin's investment envoy, who spent the afternoon giving interviews.",
			[]string{"Kim Aro, Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Kim Aro, Lena Dahl, Rosa Vidal", "Tomas Reyes": "Kim Aro, Lena Dahl, Rosa Vidal", "Eli Tamm": "Kim Aro, Lena Dahl, Rosa Vidal"}},
	})
}

// TestRosterPhrasings16l: a sentence that only adds someone to the one
// before: "A and B were also connected. So was Italian Prime Minister C"
// (present too); "The United States was not on the call. Neither was
// Hungary's D" (absent too, after a country told absent).
func TestRosterPhrasings16l(t *testing.T) {
	checkMeetingCasesOn(t, "2025-03-16", true, []rosterCase{
		{"so was, after a presence", "The video call on Saturday brought together some 25 leaders, with Lena Dahl chairing from London. Rosa Vidal took part from Kyiv.\n\nNATO's Kim Aro and the Commission's Eli Tamm were also connected. So was Italian Prime Minister Omar Haddad, who said Rome would not send troops.",
			[]string{"Eli Tamm, Kim Aro, Lena Dahl, Omar Haddad, Rosa Vidal"}, nil},
		{"neither was, after a country absent", "The video call on Saturday brought together some 25 leaders, with Lena Dahl chairing from London. Rosa Vidal took part from Kyiv.\n\nThe United States was not on the call. Neither was Hungary's Omar Haddad, who has opposed support for Kyiv.",
			[]string{"Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal"}},
	})
}

// TestRosterPhrasings16m: "Rubio hosted the same ministers on January
// 21" after sentences that name no one ("The joint statement ... called
// for those responsible to be brought to justice", "It was the second
// time the four had met this year"): the people present at the last
// meeting told with them; and "met her counterparts" after "the Trump
// administration's doubts" seats no Trump (a name qualifying a noun).
func TestRosterPhrasings16m(t *testing.T) {
	checkMeetingCasesOn(t, "2025-07-02", true, []rosterCase{
		{"the same ministers, past sentences naming no one", "Foreign Minister Lena Dahl met her counterparts at the State Department on Tuesday, in talks hosted by Secretary of State Rosa Vidal. Also around the table were Omar Haddad and Tomas Reyes.\n\nThe joint statement condemned the attack and called for those responsible to be brought to justice.\n\nIt was the second time the four had met this year. Ms Vidal hosted the same ministers on January 21, her first full day in office.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes", "Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Reyes"}, nil},
		{"a name qualifying a noun is no one met", "Foreign Minister Lena Dahl went to Washington, despite the Haddad administration's doubts about the grouping.\n\nSenator Dahl met her counterparts at the State Department on Tuesday, in talks hosted by Secretary of State Rosa Vidal.",
			[]string{"Lena Dahl, Rosa Vidal"}, nil},
	})
}

// TestRosterPhrasings16n: "ready to host a meeting between A and B, with
// C also taking part" is a planned meeting's company, not the meeting
// under way's.
func TestRosterPhrasings16n(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-03", true, []rosterCase{
		{"with, after a planned meeting", "The delegations of Lena Dahl and Rosa Vidal met in Istanbul on Monday.\n\nPresident Omar Haddad, who did not attend Monday's session, said later that his country was ready to host a meeting between Kim Aro and Eli Tamm, with US President Tomas Reyes also taking part.",
			[]string{"Lena Dahl, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal"}},
	})
}
