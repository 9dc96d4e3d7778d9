package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/corpus"
)

// Test answer sources. fixture answers from plain values (the answer
// layer's contract), for rendering and transport tests; slow and panicky
// wrap any Answerer to exercise deadlines and recovery.

var (
	refGrain = corpus.Ref{ID: "a1", Title: "Envoys agree to extend grain corridor talks", Source: "Harbor Wire",
		URL: "https://news.example.com/2025/03/14/grain-talks", Published: time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC), Author: "Lena Ortiz"}
	refSummit = corpus.Ref{ID: "a2", Title: "Anchorage summit ends without a ceasefire deal", Source: "Northern Ledger",
		URL: "https://ledger.example.org/world/anchorage-summit", Published: time.Date(2025, 8, 16, 18, 30, 0, 0, time.UTC)}
	// refHostile carries everything article text should never do to a
	// Discord message: pings, markdown that breaks layout, a script URL,
	// and lengths over every limit.
	refHostile = corpus.Ref{ID: "a3",
		Title:  "@everyone **BREAKING** [click](javascript:alert(1)) " + strings.Repeat("very long headline ", 20),
		Source: "The " + strings.Repeat("Extremely Verbose ", 150) + "Gazette",
		URL:    "javascript:alert(1)", Published: time.Date(2025, 8, 17, 0, 0, 0, 0, time.UTC),
		Author: strings.Repeat("Someone ", 50)}
)

// hostileText is a paragraph of adversarial article text.
var hostileText = "@everyone @here <@123456789> <@&42> ||spoiler|| `code` ~~gone~~ __under__ *it* \\ back\\slash " +
	"# not a heading\n> not a quote\n- not a list " + strings.Repeat("The delegations met again on Tuesday to discuss the ceasefire talks. ", 90)

// hl is what the index's highlighter gives: escaped text with the term in
// **bold**.
func hl(passage, term string) string {
	esc := escapeMarkdown(passage)
	return strings.ReplaceAll(esc, term, "**"+term+"**")
}

type fixture struct {
	mu    sync.Mutex
	calls []string
}

func (f *fixture) record(s string) {
	f.mu.Lock()
	f.calls = append(f.calls, s)
	f.mu.Unlock()
}

func searchPool() []answer.SearchHit {
	ps := []struct {
		ref corpus.Ref
		p   string
	}{
		{refSummit, "The two leaders spent three hours in Anchorage, and aides said the ceasefire talks would continue by phone."},
		{refGrain, "Negotiators in Istanbul said the ceasefire talks and the grain corridor were now being handled together."},
		{refHostile, hostileText},
		{refSummit, "No ceasefire talks date was announced; the foreign ministers are expected to meet again in Geneva."},
		{refGrain, "A senior envoy described the ceasefire talks as slow but serious."},
		{refGrain, "Observers said the harbour inspections were a test of the wider ceasefire talks."},
		{refSummit, "Security was tight in Anchorage as the motorcade arrived for the ceasefire talks."},
	}
	var hits []answer.SearchHit
	for i := 0; i < 12; i++ {
		x := ps[i%len(ps)]
		hits = append(hits, answer.SearchHit{Article: x.ref, Passage: x.p, Highlight: hl(x.p, "ceasefire talks"), Score: 10 - float64(i)/2})
	}
	return hits
}

func page[T any](xs []T, limit, offset int) []T {
	if limit == 0 {
		limit = 5
	}
	if offset > len(xs) {
		return nil
	}
	return xs[offset:min(offset+limit, len(xs))]
}

func badDate(opt, v string) error {
	if v == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		return &answer.InputError{Option: opt, Value: v, Reason: "not a date (use YYYY-MM-DD)"}
	}
	return nil
}

func (f *fixture) Search(ctx context.Context, p answer.SearchParams) (*answer.SearchAnswer, error) {
	f.record("search:" + p.Query)
	for _, e := range []error{badDate("since", p.Since), badDate("until", p.Until)} {
		if e != nil {
			return nil, e
		}
	}
	pool := searchPool()
	if !strings.Contains(p.Query, "ceasefire") {
		pool = nil
	}
	return &answer.SearchAnswer{Query: p.Query, Total: len(pool), Hits: page(pool, p.Limit, p.Offset)}, nil
}

func quotePool() []answer.QuoteHit {
	return []answer.QuoteHit{
		{Text: "We are not going to sign a ceasefire that freezes the front line", Speaker: "Mara Vance", Role: "foreign minister",
			Article: refSummit, Highlight: "We are not going to sign a **ceasefire** that freezes the front line"},
		{Text: "A ceasefire is the beginning of the work, not the end", Speaker: "Tomas Reyes", Role: "UN envoy", Article: refGrain},
		{Text: hostileText, Speaker: "@everyone", Role: strings.Repeat("spokesperson ", 40), Article: refHostile},
	}
}

func (f *fixture) Quotes(ctx context.Context, p answer.QuotesParams) (*answer.QuotesAnswer, error) {
	f.record("quotes:" + p.Keyword)
	pool := quotePool()
	return &answer.QuotesAnswer{Keyword: p.Keyword, Speaker: p.Speaker, Total: len(pool), Quotes: page(pool, p.Limit, p.Offset)}, nil
}

