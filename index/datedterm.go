package index

import (
	"context"
	"reflect"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// A date filter on a query with a required word is best tested on that
// word's postings, before anything is scored. Both ways dayfilter.go had
// score more than they keep when the range is a few weeks of a year whose
// documents are numbered in any order (a bulk ingest of an archive): the
// union of day keys leads, and the scored side is advanced to each of
// its documents and scores the match it lands on, in range or not; or
// every match is scored and its date tested. Here the rarest required
// term's postings are walked without frequencies or norms, the date
// column (pubcol.go) is tested on each, and the scored side is advanced
// only to documents in range: what it scores is what is kept. The matches
// and their scores are the same (the scored side is unchanged; every
// match has the term, so the term in range is a superset of the matches
// in range).

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

// rarestTerm is the required term of q in the fewest documents of r; ok
// is false when q has none this package knows.
func rarestTerm(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, q query.Query) (fieldTerm, bool) {
	var best fieldTerm
	var bestN uint64
	found := false
	for _, ft := range requiredTerms(m, q) {
		n, ok := termCount(ctx, r, ft.term, ft.field)
		if ok && (!found || n < bestN) {
			best, bestN, found = ft, n, true
		}
	}
	return best, found
}

// datedTerm returns the documents of a term's postings published in a
// range, unscored: a filter for leapfrog.
type datedTerm struct {
	tfr   index.TermFieldReader
	days  *dayRangeQuery
	dates *pubDates
	tfd   index.TermFieldDoc
}

func newDatedTerm(ctx context.Context, r index.IndexReader, ft fieldTerm, days *dayRangeQuery, dates *pubDates) (*datedTerm, error) {
	tfr, err := r.TermFieldReader(ctx, []byte(ft.term), ft.field, false, false, false)
	if err != nil {
		return nil, err
	}
	return &datedTerm{tfr: tfr, days: days, dates: dates}, nil
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

// keep returns the current posting, or the first after it, in range.
func (s *datedTerm) keep(ctx *search.SearchContext, tfd *index.TermFieldDoc) (*search.DocumentMatch, error) {
	var err error
	for tfd != nil {
		n := tfd.ID.Value()
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
			d := ctx.DocumentMatchPool.Get()
			d.IndexInternalID = append(d.IndexInternalID[:0], tfd.ID...)
			return d, nil
		}
		if tfd, err = s.tfr.Next(&s.tfd); err != nil {
			return nil, err
		}
	}
	return nil, err
}

// Next implements search.Searcher.
func (s *datedTerm) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	tfd, err := s.tfr.Next(&s.tfd)
	if err != nil {
		return nil, err
	}
	return s.keep(ctx, tfd)
}

// Advance implements search.Searcher.
func (s *datedTerm) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	tfd, err := s.tfr.Advance(id, &s.tfd)
	if err != nil {
		return nil, err
	}
	return s.keep(ctx, tfd)
}

// Close implements search.Searcher.
func (s *datedTerm) Close() error { return s.tfr.Close() }

// Weight implements search.Searcher: a filter has none.
func (s *datedTerm) Weight() float64 { return 0 }

// SetQueryNorm implements search.Searcher.
func (s *datedTerm) SetQueryNorm(float64) {}

// Count implements search.Searcher (the term's documents, an upper bound).
func (s *datedTerm) Count() uint64 { return s.tfr.Count() }

// Min implements search.Searcher.
func (s *datedTerm) Min() int { return 0 }

// Size implements search.Searcher.
func (s *datedTerm) Size() int { return int(reflect.TypeFor[datedTerm]().Size()) + s.tfr.Size() }

// DocumentMatchPoolSize implements search.Searcher.
func (s *datedTerm) DocumentMatchPoolSize() int { return 1 }

// driven returns the documents of scored that filter also has, with
// scored's scores, led by the filter: scored is advanced to each of the
// filter's documents in turn and never moved past one by itself, so when
// the filter's documents are few, so are the documents scored (leapfrog
// moves scored first, scoring its next match before looking at the
// filter).
type driven struct {
	scored, filter search.Searcher
}

// Next implements search.Searcher.
func (s *driven) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	f, err := s.filter.Next(ctx)
	if err != nil {
		return nil, err
	}
	return s.align(ctx, f)
}

// Advance implements search.Searcher.
func (s *driven) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	f, err := s.filter.Advance(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.align(ctx, f)
}

// align returns the first document of scored at or after the filter's
// document f that the filter has too.
func (s *driven) align(ctx *search.SearchContext, f *search.DocumentMatch) (*search.DocumentMatch, error) {
	for f != nil {
		d, err := s.scored.Advance(ctx, f.IndexInternalID)
		if err != nil || d == nil {
			ctx.DocumentMatchPool.Put(f)
			return nil, err
		}
		c := d.IndexInternalID.Compare(f.IndexInternalID)
		ctx.DocumentMatchPool.Put(f)
		if c == 0 {
			return d, nil
		}
		// scored is ahead: the filter skips to it
		if f, err = s.filter.Advance(ctx, d.IndexInternalID); err != nil || f == nil {
			ctx.DocumentMatchPool.Put(d)
			return nil, err
		}
		if f.IndexInternalID.Equals(d.IndexInternalID) {
			ctx.DocumentMatchPool.Put(f)
			return d, nil
		}
		ctx.DocumentMatchPool.Put(d)
	}
	return nil, nil
}

// Close implements search.Searcher.
func (s *driven) Close() error {
	err := s.scored.Close()
	if ferr := s.filter.Close(); err == nil {
		err = ferr
	}
	return err
}

// Weight implements search.Searcher: the filter has none.
func (s *driven) Weight() float64 { return s.scored.Weight() }

// SetQueryNorm implements search.Searcher.
func (s *driven) SetQueryNorm(n float64) { s.scored.SetQueryNorm(n) }

// Count implements search.Searcher (an estimate).
func (s *driven) Count() uint64 { return min(s.scored.Count(), s.filter.Count()) }

// Min implements search.Searcher.
func (s *driven) Min() int { return s.scored.Min() }

// Size implements search.Searcher.
func (s *driven) Size() int {
	return int(reflect.TypeFor[driven]().Size()) + s.scored.Size() + s.filter.Size()
}

// DocumentMatchPoolSize implements search.Searcher.
func (s *driven) DocumentMatchPoolSize() int {
	return s.scored.DocumentMatchPoolSize() + s.filter.DocumentMatchPoolSize() + 1
}
