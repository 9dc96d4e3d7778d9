package corpus

import (
	"sort"
	"strings"
	"testing"
)

// rosterCase is one text and what a reader finds in it: every meeting as
// its sorted attendees joined by ", " (none when want is empty), and
// absent people with the attendees of the meeting they missed.
type rosterCase struct {
	name   string
	text   string
	want   []string
	absent map[string]string
}

// checkRosterCases runs the cases on texts published on 2025-07-03.
func checkRosterCases(t *testing.T, tests []rosterCase) {
	t.Helper()
	checkMeetingCases(t, false, tests)
}

// checkMeetingCases runs the cases on texts published on 2025-07-03; with
// exactAbsent, anyone absent whom a case does not list is an error too.
func checkMeetingCases(t *testing.T, exactAbsent bool, tests []rosterCase) {
	t.Helper()
	checkMeetingCasesOn(t, "2025-07-03", exactAbsent, tests)
}

// checkMeetingCasesOn is checkMeetingCases for articles published on date
// ("" for an undated wire text).
func checkMeetingCasesOn(t *testing.T, date string, exactAbsent bool, tests []rosterCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, date, tc.text)
			var got []string
			for _, m := range a.Meetings {
				if len(m.Attendees) == 1 && len(m.Absent) == 0 {
					continue // a meeting of one named person: TestOnePersonMeetings checks those
				}
				n := names(m.Attendees)
				sort.Strings(n)
				got = append(got, strings.Join(n, ", "))
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
			for _, m := range a.Meetings {
				for _, ab := range m.Absent {
					if _, ok := tc.absent[ab.Name]; exactAbsent && !ok {
						t.Errorf("%s absent (%s), want not absent", ab.Name, ab.Note)
					}
				}
			}
			for who, in := range tc.absent {
				found := false
				for _, m := range a.Meetings {
					n := names(m.Attendees)
					sort.Strings(n)
					for _, ab := range m.Absent {
						if ab.Name == who {
							found = true
							if strings.Join(n, ", ") != in {
								t.Errorf("%s absent from %q, want %q", who, n, in)
							}
						}
					}
				}
				if !found {
					t.Errorf("%s not absent from any meeting", who)
				}
			}
		})
	}
}

