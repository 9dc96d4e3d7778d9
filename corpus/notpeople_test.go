package corpus

import (
	"slices"
	"testing"
)

// TestNotPeopleAttendees: a place, a room or a party the person finder took
// for a name never attends; a person of the same phrasing still does.
func TestNotPeopleAttendees(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		attendee  string // "" when only notAny is checked
		notAttend string // "" when there is no place to drop
	}{
		{"plaza after a comma", "The final push came at a working dinner on Thursday evening, when Lacalle Pou hosted the guests at the Torre Ejecutiva, the presidential offices on Plaza Independencia.",
			"Lacalle Pou", "Plaza Independencia"},
		{"party as a side", "The leaders of the Union bloc and the Social Democrats met on Tuesday for talks, with Friedrich Merz leading the conservatives.",
			"Friedrich Merz", "Social Democrats"},
		// near misses: people whose surnames are such nouns
		{"role after a place-noun surname", "On Tuesday Keir Starmer met Alan Castle, the chief whip, for talks in London.",
			"Alan Castle", ""},
		{"first name before a place noun", "On Tuesday Keir Starmer met Barbara Castle for talks in London.",
			"Barbara Castle", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-09-19", tc.text)
			var all []string
			for _, m := range a.Meetings {
				all = append(all, names(m.Attendees)...)
			}
			if tc.attendee != "" && !slices.Contains(all, tc.attendee) {
				t.Errorf("%q should attend; attendees %q", tc.attendee, all)
			}
			if tc.notAttend != "" && slices.Contains(all, tc.notAttend) {
				t.Errorf("%q is not a person but attends; attendees %q", tc.notAttend, all)
			}
		})
	}
}
