package answer

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/fetch"
	"github.com/parley-bot/parley/fetch/fetchtest"
	"github.com/parley-bot/parley/index"
)

// Ingest reads URLs through the fetcher given to New: a feed's items are
// indexed, each item that failed is reported under its own URL, and a
// second ingest of the same feed changes nothing.
func TestIngestURLsWithFetcher(t *testing.T) {
	srv := fetchtest.NewServer(t)
	idx, err := index.NewMem()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	c := srv.Client(fetch.Options{Timeout: time.Second}) // the huge page must reach its size cap in time under -race on a loaded machine
	svc := New(idx, nil, WithFetcher(c.Fetch))
	ctx := context.Background()

	rep, err := svc.Ingest(ctx, []string{srv.At("/rss.xml"), srv.At("/news/geneva-water"), srv.At("/broken.xml")}, IngestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 5 || rep.Articles != 5 {
		t.Errorf("added %d, articles %d; want 5 (4 from the feed, 1 page)", rep.Added, rep.Articles)
	}
	failed := map[string]string{}
	for _, f := range rep.Failed {
		failed[f.Source] = f.Error
	}
	for path, says := range map[string]string{
		"/news/slow": "timed out", "/news/huge": "too large", "/news/moved": "refusing to connect",
		"/news/missing-page": "404", "/broken.xml": "500",
	} {
		if !strings.Contains(failed[srv.At(path)], says) {
			t.Errorf("failed[%s] = %q, want it to say %q (all: %v)", path, failed[srv.At(path)], says, failed)
		}
	}
	if len(rep.Failed) != 5 {
		t.Errorf("%d failures, want 5: %v", len(rep.Failed), rep.Failed)
	}

	res, err := svc.Search(ctx, SearchParams{Query: "mackerel quota"})
	if err != nil || res.Total == 0 || res.Hits[0].Article.Source != "Harbour Gazette" {
		t.Errorf("search after ingest: %+v, %v", res, err)
	}

	again, err := svc.Ingest(ctx, []string{srv.At("/rss.xml")}, IngestOptions{})
	if err != nil || again.Added != 0 || again.Updated != 0 || again.Unchanged != 4 || again.Articles != 5 {
		t.Errorf("second ingest: %+v, %v", again, err)
	}
}

func TestIngestURLWithoutFetcher(t *testing.T) {
	svc := newService(t)
	rep, err := svc.Ingest(context.Background(), []string{"https://example.org/story"}, IngestOptions{})
	if err != nil || len(rep.Failed) != 1 || rep.Failed[0].Source != "https://example.org/story" {
		t.Errorf("%+v, %v", rep, err)
	}
}
