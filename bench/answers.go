package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/parley-bot/parley/answer"
)

// answerLines are Parley's answers to the whole query set, one line per
// query: the hits' article ids, passages' first bytes and scores, in
// order, so that two builds can be compared for identical answers
// (-answers).
func (p *parleyEngine) answerLines(qs querySet) []string {
	ctx := context.Background()
	var out []string
	short := func(s string) string { return strconv.Quote(s[:min(len(s), 40)]) }
	for i, q := range qs.Search {
		var b strings.Builder
		fmt.Fprintf(&b, "search %d %q:", i, q.Text())
		ans, err := p.svc.Search(ctx, answer.SearchParams{Query: q.Text(), Since: q.Since, Until: q.Until, Limit: 5})
		if err != nil {
			fmt.Fprintf(&b, " error %v", err)
		}
		fmt.Fprintf(&b, " total %d", ans.Total)
		for _, h := range ans.Hits {
			fmt.Fprintf(&b, " | %s %s %s", h.Article.ID, short(h.Passage), strconv.FormatFloat(h.Score, 'g', -1, 64))
		}
		out = append(out, b.String())
	}
	for i, q := range qs.QuoteQs {
		var b strings.Builder
		fmt.Fprintf(&b, "quotes %d %q %q:", i, q.Keyword, q.Speaker)
		ans, err := p.svc.Quotes(ctx, answer.QuotesParams{Keyword: q.Keyword, Speaker: q.Speaker, Limit: 5})
		if err != nil {
			fmt.Fprintf(&b, " error %v", err)
		}
		fmt.Fprintf(&b, " total %d", ans.Total)
		for _, h := range ans.Quotes {
			fmt.Fprintf(&b, " | %s %s %s", h.Article.ID, h.Speaker, short(h.Text))
		}
		out = append(out, b.String())
	}
	for i, q := range qs.Who {
		var b strings.Builder
		fmt.Fprintf(&b, "who %d %q:", i, q)
		ans, err := p.svc.Who(ctx, answer.WhoParams{Meeting: q})
		if err != nil {
			fmt.Fprintf(&b, " error %v", err)
		}
		fmt.Fprintf(&b, " %s %s %s", ans.Meeting, ans.Date, ans.Place)
		for _, a := range ans.Attendees {
			fmt.Fprintf(&b, " | %s", a.Name)
		}
		for _, s := range ans.Sources {
			fmt.Fprintf(&b, " | src %s", s.ID)
		}
		out = append(out, b.String())
	}
	return out
}