// TestRosterPhrasings checks lists of participants told as rosters: cues
// split by a time or an aside, semicolon lists of "role, Name", the chair
// in a "with" phrase, and factbox lines of "Name, role".
func TestRosterPhrasings(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"around the table, a day between", "The water talks resumed in Vienna on Monday.\n\nAround the table on Monday were Ana Ruiz, Piotr Nowak and Omar Haddad.",
			[]string{"Ana Ruiz, Omar Haddad, Piotr Nowak"}, nil},
		{"in the room, an aside between", "Fishing ministers met in Oslo on Tuesday night.\n\nIn the room, two officials said, were Lena Dahl, Tomas Berg and Ines Moura.",
			[]string{"Ines Moura, Lena Dahl, Tomas Berg"}, nil},
		{"an aside with a relative clause", "Fishing ministers met in Oslo on Tuesday.\n\nAround the table, according to three people who were in the room, were Lena Dahl, Tomas Berg and Ines Moura.",
			[]string{"Ines Moura, Lena Dahl, Tomas Berg"}, nil},
		{"summoned on a day by the chair", "Ministers held a night session in Lima on Friday.\n\nThey had been summoned on Thursday night by the COP30 president, Chile's energy minister Rosa Vidal. Lars Holm and Ines Moura took part.",
			[]string{"Ines Moura, Lars Holm, Rosa Vidal"}, nil},
		{"represented by, then an elliptical by after a group", "Energy ministers met in Doha on Sunday, chaired by Tomas Berg. The island states were represented by Fiji's Rosa Vidal, who chairs their bloc, and the landlocked countries by Nepal's Peter Otieno.",
			[]string{"Peter Otieno, Rosa Vidal, Tomas Berg"}, nil},
		{"semicolon list of role, name", "Energy ministers held a closed session in Doha on Sunday.\n\nAround the table were the Danish climate minister, Lars Holm; the Chilean energy minister, Rosa Vidal; and Kenya's envoy, Peter Otieno.",
			[]string{"Lars Holm, Peter Otieno, Rosa Vidal"}, nil},
		{"a clause after the semicolon is no list item", "Ministers met in Oslo on Monday.\n\nAround the table were Lena Dahl and Omar Haddad; Rosa Vidal, who was ill, did not come.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"around the table with a colon", "The council met in Lisbon on Thursday.\n\nAround the table: all the members, including Ana Ruiz, Piotr Nowak and Lena Dahl.",
			[]string{"Ana Ruiz, Lena Dahl, Piotr Nowak"}, nil},
		{"with X in the chair and Y at his side", "The border commission met in Tbilisi on Monday with the two deputy ministers, Giorgi Beridze and Armen Sargsyan, with Tomas Berg in the chair and his adviser Ines Moura at his side.",
			[]string{"Armen Sargsyan, Giorgi Beridze, Ines Moura, Tomas Berg"}, nil},
		{"with X as host", "Giorgi Beridze and Armen Sargsyan met in Vienna on Friday, with Austrian official Lena Dahl as host.",
			[]string{"Armen Sargsyan, Giorgi Beridze, Lena Dahl"}, nil},
		{"a planned meeting with a chair is none", "Giorgi Beridze and Armen Sargsyan are due to meet in Vienna next month, with Lena Dahl in the chair.",
			nil, nil},
		{"factbox lines of name, role", "Delegations from the two countries met in Baku on Wednesday for a fourth round of border talks.\n\nArmen Sargsyan, deputy prime minister, head of delegation\n\nLevon Hakobyan, deputy foreign minister\n\nMilitary officers who were not named\n\nRauf Aliyev, deputy prime minister\n\nFarid Mammadov, head of the border service\n\nThe talks ended without an agreement.",
			[]string{"Armen Sargsyan, Farid Mammadov, Levon Hakobyan, Rauf Aliyev"}, nil},
		{"a factbox line reads on", "Delegations met in Doha on Monday.\n\nPiotr Nowak, head of delegation\n\nLena Dahl, deputy minister\n\nForeign Minister Omar Haddad opened the session, flanked by his deputy Sara Khalil\n\nThe sides agreed to meet again.",
			[]string{"Lena Dahl, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"lines of names after a planned meeting are no roster", "Delegations will meet in Baku next week for a fourth round of border talks.\n\nArmen Sargsyan, deputy prime minister\n\nRauf Aliyev, deputy prime minister",
			nil, nil},
		{"a key-players box is no roster", "Armen Sargsyan and Rauf Aliyev met in Baku on Wednesday.\n\nThe dispute has a long history, and several figures will shape what comes next.\n\nLevon Hakobyan, opposition leader\n\nFarid Mammadov, head of the border service\n\nThe next round is due in May.",
			[]string{"Armen Sargsyan, Rauf Aliyev"}, nil},
		{"sentences about people are no roster", "Armen Sargsyan and Rauf Aliyev met in Baku on Wednesday.\n\nLevon Hakobyan, a deputy foreign minister, said in Yerevan that the talks were useful.\n\nFarid Mammadov, a border official, said the same in Baku.",
			[]string{"Armen Sargsyan, Rauf Aliyev"}, nil},
	})
}

