// Package bot is Parley's Discord front end and the only package that
// imports discordgo. It defines the slash commands, answers them through
// the answer layer, renders answers as embeds within every Discord limit,
// and connects to Discord in one of two ways with the same handlers:
// over the gateway (RunGateway) or as an HTTP interactions endpoint
// (NewServer, RunHTTP).
//
// Handlers are plain functions from an interaction to a response; a small
// router picks one, and a dispatcher runs it with a deadline (deferring
// when the answer is slow), bounded concurrency, a per-user rate limit and
// panic recovery. Everything sent goes through finalize, which applies
// Discord's limits and allows no mentions.
//
// Config.Extras switches on the server managers' commands: /digest
// subscribe, unsubscribe and list over a schedule.Store, /feeds over a
// feeds.Poller and /ingest over the answer layer. Poster.Post is the
// schedule.PostFunc that sends a day's digest to a channel over REST.
package bot
