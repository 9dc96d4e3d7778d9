package corpus

import (
	"sort"
	"strings"
	"testing"
)

// TestQuotesAttributableHeading24: a media release sets each block of
// quotations under a heading "Quotes attributable to <title> <name>": the
// heading is kept by the loader, and every quotation under it, up to the
// next heading, is that person's.
func TestQuotesAttributableHeading24(t *testing.T) {
	const release = "The Government and the Growers' Council have finished a third round of talks in Oslo.\n\nMinister Lena Dahl said the round had been \"long but honest\" and thanked the council.\n\nQuotes attributable to Minister for Fisheries Lena Dahl\n\n\"Nobody at that table got everything they wanted, and that is how you know it was fair.\"\n\n\"We will be back in the spring to finish the job.\"\n\nQuotes attributable to Growers' Council Chair Tomas Renner\n\n\"Our members asked us to be heard. This week we were."
	checkQuoteCases(t, "2025-06-11", []quoteCase{
		{"two headings", release + "\"",
			[]wantQuote{{"long but honest", "Lena Dahl", ""},
				{"Nobody at that table got everything they wanted, and that is how you know it was fair.", "Lena Dahl", ""},
				{"We will be back in the spring to finish the job.", "Lena Dahl", ""},
				{"Our members asked us to be heard. This week we were.", "Tomas Renner", ""}}},
	})
	a, err := ParseMarkdown("release.md", []byte("---\ntitle: \"Round three\"\npublished: 2025-06-11T10:00:00+10:00\n---\n\n"+release+"\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	Extract(a)
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Speaker)
	}
	if strings.Join(got, ",") != "Lena Dahl,Lena Dahl,Lena Dahl,Tomas Renner" {
		t.Errorf("loaded release: speakers %q, want the heading's person for each quotation under it", got)
	}
}

// TestTitlesBeforeNames24: a hyphenated office ("Attorney-General",
// "Governor-General") is a title, not a name; a portfolio of two parts
// after "for" ("Minister for Treaty and First Peoples") and one serving a
// people ("Minister for Indigenous Australians") end before the name; and
// a title word that is a surname ("Ines King") ends a name after a given
// name.
func TestTitlesBeforeNames24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-11", true, []rosterCase{
		{"hyphenated office", "Attorney-General Lena Dahl met Governor-General Tomas Renner in Oslo on Monday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"portfolio of two parts", "Minister for Treaty and First Peoples Lena Dahl met Tomas Renner in Oslo on Monday.",
			[]string{"Lena Dahl, Tomas Renner"}, nil},
		{"portfolio for a people", "Federal Minister for Indigenous Australians Ines Berg met Tomas Renner in Oslo on Monday.",
			[]string{"Ines Berg, Tomas Renner"}, nil},
		{"surname that is a title", "Resources Minister Ines King met Tomas Renner in Oslo on Monday.",
			[]string{"Ines King, Tomas Renner"}, nil},
	})
}

// TestSeatingPhrases24: "Sitting on X's side of the table were A and B"
// seats A and B at the meeting; "sat directly across from her" is "sat
// across from her"; and a role of the time set off by commas ("Vos, then
// public safety minister, and ...") does not end the list of companions.
func TestSeatingPhrases24(t *testing.T) {
	const lede = "President Lena Dahl met Prime Minister Tomas Renner in Oslo on Tuesday.\n\n"
	checkMeetingCasesOn(t, "2025-06-11", true, []rosterCase{
		{"sitting on her side were", lede + "Sitting on Dahl's side of the table were Trade Minister Omar Haddad and Ines Berg, the ambassador.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Tomas Renner"}, nil},
		{"sat directly across, with two on either side", "President Lena Dahl chaired the meeting in Oslo on Tuesday from the head of the table. Piet Vos, the chair of the council, sat directly across from her, with Ines Berg and Omar Haddad on either side.",
			[]string{"Ines Berg, Lena Dahl, Omar Haddad, Piet Vos"}, nil},
	})
	// the list reads on past "then public safety minister,": Berg by the
	// rule of the list, not inferred from being named near the meeting
	a := extractText(t, "2025-06-11", lede+"Dahl was accompanied by Piet Vos, then public safety minister, and her chief of staff, Ines Berg.")
	if !attendsByRule(a, "Ines Berg") {
		t.Errorf("then a role of the time: Ines Berg not read as a companion: %+v", a.Meetings)
	}
}

