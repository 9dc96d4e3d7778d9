package schedule_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/parley-bot/parley/schedule"
)

func sub(guild, channel, hhmm, tz string) schedule.Subscription {
	return schedule.Subscription{GuildID: guild, ChannelID: channel, Time: hhmm, TZ: tz, CreatedBy: "u1"}
}

func TestRunAcrossMidnight(t *testing.T) {
	h := newHarness(t, "2024-05-01T20:00:00Z")
	h.subscribe(sub("g1", "midnight", "00:00", "UTC"))
	h.subscribe(sub("g1", "late", "23:59", "UTC"))
	h.subscribe(sub("g2", "paris", "09:00", "Europe/Paris"))
	h.start()
	h.clock.Advance(72 * time.Hour)

	// Times already past when subscribing (00:00 and Paris 09:00 on May 1)
	// start the next day.
	h.wantPosts(
		at(t, "late", "2024-05-01", "2024-05-01T23:59:00Z"),
		at(t, "midnight", "2024-05-02", "2024-05-02T00:00:00Z"),
		at(t, "paris", "2024-05-02", "2024-05-02T09:00:00+02:00"),
		at(t, "late", "2024-05-02", "2024-05-02T23:59:00Z"),
		at(t, "midnight", "2024-05-03", "2024-05-03T00:00:00Z"),
		at(t, "paris", "2024-05-03", "2024-05-03T09:00:00+02:00"),
		at(t, "late", "2024-05-03", "2024-05-03T23:59:00Z"),
		at(t, "midnight", "2024-05-04", "2024-05-04T00:00:00Z"),
		at(t, "paris", "2024-05-04", "2024-05-04T09:00:00+02:00"),
	)
	if got := h.get("g1", "late").LastPosted; got != "2024-05-03" {
		t.Errorf("late: LastPosted = %q, want 2024-05-03", got)
	}
	if got := h.get("g2", "paris"); got.LastPosted != "2024-05-04" || got.Posting != "" {
		t.Errorf("paris: LastPosted, Posting = %q, %q; want 2024-05-04, empty", got.LastPosted, got.Posting)
	}
}

func TestRunAcrossDST(t *testing.T) {
	tests := []struct {
		name      string
		tz, time  string
		start     string
		want      []string // dates and instants, alternating
		untilDays int
	}{
		{"New York spring forward, time in the gap", "America/New_York", "02:30", "2024-03-09T12:00:00-05:00",
			[]string{"2024-03-10", "2024-03-10T03:00:00-04:00", "2024-03-11", "2024-03-11T02:30:00-04:00", "2024-03-12", "2024-03-12T02:30:00-04:00"}, 3},
		{"New York spring forward, ordinary time", "America/New_York", "09:00", "2024-03-09T12:00:00-05:00",
			[]string{"2024-03-10", "2024-03-10T09:00:00-04:00", "2024-03-11", "2024-03-11T09:00:00-04:00"}, 2},
		{"New York fall back, time in the repeated hour", "America/New_York", "01:30", "2024-11-02T12:00:00-04:00",
			[]string{"2024-11-03", "2024-11-03T01:30:00-04:00", "2024-11-04", "2024-11-04T01:30:00-05:00", "2024-11-05", "2024-11-05T01:30:00-05:00"}, 3},
		{"Berlin spring forward, time in the gap", "Europe/Berlin", "02:30", "2024-03-30T12:00:00+01:00",
			[]string{"2024-03-31", "2024-03-31T03:00:00+02:00", "2024-04-01", "2024-04-01T02:30:00+02:00"}, 2},
		{"Berlin fall back, time in the repeated hour", "Europe/Berlin", "02:30", "2024-10-26T12:00:00+02:00",
			[]string{"2024-10-27", "2024-10-27T02:30:00+02:00", "2024-10-28", "2024-10-28T02:30:00+01:00"}, 2},
		{"Lord Howe half-hour spring forward", "Australia/Lord_Howe", "02:15", "2024-10-05T12:00:00+10:30",
			[]string{"2024-10-06", "2024-10-06T02:30:00+11:00", "2024-10-07", "2024-10-07T02:15:00+11:00"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.start)
			h.subscribe(sub("g", "c", tt.time, tt.tz))
			h.start()
			h.clock.Advance(time.Duration(tt.untilDays) * 24 * time.Hour)
			var want []post
			for i := 0; i < len(tt.want); i += 2 {
				want = append(want, at(t, "c", tt.want[i], tt.want[i+1]))
			}
			h.wantPosts(want...)
		})
	}
}

