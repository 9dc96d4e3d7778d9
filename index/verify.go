package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
)

// Phrase verification for fields without term vectors (see matcher.go).
// The index returns candidates that have every word, in score order —
// the order bleve's phrase search would give, as it scores a phrase by
// its words — and the candidates whose text has the phrases (and none of
// the excluded ones) are kept, a page of candidates at a time (a small
// one first: a common phrase fills the requested page from it), until the
// requested page is full (and at least one page of candidates was
// checked) or verifyCap candidates were. When candidates were left
// unchecked, Total is estimated from the share that passed and marked
// approximate.

const (
	verifyFirst = 20
	verifyPage  = 100
	verifyCap   = 1000
)

// verifier checks phrases in texts.
type verifier struct {
	an   analysis.Analyzer
	must []compiled // required clauses
	not  []compiled // excluded phrases
}

// ok reports whether text has every required clause (any one when
// relaxed) and no excluded phrase.
func (v *verifier) ok(text string, relaxed bool) bool {
	a := analyze(v.an, text)
	for _, cc := range v.not {
		if cc.in(a) {
			return false
		}
	}
	found := 0
	for _, cc := range v.must {
		if cc.in(a) {
			found++
		}
	}
	if relaxed {
		return found > 0
	}
	return found == len(v.must)
}

// verified is a page of hits that passed, with the count of all that
// did.
type verified struct {
	hits   []*search.DocumentMatch
	total  int
	approx bool
}

// verifiedSearch pages through the candidates of pages, keeping those for
// which check says yes, until offset+limit are kept and the candidates or
// verifyCap are exhausted.
func (ix *Index) verifiedSearch(ctx context.Context, pages pager,
	check func(context.Context, []*search.DocumentMatch) ([]bool, error), offset, limit int) (verified, error) {
	var out verified
	checked, passed := 0, 0
	// The first page is small: a common phrase fills the page from it.
	size := min(max(4*(offset+limit), verifyFirst), verifyPage)
	for {
		res, err := pages(size, checked)
		if err != nil {
			return verified{}, err
		}
		oks, err := check(ctx, res.Hits)
		if err != nil {
			return verified{}, fmt.Errorf("verify phrases: %w", err)
		}
		for i, h := range res.Hits {
			if !oks[i] {
				continue
			}
			if passed >= offset && passed < offset+limit {
				out.hits = append(out.hits, h)
			}
			passed++
		}
		checked += len(res.Hits)
		switch {
		case len(res.Hits) < size || uint64(checked) >= res.Total:
			out.total = passed
			return out, nil
		case checked >= verifyCap || passed >= offset+limit:
			out.total = max(passed, int(float64(passed)/float64(checked)*float64(res.Total)))
			out.approx = true
			return out, nil
		}
		size = verifyPage
	}
}
