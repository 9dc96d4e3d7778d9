package corpus

import "testing"

// TestOfficeMentions: a person named only by office ("the German foreign
// minister") is a mention pronouns can refer back to, and "the Iranian
// minister" later is the same Iranian office holder.
func TestOfficeMentions(t *testing.T) {
	tests := []struct{ name, text, quote, speaker string }{
		{"pronoun after an office",
			"After the talks, the German foreign minister told reporters that Europe wanted a deal. “We left with the impression that Iran is willing to keep talking,” he said.",
			"We left with the impression that Iran is willing to keep talking", "Johann Wadephul"},
		{"shorter description of the same office holder",
			"The Iranian foreign minister met the British foreign secretary. The British foreign secretary said little.\n\nThe Iranian minister was defiant. “We will not negotiate while the aggression continues,” he said.",
			"We will not negotiate while the aggression continues", "Abbas Araghchi"},
		{"a capital is not a person",
			"Asked whether Bangkok trusted Phnom Penh to keep the truce, Nattaphon Narkphanit paused. “Trust is built step by step,” he said.",
			"Trust is built step by step", "Nattaphon Narkphanit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-06-21", tc.text)
			for _, q := range a.Quotes {
				if q.Text == tc.quote {
					if q.Speaker != tc.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker, tc.speaker)
					}
					return
				}
			}
			t.Errorf("quote not found in %+v", a.Quotes)
		})
	}
}