// TestReceivedPhrasings checks meetings told through the one received:
// the passive with a place or time before "by", a subject cut off by a
// relative clause, an object pronoun that is not the subject, and titles
// with "to" or "for" before the name.
func TestReceivedPhrasings(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"received at a place by two hosts", "The two delegations, headed by Lena Dahl and Tomas Berg, were received at a lakeside villa on Monday by Sara Khalil and Omar Haddad.",
			[]string{"Lena Dahl, Omar Haddad, Sara Khalil, Tomas Berg"}, nil},
		{"greeted on the steps by the host", "Rosa Vidal was greeted on the palace steps on Friday by Peter Otieno.",
			[]string{"Peter Otieno, Rosa Vidal"}, nil},
		{"two walked and were greeted by the host", "On a humid morning last Thursday, Ana Ruiz and Piotr Nowak, the two council presidents, walked the length of a red carpet and were greeted at the end of it by Omar Haddad.",
			[]string{"Ana Ruiz, Omar Haddad, Piotr Nowak"}, nil},
		{"one stopped somewhere and met another", "Ana Ruiz stopped in Oslo on Saturday and met Omar Haddad.",
			[]string{"Ana Ruiz, Omar Haddad"}, nil},
		{"greeted by phone is no meeting", "Rosa Vidal was greeted by phone on Friday by Peter Otieno.",
			nil, nil},
		{"subject before a relative clause receives him", "Levon Hakobyan returned from the border on Tuesday.\n\nPresident Armen Sargsyan, who named Hakobyan envoy in May after weeks of pressure, received him at the palace on Wednesday evening.",
			[]string{"Armen Sargsyan, Levon Hakobyan"}, nil},
		{"ambassador to a capital before the name", "The commission met in Nicosia on Monday with former ambassador to Ankara Stavros Kyriakou and Deniz Aksoy, a senior official.",
			[]string{"Deniz Aksoy, Stavros Kyriakou"}, nil},
		{"brought together, a possessive description then a title chain", "The meeting in Nicosia on Monday brought together Cyprus's new civilian envoy, former ambassador to Athens Stavros Kyriakou, and Deniz Aksoy, a senior official.",
			[]string{"Deniz Aksoy, Stavros Kyriakou"}, nil},
		{"a remit with for inside the title", "Tomas Berg met Assistant Secretary for Refugee Affairs Ines Moura in Vienna on Tuesday.",
			[]string{"Ines Moura, Tomas Berg"}, nil},
		{"envoy to a president is no title chain", "Tomas Berg, the special envoy to President Armen Sargsyan, met Ines Moura in Vienna on Tuesday.",
			[]string{"Ines Moura, Tomas Berg"}, nil},
	})
}

// TestSentInsteadPhrasings checks who stands in for whom: the envoy after
// "sent" is only the object of that verb, a person "represented by her
// deputy" is not there, and "managing director" is a title.
func TestSentInsteadPhrasings(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"sent a deputy, and another person", "Trade ministers met in Lima on Wednesday.\n\nPeru's trade minister, Rosa Vidal, sent a vice-minister, and Chile's Lars Holm was represented by his chief negotiator. Ines Moura and Peter Otieno took part.",
			[]string{"Ines Moura, Peter Otieno"}, map[string]string{"Rosa Vidal": "Ines Moura, Peter Otieno"}},
		{"represented by her deputy is no attendance", "Trade ministers met in Lima on Wednesday, chaired by Peter Otieno.\n\nRosa Vidal was represented by her deputy, and Ines Moura took part.",
			[]string{"Ines Moura, Peter Otieno"}, map[string]string{"Rosa Vidal": "Ines Moura, Peter Otieno"}},
		{"sent names the envoy", "Trade ministers met in Lima on Wednesday, chaired by Peter Otieno.\n\nChile sent its trade minister, Lars Holm.",
			[]string{"Lars Holm, Peter Otieno"}, nil},
		{"those who made the trip included a managing director", "Finance ministers met in Lima on Wednesday.\n\nThose who made the trip included fund managing director Ines Moura and bank president Lars Holm.",
			[]string{"Ines Moura, Lars Holm"}, nil},
	})
}