// whoAsked is whoSummit answering a question about one person, named as
// the user typed it (markdown and a mention in it).
func whoAsked(name string) *answer.WhoAnswer {
	w := whoSummit()
	w.Asked = &answer.AskedAbout{Name: name, Status: answer.AskedNotNamed}
	return w
}

func whoSummit() *answer.WhoAnswer {
	return &answer.WhoAnswer{
		Meeting: "Anchorage summit", Date: "2025-08-15", Place: "Anchorage, Alaska",
		Attendees: []answer.Attendee{
			{Name: "Mara Vance", Role: "foreign minister", Evidence: []answer.Evidence{{Article: refSummit, Passage: "Vance arrived in Anchorage on Friday morning with a small delegation."}}},
			{Name: "Tomas Reyes", Role: "UN envoy", Evidence: []answer.Evidence{{Article: refGrain, Passage: "Reyes joined the leaders for the afternoon session."}}, Inferred: true},
			{Name: "@everyone", Role: "||ghost||", Evidence: []answer.Evidence{{Article: refHostile, Passage: hostileText}}},
		},
		Absent: []answer.Absentee{{Name: "Ilya Petrov", Note: "joined by phone"}},
		Others: []answer.OtherMeeting{{Meeting: "Anchorage *working* dinner", Date: "2025-08-14", Place: "Anchorage", Article: corpus.Ref{ID: "o1", Title: "@everyone: dinner before the summit"}}},
	}
}

func (f *fixture) Who(ctx context.Context, p answer.WhoParams) (*answer.WhoAnswer, error) {
	f.record("who:" + p.Meeting)
	if !strings.Contains(strings.ToLower(p.Meeting), "anchorage") {
		return &answer.WhoAnswer{Meeting: p.Meeting}, nil
	}
	return whoSummit(), nil
}

func (f *fixture) Ask(ctx context.Context, q string) (*answer.AskAnswer, error) {
	f.record("ask:" + q)
	if strings.HasPrefix(strings.ToLower(q), "who") {
		return &answer.AskAnswer{Intent: "who", Answer: whoSummit()}, nil
	}
	a, err := f.Search(ctx, answer.SearchParams{Query: q})
	return &answer.AskAnswer{Intent: "search", Answer: a}, err
}

func (f *fixture) Digest(ctx context.Context, p answer.DigestParams) (*answer.DigestAnswer, error) {
	f.record("digest:" + p.Date)
	if err := badDate("date", p.Date); err != nil {
		return nil, err
	}
	tz := p.TZ
	if tz == "" {
		tz = "UTC"
	}
	d := &answer.DigestAnswer{Date: p.Date, TZ: tz}
	for i := 0; i < 7; i++ {
		d.Articles = append(d.Articles, answer.DigestArticle{
			Article: []corpus.Ref{refSummit, refGrain, refHostile}[i%3],
			Summary: "Talks resumed with both delegations present; no agreement was signed.",
			Quotes:  quotePool()[:2],
			Meetings: []corpus.Meeting{{Summary: "Anchorage summit", Date: "2025-08-15", Place: "Anchorage",
				Attendees: []corpus.Person{{Name: "Mara Vance", Role: "foreign minister"}}}},
		})
	}
	return d, nil
}

func (f *fixture) Stats(ctx context.Context) (*answer.StatsAnswer, error) {
	return &answer.StatsAnswer{Articles: 3, Passages: 40, Quotes: 9, Meetings: 2, Sources: 3, First: "2025-03-14", Last: "2025-08-17", IndexBytes: 123456}, nil
}

func (f *fixture) Suggest(ctx context.Context, kind, prefix string, limit int) ([]string, error) {
	f.record("suggest:" + kind + ":" + prefix)
	var out []string
	for i := 0; i < 40 && len(out) < limit; i++ {
		out = append(out, fmt.Sprintf("Mara Vance %d %s", i, strings.Repeat("the elder ", i)))
	}
	return out, nil
}

// slow delays every answer, to exercise deferred responses.
type slow struct {
	Answerer
	delay time.Duration
}

func (s slow) wait(ctx context.Context) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
	}
}

func (s slow) Search(ctx context.Context, p answer.SearchParams) (*answer.SearchAnswer, error) {
	s.wait(ctx)
	return s.Answerer.Search(ctx, p)
}

func (s slow) Who(ctx context.Context, p answer.WhoParams) (*answer.WhoAnswer, error) {
	s.wait(ctx)
	return s.Answerer.Who(ctx, p)
}

func (s slow) Suggest(ctx context.Context, kind, prefix string, limit int) ([]string, error) {
	s.wait(ctx)
	return s.Answerer.Suggest(ctx, kind, prefix, limit)
}

// panicky panics in Search, to exercise recovery.
type panicky struct{ Answerer }

func (panicky) Search(context.Context, answer.SearchParams) (*answer.SearchAnswer, error) {
	panic("index exploded")
}
