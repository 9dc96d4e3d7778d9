package feeds

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/fetch"
)

// ingest hands a feed's new items to the ingest func and records the
// outcome in the state. The state lock is not held while ingesting.
func (p *Poller) ingest(ctx context.Context, d fetched, now time.Time) Report {
	rep := Report{URL: d.feed.URL}
	if d.err != nil {
		rep.Err = d.err
		p.fail(d, now, d.err)
		return rep
	}
	res := d.res
	if res.NotModified {
		rep.NotModified = true
		p.succeed(d, now, 0, nil)
		p.cfg.Log.Debug("feed not modified", "url", d.feed.URL)
		return rep
	}
	rep.Seen = res.Seen
	var arts []*corpus.Article
	p.mu.Lock()
	for _, it := range res.Items {
		if it.Article == nil || it.Duplicate {
			continue
		}
		// Another feed may have brought the same article earlier in this poll.
		if p.st.isSeen(it.Link) || p.st.isSeen(it.Content) {
			rep.Seen++
			continue
		}
		arts = append(arts, it.Article)
	}
	p.mu.Unlock()
	rep.New = len(arts)
	if len(arts) > 0 {
		c, err := p.cfg.Ingest(ctx, arts)
		if err != nil {
			rep.Err = fmt.Errorf("index %d new items: %w", len(arts), err)
			p.fail(d, now, rep.Err)
			return rep
		}
		rep.Counts = c
	}
	rep.Failed = p.succeed(d, now, len(arts), res.Items)
	for _, f := range rep.Failed {
		p.cfg.Log.Warn("feed item skipped", "feed", d.feed.URL, "item", f.Source, "err", f.Error)
	}
	if rep.New > 0 || len(rep.Failed) > 0 {
		p.cfg.Log.Info("feed polled", "url", d.feed.URL, "new", rep.New, "added", rep.Added, "updated", rep.Updated,
			"unchanged", rep.Unchanged, "seen", rep.Seen, "failed_items", len(rep.Failed))
	}
	return rep
}

// succeed records a good read of a feed: the validators, the items now
// seen, and the items that failed (seen too once they have failed
// maxItemAttempts times). It returns the failed items.
func (p *Poller) succeed(d fetched, now time.Time, ingested int, items []fetch.Item) []ItemFailure {
	p.mu.Lock()
	defer p.mu.Unlock()
	fs := p.st.feed(d.key)
	fs.ETag, fs.LastModified = d.res.ETag, d.res.LastModified
	fs.LastAttempt, fs.LastSuccess = now, now
	fs.NextAttempt = now.Add(p.cfg.Interval)
	fs.Failures, fs.FailingSince, fs.LastError = 0, time.Time{}, ""
	fs.Ingested += ingested
	if d.res.NotModified {
		return nil
	}
	var failed []ItemFailure
	for _, it := range items {
		if it.Err == nil {
			p.st.markSeen(it.Link)
			p.st.markSeen(it.Content)
			continue
		}
		f := ItemFailure{Source: d.feed.URL, Error: it.Err.Error()}
		if fe, ok := it.Err.(*fetch.Error); ok {
			f = ItemFailure{Source: fe.Source(), Error: fe.Reason()}
		}
		if it.Link != "" {
			p.st.Attempts[it.Link]++
			if n := p.st.Attempts[it.Link]; n >= maxItemAttempts {
				f.Error += fmt.Sprintf(" (failed %d times; not trying again)", n)
				p.st.markSeen(it.Link)
				p.st.markSeen(it.Content)
			}
		}
		failed = append(failed, f)
	}
	fs.ItemFailures = failed[:min(len(failed), maxItemFailures)]
	return failed
}

// fail records a failed read of a feed and backs off from it.
func (p *Poller) fail(d fetched, now time.Time, err error) {
	p.mu.Lock()
	fs := p.st.feed(d.key)
	fs.LastAttempt = now
	fs.Failures++
	if fs.FailingSince.IsZero() {
		fs.FailingSince = now
	}
	fs.LastError = err.Error()
	var fe *fetch.Error
	if errors.As(err, &fe) && key(fe.URL) == d.key {
		fs.LastError = fe.Reason() // the feed's URL is beside it already
	}
	wait := p.backoff(fs.Failures)
	fs.NextAttempt = now.Add(wait)
	n, since := fs.Failures, fs.FailingSince
	p.mu.Unlock()
	p.cfg.Log.Warn("feed failed", "url", d.feed.URL, "failures", n, "failing_since", since.Format(time.RFC3339),
		"retry_in", wait.String(), "err", err)
}

// backoff is the wait after n consecutive failures: the interval, doubled
// for each failure after the first, capped at MaxBackoff.
func (p *Poller) backoff(n int) time.Duration {
	wait := p.cfg.Interval
	for i := 1; i < n && wait < p.cfg.MaxBackoff; i++ {
		wait *= 2
	}
	return min(wait, p.cfg.MaxBackoff)
}
