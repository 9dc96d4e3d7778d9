package corpus

import (
	"strings"
	"testing"
)

// TestTableWithPrincipals checks rosters whose cue names the principals in
// a "with" phrase before the list ("Around the table with Starmer and
// Macron were ..."): both the principals and the list took part.
func TestTableWithPrincipals(t *testing.T) {
	checkMeetingCases(t, false, []rosterCase{
		{"around the table with two were, titled names", "Lena Dahl and Tomas Berg met in Oslo on Monday.\n\nAround the table with Dahl and Berg were Spanish Health Minister Ana Ruiz, NATO Secretary General Piotr Nowak and European Commission President Rosa Vidal.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Rosa Vidal, Tomas Berg"}, nil},
		{"around the table with two were, role-comma pairs", "Lena Dahl hosted Tomas Berg in Oslo on Monday.\n\nAround the table with Dahl and Berg were the home secretary, Ana Ruiz, the foreign secretary, Piotr Nowak, and Norway's interior minister, Rosa Vidal.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Rosa Vidal, Tomas Berg"}, nil},
		{"in the room with the two leaders was", "Kenya's President Omar Haddad received Ghana's President Sara Khalil in Nairobi on Friday.\n\nIn the room with the two leaders was Kenya's foreign minister, Peter Otieno.",
			[]string{"Omar Haddad, Peter Otieno, Sara Khalil"}, nil},
		{"at the table with one principal were", "The fisheries talks resumed in Reykjavik on Thursday, chaired by Iceland's Ines Moura.\n\nAt the table with Moura were Lars Holm of Denmark and Giorgi Beridze of Georgia.",
			[]string{"Giorgi Beridze, Ines Moura, Lars Holm"}, nil},
		{"a with phrase with a verb is no aside", "Lena Dahl and Tomas Berg met in Oslo on Monday.\n\nAround the table with its view of the fjord were set twelve chairs.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"a table with people in the future is none", "Lena Dahl and Tomas Berg met in Oslo on Monday.\n\nAround the table with Dahl and Berg will be the home secretary, Ana Ruiz, when the talks resume in May.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
	})
}

// TestCallsInTheClause checks calls told through a preposition after the
// clause's verb ("agreed in a phone call", "told X during a video call"),
// talks held over the phone ("held talks by phone with"), and people a
// later phrase says joined the call ("in a call that X later joined").
func TestCallsInTheClause(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"two subjects with roles agreed in a phone call", "The talks stalled in May.\n\nLena Dahl, the commission president, and Tomas Berg, Norway's prime minister, agreed in a phone call in September to aim for a deal by December.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"told someone during a video call", "Chile's President Rosa Vidal told Peter Otieno during a video call on Monday that the mine deal was off.",
			[]string{"Peter Otieno, Rosa Vidal"}, nil},
		{"clashed during a brief call", "Omar Haddad and Sara Khalil clashed during a brief phone call on Friday, two officials said.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"said in a call with someone", "Ines Moura said in a phone call with Lars Holm on Tuesday that Portugal would back the plan.",
			[]string{"Ines Moura, Lars Holm"}, nil},
		{"held talks by phone with, perfect tense", "Lena Dahl has held her own talks by phone with President Tomas Berg.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"held talks by video with", "Giorgi Beridze held talks by video with Armen Sargsyan on Thursday.",
			[]string{"Armen Sargsyan, Giorgi Beridze"}, nil},
		{"a call that others later joined", "On the plane home, Lena Dahl spoke by phone with Tomas Berg for an hour, in a call that Ana Ruiz and Piotr Nowak later joined.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Tomas Berg"}, nil},
		{"a call which the leaders of two countries joined", "Emmanuel Macron spoke by phone with Volodymyr Zelenskyy on Sunday, in a call which the leaders of Britain and Germany also joined.",
			[]string{"Emmanuel Macron, Friedrich Merz, Keir Starmer, Volodymyr Zelenskyy"}, nil},
		// near misses
		{"a call with reporters is no meeting", "Lena Dahl said in a phone call with reporters on Monday that the deal was off.",
			nil, nil},
		{"a call that others want to join is none", "Lena Dahl spoke by phone with Tomas Berg, in a call that Ana Ruiz wants to join next time.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"a negated call is none", "Lena Dahl and Tomas Berg never agreed in a phone call to anything.",
			nil, nil},
		{"a planned call is none", "Lena Dahl and Tomas Berg will agree in a phone call next week on the date.",
			nil, nil},
		{"followed the talks by phone stays a remote part", "Lena Dahl and Tomas Berg met in Oslo on Monday. Ana Ruiz followed the talks by phone from Madrid.",
			[]string{"Lena Dahl, Tomas Berg"}, map[string]string{"Ana Ruiz": "Lena Dahl, Tomas Berg"}},
	})
}

