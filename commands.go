package main

import (
	"context"
	"encoding/json"
	"flag"
	"strings"

	"github.com/parley-bot/parley/answer"
)

// commands is the command table; its order is the order of `parley help`.
// It is filled in init because bot and serve run commands forwarded to
// them through the same table.
var commands []command

func init() {
	commands = commandTable
}

var commandTable = []command{
	{name: "ingest", args: "[--builtin] PATH|URL…", summary: "add articles from files, directories, article URLs and feed URLs", setup: setupIngest},
	{name: "search", args: "QUERY…", summary: "matching passages with their sources", freeText: true, setup: setupSearch},
	{name: "quotes", args: "[KEYWORD…]", summary: "direct quotations and who said them", freeText: true, setup: setupQuotes},
	{name: "who", args: "MEETING…", summary: "who attended a meeting (a description or a whole question)", freeText: true, setup: setupWho},
	{name: "ask", args: "QUESTION…", summary: "a question in plain words, routed to who / quotes / search / digest", freeText: true, setup: setupAsk},
	{name: "digest", args: "", summary: "the day's digest", setup: setupDigest},
	{name: "extract", args: "FILE…", summary: "what the extractor finds in article files (the index is not touched)", setup: setupExtract},
	{name: "stats", args: "", summary: "corpus and index figures", setup: setupStats},
	{name: "feeds", args: "add URL… | remove URL… | list", summary: "the news feeds polled while bot or serve runs, and how they fare", setup: setupFeeds},
	{name: "bot", args: "", summary: "run the Discord bot over the gateway (with feeds and daily digests)", setup: setupBot},
	{name: "serve", args: "[--addr ADDR]", summary: "HTTP interactions endpoint, /healthz, /metrics (with feeds and daily digests)", setup: setupServe},
}

type body = func(ctx context.Context, c *cli, o *common, args []string) error

// withStore runs fn over the data dir's answer service, seeding a new index
// with the built-in corpus, and closes everything afterwards.
func withStore(ctx context.Context, c *cli, o *common, name string, fn func(svc *answer.Service) (any, error)) error {
	s, err := openStore(ctx, c, o.data, name, true)
	if err != nil {
		return err
	}
	defer s.close(c.log)
	v, err := fn(s.svc)
	if err != nil {
		return err
	}
	return c.print(o, v)
}

// print writes v as JSON or as text for people.
func (c *cli) print(o *common, v any) error {
	if o.json {
		enc := json.NewEncoder(c.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	return writeText(c.stdout, v, isTerminal(c.stdout))
}

func joinArgs(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }

func setupSearch(fs *flag.FlagSet) body {
	var p answer.SearchParams
	fs.IntVar(&p.Limit, "limit", 5, "at most `N` passages")
	fs.IntVar(&p.Offset, "offset", 0, "skip the first `N` passages (paging)")
	fs.StringVar(&p.Since, "since", "", "only articles published on or after this `date` (YYYY-MM-DD)")
	fs.StringVar(&p.Until, "until", "", "only articles published on or before this `date` (YYYY-MM-DD)")
	fs.StringVar(&p.Source, "source", "", "only articles from this `outlet`")
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		p.Query = joinArgs(args)
		if p.Query == "" {
			return usagef("parley search: give a QUERY, e.g. parley search \"security guarantees\"")
		}
		return withStore(ctx, c, o, "search", func(svc *answer.Service) (any, error) { return svc.Search(ctx, p) })
	}
}

func setupQuotes(fs *flag.FlagSet) body {
	var p answer.QuotesParams
	fs.IntVar(&p.Limit, "limit", 5, "at most `N` quotes")
	fs.IntVar(&p.Offset, "offset", 0, "skip the first `N` quotes (paging)")
	fs.StringVar(&p.Speaker, "speaker", "", "only quotes by this `name` (full or part, e.g. Merz)")
	fs.StringVar(&p.Since, "since", "", "only articles published on or after this `date` (YYYY-MM-DD)")
	fs.StringVar(&p.Until, "until", "", "only articles published on or before this `date` (YYYY-MM-DD)")
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		p.Keyword = joinArgs(args)
		return withStore(ctx, c, o, "quotes", func(svc *answer.Service) (any, error) { return svc.Quotes(ctx, p) })
	}
}

func setupWho(fs *flag.FlagSet) body {
	var p answer.WhoParams
	fs.StringVar(&p.Date, "date", "", "the meeting's `date` (YYYY-MM-DD), when several match")
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		p.Meeting = joinArgs(args)
		if p.Meeting == "" {
			return usagef("parley who: name a MEETING, e.g. parley who \"Alaska summit\"")
		}
		return withStore(ctx, c, o, "who", func(svc *answer.Service) (any, error) { return svc.Who(ctx, p) })
	}
}

func setupAsk(fs *flag.FlagSet) body {
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		q := joinArgs(args)
		if q == "" {
			return usagef("parley ask: ask a QUESTION, e.g. parley ask \"who was at the Alaska summit?\"")
		}
		return withStore(ctx, c, o, "ask", func(svc *answer.Service) (any, error) { return svc.Ask(ctx, q) })
	}
}

func setupDigest(fs *flag.FlagSet) body {
	var p answer.DigestParams
	fs.StringVar(&p.Date, "date", "", "the `day` (YYYY-MM-DD; default today in --tz)")
	fs.StringVar(&p.TZ, "tz", "UTC", "IANA time `zone` the day is taken in, e.g. Europe/Kyiv")
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		if len(args) > 0 {
			return usagef("parley digest: unexpected argument %q (use --date YYYY-MM-DD)", args[0])
		}
		return withStore(ctx, c, o, "digest", func(svc *answer.Service) (any, error) { return svc.Digest(ctx, p) })
	}
}

func setupStats(fs *flag.FlagSet) body {
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		if len(args) > 0 {
			return usagef("parley stats: unexpected argument %q", args[0])
		}
		return withStore(ctx, c, o, "stats", func(svc *answer.Service) (any, error) { return svc.Stats(ctx) })
	}
}