// TestStandInAbsences checks absences told by what someone did instead:
// neither of two travelled, sent aides or a team, declined after a
// relative clause, left the session or left early.
func TestStandInAbsences(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"neither travelled, both sent aides", "Ceasefire talks opened in Nairobi on Monday, mediated by Ines Moura and Lars Holm.\n\nNeither rebel leader Sami Nour nor Karim Adel travelled to Nairobi. Both men have instead sent trusted aides.",
			[]string{"Ines Moura, Lars Holm"}, map[string]string{"Sami Nour": "Ines Moura, Lars Holm", "Karim Adel": "Ines Moura, Lars Holm"}},
		{"travelled to the meeting is no absence", "Ceasefire talks opened in Nairobi on Monday, mediated by Ines Moura.\n\nSami Nour travelled to Nairobi and joined the talks.",
			[]string{"Ines Moura, Sami Nour"}, nil},
		{"sending a team instead", "Ministers met in Baku on Friday, chaired by Lena Dahl and Peter Otieno.\n\nOmar Haddad did not attend, sending a team of officials instead. Rosa Vidal sent a vice-minister.",
			[]string{"Lena Dahl, Peter Otieno"}, map[string]string{"Omar Haddad": "Lena Dahl, Peter Otieno", "Rosa Vidal": "Lena Dahl, Peter Otieno"}},
		{"sent a named minister attends, the sender does not", "Ministers met in Baku on Friday, chaired by Lena Dahl.\n\nRosa Vidal sent her deputy, Tomas Berg.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"sent aides ahead is no absence", "Ministers met in Baku on Friday, chaired by Lena Dahl and Peter Otieno.\n\nOmar Haddad sent aides to prepare the next round.",
			[]string{"Lena Dahl, Peter Otieno"}, nil},
		{"in meetings elsewhere while commenting is no absence", "Ministers met in Baku on Friday, chaired by Lena Dahl and Peter Otieno.\n\nOmar Haddad, who was in meetings in Washington, said the talks were useful.",
			[]string{"Lena Dahl, Peter Otieno"}, nil},
		{"declined after a whom clause", "Talks opened in Geneva on Friday, chaired by Lena Dahl and Peter Otieno.\n\nOmar Haddad, whom Karim Adel had challenged to come in person, declined and sent Tomas Berg instead.",
			[]string{"Lena Dahl, Peter Otieno, Tomas Berg"}, map[string]string{"Omar Haddad": "Lena Dahl, Peter Otieno, Tomas Berg"}},
		{"met one host, did not go on to the talks and sent a team", "Talks between the two sides opened in Geneva on Friday, chaired by Lena Dahl and attended by Peter Otieno and Rosa Vidal.\n\nOmar Haddad travelled to Bern, where he met Ines Moura on Thursday, but did not go to Geneva and sent his delegation.",
			[]string{"Ines Moura, Omar Haddad", "Lena Dahl, Peter Otieno, Rosa Vidal"}, map[string]string{"Omar Haddad": "Lena Dahl, Peter Otieno, Rosa Vidal"}},
		{"was in meetings elsewhere", "Lena Dahl held talks with Tomas Berg in Vienna on Friday. She had hoped to see Omar Haddad as well, but Haddad was in meetings at parliament.",
			[]string{"Lena Dahl, Tomas Berg"}, map[string]string{"Omar Haddad": "Lena Dahl, Tomas Berg"}},
		{"did not go on somewhere, nobody sent: no absence", "Talks between the two sides opened in Geneva on Friday, chaired by Lena Dahl and attended by Peter Otieno and Rosa Vidal.\n\nOmar Haddad travelled to Bern, where he met Ines Moura on Thursday, but did not go to Geneva.",
			[]string{"Ines Moura, Omar Haddad", "Lena Dahl, Peter Otieno, Rosa Vidal"}, nil},
		{"a session called by a host, a walkout led by two", "Ministers met in Baku on Friday, chaired by Lena Dahl and Tomas Berg.\n\nAt a session called by the lead negotiator, Omar Haddad, on Saturday, negotiators from the island states got up and left, led by Rosa Vidal and Peter Otieno.",
			[]string{"Lena Dahl, Tomas Berg", "Omar Haddad"}, map[string]string{"Rosa Vidal": "Omar Haddad", "Peter Otieno": "Omar Haddad"}},
		{"called by outside a meeting names no one", "Ministers met in Baku on Friday, chaired by Lena Dahl and Tomas Berg.\n\nA boycott called by Peter Otieno drew little support.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"left early, leaving a minister in the seat", "Leaders met in Oslo on Wednesday, chaired by Lena Dahl and Tomas Berg.\n\nOmar Haddad left early, leaving his foreign minister, Rosa Vidal, in Chile's seat.",
			[]string{"Lena Dahl, Rosa Vidal, Tomas Berg"}, map[string]string{"Omar Haddad": "Lena Dahl, Rosa Vidal, Tomas Berg"}},
		{"a seat in parliament is no seat at the table", "Leaders met in Oslo on Wednesday, chaired by Lena Dahl and Tomas Berg.\n\nRosa Vidal, who won in the seat of Valparaiso last year, commented from Santiago.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"left the session, left early", "Leaders met in Oslo on Wednesday, chaired by Lena Dahl and Peter Otieno.\n\nOmar Haddad left the session an hour before the end. Rosa Vidal left early.",
			[]string{"Lena Dahl, Peter Otieno"}, map[string]string{"Omar Haddad": "Lena Dahl, Peter Otieno", "Rosa Vidal": "Lena Dahl, Peter Otieno"}},
	})
}

