package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestSideRooms covers some of a summit's people meeting "in a side room":
// a meeting apart on the summit's day; the summit's own room stays its.
func TestSideRooms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Meeting // date and attendees of every meeting, in meetingSets order
	}{
		{"gathered with others in a side room, far after the verb",
			"G20 leaders met in Johannesburg on Saturday. Keir Starmer, Emmanuel Macron and Friedrich Merz sat at the table.\n\nStarmer, Macron and Merz gathered with Canada's Mark Carney, Japan's Sanae Takaichi, Italy's Giorgia Meloni and European Council President António Costa in a side room to discuss the plan.",
			[]Meeting{
				{Date: "2025-11-22", Attendees: roomPeople("António Costa", "Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni", "Keir Starmer", "Mark Carney", "Sanae Takaichi")},
				{Date: "2025-11-22", Attendees: roomPeople("Emmanuel Macron", "Friedrich Merz", "Keir Starmer")},
			}},
		// near miss: the session's own room
		{"the negotiating room is the meeting's own",
			"Rustem Umerov and Vladimir Medinsky met at the Dolmabahçe Palace in Istanbul on Friday. Hakan Fidan joined them in the negotiating room.",
			[]Meeting{{Date: "2025-11-21", Attendees: roomPeople("Hakan Fidan", "Rustem Umerov", "Vladimir Medinsky")}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-11-23", tc.text)
			var want []string
			for _, m := range tc.want {
				want = append(want, m.Date+":"+roomNames(m.Attendees))
			}
			var got []string
			for _, m := range a.Meetings {
				got = append(got, m.Date+":"+roomNames(m.Attendees))
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("meetings = %q, want %q", got, want)
			}
		})
	}
}

func roomPeople(ns ...string) []Person {
	var out []Person
	for _, n := range ns {
		out = append(out, Person{Name: n})
	}
	return out
}

func roomNames(ps []Person) string {
	ns := names(ps)
	return strings.Join(ns, ",")
}
