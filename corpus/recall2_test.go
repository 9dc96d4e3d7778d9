package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestAttendancePhrasings checks everyday phrasings of who met whom, each a
// sentence or two written for the test.
func TestAttendancePhrasings(t *testing.T) {
	tests := []struct {
		name      string
		published string
		text      string
		attendees []string
		absent    map[string]string
	}{
		{"met two people", "2025-07-03",
			"Marco Rubio met Kaja Kallas and Mark Rutte in Brussels on Wednesday.",
			[]string{"Marco Rubio", "Kaja Kallas", "Mark Rutte"}, nil},
		{"attended the talks", "2025-07-03",
			"Keir Starmer, Emmanuel Macron and Friedrich Merz attended the talks in London on Wednesday.",
			[]string{"Keir Starmer", "Emmanuel Macron", "Friedrich Merz"}, nil},
		{"were attended by", "2025-07-03",
			"The talks in Geneva on Wednesday were attended by Sergei Lavrov and Marco Rubio.",
			[]string{"Sergei Lavrov", "Marco Rubio"}, nil},
		{"also present in a later paragraph", "2025-07-03",
			"Hakan Fidan hosted Andrii Sybiha in Ankara on Wednesday.\n\nThe talks focused on grain shipments.\n\nAlso present were Ibrahim Kalin and Rustem Umerov.",
			[]string{"Hakan Fidan", "Andrii Sybiha", "Ibrahim Kalin", "Rustem Umerov"}, nil},
		{"accompanied by", "2025-07-03",
			"Volodymyr Zelensky, accompanied by Andriy Yermak, met Recep Tayyip Erdogan in Ankara on Wednesday.",
			[]string{"Volodymyr Zelensky", "Andriy Yermak", "Recep Tayyip Erdogan"}, nil},
		{"brought together", "2025-07-03",
			"The meeting in Doha on Wednesday brought together Steve Witkoff, Khalil al-Hayya and Ron Dermer.",
			[]string{"Steve Witkoff", "Khalil al-Hayya", "Ron Dermer"}, nil},
		{"held talks with", "2025-07-03",
			"Narendra Modi held talks with Shehbaz Sharif in Riyadh on Wednesday.",
			[]string{"Narendra Modi", "Shehbaz Sharif"}, nil},
		{"sat down with", "2025-07-03",
			"Steve Witkoff sat down with Vladimir Putin in Moscow on Wednesday.",
			[]string{"Steve Witkoff", "Vladimir Putin"}, nil},
		{"welcomed to", "2025-07-03",
			"Giorgia Meloni welcomed Volodymyr Zelensky to Rome on Wednesday for talks.",
			[]string{"Giorgia Meloni", "Volodymyr Zelensky"}, nil},
		{"shook hands", "2025-07-03",
			"Ilham Aliyev and Nikol Pashinyan shook hands at the White House on Wednesday.",
			[]string{"Ilham Aliyev", "Nikol Pashinyan"}, nil},
		{"talks between", "2025-07-03",
			"Talks between Abbas Araghchi and Steve Witkoff in Muscat on Wednesday lasted three hours.",
			[]string{"Abbas Araghchi", "Steve Witkoff"}, nil},
		{"owner's talks with", "2025-07-03",
			"Rubio's talks with Lavrov in Riyadh on Wednesday lasted four hours. Marco Rubio and Sergei Lavrov spoke afterwards.",
			[]string{"Marco Rubio", "Sergei Lavrov"}, nil},
		{"leaders including", "2025-07-03",
			"Leaders including Keir Starmer, Mark Carney and Anthony Albanese gathered in Ottawa on Wednesday.",
			[]string{"Keir Starmer", "Mark Carney", "Anthony Albanese"}, nil},
		{"greeted on arrival", "2025-07-03",
			"Xi Jinping greeted Vladimir Putin at the Kremlin on Wednesday before their talks.",
			[]string{"Xi Jinping", "Vladimir Putin"}, nil},
		{"dinner for", "2025-07-03",
			"Donald Trump hosted a dinner for Benjamin Netanyahu at the White House on Wednesday.",
			[]string{"Donald Trump", "Benjamin Netanyahu"}, nil},
		{"represented by: the principal is absent", "2025-07-03",
			"Leaders met in Brussels on Wednesday with Emmanuel Macron and Friedrich Merz at the table. Viktor Orbán was represented by his foreign minister, Péter Szijjártó.",
			[]string{"Emmanuel Macron", "Friedrich Merz", "Péter Szijjártó"}, map[string]string{"Viktor Orbán": "sent someone else"}},
		{"addressed by video", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Volodymyr Zelensky addressed the meeting by video link.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Volodymyr Zelensky": "by video"}},
		{"sent his foreign minister", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Recep Tayyip Erdogan sent his foreign minister, Hakan Fidan.",
			[]string{"Keir Starmer", "Emmanuel Macron", "Hakan Fidan"}, map[string]string{"Recep Tayyip Erdogan": "sent a delegation instead"}},
		{"pulled out", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Giorgia Meloni pulled out at the last minute.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Giorgia Meloni": "did not attend"}},
		{"who did not attend", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Friedrich Merz, who was in Berlin, did not attend.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Friedrich Merz": "did not attend"}},
		{"joined by phone", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Donald Trump joined by phone.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Donald Trump": "by phone"}},
		{"boycotted", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Viktor Orbán boycotted the meeting.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Viktor Orbán": "stayed away"}},
		{"counterpart named", "2025-07-03",
			"Marco Rubio met his Russian counterpart, Sergei Lavrov, in Riyadh on Wednesday.",
			[]string{"Marco Rubio", "Sergei Lavrov"}, nil},
		{"counterpart unnamed, resolved by office", "2025-07-03",
			"Marco Rubio met his Chinese counterpart in Kuala Lumpur on Wednesday.",
			[]string{"Marco Rubio", "Wang Yi"}, nil},
		{"mediated by", "2025-07-03",
			"Thai and Cambodian officials met in Kuala Lumpur on Wednesday in talks mediated by Anwar Ibrahim. Hun Manet and Phumtham Wechayachai led the delegations.",
			[]string{"Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai"}, nil},
		{"chaired the meeting", "2025-07-03",
			"Antonio Guterres chaired the meeting in New York on Wednesday, which Abbas Araghchi and Kaja Kallas attended.",
			[]string{"Antonio Guterres", "Abbas Araghchi", "Kaja Kallas"}, nil},
		{"leaders by role list", "2025-07-03",
			"French President Emmanuel Macron, British Prime Minister Keir Starmer and German Chancellor Friedrich Merz met in Kyiv on Wednesday.",
			[]string{"Emmanuel Macron", "Keir Starmer", "Friedrich Merz"}, nil},
		{"leaders of countries", "2025-07-03",
			"The leaders of France, Britain and Germany met Volodymyr Zelensky in Kyiv on Wednesday.",
			[]string{"Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Volodymyr Zelensky"}, nil},
		{"flanked by", "2025-07-03",
			"Donald Trump, flanked by JD Vance and Marco Rubio, received Volodymyr Zelensky in the Oval Office on Wednesday.",
			[]string{"Donald Trump", "JD Vance", "Marco Rubio", "Volodymyr Zelensky"}, nil},
		{"separately met", "2025-07-03",
			"Steve Witkoff met separately with Ron Dermer and Khalil al-Hayya in Doha on Wednesday.",
			[]string{"Steve Witkoff", "Ron Dermer", "Khalil al-Hayya"}, nil},
		{"agreed at talks", "2025-07-03",
			"Abbas Araghchi and Rafael Grossi agreed on new inspections at talks in Vienna on Wednesday, officials said.",
			[]string{"Abbas Araghchi", "Rafael Grossi"}, nil},
		{"told during a meeting", "2025-07-03",
			"Xi Jinping told Anthony Albanese during a meeting in Beijing on Wednesday that trade ties were improving.",
			[]string{"Xi Jinping", "Anthony Albanese"}, nil},
		{"in a meeting with, opening phrase", "2025-07-03",
			"In a meeting with Narendra Modi in New Delhi on Wednesday, Vladimir Putin praised the two countries' ties.",
			[]string{"Narendra Modi", "Vladimir Putin"}, nil},
		{"relative clause meeting", "2025-07-03",
			"Mark Rutte, who met Donald Trump at the White House on Wednesday, said NATO allies would spend more.",
			[]string{"Mark Rutte", "Donald Trump"}, nil},
		{"visited someone", "2025-07-03",
			"Friedrich Merz visited Volodymyr Zelensky in Kyiv on Wednesday.",
			[]string{"Friedrich Merz", "Volodymyr Zelensky"}, nil},
		{"joint press conference", "2025-07-03",
			"Keir Starmer and Mark Carney held a joint news conference in Ottawa on Wednesday.",
			[]string{"Keir Starmer", "Mark Carney"}, nil},
		{"hosted talks between", "2025-07-03",
			"Sheikh Tamim bin Hamad Al Thani hosted talks between Steve Witkoff and Khalil al-Hayya in Doha on Wednesday.",
			[]string{"Sheikh Tamim bin Hamad Al Thani", "Steve Witkoff", "Khalil al-Hayya"}, nil},
		{"received a delegation led by", "2025-07-03",
			"Vladimir Putin received a delegation led by Steve Witkoff at the Kremlin on Wednesday.",
			[]string{"Vladimir Putin", "Steve Witkoff"}, nil},
		{"traveled for talks with", "2025-07-03",
			"Kaja Kallas traveled to Beijing on Wednesday for talks with Wang Yi.",
			[]string{"Kaja Kallas", "Wang Yi"}, nil},
		{"after meeting", "2025-07-03",
			"Marco Rubio spoke to reporters in Kuala Lumpur on Wednesday after meeting Sergei Lavrov.",
			[]string{"Marco Rubio", "Sergei Lavrov"}, nil},
		{"had dinner together", "2025-07-03",
			"Emmanuel Macron and Keir Starmer had dinner together at Windsor Castle on Wednesday.",
			[]string{"Emmanuel Macron", "Keir Starmer"}, nil},
		{"the sides led by, no names in the lede", "2025-07-03",
			"Negotiators from Armenia and Azerbaijan met in Abu Dhabi on Wednesday.\n\nThe Armenian side was led by Ararat Mirzoyan and the Azerbaijani side by Jeyhun Bayramov.",
			[]string{"Ararat Mirzoyan", "Jeyhun Bayramov"}, nil},
		{"notably absent", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Viktor Orbán was notably absent.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Viktor Orbán": "did not attend"}},
		{"unable to attend", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Donald Tusk was unable to attend.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Donald Tusk": "did not attend"}},
		{"could not attend", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Donald Tusk could not attend because of a storm.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Donald Tusk": "did not attend"}},
		{"chose not to attend", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Viktor Orbán chose not to attend.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Viktor Orbán": "did not attend"}},
		{"video address", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Volodymyr Zelensky appeared by video from Kyiv.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Volodymyr Zelensky": "by video"}},
		{"left out of the talks", "2025-07-03",
			"Marco Rubio and Sergei Lavrov met in Riyadh on Wednesday. Volodymyr Zelensky was left out of the talks.",
			[]string{"Marco Rubio", "Sergei Lavrov"}, map[string]string{"Volodymyr Zelensky": "left out"}},
		{"did not show up", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Viktor Orbán did not show up.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Viktor Orbán": "did not attend"}},
		{"stayed home", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Giorgia Meloni stayed at home.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Giorgia Meloni": "did not attend"}},
		{"held a call", "2025-07-03",
			"Donald Trump and Vladimir Putin held a two-hour call on Wednesday.",
			[]string{"Donald Trump", "Vladimir Putin"}, nil},
		{"in a call, opening phrase", "2025-07-03",
			"In a call on Wednesday, Keir Starmer and Mark Carney discussed tariffs.",
			[]string{"Keir Starmer", "Mark Carney"}, nil},
		{"during a visit", "2025-07-03",
			"During his visit to Beijing on Wednesday, Emmanuel Macron held talks with Xi Jinping.",
			[]string{"Emmanuel Macron", "Xi Jinping"}, nil},
		{"a trilateral", "2025-07-03",
			"Recep Tayyip Erdogan hosted a trilateral with Ilham Aliyev and Nikol Pashinyan in Istanbul on Wednesday.",
			[]string{"Recep Tayyip Erdogan", "Ilham Aliyev", "Nikol Pashinyan"}, nil},
		{"with a mediator carrying messages", "2025-07-03",
			"Abbas Araghchi and Steve Witkoff held indirect talks in Rome on Wednesday, with Oman's foreign minister, Badr Albusaidi, carrying messages between them.",
			[]string{"Abbas Araghchi", "Steve Witkoff", "Badr Albusaidi"}, nil},
		{"with someone saying is not an attendee", "2025-07-03",
			"Abbas Araghchi and Steve Witkoff held talks in Rome on Wednesday, with Kremlin spokesman Dmitry Peskov saying Moscow backed the process.",
			[]string{"Abbas Araghchi", "Steve Witkoff"}, nil},
		{"who had led ..., joined them", "2025-07-03",
			"Recep Tayyip Erdogan hosted Ilham Aliyev and Nikol Pashinyan in Ankara on Wednesday. Hakan Fidan, who had led the earlier rounds, joined them.",
			[]string{"Recep Tayyip Erdogan", "Ilham Aliyev", "Nikol Pashinyan", "Hakan Fidan"}, nil},
		{"in the presence of an envoy for a country", "2025-07-03",
			"Asaad al-Shaibani and Ron Dermer met in Paris on Wednesday in the presence of U.S. envoy for Syria Tom Barrack.",
			[]string{"Asaad al-Shaibani", "Ron Dermer", "Tom Barrack"}, nil},
		{"both ministers are the ministers; evidence gathered by experts is no meeting", "2025-07-03",
			"The foreign ministers of Congo and Rwanda signed an agreement at the State Department on Wednesday, with Marco Rubio presiding.\n\nRwanda denies backing the rebels, despite evidence gathered by U.N. experts.\n\nLater, Donald Trump welcomed both ministers in the Oval Office.",
			[]string{"Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe", "Marco Rubio"}, nil},
		{"cancelled his trip", "2025-07-03",
			"Keir Starmer and Emmanuel Macron met in London on Wednesday. Donald Tusk cancelled his trip.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]string{"Donald Tusk": "did not attend"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, tc.published, tc.text)
			if len(a.Meetings) == 0 {
				t.Fatalf("no meeting")
			}
			m := a.Meetings[0]
			want := append([]string(nil), tc.attendees...)
			sort.Strings(want)
			if got := names(m.Attendees); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("attendees = %q, want %q (meetings %+v)", got, want, a.Meetings)
			}
			gotAbs := map[string]string{}
			for _, ab := range m.Absent {
				gotAbs[ab.Name] = ab.Note
			}
			if len(gotAbs) != len(tc.absent) {
				t.Errorf("absent = %v, want %v", gotAbs, tc.absent)
			}
			for n, note := range tc.absent {
				if gotAbs[n] != note {
					t.Errorf("absent[%s] = %q, want %q", n, gotAbs[n], note)
				}
			}
		})
	}
}