// TestRecalledAndPlacedPhrasings checks a recalled conference with
// "then-" titles (its own meeting, no date of today) and "the meeting"
// at a building right after a meeting placed in that city.
func TestRecalledAndPlacedPhrasings(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"then- titles at a recalled conference", "The Lausanne conference collapsed in June 2019 after a week of talks between then-President Ana Ruiz and then-Prime Minister Piotr Nowak.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"met on the sidelines is a meeting of its own", "Defence ministers held a session in Riga on Wednesday, chaired by Lena Dahl and Rosa Vidal.\n\nTomas Berg met Piotr Nowak on the sidelines for about an hour.",
			[]string{"Lena Dahl, Rosa Vidal", "Piotr Nowak, Tomas Berg"}, nil},
		{"the sidelines of another event", "Tomas Berg met Piotr Nowak on the sidelines of the book fair in Riga on Wednesday.",
			[]string{"Piotr Nowak, Tomas Berg"}, nil},
		{"the meeting at a palace after a meeting in its city", "The informal meeting on the border dispute in Vienna ended on Tuesday, Lena Dahl announced.\n\nDahl, who hosted the meeting at the Palais Coburg, told reporters it had gone well. Rosa Vidal and Tomas Berg also attended.",
			[]string{"Lena Dahl, Rosa Vidal, Tomas Berg"}, nil},
	})
}

// TestBriefedByPhrasings checks a meeting briefed by someone (who took
// part) against a person briefed by someone (a meeting of its own), and a
// recalled trip told in a relative clause after an apposition.
func TestBriefedByPhrasings(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"the meeting was briefed by an envoy", "Foreign ministers met in Manila on Wednesday, chaired by Lars Holm and Ines Moura.\n\nThe meeting was also briefed by Karim Adel, the special envoy.",
			[]string{"Ines Moura, Karim Adel, Lars Holm"}, nil},
		{"Capitol Hill is a place, Hill a surname", "Lena Dahl held talks with Tomas Berg in Rome on Friday, while Omar Haddad was in meetings on Capitol Hill.\n\nOn Saturday Dahl met Fiona Hill in Rome.",
			[]string{"Fiona Hill, Lena Dahl", "Lena Dahl, Tomas Berg"}, nil},
		{"briefed by the negotiators after the talks, having missed them", "Talks were held in Oslo on Wednesday, led by Rosa Vidal and Peter Otieno.\n\nOmar Haddad, who did not attend, said on Telegram that he had been briefed by Vidal and Otieno.",
			[]string{"Omar Haddad, Peter Otieno, Rosa Vidal", "Peter Otieno, Rosa Vidal"}, map[string]string{"Omar Haddad": "Peter Otieno, Rosa Vidal"}},
		{"briefed by phone is no meeting", "Talks were held in Oslo on Wednesday, led by Rosa Vidal and Peter Otieno.\n\nOmar Haddad was briefed by Vidal by phone.",
			[]string{"Peter Otieno, Rosa Vidal"}, nil},
		{"a person briefed by others is not at the meeting", "Foreign ministers met in Manila on Wednesday, chaired by Lars Holm and Ines Moura.\n\nKarim Adel, who stayed in Jakarta, was briefed by his aides.",
			[]string{"Ines Moura, Lars Holm"}, nil},
		{"a recalled visit in a relative clause after an apposition", "Foreign ministers met in Manila on Wednesday, chaired by Lars Holm and Ines Moura.\n\nThe meeting was briefed by Karim Adel, Indonesia's envoy on the crisis, who flew to Dili last month and met rebel commander Sami Nour.",
			[]string{"Ines Moura, Karim Adel, Lars Holm", "Karim Adel, Sami Nour"}, nil},
	})
}

