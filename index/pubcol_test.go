package index

import (
	"testing"
	"time"

	index "github.com/blevesearch/bleve_index_api"
)

// The date columns give every document the key its doc values hold.
func TestPubColumnsMatchDocValues(t *testing.T) {
	ix := segmentedIndex(t, 40, 10)
	r := snapshotReader(t, ix)
	dates := ix.pubs.forSnapshot(r)
	if dates == nil || len(dates.segs) < 2 {
		t.Fatalf("date columns %+v, want several segments", dates)
	}
	dv, err := r.DocValueReader([]string{fPubKey})
	if err != nil {
		t.Fatal(err)
	}
	n, err := r.DocCount()
	if err != nil {
		t.Fatal(err)
	}
	withKey := 0
	for i := range n + 100 {
		var want uint64
		if err := dv.VisitDocValues(index.NewIndexInternalID(nil, i), func(_ string, term []byte) { want = pubValue(term) }); err != nil {
			continue // past the last document
		}
		got, err := dates.key(i)
		if err != nil || got != want {
			t.Fatalf("document %d: key %x, %v; doc values say %x", i, got, err, want)
		}
		if want != 0 {
			withKey++
		}
	}
	if withKey < int(n)/2 {
		t.Errorf("%d of %d documents have a date key", withKey, n)
	}
}

// pubValue orders keys as their strings do.
func TestPubValueOrder(t *testing.T) {
	base := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	prev := pubValue(nil)
	for _, d := range []time.Duration{0, time.Minute, time.Hour, 24 * time.Hour, 400 * 24 * time.Hour} {
		k := sortKey(base.Add(d))
		v := pubValue([]byte(k))
		if v <= prev {
			t.Errorf("%s: %x not above the previous key's %x", k, v, prev)
		}
		prev = v
		if q := []byte(quoteSortKey(k, 0)); pubValue(q) <= pubValue([]byte(quoteSortKey(k, 1))) {
			t.Errorf("quote keys of %s out of order", k)
		}
	}
}
