package bot

import (
	"context"

	"github.com/parley-bot/parley/answer"
)

// Answerer is what the bot asks questions of; *answer.Service is the real
// one. Tests wrap it (to be slow, or to panic) without replacing it.
type Answerer interface {
	Search(ctx context.Context, p answer.SearchParams) (*answer.SearchAnswer, error)
	Quotes(ctx context.Context, p answer.QuotesParams) (*answer.QuotesAnswer, error)
	Who(ctx context.Context, p answer.WhoParams) (*answer.WhoAnswer, error)
	Ask(ctx context.Context, question string) (*answer.AskAnswer, error)
	Digest(ctx context.Context, p answer.DigestParams) (*answer.DigestAnswer, error)
	Stats(ctx context.Context) (*answer.StatsAnswer, error)
	Suggest(ctx context.Context, kind, prefix string, limit int) ([]string, error)
}

var _ Answerer = (*answer.Service)(nil)
