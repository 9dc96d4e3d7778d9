package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/fetch"
)

// The feed list and /ingest change what every server using this bot
// sees, so they need Manage Server; see Commands.

func (h *handlers) feedsAdd(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	if r := h.feedsCheck(req); r != nil {
		return r, nil
	}
	raw := strings.TrimSpace(req.String(optURL))
	u, added, err := h.x.Feeds.Add(raw)
	switch {
	case errors.Is(err, fetch.ErrBadURL):
		return ephemeral("That did not work: url: " + escapeMarkdown(err.Error()) + "."), nil
	case err != nil:
		return nil, fmt.Errorf("feeds add: %w", err)
	case !added:
		return ephemeral("Already reading " + escapeMarkdown(u) + ". See `/feeds list` for how it fares."), nil
	}
	h.log.Info("feed added", "url", u, "guild", req.Interaction.GuildID, "by", req.UserID())
	return ephemeral("Added " + escapeMarkdown(u) + ": Parley reads it now and then at every poll. `/feeds list` shows how it fares."), nil
}

func (h *handlers) feedsRemove(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	if r := h.feedsCheck(req); r != nil {
		return r, nil
	}
	raw := strings.TrimSpace(req.String(optURL))
	err := h.x.Feeds.Remove(raw)
	switch {
	case errors.Is(err, feeds.ErrNotListed):
		return ephemeral("That feed is not in the list: " + escapeMarkdown(oneLine(raw)) + ". `/feeds list` shows the URLs as stored."), nil
	case err != nil && strings.Contains(err.Error(), "PARLEY_FEEDS"):
		// Set by the operator in the environment: the user cannot change it.
		return ephemeral("That feed is set by the bot's operator (PARLEY_FEEDS) and cannot be removed from Discord."), nil
	case err != nil:
		return nil, fmt.Errorf("feeds remove: %w", err)
	}
	h.log.Info("feed removed", "url", raw, "guild", req.Interaction.GuildID, "by", req.UserID())
	return ephemeral("Removed " + escapeMarkdown(oneLine(raw)) + ". Articles already read from it stay in the index."), nil
}

func (h *handlers) feedsList(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	if r := h.feedsCheck(req); r != nil {
		return r, nil
	}
	st, err := h.x.Feeds.Status()
	if err != nil && len(st) == 0 {
		return nil, fmt.Errorf("feeds list: %w", err)
	}
	if err != nil {
		h.log.Warn("feeds list: feeds file unreadable; showing PARLEY_FEEDS only", "err", err)
	}
	return ephemeral(renderFeeds(st, h.x.now())), nil
}

func (h *handlers) feedsCheck(req *Request) *discordgo.InteractionResponse {
	if r := adminCheck(req.Interaction, "the feeds Parley reads"); r != nil {
		return r
	}
	if h.x.Feeds == nil {
		return notConfigured("Feed reading")
	}
	return nil
}

// renderFeeds lists the feeds, one block each: state, last read, failures
// and the backoff.
func renderFeeds(st []feeds.Status, now time.Time) string {
	if len(st) == 0 {
		return "Parley reads no feeds. Add one with `/feeds add url:`."
	}
	blocks := make([]string, 0, len(st))
	for _, s := range st {
		var b strings.Builder
		fmt.Fprintf(&b, "**%s** %s", feedState(s.State), escapeMarkdown(s.URL))
		if s.From == feeds.FromEnv {
			b.WriteString(" (set by the operator)")
		}
		if !s.LastSuccess.IsZero() {
			fmt.Fprintf(&b, "\n  last read <t:%d:R>; %d articles taken", s.LastSuccess.Unix(), s.Ingested)
		}
		if s.Failures > 0 {
			fmt.Fprintf(&b, "\n  failing since <t:%d:R> (%d in a row): %s", s.FailingSince.Unix(), s.Failures,
				truncateMarkdown(escapeMarkdown(oneLine(s.LastError)), 200))
		}
		if !s.NextAttempt.IsZero() && s.NextAttempt.After(now) {
			note := "next read"
			if s.Failures > 0 {
				note = "backing off; next try"
			}
			fmt.Fprintf(&b, "\n  %s <t:%d:R>", note, s.NextAttempt.Unix())
		}
		if n := len(s.ItemFailures); n > 0 {
			fmt.Fprintf(&b, "\n  %d items skipped at the last read", n)
		}
		blocks = append(blocks, b.String())
	}
	head := fmt.Sprintf("Feeds (%d):\n", len(st))
	return head + joinWithin(blocks, "\n", maxContent-textLen(head))
}

func feedState(s string) string {
	switch s {
	case "ok":
		return "ok"
	case "failing":
		return "failing"
	}
	return "not read yet"
}

// ingest fetches one article page (or feed) by URL through the answer
// layer, whose fetcher refuses private addresses, and says what changed.
func (h *handlers) ingest(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	if r := adminCheck(req.Interaction, "what Parley has read"); r != nil {
		return r, nil
	}
	if h.x.Ingest == nil {
		return notConfigured("Adding articles"), nil
	}
	raw := strings.TrimSpace(req.String(optURL))
	// Only a web address: the answer layer would read a path from disk.
	if u, err := url.Parse(raw); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ephemeral(fmt.Sprintf("That did not work: url %s: give the http(s) link of a news article.", quote(raw))), nil
	}
	rep, err := h.x.Ingest.Ingest(ctx, []string{raw}, answer.IngestOptions{})
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", raw, err)
	}
	h.log.Info("ingested by command", "url", raw, "added", rep.Added, "updated", rep.Updated,
		"unchanged", rep.Unchanged, "failed", len(rep.Failed), "by", req.UserID())
	return ephemeral(ingestSummary(raw, rep)), nil
}

// ingestSummary says what ingesting url did.
func ingestSummary(raw string, rep *answer.IngestReport) string {
	var parts []string
	for _, c := range []struct {
		n    int
		what string
	}{{rep.Added, "added"}, {rep.Updated, "updated"}, {rep.Unchanged, "unchanged (already read)"}} {
		if c.n == 1 {
			parts = append(parts, "1 article "+c.what)
		} else if c.n > 1 {
			parts = append(parts, fmt.Sprintf("%d articles %s", c.n, c.what))
		}
	}
	var b strings.Builder
	if len(parts) == 0 {
		fmt.Fprintf(&b, "Nothing was added from %s.", escapeMarkdown(oneLine(raw)))
	} else {
		fmt.Fprintf(&b, "%s: %s.", escapeMarkdown(oneLine(raw)), strings.Join(parts, ", "))
	}
	for i, f := range rep.Failed {
		if i == 3 {
			fmt.Fprintf(&b, "\n…and %d more failures.", len(rep.Failed)-i)
			break
		}
		fmt.Fprintf(&b, "\nCould not read %s: %s", escapeMarkdown(oneLine(f.Source)), truncateMarkdown(escapeMarkdown(oneLine(f.Error)), 300))
	}
	if rep.Articles > 0 {
		fmt.Fprintf(&b, "\nParley now knows %d %s.", rep.Articles, plural(rep.Articles, "article", "articles"))
	}
	return b.String()
}