// TestAccompaniedAndRoleItems checks aides told through the active
// "accompanied X" (X at the meeting), and semicolon rosters whose items
// carry a role without a determiner ("Ana Ruiz, director of the bridges
// department; ...").
func TestAccompaniedAndRoleItems(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"two aides accompanied the guest", "Lena Dahl and Tomas Berg met in Tokyo on Saturday.\n\nForeign Minister Ana Ruiz and Piotr Nowak, the national security adviser, accompanied Berg.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Tomas Berg"}, nil},
		{"an aide accompanied him", "Kenya's President Omar Haddad received Sara Khalil at State House on Monday. His chief of staff, Peter Otieno, accompanied him.",
			[]string{"Omar Haddad, Peter Otieno, Sara Khalil"}, nil},
		{"accompanied someone not at the meeting is no attendance", "Lena Dahl and Tomas Berg met in Tokyo on Saturday.\n\nAna Ruiz accompanied Rosa Vidal on a tour of the port.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"was accompanied is the passive, not the subject's escort", "Lena Dahl and Tomas Berg met in Tokyo on Saturday. Berg was accompanied by Ana Ruiz.",
			[]string{"Ana Ruiz, Lena Dahl, Tomas Berg"}, nil},
		{"semicolon items with bare roles", "The bridge committee met in Laredo on Wednesday, chaired by Lena Dahl and Tomas Berg.\n\nAlso at the table: Ana Ruiz, director of the city's bridges department; trade chief Piotr Nowak; and Rosa Vidal, who represents the exporters.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Rosa Vidal, Tomas Berg"}, nil},
		{"semicolon items with head of", "Water ministers met in Amman on Sunday.\n\nAround the table were Omar Haddad, head of the Jordan Valley Authority; Sara Khalil, member of the regional council; and Giorgi Beridze.",
			[]string{"Giorgi Beridze, Omar Haddad, Sara Khalil"}, nil},
		{"a clause after the semicolon is still no item", "Water ministers met in Amman on Sunday, chaired by Lena Dahl.\n\nAround the table were Omar Haddad, head of the authority; Sara Khalil said the talks had gone well.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
	})
}

