package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/fetch/fetchtest"
)

// parleyEnv runs the program with the given environment (PARLEY_DATA
// included) and returns stdout, stderr and the exit status.
func parleyEnv(t *testing.T, vars map[string]string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, func(k string) string { return vars[k] }, strings.NewReader(""), &out, &errb)
	code := exitCode(err, &errb)
	return out.String(), errb.String(), code
}

// feedServer is the test feed server with its slow page gone: the
// program's fetch timeout is 20 s.
func feedServer(t *testing.T) *fetchtest.Server {
	srv := fetchtest.NewServer(t)
	srv.Set("/news/slow", fetchtest.Route{Status: 410, Body: "gone"})
	return srv
}

func TestIngestURLs(t *testing.T) {
	srv := feedServer(t)
	vars := map[string]string{"PARLEY_DATA": t.TempDir(), "PARLEY_ALLOW_PRIVATE_URLS": "1"}

	// Without the test switch, the local server is out of bounds.
	out, _, code := parleyEnv(t, map[string]string{"PARLEY_DATA": vars["PARLEY_DATA"]}, "ingest", "--json", srv.At("/news/geneva-water"))
	rep := decode[answer.IngestReport](t, out)
	if code != 1 || rep.Added != 0 || len(rep.Failed) != 1 || !strings.Contains(rep.Failed[0].Error, "loopback address") {
		t.Errorf("private URL without PARLEY_ALLOW_PRIVATE_URLS: exit %d, %+v", code, rep)
	}

	out, errs, code := parleyEnv(t, vars, "ingest", "--json", srv.At("/rss.xml"), srv.At("/news/geneva-water"))
	rep = decode[answer.IngestReport](t, out)
	if code != 1 || rep.Added != 5 || rep.Articles != 5 || len(rep.Failed) != 4 {
		t.Fatalf("ingest feed and page: exit %d, %+v\n%s", code, rep, errs)
	}
	for _, f := range rep.Failed {
		if !strings.HasPrefix(f.Source, srv.At("/news/")) {
			t.Errorf("failure not under its page: %+v", f)
		}
	}
	out, _, code = parleyEnv(t, vars, "search", "--json", "gauge", "readings")
	if ans := decode[answer.SearchAnswer](t, out); code != 0 || ans.Total == 0 || ans.Hits[0].Article.Source != "Lakeside Wire" {
		t.Errorf("search after ingest: exit %d, %s", code, out)
	}

	vars["PARLEY_ALLOW_PRIVATE_URLS"] = "maybe"
	out, _, _ = parleyEnv(t, vars, "ingest", "--json", srv.At("/news/oslo-fisheries"))
	if rep := decode[answer.IngestReport](t, out); len(rep.Failed) != 1 || !strings.Contains(rep.Failed[0].Error, "PARLEY_ALLOW_PRIVATE_URLS") {
		t.Errorf("bad PARLEY_ALLOW_PRIVATE_URLS: %s", out)
	}
}

