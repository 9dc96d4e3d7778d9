package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
)

// ErrPermanent marks a post failure that retrying cannot fix: the channel
// was deleted, the bot lost access or permission to send. The post function
// wraps it (fmt.Errorf("...: %w", schedule.ErrPermanent)); the scheduler
// then pauses the subscription with the error as reason and does not retry.
// Every other error is transient.
var ErrPermanent = errors.New("permanent delivery failure")

// Delivery is one digest to post: the subscription (as stored when the post
// started) and the local date whose news it covers.
type Delivery struct {
	Subscription
	// Date is the local date (YYYY-MM-DD in TZ) of the digest.
	Date string
	// Attempt counts the tries of this date in this run, from 1.
	Attempt int
}

// PostFunc renders the digest of d.Date in d.TZ and sends it to d.ChannelID,
// or sends nothing when the day has no news and d.SkipEmpty is set.
//
// It returns nil once the digest is delivered (or deliberately not sent):
// the date then counts as posted. It returns an error wrapping ErrPermanent
// when the channel cannot be posted to at all, and any other error when a
// later try may succeed; an error means the date is tried again, so a post
// that fails after delivering part of a long digest should return nil
// unless repeating that part is better than leaving the digest incomplete.
// It must return soon after ctx is done.
type PostFunc func(ctx context.Context, d Delivery) error

// errStale aborts an attempt whose subscription changed since it was read.
var errStale = errors.New("subscription changed")

// attempt makes one try at posting day's digest of sub, recording the
// outcome: mark in flight (durably) → post → record.
func (s *Scheduler) attempt(ctx context.Context, sub Subscription, day string, n int) {
	log := s.subLog(sub, day).With("attempt", n)
	now := s.clock.Now()
	var cur Subscription
	found, err := s.store.change(sub.ChannelID, func(c *Subscription) error {
		d, due, err := c.nextDay(now)
		if err != nil || c.Paused || d != day || due.After(now) {
			return errStale
		}
		c.Posting = day
		cur = *c
		return nil
	})
	switch {
	case errors.Is(err, errStale) || (err == nil && !found):
		return // unsubscribed or changed meanwhile: the next pass decides
	case err != nil:
		log.Error("digest not posted: cannot record the post before making it", "err", err)
		s.failed(log, sub, day, n, err)
		return
	}

	pctx, cancel := context.WithTimeout(ctx, s.postTimeout)
	start := s.clock.Now()
	err = s.post(pctx, Delivery{Subscription: cur, Date: day, Attempt: n})
	cancel()
	took := s.clock.Now().Sub(start)

	switch {
	case err == nil:
		delete(s.retries, sub.ChannelID)
		_, rerr := s.store.change(sub.ChannelID, func(c *Subscription) error {
			c.LastPosted = max(c.LastPosted, day)
			c.Posting, c.LastError = "", ""
			return nil
		})
		if rerr != nil {
			log.Error("digest posted but not recorded; its in-flight mark stands, so it will not be posted again", "err", rerr)
			return
		}
		log.Info("digest posted", "took", took)
	case errors.Is(err, ErrPermanent):
		delete(s.retries, sub.ChannelID)
		_, rerr := s.store.change(sub.ChannelID, func(c *Subscription) error {
			c.Paused, c.PauseReason, c.LastError = true, err.Error(), err.Error()
			c.Posting = ""
			return nil
		})
		log.Warn("digest subscription paused: the channel cannot be posted to; subscribe again to resume", "err", err)
		if rerr != nil {
			log.Error("cannot record the pause; today counts as posted and the channel is tried again on its next day", "err", rerr)
		}
	case ctx.Err() != nil:
		s.clearPosting(log, sub.ChannelID, fmt.Errorf("interrupted by shutdown: %w", err))
		log.Warn("digest post interrupted by shutdown; it will be tried again if the scheduler restarts the same local day", "err", err)
	default:
		s.clearPosting(log, sub.ChannelID, err)
		s.failed(log, sub, day, n, err)
	}
}

// clearPosting records that the post in flight failed: the date is not
// posted. If that cannot be recorded, the mark stands and the date counts as
// posted (at most once wins over a retry).
func (s *Scheduler) clearPosting(log *slog.Logger, channelID string, cause error) {
	_, err := s.store.change(channelID, func(c *Subscription) error {
		c.Posting, c.LastError = "", cause.Error()
		return nil
	})
	if err != nil {
		log.Error("cannot record a failed digest post; today's digest will count as posted", "err", err)
	}
}

// failed schedules the retry after transient failure number n, or gives up
// for the day when retries are spent or would fall on the next local day.
func (s *Scheduler) failed(log *slog.Logger, sub Subscription, day string, n int, err error) {
	if n <= len(s.backoff) {
		at := s.clock.Now().Add(s.backoff[n-1])
		if loc, lerr := loadZone(sub.TZ); lerr == nil && LocalDate(at, loc) == day {
			s.retries[sub.ChannelID] = retry{date: day, attempts: n, at: at}
			log.Warn("digest post failed; will retry", "err", err, "retry_at", at)
			return
		}
	}
	delete(s.retries, sub.ChannelID)
	s.gaveUp[sub.ChannelID] = day
	s.noted[sub.ChannelID] = max(s.noted[sub.ChannelID], day)
	log.Error("digest post failed; giving up for this local day", "err", err, "attempts", n)
}