// TestLeftBeforeNewsConference24: leaving before the news conference held
// after a meeting is no absence from the meeting.
func TestLeftBeforeNewsConference24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-11", true, []rosterCase{
		{"left before the news conference", "President Lena Dahl chaired a four-hour meeting of the governors in Oslo on Wednesday. Governor Tomas Renner sat across from her.\n\nGovernor Ines Berg attended in person but left before the closing news conference.",
			[]string{"Ines Berg, Lena Dahl, Tomas Renner"}, nil},
	})
}

// TestTripTold24: in "since Dahl's trip to Rome on May 3, when she dined
// with Leo", the one who dined is the one who made the trip; and "Dahl
// was accompanied on that trip by A and B" puts A and B at that dinner,
// not at the meeting the story is about.
func TestTripTold24(t *testing.T) {
	checkMeetingCasesOn(t, "2025-06-11", true, []rosterCase{
		{"that trip", "President Lena Dahl chaired a meeting of the regional governors in Oslo on Tuesday. Governor Piet Vos sat across from her.\n\nGovernor Ines Berg called the meeting \"productive and frank.\"\n\nIt was the first time the full group had gathered since Dahl's surprise trip to Rome on May 3, when she dined with Pope Leo at the Vatican. Dahl was accompanied on that trip by Omar Haddad, then public safety minister, and her chief of staff, Rosa Vidal.",
			[]string{"Lena Dahl, Omar Haddad, Pope Leo XIV, Rosa Vidal", "Lena Dahl, Piet Vos"}, nil},
	})
}

// TestSummitsInTurn24: "held summits in Rome in 2018 and Hanoi in 2019"
// tells two summits, one in each place.
func TestSummitsInTurn24(t *testing.T) {
	a := extractText(t, "2025-06-11", "Lena Dahl met Tomas Renner in Oslo on Monday.\n\nThe pair also held summits in Rome in 2018 and Hanoi in 2019.")
	var got []string
	for _, m := range a.Meetings {
		got = append(got, m.Place)
	}
	sort.Strings(got)
	if strings.Join(got, ",") != "Hanoi,Oslo,Rome" {
		t.Errorf("meeting places %q, want Hanoi, Oslo and Rome", got)
	}
}

// TestMeetingDays24: "On Monday evening, hours after landing in X, A met
// B" is on Monday; "Afterwards, A called on B" is on the day the meeting
// before was; "is due to have breakfast with" and "is expected to stay
// ... for further meetings with" tell meetings still to come.
func TestMeetingDays24(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"opening day before an aside", "President Lena Dahl met Tomas Renner at the White House on Tuesday.\n\nOn Monday evening, hours after landing in Washington, Piet Vos and Ines Berg met Omar Haddad at the Commerce Department.",
			"2025-10-06 Ines Berg, Omar Haddad, Piet Vos | 2025-10-07 Lena Dahl, Tomas Renner"},
		{"afterwards", "Foreign Minister Lena Dahl held talks with Tomas Renner at Parliament House on Tuesday morning.\n\nAfterwards, Renner called on Prime Minister Piet Vos in his office for about 40 minutes.",
			"2025-10-07 Lena Dahl, Tomas Renner | 2025-10-07 Piet Vos, Tomas Renner"},
		{"due to, expected to", "Foreign Minister Lena Dahl held talks with Tomas Renner at Parliament House on Tuesday morning.\n\nOn Thursday, Renner is due to have breakfast with former prime minister Omar Haddad.\n\nDahl is expected to stay in Oslo on Wednesday for further meetings with Haddad and Rosa Vidal.",
			"2025-10-07 Lena Dahl, Tomas Renner"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, "2025-10-07", tc.text)
			var got []string
			for _, m := range a.Meetings {
				n := names(m.Attendees)
				sort.Strings(n)
				got = append(got, m.Date+" "+strings.Join(n, ", "))
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != tc.want {
				t.Errorf("meetings = %q, want %q", strings.Join(got, " | "), tc.want)
			}
		})
	}
}

// attendsByRule reports name among the attendees of one of a's meetings,
// put there by a rule, not inferred by the attendance model.
func attendsByRule(a *Article, name string) bool {
	for _, m := range a.Meetings {
		for _, p := range m.Attendees {
			if p.Name == name && !p.Inferred {
				return true
			}
		}
	}
	return false
}
