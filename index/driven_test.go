package index

import (
	"context"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
)

// drivenQuery finds what its query finds, with the same scores, whether
// it leads by the intersection of the required terms or not, on an
// on-disk index of several segments: words, phrases (their words),
// exclusions, words that never stand together and unknown words.
func TestDrivenMatchesQuery(t *testing.T) {
	defer func(n int, s uint64) { driverSample, driverShare = n, s }(driverSample, driverShare)
	ctx := context.Background()
	ix := segmentedIndex(t, 300, 60)
	an := ix.analyzer(analyzerText)
	r := snapshotReader(t, ix)
	for _, text := range []string{"minister talks", `"peace talks"`, "ceasefire -agreement talks", "talks zzzunknown",
		"said minister foreign", "talks", `"security guarantees" minister`} {
		tq, err := buildText(parseQuery(text), an, passageTarget)
		if err != nil {
			t.Fatal(err)
		}
		plain := withFilter(tq.Strict, tq.Not, nil)
		terms := map[fieldTerm]bool{}
		for _, ft := range requiredTerms(ix.idx.Mapping(), tq.Strict) {
			terms[ft] = true
		}
		for _, always := range []bool{true, false} {
			driverShare, driverSample = 0, 512 // every sample passes
			if !always {
				driverSample = 0 // nothing sampled: never
			}
			got := &drivenQuery{q: plain, must: tq.Strict}
			if diff := sameScores(t, ix, plain, got); diff != "" {
				t.Errorf("%q always %v: %s", text, always, diff)
			}
			s, err := got.Searcher(ctx, r, ix.idx.Mapping(), search.SearcherOptions{})
			if err != nil {
				t.Fatal(err)
			}
			_, led := s.(*driven)
			if want := always && len(terms) > 1 && !strings.Contains(text, "zzz"); led != want {
				t.Errorf("%q always %v: searcher %T", text, always, s)
			}
			s.Close()
		}
	}
}
