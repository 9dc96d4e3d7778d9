package corpus

import (
	"slices"
	"testing"
	"time"
)

// TestRolesBeforeClauses22: an appositive role followed by a relative
// clause ("Tomas Renner, the Dutch finance minister who chairs the
// council,") is the role, and "a spokesman for Renner" gives Renner no
// role of his spokesman's.
func TestRolesBeforeClauses22(t *testing.T) {
	checkRoleCases(t, time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC), []roleCase{
		{"Tomas Renner, the Dutch finance minister who chairs the council, has confirmed what we all expected.", "Tomas Renner", "Dutch finance minister"},
		{"Lena Dahl, the trade envoy whose talks collapsed in May, returned to Geneva on Monday.", "Lena Dahl", "trade envoy"},
		{"Tomas Renner, who chairs the council, spoke on Monday.\n\nA spokesman for Renner says the meeting will resume shortly.", "Tomas Renner", ""},
	})
}

// TestChurchStyles22: a church leader the article knows by one name keeps
// the style printed before it ("Patriarch Kirill", "Metropolitan
// Anthony"), as a royal's does; one named in full does not ("Cardinal
// Pietro Parolin" is Pietro Parolin).
func TestChurchStyles22(t *testing.T) {
	a := &Article{Title: "t", Source: "Wire", Published: time.Date(2024, 10, 3, 10, 0, 0, 0, time.UTC), Paragraphs: []string{
		"Patriarch Kirill did not attend the congress in Astana on Wednesday and sent Metropolitan Anthony in his place.",
		"Cardinal Pietro Parolin attended.",
	}}
	Extract(a)
	var got []string
	for _, p := range a.People {
		got = append(got, p.Name)
	}
	slices.Sort(got)
	if want := []string{"Metropolitan Anthony", "Patriarch Kirill", "Pietro Parolin"}; !slices.Equal(got, want) {
		t.Errorf("people %q, want %q", got, want)
	}
}

// TestOperationsIsNoName22: "Operations" ends a body's or an office's
// name ("the Directors General of Military Operations"), never a person's.
func TestOperationsIsNoName22(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"military operations", "The Directors General of Military Operations of both armies spoke on the hotline on Wednesday. Lt Gen Tomas Renner spoke with his counterpart, Maj Gen Omar Haddad.", "Tomas Renner, Omar Haddad"},
	})
}

// TestCoLeaderIsARole22: "co-leader", "co-chair" are roles, so the party
// before them is no person ("Te Pāti Māori co-leader Rawiri Waititi").
func TestCoLeaderIsARole22(t *testing.T) {
	checkPeopleCases(t, []peopleCase{
		{"co-leader", "Te Pāti Māori co-leader Rawiri Waititi stayed away from the hui on Wednesday.", "Rawiri Waititi"},
		{"co-chair", "Coastal Alliance co-chair Lena Dahl met the minister on Wednesday.", "Lena Dahl"},
	})
}

// TestCompoundRoles22: "Hamas political bureau chief X", "South Korea's
// spy chief Y": the role is the whole compound, not "chief".
func TestCompoundRoles22(t *testing.T) {
	checkRoleCases(t, time.Date(2024, 1, 20, 10, 0, 0, 0, time.UTC), []roleCase{
		{"ICRC President Lena Dahl met with Hamas political bureau chief Omar Haddad in Doha on Friday.", "Omar Haddad", "Hamas political bureau chief"},
		{"South Korea's spy chief Tomas Renner was present at the talks on Friday.", "Tomas Renner", "South Korea's spy chief"},
	})
}
