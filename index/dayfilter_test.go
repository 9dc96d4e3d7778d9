package index

import (
	"context"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The date column's test keeps the documents the day keys keep: times on
// either side of the range's edges, for passages (five-digit keys) and
// quotes (eight).
func TestDayRangeHas(t *testing.T) {
	lo := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	q := pubRangeQuery(lo, lo.AddDate(0, 0, 3)).(*dayRangeQuery)
	keys := map[string]bool{}
	for _, k := range q.keys {
		keys[k] = true
	}
	for _, tt := range []time.Time{
		lo.Add(-time.Second), lo.Add(-time.Minute), lo, lo.Add(59 * time.Second),
		lo.AddDate(0, 0, 1).Add(13 * time.Hour), lo.AddDate(0, 0, 3).Add(-time.Second),
		lo.AddDate(0, 0, 3), lo.AddDate(0, 1, 0), lo.AddDate(-1, 0, 0),
		time.Date(2025, 3, 12, 23, 30, 0, 0, time.FixedZone("", -3*3600)), // the 13th in UTC
	} {
		pk := pubKeysFor(tt)
		want := keys[keyDay+pk.Day] || keys[keyWeek+pk.Week] || keys[keyMonth+pk.Month] || keys[keyYear+pk.Year]
		for _, key := range []string{pk.Key, quoteSortKey(pk.Key, 7)} {
			if got := q.has(pubValue([]byte(key))); got != want {
				t.Errorf("%v (key %q): in range %v, want %v", tt, key, got, want)
			}
		}
	}
	if q.has(0) {
		t.Error("a document without a date is in range")
	}
}

// The day column's test (datedterm.go) agrees with the minute's, and
// says when only the minute can tell: days of 2079 and later.
func TestDayRangeHasDay(t *testing.T) {
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	ranges := [][2]time.Time{
		{at(2025, 3, 10, 0), at(2025, 3, 13, 0)},
		{at(2025, 1, 1, 0), at(2026, 1, 1, 0)},
		{at(2078, 12, 1, 0), at(2079, 9, 1, 0)},
		{at(2079, 6, 6, 0), at(2079, 6, 7, 0)},
		{at(2100, 1, 1, 0), at(2100, 2, 1, 0)},
		{at(2020, 1, 1, 0), time.Time{}}, // open: to maxFilterYear
	}
	times := []time.Time{at(1900, 1, 1, 5), at(1950, 6, 1, 0), at(2025, 3, 9, 23), at(2025, 3, 10, 0),
		at(2025, 3, 12, 23), at(2025, 3, 13, 0), at(2025, 12, 31, 23), at(2026, 1, 1, 0),
		at(2079, 6, 5, 23), at(2079, 6, 6, 0), at(2079, 6, 6, 12), at(2079, 6, 7, 0), at(2079, 8, 31, 23),
		at(2100, 1, 15, 3), at(2150, 1, 1, 0), at(2199, 12, 31, 23)}
	for _, rg := range ranges {
		q, ok := pubRangeQuery(rg[0], rg[1]).(*dayRangeQuery)
		if !ok {
			t.Fatalf("%v: not a day range", rg)
		}
		for _, tt := range times {
			v := pubValue([]byte(pubKeysFor(tt).Key))
			in, exact := q.hasDay(pubDay(v))
			switch {
			case exact && in != q.has(v):
				t.Errorf("%v in %v: day says %v, minute %v", tt, rg, in, q.has(v))
			case !exact && tt.Year() < 2079:
				t.Errorf("%v in %v: the day cannot tell", tt, rg)
			}
		}
		if in, exact := q.hasDay(0); in || !exact {
			t.Errorf("%v: a document without a date is in range (%v, %v)", rg, in, exact)
		}
	}
}

// filteredQuery testing the date column finds what BooleanQuery with the
// day keys finds, with the same scores, on an on-disk index of several
// segments, for passages and quotes.
func TestDatedMatchesBoolean(t *testing.T) {
	defer func(s uint64, b, u bool) { predicateShare, useDatedTerm, forceUnion = s, b, u }(predicateShare, useDatedTerm, forceUnion)
	ctx := context.Background()
	ix := segmentedIndex(t, 300, 60)
	from := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	filters := map[string]Filter{
		"week":   {Since: from, Until: from.AddDate(0, 0, 7)},
		"months": {Since: from, Until: from.AddDate(0, 5, 0)},
		"days":   {Since: from.Add(30 * time.Hour), Until: from.AddDate(0, 0, 9).Add(time.Hour)},
		"none":   {Since: from.AddDate(5, 0, 0), Until: from.AddDate(5, 1, 0)},
		"source": {Since: from, Until: from.AddDate(0, 2, 0), Source: genSource(t, ix)},
		"open":   {Until: from.AddDate(0, 2, 0)}, // from 1900: the keys lead
	}
	an := ix.analyzer(analyzerText)
	for _, docType := range []string{typePassage, typeQuote} {
		for _, text := range []string{"talks", "the minister said", "ceasefire -agreement", "zzzunknown"} {
			tq, err := buildText(parseQuery(text), an, passageTarget)
			if err != nil {
				t.Fatal(err)
			}
			must := tq.Strict
			if docType == typeQuote {
				must = query.NewConjunctionQuery([]query.Query{typeQuery(typeQuote), tq.Relaxed})
				if tq.Relaxed == nil {
					must = query.NewConjunctionQuery([]query.Query{typeQuery(typeQuote)})
				}
			}
			for name, f := range filters {
				b := query.NewBooleanQuery(nil, nil, nil)
				b.AddMust(must)
				if tq.Not != nil {
					b.AddMustNot(tq.Not)
				}
				b.AddFilter(filterQuery(docType, f))
				// datedterm.go with the day column or the union of keys, or
				// dayfilter.go's two ways
				for _, way := range []string{"column", "union", "dayfilter"} {
					useDatedTerm, forceUnion = way != "dayfilter", way == "union"
					for _, share := range []uint64{0, 16, 1 << 40} { // always, as tuned, never
						predicateShare = share
						if diff := sameScores(t, ix, b, withFilter(must, tq.Not, ix.withDates(filterQuery(docType, f)))); diff != "" {
							t.Errorf("%s %q %s %s share %d: %s", docType, text, name, way, share, diff)
						}
					}
				}
				useDatedTerm, forceUnion = true, false
			}
		}
	}

	// A word's postings are what the date column filters; without that,
	// with share 0, its matches are.
	predicateShare = 0
	r := snapshotReader(t, ix)
	tq, _ := buildText(parseQuery("talks"), an, passageTarget)
	for _, byTerm := range []bool{true, false} {
		useDatedTerm = byTerm
		fq := withFilter(tq.Strict, nil, ix.withDates(filterQuery(typePassage, filters["week"])))
		s, err := fq.Searcher(ctx, r, ix.idx.Mapping(), search.SearcherOptions{})
		if err != nil {
			t.Fatal(err)
		}
		_, isDriven := s.(*driven)
		_, isDated := s.(*dated)
		if byTerm && !isDriven || !byTerm && !isDated {
			t.Errorf("by term %v: searcher %T", byTerm, s)
		}
		s.Close()
	}
}
