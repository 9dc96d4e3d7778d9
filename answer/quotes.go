package answer

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/parley-bot/parley/index"
)

// Quotes returns quotations matching p.Keyword and p.Speaker; with neither,
// the newest quotations.
func (s *Service) Quotes(ctx context.Context, p QuotesParams) (*QuotesAnswer, error) {
	since, until, err := dayRange(p.Since, p.Until)
	if err != nil {
		return nil, err
	}
	kw, sp := strings.TrimSpace(p.Keyword), strings.TrimSpace(p.Speaker)
	res, err := s.idx.Quotes(ctx, index.QuoteRequest{
		Keywords: kw,
		Speaker:  sp,
		Filter:   index.Filter{Since: since, Until: until},
		Limit:    p.Limit,
		Offset:   p.Offset,
	})
	if errors.Is(err, index.ErrNoTerms) {
		return &QuotesAnswer{Keyword: kw, Speaker: sp, Quotes: []QuoteHit{}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("quotes %q by %q: %w", kw, sp, err)
	}
	ans := &QuotesAnswer{Keyword: kw, Speaker: sp, Total: res.Total, Quotes: make([]QuoteHit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		ans.Quotes = append(ans.Quotes, QuoteHit{
			Text:      h.Quote.Text,
			Speaker:   h.Quote.Speaker,
			Role:      h.Quote.Role,
			Article:   h.Article,
			Passage:   h.Passage,
			Highlight: h.Highlight,
		})
	}
	return ans, nil
}
