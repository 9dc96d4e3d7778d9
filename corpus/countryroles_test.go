package corpus

import (
	"strings"
	"testing"
	"time"
)

// TestCountryInRole: a title led by a country of two or three words, or
// owned by one, keeps the whole country name in the role.
func TestCountryInRole(t *testing.T) {
	tests := []roleCase{
		{"New Zealand Prime Minister Christopher Luxon met the premier in Sydney on Monday.", "Christopher Luxon", "New Zealand Prime Minister"},
		{"Papua New Guinea Prime Minister James Marape arrived in Canberra on Monday.", "James Marape", "Papua New Guinea Prime Minister"},
		{"El Salvador's President Nayib Bukele spoke at the forum on Monday.", "Nayib Bukele", "El Salvador's President"},
		{"Papua New Guinea's Prime Minister James Marape arrived in Canberra on Monday.", "James Marape", "Papua New Guinea's Prime Minister"},
		{"Saudi Arabia's Crown Prince Mohammed bin Salman hosted the talks on Monday.", "Mohammed bin Salman", "Saudi Arabia's Crown Prince"},
		{"Sri Lankan President Anura Kumara Dissanayake arrived on Monday.", "Anura Kumara Dissanayake", "Sri Lankan President"},
		{"The new Prime Minister Ana Ferreira took office on Monday.", "Ana Ferreira", "Prime Minister"},
		{"Mayor Paolo Renzi's Deputy Mayor Giulia Conti attended on Monday.", "Giulia Conti", "Deputy Mayor"},
	}
	checkRoleCases(t, time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC), tests)
}

// roleCase is a text, a person it names and the role the person should
// get (paragraphs split at blank lines).
type roleCase struct{ text, name, role string }

// checkRoleCases extracts each case's text as published on day and checks
// the named person's role.
func checkRoleCases(t *testing.T, day time.Time, tests []roleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Article{Title: "t", Source: "Wire", Published: day, Paragraphs: strings.Split(tc.text, "\n\n")}
			Extract(a)
			for _, p := range a.People {
				if p.Name == tc.name {
					if p.Role != tc.role {
						t.Errorf("%q: role %q, want %q", tc.text, p.Role, tc.role)
					}
					return
				}
			}
			t.Errorf("%q: %s not found in %+v", tc.text, tc.name, a.People)
		})
	}
}
