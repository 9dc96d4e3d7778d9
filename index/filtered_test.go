package index

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestFilteredQueryMatchesBoolean checks that filteredQuery finds the
// documents bleve's BooleanQuery with the same filter finds, with the
// same scores, over an index of several segments, for filters that keep
// much, little or nothing.
func TestFilteredQueryMatchesBoolean(t *testing.T) {
	arts, _ := genCorpus(300)
	ix, err := NewMem()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ctx := context.Background()
	for len(arts) > 0 { // several batches: several segments
		n := min(40, len(arts))
		if _, err := ix.Upsert(ctx, arts[:n]); err != nil {
			t.Fatal(err)
		}
		arts = arts[n:]
	}
	an := ix.analyzer(analyzerText)
	from := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	filters := map[string]query.Query{
		"week":    pubRangeQuery(from, from.AddDate(0, 0, 7)),
		"months":  pubRangeQuery(from, from.AddDate(0, 5, 0)),
		"empty":   pubRangeQuery(from, from),
		"none":    pubRangeQuery(from.AddDate(5, 0, 0), from.AddDate(5, 1, 0)),
		"source":  filterQuery(typePassage, Filter{Since: from, Until: from.AddDate(0, 2, 0), Source: genSource(t, ix)}),
		"quotes":  typeQuery(typeQuote),
		"passage": typeQuery(typePassage),
	}
	for _, text := range []string{"talks", "the minister said", "ceasefire -agreement", "\"foreign minister\"", "zzzunknown"} {
		tq, err := buildText(parseQuery(text), an, passageTarget)
		if err != nil {
			t.Fatal(err)
		}
		for name, f := range filters {
			for _, must := range []query.Query{tq.Strict, tq.Relaxed} {
				if must == nil {
					continue
				}
				b := query.NewBooleanQuery(nil, nil, nil)
				b.AddMust(must)
				if tq.Not != nil {
					b.AddMustNot(tq.Not)
				}
				b.AddFilter(f)
				if diff := sameScores(t, ix, b, withFilter(must, tq.Not, f)); diff != "" {
					t.Errorf("%q %s: %s", text, name, diff)
				}
			}
		}
	}
}

// genSource is the outlet of one of ix's articles.
func genSource(t *testing.T, ix *Index) string {
	t.Helper()
	arts, err := ix.Articles(context.Background(), time.Time{}, time.Time{}, 1)
	if err != nil || len(arts) == 0 {
		t.Fatalf("no article: %v", err)
	}
	return arts[0].Source
}

// searchAll returns the score of every match of q by document id.
// sameScores searches ix with want and got and tells how their hits or
// scores differ ("" when they do not). The index's background merges
// change BM25's average field length between two searches (bleve takes it
// from the size of the snapshot's merged term dictionary, which a merge
// changes), so a difference is checked again, both searches anew, until
// the segments have settled: one that persists is the searchers'.
func sameScores(t *testing.T, ix *Index, want, got query.Query) string {
	t.Helper()
	diff := ""
	for try := 0; try < 6; try++ {
		if try > 0 {
			time.Sleep(time.Duration(try) * 100 * time.Millisecond)
		}
		diff = scoreDiff(searchAll(t, ix, want), searchAll(t, ix, got))
		if diff == "" {
			return ""
		}
	}
	return diff
}

// scoreDiff tells how got's hits or scores differ from want's.
func scoreDiff(want, got map[string]float64) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d hits, want %d", len(got), len(want))
	}
	for id, s := range want {
		if g, ok := got[id]; !ok || g != s {
			return fmt.Sprintf("%s scored %v (found %v), want %v", id, g, ok, s)
		}
	}
	return ""
}

func searchAll(t *testing.T, ix *Index, q query.Query) map[string]float64 {
	t.Helper()
	res, err := ix.idx.Search(bleve.NewSearchRequestOptions(q, 100000, 0, false))
	if err != nil {
		t.Fatal(err)
	}
	if int(res.Total) != len(res.Hits) {
		t.Fatalf("total %d, %d hits", res.Total, len(res.Hits))
	}
	out := make(map[string]float64, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = h.Score
	}
	return out
}
