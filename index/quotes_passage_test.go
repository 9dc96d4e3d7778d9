package index

import (
	"context"
	"slices"
	"testing"
)

// TestQuotesInPassages checks the fallback for a speaker's words about a
// subject they do not name: with a speaker and keywords that no quotation
// of theirs has, their quotations whose own paragraph has every keyword.
func TestQuotesInPassages(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	tests := []struct {
		name      string
		req       QuoteRequest
		want      []string
		total     int
		inPassage bool
	}{
		{"the paragraph names the subject", QuoteRequest{Speaker: "Holt", Keywords: "Palais"}, []string{lecture}, 1, true},
		{"every keyword in the paragraph", QuoteRequest{Speaker: "Holt", Keywords: "Palais Nations"}, []string{lecture}, 1, true},
		{"a phrase in the paragraph", QuoteRequest{Speaker: "Holt", Keywords: `"Palais des Nations"`}, []string{lecture}, 1, true},
		{"one keyword missing from the paragraph", QuoteRequest{Speaker: "Holt", Keywords: "Palais dam"}, nil, 0, false},
		{"the quotation's own words come first", QuoteRequest{Speaker: "Albers", Keywords: "ceasefire"}, []string{step}, 1, false},
		{"no speaker, no fallback", QuoteRequest{Keywords: "Palais"}, nil, 0, false},
		{"only the quotation's own paragraph", QuoteRequest{Speaker: "Varga", Keywords: "tariff"}, nil, 0, false},
		{"another speaker's paragraph", QuoteRequest{Speaker: "Albers", Keywords: "Palais"}, nil, 0, false},
		{"pages", QuoteRequest{Speaker: "Varga", Keywords: "Varga", Limit: 1, Offset: 1}, []string{gap}, 2, true},
		{"first page", QuoteRequest{Speaker: "Varga", Keywords: "Varga", Limit: 1}, []string{notYet}, 2, true},
		{"a typo in a long speaker name, as without keywords", QuoteRequest{Speaker: "Hollt", Keywords: "Palais"}, []string{lecture}, 1, true},
		{"dates still apply", QuoteRequest{Speaker: "Holt", Keywords: "Palais", Filter: Filter{Since: day("2025-04-01T00:00:00Z")}}, nil, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Quotes(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if got := quoteTexts(res.Hits); !slices.Equal(got, tt.want) || res.Total != tt.total || res.InPassage != tt.inPassage {
				t.Errorf("quotes = %q (total %d, in passage %v), want %q (total %d, in passage %v)", got, res.Total, res.InPassage, tt.want, tt.total, tt.inPassage)
			}
			for _, h := range res.Hits {
				if h.Passage == "" || h.Article.Title == "" {
					t.Errorf("hit lacks its passage or article: %+v", h)
				}
			}
		})
	}
}
