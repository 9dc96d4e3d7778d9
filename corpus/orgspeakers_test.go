package corpus

import "testing"

// TestGenericOrgSpeakers: "the group", "the militants", "the ministry"
// resolve to the body meant, or to no one; never to the bare noun.
func TestGenericOrgSpeakers(t *testing.T) {
	tests := []struct{ name, text, quote, speaker string }{
		{"the group → last named group",
			"Hamas said it had received the proposal. The group said its negotiators had discussed “a mechanism for the exchange of prisoners” with the mediators.",
			"a mechanism for the exchange of prisoners", "Hamas"},
		{"the militant group, aside",
			"The Rapid Support Forces rejected the plan on Sunday.\n\nThe talks stalled.\n\nThe militant group, which controls most of Darfur, said “no one will dictate terms to us in our own land.”",
			"no one will dictate terms to us in our own land.", "Rapid Support Forces"},
		{"unknown acronym group",
			"The ELN released two soldiers on Friday.\n\n“We have shown our goodwill, now the government must show its own,” the rebels said in a statement.",
			"We have shown our goodwill, now the government must show its own", "ELN"},
		{"the ministry → fuller mention",
			"Sudan's foreign ministry welcomed the initiative.\n\n“Any foreign intervention near our borders is unacceptable,” the ministry said.",
			"Any foreign intervention near our borders is unacceptable", "Sudan's foreign ministry"},
		{"the government, spokesperson named",
			"“We will not negotiate under fire,” the government said through its spokesperson, Fatima Diallo, on Tuesday.",
			"We will not negotiate under fire", "Fatima Diallo"},
		{"the bloc → the body named before, not a sentence-opening article",
			"A short statement came from the Alliance of Small Island States: the bloc said it would “not accept a roadmap written without the countries that are drowning first.”",
			"not accept a roadmap written without the countries that are drowning first.", "Alliance of Small Island States"},
		{"anonymous source after a live-blog time stamp",
			"13:00 — A negotiator from a West African country tells us the mood is grim. “We have spent three days discussing whether we may discuss it,” she said.",
			"We have spent three days discussing whether we may discuss it", ""},
		{"his office",
			"Ron Dermer stayed in Jerusalem, and his office said he would travel only “once there is something real to sign.”",
			"once there is something real to sign.", "Ron Dermer's office"},
		{"an unnamed spokesperson for a body named in full speaks for it",
			"“We are not there yet,” a spokesperson for the European Commission said.",
			"We are not there yet", "European Commission"},
		{"an unnamed spokesperson for a body by a bare noun",
			"“We are not there yet,” a spokesperson for the Commission said.",
			"We are not there yet", ""},
		{"the government unresolved → no speaker",
			"“The door to dialogue remains open to everyone who lays down arms,” the government said.",
			"The door to dialogue remains open to everyone who lays down arms", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-06-10", tc.text)
			for _, q := range a.Quotes {
				if q.Text == tc.quote || q.Text == tc.quote+"." {
					if q.Speaker != tc.speaker {
						t.Errorf("speaker %q (role %q), want %q", q.Speaker, q.Role, tc.speaker)
					}
					return
				}
			}
			t.Errorf("quote %q not found in %+v", tc.quote, a.Quotes)
		})
	}
}
