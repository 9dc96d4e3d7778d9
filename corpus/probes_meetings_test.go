package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestProbeMeetings checks meeting constructions found failing by probing
// the extractor with short sentences written afresh: participial openers,
// relative clauses, passive joins, absences told after the meeting, and
// group names that are never people. want lists every meeting as its
// sorted attendees joined by ", "; an empty want means no meeting.
func TestProbeMeetings(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent map[string]string // absent person -> attendees of their meeting
	}{
		{"a group named with an article is no attendee", "Leaders of the Weimar Triangle, Donald Tusk, Emmanuel Macron and Friedrich Merz, met in Warsaw on Tuesday.",
			[]string{"Donald Tusk, Emmanuel Macron, Friedrich Merz"}, nil},
		{"an invented group before its envoys", "Envoys of the Harbour Compact, Lena Varga and Omar Haddad, held talks in Split on Friday.",
			[]string{"Lena Varga, Omar Haddad"}, nil},
		{"a group hosting is no person", "The Nordic Council hosted talks between Sofia Lind and Tomas Berg in Oslo on Monday.",
			[]string{"Sofia Lind, Tomas Berg"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-07-03", tc.text)
			var got []string
			for _, m := range a.Meetings {
				n := names(m.Attendees)
				sort.Strings(n)
				got = append(got, strings.Join(n, ", "))
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("meetings = %q, want %q", got, tc.want)
			}
			for who, in := range tc.absent {
				found := false
				for _, m := range a.Meetings {
					n := names(m.Attendees)
					sort.Strings(n)
					for _, ab := range m.Absent {
						if ab.Name == who {
							found = true
							if strings.Join(n, ", ") != in {
								t.Errorf("%s absent from %q, want %q", who, n, in)
							}
						}
					}
				}
				if !found {
					t.Errorf("%s not absent from any meeting", who)
				}
			}
		})
	}
}
