package schedule_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/schedule"
)

func TestRestartJustAfterPostingDoesNotRepost(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	h.subscribe(sub("g", "c", "09:00", "UTC"))
	h.start()
	h.clock.AdvanceTo(mustTime(t, "2024-06-01T09:00:00Z"))
	h.wantPosts(at(t, "c", "2024-06-01", "2024-06-01T09:00:00Z"))

	h.down()
	h.clock.Advance(time.Second)
	h.up()
	h.clock.AdvanceTo(mustTime(t, "2024-06-02T09:30:00Z"))
	h.wantPosts(
		at(t, "c", "2024-06-01", "2024-06-01T09:00:00Z"),
		at(t, "c", "2024-06-02", "2024-06-02T09:00:00Z"),
	)
}

// A process that dies while Post runs (or before recording its success)
// leaves the in-flight mark: the next start counts the date as posted. This
// pins the at-most-once choice.
func TestCrashWhilePostingCountsAsPosted(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	crashed := filepath.Join(filepath.Dir(h.path), "crashed.db")
	// The database file as it is on disk during the post is what a crash
	// at that moment leaves behind.
	h.rec.setFail(func(ctx context.Context, d schedule.Delivery) error {
		copyFile(t, h.path, crashed)
		return nil
	})
	h.subscribe(sub("g", "c", "09:00", "UTC"))
	h.start()
	h.clock.AdvanceTo(mustTime(t, "2024-06-01T09:00:00Z"))
	h.down()
	h.rec.setFail(nil)

	h.path = crashed
	h.clock.Advance(time.Minute)
	h.up()
	h.clock.AdvanceTo(mustTime(t, "2024-06-01T23:00:00Z"))
	h.wantPosts(at(t, "c", "2024-06-01", "2024-06-01T09:00:00Z"))
	if got := h.get("g", "c"); got.LastPosted != "2024-06-01" || got.Posting != "" {
		t.Errorf("after settling: LastPosted, Posting = %q, %q; want 2024-06-01, empty", got.LastPosted, got.Posting)
	}
	h.wantLog("WARN", "interrupted", "channel=c", "date=2024-06-01")

	h.clock.AdvanceTo(mustTime(t, "2024-06-02T09:00:00Z"))
	h.wantPosts(
		at(t, "c", "2024-06-01", "2024-06-01T09:00:00Z"),
		at(t, "c", "2024-06-02", "2024-06-02T09:00:00Z"),
	)
}

// A shutdown while Post runs cancels it; Post returns an error, so the date
// is not posted, and a start later the same day tries again.
func TestShutdownWhilePostingRetriesSameDay(t *testing.T) {
	h := newHarness(t, "2024-06-01T10:00:00Z")
	h.subscribe(schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "09:00", TZ: "UTC",
		CreatedAt: mustTime(t, "2024-05-01T00:00:00Z")})
	started := make(chan struct{})
	var once sync.Once
	h.rec.setFail(func(ctx context.Context, d schedule.Delivery) error {
		once.Do(func() { close(started) })
		<-ctx.Done()
		return ctx.Err()
	})
	h.startNoWait() // catches up at once and blocks in Post
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the missed digest was not posted on start")
	}
	h.stop()
	got := h.get("g", "c")
	if got.LastPosted != "" || got.Posting != "" || got.LastError == "" {
		t.Errorf("after shutdown: LastPosted %q, Posting %q, LastError %q; want empty, empty, set",
			got.LastPosted, got.Posting, got.LastError)
	}

	h.rec.setFail(nil)
	h.clock.Advance(time.Minute)
	h.start()
	h.clock.AdvanceTo(mustTime(t, "2024-06-01T23:00:00Z"))
	h.wantPosts(
		post{Channel: "c", Date: "2024-06-01", At: mustTime(t, "2024-06-01T10:00:00Z"), Attempt: 1},
		post{Channel: "c", Date: "2024-06-01", At: mustTime(t, "2024-06-01T10:01:00Z"), Attempt: 1},
	)
	if got := h.get("g", "c"); got.LastPosted != "2024-06-01" {
		t.Errorf("LastPosted = %q, want 2024-06-01", got.LastPosted)
	}
}

// A scheduler that was down at the time posts the missed digest when it
// comes back the same local day (in the subscription's zone, not UTC), and
// skips it, with a log line, once that day is over.
func TestDownAtScheduledTime(t *testing.T) {
	first := at(t, "c", "2024-06-01", "2024-06-01T21:00:00-04:00")
	tests := []struct {
		name    string
		back    string // when the scheduler starts again
		until   string
		want    []post // after first
		wantLog []string
	}{
		{
			name: "back the same local day (already the next day in UTC)",
			back: "2024-06-02T22:00:00-04:00", until: "2024-06-03T20:59:00-04:00",
			want:    []post{at(t, "c", "2024-06-02", "2024-06-02T22:00:00-04:00")},
			wantLog: []string{"INFO", "posting a missed digest", "date=2024-06-02", "late=1h0m0s"},
		},
		{
			name: "back after local midnight",
			back: "2024-06-03T00:30:00-04:00", until: "2024-06-03T21:00:00-04:00",
			want:    []post{at(t, "c", "2024-06-03", "2024-06-03T21:00:00-04:00")},
			wantLog: []string{"WARN", "missed digest skipped", "date=2024-06-02", "last_posted=2024-06-01"},
		},
		{
			name: "back days later, after the time",
			back: "2024-06-05T22:00:00-04:00", until: "2024-06-06T21:00:00-04:00",
			want: []post{
				at(t, "c", "2024-06-05", "2024-06-05T22:00:00-04:00"),
				at(t, "c", "2024-06-06", "2024-06-06T21:00:00-04:00"),
			},
			wantLog: []string{"WARN", "missed digest skipped", "date=2024-06-04", "last_posted=2024-06-01"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "2024-06-01T12:00:00-04:00")
			h.subscribe(sub("g", "c", "21:00", "America/New_York"))
			h.start()
			h.clock.AdvanceTo(first.At)
			h.down()

			h.clock.AdvanceTo(mustTime(t, tt.back))
			h.up()
			h.clock.AdvanceTo(mustTime(t, tt.until))
			h.wantPosts(append([]post{first}, tt.want...)...)
			h.wantLog(tt.wantLog...)
			if got, want := h.get("g", "c").LastPosted, tt.want[len(tt.want)-1].Date; got != want {
				t.Errorf("LastPosted = %q, want %q", got, want)
			}
		})
	}
}
