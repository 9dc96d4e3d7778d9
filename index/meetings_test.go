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
