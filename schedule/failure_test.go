package schedule_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/schedule"
)

func TestPermanentErrorPauses(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	h.opts.Backoff = []time.Duration{time.Minute, 5 * time.Minute}
	h.rec.setFail(func(ctx context.Context, d schedule.Delivery) error {
		if d.ChannelID == "gone" {
			return fmt.Errorf("send digest to channel %s: 404 Unknown Channel: %w", d.ChannelID, schedule.ErrPermanent)
		}
		return nil
	})
	h.subscribe(sub("g", "gone", "09:00", "UTC"))
	h.subscribe(sub("g", "ok", "09:00", "UTC"))
	h.start()
	h.clock.AdvanceTo(mustTime(t, "2024-06-03T12:00:00Z"))
	h.wantPosts(
		at(t, "gone", "2024-06-01", "2024-06-01T09:00:00Z"), // once: no retries
		at(t, "ok", "2024-06-01", "2024-06-01T09:00:00Z"),
		at(t, "ok", "2024-06-02", "2024-06-02T09:00:00Z"),
		at(t, "ok", "2024-06-03", "2024-06-03T09:00:00Z"),
	)
	got := h.get("g", "gone")
	if !got.Paused || !strings.Contains(got.PauseReason, "Unknown Channel") || got.LastPosted != "" || got.Posting != "" {
		t.Errorf("gone = %+v; want paused with the reason, nothing posted", got)
	}
	h.wantLog("WARN", "paused", "channel=gone", "Unknown Channel")
	if next, _ := got.NextPost(h.clock.Now()); !next.IsZero() {
		t.Errorf("NextPost of a paused subscription = %s, want zero", next)
	}

	// Subscribing again (permissions fixed) resumes from the next time.
	h.rec.setFail(nil)
	h.subscribe(sub("g", "gone", "09:00", "UTC"))
	h.clock.AdvanceTo(mustTime(t, "2024-06-04T10:00:00Z"))
	h.wantPosts(
		at(t, "gone", "2024-06-01", "2024-06-01T09:00:00Z"),
		at(t, "ok", "2024-06-01", "2024-06-01T09:00:00Z"),
		at(t, "ok", "2024-06-02", "2024-06-02T09:00:00Z"),
		at(t, "ok", "2024-06-03", "2024-06-03T09:00:00Z"),
		at(t, "gone", "2024-06-04", "2024-06-04T09:00:00Z"),
		at(t, "ok", "2024-06-04", "2024-06-04T09:00:00Z"),
	)
}

func TestTransientErrorRetriedThenGivenUp(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	h.opts.Backoff = []time.Duration{time.Minute, 5 * time.Minute}
	h.rec.setFail(func(ctx context.Context, d schedule.Delivery) error {
		return errors.New("send digest: 502 Bad Gateway")
	})
	h.subscribe(sub("g", "c", "09:00", "UTC"))
	h.start()
	h.clock.AdvanceTo(mustTime(t, "2024-06-02T12:00:00Z"))
	var want []post
	for _, day := range []string{"2024-06-01", "2024-06-02"} {
		for i, hhmm := range []string{"09:00", "09:01", "09:06"} {
			want = append(want, post{Channel: "c", Date: day, At: mustTime(t, day+"T"+hhmm+":00Z"), Attempt: i + 1})
		}
	}
	h.wantPosts(want...)
	got := h.get("g", "c")
	if got.Paused || got.LastPosted != "" || got.Posting != "" || !strings.Contains(got.LastError, "502") {
		t.Errorf("after giving up: %+v; want not paused, not posted, LastError set", got)
	}
	h.wantLog("WARN", "will retry", "attempt=1", "retry_at=2024-06-01T09:01:00")
	h.wantLog("ERROR", "giving up for this local day", "date=2024-06-01", "attempts=3")
}

func TestTransientErrorThenSuccess(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00+02:00")
	h.opts.Backoff = []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute}
	h.rec.setFail(func(ctx context.Context, d schedule.Delivery) error {
		if d.Attempt < 3 {
			return errors.New("send digest: connection reset")
		}
		return nil
	})
	h.subscribe(sub("g", "c", "09:00", "Europe/Berlin"))
	h.start()
	h.clock.AdvanceTo(mustTime(t, "2024-06-02T08:00:00+02:00"))
	h.wantPosts(
		post{Channel: "c", Date: "2024-06-01", At: mustTime(t, "2024-06-01T09:00:00+02:00"), Attempt: 1},
		post{Channel: "c", Date: "2024-06-01", At: mustTime(t, "2024-06-01T09:01:00+02:00"), Attempt: 2},
		post{Channel: "c", Date: "2024-06-01", At: mustTime(t, "2024-06-01T09:06:00+02:00"), Attempt: 3},
	)
	if got := h.get("g", "c"); got.LastPosted != "2024-06-01" || got.LastError != "" {
		t.Errorf("LastPosted, LastError = %q, %q; want 2024-06-01, empty", got.LastPosted, got.LastError)
	}
}

// Retries stay within the local day: a retry that would fall after local
// midnight is given up, and the next day starts afresh.
func TestRetryNeverCrossesLocalMidnight(t *testing.T) {
	h := newHarness(t, "2024-06-01T20:00:00+09:00")
	h.opts.Backoff = []time.Duration{time.Minute, 5 * time.Minute}
	h.rec.setFail(func(ctx context.Context, d schedule.Delivery) error {
		return errors.New("send digest: 503 Service Unavailable")
	})
	h.subscribe(sub("g", "c", "23:58", "Asia/Tokyo"))
	h.start()
	h.clock.AdvanceTo(mustTime(t, "2024-06-02T23:59:30+09:00"))
	h.wantPosts(
		post{Channel: "c", Date: "2024-06-01", At: mustTime(t, "2024-06-01T23:58:00+09:00"), Attempt: 1},
		post{Channel: "c", Date: "2024-06-01", At: mustTime(t, "2024-06-01T23:59:00+09:00"), Attempt: 2},
		post{Channel: "c", Date: "2024-06-02", At: mustTime(t, "2024-06-02T23:58:00+09:00"), Attempt: 1},
		post{Channel: "c", Date: "2024-06-02", At: mustTime(t, "2024-06-02T23:59:00+09:00"), Attempt: 2},
	)
	h.wantLog("ERROR", "giving up", "date=2024-06-01", "attempts=2")
	if strings.Contains(h.logs.String(), "missed digest skipped") {
		t.Errorf("a day given up was also logged as missed:\n%s", h.logs.String())
	}
}

// Unsubscribing while a retry waits cancels the retry.
func TestUnsubscribeCancelsRetry(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	h.opts.Backoff = []time.Duration{time.Hour}
	h.rec.setFail(func(ctx context.Context, d schedule.Delivery) error { return errors.New("timeout") })
	h.subscribe(sub("g", "c", "09:00", "UTC"))
	h.start()
	h.clock.AdvanceTo(mustTime(t, "2024-06-01T09:30:00Z"))
	n := h.clock.Armed()
	if _, err := h.store.Unsubscribe("g", "c"); err != nil {
		t.Fatal(err)
	}
	h.clock.WaitArmed(n + 1)
	h.clock.AdvanceTo(mustTime(t, "2024-06-02T12:00:00Z"))
	h.wantPosts(at(t, "c", "2024-06-01", "2024-06-01T09:00:00Z"))
}
