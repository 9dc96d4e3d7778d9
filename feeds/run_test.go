package feeds

import (
	"context"
	"log/slog"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/fetch"
	"github.com/parley-bot/parley/fetch/fetchtest"
	"github.com/parley-bot/parley/index"
)

// End to end, as `PARLEY_FEEDS=http://127.0.0.1:PORT/rss.xml parley serve`
// runs it: an on-disk index in a temp data dir, the poller started by Run,
// and the day's digest showing the items after the first poll.
func TestRunIngestsWithinOnePollAndDigestShowsThem(t *testing.T) {
	srv := fetchtest.NewServer(t)
	dir := t.TempDir()
	env, err := ParseEnv(srv.At("/rss.xml") + ", " + srv.At("/atom.xml"))
	if err != nil {
		t.Fatal(err)
	}
	idx, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	svc := answer.New(idx, nil)
	polled := make(chan []Report, 4)
	p, err := NewPoller(Config{
		Dir: dir, Env: env, Interval: time.Hour,
		Client: fetch.New(fetch.Options{AllowPrivate: true, Timeout: time.Second}),
		Ingest: IngestWith(svc),
		Log:    slog.New(slog.DiscardHandler),
		OnPoll: func(r []Report) { polled <- r },
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() { stopped <- p.Run(ctx) }()
	reps := <-polled
	if len(reps) != 2 {
		t.Fatalf("first poll: %+v", reps)
	}

	d, err := svc.Digest(ctx, answer.DigestParams{Date: "2025-03-14", TZ: "UTC"})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range d.Articles {
		titles = append(titles, a.Article.Title)
	}
	for _, want := range []string{
		"Baltic states sign interim ferry safety accord in Tallinn",
		"Norway and Iceland reopen mackerel quota talks",
		"Mediators bring river-basin ministers to Nairobi",
		"Grain corridor talks in Vienna end with a shipping timetable",
		"Upstream and downstream states resume water-sharing talks in Geneva",
	} {
		if !slices.Contains(titles, want) {
			t.Errorf("digest of 2025-03-14 lacks %q; has %q", want, titles)
		}
	}
	if len(titles) != 6 {
		t.Errorf("digest has %d articles, want 6: %q", len(titles), titles)
	}
	cancel()
	if err := <-stopped; err != nil {
		t.Errorf("Run returned %v on cancel", err)
	}
}
