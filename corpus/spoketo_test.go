package corpus

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// meetingSets returns each extracted meeting's attendees, joined by
// commas in name order, sorted.
func meetingSets(ms []Meeting) []string {
	var out []string
	for _, m := range ms {
		out = append(out, strings.Join(names(m.Attendees), ","))
	}
	sort.Strings(out)
	return out
}

// TestSpokeTo covers conversations told with "spoke to": one meeting per
// person after each "to", and the talk to an audience that is none.
func TestSpokeTo(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // every meeting's attendees (meetingSets)
	}{
		{"spoke to a leader by title and name",
			"Vance spoke to Prime Minister Narendra Modi on Friday, Indian officials confirmed, without giving details.",
			[]string{"JD Vance,Narendra Modi"}},
		{"spoke to one and to another: two conversations",
			"Secretary of State Marco Rubio spoke to Thai Foreign Minister Maris Sangiampongsa and to Cambodia's Prak Sokhonn on Sunday, the State Department said.",
			[]string{"Marco Rubio,Maris Sangiampongsa", "Marco Rubio,Prak Sokhonn"}},
		{"a pronoun first, then two more: three conversations",
			"Foreign Minister Ishaq Dar said on Sunday that Secretary of State Marco Rubio had spoken to him, to army chief General Asim Munir and to Indian Foreign Minister S. Jaishankar before the deal.",
			[]string{"Asim Munir,Marco Rubio", "Ishaq Dar,Marco Rubio", "Marco Rubio,S. Jaishankar"}},
		{"an adverb before 'to'",
			"Recep Tayyip Erdogan spoke briefly to Vladimir Putin on the sidelines of the summit in Astana.",
			[]string{"Recep Tayyip Erdogan,Vladimir Putin"}},
		// near misses: an audience, an interview, a reporter
		{"spoke to reporters", "Friedrich Merz spoke to reporters in Berlin on Monday.", nil},
		{"spoke to the nation", "Emmanuel Macron spoke to the nation on Sunday evening.", nil},
		{"an outlet's journalist", "Keir Starmer spoke to the BBC's Laura Kuenssberg on Sunday.", nil},
		{"a host by role", "Giorgia Meloni spoke to the host Bruno Vespa about the budget.", nil},
		{"a correspondent speaks to someone", "Our correspondent in Gaza City spoke to Umm Khaled Abu Shawish, 44, who has been displaced six times.", nil},
		{"speaking to an outlet", "A US official, speaking to Defense One on condition of anonymity, said the channel was working.", nil},
		{"a pronoun alone", "Asked about Lavrov, Marco Rubio said he had spoken to him often.", nil},
		{"spoke about a person", "Kaja Kallas spoke about Sergei Lavrov at length on Monday.", nil},
		{"a planned conversation", "Donald Trump will speak to Vladimir Putin on Tuesday, the White House said.", nil},
		{"by phone: one call, read by the call rules",
			"David Lammy spoke to Marco Rubio by phone on Monday.",
			[]string{"David Lammy,Marco Rubio"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-05-12", tc.text)
			if got := meetingSets(a.Meetings); !slices.Equal(got, tc.want) {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSpokenByPhone covers the participle "spoken" before a phone call:
// both sides take part, and "to both leaders" adds no one by itself.
func TestSpokenByPhone(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // every meeting's attendees (meetingSets)
	}{
		{"had spoken with someone by phone",
			"Shigeru Ishiba had spoken with Donald Trump only by phone, in a five-minute call after the election.",
			[]string{"Donald Trump,Shigeru Ishiba"}},
		// near miss: a group after "to" is not read here
		{"spoken by phone to both leaders",
			"Anwar Ibrahim hosted Hun Manet and Phumtham Wechayachai in Putrajaya on Monday.\n\nDonald Trump had spoken by phone to both leaders on Saturday.",
			[]string{"Anwar Ibrahim,Hun Manet,Phumtham Wechayachai", "Donald Trump"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-29", tc.text)
			if got := meetingSets(a.Meetings); !slices.Equal(got, tc.want) {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
		})
	}
}
