package index

import (
	"context"
	"reflect"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// filteredQuery is bleve's BooleanQuery with Must, MustNot and Filter,
// with the same matches and the same scores to the bit, searched faster.
// BooleanQuery scores every match of Must and then tests the filter
// document by document, so a common word filtered to a few weeks scores
// a third of the passages to keep a twentieth of them. Here the filter
// leads as much as the query: each side skips to the other's next
// document, and only documents on both are scored. The scoring side is
// built as BooleanQuery builds it when it has a filter (a BooleanSearcher
// over Must and MustNot), which is where the scores come from.
type filteredQuery struct {
	must, not, filter query.Query
}

// boolean is the BooleanQuery q stands for.
func (q *filteredQuery) boolean() *query.BooleanQuery {
	b := query.NewBooleanQuery(nil, nil, nil)
	b.AddMust(q.must)
	if q.not != nil {
		b.AddMustNot(q.not)
	}
	b.AddFilter(q.filter)
	return b
}

// Searcher implements query.Query.
func (q *filteredQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	b := q.boolean()
	var not search.Searcher
	if b.MustNot != nil {
		s, err := b.MustNot.Searcher(ctx, r, m, options)
		if err != nil {
			return nil, err
		}
		if _, none := s.(*searcher.MatchNoneSearcher); none {
			_ = s.Close()
		} else {
			not = s
		}
	}
	must, err := b.Must.Searcher(ctx, r, m, options)
	if err != nil {
		closeAll(not)
		return nil, err
	}
	if _, none := must.(*searcher.MatchNoneSearcher); none {
		// BooleanQuery then matches by the filter alone: leave it to it.
		closeAll(not, must)
		return b.Searcher(ctx, r, m, options)
	}
	scored, err := searcher.NewBooleanSearcher(ctx, r, must, nil, not, options)
	if err != nil {
		closeAll(not, must)
		return nil, err
	}
	// A date range may be tested on a required term's postings
	// (datedterm.go) or on the matches (dayfilter.go).
	if days, rest := splitDays(q.filter); days != nil {
		if s, ok, err := q.datedByTerm(ctx, r, m, scored, days, rest); ok || err != nil {
			return s, err
		}
		count, ok := matchEstimate(ctx, r, m, q.must)
		if !ok {
			count = scored.Count()
		}
		if dates := days.columns(ctx, r, count); dates != nil {
			var inner search.Searcher = scored
			if rest != nil {
				f, err := rest.Searcher(ctx, r, m, search.SearcherOptions{Score: "none"})
				if err != nil {
					closeAll(scored)
					return nil, err
				}
				inner = &leapfrog{scored: scored, filter: f}
			}
			return &dated{inner: inner, days: days, dates: dates}, nil
		}
	}
	// the filter never scores, as in BooleanQuery
	filter, err := q.filter.Searcher(ctx, r, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		closeAll(scored)
		return nil, err
	}
	return &leapfrog{scored: scored, filter: filter}, nil
}

// datedByTerm filters scored by days, led by the documents with all of
// q.must's required terms in range (datedterm.go), and by rest; ok is
// false (nothing done) when the must query has no term this package
// knows or the dates have no columns. On an error scored is closed.
func (q *filteredQuery) datedByTerm(ctx context.Context, r index.IndexReader, m mapping.IndexMapping,
	scored search.Searcher, days *dayRangeQuery, rest query.Query) (search.Searcher, bool, error) {
	if !useDatedTerm || days.pubs == nil || days.lo <= 0 || days.hi <= days.lo ||
		days.lo%minutesPerDay != 0 || days.hi%minutesPerDay != 0 {
		return nil, false, nil
	}
	dates := days.pubs.forSnapshot(r)
	if dates == nil {
		return nil, false, nil
	}
	// The date test costs a look-up per document of the words; when the
	// union of the range's day keys has fewer documents than the rarest
	// word, intersecting it with the words' bitmaps is cheaper.
	var also []query.Query
	if words, ok := rarestWordCount(ctx, r, m, q.must); ok && (forceUnion || days.unionCount(ctx, r, words) < words) {
		also = append(also, days.union)
	}
	drv, err := driver(ctx, r, m, q.must, 1, also...)
	if err != nil || drv == nil {
		if err != nil {
			closeAll(scored)
		}
		return nil, false, err
	}
	var dt search.Searcher = drv
	if len(also) == 0 {
		dt = &datedFilter{inner: drv, days: days, dates: dates}
	}
	var out search.Searcher = &driven{scored: scored, filter: dt}
	if rest != nil {
		f, err := rest.Searcher(ctx, r, m, search.SearcherOptions{Score: "none"})
		if err != nil {
			closeAll(out)
			return nil, false, err
		}
		out = &leapfrog{scored: out, filter: f}
	}
	return out, true, nil
}

// useDatedTerm lets datedByTerm filter dates (tests turn it off to test
// dayfilter.go's ways); forceUnion has it always intersect the union of
// day keys (tests).
var useDatedTerm, forceUnion = true, false

func closeAll(ss ...search.Searcher) {
	for _, s := range ss {
		if s != nil {
			_ = s.Close()
		}
	}
}

// leapfrog returns the documents of scored that filter also has, with
// scored's scores.
type leapfrog struct {
	scored, filter search.Searcher
	at             *search.DocumentMatch // the filter's current document
	started, done  bool                  // the filter has been read; it is exhausted
}

// Next implements search.Searcher.
func (l *leapfrog) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if l.done {
		return nil, nil
	}
	d, err := l.scored.Next(ctx)
	if err != nil {
		return nil, err
	}
	return l.align(ctx, d)
}

