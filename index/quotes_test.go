package index

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

func quoteTexts(hits []QuoteHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Quote.Text)
	}
	return out
}

func TestQuotes(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	tests := []struct {
		name string
		req  QuoteRequest
		want []string // in order
	}{
		{"all, newest first, in article order", QuoteRequest{Limit: 10}, []string{notYet, gap, step, lecture}},
		{"keyword", QuoteRequest{Keywords: "ceasefire"}, []string{step}},
		{"keyword stemmed", QuoteRequest{Keywords: "listening"}, []string{lecture}},
		{"keyword phrase", QuoteRequest{Keywords: `"first step"`}, []string{step}},
		{"keyword relaxed", QuoteRequest{Keywords: "gap lecture"}, nil}, // checked below: order by score
		{"keyword exclusion only", QuoteRequest{Keywords: "-ceasefire", Limit: 10}, []string{notYet, gap, lecture}},
		{"speaker surname", QuoteRequest{Speaker: "Albers"}, []string{step}},
		{"speaker lower case", QuoteRequest{Speaker: "albers"}, []string{step}},
		{"speaker first name", QuoteRequest{Speaker: "friedrich"}, []string{step}},
		{"speaker full, any order", QuoteRequest{Speaker: "Albers Friedrich"}, []string{step}},
		{"speaker typo retried", QuoteRequest{Speaker: "Alberss"}, []string{step}},
		{"short speaker typo not retried", QuoteRequest{Speaker: "Holz"}, nil},
		{"speaker who said nothing", QuoteRequest{Speaker: "Okonkwo"}, nil},
		{"speaker and keyword", QuoteRequest{Speaker: "Varga", Keywords: "March"}, []string{gap}},
		{"speaker as a role", QuoteRequest{Speaker: "Arland's chief negotiators"}, []string{lecture}},
		{"role and keyword", QuoteRequest{Speaker: "prime minister", Keywords: "water"}, []string{step}},
		{"role needs every word", QuoteRequest{Speaker: "Arland prime minister"}, nil},
		{"one word is no role", QuoteRequest{Speaker: "negotiator"}, nil},
		{"speaker and date", QuoteRequest{Speaker: "Varga", Filter: Filter{Until: day("2025-05-01T00:00:00Z")}}, nil},
		{"date", QuoteRequest{Filter: Filter{Since: day("2025-03-01T00:00:00Z"), Until: day("2025-05-01T00:00:00Z")}, Limit: 10}, []string{step, lecture}},
		{"source", QuoteRequest{Filter: Filter{Source: "coastal times"}}, []string{step}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Quotes(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "keyword relaxed" {
				if !res.Relaxed || res.Total != 2 {
					t.Errorf("relaxed %v total %d", res.Relaxed, res.Total)
				}
				return
			}
			if got := quoteTexts(res.Hits); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
			if res.Total != len(tt.want) {
				t.Errorf("total %d", res.Total)
			}
		})
	}
}

func TestQuoteHitContent(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	res, err := ix.Quotes(context.Background(), QuoteRequest{Keywords: "ceasefire water"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	h := res.Hits[0]
	a := harborArticle()
	if h.Quote != a.Quotes[0] || h.Article != a.Ref() || h.Passage != a.Paragraphs[2] {
		t.Errorf("hit %+v", h)
	}
	if want := "A **ceasefire** on the **water** is the first step, not the last"; h.Highlight != want {
		t.Errorf("highlight %q", h.Highlight)
	}
	// without keywords the quote is escaped, not bolded
	b := harborArticle()
	b.ID, b.URL = "markup-quote", ""
	b.Quotes = []corpus.Quote{{Text: "Deal *done*, @everyone", Speaker: "Yara Okonkwo", Paragraph: 0}}
	if _, err := ix.Upsert(context.Background(), []*corpus.Article{b}); err != nil {
		t.Fatal(err)
	}
	res, err = ix.Quotes(context.Background(), QuoteRequest{Speaker: "Okonkwo"})
	if err != nil || len(res.Hits) != 1 || res.Hits[0].Highlight != `Deal \*done\*, \@everyone` {
		t.Errorf("%+v %v", res, err)
	}
}

func TestQuotesErrors(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	for _, req := range []QuoteRequest{{Speaker: "!!!"}, {Keywords: "the of"}, {Keywords: "*"}} {
		if _, err := ix.Quotes(context.Background(), req); !errors.Is(err, ErrNoTerms) {
			t.Errorf("%+v: err %v, want ErrNoTerms", req, err)
		}
	}
}
