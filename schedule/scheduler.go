package schedule

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"
)

// Defaults of Options.
const (
	DefaultPostTimeout = 2 * time.Minute
	DefaultMaxWait     = time.Minute
)

// defaultBackoff is the wait before each retry of a transiently failed post.
var defaultBackoff = []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute}

// lateAfter is how overdue a post must be to be logged as a catch-up.
const lateAfter = time.Minute

// Options tune a Scheduler; the zero value is ready for production.
type Options struct {
	// Clock is the source of time; nil means SystemClock.
	Clock Clock
	// Logger receives the scheduler's logs; nil means slog.Default().
	Logger *slog.Logger
	// Backoff lists the waits before each retry of a post that failed
	// transiently: len(Backoff) retries at most, and none that would fall
	// on the next local day. Nil means 1m, 5m, 15m; an empty non-nil slice
	// means no retries.
	Backoff []time.Duration
	// PostTimeout bounds each call of the post function; 0 means
	// DefaultPostTimeout.
	PostTimeout time.Duration
	// MaxWait bounds each sleep, so a wall clock that jumps (NTP, a suspended
	// host) is noticed within it; 0 means DefaultMaxWait.
	MaxWait time.Duration
}

// Scheduler posts each subscription's digest once per local day at its
// time. Create it with NewScheduler and call Run.
type Scheduler struct {
	store       *Store
	post        PostFunc
	clock       Clock
	log         *slog.Logger
	backoff     []time.Duration
	postTimeout time.Duration
	maxWait     time.Duration
	running     atomic.Bool

	// What one Run remembers without storing it; only Run's goroutine
	// touches these. Keyed by channel ID.
	retries map[string]retry  // a transient failure waiting for its retry
	gaveUp  map[string]string // date given up after the last retry
	noted   map[string]string // latest date whose failure or miss is logged
}

// retry is a pending retry of date's post.
type retry struct {
	date     string
	attempts int
	at       time.Time
}

// NewScheduler returns a Scheduler posting store's subscriptions with post.
func NewScheduler(store *Store, post PostFunc, opts Options) *Scheduler {
	s := &Scheduler{
		store:       store,
		post:        post,
		clock:       opts.Clock,
		log:         opts.Logger,
		backoff:     opts.Backoff,
		postTimeout: opts.PostTimeout,
		maxWait:     opts.MaxWait,
	}
	if s.clock == nil {
		s.clock = SystemClock{}
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.backoff == nil {
		s.backoff = defaultBackoff
	}
	if s.postTimeout <= 0 {
		s.postTimeout = DefaultPostTimeout
	}
	if s.maxWait <= 0 {
		s.maxWait = DefaultMaxWait
	}
	return s
}

// Run posts digests as they fall due until ctx is done, then returns nil.
// Posts run one at a time in Run's goroutine; Run starts no other
// goroutine. Changes to the store (Subscribe, Unsubscribe) wake it, so they
// take effect at once. On start it settles posts a previous run left in
// flight and posts today's missed digests (see the package documentation).
// Run returns an error only if it is already running.
func (s *Scheduler) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("schedule: Run is already running")
	}
	defer s.running.Store(false)
	wake, unwatch := s.store.watch()
	defer unwatch()
	s.retries = map[string]retry{}
	s.gaveUp = map[string]string{}
	s.noted = map[string]string{}
	s.log.Info("digest scheduler started")
	defer s.log.Info("digest scheduler stopped")
	s.settleInterrupted()
	for ctx.Err() == nil {
		next, acted := s.pass(ctx)
		if acted {
			continue // a post took time and changed state: look again
		}
		wait := next.Sub(s.clock.Now())
		if wait <= 0 {
			continue
		}
		t := s.clock.NewTimer(min(wait, s.maxWait))
		select {
		case <-ctx.Done():
		case <-t.C():
		case <-wake:
		}
		t.Stop()
	}
	return nil
}

// settleInterrupted turns the in-flight marks of a run that stopped while
// posting into LastPosted: at most once, never a repeat.
func (s *Scheduler) settleInterrupted() {
	subs, err := s.store.List("")
	if err != nil {
		s.log.Error("digest scheduler: reading subscriptions", "err", err)
		return
	}
	for _, sub := range subs {
		if sub.Posting == "" {
			continue
		}
		log := s.subLog(sub, sub.Posting)
		log.Warn("a digest post was interrupted by a stop; counting it as posted so it is never repeated")
		_, err := s.store.change(sub.ChannelID, func(cur *Subscription) error {
			cur.LastPosted = max(cur.LastPosted, cur.Posting)
			cur.Posting = ""
			return nil
		})
		if err != nil {
			log.Error("cannot record the interrupted post; its mark stands and still counts as posted", "err", err)
		}
	}
}

