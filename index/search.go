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
	filter := ix.withDates(filterQuery(typePassage, req.Filter))
	limit, offset := page(req.Limit, req.Offset)

	newReq := func(q query.Query) func(size, from int) *bleve.SearchRequest {
		return func(size, from int) *bleve.SearchRequest {
			fq := withFilter(q, tq.Not, filter)
			if filter == nil {
				fq = &drivenQuery{q: fq, must: q}
			}
			return bleve.NewSearchRequestOptions(fq, size, from, false)
		}
	}
	run := func(q query.Query, relaxed bool) (verified, error) {
		if tq.Verify == nil {
			res, err := ix.ranked(ctx, newReq(q))(limit, offset)
			if err != nil {
				return verified{}, err
			}
			return verified{hits: res.Hits, total: int(res.Total)}, nil
		}
		check := func(ctx context.Context, hits []*search.DocumentMatch) ([]bool, error) {
			docs, err := ix.showHits(ctx, hits, false)
			if err != nil {
				return nil, err
			}
			oks := make([]bool, len(hits))
			for i, h := range hits {
				oks[i] = tq.Verify.ok(docs.texts[h.ID], relaxed)
			}
			return oks, nil
		}
		return ix.verifiedSearch(ctx, newReq(q), check, offset, limit)
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
	docs, err := ix.showHits(ctx, res.hits, true)
	if err != nil {
		return SearchResult{}, fmt.Errorf("index search %.80q: %w", req.Query, err)
	}
	m := newMatcher(ix.analyzer(analyzerText), uq.Must)
	for _, h := range res.hits {
		art, _, n, _ := splitSubID(h.ID)
		text := docs.texts[h.ID]
		spans := m.spans(text)
		out.Hits = append(out.Hits, PassageHit{
			Article:   docs.ref(art),
			Paragraph: n,
			Passage:   text,
			Highlight: Highlight(text, spans),
			Matches:   spans,
			Score:     h.Score,
		})
	}
	return out, nil
}

// showHits reads the paragraphs of passage hits, and with refs their
// articles' references.
func (ix *Index) showHits(ctx context.Context, hits []*search.DocumentMatch, refs bool) (shown, error) {
	var arts, paras []string
	for _, h := range hits {
		if art, _, _, ok := splitSubID(h.ID); ok {
			paras = append(paras, h.ID)
			if refs {
				arts = append(arts, art)
			}
		}
	}
	return ix.show(ctx, arts, paras)
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

// filterQuery narrows a query on fields of one document type to f; it
// never scores, and is nil when f is empty. The document type is not part
// of it: the queries it filters match fields only that type has, and
// leaving it out spares a test against most of the index per hit.
// Articles are filtered to the second, sub-documents by UTC day (dates.go).
func filterQuery(docType string, f Filter) query.Query {
	var qs []query.Query
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
	if src := sourceKey(sanitize(f.Source, MaxQueryBytes)); src != "" {
		qs = append(qs, keyQuery(src))
	}
	switch len(qs) {
	case 0:
		return nil
	case 1:
		return qs[0]
	}
	return query.NewConjunctionQuery(qs)
}
