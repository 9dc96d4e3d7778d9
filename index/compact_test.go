package index

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
)

// Compact leaves one segment (nothing else writes here) and the same
// answers, and the files it replaced are gone.
func TestCompact(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	arts, _ := genCorpus(60)
	for i := 0; i < len(arts); i += 10 { // one segment or more per Upsert
		if _, err := ix.Upsert(ctx, arts[i:i+10]); err != nil {
			t.Fatal(err)
		}
	}
	if n := zapFiles(dir); n < 2 {
		t.Fatalf("%d segment files before compacting, want several", n)
	}
	queries := []string{"talks", `"peace talks"`, "ceasefire agreement"}
	before := make([]SearchResult, len(queries))
	for i, q := range queries {
		if before[i], err = ix.Search(ctx, SearchRequest{Query: q}); err != nil {
			t.Fatal(err)
		}
	}
	stats := mustStats(t, ix)
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if n := zapFiles(dir); n != 1 {
		t.Errorf("%d segment files after compacting, want 1", n)
	}
	got := mustStats(t, ix)
	if got.IndexBytes >= stats.IndexBytes {
		t.Errorf("index %d bytes after compacting, %d before", got.IndexBytes, stats.IndexBytes)
	}
	got.IndexBytes = stats.IndexBytes
	if got != stats {
		t.Errorf("stats %+v, want %+v", got, stats)
	}
	for i, q := range queries {
		got, err := ix.Search(ctx, SearchRequest{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(hitIDs(got), hitIDs(before[i])) || got.Total != before[i].Total {
			t.Errorf("%s: %v (%d), want %v (%d)", q, hitIDs(got), got.Total, hitIDs(before[i]), before[i].Total)
		}
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Compact(ctx); err == nil {
		t.Error("Compact after Close: no error")
	}
}

func hitIDs(r SearchResult) []string {
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, passageID(h.Article.ID, h.Paragraph))
	}
	return ids
}
