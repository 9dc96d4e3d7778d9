package answer

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// report is a meeting hit of article id, published at pub ("" unknown).
func report(id, pub string, lead bool, title string, m corpus.Meeting) index.MeetingHit {
	var p time.Time
	if pub != "" {
		p = day(pub + "T12:00:00Z")
	}
	return index.MeetingHit{Meeting: m, Lead: lead, Article: corpus.Ref{ID: id, Title: title, Published: p}}
}

// absentFrom adds people named as absent to a meeting.
func absentFrom(m corpus.Meeting, people ...string) corpus.Meeting {
	for _, p := range people {
		m.Absent = append(m.Absent, corpus.Absence{Name: p})
	}
	return m
}

func TestSameReport(t *testing.T) {
	summit := report("a", "2025-06-03", true, "Leaders meet in Harlow", meetingOf("Harlow summit", "Harlow", "2025-06-02", nil, "Ines Vale", "Piet Moor", "Dan Okoro"))
	undatedSummit := report("a", "2025-06-03", true, "Leaders meet in Harlow", meetingOf("Harlow summit", "Harlow", "", nil, "Ines Vale", "Piet Moor", "Dan Okoro"))
	lost := report("a", "", true, "Leaders meet in Harlow", meetingOf("Harlow summit", "Harlow", "", nil, "Ines Vale", "Piet Moor", "Dan Okoro"))
	for _, c := range []struct {
		name      string
		best, h   index.MeetingHit
		elsewhere []string
		want      bool
	}{
		{"same day, same place", summit, report("b", "2025-06-02", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Ines Vale", "Sara Quell")), nil, true},
		{"a year earlier", summit, report("b", "2024-06-02", true, "", meetingOf("Harlow summit", "Harlow", "2024-06-02", nil, "Ines Vale", "Piet Moor")), nil, false},
		{"second day of a two-day meeting", summit, report("b", "2025-06-04", true, "", meetingOf("Harlow meeting", "Harlow", "2025-06-03", nil, "Ines Vale", "Piet Moor")), nil, true},
		{"next day, nothing but people in common", summit, report("b", "2025-06-04", true, "", meetingOf("call", "", "2025-06-03", nil, "Ines Vale", "Piet Moor")), nil, false},
		{"undated, reported the next day", summit, report("b", "2025-06-03", true, "", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Piet Moor")), nil, true},
		{"undated, reported a month later", summit, report("b", "2025-07-03", true, "", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Piet Moor")), nil, false},
		{"both undated, published the same day", undatedSummit, report("b", "2025-06-03", true, "", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale")), nil, true},
		{"both undated, published a week apart", undatedSummit, report("b", "2025-06-10", true, "", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale")), nil, false},
		{"unplaceable, most people shared", lost, report("b", "", true, "", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Piet Moor", "Lou Brandt")), nil, true},
		{"unplaceable, few people shared", lost, report("b", "", true, "", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Kim Aro", "Lou Brandt", "Eli Tamm", "Jon Vik")), nil, false},
		{"same city and day, nobody in common", summit, report("b", "2025-06-02", true, "", meetingOf("Harlow meeting", "Harlow", "2025-06-02", nil, "Kim Aro", "Eli Tamm")), nil, false},
		{"side bilateral the summit's article tells apart", summit, report("b", "2025-06-02", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Ines Vale", "Dan Okoro", "Lou Brandt")), []string{"Lou Brandt"}, false},
		{"absent from the one, present at the other", report("a", "2025-06-03", true, "", absentFrom(meetingOf("Harlow summit", "Harlow", "2025-06-02", nil, "Ines Vale", "Piet Moor"), "Dan Okoro")),
			report("b", "2025-06-02", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Ines Vale", "Dan Okoro")), nil, false},
		{"two full rooms sharing two envoys", report("a", "2025-06-03", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Ines Vale", "Piet Moor", "Dan Okoro", "Sara Quell", "Lou Brandt")),
			report("b", "2025-06-02", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Ines Vale", "Piet Moor", "Kim Aro", "Eli Tamm", "Jon Vik", "Ada Rusk")), nil, false},
		{"two full rooms sharing most people", report("a", "2025-06-03", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Ines Vale", "Piet Moor", "Dan Okoro", "Sara Quell")),
			report("b", "2025-06-02", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Ines Vale", "Piet Moor", "Dan Okoro", "Eli Tamm")), nil, true},
		{"headlines name other rounds", report("a", "", true, "Third round of Harlow talks ends", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Piet Moor")),
			report("b", "", true, "Delegations meet for second round in Harlow", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Piet Moor")), nil, false},
		{"headlines name the same round", report("a", "", true, "Third round of Harlow talks ends", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Piet Moor")),
			report("b", "", true, "Harlow talks: round three closes", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Piet Moor")), nil, true},
	} {
		elsewhere := map[string]bool{}
		for _, p := range c.elsewhere {
			elsewhere[nameKey(p)] = true
		}
		if got := sameReport(c.best, c.h, elsewhere); got != c.want {
			t.Errorf("%s: sameReport = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestPlaceableFirst(t *testing.T) {
	lost := report("a", "", true, "", meetingOf("Harlow talks", "Harlow", "", nil, "Ines Vale", "Piet Moor"))
	stranger := report("b", "2025-06-03", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Kim Aro", "Eli Tamm", "Jon Vik"))
	dated := report("c", "2025-06-03", true, "", meetingOf("Harlow talks", "Harlow", "2025-06-02", nil, "Ines Vale", "Piet Moor", "Lou Brandt"))
	hits := []index.MeetingHit{lost, stranger, dated}
	placeableFirst(hits)
	var got []string
	for _, h := range hits {
		got = append(got, h.Article.ID)
	}
	if want := []string{"c", "a", "b"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v: the dated report sharing people first", got, want)
	}
}

// harlowArticles are four reports: two of the Velmora summit (one
// undated), a later meeting of trade ministers in Velmora, and a summit
// in Harlow whose article tells a side bilateral apart that another
// writer reports on its own.
func harlowArticles() []*corpus.Article {
	return []*corpus.Article{{
		Title: "Lind and Ferro open Velmora summit with a border deal in sight", Source: "Wire One", URL: "https://one.example/velmora",
		Published: day("2025-04-08T09:00:00Z"),
		Paragraphs: []string{
			"VELMORA — Presidents Ana Lind and Tomas Ferro met at the Velmora summit on Monday, joined by mediator Rui Costa.",
			"The leaders spoke for three hours about the border.",
		},
		Meetings: []corpus.Meeting{meetingOf("Velmora summit", "Velmora", "2025-04-07", []int{0, 1}, "Ana Lind", "Tomas Ferro", "Rui Costa")},
	}, {
		Title: "Border talks in Velmora end without a map", Source: "Daily Two", URL: "https://two.example/velmora",
		Published: day("2025-04-08T15:00:00Z"),
		Paragraphs: []string{
			"Ana Lind and Tomas Ferro ended their talks in Velmora without agreeing a map, said Lind's chief of staff Mara Quist, who sat in.",
		},
		Meetings: []corpus.Meeting{meetingOf("Velmora talks", "Velmora", "", []int{0}, "Ana Lind", "Tomas Ferro", "Mara Quist")},
	}, {
		Title: "Trade ministers pick up in Velmora where presidents left off", Source: "Wire One", URL: "https://one.example/velmora-trade",
		Published: day("2025-09-15T09:00:00Z"),
		Paragraphs: []string{
			"Trade ministers Oskar Blum and Lena Hart met in Velmora on Sunday, five months after the summit of Ana Lind and Tomas Ferro.",
		},
		Meetings: []corpus.Meeting{meetingOf("Velmora meeting", "Velmora", "2025-09-14", []int{0}, "Oskar Blum", "Lena Hart")},
	}, {
		Title: "Harlow summit closes with a water pact", Source: "Wire One", URL: "https://one.example/harlow",
		Published: day("2025-06-03T08:00:00Z"),
		Paragraphs: []string{
			"HARLOW — Leaders Ines Vale, Piet Moor, Sara Quell and Dan Okoro signed a water pact at the Harlow summit on Monday.",
			"On the sidelines, Vale and Okoro held a separate meeting with Okoro's envoy Lou Brandt about the dam.",
		},
		Meetings: []corpus.Meeting{
			meetingOf("Harlow summit", "Harlow", "2025-06-02", []int{0}, "Ines Vale", "Piet Moor", "Sara Quell", "Dan Okoro"),
			meetingOf("Vale–Okoro meeting", "", "2025-06-02", []int{1}, "Ines Vale", "Dan Okoro", "Lou Brandt"),
		},
	}, {
		Title: "Dam row eases after Vale and Okoro talk in Harlow", Source: "Daily Two", URL: "https://two.example/harlow-dam",
		Published: day("2025-06-02T20:00:00Z"),
		Paragraphs: []string{
			"Ines Vale and Dan Okoro, with envoy Lou Brandt, met in Harlow on Monday on the margins of the leaders' gathering to settle the dam row.",
		},
		Meetings: []corpus.Meeting{meetingOf("Harlow talks", "Harlow", "2025-06-02", []int{0}, "Ines Vale", "Dan Okoro", "Lou Brandt")},
	}}
}

// User-style questions over one index of several reports: two reports of
// one meeting merge, another meeting at the same place stays out, and a
// summit does not take in its side bilateral, nor the bilateral the
// summit.
func TestAskWhoMergesOnlyTheAskedMeeting(t *testing.T) {
	svc := newService(t, harlowArticles()...)
	for q, want := range map[string][]string{
		"who was at the Velmora summit?":              {"Ana Lind", "Mara Quist", "Rui Costa", "Tomas Ferro"},
		"Who attended the Velmora talks":              {"Ana Lind", "Mara Quist", "Rui Costa", "Tomas Ferro"},
		"who met in Velmora on September 14, 2025":    {"Lena Hart", "Oskar Blum"},
		"who was at the Harlow summit?":               {"Dan Okoro", "Ines Vale", "Piet Moor", "Sara Quell"},
		"who attended the Vale-Okoro talks in Harlow": {"Dan Okoro", "Ines Vale", "Lou Brandt"},
	} {
		ans, err := svc.Ask(context.Background(), q)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		who, ok := ans.Answer.(*WhoAnswer)
		if ans.Intent != IntentWho || !ok {
			t.Fatalf("%q: intent %s, want who", q, ans.Intent)
		}
		if got := names(who.Attendees, func(a Attendee) string { return a.Name }); !slices.Equal(got, want) {
			t.Errorf("%q: attendees %v (answered %q), want %v", q, got, who.Meeting, want)
		}
	}
}

// An attendee is marked inferred only when no merged report has a rule
// placing them; one report saying so in words is enough.
func TestMergeMarksInferredAttendees(t *testing.T) {
	m := func(people ...corpus.Person) corpus.Meeting {
		return corpus.Meeting{Summary: "Geneva talks", Date: "2025-05-10", Place: "Geneva", Attendees: people}
	}
	a := report("a", "2025-05-10", true, "Talks in Geneva", m(
		corpus.Person{Name: "Lena Varga"}, corpus.Person{Name: "Piotr Nowak", Inferred: true}, corpus.Person{Name: "Ines Moura", Inferred: true}))
	b := report("b", "2025-05-10", true, "Geneva talks end", m(
		corpus.Person{Name: "Lena Varga", Inferred: true}, corpus.Person{Name: "Piotr Nowak", Inferred: true}))
	ans := &WhoAnswer{}
	mergeMeetings(ans, []index.MeetingHit{a, b})
	got := map[string]bool{}
	for _, at := range ans.Attendees {
		got[at.Name] = at.Inferred
	}
	want := map[string]bool{"Lena Varga": false, "Piotr Nowak": true, "Ines Moura": true}
	for name, inferred := range want {
		if v, ok := got[name]; !ok || v != inferred {
			t.Errorf("%s: inferred = %v (listed %v), want %v", name, v, ok, inferred)
		}
	}
}
