package index

import (
	"context"
	"encoding/json"
	"reflect"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// A date filter on sub-documents is a union of day, week, month and year
// keys (pubRangeQuery), and building that union is most of the time of
// a filtered search for a rare word: a few weeks are about 200,000
// documents of the keys field, for a word with a few hundred matches. The
// same filter is a test of the date column every sub-document already has
// (pubcol.go: the publication minute): the UTC day of the minute is in
// the range exactly when one of the keys is, since both come from the
// same time. So when the words match few documents next to the filter
// (predicateShare), filteredQuery takes their matches in order and keeps
// those whose date is in range; otherwise the union leads as before. The
// matches and their scores are the same either way. (Both are now for
// queries without a required term: see datedterm.go.)

// dayRangeQuery is pubRangeQuery's union of keys, with the range it
// tiles, [lo, hi) in minutes since 1900 (sortKey). As a query it is the
// union.
type dayRangeQuery struct {
	keys   []string    // the key terms of the union
	union  query.Query // their disjunction
	lo, hi int64       // minutes since minFilterYear
	pubs   *pubColumns // set by the index (withDates); nil: the union only
}

// newDayRange is pubRangeQuery's result for the days [lo, hi).
func newDayRange(keys []string, lo, hi time.Time) *dayRangeQuery {
	qs := make([]query.Query, len(keys))
	for i, k := range keys {
		qs[i] = keyQuery(k)
	}
	base := time.Date(minFilterYear, 1, 1, 0, 0, 0, 0, time.UTC)
	return &dayRangeQuery{keys: keys, union: query.NewDisjunctionQuery(qs),
		lo: int64(lo.Sub(base) / time.Minute), hi: int64(hi.Sub(base) / time.Minute)}
}

// Searcher implements query.Query: the union.
func (q *dayRangeQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	return q.union.Searcher(ctx, r, m, options)
}

// MarshalJSON writes the union (as the query is shown and tested).
func (q *dayRangeQuery) MarshalJSON() ([]byte, error) { return json.Marshal(q.union) }

// withDates lets the date filters in f use the index's date columns.
func (ix *Index) withDates(f query.Query) query.Query {
	switch q := f.(type) {
	case *dayRangeQuery:
		q.pubs = &ix.pubs
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			ix.withDates(c)
		}
	}
	return f
}

// splitDays takes the date range out of a filter (filterQuery's: a
// dayRangeQuery, alone or in a conjunction), returning it and what else
// the filter asks (nil when nothing).
func splitDays(f query.Query) (*dayRangeQuery, query.Query) {
	switch q := f.(type) {
	case *dayRangeQuery:
		return q, nil
	case *query.ConjunctionQuery:
		var rest []query.Query
		var days *dayRangeQuery
		for _, c := range q.Conjuncts {
			if d, ok := c.(*dayRangeQuery); ok && days == nil {
				days = d
			} else {
				rest = append(rest, c)
			}
		}
		switch {
		case days == nil:
			return nil, f
		case len(rest) == 0:
			return days, nil
		case len(rest) == 1:
			return days, rest[0]
		}
		return days, query.NewConjunctionQuery(rest)
	}
	return nil, f
}

// predicateShare: the date column is tested on every match of the words
// when they have at most 1/predicateShare of the documents of the keys'
// union. Measured at 100,000 articles: scoring a match costs about
// sixteen times what adding a document to the union does, and the union's
// side skips most matches without scoring them (a common word filtered
// to a week was 60 % slower tested match by match; a rare word, four
// times faster).
var predicateShare uint64 = 16

// columns returns the date columns to filter r's matches with, when the
// words' estimated matches (count) are few enough next to the union of
// keys; nil when the union should lead.
func (q *dayRangeQuery) columns(ctx context.Context, r index.IndexReader, count uint64) *pubDates {
	if q.pubs == nil || q.lo <= 0 || q.hi <= q.lo {
		return nil // minute 0 also stands for dates before 1900
	}
	var union uint64
	for _, k := range q.keys {
		tfr, err := r.TermFieldReader(ctx, []byte(k), fKeys, false, false, false)
		if err != nil {
			return nil
		}
		union += tfr.Count()
		_ = tfr.Close()
		if count*predicateShare <= union {
			return q.pubs.forSnapshot(r)
		}
	}
	return nil
}

