// Package schedtest provides a fake Clock to drive a schedule.Scheduler in
// tests, deterministically and without sleeping.
package schedtest

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/schedule"
)

// settleTimeout bounds how long the clock waits for its user to react; a
// scheduler that takes longer is stuck, and the test fails.
const settleTimeout = 10 * time.Second

// Clock is a fake schedule.Clock. Time moves only through Advance and
// AdvanceTo, which fire due timers one at a time and wait, after each, until
// the user arms a new timer, as Scheduler.Run does each time it has finished
// reacting and goes back to sleep. It assumes a single user (one Run).
type Clock struct {
	tb testing.TB

	mu     sync.Mutex
	cond   *sync.Cond
	now    time.Time
	timers []*timer
	armed  int // timers created so far
}

type timer struct {
	clock    *Clock
	deadline time.Time
	c        chan time.Time
	active   bool
}

// NewClock returns a Clock reading start. Failures (a user that never goes
// back to sleep) fail tb.
func NewClock(tb testing.TB, start time.Time) *Clock {
	c := &Clock{tb: tb, now: start}
	c.cond = sync.NewCond(&c.mu)
	return c
}

var _ schedule.Clock = (*Clock)(nil)

// Now returns the fake time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// NewTimer returns a timer firing d after the fake now; d <= 0 fires at once.
func (c *Clock) NewTimer(d time.Duration) schedule.Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &timer{clock: c, deadline: c.now.Add(d), c: make(chan time.Time, 1), active: true}
	if d <= 0 {
		t.active = false
		t.c <- c.now
	} else {
		c.timers = append(c.timers, t)
	}
	c.armed++
	c.cond.Broadcast()
	return t
}

func (t *timer) C() <-chan time.Time { return t.c }

func (t *timer) Stop() bool {
	c := t.clock
	c.mu.Lock()
	defer c.mu.Unlock()
	was := t.active
	t.active = false
	c.timers = slices.DeleteFunc(c.timers, func(x *timer) bool { return x == t })
	return was
}

// Armed returns how many timers have been created so far. With
// WaitArmed it lets a test wait for a sleeping scheduler to react to
// something else than time (a store change): take n := Armed(), make the
// change, then WaitArmed(n + 1).
func (c *Clock) Armed() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.armed
}

// WaitArmed waits until at least n timers have been created.
func (c *Clock) WaitArmed(n int) {
	c.tb.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.waitLocked(n) {
		c.tb.Fatalf("schedtest: waited %s for timer number %d (have %d): is the scheduler running, or stuck?", settleTimeout, n, c.armed)
	}
}

// waitLocked waits with c.mu held until c.armed >= n or the timeout.
func (c *Clock) waitLocked(n int) bool {
	deadline := time.Now().Add(settleTimeout)
	stop := time.AfterFunc(settleTimeout, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer stop.Stop()
	for c.armed < n {
		if time.Now().After(deadline) {
			return false
		}
		c.cond.Wait()
	}
	return true
}

// Advance moves the time forward by d; see AdvanceTo.
func (c *Clock) Advance(d time.Duration) {
	c.tb.Helper()
	c.AdvanceTo(c.Now().Add(d))
}

// AdvanceTo moves the time to t, stopping at each timer deadline on the way:
// the time is set to the deadline, the timer fires, and AdvanceTo waits
// until the user arms its next timer before going on.
func (c *Clock) AdvanceTo(t time.Time) {
	c.tb.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		next := c.earliestLocked()
		if next == nil || next.deadline.After(t) {
			break
		}
		if next.deadline.After(c.now) {
			c.now = next.deadline
		}
		next.active = false
		c.timers = slices.DeleteFunc(c.timers, func(x *timer) bool { return x == next })
		next.c <- c.now
		if !c.waitLocked(c.armed + 1) {
			c.tb.Fatalf("schedtest: a timer fired at %s and no new timer was armed within %s", c.now, settleTimeout)
		}
	}
	if t.After(c.now) {
		c.now = t
	}
}

func (c *Clock) earliestLocked() *timer {
	var e *timer
	for _, t := range c.timers {
		if e == nil || t.deadline.Before(e.deadline) {
			e = t
		}
	}
	return e
}
