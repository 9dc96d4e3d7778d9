package schedule

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// DefaultLockTimeout is how long Open waits for another process to release
// the database file before it gives up.
const DefaultLockTimeout = time.Second

// bucket holds one JSON Subscription per channel ID: one subscription per
// channel, whatever the guild.
var bucket = []byte("digest_subscriptions")

// ErrNotFound is returned when a channel has no subscription (in that guild).
var ErrNotFound = errors.New("no digest subscription")

// Store keeps digest subscriptions durably in a bbolt database. It is safe
// for concurrent use; changes wake running Schedulers.
type Store struct {
	db     *bolt.DB
	ownsDB bool

	mu       sync.Mutex
	watchers map[chan struct{}]struct{}
}

// Open opens (creating it and its directory if needed) the database at path,
// normally <data>/state.db. lockTimeout bounds the wait for a lock held by
// another process; zero means DefaultLockTimeout.
func Open(path string, lockTimeout time.Duration) (*Store, error) {
	if lockTimeout <= 0 {
		lockTimeout = DefaultLockTimeout
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open state database: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("open state database %s: locked by another process after waiting %s; "+
			"is another parley bot or serve running on this data dir? stop it or use another --data", path, lockTimeout)
	}
	if err != nil {
		return nil, fmt.Errorf("open state database %s: %w", path, err)
	}
	s, err := NewStore(db)
	if err != nil {
		db.Close()
		return nil, err
	}
	s.ownsDB = true
	return s, nil
}

// NewStore keeps subscriptions in db, an open bbolt database that other
// parts of the program may share (bbolt allows one open per file and
// process). Close leaves db open.
func NewStore(db *bolt.DB) (*Store, error) {
	err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucket)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("open subscription store %s: %w", db.Path(), err)
	}
	return &Store{db: db, watchers: map[chan struct{}]struct{}{}}, nil
}

// Close closes the database if Open opened it.
func (s *Store) Close() error {
	if !s.ownsDB {
		return nil
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close state database: %w", err)
	}
	return nil
}

// Subscribe validates sub and stores it as the subscription of its channel,
// replacing any earlier one (so subscribing again changes the time, zone or
// SkipEmpty, and resumes a paused subscription). What the scheduler recorded
// (LastPosted, Posting) is kept, so a channel is never posted twice for one
// date. A zero CreatedAt is set to the current time. It returns the stored
// subscription.
func (s *Store) Subscribe(sub Subscription) (Subscription, error) {
	if err := sub.Validate(); err != nil {
		return Subscription{}, err
	}
	if sub.CreatedAt.IsZero() {
		sub.CreatedAt = time.Now()
	}
	sub.Paused, sub.PauseReason, sub.LastError = false, "", ""
	sub.LastPosted, sub.Posting = "", ""
	err := s.update(func(b *bolt.Bucket) error {
		if old, ok, err := get(b, sub.ChannelID); err != nil {
			return err
		} else if ok {
			sub.LastPosted, sub.Posting = old.LastPosted, old.Posting
		}
		return put(b, sub)
	})
	if err != nil {
		return Subscription{}, fmt.Errorf("subscribe channel %s: %w", sub.ChannelID, err)
	}
	return sub, nil
}

// Unsubscribe removes the subscription of channelID in guildID and returns
// it, or ErrNotFound.
func (s *Store) Unsubscribe(guildID, channelID string) (Subscription, error) {
	var removed Subscription
	err := s.update(func(b *bolt.Bucket) error {
		sub, ok, err := get(b, channelID)
		if err != nil {
			return err
		}
		if !ok || sub.GuildID != guildID {
			return ErrNotFound
		}
		removed = sub
		return b.Delete([]byte(channelID))
	})
	if err != nil {
		return Subscription{}, fmt.Errorf("unsubscribe channel %s: %w", channelID, err)
	}
	return removed, nil
}

