package answer

import (
	"context"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

// meetingOf is a meeting reported in paragraphs paras by people.
func meetingOf(summary, place, date string, paras []int, people ...string) corpus.Meeting {
	m := corpus.Meeting{Summary: summary, Place: place, Date: date, Paragraphs: paras, Absent: []corpus.Absence{}}
	for _, p := range people {
		m.Attendees = append(m.Attendees, corpus.Person{Name: p})
	}
	return m
}

// An article that recalls an earlier meeting of the same people: asked
// about them, who answers with the meeting the article reports, unless the
// question's words are the recalled meeting's alone.
func TestWhoLeadMeetingOverRecalledOne(t *testing.T) {
	svc := newService(t, &corpus.Article{
		Title: "Envoy back at Harbor Hall as prisoner talks resume", Source: "Coastal Times", URL: "https://ct.example/harbor",
		Published: day("2025-07-02T10:00:00Z"),
		Paragraphs: []string{
			"Envoy Ilse Vellmar met Governor Kofi Osei and his aide Pia Brandt at Harbor Hall on Tuesday.",
			"Brandt said the talks covered a list of detainees.",
			"The session ran for four hours.",
			"Vellmar and Osei first held talks in March, and parted without a deal.",
		},
		Meetings: []corpus.Meeting{
			meetingOf("Vellmar–Osei talks", "", "", []int{3}, "Ilse Vellmar", "Kofi Osei"),
			meetingOf("Harbor Hall meeting", "Harbor Hall", "2025-07-01", []int{0, 1}, "Ilse Vellmar", "Kofi Osei", "Pia Brandt"),
		},
	})
	checkWhoAttendees(t, svc, map[string][]string{
		"Vellmar-Osei talks":                  {"Ilse Vellmar", "Kofi Osei", "Pia Brandt"},
		"Vellmar-Osei talks without a deal":   {"Ilse Vellmar", "Kofi Osei"},
		"who was at the Harbor Hall meeting?": {"Ilse Vellmar", "Kofi Osei", "Pia Brandt"},
	})
}

// When no meeting has every word of the question, a meeting whose own
// people carry some of them beats one whose paragraphs merely mention
// them all.
func TestWhoNamedPeopleOverMentions(t *testing.T) {
	svc := newService(t, &corpus.Article{
		Title: "Nordic ministers meet Iranian delegates in Portmere", Source: "Wire", URL: "https://w.example/portmere",
		Published: day("2025-07-26T10:00:00Z"),
		Paragraphs: []string{
			"Nordic ministers met Iranian delegates Reza Tavan and Omid Sarraf in Portmere on Friday, a week after Halvorsen and Adeyemi spoke between rounds.",
			"The delegates said the talks were useful.",
			"Halvorsen, two Nordic ministers and Adeyemi held a video call on July 17.",
		},
		Meetings: []corpus.Meeting{
			meetingOf("Portmere meeting", "Portmere", "2025-07-25", []int{0, 1}, "Reza Tavan", "Omid Sarraf"),
			meetingOf("call", "", "2025-07-17", []int{2}, "Erik Halvorsen", "Ngozi Adeyemi"),
		},
	})
	checkWhoAttendees(t, svc, map[string][]string{
		"Video call between Halvorsen, the Nordic ministers and Adeyemi on the Iranian dossier": {"Erik Halvorsen", "Ngozi Adeyemi"},
	})
}

// Two meetings at one place in two articles: the question's words that
// only the rest of an article carries (the dam the story is about) tell
// its meeting from another article's summit there, whose own paragraph
// happens to carry another of them.
func TestWhoArticleWordsTellMeetingsAtOnePlace(t *testing.T) {
	svc := newService(t, &corpus.Article{
		Title: "Explainer: why the river talks stalled again", Source: "Wire", URL: "https://w.example/river",
		Published: day("2024-01-10T10:00:00Z"),
		Paragraphs: []string{
			"The third round on the Tarsa dam ended without a deal, the latest setback in a decade of haggling.",
			"In Corvel in December, water ministers Lema Dassu and Ines Moraga met for two days.",
			"Each side blamed the other when the session closed.",
		},
		Meetings: []corpus.Meeting{meetingOf("Corvel talks", "Corvel", "2023-12-17", []int{1, 2}, "Lema Dassu", "Ines Moraga")},
	}, &corpus.Article{
		Title: "Regional bloc leaders gather for a summit", Source: "Daily", URL: "https://d.example/bloc",
		Published: day("2025-06-30T10:00:00Z"),
		Paragraphs: []string{
			"Leaders Oren Kasse and Tully Marr opened the bloc's summit in Corvel on Monday, the third such gathering this year.",
			"Trade and roads topped the agenda.",
		},
		Meetings: []corpus.Meeting{meetingOf("Corvel summit", "Corvel", "2025-06-30", []int{0, 1}, "Oren Kasse", "Tully Marr")},
	})
	checkWhoAttendees(t, svc, map[string][]string{
		"Third round of Tarsa dam talks in Corvel": {"Ines Moraga", "Lema Dassu"},
		"Corvel summit": {"Oren Kasse", "Tully Marr"},
	})
}

// Two articles report two different debt roundtables: the answer is one of
// them, and names the other among the other meetings that match, so the
// reader can ask again with its date or place; a question with the place
// gets the other one.
func TestWhoNamesOtherMatchingMeetings(t *testing.T) {
	svc := newService(t,
		&corpus.Article{
			Title: "Debt roundtable in Seville ends without a deal", Source: "Devwire", URL: "https://dw.example/seville",
			Published: day("2025-07-01T10:00:00Z"),
			Paragraphs: []string{
				"Finance ministers Ana Ruiz and Kofi Mensah met lenders at a closed roundtable on sovereign debt in Seville on Monday.",
				"Ruiz said the talks would go on.",
			},
			Meetings: []corpus.Meeting{meetingOf("Seville roundtable", "Seville", "2025-06-30", []int{0, 1}, "Ana Ruiz", "Kofi Mensah")},
		},
		&corpus.Article{
			Title: "Borrowers press lenders at Washington debt roundtable", Source: "Capital Desk", URL: "https://cd.example/washington",
			Published: day("2025-04-24T10:00:00Z"),
			Paragraphs: []string{
				"Finance ministers Lena Dahl and Omar Haddad joined a closed roundtable on sovereign debt in Washington on Wednesday.",
				"Haddad said borrowers wanted faster relief.",
			},
			Meetings: []corpus.Meeting{meetingOf("Washington roundtable", "Washington", "2025-04-23", []int{0, 1}, "Lena Dahl", "Omar Haddad")},
		},
	)
	ans, err := svc.Who(context.Background(), WhoParams{Meeting: "closed roundtable on sovereign debt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Others) != 1 {
		t.Fatalf("answered %q with others %+v, want the other roundtable", ans.Meeting, ans.Others)
	}
	if o := ans.Others[0]; o.Meeting == ans.Meeting || o.Date == ans.Date {
		t.Errorf("other meeting %+v is the one answered (%s, %s)", o, ans.Meeting, ans.Date)
	}
	ans, err = svc.Who(context.Background(), WhoParams{Meeting: "closed roundtable on sovereign debt in Seville"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Place != "Seville" || len(ans.Attendees) != 2 || ans.Attendees[0].Name != "Ana Ruiz" {
		t.Errorf("with the place: %s at %s, attendees %+v", ans.Meeting, ans.Place, ans.Attendees)
	}
}
