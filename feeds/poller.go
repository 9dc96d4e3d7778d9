package feeds

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/fetch"
)

// Defaults for Config fields left zero.
const (
	DefaultInterval    = 15 * time.Minute
	DefaultMaxBackoff  = 6 * time.Hour
	DefaultConcurrency = 2
	// MinInterval is the shortest PARLEY_POLL ParseInterval accepts: more
	// often is impolite to the feeds' servers.
	MinInterval = time.Minute
)

// Counts are what an ingest did with a batch of articles.
type Counts struct {
	Added, Updated, Unchanged int
}

// IngestFunc indexes a batch of articles (answer.Service.IngestArticles
// in the program). It must not block searches; an error means nothing of
// the batch can be counted on.
type IngestFunc func(ctx context.Context, arts []*corpus.Article) (Counts, error)

// Config configures a Poller.
type Config struct {
	Dir         string        // data dir: the feeds file and the state file
	Env         []string      // feeds from PARLEY_FEEDS (ParseEnv)
	Interval    time.Duration // between polls; DefaultInterval when zero
	MaxBackoff  time.Duration // longest wait after failures; DefaultMaxBackoff when zero
	Concurrency int           // feeds read at once; DefaultConcurrency when zero
	Client      *fetch.Client // required
	Ingest      IngestFunc    // required
	Log         *slog.Logger  // slog.Default() when nil
	Now         func() time.Time
	// OnPoll, when set, is called after each poll with its reports.
	OnPoll func([]Report)
}

// Report is what one poll did with one feed.
type Report struct {
	URL         string
	NotModified bool
	New         int // items not seen before
	Seen        int // items skipped as seen
	Counts
	Failed []ItemFailure // items that could not be read
	Err    error         // the feed itself failed
}

// Poller polls the configured feeds. Its methods are safe for concurrent
// use; polls run one at a time.
type Poller struct {
	cfg    Config
	wake   chan struct{}
	pollMu sync.Mutex // one poll at a time

	mu sync.Mutex // guards st; never held across fetching or ingesting
	st *state
}

// ParseInterval reads PARLEY_POLL: a Go duration ("15m", "1h"); empty
// means DefaultInterval.
func ParseInterval(s string) (time.Duration, error) {
	if s == "" {
		return DefaultInterval, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("PARLEY_POLL %q: not a duration; use a Go duration such as 15m or 1h", s)
	}
	if d < MinInterval {
		return 0, fmt.Errorf("PARLEY_POLL %q: too short; poll at most once a minute (e.g. 15m)", s)
	}
	return d, nil
}

// NewPoller returns a Poller over cfg. It reads the state file; a corrupt
// one is moved aside and logged, not fatal.
func NewPoller(cfg Config) (*Poller, error) {
	if cfg.Client == nil || cfg.Ingest == nil {
		return nil, errors.New("feeds: NewPoller needs a Client and an Ingest func")
	}
	if cfg.Dir == "" {
		return nil, errors.New("feeds: NewPoller needs the data dir")
	}
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultInterval
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = DefaultMaxBackoff
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("feeds: data dir: %w", err)
	}
	st, err := loadState(cfg.Dir)
	if err != nil {
		if st == nil {
			return nil, err
		}
		cfg.Log.Warn("feed state", "err", err)
	}
	return &Poller{cfg: cfg, wake: make(chan struct{}, 1), st: st}, nil
}

// Run polls the feeds at once, then every Interval (and on Wake), until
// ctx is done; it then returns nil.
func (p *Poller) Run(ctx context.Context) error {
	t := time.NewTicker(p.cfg.Interval)
	defer t.Stop()
	for {
		p.Poll(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-p.wake:
		}
	}
}

// Wake makes Run poll now (feeds that are due: new ones, and those not
// backing off).
func (p *Poller) Wake() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Add adds a feed to the list file and wakes Run to read it.
func (p *Poller) Add(raw string) (string, bool, error) {
	u, added, err := Add(p.cfg.Dir, raw)
	if err == nil && added {
		p.Wake()
	}
	return u, added, err
}

// Remove removes a feed from the list file. A feed set in PARLEY_FEEDS
// cannot be removed here.
func (p *Poller) Remove(raw string) error {
	for _, u := range p.cfg.Env {
		if key(u) == key(raw) {
			return fmt.Errorf("%q is set in PARLEY_FEEDS; remove it there and restart", raw)
		}
	}
	return Remove(p.cfg.Dir, raw)
}

// due reports whether a feed should be read at now. The slack lets a feed
// read at the previous tick be read at this one, even though the tick
// comes a little before a full interval has passed.
func (p *Poller) due(f *feedState, now time.Time) bool {
	return f.NextAttempt.IsZero() || !f.NextAttempt.After(now.Add(p.cfg.Interval/4))
}

// fetched is one feed read, waiting to be ingested.
type fetched struct {
	feed Feed
	key  string
	res  *fetch.FeedResult
	err  error
}

// Poll reads the feeds that are due, ingests their new items and saves
// the state. Failures are in the reports and the log, never returned:
// one feed's trouble does not stop the others.
func (p *Poller) Poll(ctx context.Context) []Report {
	p.pollMu.Lock()
	defer p.pollMu.Unlock()
	now := p.cfg.Now().UTC().Truncate(time.Second)
	feeds, listErr := List(p.cfg.Dir, p.cfg.Env)
	if listErr != nil {
		p.cfg.Log.Error("feed list", "err", listErr)
	}

	p.mu.Lock()
	var due []fetched
	keep := map[string]bool{}
	conds := map[string]fetch.Conditional{}
	for _, f := range feeds {
		k := key(f.URL)
		keep[k] = true
		fs := p.st.feed(k)
		if p.due(fs, now) {
			due = append(due, fetched{feed: f, key: k})
			conds[k] = fetch.Conditional{ETag: fs.ETag, LastModified: fs.LastModified}
		}
	}
	if listErr == nil {
		p.st.prune(keep)
	}
	p.mu.Unlock()

	p.fetchAll(ctx, due, conds)
	reports := make([]Report, 0, len(due))
	for _, d := range due {
		if ctx.Err() != nil {
			break // shutting down: what was not ingested is read next time
		}
		reports = append(reports, p.ingest(ctx, d, now))
	}

	p.mu.Lock()
	if len(p.st.Attempts) > maxSeen {
		clear(p.st.Attempts) // items that left their feeds before giving up
	}
	err := p.st.save(p.cfg.Dir)
	p.mu.Unlock()
	if err != nil {
		p.cfg.Log.Error("save feed state", "err", err)
	}
	if p.cfg.OnPoll != nil {
		p.cfg.OnPoll(reports)
	}
	return reports
}

// fetchAll reads the due feeds, Concurrency at a time.
func (p *Poller) fetchAll(ctx context.Context, due []fetched, conds map[string]fetch.Conditional) {
	seen := func(k string) bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.st.isSeen(k)
	}
	sem := make(chan struct{}, p.cfg.Concurrency)
	var wg sync.WaitGroup
	for i := range due {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			d := &due[i]
			d.res, d.err = p.cfg.Client.Feed(ctx, d.feed.URL, fetch.FeedRequest{Conditional: conds[d.key], Seen: seen})
		})
	}
	wg.Wait()
}
