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
// A role ("the German chancellor", "Ukraine's president", "NATO
// secretary-general") stands for whoever held it on the day given.
func speakerAliases(sp string, on time.Time) []string {
	if sp == "" {
		return nil
	}
	g := corpus.DefaultGazetteer()
	f, ok := g.Lookup(sp)
	if !ok {
		f, ok = g.LookupSurname(sp, time.Time{})
	}
	if !ok {
		f, ok = roleHolder(g, sp, on)
	}
	if !ok {
		return nil
	}
	return append([]string{f.Name}, f.Aliases...)
}

// roleHolder resolves "German chancellor" or "Ukraine's president" (a
// country or organisation, then a title) to the office holder on a day.
func roleHolder(g *corpus.Gazetteer, role string, on time.Time) (*corpus.Figure, bool) {
	role = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(role, "the "), "The "))
	words := strings.Fields(role)
	for i := len(words) - 1; i >= 1; i-- {
		of := strings.TrimSuffix(strings.TrimSuffix(strings.Join(words[:i], " "), "'s"), "’s")
		title := strings.ToLower(strings.Join(words[i:], " "))
		name := of
		if c, ok := g.Country(of); ok {
			name = c.Name
		} else if o, ok := g.Organisation(of); ok {
			name = o.Name
		} else {
			continue
		}
		if f, ok := g.Holder(name, title, on); ok {
			return f, true
		}
		if title == "leader" {
			if f, ok := g.Leader(name, on); ok {
				return f, true
			}
		}
	}
	return nil, false
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
		SpeakerAliases: speakerAliases(sp, s.now()),
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
	ans := &QuotesAnswer{Keyword: kw, Speaker: sp, Total: res.Total, Quotes: make([]QuoteHit, 0, len(res.Hits)), InPassage: res.InPassage}
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
