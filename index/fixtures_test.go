package index

import (
	"context"
	"testing"
	"time"

	"github.com/parley-bot/parley/corpus"
)

// Test articles, written for these tests: invented countries, people and
// outlets, in the shape of wire copy.

func day(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func genevaArticle() *corpus.Article {
	return &corpus.Article{
		ID:        "geneva-water",
		Title:     "Envoys resume water-sharing talks in Geneva",
		Source:    "Northern Wire",
		URL:       "https://northern.example/geneva-water",
		Published: day("2025-03-10T14:00:00Z"),
		Authors:   []string{"Ida Brandt", "Leo Marsh"},
		Place:     "GENEVA",
		Paragraphs: []string{
			"GENEVA (Northern Wire) — Negotiators from Arland and Bexia resumed talks on Monday over the shared river basin, the first round since the spring floods.",
			"“We came to listen, not to lecture,” said Maren Holt, Arland’s chief negotiator, as she arrived at the Palais des Nations.",
			"Bexian Foreign Minister Tomás Ruelle said security guarantees for the dam operators remained the sticking point.",
			"The talks are expected to last three days. Security around the venue was tight.",
		},
		Quotes: []corpus.Quote{
			{Text: "We came to listen, not to lecture", Speaker: "Maren Holt", Role: "Arland's chief negotiator", Paragraph: 1},
		},
		People: []corpus.Person{{Name: "Maren Holt", Role: "chief negotiator"}, {Name: "Tomás Ruelle", Role: "Foreign Minister"}},
		Meetings: []corpus.Meeting{{
			Summary: "Geneva water talks", Date: "2025-03-10", Place: "Geneva",
			Attendees:  []corpus.Person{{Name: "Maren Holt", Role: "chief negotiator"}, {Name: "Tomás Ruelle", Role: "Foreign Minister"}},
			Absent:     []corpus.Absence{},
			Paragraphs: []int{0, 2},
		}},
	}
}

func harborArticle() *corpus.Article {
	return &corpus.Article{
		ID:        "portmere-summit",
		Title:     "Leaders meet at Portmere harbor summit on fishing rights",
		Source:    "Coastal Times",
		URL:       "https://coastal.example/portmere",
		Published: day("2025-04-02T09:30:00Z"),
		Authors:   []string{"Nora Quist"},
		Place:     "PORTMERE",
		Paragraphs: []string{
			"PORTMERE — Prime Minister Friedrich Albers hosted President Yara Okonkwo at a harbor summit on Wednesday, hoping to end a decade-long dispute over fishing rights.",
			"Albers told reporters the two sides had agreed on a ceasefire at sea for the duration of the talks.",
			"“A ceasefire on the water is the first step, not the last,” Albers said after the meeting.",
			"Okonkwo’s deputy, Samir Dall, joined by video link from the capital.",
		},
		Quotes: []corpus.Quote{
			{Text: "A ceasefire on the water is the first step, not the last", Speaker: "Friedrich Albers", Role: "Prime Minister", Paragraph: 2},
		},
		Meetings: []corpus.Meeting{{
			Summary: "Portmere harbor summit", Date: "2025-04-02", Place: "Portmere",
			Attendees:  []corpus.Person{{Name: "Friedrich Albers", Role: "Prime Minister"}, {Name: "Yara Okonkwo", Role: "President"}},
			Absent:     []corpus.Absence{{Name: "Samir Dall", Note: "by video link"}},
			Paragraphs: []int{0, 3},
		}},
	}
}

func tradeArticle() *corpus.Article {
	return &corpus.Article{
		ID:        "trade-round",
		Title:     "Trade ministers close tariff round without deal",
		Source:    "northern wire", // same outlet, other case
		Published: day("2025-05-20T18:00:00Z"),
		Paragraphs: []string{
			"Trade ministers ended a third round of tariff negotiations without a deal, though both delegations said security guarantees for investors were close.",
			"“We are not there yet,” said trade minister Ilse Varga. “But the gap is narrower than it was in March.”",
		},
		Quotes: []corpus.Quote{
			{Text: "We are not there yet", Speaker: "Ilse Varga", Role: "trade minister", Paragraph: 1},
			{Text: "But the gap is narrower than it was in March.", Speaker: "Ilse Varga", Role: "trade minister", Paragraph: 1},
		},
	}
}

// The fixtures' quotations, as the quote tests expect them.
const (
	lecture = "We came to listen, not to lecture"
	step    = "A ceasefire on the water is the first step, not the last"
	notYet  = "We are not there yet"
	gap     = "But the gap is narrower than it was in March."
)

func fixtures() []*corpus.Article {
	return []*corpus.Article{genevaArticle(), harborArticle(), tradeArticle()}
}

// newTestIndex returns an in-memory index holding arts, closed with the
// test.
func newTestIndex(t testing.TB, arts ...*corpus.Article) *Index {
	t.Helper()
	ix, err := NewMem()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if len(arts) > 0 {
		res, err := ix.Upsert(context.Background(), arts)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Failed) > 0 {
			t.Fatalf("upsert failed: %+v", res.Failed)
		}
	}
	return ix
}