// TestSceneDatePhrasings checks a day told in a scene-setting sentence
// before the meeting's own sentence in one paragraph, and a host who
// "declined to travel" but received the visitors.
func TestSceneDatePhrasings(t *testing.T) {
	a := extractText(t, "2025-07-29", "The old palace is built to impress, and on a grey morning last Thursday it did. Ana Ruiz and Piotr Nowak walked the length of the hall and were greeted at the end of it by Omar Haddad.\n\nHaddad had declined to travel, and the visitors came to him.")
	if len(a.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want one", a.Meetings)
	}
	m := a.Meetings[0]
	if m.Date != "2025-07-24" {
		t.Errorf("date = %q, want 2025-07-24 (the scene's day)", m.Date)
	}
	n := names(m.Attendees)
	sort.Strings(n)
	if strings.Join(n, ", ") != "Ana Ruiz, Omar Haddad, Piotr Nowak" {
		t.Errorf("attendees = %q", n)
	}
	if len(m.Absent) != 0 {
		t.Errorf("absent = %+v, want none (the host did not need to travel)", m.Absent)
	}
	// a scene date is no date for a meeting that is only planned
	b := extractText(t, "2025-07-29", "On a grey morning last Thursday the palace was quiet. Ana Ruiz will meet Omar Haddad there next month.")
	if len(b.Meetings) != 0 {
		t.Errorf("planned meeting reported: %+v", b.Meetings)
	}
}

// TestSeparatelyInTurn checks "received the two leaders separately, first
// X and then Y": two meetings one after the other, while "met separately
// with X and Y" stays one (indirect talks).
func TestSeparatelyInTurn(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"separately, first and then", "Informal talks on the island opened in Vienna on Tuesday.\n\nOn Monday evening Lena Dahl received the two leaders separately, first Omar Haddad and then Tomas Berg, before a working dinner.",
			[]string{"Lena Dahl, Omar Haddad", "Lena Dahl, Tomas Berg"}, nil},
		{"a press conference by the co-chairs is no second meeting", "Finance ministers met in Lima on Wednesday, co-chaired by Lena Dahl and Tomas Berg.\n\nThe meeting closes on Thursday afternoon with a press conference by Dahl and Berg.",
			[]string{"Lena Dahl, Tomas Berg"}, nil},
		{"met separately with two sides is one meeting", "Lena Dahl met separately with Omar Haddad and Tomas Berg in Vienna on Monday.",
			[]string{"Lena Dahl, Omar Haddad, Tomas Berg"}, nil},
	})
}

// TestUndatedWireWeekday checks wire copy without a publication date: "who
// opened the meeting on Wednesday morning" is the meeting told, though the
// weekday cannot be resolved.
func TestUndatedWireWeekday(t *testing.T) {
	a := &Article{Paragraphs: []string{
		"Foreign ministers met in Manila under the Philippines' chairmanship, chaired by Lars Holm and Ines Moura.",
		"President Karim Adel, who opened the meeting on Wednesday morning, had earlier called for calm.",
	}}
	Extract(a)
	if len(a.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want one", a.Meetings)
	}
	n := names(a.Meetings[0].Attendees)
	sort.Strings(n)
	if strings.Join(n, ", ") != "Ines Moura, Karim Adel, Lars Holm" {
		t.Errorf("attendees = %q", n)
	}
}

