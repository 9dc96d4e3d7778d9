package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/parley-bot/parley/answer"
)

// TestSeedDoneMeans checks the extraction issue's "done" on the article
// the project started from, through the command line, both as the built-in
// corpus has it (Markdown with its date) and as the bare wire text
// (corpus/testdata/seed, the same as ../shared/seed: no title, no date).
func TestSeedDoneMeans(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ingest []string // nil: a read command builds the built-in index
	}{
		{"built-in corpus", nil},
		{"wire text without a date", []string{"ingest", "corpus/testdata/seed/ap-2025-08-18-white-house.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := t.TempDir()
			if tc.ingest != nil {
				if _, errs, code := parley(t, data, tc.ingest...); code != 0 {
					t.Fatalf("ingest: exit %d: %s", code, errs)
				}
			}
			out, errs, code := parley(t, data, "who", "--json", "White House meeting")
			if code != 0 {
				t.Fatalf("who: exit %d: %s", code, errs)
			}
			who := decode[answer.WhoAnswer](t, out)
			var got []string
			for _, a := range who.Attendees {
				got = append(got, a.Name)
				if a.Role == "" || len(a.Evidence) == 0 || a.Evidence[0].Passage == "" {
					t.Errorf("%s lacks a role or evidence: %+v", a.Name, a)
				}
			}
			slices.Sort(got)
			want := "Alexander Stubb, Donald Trump, Emmanuel Macron, Friedrich Merz, Giorgia Meloni, Keir Starmer, Mark Rutte, Ursula von der Leyen, Volodymyr Zelenskyy"
			if strings.Join(got, ", ") != want {
				t.Errorf("attendees = %s\nwant %s", strings.Join(got, ", "), want)
			}
			if len(who.Absent) != 1 || who.Absent[0].Name != "Vladimir Putin" || who.Absent[0].Note != "by phone" {
				t.Errorf("absent = %+v, want only Vladimir Putin, by phone", who.Absent)
			}

			out, errs, code = parley(t, data, "quotes", "--json", "ceasefire")
			if code != 0 {
				t.Fatalf("quotes: exit %d: %s", code, errs)
			}
			found := false
			for _, q := range decode[answer.QuotesAnswer](t, out).Quotes {
				if strings.Contains(q.Text, "I would like to see a ceasefire") {
					found = true
					if q.Speaker != "Friedrich Merz" {
						t.Errorf("Merz's quote attributed to %q", q.Speaker)
					}
				}
			}
			if !found {
				t.Errorf("Merz's ceasefire quote not among the quotes: %s", out)
			}
		})
	}
}

// TestQuotesFromPassages checks what a user asking "what did Rutte say
// about security guarantees" gets when his words do not name them: his
// quotation from the passage that does, marked as such in JSON and text.
func TestQuotesFromPassages(t *testing.T) {
	data := t.TempDir()
	out, errs, code := parley(t, data, "quotes", "--json", "--speaker", "Rutte", "guarantees")
	if code != 0 {
		t.Fatalf("quotes: exit %d: %s", code, errs)
	}
	ans := decode[answer.QuotesAnswer](t, out)
	if !ans.InPassage || ans.Total != 1 || len(ans.Quotes) != 1 || ans.Quotes[0].Speaker != "Mark Rutte" ||
		!strings.Contains(ans.Quotes[0].Passage, "security guarantees") || strings.Contains(ans.Quotes[0].Text, "guarantee") {
		t.Fatalf("quotes = %s, want Rutte's quotation from the passage about guarantees, marked in_passage", out)
	}
	out, _, _ = parley(t, data, "quotes", "--speaker", "Rutte", "guarantees")
	if !strings.Contains(out, `from passages about "guarantees"`) {
		t.Errorf("text output does not say where the keyword is:\n%s", out)
	}
	// The quotation's own words first: no fallback when they have it.
	out, _, _ = parley(t, data, "quotes", "--json", "--speaker", "Merz", "ceasefire")
	if ans := decode[answer.QuotesAnswer](t, out); ans.InPassage || ans.Total == 0 {
		t.Errorf("Merz on ceasefire = %s, want his own words, not marked in_passage", out)
	}
}

// TestAskDidAttendCLI asks the CLI about one person on the seed: Putin
// only by phone, Vance not named either way, Rutte there; text and JSON.
func TestAskDidAttendCLI(t *testing.T) {
	data := t.TempDir()
	for q, want := range map[string]answer.AskedAbout{
		"did Putin attend the White House meeting?": {Name: "Vladimir Putin", Status: answer.AskedAbsent, Note: "by phone"},
		"was Vance at the White House meeting?":     {Name: "Vance", Status: answer.AskedNotNamed},
		"was rutte at the White House meeting":      {Name: "Mark Rutte", Status: answer.AskedAttended, Note: "NATO Secretary-General"},
	} {
		out, errs, code := parley(t, data, "ask", "--json", q)
		if code != 0 {
			t.Fatalf("ask %q: exit %d: %s", q, code, errs)
		}
		var got struct {
			Intent string           `json:"intent"`
			Answer answer.WhoAnswer `json:"answer"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("ask %q: %v\n%s", q, err, out)
		}
		if got.Intent != "who" || got.Answer.Asked == nil || *got.Answer.Asked != want {
			t.Errorf("ask %q: intent %s, asked %+v; want who, %+v", q, got.Intent, got.Answer.Asked, want)
		}
	}
	out, _, _ := parley(t, data, "ask", "did Putin attend the White House meeting?")
	if !strings.Contains(out, "No: Vladimir Putin was not there in person (by phone).") {
		t.Errorf("text answer lacks the verdict:\n%s", out)
	}
}