// has reports whether pubValue v is a minute in the range.
func (q *dayRangeQuery) has(v uint64) bool {
	n := v & 15 // digits in the key: 5, or 8 for quotes (quoteSortKey)
	if v == 0 || n < 5 {
		return false
	}
	m := int64((v &^ (1 << 63)) >> 4 >> (6 * (n - 5)))
	return m >= q.lo && m < q.hi
}

// dated returns the documents of inner published in q's range.
type dated struct {
	inner search.Searcher
	days  *dayRangeQuery
	dates *pubDates
}

// keep returns d, or the first document after it, in range.
func (s *dated) keep(ctx *search.SearchContext, d *search.DocumentMatch) (*search.DocumentMatch, error) {
	for d != nil {
		v, err := s.dates.key(d.IndexInternalID.Value())
		if err != nil {
			return nil, err
		}
		if s.days.has(v) {
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
func (s *dated) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.inner.Next(ctx)
	if err != nil {
		return nil, err
	}
	return s.keep(ctx, d)
}

// Advance implements search.Searcher.
func (s *dated) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.inner.Advance(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.keep(ctx, d)
}

// Close implements search.Searcher.
func (s *dated) Close() error { return s.inner.Close() }

// Weight implements search.Searcher.
func (s *dated) Weight() float64 { return s.inner.Weight() }

// SetQueryNorm implements search.Searcher.
func (s *dated) SetQueryNorm(n float64) { s.inner.SetQueryNorm(n) }

// Count implements search.Searcher (an estimate, as leapfrog's).
func (s *dated) Count() uint64 { return s.inner.Count() }

// Min implements search.Searcher.
func (s *dated) Min() int { return s.inner.Min() }

// Size implements search.Searcher.
func (s *dated) Size() int { return int(reflect.TypeFor[dated]().Size()) + s.inner.Size() }

// DocumentMatchPoolSize implements search.Searcher.
func (s *dated) DocumentMatchPoolSize() int { return s.inner.DocumentMatchPoolSize() + 1 }

// matchEstimate bounds the matches of q from its terms' document counts
// (the rarest term of a conjunction, the sum over a disjunction), which is
// much closer than a searcher's Count (a conjunction's sum) when a rare
// word goes with a common one; ok is false for queries it does not know.
func matchEstimate(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, q query.Query) (n uint64, ok bool) {
	switch q := q.(type) {
	case *query.ConjunctionQuery:
		return estimateAll(ctx, r, m, q.Conjuncts, true)
	case *query.DisjunctionQuery:
		return estimateAll(ctx, r, m, q.Disjuncts, false)
	case *query.TermQuery:
		return termCount(ctx, r, q.Term, q.FieldVal)
	case *query.MatchQuery:
		if q.Fuzziness != 0 || q.Prefix != 0 || q.Analyzer == "" || q.FieldVal == "" {
			return 0, false
		}
		an := m.AnalyzerNamed(q.Analyzer)
		if an == nil {
			return 0, false
		}
		var terms []query.Query
		for _, tok := range an.Analyze([]byte(q.Match)) {
			t := query.NewTermQuery(string(tok.Term))
			t.SetField(q.FieldVal)
			terms = append(terms, t)
		}
		return estimateAll(ctx, r, m, terms, q.Operator == query.MatchQueryOperatorAnd)
	}
	return 0, false
}

// estimateAll is matchEstimate over the clauses of a conjunction (all)
// or a disjunction.
func estimateAll(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, qs []query.Query, all bool) (uint64, bool) {
	if len(qs) == 0 {
		return 0, false
	}
	var n uint64
	for i, c := range qs {
		k, ok := matchEstimate(ctx, r, m, c)
		switch {
		case !ok:
			return 0, false
		case !all:
			n += k
		case i == 0 || k < n:
			n = k
		}
	}
	return n, true
}

// termCount is the number of documents with term in field.
func termCount(ctx context.Context, r index.IndexReader, term, field string) (uint64, bool) {
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0, false
	}
	defer tfr.Close()
	return tfr.Count(), true
}
