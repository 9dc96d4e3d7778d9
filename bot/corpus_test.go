package bot

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// Articles for the end-to-end tests, written for them: invented people,
// places and outlets, plus one hostile article (mentions, markdown, a
// script URL, lengths over every limit). They are ingested through the
// answer layer (IngestArticles, which runs the extractor and replaces the
// hand-filled quotes and meetings below with what it finds), so the
// assertions hold for what the real extractor makes of them.

func testArticles() []*corpus.Article {
	at := func(s string) time.Time {
		t, _ := time.Parse(time.RFC3339, s)
		return t
	}
	summit := &corpus.Article{
		Title: "Anchorage summit ends without a ceasefire deal", Source: "Northern Ledger",
		URL: "https://ledger.example.org/world/anchorage-summit", Published: at("2025-08-16T18:30:00Z"),
		Authors: []string{"Lena Ortiz"}, Place: "ANCHORAGE",
		Paragraphs: []string{
			"ANCHORAGE — The leaders of Veskaria and Dorn met for three hours in Anchorage on Friday, and aides said the ceasefire talks would continue by phone.",
			"“We are not going to sign a ceasefire that freezes the front line,” said Mara Vance, Veskaria's foreign minister, after the meeting.",
			"Tomas Reyes, the UN envoy, joined the leaders for the afternoon session. Dorn's deputy premier, Ilya Petrov, took part by phone.",
			"No date was set for the next round of ceasefire talks; the foreign ministers are expected to meet again in Geneva.",
			"Security was tight as the motorcades arrived for the ceasefire talks at the convention centre.",
		},
		Quotes: []corpus.Quote{{Text: "We are not going to sign a ceasefire that freezes the front line", Speaker: "Mara Vance", Role: "foreign minister", Paragraph: 1}},
		People: []corpus.Person{{Name: "Mara Vance", Role: "foreign minister"}, {Name: "Tomas Reyes", Role: "UN envoy"}, {Name: "Ilya Petrov", Role: "deputy premier"}},
		Meetings: []corpus.Meeting{{
			Summary: "Anchorage summit", Date: "2025-08-15", Place: "Anchorage",
			Attendees:  []corpus.Person{{Name: "Mara Vance", Role: "foreign minister"}, {Name: "Tomas Reyes", Role: "UN envoy"}},
			Absent:     []corpus.Absence{{Name: "Ilya Petrov", Note: "by phone"}},
			Paragraphs: []int{0, 2},
		}},
	}
	grain := &corpus.Article{
		Title: "Envoys agree to extend grain corridor talks", Source: "Harbor Wire",
		URL: "https://news.example.com/2025/03/14/grain-talks", Published: at("2025-03-14T09:00:00Z"),
		Paragraphs: []string{
			"Negotiators in Istanbul said the ceasefire talks and the grain corridor were now being handled together.",
			"“A ceasefire is the beginning of the work, not the end,” said Tomas Reyes, the UN envoy.",
			"A senior envoy described the ceasefire talks as slow but serious.",
			"Observers said the harbour inspections were a test of the wider ceasefire talks.",
		},
		Quotes: []corpus.Quote{{Text: "A ceasefire is the beginning of the work, not the end", Speaker: "Tomas Reyes", Role: "UN envoy", Paragraph: 1}},
	}
	hostile := &corpus.Article{
		Title:  "@everyone **BREAKING** [click](javascript:alert(1)) " + strings.Repeat("very long headline ", 20),
		Source: "The " + strings.Repeat("Extremely Verbose ", 150) + "Gazette",
		URL:    "javascript:alert(1)", Published: at("2025-08-16T07:00:00Z"),
		Authors: []string{strings.Repeat("Someone ", 50)},
		Paragraphs: []string{
			hostileText,
			"“@everyone the ceasefire talks are " + strings.Repeat("very ", 300) + "serious,” said Mara Vance.",
		},
		Quotes: []corpus.Quote{{Text: "@everyone the ceasefire talks are " + strings.Repeat("very ", 300) + "serious", Speaker: "Mara Vance", Role: strings.Repeat("spokesperson ", 40), Paragraph: 1}},
	}
	arts := []*corpus.Article{summit, grain, hostile}
	for _, a := range arts {
		a.AssignID()
	}
	return arts
}