// pass looks at every subscription once at the current time, posting those
// due. It returns the earliest time something will need doing, and whether
// it attempted a post.
func (s *Scheduler) pass(ctx context.Context) (next time.Time, acted bool) {
	now := s.clock.Now()
	subs, err := s.store.List("")
	if err != nil {
		s.log.Error("digest scheduler: reading subscriptions", "err", err)
		return now.Add(s.maxWait), false
	}
	s.forgetRemoved(subs)
	for _, sub := range subs {
		if ctx.Err() != nil {
			return next, acted
		}
		at, did := s.consider(ctx, now, sub)
		acted = acted || did
		if !at.IsZero() && (next.IsZero() || at.Before(next)) {
			next = at
		}
	}
	if next.IsZero() {
		next = now.Add(s.maxWait)
	}
	return next, acted
}

// consider posts sub if it is due at now, and returns when it next needs
// looking at (zero: not until it changes).
func (s *Scheduler) consider(ctx context.Context, now time.Time, sub Subscription) (time.Time, bool) {
	if sub.Paused {
		return time.Time{}, false
	}
	day, due, err := sub.nextDay(now)
	if err != nil {
		s.subLog(sub, "").Error("digest subscription cannot be scheduled", "err", err)
		return time.Time{}, false
	}
	s.noteMissed(now, sub)
	if due.After(now) {
		return due, false
	}
	if s.gaveUp[sub.ChannelID] == day {
		return s.dayAfter(sub, day), false
	}
	attempt := 1
	if r, ok := s.retries[sub.ChannelID]; ok && r.date == day {
		if now.Before(r.at) {
			return r.at, false
		}
		attempt = r.attempts + 1
	}
	if late := now.Sub(due); attempt == 1 && late > lateAfter {
		s.subLog(sub, day).Info("posting a missed digest: still the same local day", "scheduled", due, "late", late.Round(time.Second))
	}
	s.attempt(ctx, sub, day, attempt)
	return now, true
}

// noteMissed logs, once, a digest of yesterday that was due and never
// posted: it is skipped, not posted late.
func (s *Scheduler) noteMissed(now time.Time, sub Subscription) {
	loc, err := loadZone(sub.TZ)
	if err != nil {
		return
	}
	yesterday, err := addDays(LocalDate(now, loc), -1)
	if err != nil || sub.postedOn(yesterday) || s.noted[sub.ChannelID] >= yesterday {
		return
	}
	due, err := sub.ScheduledAt(yesterday)
	if err != nil || due.Before(sub.CreatedAt) {
		return
	}
	s.noted[sub.ChannelID] = yesterday
	s.subLog(sub, yesterday).Warn("missed digest skipped: its local day is over", "scheduled", due, "last_posted", sub.LastPosted)
}

// dayAfter returns when the digest of the day after day is due.
func (s *Scheduler) dayAfter(sub Subscription, day string) time.Time {
	next, err := addDays(day, 1)
	if err == nil {
		var at time.Time
		if at, err = sub.ScheduledAt(next); err == nil {
			return at
		}
	}
	s.subLog(sub, day).Error("digest subscription cannot be scheduled", "err", err)
	return time.Time{}
}

// forgetRemoved drops what Run remembers of channels no longer subscribed,
// so a new subscription of the channel starts afresh.
func (s *Scheduler) forgetRemoved(subs []Subscription) {
	live := make(map[string]bool, len(subs))
	for _, sub := range subs {
		live[sub.ChannelID] = true
	}
	for _, m := range []map[string]string{s.gaveUp, s.noted} {
		for ch := range m {
			if !live[ch] {
				delete(m, ch)
			}
		}
	}
	for ch := range s.retries {
		if !live[ch] {
			delete(s.retries, ch)
		}
	}
}

// subLog returns the logger with sub's identity (and date, if any).
func (s *Scheduler) subLog(sub Subscription, date string) *slog.Logger {
	l := s.log.With("guild", sub.GuildID, "channel", sub.ChannelID, "tz", sub.TZ, "time", sub.Time)
	if date != "" {
		l = l.With("date", date)
	}
	return l
}
