package index

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

func meetingSummaries(hits []MeetingHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Meeting.Summary)
	}
	return out
}

// undatedArticle reports a meeting without a date.
func undatedArticle() *corpus.Article {
	return &corpus.Article{
		ID: "undated-call", Title: "Leaders hold call on grain corridor", Source: "Coastal Times",
		Published:  day("2025-06-01T20:00:00Z"),
		Paragraphs: []string{"Yara Okonkwo and Maren Holt spoke by phone about the grain corridor."},
		Meetings: []corpus.Meeting{{Summary: "grain corridor call", Attendees: []corpus.Person{{Name: "Yara Okonkwo"}, {Name: "Maren Holt"}},
			Absent: []corpus.Absence{}, Paragraphs: []int{0}}},
	}
}

func TestMeetings(t *testing.T) {
	ix := newTestIndex(t, append(fixtures(), undatedArticle())...)
	tests := []struct {
		name string
		req  MeetingRequest
		want []string // summaries: the first is first unless want[0] is "any order"
	}{
		{"summary words", MeetingRequest{Query: "Portmere summit"}, []string{"Portmere harbor summit"}},
		{"place and word", MeetingRequest{Query: "talks in Geneva"}, []string{"Geneva water talks"}},
		{"whole question", MeetingRequest{Query: "who was at the harbor summit?"}, []string{"Portmere harbor summit"}},
		{"attendee", MeetingRequest{Query: "Okonkwo"}, []string{"any order", "Portmere harbor summit", "grain corridor call"}},
		{"absent person", MeetingRequest{Query: "Samir Dall"}, []string{"Portmere harbor summit"}},
		{"relaxed", MeetingRequest{Query: "Geneva summit"}, []string{"any order", "Portmere harbor summit", "Geneva water talks"}},
		{"date", MeetingRequest{Query: "summit", Date: "2025-04-02"}, []string{"Portmere harbor summit"}},
		{"wrong date", MeetingRequest{Query: "summit", Date: "2025-03-10"}, nil},
		{"date only", MeetingRequest{Date: "2025-03-10"}, []string{"Geneva water talks"}},
		{"date and only stop words", MeetingRequest{Query: "who was there", Date: "2025-03-10"}, []string{"Geneva water talks"}},
		{"undated, reported that day", MeetingRequest{Query: "grain", Date: "2025-06-01"}, []string{"grain corridor call"}},
		{"undated, reported the next day", MeetingRequest{Query: "grain", Date: "2025-05-31"}, []string{"grain corridor call"}},
		{"undated, reported before", MeetingRequest{Query: "grain", Date: "2025-06-03"}, nil},
		{"days: dated in them", MeetingRequest{Query: "summit", Date: "2025-04-01", DateEnd: "2025-04-03"}, []string{"Portmere harbor summit"}},
		{"days: dated after them", MeetingRequest{Query: "summit", Date: "2025-03-30", DateEnd: "2025-04-01"}, nil},
		{"days: undated, reported on the last", MeetingRequest{Query: "grain", Date: "2025-05-28", DateEnd: "2025-06-01"}, []string{"grain corridor call"}},
		{"days: undated, reported after the day after", MeetingRequest{Query: "grain", Date: "2025-05-25", DateEnd: "2025-05-29"}, nil},
		{"exclusion", MeetingRequest{Query: "Okonkwo -grain"}, []string{"Portmere harbor summit"}},
		{"context: the title's topic", MeetingRequest{Query: "fishing rights summit"}, []string{"Portmere harbor summit"}},
		{"context: a meeting paragraph", MeetingRequest{Query: "river basin talks"}, []string{"Geneva water talks"}},
		{"context: a phrase's words", MeetingRequest{Query: `"river basin"`}, []string{"Geneva water talks"}},
		{"context: not a paragraph of the meeting", MeetingRequest{Query: "Palais des Nations"}, nil},
		{"any word", MeetingRequest{Query: "Portmere Geneva", AnyWord: true}, []string{"any order", "Portmere harbor summit", "Geneva water talks"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Meetings(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			got := meetingSummaries(hits)
			want := tt.want
			anyOrder := len(want) > 0 && want[0] == "any order"
			if anyOrder {
				want = want[1:]
			}
			if !sameSet(got, want) || (!anyOrder && len(got) > 0 && got[0] != want[0]) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestMeetingHitContent(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	hits, err := ix.Meetings(context.Background(), MeetingRequest{Query: "Portmere harbor summit"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("%+v %v", hits, err)
	}
	a := harborArticle()
	h := hits[0]
	if !reflect.DeepEqual(h.Meeting, a.Meetings[0]) || h.Article != a.Ref() || h.Score <= 0 {
		t.Errorf("hit %+v", h)
	}
	want := map[int]string{0: a.Paragraphs[0], 3: a.Paragraphs[3]}
	if !reflect.DeepEqual(h.Evidence, want) {
		t.Errorf("evidence %v", h.Evidence)
	}
}

func TestMeetingsErrors(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	if _, err := ix.Meetings(context.Background(), MeetingRequest{Query: "who was there?"}); !errors.Is(err, ErrNoTerms) {
		t.Errorf("stop words only: %v", err)
	}
	if _, err := ix.Meetings(context.Background(), MeetingRequest{Query: "summit", Date: "2 April"}); err == nil {
		t.Error("bad date accepted")
	}
	for _, end := range []string{"3 April", "2025-03-31", "2025-04-12"} {
		if _, err := ix.Meetings(context.Background(), MeetingRequest{Query: "summit", Date: "2025-04-01", DateEnd: end}); err == nil {
			t.Errorf("date end %q accepted", end)
		}
	}
}

// Keep drops hits after the best one before their articles are read; the
// best one is always kept.
func TestMeetingsKeep(t *testing.T) {
	ix := newTestIndex(t, append(fixtures(), undatedArticle())...)
	ctx := context.Background()
	all, err := ix.Meetings(ctx, MeetingRequest{Query: "Okonkwo"})
	if err != nil || len(all) != 2 {
		t.Fatalf("%d hits, %v; want 2", len(all), err)
	}
	var asked [][2]string
	got, err := ix.Meetings(ctx, MeetingRequest{Query: "Okonkwo", Keep: func(best, m corpus.Meeting) bool {
		asked = append(asked, [2]string{best.Summary, m.Summary})
		return false
	}})
	if err != nil || len(got) != 1 || got[0].Meeting.Summary != all[0].Meeting.Summary || got[0].Article != all[0].Article ||
		!reflect.DeepEqual(got[0].Evidence, all[0].Evidence) {
		t.Fatalf("Keep rejecting all: %+v, %v; want the best hit alone", got, err)
	}
	if want := [][2]string{{all[0].Meeting.Summary, all[1].Meeting.Summary}}; !reflect.DeepEqual(asked, want) {
		t.Errorf("Keep asked about %q, want %q", asked, want)
	}
	got, err = ix.Meetings(ctx, MeetingRequest{Query: "Okonkwo", Keep: func(_, _ corpus.Meeting) bool { return true }})
	if err != nil || !reflect.DeepEqual(meetingSummaries(got), meetingSummaries(all)) || got[1].Article != all[1].Article {
		t.Errorf("Keep accepting all: %v, %v; want %v", meetingSummaries(got), err, meetingSummaries(all))
	}
}

// recallArticle reports a meeting at Harbor Hall and recalls an earlier
// one of two of its people, listed first.
func recallArticle() *corpus.Article {
	return &corpus.Article{
		ID: "recall", Title: "Envoy returns to Harbor Hall for second prisoner talks", Source: "Coastal Times",
		Published: day("2025-07-02T10:00:00Z"),
		Paragraphs: []string{
			"Envoy Ilse Vellmar met Governor Kofi Osei and his aide Pia Brandt at Harbor Hall on Tuesday.",
			"Brandt said the three discussed a list of detainees.",
			"The talks ran for four hours.",
			"Vellmar and Osei first met in March, when their talks ended without a deal.",
		},
		Meetings: []corpus.Meeting{
			{Summary: "Vellmar–Osei talks", Attendees: []corpus.Person{{Name: "Ilse Vellmar"}, {Name: "Kofi Osei"}}, Absent: []corpus.Absence{}, Paragraphs: []int{3}},
			{Summary: "Harbor Hall meeting", Place: "Harbor Hall", Date: "2025-07-01", Attendees: []corpus.Person{{Name: "Ilse Vellmar"}, {Name: "Kofi Osei"}, {Name: "Pia Brandt"}},
				Absent: []corpus.Absence{}, Paragraphs: []int{0, 1}},
		},
	}
}

// Every hit carries its Lead (the indexer stores it); Prefer sees every
// hit with its evidence and body read, and the first hit it prefers to
// the best takes its place before Keep.
func TestMeetingsPrefer(t *testing.T) {
	ix := newTestIndex(t, append(fixtures(), recallArticle())...)
	ctx := context.Background()
	plain, err := ix.Meetings(ctx, MeetingRequest{Query: "Vellmar Osei"})
	if err != nil || len(plain) != 2 || plain[0].Meeting.Summary != "Vellmar–Osei talks" {
		t.Fatalf("%q, %v; want the recalled talks first (their summary names both)", meetingSummaries(plain), err)
	}
	if plain[0].Lead || !plain[1].Lead {
		t.Errorf("Lead %v, %v; want the recalled talks not the lead and Harbor Hall the lead (stored by the indexer, read with every hit)", plain[0].Lead, plain[1].Lead)
	}
	if plain[0].Body != nil || plain[1].Body != nil {
		t.Error("Body read without Prefer")
	}
	leads := map[string]bool{}
	never := func(best, h MeetingHit) bool {
		leads[best.Meeting.Summary], leads[h.Meeting.Summary] = best.Lead, h.Lead
		return false
	}
	got, err := ix.Meetings(ctx, MeetingRequest{Query: "Vellmar Osei", Prefer: never})
	if err != nil || !reflect.DeepEqual(meetingSummaries(got), meetingSummaries(plain)) {
		t.Fatalf("Prefer never: %q, %v; want %q", meetingSummaries(got), err, meetingSummaries(plain))
	}
	if want := map[string]bool{"Vellmar–Osei talks": false, "Harbor Hall meeting": true}; !reflect.DeepEqual(leads, want) {
		t.Errorf("Lead %v, want %v (the meeting of the article's first paragraph leads)", leads, want)
	}
	lead := func(best, h MeetingHit) bool { return h.Lead }
	none := func(best, m corpus.Meeting) bool { return false }
	got, err = ix.Meetings(ctx, MeetingRequest{Query: "Vellmar Osei", Prefer: lead, Keep: none})
	if err != nil || len(got) != 1 || got[0].Meeting.Summary != "Harbor Hall meeting" || !got[0].Lead || got[0].Evidence[0] == "" {
		t.Errorf("Prefer the lead, Keep none: %+v, %v; want the Harbor Hall meeting alone, with its evidence", got, err)
	}
	if len(got) == 1 && !reflect.DeepEqual(got[0].Body, recallArticle().Paragraphs) {
		t.Errorf("Body %q, want the article's paragraphs %q", got[0].Body, recallArticle().Paragraphs)
	}
}

// Loose's hits join the page when no meeting has every word of Query.
func TestMeetingsLoose(t *testing.T) {
	ix := newTestIndex(t, append(fixtures(), undatedArticle())...)
	tests := []struct {
		name string
		req  MeetingRequest
		want []string
	}{
		{"no meeting has every word", MeetingRequest{Query: "Zanthor talks", Loose: "grain"}, []string{"Geneva water talks", "grain corridor call"}},
		{"any word", MeetingRequest{Query: "Zanthor talks", AnyWord: true, Loose: "grain"}, []string{"Geneva water talks", "grain corridor call"}},
		{"a meeting has every word", MeetingRequest{Query: "Geneva talks", Loose: "grain"}, []string{"Geneva water talks"}},
		{"without Loose", MeetingRequest{Query: "Zanthor talks"}, []string{"Geneva water talks"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Meetings(context.Background(), tt.req)
			if got := meetingSummaries(hits); err != nil || !sameSet(got, tt.want) {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// Weigh is given the hits Accept keeps, once, before Order ranks them.
func TestMeetingsWeighBeforeOrder(t *testing.T) {
	ix := newTestIndex(t, append(fixtures(), undatedArticle())...)
	weighed, ordered := -1, 0
	req := MeetingRequest{
		Query:  "Zanthor talks",
		Accept: func(h MeetingHit) bool { return h.Meeting.Summary != "grain corridor call" },
		Weigh: func(hits []MeetingHit) {
			if weighed >= 0 || ordered > 0 {
				t.Errorf("Weigh called again or after Order")
			}
			weighed = len(hits)
			for _, h := range hits {
				if h.Meeting.Summary == "grain corridor call" {
					t.Errorf("Weigh given a hit Accept rejected")
				}
			}
		},
		Order: func(MeetingHit) int { ordered++; return 0 },
	}
	hits, err := ix.Meetings(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if weighed != len(hits) || ordered != len(hits) || len(hits) == 0 {
		t.Errorf("weighed %d hits, ordered %d; returned %d", weighed, ordered, len(hits))
	}
}

// WidenRecalled: when every meeting with all the words is one its article
// recalls, the other meetings of its article with a word follow it
// (judged by Accept), and no other article's (the traders' deal in
// March); without Accept, or when a
// lead meeting has every word, the page is the meetings with every word.
func TestMeetingsWidenRecalled(t *testing.T) {
	other := &corpus.Article{
		ID: "other", Title: "Traders strike a deal in Port Lin", Source: "Wire", Published: day("2025-03-20T10:00:00Z"),
		Paragraphs: []string{"Traders Uma Roth and Eli Sand struck a deal in Port Lin in March."},
		Meetings: []corpus.Meeting{{Summary: "Port Lin talks", Place: "Port Lin", Attendees: []corpus.Person{{Name: "Uma Roth"}, {Name: "Eli Sand"}},
			Absent: []corpus.Absence{}, Paragraphs: []int{0}}},
	}
	ix := newTestIndex(t, append(fixtures(), recallArticle(), other)...)
	ctx := context.Background()
	all := func(MeetingHit) bool { return true }
	tests := []struct {
		name string
		req  MeetingRequest
		want []string
	}{
		{"only the recalled talks have every word", MeetingRequest{Query: "Vellmar March deal", Accept: all, WidenRecalled: true}, []string{"Vellmar–Osei talks", "Harbor Hall meeting"}},
		{"without WidenRecalled", MeetingRequest{Query: "Vellmar March deal", Accept: all}, []string{"Vellmar–Osei talks"}},
		{"without Accept", MeetingRequest{Query: "Vellmar March deal", WidenRecalled: true}, []string{"Vellmar–Osei talks"}},
		{"Accept rejects the others", MeetingRequest{Query: "Vellmar March deal", WidenRecalled: true,
			Accept: func(h MeetingHit) bool { return h.Meeting.Place == "" }}, []string{"Vellmar–Osei talks"}},
		{"the lead has every word", MeetingRequest{Query: "Vellmar Brandt", Accept: all, WidenRecalled: true}, []string{"Harbor Hall meeting"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Meetings(ctx, tt.req)
			if got := meetingSummaries(hits); err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
