package index

import (
	"context"
	"reflect"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// A date filter on a query with required words is best tested on their
// postings, before anything is scored. Both ways dayfilter.go had score
// more than they keep when the range is a few weeks of a year whose
// documents are numbered in any order (a bulk ingest of an archive): the
// union of day keys leads, and the scored side is advanced to each of
// its documents and scores the match it lands on, in range or not; or
// every match is scored and its date tested. Here the documents with all
// the required terms (their postings' bitmaps intersected, no frequencies
// or norms) are walked, the date column (pubcol.go, a day in 2 bytes) is
// tested on each, and the scored side is advanced only to documents in
// range (driven.go): what it scores is what is kept. When the union of
// the range's day keys has fewer documents than the rarest term, it is
// cheaper to intersect that union with the terms' bitmaps than to test a
// day per document (dated common words: 6 % less CPU, dated phrases 11 %).
// The matches and their scores are the same (the scored side is
// unchanged; every match has the terms, so their documents in range are
// a superset of the matches in range).

// fieldTerm is a term of a field.
type fieldTerm struct{ field, term string }

// requiredTerms returns terms every match of q has (none when q is not a
// query it knows): a term, a match query's tokens when all are required,
// the terms of a conjunction's clauses.
func requiredTerms(m mapping.IndexMapping, q query.Query) []fieldTerm {
	switch q := q.(type) {
	case *query.TermQuery:
		if q.FieldVal != "" {
			return []fieldTerm{{q.FieldVal, q.Term}}
		}
	case *query.MatchQuery:
		if q.Fuzziness != 0 || q.Prefix != 0 || q.Analyzer == "" || q.FieldVal == "" {
			return nil
		}
		an := m.AnalyzerNamed(q.Analyzer)
		if an == nil {
			return nil
		}
		toks := an.Analyze([]byte(q.Match))
		if len(toks) > 1 && q.Operator != query.MatchQueryOperatorAnd {
			return nil
		}
		out := make([]fieldTerm, len(toks))
		for i, t := range toks {
			out[i] = fieldTerm{q.FieldVal, string(t.Term)}
		}
		return out
	case *query.ConjunctionQuery:
		var out []fieldTerm
		for _, c := range q.Conjuncts {
			out = append(out, requiredTerms(m, c)...)
		}
		return out
	}
	return nil
}

// driver returns an unscored searcher over the documents that have every
// required term of must (their postings' bitmaps intersected, as bleve
// does for filters), and match the also queries, or nil when must has
// fewer than minTerms of them.
func driver(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, must query.Query, minTerms int, also ...query.Query) (search.Searcher, error) {
	seen := map[fieldTerm]bool{}
	var qs []query.Query
	for _, ft := range requiredTerms(m, must) {
		if !seen[ft] {
			seen[ft] = true
			tq := query.NewTermQuery(ft.term)
			tq.SetField(ft.field)
			qs = append(qs, tq)
		}
	}
	if len(qs) == 0 || len(qs) < minTerms {
		return nil, nil
	}
	qs = append(qs, also...)
	q := qs[0]
	if len(qs) > 1 {
		q = query.NewConjunctionQuery(qs)
	}
	return q.Searcher(ctx, r, m, search.SearcherOptions{Score: "none"})
}

// rarestWordCount is the number of documents of must's rarest required
// term; ok is false when it has none this package knows.
func rarestWordCount(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, must query.Query) (uint64, bool) {
	var n uint64
	found := false
	for _, ft := range requiredTerms(m, must) {
		if k, ok := termCount(ctx, r, ft.term, ft.field); ok && (!found || k < n) {
			n, found = k, true
		}
	}
	return n, found
}

// unionCount is the number of documents of the union of q's keys (the
// sum of theirs), counted up to limit at most.
func (q *dayRangeQuery) unionCount(ctx context.Context, r index.IndexReader, limit uint64) uint64 {
	var n uint64
	for _, k := range q.keys {
		c, ok := termCount(ctx, r, k, fKeys)
		if !ok {
			return limit
		}
		if n += c; n >= limit {
			return n
		}
	}
	return n
}

// datedFilter returns the documents of an unscored searcher published in
// a range.
type datedFilter struct {
	inner search.Searcher
	days  *dayRangeQuery
	dates *pubDates
}

// hasDay reports whether a document of pubDay day is in the range; exact
// is false when only its minute can tell (a day of 2079 or later, with a
// range that reaches it). The range's bounds are whole days
// (pubRangeQuery; datedByTerm checks): a minute m is in [lo, hi) when its
// day m/minutesPerDay is in [lo/minutesPerDay, hi/minutesPerDay), and its
// pubDay is that day plus one.
func (q *dayRangeQuery) hasDay(day uint16) (in, exact bool) {
	if day == maxPubDay && q.hi/minutesPerDay >= maxPubDay {
		return false, false
	}
	d := int64(day)
	return d > q.lo/minutesPerDay && d <= q.hi/minutesPerDay, true
}

// keep returns d, or the first document after it, in range.
func (s *datedFilter) keep(ctx *search.SearchContext, d *search.DocumentMatch) (*search.DocumentMatch, error) {
	for d != nil {
		n := d.IndexInternalID.Value()
		day, err := s.dates.day(n)
		if err != nil {
			return nil, err
		}
		in, exact := s.days.hasDay(day)
		if !exact {
			v, err := s.dates.key(n)
			if err != nil {
				return nil, err
			}
			in = s.days.has(v)
		}
		if in {
			return d, nil
		}
		ctx.DocumentMatchPool.Put(d)
		if d, err = s.inner.Next(ctx); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// Next implements search.Searcher.
func (s *datedFilter) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.inner.Next(ctx)
	if err != nil {
		return nil, err
	}
	return s.keep(ctx, d)
}

// Advance implements search.Searcher.
func (s *datedFilter) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.inner.Advance(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.keep(ctx, d)
}

// Close implements search.Searcher.
func (s *datedFilter) Close() error { return s.inner.Close() }

// Weight implements search.Searcher: a filter has none.
func (s *datedFilter) Weight() float64 { return 0 }

// SetQueryNorm implements search.Searcher.
func (s *datedFilter) SetQueryNorm(float64) {}

// Count implements search.Searcher (an upper bound).
func (s *datedFilter) Count() uint64 { return s.inner.Count() }

// Min implements search.Searcher.
func (s *datedFilter) Min() int { return 0 }

// Size implements search.Searcher.
func (s *datedFilter) Size() int { return int(reflect.TypeFor[datedFilter]().Size()) + s.inner.Size() }

// DocumentMatchPoolSize implements search.Searcher.
func (s *datedFilter) DocumentMatchPoolSize() int { return s.inner.DocumentMatchPoolSize() + 1 }