// TestRoundsRecalledApart checks a bare "the round, held in X" as the
// story's meeting, and an earlier round in another city with other people
// kept apart from both the leaders' summit there and today's round.
func TestRoundsRecalledApart(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"the round, held in a city, ended", "Kenya has declared the latest round of water talks a failure.\n\nThe round, held in Kampala over three days from Sunday, ended on Tuesday without agreement.\n\nKenya's team was led by Rosa Vidal; Uganda's by Peter Otieno.",
			[]string{"Peter Otieno, Rosa Vidal"}, nil},
		{"an earlier round in the leaders' city stays apart", "The round, held in Kampala from Sunday, ended on Tuesday. Kenya's team was led by Rosa Vidal; Uganda's by Peter Otieno.\n\nTalks resumed after President Omar Haddad and Prime Minister Karim Adel met in Nairobi on July 13.\n\nThree rounds followed. At the first, in Nairobi, Vidal received Otieno for two days of talks.",
			[]string{"Karim Adel, Omar Haddad", "Peter Otieno, Rosa Vidal", "Peter Otieno, Rosa Vidal"}, nil},
		{"the same people in another city are another meeting", "Rosa Vidal met Peter Otieno in Kampala on Tuesday.\n\nVidal and Otieno had met in Nairobi before.",
			[]string{"Peter Otieno, Rosa Vidal", "Peter Otieno, Rosa Vidal"}, nil},
		{"meeting of the two leaders, named after a comma", "Rosa Vidal met Peter Otieno in Kampala on Tuesday.\n\nThe last meeting of the two presidents, Omar Haddad and Karim Adel, was in Geneva in May 2023.",
			[]string{"Karim Adel, Omar Haddad", "Peter Otieno, Rosa Vidal"}, nil},
		{"meeting of a council names no one", "Rosa Vidal met Peter Otieno in Kampala on Tuesday.\n\nA meeting of the security council, chaired by France, followed in New York.",
			[]string{"Peter Otieno, Rosa Vidal"}, nil},
		{"hosted by then president", "The accord was signed at a special summit in Lima on March 3, 2021, hosted by then Peruvian president Rosa Vidal and attended by Peter Otieno.",
			[]string{"Peter Otieno, Rosa Vidal"}, nil},
		{"a round of applause is no meeting", "Rosa Vidal met Peter Otieno in Kampala on Tuesday.\n\nThe round of applause that followed lasted a minute.",
			[]string{"Peter Otieno, Rosa Vidal"}, nil},
	})
}

// TestNightSessionFirstDay checks a night session told at its small hours
// ("by 3am on Sunday") and then as "summoned on Saturday evening": it is
// dated by the day it began.
func TestNightSessionFirstDay(t *testing.T) {
	a := extractText(t, "2025-06-30", "By 3am on Sunday the ministers were still crammed into a meeting room in Lima.\n\nThey had been summoned on Saturday evening by the conference chair, Chile's energy minister Rosa Vidal, and Lars Holm and Ines Moura took part.")
	if len(a.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want one", a.Meetings)
	}
	if got := a.Meetings[0].Date; got != "2025-06-28" {
		t.Errorf("date = %q, want 2025-06-28 (the evening it began)", got)
	}
}

// TestEndedSpanFirstDay checks "the two-day meeting ... ended on Tuesday":
// the meeting is dated by its first day, Monday.
func TestEndedSpanFirstDay(t *testing.T) {
	a := extractText(t, "2025-07-03", "The two-day informal meeting on the border in Vienna ended on Tuesday with a list of measures.\n\nAround the table were Lena Dahl, Tomas Berg and Rosa Vidal.")
	if len(a.Meetings) != 1 || a.Meetings[0].Date != "2025-06-30" {
		t.Fatalf("meetings = %+v, want one dated 2025-06-30", a.Meetings)
	}
	b := extractText(t, "2025-07-03", "The two-day meeting in Vienna opened on Tuesday, chaired by Lena Dahl and Tomas Berg.")
	if len(b.Meetings) != 1 || b.Meetings[0].Date != "2025-07-01" {
		t.Errorf("meetings = %+v, want one dated 2025-07-01 (opened: the first day)", b.Meetings)
	}
}

