package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/schedule"
)

// maxDigestMessages bounds one day's post; a bigger day ends with a
// pointer to /digest show.
const maxDigestMessages = 5

// Poster posts daily digests to channels through Discord's REST API with
// the bot token; its Post method is the schedule.PostFunc of the digest
// scheduler. It works in both modes: in HTTP-interactions mode it is the
// only thing that needs the token.
type Poster struct {
	rest *discordgo.Session
	svc  Answerer
	log  *slog.Logger
}

// NewPoster returns a Poster answering through svc. It needs cfg.Token
// (ErrMissingToken otherwise); REST calls go to cfg.APIURL.
func NewPoster(cfg Config, svc Answerer, logger *slog.Logger) (*Poster, error) {
	if err := cfg.normalize(); err != nil {
		return nil, err
	}
	if cfg.Token == "" {
		return nil, ErrMissingToken
	}
	if logger == nil {
		logger = slog.Default()
	}
	s, err := newSession(cfg)
	if err != nil {
		return nil, err
	}
	return &Poster{rest: s, svc: svc, log: logger.With("component", "digest-poster")}, nil
}

var _ schedule.PostFunc = (*Poster)(nil).Post

// postWindow is what a post on day covers: the news published since the
// previous day's post time, up to this one (24 hours, or 23 or 25 across a
// daylight-saving change), so news published after one post goes out in
// the next. Zero times (a bad subscription) mean the calendar day.
func postWindow(sub schedule.Subscription, day string) (since, until time.Time) {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return time.Time{}, time.Time{}
	}
	until, err1 := sub.ScheduledAt(day)
	since, err2 := sub.ScheduledAt(d.AddDate(0, 0, -1).Format(time.DateOnly))
	if err1 != nil || err2 != nil {
		return time.Time{}, time.Time{}
	}
	return since, until
}

// Post renders the digest of d.Date in d.TZ — the news of the 24 hours up
// to the post time, see postWindow — as /digest show does and sends it to
// d.ChannelID, in as many messages as it takes (whole articles per
// message, never cut). A day without news gets a one-line note, or nothing
// when d.SkipEmpty. Discord's refusals that retrying cannot fix (the
// channel is gone, the bot may not see it or post in it) wrap
// schedule.ErrPermanent, which pauses the subscription.
func (p *Poster) Post(ctx context.Context, d schedule.Delivery) error {
	params := answer.DigestParams{Date: d.Date, TZ: d.TZ}
	params.Since, params.Until = postWindow(d.Subscription, d.Date)
	a, err := p.svc.Digest(ctx, params)
	if err != nil {
		return fmt.Errorf("digest of %s (%s): %w", d.Date, d.TZ, err)
	}
	msgs := digestMessages(a)
	if len(msgs) == 0 {
		if d.SkipEmpty {
			p.log.Info("no news: digest not posted (skip_empty)", "channel", d.ChannelID, "date", d.Date)
			return nil
		}
		msgs = []*discordgo.MessageSend{{
			Content:         fmt.Sprintf("No negotiation news in Parley's index for %s (%s)%s.", escapeMarkdown(d.Date), escapeMarkdown(d.TZ), window(a)),
			AllowedMentions: noMentions(),
		}}
	}
	for i, m := range msgs {
		_, err := p.rest.ChannelMessageSendComplex(d.ChannelID, m, discordgo.WithContext(ctx))
		if err == nil {
			continue
		}
		err = sendError(err)
		if i > 0 && !errors.Is(err, schedule.ErrPermanent) {
			// Part of the digest is out; trying again would repeat it.
			p.log.Error("digest posted in part", "channel", d.ChannelID, "date", d.Date, "sent", i, "of", len(msgs), "err", err)
			return nil
		}
		if errors.Is(err, schedule.ErrPermanent) {
			return err // shown as the pause reason: keep it short
		}
		return fmt.Errorf("post digest to channel %s: %w", d.ChannelID, err)
	}
	return nil
}