func TestFeedsCommands(t *testing.T) {
	vars := map[string]string{"PARLEY_DATA": t.TempDir(), "PARLEY_FEEDS": "https://env.example/rss.xml"}
	out, errs, code := parleyEnv(t, vars, "feeds", "add", "https://wire.example/world.atom")
	if code != 0 || !strings.Contains(out, "added https://wire.example/world.atom") {
		t.Errorf("add: exit %d, %q %q", code, out, errs)
	}
	out, _, code = parleyEnv(t, vars, "feeds", "add", "--json", "http://wire.example/world.atom")
	if e := decode[feedEdits](t, out); code != 0 || len(e.Feeds) != 1 || e.Feeds[0].Changed {
		t.Errorf("add again: exit %d, %s", code, out)
	}
	_, errs, code = parleyEnv(t, vars, "feeds", "add", "ftp://wire.example/x")
	if code != 2 || !strings.Contains(errs, "ftp://wire.example/x") {
		t.Errorf("bad URL: exit %d, %q", code, errs)
	}

	out, _, code = parleyEnv(t, vars, "feeds", "list", "--json")
	l := decode[feedList](t, out)
	if code != 0 || len(l.Feeds) != 2 || l.Feeds[0].From != "PARLEY_FEEDS" || l.Feeds[1].URL != "https://wire.example/world.atom" || l.Feeds[1].State != "new" {
		t.Errorf("list: exit %d, %s", code, out)
	}
	out, _, _ = parleyEnv(t, vars, "feeds", "list")
	if !strings.Contains(out, "https://wire.example/world.atom  [new, from feeds file]") {
		t.Errorf("list text:\n%s", out)
	}

	_, errs, code = parleyEnv(t, vars, "feeds", "remove", "https://env.example/rss.xml")
	if code != 1 || !strings.Contains(errs, "PARLEY_FEEDS") {
		t.Errorf("remove env feed: exit %d, %q", code, errs)
	}
	if out, _, code = parleyEnv(t, vars, "feeds", "remove", "https://wire.example/world.atom"); code != 0 || !strings.Contains(out, "removed") {
		t.Errorf("remove: exit %d, %q", code, out)
	}
	if _, errs, code = parleyEnv(t, vars, "feeds", "remove", "https://wire.example/world.atom"); code != 1 || !strings.Contains(errs, "not in the list") {
		t.Errorf("remove again: exit %d, %q", code, errs)
	}
	for _, args := range [][]string{{"feeds"}, {"feeds", "purge"}, {"feeds", "add"}} {
		if _, _, code := parleyEnv(t, vars, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	vars["PARLEY_FEEDS"] = "https://ok.example/rss, file:///etc/passwd"
	if _, errs, code := parleyEnv(t, vars, "feeds", "list"); code != 2 || !strings.Contains(errs, "PARLEY_FEEDS entry 2") {
		t.Errorf("bad PARLEY_FEEDS: exit %d, %q", code, errs)
	}
}

// What `parley bot` and `parley serve` do with PARLEY_FEEDS: one poll
// ingests the feed's items, and `parley digest` for their day shows them
// once the data dir is free again.
func TestFeedPollerFromEnv(t *testing.T) {
	srv := feedServer(t)
	data := t.TempDir()
	vars := map[string]string{"PARLEY_DATA": data, "PARLEY_FEEDS": srv.At("/rss.xml"), "PARLEY_POLL": "1m", "PARLEY_ALLOW_PRIVATE_URLS": "1"}
	c := &cli{env: env{getenv: func(k string) string { return vars[k] }}, stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}
	ctx := context.Background()
	s, err := openStore(ctx, c, data, "serve", false)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newFeedPoller(c, data, s.svc)
	if err != nil {
		t.Fatal(err)
	}
	reps := p.Poll(ctx)
	s.close(c.log)
	if len(reps) != 1 || reps[0].Added != 4 {
		t.Fatalf("poll: %+v", reps)
	}

	out, errs, code := parleyEnv(t, vars, "digest", "--json", "--date", "2025-03-14")
	d := decode[answer.DigestAnswer](t, out)
	if code != 0 || len(d.Articles) != 4 {
		t.Fatalf("digest: exit %d, %d articles\n%s", code, len(d.Articles), errs)
	}
	out, _, _ = parleyEnv(t, vars, "feeds", "list", "--json")
	if l := decode[feedList](t, out); len(l.Feeds) != 1 || l.Feeds[0].State != "ok" || l.Feeds[0].Ingested != 4 || len(l.Feeds[0].ItemFailures) != 4 {
		t.Errorf("feeds list after the poll: %s", out)
	}

	for k, v := range map[string]string{"PARLEY_POLL": "often", "PARLEY_FEEDS": "feed.xml"} {
		bad := map[string]string{"PARLEY_DATA": data}
		bad[k] = v
		c.env.getenv = func(k string) string { return bad[k] }
		if _, err := newFeedPoller(c, data, nil); err == nil || !strings.Contains(err.Error(), k) {
			t.Errorf("%s=%s: %v", k, v, err)
		}
	}
}
