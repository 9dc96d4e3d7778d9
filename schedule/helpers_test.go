package schedule_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/syncbuf"
	"github.com/parley-bot/parley/schedule"
	"github.com/parley-bot/parley/schedule/schedtest"
)

// post is one call of the post function, as the recorder saw it.
type post struct {
	Channel string
	Date    string
	At      time.Time
	Attempt int
}

func (p post) String() string {
	return fmt.Sprintf("%s %s at %s (attempt %d)", p.Channel, p.Date, p.At.UTC().Format(time.RFC3339), p.Attempt)
}

// recorder is a PostFunc that records its calls; fail, if set, decides
// each call's error.
type recorder struct {
	clock *schedtest.Clock

	mu    sync.Mutex
	calls []post
	fail  func(ctx context.Context, d schedule.Delivery) error
}

func (r *recorder) post(ctx context.Context, d schedule.Delivery) error {
	r.mu.Lock()
	r.calls = append(r.calls, post{Channel: d.ChannelID, Date: d.Date, At: r.clock.Now(), Attempt: d.Attempt})
	fail := r.fail
	r.mu.Unlock()
	if fail != nil {
		return fail(ctx, d)
	}
	return nil
}

func (r *recorder) setFail(f func(ctx context.Context, d schedule.Delivery) error) {
	r.mu.Lock()
	r.fail = f
	r.mu.Unlock()
}

func (r *recorder) posts() []post {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]post(nil), r.calls...)
}

// harness runs a Scheduler over a real store in a temp dir, on a fake clock.
type harness struct {
	t     *testing.T
	path  string
	clock *schedtest.Clock
	store *schedule.Store
	rec   *recorder
	logs  *syncbuf.Buffer
	opts  schedule.Options
	sched *schedule.Scheduler

	cancel context.CancelFunc
	done   chan error
}

func newHarness(t *testing.T, start string) *harness {
	t.Helper()
	clock := schedtest.NewClock(t, mustTime(t, start))
	h := &harness{
		t:     t,
		path:  filepath.Join(t.TempDir(), "data", "state.db"),
		clock: clock,
		rec:   &recorder{clock: clock},
		logs:  &syncbuf.Buffer{},
		opts:  schedule.Options{MaxWait: time.Hour, Backoff: []time.Duration{}},
	}
	h.open()
	t.Cleanup(func() {
		h.stop()
		if err := h.store.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	return h
}

func (h *harness) open() {
	h.t.Helper()
	s, err := schedule.Open(h.path, 0)
	if err != nil {
		h.t.Fatal(err)
	}
	h.store = s
}

// start runs a new Scheduler and waits until it sleeps.
func (h *harness) start() {
	h.t.Helper()
	n := h.clock.Armed()
	h.startNoWait()
	h.clock.WaitArmed(n + 1)
}

// startNoWait runs a new Scheduler.
func (h *harness) startNoWait() {
	h.t.Helper()
	opts := h.opts
	opts.Clock = h.clock
	opts.Logger = slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	sched := schedule.NewScheduler(h.store, h.rec.post, opts)
	h.sched = sched
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel, h.done = cancel, make(chan error, 1)
	go func() { h.done <- sched.Run(ctx) }()
}

// stop cancels Run and checks it returns promptly.
func (h *harness) stop() {
	h.t.Helper()
	if h.cancel == nil {
		return
	}
	h.cancel()
	select {
	case err := <-h.done:
		if err != nil {
			h.t.Errorf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		h.t.Fatal("Run did not return after its context was cancelled")
	}
	h.cancel = nil
}

// down stops the scheduler and closes the store, as a process exiting.
func (h *harness) down() {
	h.t.Helper()
	h.stop()
	if err := h.store.Close(); err != nil {
		h.t.Fatal(err)
	}
}

// up reopens the store and starts a new scheduler, as a new process.
func (h *harness) up() {
	h.t.Helper()
	h.open()
	h.start()
}

// subscribe stores sub (CreatedAt: now) and, if a scheduler runs, waits
// until it has reacted.
func (h *harness) subscribe(sub schedule.Subscription) schedule.Subscription {
	h.t.Helper()
	if sub.CreatedAt.IsZero() {
		sub.CreatedAt = h.clock.Now()
	}
	n := h.clock.Armed()
	got, err := h.store.Subscribe(sub)
	if err != nil {
		h.t.Fatal(err)
	}
	if h.cancel != nil {
		h.clock.WaitArmed(n + 1)
	}
	return got
}

func (h *harness) get(guild, channel string) schedule.Subscription {
	h.t.Helper()
	sub, err := h.store.Get(guild, channel)
	if err != nil {
		h.t.Fatal(err)
	}
	return sub
}

// wantPosts checks the posts made so far, in order.
func (h *harness) wantPosts(want ...post) {
	h.t.Helper()
	got := h.rec.posts()
	if len(got) == len(want) {
		ok := true
		for i := range got {
			w := want[i]
			if got[i].Channel != w.Channel || got[i].Date != w.Date || !got[i].At.Equal(w.At) ||
				(w.Attempt != 0 && got[i].Attempt != w.Attempt) {
				ok = false
			}
		}
		if ok {
			return
		}
	}
	h.t.Errorf("posts:\n%s\nwant:\n%s", list(got), list(want))
}

// wantLog checks the log has a line containing every one of parts.
func (h *harness) wantLog(parts ...string) {
	h.t.Helper()
	for line := range strings.SplitSeq(h.logs.String(), "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(line, p)
		}
		if all {
			return
		}
	}
	h.t.Errorf("no log line with %q; logs:\n%s", parts, h.logs.String())
}

func list(ps []post) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "  %s\n", p)
	}
	if len(ps) == 0 {
		b.WriteString("  (none)\n")
	}
	return b.String()
}

// at is a post expectation; when is RFC 3339 with the local offset.
func at(t *testing.T, channel, date, when string) post {
	t.Helper()
	return post{Channel: channel, Date: date, At: mustTime(t, when)}
}

// copyFile copies a file as it is on disk (a crash leaves that).
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Error(err)
		return
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Error(err)
	}
}
