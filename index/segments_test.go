package index

import (
	"context"
	"path/filepath"
	"testing"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// segmentedIndex opens an on-disk index in a temp dir holding n generated
// articles upserted in batches of batch, so it has several segments. It is
// closed when the test ends.
func segmentedIndex(t testing.TB, n, batch int) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "idx"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	arts, _ := genCorpus(n)
	for len(arts) > 0 {
		k := min(batch, len(arts))
		if _, err := ix.Upsert(context.Background(), arts[:k]); err != nil {
			t.Fatal(err)
		}
		arts = arts[k:]
	}
	return ix
}

// snapshotReader returns a reader of ix's current snapshot, closed when
// the test ends.
func snapshotReader(t testing.TB, ix *Index) bleveindex.IndexReader {
	t.Helper()
	adv, err := ix.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}