func TestRunSeveralZones(t *testing.T) {
	h := newHarness(t, "2024-06-01T00:00:00Z")
	zones := []struct{ channel, tz string }{
		{"tokyo", "Asia/Tokyo"}, {"kolkata", "Asia/Kolkata"}, {"utc", "UTC"}, {"la", "America/Los_Angeles"},
	}
	for _, z := range zones {
		h.subscribe(sub("g-"+z.channel, z.channel, "09:00", z.tz))
	}
	h.start()
	h.clock.Advance(48 * time.Hour)
	h.wantPosts(
		at(t, "tokyo", "2024-06-01", "2024-06-01T09:00:00+09:00"),
		at(t, "kolkata", "2024-06-01", "2024-06-01T09:00:00+05:30"),
		at(t, "utc", "2024-06-01", "2024-06-01T09:00:00Z"),
		at(t, "la", "2024-06-01", "2024-06-01T09:00:00-07:00"),
		at(t, "tokyo", "2024-06-02", "2024-06-02T09:00:00+09:00"),
		at(t, "kolkata", "2024-06-02", "2024-06-02T09:00:00+05:30"),
		at(t, "utc", "2024-06-02", "2024-06-02T09:00:00Z"),
		at(t, "la", "2024-06-02", "2024-06-02T09:00:00-07:00"),
		at(t, "tokyo", "2024-06-03", "2024-06-03T09:00:00+09:00"),
	)
}

// The default MaxWait wakes the loop every minute; it must not change what
// is posted.
func TestRunDefaultMaxWait(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	h.opts.MaxWait = 0
	h.subscribe(sub("g", "c", "09:00", "UTC"))
	h.start()
	h.clock.Advance(3 * time.Hour)
	h.wantPosts(at(t, "c", "2024-06-01", "2024-06-01T09:00:00Z"))
}

func TestSubscribeWhileRunning(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	h.start()
	h.subscribe(sub("g1", "a", "09:00", "UTC"))
	h.clock.AdvanceTo(mustTime(t, "2024-06-01T10:00:00Z"))
	h.wantPosts(at(t, "a", "2024-06-01", "2024-06-01T09:00:00Z"))

	// Moving an already posted channel to a later time: nothing more today.
	h.subscribe(sub("g1", "a", "18:00", "UTC"))
	// A new channel in another guild, for a time still to come today.
	h.subscribe(sub("g2", "b", "12:00", "Europe/London"))
	// A channel subscribed after its time today starts tomorrow.
	h.subscribe(sub("g2", "c", "07:00", "UTC"))
	h.clock.AdvanceTo(mustTime(t, "2024-06-02T08:00:00Z"))
	h.wantPosts(
		at(t, "a", "2024-06-01", "2024-06-01T09:00:00Z"),
		at(t, "b", "2024-06-01", "2024-06-01T12:00:00+01:00"),
		at(t, "c", "2024-06-02", "2024-06-02T07:00:00Z"),
	)

	n := h.clock.Armed()
	if _, err := h.store.Unsubscribe("g2", "b"); err != nil {
		t.Fatal(err)
	}
	h.clock.WaitArmed(n + 1)
	h.clock.AdvanceTo(mustTime(t, "2024-06-02T23:00:00Z"))
	h.wantPosts(
		at(t, "a", "2024-06-01", "2024-06-01T09:00:00Z"),
		at(t, "b", "2024-06-01", "2024-06-01T12:00:00+01:00"),
		at(t, "c", "2024-06-02", "2024-06-02T07:00:00Z"),
		at(t, "a", "2024-06-02", "2024-06-02T18:00:00Z"),
	)
}

func TestRunTwiceFails(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	h.start()
	if err := h.sched.Run(t.Context()); err == nil {
		t.Error("a second Run of the same Scheduler returned nil, want an error")
	}
}

// Run starts no goroutine of its own and returns when its context is done.
func TestRunReturnsOnCancelWithoutLeaks(t *testing.T) {
	h := newHarness(t, "2024-06-01T08:00:00Z")
	h.subscribe(sub("g", "c", "09:00", "UTC"))
	before := runtime.NumGoroutine()
	for range 3 {
		h.start()
		h.clock.Advance(90 * time.Minute)
		h.stop()
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after stopping, %d before starting", n, before)
	}
	h.wantPosts(at(t, "c", "2024-06-01", "2024-06-01T09:00:00Z"))
}
