package main

import (
	"context"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/index"
	"github.com/parley-bot/parley/internal/gen"
)

// parleyEngine is Parley as the CLI and the bot run it: answer.Service
// over an index.Index.
type parleyEngine struct {
	ix  *index.Index
	svc *answer.Service
}

// ingest is `parley ingest DIR`: the loaders parse every file, extraction
// runs on every article, the index writes them; closing flushes it.
func (p *parleyEngine) ingest(ctx context.Context, corpusDir, dir string) (ingestResult, error) {
	start := time.Now()
	ix, err := index.Open(dir)
	if err != nil {
		return ingestResult{}, err
	}
	rep, err := answer.New(ix, nil).Ingest(ctx, []string{corpusDir}, answer.IngestOptions{})
	if err != nil {
		ix.Close()
		return ingestResult{}, err
	}
	ingested := time.Since(start)
	st, err := ix.Stats(ctx) // not timed: only for the report
	if err != nil {
		ix.Close()
		return ingestResult{}, err
	}
	closeStart := time.Now()
	if err := ix.Close(); err != nil {
		return ingestResult{}, err
	}
	secs := (ingested + time.Since(closeStart)).Seconds()
	size, err := dirSize(dir)
	if err != nil {
		return ingestResult{}, err
	}
	return ingestResult{Articles: st.Articles, Passages: st.Passages, Failed: len(rep.Failed),
		Seconds: secs, PerSecond: float64(st.Articles) / secs, IndexBytes: size}, nil
}

func (p *parleyEngine) open(dir string) error {
	ix, err := index.Open(dir)
	if err != nil {
		return err
	}
	p.ix, p.svc = ix, answer.New(ix, nil)
	return nil
}

func (p *parleyEngine) search(ctx context.Context, q gen.Query) (int, error) {
	ans, err := p.svc.Search(ctx, answer.SearchParams{Query: q.Text(), Since: q.Since, Until: q.Until, Limit: 5})
	if err != nil {
		return 0, err
	}
	return len(ans.Hits), nil
}

func (p *parleyEngine) quotes(ctx context.Context, q gen.QuoteQuery) (int, error) {
	ans, err := p.svc.Quotes(ctx, answer.QuotesParams{Keyword: q.Keyword, Speaker: q.Speaker, Limit: 5})
	if err != nil {
		return 0, err
	}
	return len(ans.Quotes), nil
}

func (p *parleyEngine) who(ctx context.Context, question string) (int, error) {
	ans, err := p.svc.Who(ctx, answer.WhoParams{Meeting: question})
	if err != nil {
		return 0, err
	}
	return len(ans.Attendees), nil
}

func (p *parleyEngine) close() error { return p.ix.Close() }
