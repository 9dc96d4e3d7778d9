package feeds

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/fetch"
	"github.com/parley-bot/parley/fetch/fetchtest"
	"github.com/parley-bot/parley/index"
	"github.com/parley-bot/parley/internal/syncbuf"
)

const interval = 15 * time.Minute

// rig is a poller over a test feed server, a real in-memory index and a
// clock the test moves.
type rig struct {
	srv  *fetchtest.Server
	dir  string
	svc  *answer.Service
	idx  *index.Index
	p    *Poller
	logs *syncbuf.Buffer

	mu      sync.Mutex
	now     time.Time
	batches [][]*corpus.Article // what ingest was given
}

func newRig(t *testing.T, srv *fetchtest.Server, dir string, feedPaths ...string) *rig {
	t.Helper()
	idx, err := index.NewMem()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	r := &rig{srv: srv, dir: dir, idx: idx, svc: answer.New(idx, nil), logs: &syncbuf.Buffer{},
		now: time.Date(2025, 3, 14, 16, 0, 0, 0, time.UTC)}
	var env []string
	for _, p := range feedPaths {
		env = append(env, srv.At(p))
	}
	r.p, err = NewPoller(Config{
		Dir: dir, Env: env, Interval: interval, MaxBackoff: 4 * interval,
		Client: srv.Client(fetch.Options{Timeout: time.Second}), // short for the hanging page, long enough for the huge one under -race on a loaded machine
		Ingest: r.ingest,
		Log:    slog.New(slog.NewTextHandler(r.logs, nil)),
		Now:    r.clock,
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (r *rig) clock() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.now
}

func (r *rig) advance(d time.Duration) {
	r.mu.Lock()
	r.now = r.now.Add(d)
	r.mu.Unlock()
}

func (r *rig) ingest(ctx context.Context, arts []*corpus.Article) (Counts, error) {
	r.mu.Lock()
	r.batches = append(r.batches, arts)
	r.mu.Unlock()
	return IngestWith(r.svc)(ctx, arts)
}

func (r *rig) articles(t *testing.T) int {
	t.Helper()
	st, err := r.idx.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Articles
}

func (r *rig) status(t *testing.T, path string) Status {
	t.Helper()
	st, err := r.p.Status()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range st {
		if s.URL == r.srv.At(path) {
			return s
		}
	}
	t.Fatalf("no status for %s", path)
	return Status{}
}

func byURL(reps []Report, u string) Report {
	for _, r := range reps {
		if r.URL == u {
			return r
		}
	}
	return Report{URL: "missing " + u}
}

func TestPollIngestsNewItems(t *testing.T) {
	srv := fetchtest.NewServer(t)
	r := newRig(t, srv, t.TempDir(), "/rss.xml", "/atom.xml")
	ctx := context.Background()

	reps := r.p.Poll(ctx)
	rss, atom := byURL(reps, srv.At("/rss.xml")), byURL(reps, srv.At("/atom.xml"))
	if rss.Err != nil || rss.New != 4 || rss.Added != 4 || len(rss.Failed) != 4 {
		t.Errorf("rss: %+v; want 4 new, 4 added, 4 failed items", rss)
	}
	if atom.Err != nil || atom.New != 2 || atom.Added != 2 || len(atom.Failed) != 0 {
		t.Errorf("atom: %+v; want 2 new and added", atom)
	}
	if n := r.articles(t); n != 6 {
		t.Errorf("%d articles indexed, want 6", n)
	}
	failed := map[string]string{}
	for _, f := range rss.Failed {
		failed[strings.TrimPrefix(f.Source, srv.URL)] = f.Error
	}
	for path, says := range map[string]string{"/news/slow": "timed out", "/news/huge": "too large", "/news/moved": "refusing to connect to 127.0.0.1:9", "/news/missing-page": "summary was kept"} {
		if !strings.Contains(failed[path], says) {
			t.Errorf("failed[%s] = %q, want %q", path, failed[path], says)
		}
	}
	if !strings.Contains(r.logs.String(), "feed item skipped") {
		t.Errorf("skipped items not logged:\n%s", r.logs)
	}
	for _, q := range []string{"mackerel quota", "river flows", "gauge readings", "lifeboats"} {
		res, err := r.svc.Search(ctx, answer.SearchParams{Query: q})
		if err != nil || res.Total == 0 {
			t.Errorf("search %q after the poll: %+v, %v", q, res, err)
		}
	}
	s := r.status(t, "/rss.xml")
	if s.State != "ok" || s.Ingested != 4 || s.From != FromEnv || len(s.ItemFailures) != 4 || !s.LastSuccess.Equal(r.clock()) {
		t.Errorf("status: %+v", s)
	}

	// The next poll gets 304s: nothing fetched again, nothing ingested.
	pageHits := srv.Hits("/news/oslo-fisheries")
	batches := len(r.batches)
	r.advance(interval)
	reps = r.p.Poll(ctx)
	for _, rep := range reps {
		if !rep.NotModified || rep.New != 0 || rep.Err != nil {
			t.Errorf("second poll of %s: %+v", rep.URL, rep)
		}
	}
	if srv.Hits("/news/oslo-fisheries") != pageHits || len(r.batches) != batches || r.articles(t) != 6 {
		t.Errorf("a not-modified poll fetched pages or ingested")
	}
	if h := srv.Header("/atom.xml"); h.Get("If-None-Match") != `"atom-v1"` {
		t.Errorf("no conditional GET: %v", h)
	}
}

// A feed that re-publishes items (new dates, new validators) changes
// nothing: seen items are skipped, and even with the state lost the index
// finds them unchanged.
func TestRepublishedItemsChangeNothing(t *testing.T) {
	srv := fetchtest.NewServer(t)
	dir := t.TempDir()
	r := newRig(t, srv, dir, "/atom.xml")
	ctx := context.Background()
	if rep := r.p.Poll(ctx)[0]; rep.Added != 2 {
		t.Fatalf("first poll: %+v", rep)
	}
	geneva := srv.Hits("/news/geneva-water")
	v2 := strings.ReplaceAll(fetchtest.File("atom.xml"), "2025-03-14T11:00:00Z", "2025-03-15T07:00:00Z")
	v2 = strings.Replace(v2, "<title>Grain corridor", "<title>UPDATED: Grain corridor", 1)
	srv.Set("/atom.xml", fetchtest.Route{ContentType: "application/atom+xml", Body: v2, ETag: `"atom-v2"`})
	r.advance(interval)
	rep := r.p.Poll(ctx)[0]
	if rep.NotModified || rep.New != 0 || rep.Seen != 2 || rep.Added+rep.Updated != 0 {
		t.Errorf("re-published feed: %+v; want both items seen, nothing ingested", rep)
	}
	if srv.Hits("/news/geneva-water") != geneva {
		t.Errorf("page of a seen item fetched again")
	}

	// Without the state, the items are read again and the index reports
	// them unchanged (IDs come from the canonical links).
	r2 := newRig(t, srv, t.TempDir(), "/atom.xml")
	r2.svc = r.svc // same index
	r2.idx = r.idx
	srv.Set("/atom.xml", fetchtest.Route{ContentType: "application/atom+xml", Body: fetchtest.File("atom.xml"), ETag: `"atom-v1"`})
	rep = r2.p.Poll(ctx)[0]
	if rep.New != 2 || rep.Added != 0 || rep.Updated != 0 || rep.Unchanged != 2 || r.articles(t) != 2 {
		t.Errorf("re-read without state: %+v, %d articles", rep, r.articles(t))
	}
}

func TestFailingFeedBacksOff(t *testing.T) {
	srv := fetchtest.NewServer(t)
	r := newRig(t, srv, t.TempDir(), "/broken.xml", "/atom.xml")
	ctx := context.Background()
	start := r.clock()

	// Polls every interval; the broken feed is read after 1, 2, 4, 4
	// intervals (MaxBackoff is 4).
	var readAt []time.Duration
	for i := range 12 {
		before := srv.Hits("/broken.xml")
		reps := r.p.Poll(ctx)
		if srv.Hits("/broken.xml") > before {
			readAt = append(readAt, r.clock().Sub(start))
			if rep := byURL(reps, srv.At("/broken.xml")); rep.Err == nil || !strings.Contains(rep.Err.Error(), "500") {
				t.Errorf("poll %d: broken feed report %+v", i, rep)
			}
		}
		if atom := byURL(reps, srv.At("/atom.xml")); atom.Err != nil || (i > 0 && !atom.NotModified) {
			t.Errorf("poll %d: the healthy feed was not polled normally: %+v", i, atom)
		}
		r.advance(interval)
	}
	want := []time.Duration{0, 1 * interval, 3 * interval, 7 * interval, 11 * interval}
	if len(readAt) != len(want) {
		t.Fatalf("broken feed read at %v, want %v", readAt, want)
	}
	for i := range want {
		if readAt[i] != want[i] {
			t.Fatalf("broken feed read at %v, want %v", readAt, want)
		}
	}
	s := r.status(t, "/broken.xml")
	if s.State != "failing" || s.Failures != 5 || !strings.Contains(s.LastError, "HTTP 500") || !s.FailingSince.Equal(start) ||
		!s.NextAttempt.Equal(start.Add(15*interval)) || !s.LastSuccess.IsZero() {
		t.Errorf("status of the broken feed: %+v", s)
	}
	if n := strings.Count(r.logs.String(), "feed failed"); n != 5 {
		t.Errorf("%d failure warnings logged, want 5:\n%s", n, r.logs)
	}

	// Mended, it is read at its next attempt and is well again.
	srv.Set("/broken.xml", fetchtest.Route{ContentType: "application/atom+xml", Body: fetchtest.File("atom.xml")})
	for r.clock().Before(s.NextAttempt) {
		r.p.Poll(ctx)
		r.advance(interval)
	}
	rep := byURL(r.p.Poll(ctx), srv.At("/broken.xml"))
	if rep.Err != nil || rep.New != 0 || rep.Seen != 2 {
		t.Errorf("mended feed: %+v (its items came from the other feed already)", rep)
	}
	if s := r.status(t, "/broken.xml"); s.State != "ok" || s.Failures != 0 || s.LastError != "" {
		t.Errorf("status after mending: %+v", s)
	}
}

// An item whose page keeps failing is retried when the feed changes, and
// given up on after maxItemAttempts, visibly.
func TestFailingItemGivenUp(t *testing.T) {
	srv := fetchtest.NewServer(t)
	r := newRig(t, srv, t.TempDir())
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow Desk</title>
<item><title>Slow story</title><link>{{base}}/news/slow</link></item>
<item><title>Oslo</title><link>{{base}}/news/oslo-fisheries</link></item></channel></rss>`
	if _, _, err := r.p.Add(srv.At("/slow.xml")); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := 1; i <= maxItemAttempts+1; i++ {
		srv.Set("/slow.xml", fetchtest.Route{ContentType: "application/rss+xml", Body: feed, ETag: `"v` + string(rune('0'+i)) + `"`})
		rep := r.p.Poll(ctx)[0]
		switch {
		case i < maxItemAttempts:
			if len(rep.Failed) != 1 || strings.Contains(rep.Failed[0].Error, "not trying again") {
				t.Errorf("poll %d: %+v", i, rep.Failed)
			}
		case i == maxItemAttempts:
			if len(rep.Failed) != 1 || !strings.Contains(rep.Failed[0].Error, "not trying again") {
				t.Errorf("poll %d: %+v", i, rep.Failed)
			}
		default:
			if len(rep.Failed) != 0 || rep.Seen != 2 {
				t.Errorf("poll %d after giving up: %+v", i, rep)
			}
		}
		r.advance(interval)
	}
	if n := srv.Hits("/news/slow"); n != maxItemAttempts {
		t.Errorf("slow page fetched %d times, want %d", n, maxItemAttempts)
	}
	if n := srv.Hits("/news/oslo-fisheries"); n != 1 {
		t.Errorf("good page fetched %d times, want 1", n)
	}
	if s := r.status(t, "/slow.xml"); s.From != FromFile || s.State != "ok" || s.Ingested != 1 {
		t.Errorf("status: %+v", s)
	}
}

// The state survives a restart: a new Poller over the same dir sends
// conditional requests and skips seen items.
func TestStatePersists(t *testing.T) {
	srv := fetchtest.NewServer(t)
	dir := t.TempDir()
	r := newRig(t, srv, dir, "/atom.xml")
	ctx := context.Background()
	r.p.Poll(ctx)
	r2 := newRig(t, srv, dir, "/atom.xml")
	if reps := r2.p.Poll(ctx); len(reps) != 0 {
		t.Errorf("after a restart, a feed read just now was read again: %+v", reps)
	}
	r2.advance(interval)
	rep := r2.p.Poll(ctx)[0]
	if !rep.NotModified {
		t.Errorf("after restart: %+v; want a 304", rep)
	}
	st, err := ReadStatus(dir, []string{srv.At("/atom.xml")})
	if err != nil || len(st) != 1 || st[0].State != "ok" || st[0].Ingested != 2 {
		t.Errorf("ReadStatus = %+v, %v", st, err)
	}
}

// Searches and Status answer while a batch is being indexed: the poller
// holds no lock across ingest.
func TestSearchWhileIngesting(t *testing.T) {
	srv := fetchtest.NewServer(t)
	r := newRig(t, srv, t.TempDir(), "/atom.xml")
	ctx := context.Background()
	seed := &corpus.Article{Title: "Earlier talks", Source: "Desk", URL: "https://desk.example/earlier",
		Published:  time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		Paragraphs: []string{"Negotiators met in Rome to discuss a ceasefire along the river and the exchange of prisoners held since the winter."}}
	if _, err := r.svc.IngestArticles(ctx, []*corpus.Article{seed}); err != nil {
		t.Fatal(err)
	}
	inside, release := make(chan struct{}), make(chan struct{})
	r.p.cfg.Ingest = func(ctx context.Context, arts []*corpus.Article) (Counts, error) {
		close(inside)
		<-release
		return IngestWith(r.svc)(ctx, arts)
	}
	done := make(chan []Report)
	go func() { done <- r.p.Poll(ctx) }()
	<-inside
	if res, err := r.svc.Search(ctx, answer.SearchParams{Query: "ceasefire"}); err != nil || res.Total != 1 {
		t.Errorf("search during ingest: %+v, %v", res, err)
	}
	if st, err := r.p.Status(); err != nil || len(st) != 1 {
		t.Errorf("status during ingest: %+v, %v", st, err)
	}
	// Searches run alongside the batch being written.
	searchErr, stop := make(chan error, 1), make(chan struct{})
	go func() {
		defer close(searchErr)
		for {
			select {
			case <-stop:
				return
			default:
			}
			if res, err := r.svc.Search(ctx, answer.SearchParams{Query: "ceasefire"}); err != nil || res.Total == 0 {
				searchErr <- fmt.Errorf("search while indexing: %+v, %v", res, err)
				return
			}
		}
	}()
	close(release)
	rep := (<-done)[0]
	close(stop)
	if err := <-searchErr; err != nil {
		t.Error(err)
	}
	if rep.Added != 2 {
		t.Errorf("poll: %+v", rep)
	}
}
