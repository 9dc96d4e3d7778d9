package index

import (
	"context"
	"reflect"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

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

// drivenQuery is q with the documents it scores led by the intersection
// of must's required terms, when must has two or more: bleve's
// conjunction scores every document it lands on while its terms leapfrog
// each other, matches or not; here the terms' bitmaps are intersected
// first, unscored, and the scoring side is only advanced to documents in
// it. The matches and their scores are q's.
type drivenQuery struct {
	q, must query.Query
}

// Searcher implements query.Query.
func (d *drivenQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	scored, err := d.q.Searcher(ctx, r, m, options)
	// Advancing the scoring side costs more than stepping it, and the
	// intersection costs a bitmap per term: lead only when the terms
	// seldom stand together (not collocations, whose words mostly do).
	if err != nil || !useDriver || !rareTogether(ctx, r, m, d.must) {
		return scored, err
	}
	drv, err := driver(ctx, r, m, d.must, 2)
	if err != nil {
		closeAll(scored)
		return nil, err
	}
	if drv == nil {
		return scored, nil
	}
	return &driven{scored: scored, filter: drv}, nil
}

// Sampling of rareTogether: the first driverSample documents of the
// rarest term are looked up in the others' postings, and the terms stand
// together rarely when at most 1/driverShare of them have all.
var (
	driverSample        = 512
	driverShare  uint64 = 4
)

// rareTogether reports whether few of the documents of must's rarest
// required term have all the others, from a sample; false with fewer
// than two terms.
func rareTogether(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, must query.Query) bool {
	var tfrs []index.TermFieldReader
	defer func() {
		for _, t := range tfrs {
			_ = t.Close()
		}
	}()
	seen := map[fieldTerm]bool{}
	var terms []fieldTerm
	for _, ft := range requiredTerms(m, must) {
		if !seen[ft] {
			seen[ft] = true
			terms = append(terms, ft)
		}
	}
	if len(terms) < 2 {
		return false
	}
	rarest := -1
	for _, ft := range terms {
		t, err := r.TermFieldReader(ctx, []byte(ft.term), ft.field, false, false, false)
		if err != nil {
			return false
		}
		tfrs = append(tfrs, t)
		if rarest < 0 || t.Count() < tfrs[rarest].Count() {
			rarest = len(tfrs) - 1
		}
	}
	var sampled, together uint64
	var doc index.TermFieldDoc
	// where each other term is: a reader is only moved forward (bleve's
	// readers start over to go back)
	at := make([]*index.TermFieldDoc, len(tfrs))
	for i := range at {
		at[i] = &index.TermFieldDoc{ID: index.IndexInternalID{}}
	}
	for sampled < uint64(driverSample) {
		d, err := tfrs[rarest].Next(&doc)
		if err != nil {
			return false
		}
		if d == nil {
			break
		}
		sampled++
		all := true
		for i, t := range tfrs {
			if i == rarest {
				continue
			}
			if at[i].ID.Compare(d.ID) < 0 {
				if at[i], err = t.Advance(d.ID, nil); err != nil {
					return false
				}
				if at[i] == nil { // no more documents together
					return together*driverShare <= sampled
				}
			}
			if !at[i].ID.Equals(d.ID) {
				all = false
				break
			}
		}
		if all {
			together++
		}
	}
	return sampled > 0 && together*driverShare <= sampled
}

// useDriver lets drivenQuery lead by the required terms (tests and
// benchmarks turn it off to compare).
var useDriver = true
