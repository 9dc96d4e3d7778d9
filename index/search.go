package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// passageTarget is what a passage search matches.
var passageTarget = target{fields: []fieldBoost{{Field: fText, Analyzer: analyzerText}}}

// Search returns matching passages, most relevant first, newest first on
// ties. See the package's query rules (query.go): all words first, any
// word when that finds nothing (SearchResult.Relaxed), ErrNoTerms when
// nothing in the query is searchable.
func (ix *Index) Search(ctx context.Context, req SearchRequest) (SearchResult, error) {
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	done, err := ix.reader()
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search: %w", err)
	}
	defer done()
	uq := parseQuery(req.Query)
	tq, err := buildText(uq, ix.analyzer(analyzerText), passageTarget)
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search: %w", err)
	}
	filter := filterQuery(typePassage, req.Filter)
	limit, offset := page(req.Limit, req.Offset)

	pages := func(q query.Query) pager {
		return ix.ranked(ctx, func(size, from int) *bleve.SearchRequest {
			return bleve.NewSearchRequestOptions(withFilter(q, tq.Not, filter), size, from, false)
		})
	}
	run := func(q query.Query, relaxed bool) (verified, error) {
		if tq.Verify == nil {
			res, err := pages(q)(limit, offset)
			if err != nil {
				return verified{}, err
			}
			return verified{hits: res.Hits, total: int(res.Total)}, nil
		}
		check := func(ctx context.Context, hits []*search.DocumentMatch) ([]bool, error) {
			texts, err := ix.passageTexts(ctx, hits)
			if err != nil {
				return nil, err
			}
			oks := make([]bool, len(hits))
			for i, t := range texts {
				oks[i] = tq.Verify.ok(t, relaxed)
			}
			return oks, nil
		}
		return ix.verifiedSearch(ctx, pages(q), check, offset, limit)
	}
	res, err := run(tq.Strict, false)
	relaxed := false
	if err == nil && res.total == 0 && tq.Relaxed != nil {
		res, err = run(tq.Relaxed, true)
		relaxed = true
	}
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search %.80q: %w", req.Query, err)
	}

	out := SearchResult{Total: res.total, Approx: res.approx, Relaxed: relaxed && res.total > 0, Hits: make([]PassageHit, 0, len(res.hits))}
	texts, bodies, err := ix.passageBodies(ctx, res.hits)
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search %.80q: %w", req.Query, err)
	}
	m := newMatcher(ix.analyzer(analyzerText), uq.Must)
	for i, h := range res.hits {
		art, _, n, _ := splitSubID(h.ID)
		spans := m.spans(texts[i])
		out.Hits = append(out.Hits, PassageHit{
			Article:   bodies[art].reference(),
			Paragraph: n,
			Passage:   texts[i],
			Highlight: Highlight(texts[i], spans),
			Matches:   spans,
			Score:     h.Score,
		})
	}
	return out, nil
}

// passageTexts returns the text of each passage hit.
func (ix *Index) passageTexts(ctx context.Context, hits []*search.DocumentMatch) ([]string, error) {
	texts, _, err := ix.passageBodies(ctx, hits)
	return texts, err
}

// passageBodies returns the text of each passage hit and the bodies of
// their articles.
func (ix *Index) passageBodies(ctx context.Context, hits []*search.DocumentMatch) ([]string, map[string]*body, error) {
	ids := make([]string, 0, len(hits))
	for _, h := range hits {
		if art, _, _, ok := splitSubID(h.ID); ok {
			ids = append(ids, art)
		}
	}
	bodies, err := ix.bodies(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	texts := make([]string, len(hits))
	for i, h := range hits {
		if art, _, n, ok := splitSubID(h.ID); ok {
			texts[i] = bodies[art].paragraph(n)
		}
	}
	return texts, bodies, nil
}

// page applies the defaults and caps to a limit and offset.
func page(limit, offset int) (int, int) {
	switch {
	case limit <= 0:
		limit = DefaultLimit
	case limit > MaxLimit:
		limit = MaxLimit
	}
	switch {
	case offset < 0:
		offset = 0
	case offset > MaxOffset:
		offset = MaxOffset
	}
	return limit, offset
}

// filterQuery selects documents of one type within f; it never scores.
// Articles are filtered to the second, sub-documents by UTC day (dates.go).
func filterQuery(docType string, f Filter) query.Query {
	qs := []query.Query{typeQuery(docType)}
	switch {
	case f.Since.IsZero() && f.Until.IsZero():
	case docType == typeArticle:
		incl, excl := true, false
		dq := query.NewDateRangeInclusiveQuery(f.Since, f.Until, &incl, &excl)
		dq.SetField(fPublished)
		qs = append(qs, dq)
	default:
		qs = append(qs, pubRangeQuery(f.Since, f.Until))
	}
	if src := normSource(sanitize(f.Source, MaxQueryBytes)); src != "" {
		m := query.NewMatchQuery(src)
		m.SetField(fSourceLC)
		m.Analyzer = analyzerKeyLC
		qs = append(qs, m)
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewConjunctionQuery(qs)
}

func typeQuery(docType string) query.Query {
	t := query.NewTermQuery(docType)
	t.SetField(fType)
	return t
}
