package corpus

import (
	"sort"
	"strings"
	"testing"
)

// meetingAt returns the extracted meeting with the given date and place
// (one may be empty: then it is not compared; both empty ask for the
// meeting with neither).
func meetingAt(ms []Meeting, date, place string) (Meeting, bool) {
	if date == "" && place == "" {
		// neither told: the undated, placeless meeting
		for _, m := range ms {
			if m.Date == "" && m.Place == "" {
				return m, true
			}
		}
		return Meeting{}, false
	}
	if date == "" {
		for _, m := range ms {
			if m.Date == "" && m.Place == place {
				return m, true // the undated one at the place, before a dated one there
			}
		}
	}
	for _, m := range ms {
		if (date == "" || m.Date == date) && (place == "" || m.Place == place) {
			return m, true
		}
	}
	return Meeting{}, false
}

// TestMeetingPatterns covers the ways news writing tells who was at a
// meeting and who was not, each in short text written for the test: past
// and side meetings kept apart, lists in later paragraphs, delegations,
// relative clauses, absences told of a country or group, and the negative
// cases (a planned meeting, a commentator elsewhere, a past meeting's
// people).
func TestMeetingPatterns(t *testing.T) {
	tests := []struct {
		name      string
		published string
		text      string
		want      []wantMeeting
		notAny    []string // never an attendee of any meeting
	}{
		{"last met: a past meeting of its own", "2025-09-12",
			"Narendra Modi and Xi Jinping held talks in Tianjin on Thursday on the sidelines of a regional summit.\n\nThe two leaders last met in Kazan in October, at a gathering of emerging economies.",
			[]wantMeeting{
				{"2025-09-11", "Tianjin", []string{"Narendra Modi", "Xi Jinping"}, nil},
				{"", "Kazan", []string{"Narendra Modi", "Xi Jinping"}, nil},
			}, nil},
		{"past meeting told through a when-clause", "2025-03-21",
			"Foreign ministers of the two countries met in Vienna on Thursday.\n\nThe last round of talks, in Oslo in 2023, ended badly, when Antony Blinken and Sergei Lavrov traded accusations for an hour.",
			[]wantMeeting{{"", "Oslo", []string{"Antony Blinken", "Sergei Lavrov"}, nil}}, nil},
		{"earlier the same day: a separate meeting", "2025-10-13",
			"World leaders gathered for a peace summit in Sharm el-Sheikh on Monday, co-chaired by Donald Trump and Abdel Fattah el-Sisi.\n\nEarlier on Monday, Trump met Isaac Herzog in Jerusalem.",
			[]wantMeeting{
				{"2025-10-13", "Sharm el-Sheikh", []string{"Donald Trump", "Abdel Fattah el-Sisi"}, nil},
				{"2025-10-13", "Jerusalem", []string{"Donald Trump", "Isaac Herzog"}, nil},
			}, nil},
		{"side meeting before the ceremony", "2025-06-28",
			"The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday, in a ceremony hosted by Marco Rubio.\n\nAccording to an aide, Rubio met Olivier Nduhungirehe privately before the ceremony.",
			[]wantMeeting{{"2025-06-27", "Washington", []string{"Marco Rubio", "Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe"}, nil}}, nil},
		{"among those present were, with descriptions", "2025-11-20",
			"Climate ministers met behind closed doors in Belém on Thursday.\n\nAmong those present were Brazil's environment minister, Marina Silva, and the EU climate commissioner, Wopke Hoekstra.",
			[]wantMeeting{{"2025-11-20", "Belém", []string{"Marina Silva", "Wopke Hoekstra"}, nil}}, nil},
		{"delegation led by the secretary of state", "2025-03-12",
			"American and Ukrainian officials held talks in Jeddah on Tuesday.\n\nThe American delegation was led by the secretary of state, Marco Rubio, and the national security adviser, Mike Waltz.",
			[]wantMeeting{{"2025-03-11", "Jeddah", []string{"Marco Rubio", "Mike Waltz"}, nil}}, nil},
		{"list with plain nouns before names and sides", "2025-06-11",
			"Trade negotiators from the two countries met at Lancaster House in London on Monday.\n\nThe talks brought in Howard Lutnick and Jamieson Greer on the American side and China's chief trade negotiator Li Chenggang on the other.",
			[]wantMeeting{{"2025-06-09", "London", []string{"Howard Lutnick", "Jamieson Greer", "Li Chenggang"}, nil}}, nil},
		{"who joined the delegation", "2025-02-19",
			"Russian and American officials held talks in Riyadh on Tuesday, led by Sergei Lavrov and Marco Rubio.\n\nKirill Dmitriev, the head of a Russian investment fund, who joined the Russian delegation, said the talks went well.",
			[]wantMeeting{{"2025-02-18", "Riyadh", []string{"Sergei Lavrov", "Marco Rubio", "Kirill Dmitriev"}, nil}}, nil},
		{"passive host of the talks", "2025-09-10",
			"Rafael Grossi and Abbas Araghchi signed a framework after talks hosted by Egyptian Foreign Minister Badr Abdelatty in Cairo on Tuesday.",
			[]wantMeeting{{"2025-09-09", "Cairo", []string{"Rafael Grossi", "Abbas Araghchi", "Badr Abdelatty"}, nil}}, nil},
		{"the two leaders among hosts and guests", "2023-03-19",
			"Josep Borrell and Miroslav Lajcak hosted Aleksandar Vucic and Albin Kurti in Ohrid on Saturday.\n\nThe two leaders had accepted the plan at talks in Brussels last month.",
			[]wantMeeting{{"", "Brussels", []string{"Aleksandar Vucic", "Albin Kurti"}, nil}}, nil},
		{"national security advisers of several countries", "2025-04-18",
			"American envoys met Ukrainian officials in Paris on Thursday. Keith Kellogg joined them, as did the national security advisers of Britain and Germany.",
			[]wantMeeting{{"2025-04-17", "Paris", []string{"Keith Kellogg", "Jonathan Powell", "Jens Plötner"}, nil}}, nil},
		{"speaking after talks with", "2025-02-18",
			"Speaking in Ankara after talks with Turkish President Recep Tayyip Erdogan on Tuesday, Zelensky said Ukraine would not accept a deal made without it.",
			[]wantMeeting{{"2025-02-18", "", []string{"Volodymyr Zelensky", "Recep Tayyip Erdogan"}, nil}}, nil},
		{"host who left before the talks", "2025-02-19",
			"American and Russian officials met at a palace in Riyadh on Tuesday. Marco Rubio and Sergei Lavrov led the delegations.\n\nFaisal bin Farhan and Musaed al-Aiban hosted the meeting but left the room once it began.",
			[]wantMeeting{{"2025-02-18", "Riyadh", []string{"Marco Rubio", "Sergei Lavrov"}, map[string]string{"Faisal bin Farhan": "left the room", "Musaed al-Aiban": "left the room"}}}, nil},
		{"opened the session before leaving", "2025-03-12",
			"Ukrainian and American delegations held talks in Jeddah on Tuesday, led by Andriy Yermak and Marco Rubio. Faisal bin Farhan opened the session before leaving the two delegations to talk.",
			[]wantMeeting{{"2025-03-11", "Jeddah", []string{"Andriy Yermak", "Marco Rubio"}, map[string]string{"Faisal bin Farhan": "left before the talks"}}}, nil},
		{"a group's absence stands for its named leader", "2025-12-05",
			"Paul Kagame and Félix Tshisekedi signed the accords in Washington on Thursday.\n\nThe M23, which holds much of the east, was not invited. Its political leader, Corneille Nangaa, called the ceremony a photo opportunity.",
			[]wantMeeting{{"2025-12-04", "Washington", []string{"Paul Kagame", "Félix Tshisekedi"}, map[string]string{"Corneille Nangaa": "not invited"}}}, nil},
		{"a country declined; its minister is named next", "2025-10-14",
			"Donald Trump and Abdel Fattah el-Sisi co-chaired a summit in Sharm el-Sheikh on Monday. Iran declined an invitation; Foreign Minister Abbas Araghchi said Tehran would not sit with its attackers.",
			[]wantMeeting{{"2025-10-13", "Sharm el-Sheikh", []string{"Donald Trump", "Abdel Fattah el-Sisi"}, map[string]string{"Abbas Araghchi": "declined the invitation"}}}, nil},
		{"neither country was invited", "2025-02-19",
			"Marco Rubio and Sergei Lavrov held talks in Riyadh on Tuesday that neither Ukraine nor its European allies were invited to.\n\nVolodymyr Zelensky said Kyiv would not accept the outcome.",
			[]wantMeeting{{"2025-02-18", "Riyadh", []string{"Marco Rubio", "Sergei Lavrov"}, map[string]string{"Volodymyr Zelensky": "not invited"}}}, nil},
		{"the government sent no delegation; its negotiator is named", "2025-05-30",
			"Hans Grundberg met Houthi negotiators in Muscat on Thursday.\n\nThe government did not send a delegation. Its chief negotiator, Yahya Kazman, said he had not been told.",
			[]wantMeeting{{"2025-05-29", "Muscat", []string{"Hans Grundberg"}, map[string]string{"Yahya Kazman": "did not send a delegation"}}}, nil},
		{"expected later is not the session's date", "2025-10-07",
			"Israeli and Hamas negotiators began indirect talks in Sharm el-Sheikh on Monday, led by Ron Dermer and Khalil al-Hayya.\n\nSteve Witkoff was not present for the opening session and is expected on Wednesday.",
			[]wantMeeting{{"2025-10-06", "Sharm el-Sheikh", []string{"Ron Dermer", "Khalil al-Hayya"}, map[string]string{"Steve Witkoff": "did not attend"}}}, nil},
		{"a tour: one meeting per stop, the next day counted from the last", "2025-06-07",
			"Marco Rubio wrapped up a tour of the Gulf on Friday.\n\nOn Wednesday, Rubio met Saudi Crown Prince Mohammed bin Salman in Riyadh.\n\nThe next day he travelled to Doha, where he held talks with Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani.\n\nOn Friday, Rubio met Emirati President Mohamed bin Zayed in Abu Dhabi.",
			[]wantMeeting{
				{"2025-06-04", "Riyadh", []string{"Marco Rubio", "Mohammed bin Salman"}, nil},
				{"2025-06-05", "Doha", []string{"Marco Rubio", "Sheikh Mohammed bin Abdulrahman Al Thani"}, nil},
				{"2025-06-06", "Abu Dhabi", []string{"Marco Rubio", "Mohamed bin Zayed"}, nil},
			}, nil},
		{"a day earlier: dated from the story's meeting", "2025-03-12",
			"Ukrainian and American officials held talks in Jeddah on Tuesday.\n\nMohammed bin Salman had received Volodymyr Zelensky in Jeddah a day earlier.",
			[]wantMeeting{{"2025-03-10", "Jeddah", []string{"Mohammed bin Salman", "Volodymyr Zelensky"}, nil}}, nil},
		{"two-day meeting, a later arrival, a side meeting", "2025-11-15",
			"Foreign ministers of the Group of Seven met in Niagara on Wednesday and Thursday, with Canada's Anita Anand as host.\n\nKaja Kallas and Johann Wadephul were among the ministers at the table.\n\nAndrii Sybiha joined the talks on Thursday. India's foreign minister, S. Jaishankar, was invited but sent his deputy.\n\nOn the sidelines, Kallas held a separate meeting with Sybiha.",
			[]wantMeeting{
				{"2025-11-12", "Niagara", []string{"Anita Anand", "Kaja Kallas", "Johann Wadephul", "Andrii Sybiha"}, map[string]string{"S. Jaishankar": "sent a delegation instead"}},
				{"", "Niagara", []string{"Kaja Kallas", "Andrii Sybiha"}, nil}, // on the sidelines: the meeting's place, on one of its two days
			}, nil},
		{"a day after a call: the call stays out; an ordinal mention is the same meeting", "2025-10-18",
			"Volodymyr Zelenskyy met President Donald Trump at the White House on Friday, a day after Trump spoke with Russian leader Vladimir Putin.\n\nTrump was accompanied by JD Vance and Marco Rubio. Zelenskyy's delegation included his chief of staff, Andriy Yermak.\n\nIt was the third meeting between the two leaders this year.",
			[]wantMeeting{{"2025-10-17", "White House", []string{"Volodymyr Zelenskyy", "Donald Trump", "JD Vance", "Marco Rubio", "Andriy Yermak"}, nil}}, nil},
		{"an earlier round elsewhere; 'There,' names its place; the surname He", "2025-06-13",
			"When Scott Bessent and Chinese Vice Premier He Lifeng emerged from two days of talks in London on Tuesday, both sides spoke of a framework.\n\nThe Geneva round had been narrower. There, Bessent and Jamieson Greer sat down with He over a weekend.",
			[]wantMeeting{
				{"2025-06-10", "London", []string{"Scott Bessent", "He Lifeng"}, nil},
				{"", "Geneva", []string{"Scott Bessent", "Jamieson Greer", "He Lifeng"}, nil},
			}, nil},
		{"absences by staying and going elsewhere; a meeting before the talks; a call from elsewhere", "2025-05-17",
			"ISTANBUL — Russian and Ukrainian negotiators sat face to face on Friday, but the talks at the Dolmabahce Palace broke up within two hours.\n\nThe Russian delegation was headed by Vladimir Medinsky. Ukraine's team was led by Rustem Umerov. Hakan Fidan opened the session.\n\nPutin, who had proposed the talks, stayed in Moscow. Volodymyr Zelenskyy, who had challenged him to come, flew to Tirana for a European summit instead.\n\nBefore the talks, Umerov and Fidan met Marco Rubio. Rubio did not take part in the session itself.\n\nZelenskyy told leaders in Tirana that Russia had sent \"a decorative delegation\". Emmanuel Macron and Keir Starmer, who were also in Tirana, spoke to Donald Trump by phone.",
			[]wantMeeting{
				{"2025-05-16", "Dolmabahce Palace", []string{"Vladimir Medinsky", "Rustem Umerov", "Hakan Fidan"},
					map[string]string{"Vladimir Putin": "did not attend", "Volodymyr Zelenskyy": "did not attend", "Marco Rubio": "did not attend"}},
			}, nil},
		{"pronoun after 'stand with', nested rooms, seating, a call midway", "2025-08-19",
			"European leaders flew to Washington on Monday to stand with Volodymyr Zelenskyy as he met Donald Trump at the White House.\n\nThe meeting in the Oval Office lasted about an hour. Trump then hosted the Europeans in the East Room, where the group was joined by Mark Rutte and Ursula von der Leyen.\n\nKeir Starmer, Emmanuel Macron and Friedrich Merz sat on one side of the table; Giorgia Meloni and Alexander Stubb on the other.\n\nMidway through the talks, Trump stepped out to call Vladimir Putin.",
			[]wantMeeting{{"2025-08-18", "White House", []string{"Volodymyr Zelenskyy", "Donald Trump", "Mark Rutte", "Ursula von der Leyen",
				"Keir Starmer", "Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni", "Alexander Stubb"}, map[string]string{"Vladimir Putin": "by phone"}}}, nil},
		{"a past round known by its month keeps to itself", "2025-02-03",
			"Miguel Díaz-Canel hosted the ceremony in Havana, where Vera Grabe and Pablo Beltrán announced a ceasefire.\n\nThe last full round took place in Caracas in May 2024, with Grabe and Beltrán agreeing on a framework.",
			[]wantMeeting{
				{"", "Caracas", []string{"Vera Grabe", "Pablo Beltrán"}, nil},
				{"", "Havana", []string{"Miguel Díaz-Canel", "Vera Grabe", "Pablo Beltrán"}, nil},
			}, nil},
		{"a separate meeting told in a relative clause keeps its own people", "2025-09-26",
			"Iran's president said Thursday that his country would never seek a nuclear weapon, hours after meeting French President Emmanuel Macron in New York.\n\nMasoud Pezeshkian also met European Commission President Ursula von der Leyen.\n\nPezeshkian was accompanied by Foreign Minister Abbas Araghchi, who separately held talks with the foreign ministers of France, Britain and Germany on Tuesday.",
			[]wantMeeting{{"2025-09-23", "", []string{"Abbas Araghchi", "Jean-Noël Barrot", "Yvette Cooper", "Johann Wadephul"}, nil}}, nil},
		// negative cases
		{"a commentator in a when-clause is not an attendee", "2025-03-21",
			"Sergei Lavrov and Marco Rubio met in Riyadh on Tuesday, when Kremlin spokesman Dmitry Peskov told reporters the talks were useful.",
			[]wantMeeting{{"2025-03-18", "Riyadh", []string{"Sergei Lavrov", "Marco Rubio"}, nil}}, []string{"Dmitry Peskov"}},
		{"a commentator elsewhere is not an attendee", "2025-05-17",
			"Rustem Umerov and Vladimir Medinsky met in Istanbul on Friday.\n\nIn Washington, Marco Rubio said he hoped the talks would lead somewhere.",
			[]wantMeeting{{"2025-05-16", "Istanbul", []string{"Rustem Umerov", "Vladimir Medinsky"}, nil}}, []string{"Marco Rubio"}},
		{"due to attend next week is not an attendee", "2025-06-20",
			"Kaja Kallas and Hakan Fidan met in Brussels on Thursday.\n\nMark Rutte is expected to attend a follow-up meeting next week.",
			[]wantMeeting{{"2025-06-19", "Brussels", []string{"Kaja Kallas", "Hakan Fidan"}, nil}}, []string{"Mark Rutte"}},
		{"talk of a future meeting is no meeting", "2025-02-19",
			"Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday.\n\nYuri Ushakov said it was too early to talk about a meeting between Putin and Trump.",
			[]wantMeeting{{"2025-02-18", "Riyadh", []string{"Marco Rubio", "Sergei Lavrov"}, nil}}, []string{"Vladimir Putin", "Donald Trump"}},
		{"a call after the meeting is a call of its own", "2025-09-05",
			"Emmanuel Macron hosted Volodymyr Zelenskiy at the Elysee Palace on Thursday.\n\nAfter the meeting, Macron and Zelenskiy spoke with U.S. President Donald Trump by phone.",
			[]wantMeeting{
				{"2025-09-04", "Elysee Palace", []string{"Emmanuel Macron", "Volodymyr Zelenskiy"}, nil},
				{"", "", []string{"Emmanuel Macron", "Volodymyr Zelenskiy", "Donald Trump"}, nil},
			}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, tc.published, tc.text)
			for _, w := range tc.want {
				m, ok := meetingAt(a.Meetings, w.date, w.place)
				if !ok {
					t.Fatalf("no meeting on %q at %q; got %+v", w.date, w.place, a.Meetings)
				}
				want := append([]string(nil), w.attendees...)
				sort.Strings(want)
				if got := names(m.Attendees); strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("attendees = %q, want %q", got, want)
				}
				gotAbs := map[string]string{}
				for _, ab := range m.Absent {
					gotAbs[ab.Name] = ab.Note
				}
				if len(gotAbs) != len(w.absent) {
					t.Errorf("absent = %v, want %v", gotAbs, w.absent)
				}
				for n, note := range w.absent {
					if gotAbs[n] != note {
						t.Errorf("absent[%s] = %q, want %q", n, gotAbs[n], note)
					}
				}
			}
			for _, m := range a.Meetings {
				for _, p := range m.Attendees {
					for _, n := range tc.notAny {
						if p.Name == n {
							t.Errorf("%s is an attendee of %q", n, m.Summary)
						}
					}
				}
			}
		})
	}
}
