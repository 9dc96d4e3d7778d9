package feeds

import (
	"time"
)

// Status is a feed as `parley feeds list` and the bot's /feeds list show
// it.
type Status struct {
	URL          string        `json:"url"`
	From         string        `json:"from"`  // FromEnv or FromFile
	State        string        `json:"state"` // "new" (not read yet), "ok" or "failing"
	LastAttempt  time.Time     `json:"last_attempt,omitzero"`
	LastSuccess  time.Time     `json:"last_success,omitzero"`
	Failures     int           `json:"failures"` // consecutive
	FailingSince time.Time     `json:"failing_since,omitzero"`
	LastError    string        `json:"last_error,omitempty"`
	NextAttempt  time.Time     `json:"next_attempt,omitzero"`
	Ingested     int           `json:"ingested"`                // items handed to the index, all time
	ItemFailures []ItemFailure `json:"item_failures,omitempty"` // from the last read
}

// Status lists the configured feeds (the file is read again, so feeds
// added since the last poll appear as new) with what the poller knows.
// When the feeds file cannot be read, the error says why and the list
// holds the PARLEY_FEEDS feeds only: show both.
func (p *Poller) Status() ([]Status, error) {
	feeds, err := List(p.cfg.Dir, p.cfg.Env)
	p.mu.Lock()
	defer p.mu.Unlock()
	return statuses(feeds, p.st), err
}

// ReadStatus is Status for a process that is not polling: it reads the
// list and the state file in dir.
func ReadStatus(dir string, env []string) ([]Status, error) {
	feeds, err := List(dir, env)
	if err != nil {
		return nil, err
	}
	st, err := readStateOnly(dir)
	if err != nil {
		return nil, err
	}
	return statuses(feeds, st), nil
}

func statuses(feeds []Feed, st *state) []Status {
	out := make([]Status, 0, len(feeds))
	for _, f := range feeds {
		s := Status{URL: f.URL, From: f.From, State: "new"}
		if fs := st.Feeds[key(f.URL)]; fs != nil {
			s.LastAttempt, s.LastSuccess, s.NextAttempt = fs.LastAttempt, fs.LastSuccess, fs.NextAttempt
			s.Failures, s.FailingSince, s.LastError = fs.Failures, fs.FailingSince, fs.LastError
			s.Ingested = fs.Ingested
			s.ItemFailures = append([]ItemFailure(nil), fs.ItemFailures...)
			switch {
			case fs.Failures > 0:
				s.State = "failing"
			case !fs.LastSuccess.IsZero():
				s.State = "ok"
			}
		}
		out = append(out, s)
	}
	return out
}
