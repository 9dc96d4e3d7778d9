package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/schedule"
)

// maxSubsPerGuild bounds the subscriptions one server can make, so one
// server cannot fill the scheduler's day.
const maxSubsPerGuild = 25

// subscribe stores the digest subscription of a channel: one per channel,
// replacing (and resuming) an earlier one. It replies with when the next
// digest will be posted, shown in the reader's own zone by Discord.
func (h *handlers) subscribe(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	it := req.Interaction
	if r := adminCheck(it, "this server's digest subscriptions"); r != nil {
		return r, nil
	}
	if h.x.Subs == nil {
		return notConfigured("Daily digest posting"), nil
	}
	sub := schedule.Subscription{
		GuildID:   it.GuildID,
		ChannelID: req.String(optChannel),
		Time:      strings.TrimSpace(req.String(optTime)),
		TZ:        strings.TrimSpace(req.String(optTimezone)),
		SkipEmpty: req.Bool(optSkip),
		CreatedBy: req.UserID(),
		CreatedAt: h.x.now(),
	}
	if err := sub.Validate(); err != nil {
		return ephemeral("That did not work: " + escapeMarkdown(err.Error()) + "."), nil
	}
	existing, err := h.x.Subs.List(it.GuildID)
	if err != nil {
		return nil, fmt.Errorf("digest subscribe: %w", err)
	}
	replacing := false
	for _, s := range existing {
		replacing = replacing || s.ChannelID == sub.ChannelID
	}
	if !replacing && len(existing) >= maxSubsPerGuild {
		return ephemeral(fmt.Sprintf("This server already has %d digest subscriptions, the most Parley keeps; "+
			"remove one with `/digest unsubscribe channel:` first.", len(existing))), nil
	}
	stored, err := h.x.Subs.Subscribe(sub)
	if err != nil {
		return nil, fmt.Errorf("digest subscribe: %w", err)
	}
	h.log.Info("digest subscribed", "guild", stored.GuildID, "channel", stored.ChannelID, "time", stored.Time, "tz", stored.TZ, "by", stored.CreatedBy)
	verb := "Subscribed"
	if replacing {
		verb = "Updated the subscription of"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s <#%s>: the digest of each day is posted there at **%s %s**", verb, stored.ChannelID, stored.Time, escapeMarkdown(stored.TZ))
	if stored.SkipEmpty {
		b.WriteString(", and nothing on a day without news")
	}
	b.WriteString(".\n")
	b.WriteString(nextPostLine(stored, h.x.now()))
	b.WriteString("\nParley needs the **View Channel**, **Send Messages** and **Embed Links** permissions there; without them the subscription is paused (see `/digest list`).")
	if h.x.NotPosting {
		b.WriteString("\n**Note:** this Parley bot runs without its bot token, so it keeps subscriptions but cannot post them yet; tell its operator.")
	}
	return ephemeral(b.String()), nil
}

// nextPostLine says when sub posts next, in its zone and, through a
// Discord timestamp, in the reader's.
func nextPostLine(sub schedule.Subscription, now time.Time) string {
	next, err := sub.NextPost(now)
	if err != nil || next.IsZero() {
		return "No post is scheduled."
	}
	loc, err := time.LoadLocation(sub.TZ)
	if err != nil {
		loc = time.UTC
	}
	return fmt.Sprintf("Next post: <t:%d:F> (your time; %s in %s), <t:%d:R>.",
		next.Unix(), next.In(loc).Format("Mon 2 Jan 15:04"), escapeMarkdown(sub.TZ), next.Unix())
}

// unsubscribe removes the subscription of the channel given, or of the
// channel the command was used in, or the server's only one.
func (h *handlers) unsubscribe(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	it := req.Interaction
	if r := adminCheck(it, "this server's digest subscriptions"); r != nil {
		return r, nil
	}
	if h.x.Subs == nil {
		return notConfigured("Daily digest posting"), nil
	}
	subs, err := h.x.Subs.List(it.GuildID)
	if err != nil {
		return nil, fmt.Errorf("digest unsubscribe: %w", err)
	}
	channel := req.String(optChannel)
	if channel == "" {
		switch {
		case len(subs) == 0:
			return ephemeral("This server has no digest subscription."), nil
		case hasChannel(subs, it.ChannelID):
			channel = it.ChannelID
		case len(subs) == 1:
			channel = subs[0].ChannelID
		default:
			return ephemeral("This channel has no digest subscription; say which to stop with `/digest unsubscribe channel:`.\n" +
				subsList(subs, h.x.now())), nil
		}
	}
	removed, err := h.x.Subs.Unsubscribe(it.GuildID, channel)
	if errors.Is(err, schedule.ErrNotFound) {
		return ephemeral(fmt.Sprintf("<#%s> has no digest subscription.\n%s", channel, subsList(subs, h.x.now()))), nil
	}
	if err != nil {
		return nil, fmt.Errorf("digest unsubscribe: %w", err)
	}
	h.log.Info("digest unsubscribed", "guild", removed.GuildID, "channel", removed.ChannelID, "by", req.UserID())
	rest, err := h.x.Subs.List(it.GuildID)
	if err != nil {
		return nil, fmt.Errorf("digest unsubscribe: %w", err)
	}
	return ephemeral(fmt.Sprintf("Stopped the daily digest in <#%s> (it was posted at %s %s).\n%s",
		removed.ChannelID, removed.Time, escapeMarkdown(removed.TZ), subsList(rest, h.x.now()))), nil
}

// listSubs shows the server's subscriptions; anyone in the server may look.
func (h *handlers) listSubs(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	it := req.Interaction
	if it.GuildID == "" {
		return ephemeral("Digest subscriptions belong to a server; use this in one."), nil
	}
	if h.x.Subs == nil {
		return notConfigured("Daily digest posting"), nil
	}
	subs, err := h.x.Subs.List(it.GuildID)
	if err != nil {
		return nil, fmt.Errorf("digest list: %w", err)
	}
	return ephemeral(subsList(subs, h.x.now())), nil
}

func hasChannel(subs []schedule.Subscription, channel string) bool {
	for _, s := range subs {
		if s.ChannelID == channel {
			return true
		}
	}
	return false
}

// subsList describes a server's subscriptions, one line each: paused ones
// with the reason, the others with their next post.
func subsList(subs []schedule.Subscription, now time.Time) string {
	if len(subs) == 0 {
		return "This server has no digest subscription. Set one up with `/digest subscribe`."
	}
	lines := make([]string, 0, len(subs))
	for _, s := range subs {
		l := fmt.Sprintf("• <#%s> at %s %s", s.ChannelID, s.Time, escapeMarkdown(s.TZ))
		if s.SkipEmpty {
			l += ", skipping days without news"
		}
		switch next, err := s.NextPost(now); {
		case s.Paused:
			l += " — **paused**: " + truncateMarkdown(escapeMarkdown(oneLine(s.PauseReason)), 200) + " (fix it, then `/digest subscribe` again to resume)"
		case err == nil && next.Before(now):
			l += " — today's post is overdue"
		case err == nil && !next.IsZero():
			l += fmt.Sprintf(" — next <t:%d:R>", next.Unix())
		}
		if s.LastError != "" && !s.Paused {
			l += "; last try failed: " + truncateMarkdown(escapeMarkdown(oneLine(s.LastError)), 150)
		}
		lines = append(lines, l)
	}
	head := "Daily digest subscriptions in this server:\n"
	return head + joinWithin(lines, "\n", maxContent-textLen(head)-100)
}
