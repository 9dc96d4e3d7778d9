package answer

import (
	"reflect"
	"testing"
)

func TestRoute(t *testing.T) {
	const today, yesterday = "2025-08-19", "2025-08-18"
	tests := []struct {
		q      string
		intent string
		params any
	}{
		{"who was at the Alaska summit?", IntentWho, WhoParams{Meeting: "who was at the Alaska summit?"}},
		{"Who attended the White House meeting on Monday", IntentWho, WhoParams{Meeting: "Who attended the White House meeting on Monday"}},
		{"which leaders took part in the Geneva talks?", IntentWho, WhoParams{Meeting: "which leaders took part in the Geneva talks?"}},
		{"who met in Istanbul", IntentWho, WhoParams{Meeting: "who met in Istanbul"}},
		{"Who were the negotiators in Muscat?", IntentWho, WhoParams{Meeting: "Who were the negotiators in Muscat?"}},
		{"who was the Iranian delegation at the talks", IntentWho, WhoParams{Meeting: "who was the Iranian delegation at the talks"}},
		{"who signed the Doha declaration?", intentWhoOrSearch, WhoParams{Meeting: "who signed the Doha declaration?"}},
		{"who represented China at the consultation talks?", IntentWho, WhoParams{Meeting: "who represented China at the consultation talks?"}},
		{"Who led the talks in Doha", IntentWho, WhoParams{Meeting: "Who led the talks in Doha"}},
		{"who chaired the Hillsborough conference", IntentWho, WhoParams{Meeting: "who chaired the Hillsborough conference"}},
		{"who was in the room at the Oval Office meeting?", IntentWho, WhoParams{Meeting: "who was in the room at the Oval Office meeting?"}},
		{"who was on the Iranian delegation in Muscat", IntentWho, WhoParams{Meeting: "who was on the Iranian delegation in Muscat"}},
		{"attendees of the Riyadh talks", IntentWho, WhoParams{Meeting: "attendees of the Riyadh talks"}},
		{"was Rubio at the Washington signing?", IntentWho, WhoParams{Meeting: "was Rubio at the Washington signing?", About: "Rubio"}},
		{"did Luxon attend the Honiara retreat?", IntentWho, WhoParams{Meeting: "did Luxon attend the Honiara retreat?", About: "Luxon"}},
		{"was Kallas at the ministerial in Niagara?", IntentWho, WhoParams{Meeting: "was Kallas at the ministerial in Niagara?", About: "Kallas"}},
		{"did Lammy join the Geneva meetings?", IntentWho, WhoParams{Meeting: "did Lammy join the Geneva meetings?", About: "Lammy"}},
		{"was Trump in Gaza", IntentSearch, SearchParams{Query: "was Trump in Gaza"}},
		{"what did Merz say about a ceasefire?", IntentQuotes, QuotesParams{Speaker: "Merz", Keyword: "ceasefire"}},
		{"What has the Kremlin said on security guarantees", IntentQuotes, QuotesParams{Speaker: "Kremlin", Keyword: "security guarantees"}},
		{"what did Zelenskyy say?", IntentQuotes, QuotesParams{Speaker: "Zelenskyy"}},
		{"quotes from Rutte about NATO", IntentQuotes, QuotesParams{Speaker: "Rutte", Keyword: "NATO"}},
		{"quotes about prisoner exchanges", IntentQuotes, QuotesParams{Keyword: "prisoner exchanges"}},
		{"who said \"a big step\"?", IntentQuotes, QuotesParams{Keyword: "\"a big step\""}},
		{"Lavrov's comments on sanctions", IntentQuotes, QuotesParams{Speaker: "Lavrov", Keyword: "sanctions"}},
		{"today's news", IntentDigest, DigestParams{Date: today}},
		{"what happened yesterday?", IntentDigest, DigestParams{Date: yesterday}},
		{"digest for 2025-08-18", IntentDigest, DigestParams{Date: "2025-08-18"}},
		{"news about prisoner exchanges", IntentSearch, SearchParams{Query: "prisoner exchanges"}},
		{"tell me about the grain corridor", IntentSearch, SearchParams{Query: "the grain corridor"}},
		{"security guarantees", IntentSearch, SearchParams{Query: "security guarantees"}},
		{"who is Mark Rutte", IntentSearch, SearchParams{Query: "who is Mark Rutte"}},
		{"did Zelenskyy attend the Alaska summit?", IntentWho, WhoParams{Meeting: "did Zelenskyy attend the Alaska summit?", About: "Zelenskyy"}},
		{"Was Putin at the White House meeting", IntentWho, WhoParams{Meeting: "Was Putin at the White House meeting", About: "Putin"}},
		{"who was absent from the Istanbul talks?", IntentWho, WhoParams{Meeting: "who was absent from the Istanbul talks?"}},
		{"who did Trump meet on August 18?", IntentWho, WhoParams{Meeting: "who did Trump meet on August 18?"}},
		{"whom did Xi receive in Beijing", IntentWho, WhoParams{Meeting: "whom did Xi receive in Beijing"}},
		{"which European leaders were at the White House?", IntentWho, WhoParams{Meeting: "which European leaders were at the White House?"}},
		{"who did you say won", IntentSearch, SearchParams{Query: "who did you say won"}},
		{"who skipped the Sharm el-Sheikh summit", IntentWho, WhoParams{Meeting: "who skipped the Sharm el-Sheikh summit"}},
		{"who didn't attend the Brussels summit", IntentWho, WhoParams{Meeting: "who didn't attend the Brussels summit"}},
		{"was there a ceasefire in Gaza?", IntentSearch, SearchParams{Query: "was there a ceasefire in Gaza"}},
		{"was the deal signed at dawn?", IntentSearch, SearchParams{Query: "was the deal signed at dawn"}},
		{"what is the latest on the Gaza ceasefire?", IntentSearch, SearchParams{Query: "the Gaza ceasefire"}},
		{"who said 'red lines'?", IntentQuotes, QuotesParams{Keyword: "\"red lines\""}},
		{"when did Aliyev and Pashinyan meet?", intentWhoOrSearch, WhoParams{Meeting: "when did Aliyev and Pashinyan meet?"}},
		{"Where were the Sudan talks held", intentWhoOrSearch, WhoParams{Meeting: "Where were the Sudan talks held"}},
		{"where is the BRICS summit taking place?", intentWhoOrSearch, WhoParams{Meeting: "where is the BRICS summit taking place?"}},
		{"when was the NATO summit?", intentWhoOrSearch, WhoParams{Meeting: "when was the NATO summit?"}},
		{"when did the ceasefire start?", IntentSearch, SearchParams{Query: "when did the ceasefire start"}},
		{"where is Pokrovsk?", IntentSearch, SearchParams{Query: "where is Pokrovsk"}},
		{"who said “not for sale”", IntentQuotes, QuotesParams{Keyword: "\"not for sale\""}},
	}
	for _, tt := range tests {
		intent, params := route(tt.q, today, yesterday)
		if intent != tt.intent || !reflect.DeepEqual(params, tt.params) {
			t.Errorf("route(%q) = %s %+v, want %s %+v", tt.q, intent, params, tt.intent, tt.params)
		}
	}
}