// TestListLinesUnderAColon checks that one-line paragraphs under a
// paragraph ending in a colon are kept as the list's items, not dropped
// as subheadings, in markdown and plain text, and that the roster they
// make is read; a subheading after ordinary prose is still dropped.
func TestListLinesUnderAColon(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"country, dash, titled name", "Leaders met in Accra on Saturday.\n\nIn attendance, by country, were:\n\nTogo — President Lena Dahl\n\nBenin — President Tomas Berg\n\nWhat comes next\n\nThe talks ended at night.",
			[]string{"Leaders met in Accra on Saturday.", "In attendance, by country, were:", "Togo — President Lena Dahl", "Benin — President Tomas Berg", "What comes next", "The talks ended at night."}},
		{"name then role", "The panel met in Laredo on Monday.\n\nThe members present:\n\nAna Ruiz (chair)\n\nPiotr Nowak\n\nThe meeting ran late.",
			[]string{"The panel met in Laredo on Monday.", "The members present:", "Ana Ruiz (chair)", "Piotr Nowak", "The meeting ran late."}},
		{"a subheading after prose is dropped", "The panel met in Laredo on Monday.\n\nWhat comes next\n\nThe meeting ran late.",
			[]string{"The panel met in Laredo on Monday.", "The meeting ran late."}},
	}
	for _, tc := range tests {
		for _, kind := range []string{"md", "txt"} {
			t.Run(tc.name+" "+kind, func(t *testing.T) {
				var a *Article
				var err error
				if kind == "md" {
					a, err = ParseMarkdown("x.md", []byte("---\ntitle: \"T\"\npublished: 2025-07-03T10:00:00Z\n---\n"+tc.body+"\n"))
				} else {
					a, err = ParseText("x.txt", []byte(tc.body+"\n"))
				}
				if err != nil {
					t.Fatal(err)
				}
				if strings.Join(a.Paragraphs, " | ") != strings.Join(tc.want, " | ") {
					t.Errorf("paragraphs = %q, want %q", a.Paragraphs, tc.want)
				}
			})
		}
	}
	checkMeetingCases(t, true, []rosterCase{
		{"a by-country roster", "The joint summit in Accra on Saturday was chaired by Ghana's President Lena Dahl.\n\nIn attendance, by country, were:\n\nTogo — President Tomas Berg\n\nBenin — President Ana Ruiz\n\nNiger — Prime Minister Piotr Nowak",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Tomas Berg"}, nil},
	})
}

// TestRoleItemModifiers checks that a place or body before a lower-case
// role in a semicolon list item is no person of its own.
func TestRoleItemModifiers(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"a body before the role", "The bridge committee met on Wednesday, chaired by Lena Dahl and Tomas Berg.\n\nAlso at the table: Ana Ruiz; Montes economic development chief Piotr Nowak; and Rosa Vidal, who represents the exporters group Grupo Montes.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Rosa Vidal, Tomas Berg"}, nil},
		{"a name with of a country stays", "The water council met on Monday, chaired by Lena Dahl.\n\nAround the table were Tomas Berg; Ana Ruiz of Spain; and Piotr Nowak.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Tomas Berg"}, nil},
	})
}

// TestAsTheyMet checks a meeting told in an "as they ..." clause after a
// main clause that agrees or plans something: the clause's "they" are the
// main clause's subjects, and the plan does not make the meeting planned.
func TestAsTheyMet(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"agreed to build ties, as they held a summit", "Lena Dahl and Tomas Berg agreed on Saturday to build closer ties, as they held their first summit in Tokyo.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"pledged cooperation as they met", "Kenya's President Omar Haddad and Ghana's President Sara Khalil pledged on Monday to expand trade as they met in Nairobi.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"signed a deal as they sat down", "Ines Moura and Lars Holm signed a fisheries pact on Friday as they sat down for talks in Reykjavik.",
			[]string{"Ines Moura, Lars Holm"}, nil},
		// near misses
		{"as they had hoped is no meeting", "Lena Dahl and Tomas Berg agreed on Saturday to meet in Tokyo as they had hoped.",
			nil, nil},
		{"as host is no clause", "Lena Dahl will attend the summit as host next week.",
			nil, nil},
		{"as they will meet is planned", "Lena Dahl and Tomas Berg agreed on Saturday to build closer ties, as they will meet in Tokyo next month.",
			nil, nil},
	})
}

// TestEarlierDatedMeeting checks that a meeting told in the past perfect
// with its own day stays apart from the story's undated meeting of the
// same people.
func TestEarlierDatedMeeting(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"had already met on a day, after an undated main meeting", "Lena Dahl hosted Tomas Berg and Ana Ruiz for a trilateral meeting in the State Dining Room, with Piotr Nowak sitting in.\n\nBerg and Ruiz had already met face to face in Abu Dhabi on 10 June, their first summit without a mediator.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Tomas Berg", "Ana Ruiz, Tomas Berg"}, nil},
		{"had first met on a day", "Omar Haddad received Sara Khalil and Peter Otieno at State House.\n\nKhalil and Otieno had first met in Lusaka on 2 May.",
			[]string{"Omar Haddad, Peter Otieno, Sara Khalil", "Peter Otieno, Sara Khalil"}, nil},
		// near misses
		{"had met without a day folds in", "Lena Dahl hosted Tomas Berg and Ana Ruiz for a trilateral meeting in the State Dining Room on Friday.\n\nBerg and Ruiz had met there before the cameras came in.",
			[]string{"Ana Ruiz, Lena Dahl, Tomas Berg"}, nil},
	})
}

