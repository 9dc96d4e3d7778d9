package answer

import (
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
