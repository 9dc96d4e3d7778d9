package feeds

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Bounds on what the state file remembers.
const (
	maxSeen         = 20000 // item links and text keys, oldest forgotten first
	maxItemFailures = 10    // failed items listed per feed
	// maxItemAttempts: an item whose page failed this many polls in a
	// row is given up on (its summary, if any, is what stays indexed).
	maxItemAttempts = 3
)

// feedState is what the poller knows of one feed.
type feedState struct {
	ETag         string        `json:"etag,omitempty"`
	LastModified string        `json:"last_modified,omitempty"`
	LastAttempt  time.Time     `json:"last_attempt,omitzero"`
	LastSuccess  time.Time     `json:"last_success,omitzero"`
	NextAttempt  time.Time     `json:"next_attempt,omitzero"`
	Failures     int           `json:"failures"` // consecutive
	FailingSince time.Time     `json:"failing_since,omitzero"`
	LastError    string        `json:"last_error,omitempty"`
	Ingested     int           `json:"ingested"` // items handed to ingest, all time
	ItemFailures []ItemFailure `json:"item_failures,omitempty"`
}

// ItemFailure is a feed item that could not be read, from the last poll
// that read the feed.
type ItemFailure struct {
	Source string `json:"source"` // the item's page, or the feed
	Error  string `json:"error"`
}

// state is the whole state file: per feed (by canonical URL) and the keys
// of items already ingested from any feed.
type state struct {
	Feeds    map[string]*feedState `json:"feeds"`
	Seen     []string              `json:"seen"`               // oldest first
	Attempts map[string]int        `json:"attempts,omitempty"` // item link → polls its page failed in a row

	seen map[string]bool
}

func newState() *state {
	return &state{Feeds: map[string]*feedState{}, Attempts: map[string]int{}, seen: map[string]bool{}}
}

// loadState reads the state file in dir. A missing file is a fresh
// state; a corrupt one is moved aside and a fresh state returned with an
// error saying so, so that polling can go on; a file that cannot be read
// is an error with no state.
func loadState(dir string) (*state, error) {
	s, path, badJSON, err := decodeState(dir)
	if err != nil {
		return nil, err
	}
	if badJSON != nil {
		bad := path + ".bad"
		_ = os.Rename(path, bad)
		return newState(), fmt.Errorf("feed state %s is not valid JSON (%v); moved it to %s and started afresh: feeds are re-read, nothing is indexed twice", path, badJSON, bad)
	}
	return s, nil
}

// readStateOnly reads the state file without changing anything; a
// corrupt file is an error.
func readStateOnly(dir string) (*state, error) {
	s, path, badJSON, err := decodeState(dir)
	if err != nil {
		return nil, err
	}
	if badJSON != nil {
		return nil, fmt.Errorf("feed state %s is not valid JSON (%v); the next poll moves it aside", path, badJSON)
	}
	return s, nil
}

// decodeState reads dir's state file: a fresh state when there is none,
// badJSON when it does not parse, err when it cannot be read.
func decodeState(dir string) (s *state, path string, badJSON, err error) {
	path = filepath.Join(dir, StateFile)
	s = newState()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, path, nil, nil
	}
	if err != nil {
		return nil, path, nil, fmt.Errorf("read feed state: %w", err)
	}
	if err := json.Unmarshal(data, s); err != nil {
		return nil, path, err, nil
	}
	s.init()
	return s, path, nil, nil
}

// init fills what JSON leaves nil and builds the seen set.
func (s *state) init() {
	if s.Feeds == nil {
		s.Feeds = map[string]*feedState{}
	}
	if s.Attempts == nil {
		s.Attempts = map[string]int{}
	}
	s.seen = make(map[string]bool, len(s.Seen))
	for _, k := range s.Seen {
		s.seen[k] = true
	}
}

func (s *state) save(dir string) error {
	data, err := json.MarshalIndent(s, "", " ")
	if err != nil {
		return fmt.Errorf("encode feed state: %w", err)
	}
	return writeAtomic(filepath.Join(dir, StateFile), data)
}

// feed returns the state of the feed with key k, creating it.
func (s *state) feed(k string) *feedState {
	f := s.Feeds[k]
	if f == nil {
		f = &feedState{}
		s.Feeds[k] = f
	}
	return f
}

func (s *state) isSeen(k string) bool { return k != "" && s.seen[k] }

// markSeen remembers k, forgetting the oldest keys beyond maxSeen.
func (s *state) markSeen(k string) {
	if k == "" || s.seen[k] {
		return
	}
	s.seen[k] = true
	s.Seen = append(s.Seen, k)
	delete(s.Attempts, k)
	if n := len(s.Seen) - maxSeen; n > 0 {
		for _, old := range s.Seen[:n] {
			delete(s.seen, old)
		}
		s.Seen = append([]string(nil), s.Seen[n:]...)
	}
}

// prune drops the state of feeds no longer configured.
func (s *state) prune(keep map[string]bool) {
	for k := range s.Feeds {
		if !keep[k] {
			delete(s.Feeds, k)
		}
	}
}
