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
// most verifyCap) are exhausted. One search collects the candidates:
// they are checked while its snapshot is open, a small batch of the best
// first (a common phrase fills the page from it), then verifyPage at a
// time by score (see topK.batches), and only the checked ones are loaded.
// (That was two searches, the second one for the candidates after the
// first batch: a rare phrase costs half as much.)
func (ix *Index) verifiedSearch(ctx context.Context, newReq func(size, from int) *bleve.SearchRequest,
	check func(context.Context, []*search.DocumentMatch) ([]bool, error), offset, limit int) (verified, error) {
	want := offset + limit
	var passed []*search.DocumentMatch
	checked := 0
	verify := func(batch []*search.DocumentMatch) (bool, error) {
		oks, err := check(ctx, batch)
		if err != nil {
			return false, fmt.Errorf("verify phrases: %w", err)
		}
		checked += len(batch)
		for i, h := range batch {
			if oks[i] {
				passed = append(passed, h)
			}
		}
		return len(passed) >= want, nil
	}
	top := &topK{k: min(max(4*want, verifyFirst), verifyCap), order: byScoreDate, batches: verify,
		more: verifyCap, nextBatch: verifyPage}
	res, err := ix.collect(ctx, newReq, top)
	if err != nil {
		return verified{}, err
	}
	if checked > top.k {
		// candidates after the first batch rank among its ones by score
		slices.SortStableFunc(passed, func(a, b *search.DocumentMatch) int { return cmp.Compare(b.Score, a.Score) })
	}
	out := verified{total: len(passed)}
	if uint64(checked) < res.Total {
		out.total = max(len(passed), int(float64(len(passed))/float64(max(checked, 1))*float64(res.Total)))
		out.approx = true
	}
	out.hits = passed[min(offset, len(passed)):min(want, len(passed))]
	return out, nil
}