// UnsubscribeGuild removes every subscription of guildID (the bot left the
// server, or "unsubscribe all") and returns how many there were.
func (s *Store) UnsubscribeGuild(guildID string) (int, error) {
	n := 0
	err := s.update(func(b *bolt.Bucket) error {
		var keys [][]byte
		err := b.ForEach(func(k, v []byte) error {
			sub, err := decode(k, v)
			if err != nil {
				return err
			}
			if sub.GuildID == guildID {
				keys = append(keys, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range keys {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		n = len(keys)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("unsubscribe guild %s: %w", guildID, err)
	}
	return n, nil
}

// Get returns the subscription of channelID in guildID, or ErrNotFound.
func (s *Store) Get(guildID, channelID string) (Subscription, error) {
	var sub Subscription
	err := s.db.View(func(tx *bolt.Tx) error {
		got, ok, err := get(tx.Bucket(bucket), channelID)
		if err != nil {
			return err
		}
		if !ok || got.GuildID != guildID {
			return ErrNotFound
		}
		sub = got
		return nil
	})
	if err != nil {
		return Subscription{}, fmt.Errorf("get subscription of channel %s: %w", channelID, err)
	}
	return sub, nil
}

// List returns the subscriptions of guildID ordered by channel ID; an empty
// guildID lists every guild's, ordered by guild then channel.
func (s *Store) List(guildID string) ([]Subscription, error) {
	var subs []Subscription
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
			sub, err := decode(k, v)
			if err != nil {
				return err
			}
			if guildID == "" || sub.GuildID == guildID {
				subs = append(subs, sub)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	slices.SortFunc(subs, func(a, b Subscription) int {
		if c := strings.Compare(a.GuildID, b.GuildID); c != 0 {
			return c
		}
		return strings.Compare(a.ChannelID, b.ChannelID)
	})
	return subs, nil
}

// change applies fn to the stored subscription of channelID in one
// transaction. It reports false, without calling fn, when the channel has no
// subscription any more (unsubscribed while a post ran); fn may return an
// error to abort. The scheduler records what it did with it; that wakes no
// watcher, as the scheduler already knows.
func (s *Store) change(channelID string, fn func(*Subscription) error) (bool, error) {
	found := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		sub, ok, err := get(b, channelID)
		if err != nil || !ok {
			return err
		}
		found = true
		if err := fn(&sub); err != nil {
			return err
		}
		return put(b, sub)
	})
	return found, err
}

// update runs fn in a write transaction on the bucket and, once committed,
// wakes the watchers.
func (s *Store) update(fn func(*bolt.Bucket) error) error {
	err := s.db.Update(func(tx *bolt.Tx) error { return fn(tx.Bucket(bucket)) })
	if err == nil {
		s.notify()
	}
	return err
}

// watch returns a channel that receives (coalesced) after each committed
// change, and a function to stop watching.
func (s *Store) watch() (<-chan struct{}, func()) {
	c := make(chan struct{}, 1)
	s.mu.Lock()
	s.watchers[c] = struct{}{}
	s.mu.Unlock()
	return c, func() {
		s.mu.Lock()
		delete(s.watchers, c)
		s.mu.Unlock()
	}
}

func (s *Store) notify() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.watchers {
		select {
		case c <- struct{}{}:
		default: // a wake-up is already pending
		}
	}
}

func get(b *bolt.Bucket, channelID string) (Subscription, bool, error) {
	v := b.Get([]byte(channelID))
	if v == nil {
		return Subscription{}, false, nil
	}
	sub, err := decode([]byte(channelID), v)
	return sub, err == nil, err
}

func put(b *bolt.Bucket, sub Subscription) error {
	v, err := json.Marshal(sub)
	if err != nil {
		return fmt.Errorf("encode subscription of channel %s: %w", sub.ChannelID, err)
	}
	return b.Put([]byte(sub.ChannelID), v)
}

func decode(k, v []byte) (Subscription, error) {
	var sub Subscription
	if err := json.Unmarshal(v, &sub); err != nil {
		return Subscription{}, fmt.Errorf("decode subscription of channel %s: %w", k, err)
	}
	return sub, nil
}
