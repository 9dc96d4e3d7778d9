// Package answer holds the use cases Parley offers, shared by the command
// line and the Discord bot: search, quotes, who attended, ask, digest, stats
// and ingest. Each returns plain Go values whose JSON encoding is the
// contract in shared/spec/CLI.md.
package answer
