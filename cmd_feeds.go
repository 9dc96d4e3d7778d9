package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/fetch"
)

// allowPrivateURLs reads PARLEY_ALLOW_PRIVATE_URLS.
func allowPrivateURLs(e env) (bool, error) {
	switch v := strings.ToLower(strings.TrimSpace(e.get("PARLEY_ALLOW_PRIVATE_URLS"))); v {
	case "", "0", "false", "no":
		return false, nil
	case "1", "true", "yes":
		return true, nil
	default:
		return false, usagef("PARLEY_ALLOW_PRIVATE_URLS %q: use 1 to let fetches reach private addresses (tests only), or leave it unset", v)
	}
}

// newFetcher returns the fetcher behind `parley ingest URL`. A bad
// PARLEY_ALLOW_PRIVATE_URLS makes every fetch fail with the reason, so
// that commands that fetch nothing are not affected.
func newFetcher(e env) answer.Fetcher {
	allow, err := allowPrivateURLs(e)
	if err != nil {
		return func(context.Context, string) ([]*corpus.Article, error) { return nil, err }
	}
	return fetch.New(fetch.Options{AllowPrivate: allow}).Fetch
}

// newFeedPoller builds the poller that `parley bot` and `parley serve`
// run beside them (go p.Run(ctx)), over the data dir and the service that
// owns its index: feeds from PARLEY_FEEDS and the data dir's feeds file,
// polled every PARLEY_POLL. Its Add, Remove and Status serve /feeds.
func newFeedPoller(c *cli, dir string, svc *answer.Service) (*feeds.Poller, error) {
	env, err := feeds.ParseEnv(c.env.get("PARLEY_FEEDS"))
	if err != nil {
		return nil, usagef("%v", err)
	}
	every, err := feeds.ParseInterval(c.env.get("PARLEY_POLL"))
	if err != nil {
		return nil, usagef("%v", err)
	}
	allow, err := allowPrivateURLs(c.env)
	if err != nil {
		return nil, err
	}
	return feeds.NewPoller(feeds.Config{
		Dir:      dir,
		Env:      env,
		Interval: every,
		Client:   fetch.New(fetch.Options{AllowPrivate: allow}),
		Ingest:   feeds.IngestWith(svc),
		Log:      c.log.With("component", "feeds"),
	})
}

func setupFeeds(fs *flag.FlagSet) body {
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		if len(args) == 0 {
			return usagef("parley feeds: say add URL…, remove URL… or list")
		}
		sub, urls := args[0], args[1:]
		env, err := feeds.ParseEnv(c.env.get("PARLEY_FEEDS"))
		if err != nil {
			return usagef("%v", err)
		}
		switch sub {
		case "list":
			if len(urls) > 0 {
				return usagef("parley feeds list: unexpected argument %q", urls[0])
			}
			st, err := feeds.ReadStatus(o.data, env)
			if err != nil {
				return err
			}
			if o.json {
				return c.print(o, feedList{Feeds: st})
			}
			return writeFeeds(c.stdout, st, time.Now())
		case "add", "remove":
			if len(urls) == 0 {
				return usagef("parley feeds %s: give a feed URL, e.g. parley feeds %s https://example.org/rss.xml", sub, sub)
			}
			var out []feedEdit
			for _, u := range urls {
				e, err := editFeed(sub, o.data, env, u)
				if err != nil {
					return err
				}
				out = append(out, e)
			}
			if o.json {
				return c.print(o, feedEdits{Feeds: out})
			}
			for _, e := range out {
				fmt.Fprintln(c.stdout, e.text())
			}
			return nil
		}
		return usagef("parley feeds: unknown subcommand %q; use add, remove or list", sub)
	}
}

// feedList is the JSON of `parley feeds list`.
type feedList struct {
	Feeds []feeds.Status `json:"feeds"`
}

// feedEdit is the JSON of one `parley feeds add|remove` URL.
type feedEdit struct {
	URL     string `json:"url"`
	Action  string `json:"action"`  // add or remove
	Changed bool   `json:"changed"` // false: it was already there
}

type feedEdits struct {
	Feeds []feedEdit `json:"feeds"`
}

func (e feedEdit) text() string {
	switch {
	case e.Action == "add" && e.Changed:
		return "added " + e.URL + " (a running `parley bot` or `parley serve` reads it at its next poll)"
	case e.Action == "add":
		return "already listed: " + e.URL
	}
	return "removed " + e.URL
}

func editFeed(action, dir string, env []string, raw string) (feedEdit, error) {
	if action == "add" {
		u, added, err := feeds.Add(dir, raw)
		if errors.Is(err, fetch.ErrBadURL) {
			return feedEdit{}, usagef("parley feeds add: %v", err)
		}
		return feedEdit{URL: u, Action: action, Changed: added}, err
	}
	for _, u := range env {
		if corpus.CanonicalURL(u) == corpus.CanonicalURL(raw) {
			return feedEdit{}, fmt.Errorf("parley feeds remove: %s is set in PARLEY_FEEDS, not in the feeds file; remove it there", raw)
		}
	}
	if err := feeds.Remove(dir, raw); err != nil {
		return feedEdit{}, fmt.Errorf("parley feeds remove: %w", err)
	}
	return feedEdit{URL: strings.TrimSpace(raw), Action: action, Changed: true}, nil
}

// writeFeeds prints the feed list for people.
func writeFeeds(w io.Writer, st []feeds.Status, now time.Time) error {
	if len(st) == 0 {
		_, err := fmt.Fprintln(w, "No feeds. Add one with `parley feeds add URL` or set PARLEY_FEEDS.")
		return err
	}
	var b strings.Builder
	for _, s := range st {
		fmt.Fprintf(&b, "%s  [%s, from %s]\n", s.URL, s.State, s.From)
		if !s.LastSuccess.IsZero() {
			fmt.Fprintf(&b, "  last read %s; %d items ingested\n", ago(now, s.LastSuccess), s.Ingested)
		}
		if s.Failures > 0 {
			fmt.Fprintf(&b, "  failing since %s (%d failed reads in a row): %s\n", s.FailingSince.Local().Format(time.RFC3339), s.Failures, s.LastError)
		}
		if !s.NextAttempt.IsZero() {
			fmt.Fprintf(&b, "  next attempt %s\n", s.NextAttempt.Local().Format(time.RFC3339))
		}
		for _, f := range s.ItemFailures {
			fmt.Fprintf(&b, "  skipped item %s: %s\n", f.Source, f.Error)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func ago(now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h %d min ago", int(d.Hours()), int(d.Minutes())%60)
	}
	return t.Local().Format("2006-01-02 15:04")
}
