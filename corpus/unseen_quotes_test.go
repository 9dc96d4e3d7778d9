package corpus

import "testing"

// TestUnseenQuoteConstructions checks quotation constructions found
// missing or misattributed on news text written by people who had not read
// the rules: bodies known only by their initials, a participle after a
// surname, one member of an unnamed group and more. Each row is text
// written for the test, with near misses beside the constructions; want
// lists every quotation the text holds, in order (nil for none).
func TestUnseenQuoteConstructions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		// a body the gazetteer does not know, by its initials
		{"initials said after the quote",
			"“The ceasefire line must be respected by every party,” UNMISS said on Friday.",
			[]wantQuote{{"The ceasefire line must be respected by every party", "UNMISS", ""}}},
		{"initials said in a statement that",
			"UNAMI said in a statement that the mission “remains ready to help the parties find common ground.”",
			[]wantQuote{{"remains ready to help the parties find common ground.", "UNAMI", ""}}},
		{"initials with digits",
			"“We will hold our positions around the town,” the M23 said.",
			[]wantQuote{{"We will hold our positions around the town", "M23", ""}}},
		{"officials of a body by its initials stay unnamed",
			"“We will hold our positions around the town,” UNMISS officials said.",
			[]wantQuote{{"We will hold our positions around the town", "", "UNMISS officials"}}},
		// a surname followed by its verb, then a participle of speech
		{"surname walked out, saying",
			"Lokuji walked out after an hour, saying the other side had “no interest in compromise at all.”",
			[]wantQuote{{"no interest in compromise at all.", "Lokuji", ""}}},
		{"surname left early, warning",
			"At the second session, Marangoni left early, warning that the draft was “a recipe for another war.”",
			[]wantQuote{{"a recipe for another war.", "Marangoni", ""}}},
		{"a plural subject before the participle is no name",
			"Protesters marched to the embassy, chanting “no deal without justice.”",
			nil},
		// one of an unnamed group
		{"one of them described",
			"Two delegates spoke to us after the session. One of them described the atmosphere as “tense but workmanlike.”",
			[]wantQuote{{"tense but workmanlike.", "", "One of them"}}},
		{"one of them said after the quote",
			"Two delegates spoke to us after the session. “Nobody wanted to be the first to leave,” one of them said.",
			[]wantQuote{{"Nobody wanted to be the first to leave", "", "one of them"}}},
		{"said one of those",
			"Several officials were present. “The Americans did most of the talking,” said one of those present.",
			[]wantQuote{{"The Americans did most of the talking", "", "one of those"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-06-12", tc.text)
			if len(a.Quotes) != len(tc.want) {
				t.Fatalf("got %d quotes %+v, want %d %+v", len(a.Quotes), a.Quotes, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				q := a.Quotes[i]
				if q.Text != w.text {
					t.Errorf("quote %d text = %q, want %q", i, q.Text, w.text)
				}
				if q.Speaker != w.speaker {
					t.Errorf("quote %d speaker = %q, want %q (role %q)", i, q.Speaker, w.speaker, q.Role)
				}
				if w.role != "" && q.Role != w.role {
					t.Errorf("quote %d role = %q, want %q", i, q.Role, w.role)
				}
			}
		})
	}
}
