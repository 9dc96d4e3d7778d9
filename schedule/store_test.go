package schedule_test

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/parley-bot/parley/schedule"
)

func openStore(t *testing.T, path string) *schedule.Store {
	t.Helper()
	s, err := schedule.Open(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func channels(subs []schedule.Subscription) []string {
	var out []string
	for _, s := range subs {
		out = append(out, s.GuildID+"/"+s.ChannelID)
	}
	return out
}

func TestStoreSubscribeListUnsubscribe(t *testing.T) {
	s := openStore(t, filepath.Join(t.TempDir(), "state.db"))
	created := mustTime(t, "2024-06-01T10:00:00Z")
	for _, sub := range []schedule.Subscription{
		{GuildID: "g2", ChannelID: "c3", Time: "07:00", TZ: "Asia/Tokyo"},
		{GuildID: "g1", ChannelID: "c2", Time: "8:00", TZ: "UTC", SkipEmpty: true},
		{GuildID: "g1", ChannelID: "c1", Time: "09:00", TZ: "Europe/Berlin", CreatedBy: "alice", CreatedAt: created},
	} {
		if _, err := s.Subscribe(sub); err != nil {
			t.Fatal(err)
		}
	}

	all, err := s.List("")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := channels(all), []string{"g1/c1", "g1/c2", "g2/c3"}; !slices.Equal(got, want) {
		t.Errorf("List(all) = %v, want %v", got, want)
	}
	g1, err := s.List("g1")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := channels(g1), []string{"g1/c1", "g1/c2"}; !slices.Equal(got, want) {
		t.Errorf("List(g1) = %v, want %v", got, want)
	}
	if c2 := g1[1]; c2.Time != "08:00" || !c2.SkipEmpty || c2.CreatedAt.IsZero() {
		t.Errorf("c2 = %+v, want Time 08:00, SkipEmpty, a CreatedAt", c2)
	}

	// Subscribing a channel again replaces it: still one per channel. The
	// caller cannot forge what the scheduler records.
	again, err := s.Subscribe(schedule.Subscription{GuildID: "g1", ChannelID: "c1", Time: "18:30", TZ: "America/New_York",
		CreatedBy: "bob", CreatedAt: created.Add(time.Hour), LastPosted: "2099-01-01", Paused: true, PauseReason: "x"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Get("g1", "c1")
	if err != nil {
		t.Fatal(err)
	}
	if got != again || got.Time != "18:30" || got.TZ != "America/New_York" || got.CreatedBy != "bob" ||
		got.LastPosted != "" || got.Paused || got.PauseReason != "" {
		t.Errorf("after resubscribing: %+v (returned %+v)", got, again)
	}
	if all, _ := s.List(""); len(all) != 3 {
		t.Errorf("after resubscribing: %d subscriptions, want 3", len(all))
	}

	// Invalid input is refused and changes nothing.
	if _, err := s.Subscribe(schedule.Subscription{GuildID: "g1", ChannelID: "c1", Time: "25:00", TZ: "UTC"}); err == nil ||
		!strings.Contains(err.Error(), "time") {
		t.Errorf("Subscribe(25:00) error = %v, want one naming the time", err)
	}

	// Unsubscribe is by channel within the guild.
	if _, err := s.Unsubscribe("g2", "c1"); !errors.Is(err, schedule.ErrNotFound) {
		t.Errorf("Unsubscribe from another guild: %v, want ErrNotFound", err)
	}
	if _, err := s.Get("g2", "c1"); !errors.Is(err, schedule.ErrNotFound) {
		t.Errorf("Get from another guild: %v, want ErrNotFound", err)
	}
	removed, err := s.Unsubscribe("g1", "c1")
	if err != nil || removed.ChannelID != "c1" {
		t.Fatalf("Unsubscribe(g1, c1) = %+v, %v", removed, err)
	}
	if _, err := s.Unsubscribe("g1", "c1"); !errors.Is(err, schedule.ErrNotFound) {
		t.Errorf("second Unsubscribe: %v, want ErrNotFound", err)
	}
	if n, err := s.UnsubscribeGuild("g1"); err != nil || n != 1 {
		t.Errorf("UnsubscribeGuild(g1) = %d, %v; want 1", n, err)
	}
	if all, _ := s.List(""); !slices.Equal(channels(all), []string{"g2/c3"}) {
		t.Errorf("left: %v, want [g2/c3]", channels(all))
	}
}

func TestStorePersists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nested", "dir", "state.db")
	s, err := schedule.Open(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.Subscribe(schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "06:45", TZ: "Asia/Kolkata",
		CreatedBy: "u", CreatedAt: mustTime(t, "2024-06-01T10:00:00Z")})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openStore(t, path)
	got, err := s.Get("g", "c")
	if err != nil {
		t.Fatal(err)
	}
	if !got.CreatedAt.Equal(want.CreatedAt) {
		t.Errorf("CreatedAt = %s, want %s", got.CreatedAt, want.CreatedAt)
	}
	got.CreatedAt = want.CreatedAt
	if got != want {
		t.Errorf("after reopening: %+v, want %+v", got, want)
	}
}

// bbolt waits forever for a lock unless told otherwise; Open must not.
func TestOpenLockedFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	openStore(t, path)
	start := time.Now()
	_, err := schedule.Open(path, 60*time.Millisecond)
	if err == nil {
		t.Fatal("second Open of a locked database succeeded")
	}
	if !strings.Contains(err.Error(), "locked by another process") || !strings.Contains(err.Error(), path) {
		t.Errorf("error = %q, want it to name the file and the lock", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Open waited %s", d)
	}
}

// A bbolt database shared with other parts of the program stays open.
func TestNewStoreSharesDB(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "state.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := schedule.NewStore(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Subscribe(schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "09:00", TZ: "UTC"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.View(func(tx *bolt.Tx) error { return nil }); err != nil {
		t.Errorf("db closed by Store.Close: %v", err)
	}
}
