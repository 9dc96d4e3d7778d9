package corpus

import (
	"testing"
	"time"
)

func TestTitlePlace(t *testing.T) {
	for in, want := range map[string]string{
		"SHARM EL-SHEIKH": "Sharm el-Sheikh",
		"NEW YORK":        "New York",
		"DAR ES SALAAM":   "Dar es Salaam",
		"GENEVA":          "Geneva",
	} {
		if got := titlePlace(in); got != want {
			t.Errorf("titlePlace(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDatelinePlace: a meeting told in the lead without a place, or "here"
// / "this resort", is at the dateline place; a place the text names wins.
func TestDatelinePlace(t *testing.T) {
	tests := []struct{ name, text, place, summary string }{
		{"this resort", "SHARM EL-SHEIKH (AP) — Twenty leaders gathered in this Red Sea resort on Monday for a summit chaired by Donald Trump and Abdel Fattah el-Sisi.",
			"Sharm el-Sheikh", "Sharm el-Sheikh summit"},
		{"lead without place", "DOHA, Qatar (Reuters) - Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani hosted Steve Witkoff and Ron Dermer for talks on Tuesday.",
			"Doha", "Doha talks"},
		{"here, text spelling", "ABU DHABI (AFP) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met here on Thursday.\n\nAbu Dhabi has hosted prisoner swaps before.",
			"Abu Dhabi", "Abu Dhabi meeting"},
		{"explicit place wins", "LONDON (Reuters) - Marco Rubio met Sergei Lavrov in Riyadh on Tuesday.",
			"Riyadh", "Riyadh meeting"},
		{"welcomed X to a place", "PARIS (AFP) - Emmanuel Macron welcomed Keir Starmer to the Elysee Palace on Monday.",
			"Elysee Palace", "Elysee Palace meeting"},
		{"a call has no place", "WASHINGTON (AP) - Donald Trump and Vladimir Putin held a phone call on Tuesday.",
			"", "Trump–Putin call"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText("x.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			a.Published = time.Date(2025, 10, 16, 12, 0, 0, 0, time.UTC)
			Extract(a)
			if len(a.Meetings) == 0 {
				t.Fatalf("no meeting; place %q", a.Place)
			}
			m := a.Meetings[0]
			if m.Place != tc.place || m.Summary != tc.summary {
				t.Errorf("place %q summary %q, want %q %q", m.Place, m.Summary, tc.place, tc.summary)
			}
		})
	}
}

// TestSameDayDates: "In the morning," / "Later," tell the day just dated.
func TestSameDayDates(t *testing.T) {
	a := extractText(t, "2025-05-17", "Hakan Fidan held two meetings in Istanbul on Friday.\n\n"+
		"In the morning, Fidan received Vladimir Medinsky at the Dolmabahce Palace.\n\n"+
		"Later, at the Ciragan Palace, Fidan met Rustem Umerov and Marco Rubio.")
	found := false
	for _, m := range a.Meetings {
		if m.Place == "Ciragan Palace" {
			found = true
			if m.Date != "2025-05-16" {
				t.Errorf("Ciragan meeting date %q, want 2025-05-16", m.Date)
			}
		}
	}
	if !found {
		t.Errorf("no Ciragan Palace meeting in %+v", a.Meetings)
	}
}

// TestBeganEarlier: "the talks began on Monday" dates talks first told on
// their second day.
func TestBeganEarlier(t *testing.T) {
	a := extractText(t, "2025-06-10", "Scott Bessent and He Lifeng resumed trade talks in London on Tuesday.\n\n"+
		"The talks began on Monday and ran for more than six hours.")
	if len(a.Meetings) != 1 || a.Meetings[0].Date != "2025-06-09" {
		t.Errorf("meetings %+v, want one dated 2025-06-09", a.Meetings)
	}
}
