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

// TestCouncilSitting checks a council or assembly named as the subject of
// a sitting ("The UN Security Council on Monday failed to adopt ...") is a
// meeting whose speakers ("told the council") attended; "the council"
// alone, or a council that decided in a statement, is none.
func TestCouncilSitting(t *testing.T) {
	const sat = "The Union Security Council on Monday failed to adopt a draft resolution on the border. "
	checkMeetingCases(t, false, []rosterCase{
		{"failed to adopt; told and addressed the council", sat + "Togo's ambassador, Omar Haddad, told the council the draft was flawed. Ghana's envoy Sara Khalil addressed the council after the vote.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"voted", "The General Assembly voted on Tuesday to admit the new member. Togo's ambassador Omar Haddad told the assembly it was a great day. Ghana's envoy Sara Khalil addressed the assembly too.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
		{"the council alone is no sitting", "The council voted on Tuesday. Togo's ambassador Omar Haddad said little. Ghana's envoy Sara Khalil said less.",
			nil, nil},
		{"someone away for another summit", sat + "Togo's ambassador, Omar Haddad, told the council the draft was flawed. Ghana's envoy Sara Khalil addressed the council. The secretary-general, Lena Varga, who was in Rio de Janeiro for the G20 summit, urged calm.",
			[]string{"Omar Haddad, Sara Khalil"}, nil},
	})
}

// TestOnePersonMeetings checks a meeting whose only named participant is
// one person is listed (the two-person rule used to drop it): a country's
// negotiator after talks told by the countries, a minister's session with
// an unnamed delegation; a meeting no one is named at is still none.
func TestOnePersonMeetings(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the one attendee, "" for no meeting
	}{
		{"Chad and Niger ended a day of talks in Lome on Tuesday without agreement. Chad's Deputy Foreign Minister Lena Varga said after the talks that Ndjamena had made serious proposals.", "Lena Varga"},
		{"Chad's Foreign Minister Lena Varga met a delegation of Nigerien lawmakers in Lome on Tuesday.", "Lena Varga"},
		{"Chad and Niger ended a day of talks in Lome on Tuesday without agreement, officials said.", ""},
	} {
		a := extractText(t, "2025-07-03", tc.text)
		var got []string
		for _, m := range a.Meetings {
			if len(m.Attendees) == 1 {
				got = append(got, m.Attendees[0].Name)
			}
		}
		if tc.want == "" && len(a.Meetings) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
			t.Errorf("%q: meetings %+v, want one of %q alone", tc.text, a.Meetings, tc.want)
		}
	}
}
