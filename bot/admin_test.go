package bot

import (
	"context"
	"testing"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/fetch"
	"github.com/parley-bot/parley/fetch/fetchtest"
	"github.com/parley-bot/parley/index"
)

// feedServer is fetchtest's server without its never-ending page.
func feedServer(t *testing.T) *fetchtest.Server {
	t.Helper()
	srv := fetchtest.NewServer(t)
	srv.Set("/news/slow", fetchtest.Route{Status: 410, Body: "gone"})
	return srv
}

// TestFeedsCommands edits and lists the feeds of a real, running
// feeds.Poller that reads a local feed server into a real index.
func TestFeedsCommands(t *testing.T) {
	srv := feedServer(t)
	svc := realService(t)
	p, err := feeds.NewPoller(feeds.Config{Dir: t.TempDir(), Client: srv.Client(fetch.Options{}), Ingest: feeds.IngestWith(svc), Log: discardLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })

	h := startHTTP(t, svc, func(c *Config) {
		c.RateBurst = 100
		c.Extras = Extras{Feeds: p}
	})
	feedsCmd := func(perms, sub string, opts ...opt) string {
		return h.ask(t, command(t, testGuildID, "700", perms, "feeds", sub, opts...))
	}
	atom, broken := srv.At("/atom.xml"), srv.At("/broken.xml")
	state := func(url string) feeds.Status {
		st, _ := p.Status()
		for _, s := range st {
			if s.URL == url {
				return s
			}
		}
		return feeds.Status{}
	}

	wantContains(t, feedsCmd(permsAdmin, "list"), "Parley reads no feeds")
	wantContains(t, feedsCmd(permsAdmin, "add", str3(optURL, atom)), "Added "+escapeMarkdown(atom)+": Parley reads it now")
	if !waitFor(waitLong, func() bool { return state(atom).State == "ok" }) {
		t.Fatalf("the added feed was not read: %+v", state(atom))
	}
	wantContains(t, feedsCmd(permsAdmin, "add", str3(optURL, atom)), "Already reading")
	wantContains(t, feedsCmd(permsAdmin, "add", str3(optURL, broken)), "Added")
	if !waitFor(waitLong, func() bool { return state(broken).State == "failing" }) {
		t.Fatalf("the broken feed was not tried: %+v", state(broken))
	}
	got := feedsCmd(permsAdmin, "list")
	wantContains(t, got, "Feeds (2):", "**ok** "+escapeMarkdown(atom), "last read <t:", "articles taken",
		"**failing** "+escapeMarkdown(broken), "failing since <t:", "(1 in a row): ", "500", "backing off; next try <t:")

	// What the feed brought is searchable.
	a, err := svc.Search(ctx, answer.SearchParams{Query: "shipping timetable", Limit: 5})
	if err != nil || a.Total == 0 {
		t.Errorf("the feed's articles are not in the index: %+v %v", a, err)
	}

	wantContains(t, feedsCmd(permsAdmin, "remove", str3(optURL, broken)), "Removed "+escapeMarkdown(broken))
	wantContains(t, feedsCmd(permsAdmin, "remove", str3(optURL, broken)), "That feed is not in the list")
	wantContains(t, feedsCmd(permsAdmin, "add", str3(optURL, "file:///etc/passwd")), "That did not work: url: ", "bad URL (only absolute http:// and https://")
	wantContains(t, feedsCmd(permsMember, "add", str3(optURL, broken)), "You need the **Manage Server** permission")
	wantContains(t, feedsCmd(permsMember, "list"), "Manage Server")
	if st, _ := p.Status(); len(st) != 1 || st[0].URL != atom {
		t.Errorf("feeds now %+v, want only %s", st, atom)
	}
}

// TestIngestCommand ingests article pages from a local server through the
// answer layer's fetcher, deferred and answered to the user alone.
func TestIngestCommand(t *testing.T) {
	srv := feedServer(t)
	idx, err := index.NewMem()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	svc := answer.New(idx, nil, answer.WithFetcher(srv.Client(fetch.Options{}).Fetch))
	// The production fetcher: private addresses refused.
	guarded := answer.New(idx, nil, answer.WithFetcher(fetch.New(fetch.Options{}).Fetch))

	h := startHTTP(t, svc, func(c *Config) {
		c.RateBurst = 100
		c.Extras = Extras{Ingest: svc}
	})
	ingest := func(perms, url string) string {
		return h.ask(t, command(t, testGuildID, "700", perms, "ingest", "", str3(optURL, url)))
	}
	page := srv.At("/news/geneva-water")
	wantContains(t, ingest(permsAdmin, page), escapeMarkdown(page)+": 1 article added.", "Parley now knows 1 article.")
	wantContains(t, ingest(permsAdmin, page), "1 article unchanged (already read)")
	if a, _ := svc.Search(context.Background(), answer.SearchParams{Query: "water sharing", Limit: 1}); a == nil || a.Total == 0 {
		t.Errorf("the ingested page is not searchable")
	}
	wantContains(t, ingest(permsAdmin, srv.At("/news/missing-page")), "Nothing was added from", "Could not read", "404")
	// Never a path on the bot's disk.
	for _, bad := range []string{"/etc/passwd", "../data/index", "ftp://example.org/a"} {
		wantContains(t, ingest(permsAdmin, bad), "That did not work: url", "give the http(s) link of a news article")
	}
	wantContains(t, ingest(permsMember, page), "You need the **Manage Server** permission")

	g := startHTTP(t, svc, func(c *Config) { c.Extras = Extras{Ingest: guarded} })
	got := g.ask(t, command(t, testGuildID, "700", permsAdmin, "ingest", "", str3(optURL, srv.At("/news/oslo-fisheries"))))
	wantContains(t, got, "Nothing was added", "loopback")
}