// TestFollowsAVisitWhen checks a meeting told in a "when" clause after a
// verb that sets the story's meeting after an earlier visit: the clause is
// the visit's own meeting, and its "he" is the visitor.
func TestFollowsAVisitWhen(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"the talks follow the visit of X, when he held talks with Y", "Ana Ruiz and Lena Dahl met secretly in Vienna on Thursday.\n\nThe Vienna talks follow the visit of Prime Minister Tomas Berg to Ankara on June 20, when he held talks with President Omar Haddad at the palace.",
			[]string{"Ana Ruiz, Lena Dahl", "Omar Haddad, Tomas Berg"}, nil},
		{"the meeting came after a trip by X, when she met Y", "Ines Moura and Lars Holm held talks in Oslo on Monday.\n\nThe meeting came after a trip by Sara Khalil to Cairo on 2 May, when she met Peter Otieno.",
			[]string{"Ines Moura, Lars Holm", "Peter Otieno, Sara Khalil"}, nil},
		// near miss: a when clause right after the meeting is still the meeting's own
		{"the talks, when he met Y", "Lena Dahl held talks in Vienna on Thursday, when she met Tomas Berg for the first time.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
	})
}

// TestMissedThePoint checks that "missed the ..." is an absence only when
// an event follows.
func TestMissedThePoint(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"nobody missed the point", "Lena Dahl received Tomas Berg at the palace on Tuesday, and Dahl made sure nobody missed the point.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"missed the deadline", "Lena Dahl and Tomas Berg met in Oslo on Monday. Ana Ruiz, who missed the filing deadline, was furious.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"missed the opening session", "Lena Dahl and Tomas Berg met in Oslo on Monday. Ana Ruiz missed the opening session because of a delayed flight.",
			[]string{"Lena Dahl, Tomas Berg"}, map[string]string{"Ana Ruiz": "Lena Dahl, Tomas Berg"}},
		{"missed the talks", "Lena Dahl and Tomas Berg met in Oslo on Monday. Ana Ruiz missed the talks.",
			[]string{"Lena Dahl, Tomas Berg"}, map[string]string{"Ana Ruiz": "Lena Dahl, Tomas Berg"}},
	})
}

// TestSceneSpots checks scene lines that seat people by where they sat,
// stood or leaned in the room, several clauses to a line.
func TestSceneSpots(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"sofa, desk and wall", "Lena Dahl received Tomas Berg at the palace on Tuesday.\n\nIn the study, Berg sat to the president's right. Ana Ruiz and Piotr Nowak took the long sofa. Rosa Vidal stood near the desk with a folder, and Omar Haddad leaned against the wall by the door.",
			[]string{"Ana Ruiz, Lena Dahl, Omar Haddad, Piotr Nowak, Rosa Vidal, Tomas Berg"}, nil},
		{"took seats along the wall", "Kenya's President Sara Khalil hosted Peter Otieno at State House on Monday. Their aides Ines Moura and Lars Holm took seats along the wall.",
			[]string{"Ines Moura, Lars Holm, Peter Otieno, Sara Khalil"}, nil},
		{"sat to the host's left", "Lena Dahl hosted Tomas Berg in Oslo on Friday. Ana Ruiz sat to the host's left.",
			[]string{"Ana Ruiz, Lena Dahl, Tomas Berg"}, nil},
		// near misses
		{"took the train is no seat", "Lena Dahl hosted Tomas Berg in Oslo on Friday. Ana Ruiz took the night train home.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"leaned on her party is no spot", "Lena Dahl hosted Tomas Berg in Oslo on Friday. Ana Ruiz leaned on her party to back the deal.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"stood to gain is no spot", "Lena Dahl hosted Tomas Berg in Oslo on Friday. Ana Ruiz stood to gain from the deal.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
	})
}

