package corpus

import (
	"testing"
	"time"
)

// TestStoryPlace: the story's meeting, told after the lead without a place,
// takes the one place the article gives the story (its dateline, or with
// none its headline's "talks in X"), unless the article puts the meeting
// elsewhere, the meeting is recalled, or it is a call.
func TestStoryPlace(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"headline place, no dateline",
			"Rival Libyan factions open talks in Tunis\n\nThe two rival governments of Libya said on Monday they wanted a single budget.\n\n" +
				"Their delegations, led by Abdul Hamid Dbeibah and Osama Hamad, held talks on Tuesday under UN mediation.",
			"Tunis"},
		{"headline at a place with a particle",
			"Envoys meet at Dar es Salaam as the border quarrel drags on\n\nThe border quarrel between the two neighbours entered its third month.\n\n" +
				"William Ruto and Samia Suluhu Hassan held talks on Wednesday.",
			"Dar es Salaam"},
		{"dateline city, meeting after the lead",
			"Ministers agree on a grain corridor\n\nNAIROBI, Kenya (Reuters) - Wheat prices fell sharply on Friday after the announcement.\n\n" +
				"Abiy Ahmed and William Ruto held talks on Thursday and agreed to open the corridor.",
			"Nairobi"},
		{"dateline city, the lead's meeting told again with its people",
			"Envoy meets rebel negotiator\n\nAMMAN, Jordan (AP) — The U.N. envoy for Yemen, Hans Grundberg, met the Houthi rebels' chief negotiator in the Jordanian capital on Sunday to revive a stalled prisoner deal.\n\n" +
				"Hans Grundberg and the negotiator, Ali Qasimi, met for several hours at a government guest house, officials said.",
			"Amman"},
		{"near miss: dateline in one capital, headline names another country",
			"Envoys held secret talks in Norway, officials say\n\nNAIROBI, Kenya (Reuters) - Wheat prices fell sharply on Friday after the announcement.\n\n" +
				"Abiy Ahmed and William Ruto held talks on Thursday, two officials said.",
			""},
		{"near miss: the talks' sentence names another place",
			"Rebels and government agree to a gathering zone\n\nBOGOTA (Reuters) - Colombia's government said on Friday it had reached a deal with a rebel faction.\n\n" +
				"The deal was reached at the end of a round of talks in the southern province of Caqueta, led by Lucia Restrepo and Alexander Diaz.",
			""},
		{"near miss: a headline with two places",
			"From Tunis to Cairo, envoys held talks in Tunis and in Cairo\n\nThe two rival governments said on Monday they wanted a single budget.\n\n" +
				"Abdul Hamid Dbeibah and Osama Hamad held talks on Tuesday.",
			""},
		{"near miss: a recalled meeting",
			"Rival Libyan factions look back on the talks in Tunis\n\nThe two rival governments of Libya said on Monday they wanted a single budget.\n\n" +
				"Abdul Hamid Dbeibah and Osama Hamad held talks on March 3 under UN mediation.",
			""},
		{"near miss: title-case headline",
			"Akazawa Sees Progress in Tariff Talks\n\nJapan's negotiator said on Friday that a deal was close.\n\n" +
				"Ryosei Akazawa and Howard Lutnick held talks on Thursday.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText("x.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			a.Published = time.Date(2025, 10, 17, 12, 0, 0, 0, time.UTC)
			Extract(a)
			var got []string
			for _, m := range a.Meetings {
				got = append(got, m.Summary+" @ "+m.Place)
			}
			if len(a.Meetings) == 0 {
				t.Fatalf("no meeting (title %q)", a.Title)
			}
			if m := a.Meetings[0]; m.Place != tc.place {
				t.Errorf("place %q, want %q (title %q, dateline %q; meetings %q)", m.Place, tc.place, a.Title, a.Place, got)
			}
		})
	}
}
