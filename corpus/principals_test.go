package corpus

import (
	"slices"
	"testing"
)

// TestPrincipalsDoNotAttend: a leader named only as the one an envoy acts
// for is no attendee; the same leader named as a doer is.
func TestPrincipalsDoNotAttend(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		attend []string
		not    []string
	}{
		{"possessive envoy", "President Donald Trump's envoy for special missions, Richard Grenell, met Venezuelan President Nicolas Maduro at the Miraflores palace on Friday.",
			[]string{"Richard Grenell", "Nicolas Maduro"}, []string{"Donald Trump"}},
		{"administration of", "Abbas Araghchi and Steve Witkoff held talks in Muscat on Saturday, the first such negotiations between Iran and the administration of President Donald Trump.",
			[]string{"Abbas Araghchi", "Steve Witkoff"}, []string{"Donald Trump"}},
		{"sent by", "Steve Witkoff, sent by President Donald Trump, met Vladimir Putin in St Petersburg on Friday for talks on a ceasefire.",
			[]string{"Steve Witkoff", "Vladimir Putin"}, []string{"Donald Trump"}},
		// near misses: the leader is also told as a doer
		{"leader and his envoy", "President Donald Trump and his envoy Richard Grenell met Venezuelan President Nicolas Maduro at the Miraflores palace on Friday.",
			[]string{"Donald Trump", "Richard Grenell", "Nicolas Maduro"}, nil},
		{"host and his aide", "On Friday Steve Witkoff met Vladimir Putin in Moscow, with Putin's aide Yuri Ushakov also attending.",
			[]string{"Steve Witkoff", "Vladimir Putin", "Yuri Ushakov"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkAttends(t, extractText(t, "2025-04-14", tc.text), tc.attend, tc.not, "is named only as a principal")
		})
	}
}

// checkAttends checks every name of attend is an attendee of some meeting
// of a and no name of not is; why says why one of not should not be.
func checkAttends(t *testing.T, a *Article, attend, not []string, why string) {
	t.Helper()
	var all []string
	for _, m := range a.Meetings {
		all = append(all, names(m.Attendees)...)
	}
	for _, n := range attend {
		if !slices.Contains(all, n) {
			t.Errorf("%q should attend; attendees %q", n, all)
		}
	}
	for _, n := range not {
		if slices.Contains(all, n) {
			t.Errorf("%q %s but attends; attendees %q", n, why, all)
		}
	}
}
