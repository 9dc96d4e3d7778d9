package answer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// Service answers Parley's use cases over one index.
type Service struct {
	idx *index.Index
	now func() time.Time
	// fetch reads the articles behind a URL (an article page or a feed);
	// nil means URLs cannot be ingested.
	fetch func(ctx context.Context, url string) ([]*corpus.Article, error)
	// extract fills an article's quotes, people and meetings at ingest;
	// corpus.Extract (benchmarks swap it to measure its cost).
	extract func(*corpus.Article)
}

// New returns a Service over idx. now may be nil (time.Now).
func New(idx *index.Index, now func() time.Time, opts ...Option) *Service {
	if now == nil {
		now = time.Now
	}
	s := &Service{idx: idx, now: now, extract: corpus.Extract}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Option configures a Service.
type Option func(*Service)

// Fetcher reads the articles behind a URL: an article page or a feed.
// It may return articles together with an error for the items it could
// not read: an errors.Join of several is reported item by item, and an
// error with Source() and Reason() methods (fetch.Error) is reported
// under its own source rather than the URL given.
type Fetcher func(ctx context.Context, url string) ([]*corpus.Article, error)

// WithFetcher lets Ingest read URLs with f (normally fetch.Client.Fetch).
// Without it, URL inputs are reported as failed.
func WithFetcher(f Fetcher) Option {
	return func(s *Service) { s.fetch = f }
}

// InputError is a problem with what the user asked: a bad option value or an
// empty query. Callers show it to the user as it is (CLI exit status 2, an
// ephemeral reply in Discord).
type InputError struct {
	Option string // "--since", "query", ...
	Value  string
	Reason string
}

func (e *InputError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: %s", e.Option, e.Reason)
	}
	return fmt.Sprintf("%s %q: %s", e.Option, e.Value, e.Reason)
}

// IsInputError reports whether err is (or wraps) an InputError.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

// SearchParams are the options of search.
type SearchParams struct {
	Query  string
	Since  string // YYYY-MM-DD, inclusive
	Until  string // YYYY-MM-DD, inclusive
	Source string
	Limit  int
	Offset int
}

// QuotesParams are the options of quotes.
type QuotesParams struct {
	Keyword string
	Speaker string
	Since   string
	Until   string
	Limit   int
	Offset  int
}

// WhoParams are the options of who.
type WhoParams struct {
	Meeting string // a description or a whole question
	Date    string // YYYY-MM-DD, optional
	// About is a person the question asks about ("did Putin attend the
	// Alaska summit?"); the answer then says whether the reports have
	// them there (WhoAnswer.Asked).
	About string
}

// DigestParams are the options of digest.
type DigestParams struct {
	Date string // YYYY-MM-DD; empty means today in TZ
	TZ   string // IANA zone; empty means UTC
	// Since and Until, when both set, replace Date's calendar day with the
	// articles published in [Since, Until): a scheduled post covers the
	// day up to its own time, so consecutive posts miss nothing. Date
	// still names the digest.
	Since, Until time.Time
}

// Suggestion kinds for autocompletion.
const (
	SuggestSpeaker = "speaker"
	SuggestSource  = "source"
	SuggestMeeting = "meeting"
)
