package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// passageFields are what a passage search matches.
var passageFields = []fieldBoost{{Field: fText, Analyzer: analyzerText}}

// Search returns matching passages, most relevant first, newest first on
// ties. See the package's query rules (query.go): all words first, any
// word when that finds nothing (SearchResult.Relaxed), ErrNoTerms when
// nothing in the query is searchable.
func (ix *Index) Search(ctx context.Context, req SearchRequest) (SearchResult, error) {
	done, err := ix.reader()
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search: %w", err)
	}
	defer done()
	tq, err := buildText(parseQuery(req.Query), ix.analyzer(analyzerText), passageFields)
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search: %w", err)
	}
	filter := filterQuery(typePassage, req.Filter)
	limit, offset := page(req.Limit, req.Offset)

	run := func(q query.Query) (*bleve.SearchResult, error) {
		sr := bleve.NewSearchRequestOptions(withFilter(q, tq.Not, filter), limit, offset, false)
		sr.Fields = []string{fText}
		sr.IncludeLocations = true
		sr.SortBy([]string{"-_score", "-" + fPublished})
		return ix.search(ctx, sr)
	}
	res, err := run(tq.Strict)
	relaxed := false
	if err == nil && res.Total == 0 && tq.Relaxed != nil {
		res, err = run(tq.Relaxed)
		relaxed = true
	}
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search %q: %w", req.Query, err)
	}

	out := SearchResult{Total: int(res.Total), Relaxed: relaxed, Hits: make([]PassageHit, 0, len(res.Hits))}
	ids := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		if art, _, _, ok := splitSubID(h.ID); ok {
			ids = append(ids, art)
		}
	}
	refs, err := ix.refs(ctx, ids)
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search %q: %w", req.Query, err)
	}
	for _, h := range res.Hits {
		art, _, n, ok := splitSubID(h.ID)
		if !ok {
			continue
		}
		text := fieldString(h, fText)
		spans := spansFrom(h, fText, text)
		out.Hits = append(out.Hits, PassageHit{
			Article:   refs[art],
			Paragraph: n,
			Passage:   text,
			Highlight: Highlight(text, spans),
			Matches:   spans,
			Score:     h.Score,
		})
	}
	return out, nil
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
func filterQuery(docType string, f Filter) query.Query {
	qs := []query.Query{typeQuery(docType)}
	if !f.Since.IsZero() || !f.Until.IsZero() {
		incl, excl := true, false
		dq := query.NewDateRangeInclusiveQuery(f.Since, f.Until, &incl, &excl)
		dq.SetField(fPublished)
		qs = append(qs, dq)
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

// sortNewest orders by publication, newest first (undated last).
func sortNewest() search.SortOrder {
	return search.SortOrder{&search.SortField{Field: fPublished, Type: search.SortFieldAsDate, Desc: true, Missing: search.SortFieldMissingLast}}
}