// TestPossessiveRolesAndLockedInTalks checks subjects that each carry a
// role told through a country ("X, Spain's trade minister, and Y,
// Norway's commerce minister, met") and a day spent locked in talks.
func TestPossessiveRolesAndLockedInTalks(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"two subjects with possessive roles met", "Ana Ruiz, Spain's trade minister, and Lena Dahl, Norway's commerce minister, met in Brussels on Tuesday.",
			[]string{"Ana Ruiz, Lena Dahl"}, nil},
		{"a list then a possessive role", "Omar Haddad and Sara Khalil, Egypt's water minister, held talks in Addis Ababa on Monday.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"spent most of a day locked in talks", "Ana Ruiz, the EU's trade commissioner, and Lena Dahl, India's commerce minister, spent most of Tuesday locked in talks at the Berlaymont.",
			[]string{"Ana Ruiz, Lena Dahl"}, nil},
		{"spent the day negotiating", "Peter Otieno and Giorgi Beridze spent the day negotiating in Geneva on Friday.",
			[]string{"Giorgi Beridze, Peter Otieno"}, nil},
		// near misses
		{"spent two days talking to officials is no meeting of theirs", "Ana Ruiz said she and Lena Dahl had spent two days talking to officials on both sides.",
			nil, nil},
		{"spent Tuesday in a city is no meeting", "Ana Ruiz spent Tuesday in Tehran.",
			nil, nil},
	})
}

// TestGroupNamedMeeting checks that a group a meeting is named for ("a
// Weimar Triangle dinner") is no person at it.
func TestGroupNamedMeeting(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"a group's dinner", "Ana Ruiz met Lena Dahl and Tomas Berg at a Lublin Triangle dinner in Prague on 4 June.",
			[]string{"Ana Ruiz, Lena Dahl, Tomas Berg"}, nil},
		{"a league's summit", "Omar Haddad and Sara Khalil met on the sidelines of an Aqaba Process summit in Baghdad on 17 May.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		// near miss: a person's name before "meeting" after "a" stays a person
		{"a named host's lunch", "Ana Ruiz hosted Tomas Berg for a lunch in Madrid on 4 June.",
			[]string{"Ana Ruiz, Tomas Berg"}, nil},
	})
}

// TestTheTalksJustTold checks that "the talks" right after a meeting of
// its own, with its own day, in the same paragraph, are that meeting, not
// the story's main talks told before.
func TestTheTalksJustTold(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"an earlier round told with its day, then the talks were attended by", "Talks between Lena Dahl and Tomas Berg entered a fourth day in Istanbul on Tuesday.\n\nOn June 18, Ana Ruiz and Piotr Nowak sat across from each other in Doha for the first time. The talks were attended by Rosa Vidal and Omar Haddad, who acted as mediators.",
			[]string{"Ana Ruiz, Omar Haddad, Piotr Nowak, Rosa Vidal", "Lena Dahl, Tomas Berg"}, nil},
		{"the meeting was chaired by", "Lena Dahl and Tomas Berg held talks in Oslo on Monday.\n\nOn May 2, Ana Ruiz met Piotr Nowak in Lisbon. The meeting was chaired by Rosa Vidal.",
			[]string{"Ana Ruiz, Piotr Nowak, Rosa Vidal", "Lena Dahl, Tomas Berg"}, nil},
		// near miss: a side meeting is not what "the talks" means
		{"a side meeting, then the talks", "Lena Dahl and Tomas Berg held talks in Rome on Monday.\n\nOn Monday, Ana Ruiz met Piotr Nowak privately on the sidelines. The talks were attended by Rosa Vidal.",
			[]string{"Ana Ruiz, Piotr Nowak", "Lena Dahl, Rosa Vidal, Tomas Berg"}, nil},
	})
}