// TestNewsletterLists checks newsletter-style lists ("Who was there:",
// "Who wasn't:") and "pencilled in ... but was in Warsaw instead".
func TestNewsletterLists(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"ministers attending included", "Foreign ministers met in Oslo on Monday.\n\nMinisters attending included Rosa Vidal, Peter Otieno and Lena Dahl.",
			[]string{"Lena Dahl, Peter Otieno, Rosa Vidal"}, nil},
		{"a plan that included names no one", "Foreign ministers met in Oslo on Monday, chaired by Lena Dahl and Omar Haddad.\n\nThe leaders' plan included a truce first floated by Rosa Vidal.",
			[]string{"Lena Dahl, Omar Haddad"}, nil},
		{"who was there, who wasn't", "Border talks resumed in Vienna on Wednesday.\n\nWho was there: Rosa Vidal, Peter Otieno and Omar Haddad. Who wasn't: Lena Dahl.",
			[]string{"Omar Haddad, Peter Otieno, Rosa Vidal"}, map[string]string{"Lena Dahl": "Omar Haddad, Peter Otieno, Rosa Vidal"}},
		{"not invited, an aside between subject and verb", "Leaders met in Oslo on Monday, chaired by Lena Dahl and Tomas Berg.\n\nOur correspondent notes that Peter Otieno, unlike at the last three summits, was not invited to the main session.",
			[]string{"Lena Dahl, Tomas Berg"}, map[string]string{"Peter Otieno": "Lena Dahl, Tomas Berg"}},
		{"pencilled in but elsewhere instead", "Border talks resumed in Vienna on Wednesday, chaired by Rosa Vidal and Peter Otieno.\n\nLena Dahl had been pencilled in to open the session, but she was in Prague instead.",
			[]string{"Peter Otieno, Rosa Vidal"}, map[string]string{"Lena Dahl": "Peter Otieno, Rosa Vidal"}},
		{"in the meeting's own city instead is no absence", "Border talks resumed in Vienna on Wednesday, chaired by Rosa Vidal and Peter Otieno.\n\nLena Dahl skipped the dinner; she was in Vienna instead of Graz, her aides said.",
			[]string{"Peter Otieno, Rosa Vidal"}, nil},
	})
}

// TestRecalledRounds checks earlier rounds told after today's meeting:
// their own meetings, with their own people and no date of today.
func TestRecalledRounds(t *testing.T) {
	checkRosterCases(t, []rosterCase{
		{"both in the room for that earlier meeting", "Rosa Vidal met Peter Otieno in Lima on Friday.\n\nOn her first visit, on April 16, she met Omar Haddad in the Oval Office. Lena Dahl and Tomas Berg were both in the room for that meeting.",
			[]string{"Lena Dahl, Omar Haddad, Rosa Vidal, Tomas Berg", "Peter Otieno, Rosa Vidal"}, nil},
		{"an earlier round elsewhere, attended by another", "Rosa Vidal and Peter Otieno met in Oslo on Monday.\n\nThe two held an earlier round in Paris in May, also attended by Lena Dahl.",
			[]string{"Lena Dahl, Peter Otieno, Rosa Vidal", "Peter Otieno, Rosa Vidal"}, nil},
		{"that meeting, after an event placed elsewhere", "Rosa Vidal met Peter Otieno in Lima on Thursday.\n\nThe two sides agreed in Quito in May to cut tariffs. That meeting brought together Lena Dahl, Omar Haddad and Karim Adel.",
			[]string{"Karim Adel, Lena Dahl, Omar Haddad", "Peter Otieno, Rosa Vidal"}, nil},
		{"that meeting, after a sentence in the same city, is the one told", "Rosa Vidal met Peter Otieno in Lima on Thursday.\n\nThe two agreed in Lima to cut tariffs. That meeting was also attended by Lena Dahl.",
			[]string{"Lena Dahl, Peter Otieno, Rosa Vidal"}, nil},
		{"they had met last month elsewhere", "Rosa Vidal and Peter Otieno met in Oslo on Monday.\n\nThey had met last month in Paris with Lena Dahl.",
			[]string{"Lena Dahl, Peter Otieno, Rosa Vidal", "Peter Otieno, Rosa Vidal"}, nil},
	})
	a := extractText(t, "2025-07-03", "Rosa Vidal and Peter Otieno met in Oslo on Monday.\n\nThe two held an earlier round in Paris in May, also attended by Lena Dahl.")
	for _, m := range a.Meetings {
		if m.Place == "Paris" && m.Date != "" {
			t.Errorf("the May round is dated %q, want none (a month is no day)", m.Date)
		}
	}
}

// TestSinceIsNoMeetingDate checks that a date after "since" is a point of
// reference, not the meeting's day.
func TestSinceIsNoMeetingDate(t *testing.T) {
	a := extractText(t, "2025-07-03", "For the first time since the March 2024 truce, the commission met on Wednesday with Rosa Vidal and Peter Otieno at the table.")
	if len(a.Meetings) != 1 || a.Meetings[0].Date != "2025-07-02" {
		t.Errorf("meetings = %+v, want one dated 2025-07-02", a.Meetings)
	}
}
