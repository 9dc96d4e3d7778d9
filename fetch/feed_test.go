package fetch_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/fetch"
	"github.com/parley-bot/parley/fetch/fetchtest"
)

// items indexes a result's items by the last part of their link.
func items(t *testing.T, res *fetch.FeedResult) map[string]fetch.Item {
	t.Helper()
	m := map[string]fetch.Item{}
	for _, it := range res.Items {
		m[it.Link[strings.LastIndex(it.Link, "/")+1:]] = it
	}
	return m
}

func TestFeedRSS(t *testing.T) {
	srv := fetchtest.NewServer(t)
	c := srv.Client(fetch.Options{Timeout: time.Second}) // the huge page must reach its size cap in time under -race on a loaded machine
	ctx := context.Background()
	res, err := c.Feed(ctx, srv.At("/rss.xml"), fetch.FeedRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if res.ETag != `"rss-v1"` || res.LastModified != "Fri, 14 Mar 2025 15:00:00 GMT" || res.NotModified || res.Title != "Harbour Gazette World Desk" {
		t.Errorf("feed: etag %q, modified %q, not modified %v, title %q", res.ETag, res.LastModified, res.NotModified, res.Title)
	}
	got := items(t, res)
	// The repeated Tallinn link is one item.
	if len(res.Items) != 8 {
		t.Errorf("%d items, want 8 (9 in the feed, one link repeated): %v", len(res.Items), got)
	}

	full := got["tallinn-ferry-accord"]
	if full.Err != nil || full.Article == nil || !strings.Contains(full.Article.Text(), "lifeboats work") || full.Duplicate {
		t.Errorf("full item: %+v", full)
	}
	if srv.Hits("/news/tallinn-ferry-accord") != 0 {
		t.Errorf("the page of a full item was fetched")
	}

	// Summary-only and link-only items come from their pages, under the
	// item's ID, with the feed's metadata where the page has none.
	for name, want := range map[string]string{"oslo-fisheries": "Atlantic mackerel", "nairobi-mediation": "river flows for the past ten dry seasons"} {
		it := got[name]
		if it.Err != nil || it.Article == nil || !strings.Contains(it.Article.Text(), want) {
			t.Errorf("%s: %+v", name, it)
			continue
		}
		if srv.Hits("/news/"+name) != 1 {
			t.Errorf("%s: page fetched %d times", name, srv.Hits("/news/"+name))
		}
		if a := it.Article; a.Source != "Harbour Gazette" || a.Published.IsZero() || a.ID != idOf(it.Link) {
			t.Errorf("%s: source %q, published %v, id %s", name, a.Source, a.Published, a.ID)
		}
	}

	// Pages that fail are reported; the rest of the feed is unaffected.
	for name, want := range map[string]error{"slow": fetch.ErrTimeout, "huge": fetch.ErrTooLarge, "moved": fetch.ErrBlocked} {
		it := got[name]
		if !errors.Is(it.Err, want) || it.Article != nil {
			t.Errorf("%s: article %v, err %v; want none and %v", name, it.Article != nil, it.Err, want)
		}
	}
	// A summary whose page is gone is kept, and the failure reported.
	if it := got["missing-page"]; it.Article == nil || !strings.Contains(it.Article.Text(), "truck inspections") ||
		it.Err == nil || !strings.Contains(it.Err.Error(), "404") || !strings.Contains(it.Err.Error(), "summary was kept") {
		t.Errorf("missing page: %+v", it)
	}
	// The same text under another link is a duplicate.
	if it := got["syndicated-copy"]; !it.Duplicate || it.Content == "" || it.Content != full.Content {
		t.Errorf("syndicated copy: duplicate %v, content %q vs %q", it.Duplicate, it.Content, full.Content)
	}
	if n := len(res.Articles()); n != 4 {
		t.Errorf("%d articles to index, want 4 (full, two pages, one kept summary)", n)
	}
	if n := len(res.Failed()); n != 4 {
		t.Errorf("%d failed items, want 4", n)
	}

	// A conditional request gets 304 and fetches no page.
	again, err := c.Feed(ctx, srv.At("/rss.xml"), fetch.FeedRequest{Conditional: fetch.Conditional{ETag: res.ETag, LastModified: res.LastModified}})
	if err != nil || !again.NotModified || len(again.Items) != 0 || again.ETag != res.ETag {
		t.Fatalf("conditional poll: %+v, %v", again, err)
	}
	if h := srv.Header("/rss.xml"); h.Get("If-None-Match") != `"rss-v1"` || h.Get("If-Modified-Since") == "" {
		t.Errorf("conditional headers: %v", h)
	}
	if srv.Hits("/news/oslo-fisheries") != 1 {
		t.Errorf("a 304 led to page fetches")
	}

	// Seen links are skipped before their pages are fetched; seen
	// content is a duplicate.
	seen := map[string]bool{}
	for _, it := range res.Items {
		if it.Err == nil {
			seen[it.Link] = true
		}
	}
	seen[full.Content] = true
	third, err := c.Feed(ctx, srv.At("/rss.xml"), fetch.FeedRequest{Seen: func(k string) bool { return seen[k] }})
	if err != nil {
		t.Fatal(err)
	}
	if third.Seen != 4 || srv.Hits("/news/oslo-fisheries") != 1 {
		t.Errorf("seen %d (want 4), oslo fetched %d times", third.Seen, srv.Hits("/news/oslo-fisheries"))
	}
}

func idOf(link string) string {
	a := &corpus.Article{URL: link}
	a.AssignID()
	return a.ID
}

func TestFeedAtom(t *testing.T) {
	srv := fetchtest.NewServer(t)
	c := srv.Client(fetch.Options{})
	res, err := c.Feed(context.Background(), srv.At("/atom.xml"), fetch.FeedRequest{})
	if err != nil {
		t.Fatal(err)
	}
	got := items(t, res)
	if a := got["vienna-grain"].Article; a == nil || a.Authors[0] != "Jonas Weber" || !strings.Contains(a.Text(), "rotting in silos") {
		t.Errorf("full entry: %+v", got["vienna-grain"])
	}
	if srv.Hits("/news/vienna-grain") != 0 {
		t.Errorf("page of a full entry fetched")
	}
	a := got["geneva-water"].Article
	if a == nil || got["geneva-water"].Err != nil || !strings.Contains(a.Text(), "real-time gauge readings") ||
		len(a.Authors) == 0 || a.Authors[0] != "Claire Fontaine" || a.Source != "Lakeside Wire" {
		t.Errorf("summary entry: %+v", got["geneva-water"])
	}
	if res.ETag != `"atom-v1"` {
		t.Errorf("etag %q", res.ETag)
	}
}

func TestFeedErrors(t *testing.T) {
	srv := fetchtest.NewServer(t)
	srv.Set("/front", fetchtest.Route{Body: `<!DOCTYPE html><html><head><title>Home</title>
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body><p>Welcome</p></body></html>`})
	c := srv.Client(fetch.Options{})
	ctx := context.Background()
	var se *fetch.StatusError
	if _, err := c.Feed(ctx, srv.At("/broken.xml"), fetch.FeedRequest{}); !errors.As(err, &se) || se.Code != 500 {
		t.Errorf("500: %v", err)
	}
	_, err := c.Feed(ctx, srv.At("/front"), fetch.FeedRequest{})
	if !errors.Is(err, corpus.ErrNotFeed) || !strings.Contains(err.Error(), srv.At("/rss.xml")) {
		t.Errorf("HTML page as feed: %v", err)
	}
	if _, err := c.Feed(ctx, srv.At("/news/nowhere"), fetch.FeedRequest{}); !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("404: %v", err)
	}
}

// Fetch of a feed returns its articles and one error per failed item,
// each naming its own URL.
func TestFetchFeed(t *testing.T) {
	srv := fetchtest.NewServer(t)
	c := srv.Client(fetch.Options{Timeout: time.Second}) // the huge page must reach its size cap in time under -race on a loaded machine
	arts, err := c.Fetch(context.Background(), srv.At("/rss.xml"))
	if len(arts) != 4 {
		t.Errorf("%d articles, want 4", len(arts))
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok || len(j.Unwrap()) != 4 {
		t.Fatalf("err = %v, want 4 joined item errors", err)
	}
	for _, e := range j.Unwrap() {
		var fe *fetch.Error
		if !errors.As(e, &fe) || !strings.HasPrefix(fe.Source(), srv.At("/news/")) || fe.Reason() == "" {
			t.Errorf("item error %v does not name its page", e)
		}
	}
}
