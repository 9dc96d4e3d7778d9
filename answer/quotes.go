package answer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// speakerAliases are the other spellings of a known figure's name
// ("Zelensky", "Zelenskiy" for "Zelenskyy"), so a speaker filter finds
// quotes from articles that spell it another way.
func speakerAliases(sp string) []string {
	if sp == "" {
		return nil
	}
	g := corpus.DefaultGazetteer()
	f, ok := g.Lookup(sp)
	if !ok {
		if f, ok = g.LookupSurname(sp, time.Time{}); !ok {
			return nil
		}
	}
	return append([]string{f.Name}, f.Aliases...)
}

// Quotes returns quotations matching p.Keyword and p.Speaker; with neither,
// the newest quotations.
func (s *Service) Quotes(ctx context.Context, p QuotesParams) (*QuotesAnswer, error) {
	since, until, err := dayRange(p.Since, p.Until)
	if err != nil {
		return nil, err
	}
	kw, sp := strings.TrimSpace(p.Keyword), strings.TrimSpace(p.Speaker)
	res, err := s.idx.Quotes(ctx, index.QuoteRequest{
		Keywords:       kw,
		Speaker:        sp,
		SpeakerAliases: speakerAliases(sp),
		Filter:         index.Filter{Since: since, Until: until},
		Limit:          p.Limit,
		Offset:         p.Offset,
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
