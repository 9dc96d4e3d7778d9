package answer

import (
	"context"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

// Two reports of one meeting: a newspaper names a president shorter and
// does not say where; the government's release names him in full, with
// the venue. The answer lists him once, in full, and says where the
// meeting was. Two sheikhs sharing a family name stay two people, and
// "Al Thani" alone, which either could be, merges with neither.
func TestWhoOneNameAcrossReports(t *testing.T) {
	svc := newService(t,
		&corpus.Article{
			Title: "Ruiz and Varga shake hands at last", Source: "Daily Record", URL: "https://dr.example/handshake",
			Published: day("2025-03-05T10:00:00Z"),
			Paragraphs: []string{
				"Omar Haddad and Lena Varga shook hands on Tuesday for the first time, with Tomas Reyes beside them.",
				"Sheikh Tamim Al Thani and Sheikh Jassim Al Thani looked on, and so did Al Thani, the envoy.",
			},
			Meetings: []corpus.Meeting{
				meetingOf("Haddad–Varga meeting", "", "2025-03-04", []int{0, 1}, "Omar Haddad", "Lena Varga", "Tomas Reyes", "Sheikh Tamim Al Thani", "Sheikh Jassim Al Thani", "Al Thani"),
			},
		},
		&corpus.Article{
			Title: "President Omar Karim Haddad holds talks with President Varga", Source: "Office of the President", URL: "https://op.example/release",
			Published: day("2025-03-04T20:00:00Z"),
			Paragraphs: []string{
				"President Omar Karim Haddad today held talks with President Lena Varga at Kingstown Airport, joined by Tomas Reyes.",
			},
			Meetings: []corpus.Meeting{
				meetingOf("Kingstown Airport meeting", "Kingstown Airport", "2025-03-04", []int{0}, "Omar Karim Haddad", "Lena Varga", "Tomas Reyes"),
			},
		})
	ans, err := svc.Who(context.Background(), WhoParams{Meeting: "Haddad-Varga handshake"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, a := range ans.Attendees {
		got[a.Name] = true
	}
	for _, want := range []string{"Omar Karim Haddad", "Lena Varga", "Tomas Reyes", "Sheikh Tamim Al Thani", "Sheikh Jassim Al Thani", "Al Thani"} {
		if !got[want] {
			t.Errorf("attendees %v: want %s", names(ans.Attendees, func(a Attendee) string { return a.Name }), want)
		}
	}
	if got["Omar Haddad"] || len(ans.Attendees) != 6 {
		t.Errorf("attendees %v: want Omar Haddad once, in full", names(ans.Attendees, func(a Attendee) string { return a.Name }))
	}
	if ans.Place != "Kingstown Airport" || ans.Date != "2025-03-04" {
		t.Errorf("place %q, date %q: want Kingstown Airport, 2025-03-04", ans.Place, ans.Date)
	}
}

func TestFullerName(t *testing.T) {
	for _, c := range []struct {
		long, short string
		want        bool
	}{
		{"Mohamed Irfaan Ali", "Irfaan Ali", true},
		{"Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman", false}, // ends elsewhere
		{"Sheikh Tamim bin Hamad Al Thani", "Tamim Al Thani", true},
		{"Irfaan Ali", "Ali", false},             // one word says too little
		{"Irfaan Ali", "Irfaan Ali", false},      // the same name
		{"Ali Irfaan Khan", "Irfaan Ali", false}, // out of order
		{"José Félix Lafaurie", "Jose Felix Lafaurie", false},
		{"José Manuel Félix Lafaurie", "Jose Felix Lafaurie", true}, // accents aside
	} {
		if got := fullerName(c.long, c.short); got != c.want {
			t.Errorf("fullerName(%q, %q) = %v, want %v", c.long, c.short, got, c.want)
		}
	}
}
