package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-bot/parley/corpus"
)

func TestStats(t *testing.T) {
	undated := &corpus.Article{ID: "undated", Title: "No date", Source: "Wire", Paragraphs: []string{"Text."}}
	ix := newTestIndex(t, append(fixtures(), undated)...)
	got := mustStats(t, ix)
	want := Stats{Articles: 4, Passages: 11, Quotes: 4, Meetings: 2, Sources: 3,
		First: day("2025-03-10T14:00:00Z"), Last: day("2025-05-20T18:00:00Z")}
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	empty := mustStats(t, newTestIndex(t))
	if empty != (Stats{}) {
		t.Errorf("empty index: %+v", empty)
	}
}

func TestOpenPersistsAndReopens(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Upsert(ctx, fixtures()); err != nil {
		t.Fatal(err)
	}
	st := mustStats(t, ix)
	if st.IndexBytes <= 0 {
		t.Errorf("index bytes %d", st.IndexBytes)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if _, err := ix.Search(ctx, SearchRequest{Query: "security"}); !errors.Is(err, ErrClosed) {
		t.Errorf("search after close: %v", err)
	}
	if _, err := ix.Upsert(ctx, fixtures()); !errors.Is(err, ErrClosed) {
		t.Errorf("upsert after close: %v", err)
	}

	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	again := mustStats(t, ix)
	again.IndexBytes, st.IndexBytes = 0, 0
	if again != st {
		t.Errorf("after reopen %+v, want %+v", again, st)
	}
	res, err := ix.Upsert(ctx, fixtures())
	if err != nil || res.Unchanged != 3 {
		t.Errorf("re-ingest after reopen: %+v %v", res, err)
	}
	r, err := ix.Search(ctx, SearchRequest{Query: "security guarantees"})
	if err != nil || r.Total != 2 || r.Hits[0].Article.Title == "" {
		t.Errorf("search after reopen: %+v %v", r, err)
	}
}

func TestOpenLockedFailsFast(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	done := make(chan error, 1)
	go func() {
		other, err := Open(dir)
		if err == nil {
			other.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) {
			t.Errorf("second open: %v, want ErrLocked", err)
		}
	case <-time.After(30 * time.Second): // a hang, not a slow machine
		t.Fatal("second Open hangs")
	}
}

func TestOpenRefusesOtherSchema(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.idx.SetInternal(schemaKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := Open(dir); !errors.Is(err, ErrSchema) {
		t.Errorf("open: %v, want ErrSchema", err)
	}
}

func TestOpenBadDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(file); err == nil {
		t.Error("opened a file as an index")
	}
}
