package main

import (
	"context"
	"flag"
	"path/filepath"
	"sync"

	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/schedule"
)

// defaultAddr is where `parley serve` listens without --addr.
const defaultAddr = ":8080"

func setupBot(fs *flag.FlagSet) body {
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		if len(args) > 0 {
			return usagef("parley bot: unexpected argument %q", args[0])
		}
		return runBot(ctx, c, o, "bot", "")
	}
}

func setupServe(fs *flag.FlagSet) body {
	addr := fs.String("addr", defaultAddr, "listen on this `address` (host:port) for Discord's interactions, /healthz and /metrics")
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		if len(args) > 0 {
			return usagef("parley serve: unexpected argument %q", args[0])
		}
		return runBot(ctx, c, o, "serve", *addr)
	}
}

// runBot runs the bot (over the gateway for "bot", as an HTTP endpoint on
// addr for "serve") with everything beside it: the index, the subscription
// store at <data>/state.db, the feed poller and the digest scheduler. It
// returns when ctx is cancelled (SIGINT, SIGTERM) or the bot fails, after
// stopping them all and closing what it opened.
func runBot(ctx context.Context, c *cli, o *common, command, addr string) error {
	cfg, err := bot.ConfigFromEnv(c.env.get)
	if err != nil {
		return err
	}
	// Refuse before opening anything when the mode cannot run.
	if command == "bot" && cfg.Token == "" {
		return bot.ErrMissingToken
	}
	if command == "serve" && cfg.PublicKey == "" {
		return bot.ErrMissingPublicKey
	}

	s, err := openStore(ctx, c, o.data, command, true)
	if err != nil {
		return err
	}
	defer s.close(c.log)
	subs, err := schedule.Open(filepath.Join(o.data, "state.db"), 0)
	if err != nil {
		return err
	}
	defer func() {
		if err := subs.Close(); err != nil {
			c.log.Error("close state database", "err", err)
		}
	}()
	poller, err := newFeedPoller(c, o.data, s.svc)
	if err != nil {
		return err
	}
	// Other parley commands on this data dir are answered by this process.
	stopControl := serveControl(c, s)
	defer stopControl()

	// Everything beside the bot stops, and is waited for, before the
	// deferred closes run.
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wg.Go(func() { _ = poller.Run(ctx) })

	if cfg.Token != "" {
		poster, err := bot.NewPoster(cfg, s.svc, c.log)
		if err != nil {
			return err
		}
		sched := schedule.NewScheduler(subs, poster.Post, schedule.Options{Logger: c.log.With("component", "digests")})
		wg.Go(func() { _ = sched.Run(ctx) })
	} else {
		c.log.Warn("DISCORD_TOKEN not set: daily digests will not be posted (subscriptions are still kept); set it to post them")
	}

	cfg.Extras = bot.Extras{Subs: subs, Feeds: poller, Ingest: s.svc, NotPosting: cfg.Token == ""}
	if command == "bot" {
		return bot.RunGateway(ctx, cfg, s.svc, c.log)
	}
	return bot.RunHTTP(ctx, cfg, addr, s.svc, c.log)
}
