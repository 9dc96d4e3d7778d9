package answer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parley-bot/parley/index"
)

// Search returns the passages matching p.Query.
func (s *Service) Search(ctx context.Context, p SearchParams) (*SearchAnswer, error) {
	q := strings.TrimSpace(p.Query)
	if q == "" {
		return nil, &InputError{Option: "query", Reason: "is empty: give a few words, e.g. security guarantees"}
	}
	since, until, err := dayRange(p.Since, p.Until)
	if err != nil {
		return nil, err
	}
	res, err := s.idx.Search(ctx, index.SearchRequest{
		Query:  q,
		Filter: index.Filter{Since: since, Until: until, Source: strings.TrimSpace(p.Source)},
		Limit:  p.Limit,
		Offset: p.Offset,
	})
	if errors.Is(err, index.ErrNoTerms) {
		// Only stop words or punctuation: nothing can match.
		return &SearchAnswer{Query: q, Hits: []SearchHit{}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	ans := &SearchAnswer{Query: q, Total: res.Total, Hits: make([]SearchHit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		ans.Hits = append(ans.Hits, SearchHit{Article: h.Article, Passage: h.Passage, Highlight: h.Highlight, Score: h.Score})
	}
	return ans, nil
}

// Stats returns corpus and index figures.
func (s *Service) Stats(ctx context.Context) (*StatsAnswer, error) {
	st, err := s.idx.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	return &StatsAnswer{
		Articles:   st.Articles,
		Passages:   st.Passages,
		Quotes:     st.Quotes,
		Meetings:   st.Meetings,
		Sources:    st.Sources,
		First:      formatTime(st.First),
		Last:       formatTime(st.Last),
		IndexBytes: st.IndexBytes,
	}, nil
}

// Suggest returns up to limit completions of prefix for kind (SuggestSpeaker,
// SuggestSource, SuggestMeeting).
func (s *Service) Suggest(ctx context.Context, kind, prefix string, limit int) ([]string, error) {
	switch kind {
	case SuggestSpeaker, SuggestSource, SuggestMeeting:
	default:
		return nil, &InputError{Option: "kind", Value: kind, Reason: "want speaker, source or meeting"}
	}
	out, err := s.idx.Suggest(ctx, kind, strings.TrimSpace(prefix), limit)
	if err != nil {
		return nil, fmt.Errorf("suggest %s: %w", kind, err)
	}
	return out, nil
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
