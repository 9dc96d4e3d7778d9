package feeds

import (
	"context"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/corpus"
)

// IngestWith returns the IngestFunc that indexes through svc.
func IngestWith(svc *answer.Service) IngestFunc {
	return func(ctx context.Context, arts []*corpus.Article) (Counts, error) {
		rep, err := svc.IngestArticles(ctx, arts)
		if rep == nil {
			return Counts{}, err
		}
		return Counts{Added: rep.Added, Updated: rep.Updated, Unchanged: rep.Unchanged}, err
	}
}
