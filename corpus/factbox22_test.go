package corpus

import (
	"slices"
	"testing"
)

// TestFactboxDelegationHeadings22: a wire factbox's items under "THE ...
// DELEGATION" headings seat their people at the talks the story opened
// with; items under another heading ("THE OBSERVERS") and a paragraph of
// story between the lists do not.
func TestFactboxDelegationHeadings22(t *testing.T) {
	const wire = `FACTBOX-Who is at the Vienna talks on the water accord

VIENNA (Reuters) - Negotiators from Aldonia and Bertravia met in Vienna on Tuesday for a third round of talks on a water-sharing accord, with observers from the region in the city.

"We are close," Renner said.

Here are the main people involved:

THE ALDONIAN DELEGATION

* TOMAS RENNER - Foreign minister. Leads the delegation and arrived on Monday evening.

* LENA DAHL - Deputy water minister, a hydrologist by training.

THE BERTRAVIAN DELEGATION

* OMAR HADDAD - Chief negotiator and a former ambassador to Austria.

* INES BERG - Head of the national irrigation agency.

President Carla Ruiz stayed at home and spoke to the delegation by phone, her office said.

Analyst Paul Kerr said the round could well be the last.

THE OBSERVERS

* PAUL HENDRY - Regional envoy of the river basin commission.
`
	a, err := ParseText("factbox.txt", []byte(wire))
	if err != nil {
		t.Fatal(err)
	}
	Extract(a)
	var got []string
	for _, m := range a.Meetings {
		if m.Place == "Vienna" {
			for _, p := range m.Attendees {
				got = append(got, p.Name)
			}
		}
	}
	slices.Sort(got)
	if want := []string{"Ines Berg", "Lena Dahl", "Omar Haddad", "Tomas Renner"}; !slices.Equal(got, want) {
		t.Errorf("Vienna talks attendees %v, want %v (meetings %+v)", got, want, a.Meetings)
	}
}

// TestListHeadingInTitleCase22: a subheading in title case before a list
// stays dropped ("Tariff Deals" is no person); only a heading in capitals
// is kept to tell which side a factbox's items are on.
func TestListHeadingInTitleCase22(t *testing.T) {
	const wire = `Trade talks resume in Geneva

GENEVA (Reuters) - Trade Minister Lena Dahl met Commerce Secretary Omar Haddad in Geneva on Tuesday to resume talks on steel tariffs.

Tariff Deals

* Steel: quotas under discussion since March.

* Aluminium: a deal is close, officials said.
`
	a, err := ParseText("brief.txt", []byte(wire))
	if err != nil {
		t.Fatal(err)
	}
	Extract(a)
	var got []string
	for _, p := range a.People {
		got = append(got, p.Name)
	}
	slices.Sort(got)
	if want := []string{"Lena Dahl", "Omar Haddad"}; !slices.Equal(got, want) {
		t.Errorf("people %q, want %q", got, want)
	}
}
