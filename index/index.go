package index

import (
	"context"
	"errors"
	"time"

	"github.com/parley-bot/parley/corpus"
)

// TEMPORARY skeleton: the signatures below are the contract; the index
// work replaces every body.

var errTODO = errors.New("index: not implemented yet")

// Index is a Parley index: articles, passages, quotes and meetings.
type Index struct{}

// Open opens the index in dir, creating an empty one when dir holds none.
func Open(dir string) (*Index, error) { return nil, errTODO }

// NewMem returns an index that lives in memory only (tests, extract).
func NewMem() (*Index, error) { return nil, errTODO }

// Close flushes and closes the index.
func (ix *Index) Close() error { return errTODO }

// Upsert adds or replaces articles (with their passages, quotes and
// meetings), in batches, and reports what changed. An article whose Hash is
// unchanged is counted as unchanged and not rewritten.
func (ix *Index) Upsert(ctx context.Context, arts []*corpus.Article) (UpsertResult, error) {
	return UpsertResult{}, errTODO
}

// Search returns matching passages, most relevant first, newest first on ties.
func (ix *Index) Search(ctx context.Context, req SearchRequest) (SearchResult, error) {
	return SearchResult{}, errTODO
}

// Quotes returns quotations matching keywords and speaker.
func (ix *Index) Quotes(ctx context.Context, req QuoteRequest) (QuoteResult, error) {
	return QuoteResult{}, errTODO
}

// Meetings returns meetings matching a description.
func (ix *Index) Meetings(ctx context.Context, req MeetingRequest) ([]MeetingHit, error) {
	return nil, errTODO
}

// Articles returns the whole articles (paragraphs and extraction included)
// published in [since, until), oldest first, at most limit.
func (ix *Index) Articles(ctx context.Context, since, until time.Time, limit int) ([]*corpus.Article, error) {
	return nil, errTODO
}

// Suggest returns up to limit distinct values of a field ("speaker",
// "source", "meeting") starting with (or containing) prefix, for
// autocompletion; most frequent first.
func (ix *Index) Suggest(ctx context.Context, field, prefix string, limit int) ([]string, error) {
	return nil, errTODO
}

// Stats returns corpus and index figures.
func (ix *Index) Stats(ctx context.Context) (Stats, error) { return Stats{}, errTODO }