func TestMeetingQuery(t *testing.T) {
	tests := []struct{ in, desc, date string }{
		{"who was at the Alaska summit?", "Alaska summit", ""},
		{"White House meeting", "White House meeting", ""},
		{"who attended the talks in Geneva on 2025-03-11", "talks Geneva", "2025-03-11"},
		{"who took part in the meeting on August 18, 2025?", "meeting", "2025-08-18"},
		{"who was at the summit on 15 Aug 2025", "summit", "2025-08-15"},
		{"Which leaders were present at the Paris conference", "Paris conference", ""},
		{"who was in the room at the Oval Office meeting?", "Oval Office meeting", ""},
		{"who sat around the table at the Situation Room meeting", "Situation Room meeting", ""},
		{"who represented China at the consultation talks?", "China consultation talks", ""},
		{"who led the talks in Doha", "talks Doha", ""},
		{"who was not at the Granada meeting", "Granada meeting", ""},
		{"Who were the negotiators in Muscat?", "Muscat", ""},
		{"who signed the Doha declaration?", "Doha declaration", ""},
		{"where were the Sudan talks held?", "Sudan talks", ""},
		{"when did Aliyev and Pashinyan meet?", "Aliyev Pashinyan", ""},
		{"where is the BRICS summit taking place?", "BRICS summit", ""},
		{"where was the Place de la Concorde ceremony?", "Place de la Concorde ceremony", ""},
	}
	for _, tt := range tests {
		desc, date := meetingQuery(tt.in)
		if desc != tt.desc || date != tt.date {
			t.Errorf("meetingQuery(%q) = %q, %q; want %q, %q", tt.in, desc, date, tt.desc, tt.date)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two three.", []string{"One.", "Two three."}},
		{"The U.S. president met Mr. Putin in Alaska. Talks ended.", []string{"The U.S. president met Mr. Putin in Alaska.", "Talks ended."}},
		{"“We will see,” he said. Then he left.", []string{"“We will see,” he said.", "Then he left."}},
		{"He said “No.” Talks stopped.", []string{"He said “No.”", "Talks stopped."}},
		{"Version 2.5 shipped on Aug. 15 in Washington, D.C. today.", []string{"Version 2.5 shipped on Aug. 15 in Washington, D.C. today."}},
		{"No terminal punctuation", []string{"No terminal punctuation"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLead(t *testing.T) {
	paras := []string{"By Jane Doe", "GENEVA — Negotiators from both sides met on Tuesday for a third round of talks on prisoner exchanges. They agreed to meet again. A third sentence follows."}
	got := Lead(paras, 2, 320)
	want := "GENEVA — Negotiators from both sides met on Tuesday for a third round of talks on prisoner exchanges. They agreed to meet again."
	if got != want {
		t.Errorf("Lead = %q, want %q", got, want)
	}
	if got := Lead(paras, 2, 60); len(got) > 60 || got[len(got)-len("…"):] != "…" {
		t.Errorf("Lead cut = %q (%d bytes), want ≤ 60 bytes ending in …", got, len(got))
	}
}

func TestDayRange(t *testing.T) {
	from, to, err := dayRange("2025-08-01", "2025-08-18")
	if err != nil || from.Format(DateLayout) != "2025-08-01" || to.Format(DateLayout) != "2025-08-19" {
		t.Errorf("dayRange = %v %v %v", from, to, err)
	}
	for _, bad := range [][2]string{{"2025-13-01", ""}, {"", "yesterday"}, {"2025-08-19", "2025-08-18"}} {
		if _, _, err := dayRange(bad[0], bad[1]); !IsInputError(err) {
			t.Errorf("dayRange(%q, %q) err = %v, want an InputError", bad[0], bad[1], err)
		}
	}
}