// TestPreviousVisitClause checks a meeting told in a relative clause about
// an earlier visit: it stays apart from the story's meeting.
func TestPreviousVisitClause(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"a previous visit by an envoy, who met the host", "Lena Dahl met Tomas Berg at the palace on Thursday, and 52 prisoners were freed.\n\nOthers were freed in June after a previous visit to the capital by envoy Ana Ruiz, who met Berg in the presence of Dahl. Ruiz did not travel this time.",
			[]string{"Ana Ruiz, Lena Dahl, Tomas Berg", "Lena Dahl, Tomas Berg"}, map[string]string{"Ana Ruiz": "Lena Dahl, Tomas Berg"}},
		{"an earlier trip by one side, who met the other", "Omar Haddad and Sara Khalil held talks in Geneva on Monday.\n\nThe Geneva talks come after an earlier trip to Nairobi by Haddad, who met Peter Otieno and Khalil at State House.",
			[]string{"Omar Haddad, Peter Otieno, Sara Khalil", "Omar Haddad, Sara Khalil"}, nil},
		// near miss: a relative clause about the story's own visit folds in
		{"this visit, who met the host", "Lena Dahl met Tomas Berg at the palace on Thursday. It was the first visit by an envoy since 2020 for Dahl, who met Berg's ministers too.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
	})
}

// TestListAntecedentAbsentAndStaffers checks absences of a whole list
// before a relative clause ("A and B, who flew in for it, never joined the
// talks") and of people who sent a staffer or deputy.
func TestListAntecedentAbsentAndStaffers(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"a list, who..., never joined", "Lena Dahl and Tomas Berg met in Anchorage on Friday. Ana Ruiz and Piotr Nowak, who flew to Anchorage for it, never joined the talks.",
			[]string{"Lena Dahl, Tomas Berg"}, map[string]string{"Ana Ruiz": "Lena Dahl, Tomas Berg", "Piotr Nowak": "Lena Dahl, Tomas Berg"}},
		{"one name, who..., did not attend", "Lena Dahl and Tomas Berg met in Oslo on Monday. Ana Ruiz, who was in Madrid, did not attend.",
			[]string{"Lena Dahl, Tomas Berg"}, map[string]string{"Ana Ruiz": "Lena Dahl, Tomas Berg"}},
		{"was expected but sent a staffer", "Lena Dahl and Tomas Berg met in El Paso on Wednesday. State Sen. Ana Ruiz, whose district includes the bridge, was expected but sent a staffer.",
			[]string{"Lena Dahl, Tomas Berg"}, map[string]string{"Ana Ruiz": "Lena Dahl, Tomas Berg"}},
		{"sent a deputy", "Omar Haddad and Sara Khalil met in Nairobi on Monday. Peter Otieno sent a deputy.",
			[]string{"Omar Haddad, Sara Khalil"}, map[string]string{"Peter Otieno": "Omar Haddad, Sara Khalil"}},
		// near miss: a list before a relative clause that attended
		{"a list, who..., attended", "Lena Dahl and Tomas Berg met in Oslo on Monday. Ana Ruiz and Piotr Nowak, who flew in overnight, attended.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak, Tomas Berg"}, nil},
	})
}

// TestDroppedIn checks people who dropped in on part of a meeting.
func TestDroppedIn(t *testing.T) {
	checkMeetingCases(t, true, []rosterCase{
		{"dropped in for a section", "Lena Dahl and Tomas Berg met in London on Thursday. Ana Ruiz, the chancellor, dropped in for the section on defence but did not stay for the migration discussion.",
			[]string{"Ana Ruiz, Lena Dahl, Tomas Berg"}, nil},
		{"dropped in on the talks", "Omar Haddad and Sara Khalil held talks in Nairobi on Monday. Peter Otieno dropped in on the talks in the afternoon.",
			[]string{"Omar Haddad, Peter Otieno, Sara Khalil"}, nil},
		// near miss: a figure that dropped
		{"support dropped in for a while", "Lena Dahl and Tomas Berg met in London on Thursday. Support for the deal dropped in for a while.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
	})
}
