package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"

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

// verifiedSearch keeps the candidates of newReq's query for which check
// says yes, best first, until offset+limit are kept or the candidates (at
// most verifyCap) are exhausted. A first search ranks a small batch of
// candidates: a common phrase fills the page from it. When it does not, a
// second search collects up to verifyCap candidates by score alone (their
// dates are not read: equal scores stay in index order) and they are
// checked in batches.
func (ix *Index) verifiedSearch(ctx context.Context, newReq func(size, from int) *bleve.SearchRequest,
	check func(context.Context, []*search.DocumentMatch) ([]bool, error), offset, limit int) (verified, error) {
	want := offset + limit
	first := min(max(4*want, verifyFirst), verifyCap)
	res, err := ix.ranked(ctx, newReq)(first, 0)
	if err != nil {
		return verified{}, err
	}
	var passed []*search.DocumentMatch
	checked := map[string]bool{}
	verify := func(batch []*search.DocumentMatch) error {
		oks, err := check(ctx, batch)
		if err != nil {
			return fmt.Errorf("verify phrases: %w", err)
		}
		for i, h := range batch {
			checked[h.ID] = true
			if oks[i] {
				passed = append(passed, h)
			}
		}
		return nil
	}
	if err := verify(res.Hits); err != nil {
		return verified{}, err
	}
	if len(passed) < want && uint64(len(checked)) < res.Total && len(checked) < verifyCap {
		more, err := ix.rankedBy(ctx, newReq, byScore)(verifyCap, 0)
		if err != nil {
			return verified{}, err
		}
		var rest []*search.DocumentMatch
		for _, h := range more.Hits {
			if !checked[h.ID] && len(checked)+len(rest) < verifyCap {
				rest = append(rest, h)
			}
		}
		for len(rest) > 0 && len(passed) < want {
			n := min(verifyPage, len(rest))
			if err := verify(rest[:n]); err != nil {
				return verified{}, err
			}
			rest = rest[n:]
		}
		// candidates of the second search rank among the first's by score
		slices.SortStableFunc(passed, func(a, b *search.DocumentMatch) int { return cmp.Compare(b.Score, a.Score) })
	}
	out := verified{total: len(passed)}
	if uint64(len(checked)) < res.Total {
		out.total = max(len(passed), int(float64(len(passed))/float64(max(len(checked), 1))*float64(res.Total)))
		out.approx = true
	}
	out.hits = passed[min(offset, len(passed)):min(want, len(passed))]
	return out, nil
}
