package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestUnseenPhrasings checks phrasings first met in articles the rules had
// not seen (readouts, analyses, wire copy), each written afresh for the
// test. want lists every meeting as its sorted attendees joined by ", ";
// an empty want means no meeting.
func TestUnseenPhrasings(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent map[string]string // absent person -> attendees of their meeting
	}{
		{"a day between the subjects and the verb", "Ana Ruiz and Piotr Nowak on Tuesday held talks in Vienna.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a numbered round of named talks", "Ana Ruiz and Piotr Nowak held the 24th round of Boundary Commission (BC) talks on Tuesday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a round of applause is no round of talks", "Ana Ruiz and Piotr Nowak drew a round of applause from the delegates on Tuesday.",
			nil, nil},
		{"a named person's role is no other person", "Ana Ruiz on Monday met Piotr Nowak, the Polish foreign minister, in Madrid.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"roles after both names", "Ana Ruiz, Spain's foreign minister, and Piotr Nowak, Poland's deputy prime minister, met in Madrid on Monday.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"a list after a name stays a list", "Ana Ruiz met Piotr Nowak, Lena Varga and Omar Haddad in Madrid on Monday.",
			[]string{"Ana Ruiz, Lena Varga, Omar Haddad, Piotr Nowak"}, nil},
		{"and her counterpart, no commas", "Ana Ruiz and her Spanish counterpart Pablo Gomez met in Madrid on Monday.",
			[]string{"Ana Ruiz, Pablo Gomez"}, nil},
		{"and his counterpart held talks", "Piotr Nowak and his counterpart Lena Varga held talks in Vienna on Tuesday.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"and his counterpart, planned", "Piotr Nowak and his counterpart Lena Varga will meet in Vienna next week.",
			nil, nil},
		{"subjects who ended days of talks", "Trade envoys Ana Ruiz and Piotr Nowak ended two days of talks in Geneva on Wednesday without a tariff deal.",
			[]string{"Ana Ruiz, Piotr Nowak"}, nil},
		{"expected to join, then absent", "Ana Ruiz and Piotr Nowak held talks in Geneva on Wednesday.\n\nOmar Haddad, who had been expected to join the talks, did not attend.",
			[]string{"Ana Ruiz, Piotr Nowak"}, map[string]string{"Omar Haddad": "Ana Ruiz, Piotr Nowak"}},
		{"spoke today with", "The foreign secretary, David Lammy, spoke today with Turkish Foreign Minister Hakan Fidan about grain shipments.",
			[]string{"David Lammy, Hakan Fidan"}, nil},
		{"met yesterday with", "Kaja Kallas met yesterday with Moldovan President Maia Sandu in Chisinau.",
			[]string{"Kaja Kallas, Maia Sandu"}, nil},
		{"spoke today to reporters is no meeting", "Kaja Kallas spoke today to reporters in Brussels about sanctions.",
			nil, nil},
		{"a deputy's title chain is one person", "Marco Rubio met today with Polish Deputy Prime Minister and Foreign Minister Radosław Sikorski.",
			[]string{"Marco Rubio, Radosław Sikorski"}, nil},
		{"two encounters of one day with different people", "Kaja Kallas spoke today with Andrii Sybiha about air defence.\n\nKaja Kallas met today with Maia Sandu in Brussels.",
			[]string{"Andrii Sybiha, Kaja Kallas", "Kaja Kallas, Maia Sandu"}, nil},
		{"one meeting told twice on one day stays one", "Kaja Kallas met Maia Sandu in Brussels on Wednesday.\n\nOn Wednesday, Kallas and Sandu also met Mark Rutte.",
			[]string{"Kaja Kallas, Maia Sandu, Mark Rutte"}, nil},
		{"call, then a second call", "Emmanuel Macron spoke by phone with Keir Starmer and then with NATO Secretary-General Mark Rutte.",
			[]string{"Emmanuel Macron, Keir Starmer", "Emmanuel Macron, Mark Rutte"}, nil},
		{"met, then with another", "Kaja Kallas met Maia Sandu on Tuesday and then with Mark Rutte.",
			[]string{"Kaja Kallas, Maia Sandu", "Kaja Kallas, Mark Rutte"}, nil},
		{"then doing something else is no second meeting", "Kaja Kallas met Maia Sandu on Tuesday and then flew home with her staff.",
			[]string{"Kaja Kallas, Maia Sandu"}, nil},
		{"a call with a time phrase before with", "Mark Rutte told Kaja Kallas about his call last week with Turkish President Recep Tayyip Erdogan.",
			[]string{"Mark Rutte, Recep Tayyip Erdogan"}, nil},
		{"a call to action is no call", "Mark Rutte repeated his call last week for higher defence spending.",
			nil, nil},
		{"represented by a list, who met", "Moldova was represented on Monday by Maia Sandu and Mihai Popsoi, who met Kaja Kallas in Brussels.",
			[]string{"Kaja Kallas, Maia Sandu, Mihai Popsoi"}, nil},
		{"a plural title before two names", "Deputy Foreign Ministers Sergei Ryabkov and Mikhail Galuzin met Steve Witkoff in Moscow on Monday.",
			[]string{"Mikhail Galuzin, Sergei Ryabkov, Steve Witkoff"}, nil},
		{"who met after people not named is not the sentence's subject's meeting", "Kaja Kallas praised the farmers' unions, who met in Chisinau on Monday.",
			nil, nil},
		{"a family name first, ending in a short syllable", "Kim Jong Un arrived in Vladivostok on Tuesday.\n\nOn Wednesday Kim met Vladimir Putin at a shipyard.",
			[]string{"Kim Jong Un, Vladimir Putin"}, nil},
		{"an acronym in capitals is still no name", "UN Secretary-General António Guterres met Maia Sandu in Geneva on Monday.",
			[]string{"António Guterres, Maia Sandu"}, nil},
		{"the next day, in the past, is no plan", "Kaja Kallas arrived in Chisinau on Tuesday.\n\nThe next day Kallas met Maia Sandu.",
			[]string{"Kaja Kallas, Maia Sandu"}, nil},
		{"the next day, in the future, is a plan", "Kaja Kallas arrives in Chisinau on Tuesday.\n\nThe next day Kallas will meet Maia Sandu.",
			nil, nil},
		{"among those who met him were, with whose-clauses", "Tom Fletcher met flood victims in Peshawar on Sunday. Among those who met him were Ayesha Khan, whose house was swept away, and Imran Ali, whose father is missing.",
			[]string{"Ayesha Khan, Imran Ali, Tom Fletcher"}, nil},
		{"among those at the talks were", "Tom Fletcher met aid workers in Peshawar on Sunday.\n\nAmong those at the talks were Ayesha Khan and Imran Ali.",
			[]string{"Ayesha Khan, Imran Ali, Tom Fletcher"}, nil},
		{"among those who met him, at another time, still needs a meeting", "Among those who met him over the years were Ayesha Khan and Imran Ali, Tom Fletcher wrote.",
			nil, nil},
		{"attended on one side by", "Narendra Modi met Xi Jinping in Tianjin on Sunday. The meeting was attended on the Indian side by Ajit Doval and S. Jaishankar.",
			[]string{"Ajit Doval, Narendra Modi, S. Jaishankar, Xi Jinping"}, nil},
		{"sat with a leader", "Narendra Modi met Xi Jinping in Tianjin on Sunday. Wang Yi and Cai Qi sat with Xi.",
			[]string{"Cai Qi, Narendra Modi, Wang Yi, Xi Jinping"}, nil},
		{"attended by, on another side, without a meeting", "The Indian side was represented in the debate by Ajit Doval.",
			nil, nil},
		{"accompanied by, and the other side's party by ellipsis", "Keir Starmer and Narendra Modi met in Mumbai on Thursday. Starmer was accompanied by David Lammy; Modi by S. Jaishankar and Ajit Doval.",
			[]string{"Ajit Doval, David Lammy, Keir Starmer, Narendra Modi, S. Jaishankar"}, nil},
		{"a semicolon without an elliptical by adds no one", "Keir Starmer and Narendra Modi met in Mumbai on Thursday. Starmer was accompanied by David Lammy; Rishi Sunak stayed away from the city.",
			[]string{"David Lammy, Keir Starmer, Narendra Modi"}, nil},
		{"ministers initialled a text in their leaders' presence", "Emmanuel Macron hosted Nikol Pashinyan at the Elysee on Friday. Their foreign ministers, Jean-Noël Barrot and Ararat Mirzoyan, initialled the text of a cooperation pact in their presence.",
			[]string{"Ararat Mirzoyan, Emmanuel Macron, Jean-Noël Barrot, Nikol Pashinyan"}, nil},
		{"ministers initialled a text on their own", "Emmanuel Macron hosted Nikol Pashinyan at the Elysee on Friday.\n\nIn Brussels, Kaja Kallas and Ararat Mirzoyan initialled the text of a visa agreement.",
			[]string{"Ararat Mirzoyan, Kaja Kallas", "Emmanuel Macron, Nikol Pashinyan"}, nil},
		{"convened on a day by, brought together with", "Delegates walked out of a consultation in Belem on Friday.\n\nThat meeting, convened on Friday evening by Ana Toni, brought the blocs together with the EU's climate commissioner, Wopke Hoekstra, and China's envoy, Liu Zhenmin.",
			[]string{"Ana Toni, Liu Zhenmin, Wopke Hoekstra"}, nil},
		{"brought together with, without a meeting", "The storm brought rain together with strong winds to Belem on Friday.",
			nil, nil},
		{"stood up and left", "Kaja Kallas met Maia Sandu and Ilie Bolojan in Brussels on Monday. After an hour, Bolojan stood up and left.",
			[]string{"Kaja Kallas, Maia Sandu"}, map[string]string{"Ilie Bolojan": "Kaja Kallas, Maia Sandu"}},
		{"stepped out while the others decided", "Leaders met in Brussels on Thursday with Kaja Kallas and Maia Sandu present. Viktor Orbán stepped out, and the others took the decision.",
			[]string{"Kaja Kallas, Maia Sandu"}, map[string]string{"Viktor Orbán": "Kaja Kallas, Maia Sandu"}},
		{"one of the leaders at the table", "Kaja Kallas and Maia Sandu met in Brussels on Thursday.\n\nPolish Prime Minister Donald Tusk, one of the leaders at the table, said the result was fair.",
			[]string{"Donald Tusk, Kaja Kallas, Maia Sandu"}, nil},
		{"one of the leaders of a country is no presence", "Kaja Kallas and Maia Sandu met in Brussels on Thursday.\n\nDonald Tusk, one of the leaders of the opposition back then, said the result was fair.",
			[]string{"Kaja Kallas, Maia Sandu"}, nil},
		{"a list, then an apposition naming someone else, took part", "Kaja Kallas met Maia Sandu in Brussels on Monday. Ilie Bolojan and Mihai Popsoi, the envoy of President Nicusor Dan, took part throughout.",
			[]string{"Ilie Bolojan, Kaja Kallas, Maia Sandu, Mihai Popsoi"}, nil},
		{"one name with an apposition took part", "Kaja Kallas met Maia Sandu in Brussels on Monday. Mihai Popsoi, the envoy of President Nicusor Dan, took part throughout.",
			[]string{"Kaja Kallas, Maia Sandu, Mihai Popsoi"}, nil},
		{"the leaders last met: the heads of the meeting under way", "Emmanuel Macron hosted Narendra Modi at the Elysee on Tuesday, with Jean-Noël Barrot and S. Jaishankar present.\n\nThe leaders last met in Nice in June, at an ocean summit.",
			[]string{"Emmanuel Macron, Jean-Noël Barrot, Narendra Modi, S. Jaishankar", "Emmanuel Macron, Narendra Modi"}, nil},
		{"the leaders with no meeting under way name no one", "The leaders last met in Nice in June, at an ocean summit.",
			nil, nil},
		{"a monarch received someone", "Mark Carney flew to Windsor, where he was received by King Charles III for lunch.",
			[]string{"King Charles III, Mark Carney"}, nil},
		{"a regnal name keeps its title", "Pope Leo XIV met Volodymyr Zelenskyy at Castel Gandolfo on Tuesday.",
			[]string{"Pope Leo XIV, Volodymyr Zelenskyy"}, nil},
		{"a king without a numeral is named without the title", "King Salman hosted Marco Rubio in Riyadh on Tuesday.",
			[]string{"Marco Rubio, Salman"}, nil},
		{"not invited to a place: the main meeting there, not the later visit", "Emmanuel Macron hosted Keir Starmer at the Élysée in Paris on Monday.\n\nLater Starmer went to the Paris city hall, where he was received by Anne Hidalgo.\n\nMarine Le Pen, who was not invited to Paris, criticised the deal.",
			[]string{"Anne Hidalgo, Keir Starmer", "Emmanuel Macron, Keir Starmer"}, map[string]string{"Marine Le Pen": "Emmanuel Macron, Keir Starmer"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			var got []string
			for _, m := range a.Meetings {
				n := names(m.Attendees)
				sort.Strings(n)
				got = append(got, strings.Join(n, ", "))
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("meetings = %q, want %q", got, tc.want)
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