// sendError marks Discord's permanent refusals with schedule.ErrPermanent:
// HTTP 403 and 404, and the codes for an unknown channel, missing access
// and missing permissions. Everything else (5xx, rate limits that
// discordgo gave up on, network errors) is transient.
func sendError(err error) error {
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		return err
	}
	status, code, msg := 0, 0, ""
	if re.Response != nil {
		status = re.Response.StatusCode
	}
	if re.Message != nil {
		code, msg = re.Message.Code, re.Message.Message
	}
	switch {
	case code == discordgo.ErrCodeUnknownChannel || code == discordgo.ErrCodeMissingAccess ||
		code == discordgo.ErrCodeMissingPermissions || status == http.StatusForbidden || status == http.StatusNotFound:
		return &refusedError{
			msg: fmt.Sprintf("Discord refused the post (HTTP %d, code %d: %s); Parley needs View Channel, Send Messages and Embed Links there", status, code, msg),
			err: err,
		}
	}
	return err
}

// refusedError is a permanent refusal, worded to be shown as a pause
// reason.
type refusedError struct {
	msg string
	err error
}

func (e *refusedError) Error() string   { return e.msg }
func (e *refusedError) Unwrap() []error { return []error{schedule.ErrPermanent, e.err} }

// digestMessages renders a digest with the /digest show renderer and packs
// its article embeds, whole, into messages of at most 10 embeds and 6000
// characters. It returns nil for a day without articles.
func digestMessages(a *answer.DigestAnswer) []*discordgo.MessageSend {
	if a == nil || len(a.Articles) == 0 {
		return nil
	}
	var embeds []*discordgo.MessageEmbed
	for page := 0; page*pageSize < len(a.Articles); page++ {
		d := renderDigest(a, pageState{Cmd: pageDigest, Page: page})
		for _, e := range d.Embeds {
			fitEmbed(e)
			if embedsLen([]*discordgo.MessageEmbed{e}) > maxEmbedTotal {
				e = fitEmbeds([]*discordgo.MessageEmbed{e})[0]
			}
			embeds = append(embeds, e)
		}
	}
	var groups [][]*discordgo.MessageEmbed
	var cur []*discordgo.MessageEmbed
	for _, e := range embeds {
		if len(cur) == maxEmbeds || (len(cur) > 0 && embedsLen(append(cur[:len(cur):len(cur)], e)) > maxEmbedTotal) {
			groups = append(groups, cur)
			cur = nil
		}
		cur = append(cur, e)
	}
	groups = append(groups, cur)

	when := escapeMarkdown(a.Date) + " (" + escapeMarkdown(a.TZ) + ")"
	left := 0
	if len(groups) > maxDigestMessages {
		for _, g := range groups[maxDigestMessages:] {
			left += len(g)
		}
		groups = groups[:maxDigestMessages]
	}
	msgs := make([]*discordgo.MessageSend, 0, len(groups))
	for i, g := range groups {
		content := fmt.Sprintf("**Daily digest for %s**%s: %d %s", when, window(a), len(a.Articles), plural(len(a.Articles), "article", "articles"))
		if i > 0 {
			content = fmt.Sprintf("Digest for %s, continued (%d/%d)", when, i+1, len(groups))
		}
		if i == len(groups)-1 && left > 0 {
			content += fmt.Sprintf("\n…and %d more: `/digest show date:%s tz:%s`", left, a.Date, a.TZ)
		}
		msgs = append(msgs, &discordgo.MessageSend{
			Content:         truncateMarkdown(content, maxContent),
			Embeds:          g,
			AllowedMentions: noMentions(),
		})
	}
	return msgs
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// window says what a scheduled digest covers: " — the 24 hours to 08:00".
func window(a *answer.DigestAnswer) string {
	if a.Since == nil || a.Until == nil {
		return ""
	}
	h := int(a.Until.Sub(*a.Since).Round(time.Hour).Hours())
	return fmt.Sprintf(" — the %d hours to %s", h, a.Until.Format("15:04"))
}