// Advance implements search.Searcher.
func (l *leapfrog) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	if l.done {
		return nil, nil
	}
	d, err := l.scored.Advance(ctx, id)
	if err != nil {
		return nil, err
	}
	return l.align(ctx, d)
}

// align returns d, or the first document of scored after it, that the
// filter has too.
func (l *leapfrog) align(ctx *search.SearchContext, d *search.DocumentMatch) (*search.DocumentMatch, error) {
	var err error
	if !l.started && d != nil {
		l.started = true
		if l.at, err = l.filter.Next(ctx); err != nil {
			return nil, err
		}
	}
	for d != nil {
		if l.at != nil && l.at.IndexInternalID.Compare(d.IndexInternalID) < 0 {
			ctx.DocumentMatchPool.Put(l.at)
			if l.at, err = l.filter.Advance(ctx, d.IndexInternalID); err != nil {
				return nil, err
			}
		}
		if l.at == nil {
			ctx.DocumentMatchPool.Put(d)
			l.done = true
			return nil, nil
		}
		if l.at.IndexInternalID.Equals(d.IndexInternalID) {
			return d, nil
		}
		// the filter is ahead: the scored side skips to it
		ctx.DocumentMatchPool.Put(d)
		if d, err = l.scored.Advance(ctx, l.at.IndexInternalID); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// Close implements search.Searcher.
func (l *leapfrog) Close() error {
	err := l.scored.Close()
	if ferr := l.filter.Close(); err == nil {
		err = ferr
	}
	return err
}

// Weight implements search.Searcher: the filter has none.
func (l *leapfrog) Weight() float64 { return l.scored.Weight() }

// SetQueryNorm implements search.Searcher.
func (l *leapfrog) SetQueryNorm(n float64) { l.scored.SetQueryNorm(n) }

// Count implements search.Searcher (an estimate, as bleve's filtering
// searcher gives).
func (l *leapfrog) Count() uint64 { return l.scored.Count() }

// Min implements search.Searcher.
func (l *leapfrog) Min() int { return l.scored.Min() }

// Size implements search.Searcher.
func (l *leapfrog) Size() int {
	return int(reflect.TypeFor[leapfrog]().Size()) + l.scored.Size() + l.filter.Size()
}

// DocumentMatchPoolSize implements search.Searcher.
func (l *leapfrog) DocumentMatchPoolSize() int {
	return l.scored.DocumentMatchPoolSize() + l.filter.DocumentMatchPoolSize() + 1
}
