package corpus

import "testing"

// TestLiveBlogStampIsNoRole checks a live blog's time stamp before a name
// ("15.30 CET Merz told reporters"): no title, the office instead.
func TestLiveBlogStampIsNoRole(t *testing.T) {
	a := extractText(t, "2025-12-14", "15.30 CET Merz told reporters that Europe \"must be at the table when its security is decided.\"\n\n16.02 GMT Zelensky arrived at the chancellery.")
	for _, p := range a.People {
		if p.Role == "CET" || p.Role == "GMT" {
			t.Errorf("%s has the time zone %q as role", p.Name, p.Role)
		}
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Friedrich Merz" || a.Quotes[0].Role == "CET" {
		t.Errorf("quotes %+v, want Merz's without a time-zone role", a.Quotes)
	}
}

// TestSideListsAndLeaderHimself checks "On the US side: A and B." and
// "led by X himself, with A and B" in a live report of talks.
func TestSideListsAndLeaderHimself(t *testing.T) {
	const talks = "Chad's Foreign Minister Lena Varga and Niger's Defence Minister Piotr Nowak held talks in Lome on Tuesday. "
	checkMeetingCases(t, false, []rosterCase{
		{"on the side colon list", talks + "On the Chadian side: envoy Omar Haddad and adviser Sara Khalil.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
		{"side colon list mid-sentence is no roster", talks + "Critics said the talks had one side: Omar Haddad's.",
			[]string{"Lena Varga, Piotr Nowak"}, nil},
		{"led by the leader himself, with two aides", talks + "Niger's team was led by Nowak himself, with envoy Omar Haddad and adviser Sara Khalil.",
			[]string{"Lena Varga, Omar Haddad, Piotr Nowak, Sara Khalil"}, nil},
	})
}

// TestCountryNamesAreNoPeople checks two-word country names in running
// text ("the United Kingdom and Sierra Leone") are not read as people.
func TestCountryNamesAreNoPeople(t *testing.T) {
	for _, c := range []string{"Sierra Leone", "Costa Rica", "Burkina Faso", "Sri Lanka", "El Salvador", "Papua New Guinea"} {
		a := extractText(t, "2024-11-18", "Russia vetoed the text drafted by the United Kingdom and "+c+". Lena Varga, the envoy, said little.")
		for _, p := range a.People {
			if p.Name != "Lena Varga" {
				t.Errorf("%s: person %q", c, p.Name)
			}
		}
	}
}