// serviceWith returns the answer layer over a fresh in-memory index into
// which arts were ingested (extraction included).
func serviceWith(t testing.TB, idx *index.Index, arts []*corpus.Article) *answer.Service {
	t.Helper()
	now := func() time.Time { return time.Date(2025, 8, 17, 12, 0, 0, 0, time.UTC) }
	svc := answer.New(idx, now)
	if _, err := svc.IngestArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	return svc
}

// realService is the answer layer over a real in-memory index of
// testArticles.
func realService(t testing.TB) *answer.Service {
	t.Helper()
	idx, err := index.NewMem()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	return serviceWith(t, idx, testArticles())
}

// generatedArticles makes n varied negotiation articles for benchmarks.
func generatedArticles(n int) []*corpus.Article {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	places := []string{"Geneva", "Vienna", "Doha", "Oslo", "Anchorage", "Istanbul", "Nairobi", "Jakarta", "Lima", "Riga"}
	topics := []string{"ceasefire", "grain corridor", "nuclear programme", "tariff schedule", "prisoner exchange", "border demarcation", "water sharing", "fishing rights"}
	people := []string{"Mara Vance", "Tomas Reyes", "Ilya Petrov", "Ana Sorel", "Kofi Mensah", "Lin Wei", "Sara Holm", "Omar Haddad", "Ines Duarte", "Jon Berg"}
	roles := []string{"foreign minister", "UN envoy", "chief negotiator", "prime minister", "trade minister", "deputy premier"}
	outlets := []string{"Northern Ledger", "Harbor Wire", "Coastal Times", "Capital Post", "Evening Dispatch", "Delta Herald"}
	verbs := []string{"resumed", "stalled", "broke down", "moved forward", "were postponed", "ended early"}
	base := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	arts := make([]*corpus.Article, n)
	for i := range arts {
		place, topic, who, role := pick(places), pick(topics), pick(people), pick(roles)
		other := pick(people)
		var paras []string
		paras = append(paras, fmt.Sprintf("%s — Talks on the %s %s in %s on the %dth day of the round, officials said.", strings.ToUpper(place), topic, pick(verbs), place, 1+r.IntN(20)))
		paras = append(paras, fmt.Sprintf("“We will not accept a %s deal that ignores the facts on the ground,” said %s, the %s.", topic, who, role))
		for j := 0; j < 2+r.IntN(4); j++ {
			paras = append(paras, fmt.Sprintf("%s met %s in %s to discuss the %s and the %s; the delegations %s after %d hours.",
				who, other, place, topic, pick(topics), pick(verbs), 1+r.IntN(9)))
		}
		a := &corpus.Article{
			Title:      fmt.Sprintf("%s talks %s in %s (%d)", strings.ToUpper(topic[:1])+topic[1:], pick(verbs), place, i),
			Source:     pick(outlets),
			URL:        fmt.Sprintf("https://news.example.net/%d/%s", i, strings.ReplaceAll(topic, " ", "-")),
			Published:  base.Add(time.Duration(i) * 53 * time.Minute),
			Paragraphs: paras,
			Quotes:     []corpus.Quote{{Text: fmt.Sprintf("We will not accept a %s deal that ignores the facts on the ground", topic), Speaker: who, Role: role, Paragraph: 1}},
			Meetings: []corpus.Meeting{{Summary: place + " talks", Date: base.Add(time.Duration(i) * 53 * time.Minute).Format("2006-01-02"), Place: place,
				Attendees: []corpus.Person{{Name: who, Role: role}, {Name: other}}, Paragraphs: []int{2}}},
		}
		a.AssignID()
		arts[i] = a
	}
	return arts
}
