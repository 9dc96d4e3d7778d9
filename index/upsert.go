package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/parley-bot/parley/corpus"
)

// Batching: articles are written in batches of about batchDocs documents
// (an article with its passages, quotes and meetings is never split, so a
// batch can be larger when one article is). A scorch batch becomes visible
// to searches at once, as one segment: readers see an article entirely old
// or entirely new.
const (
	batchDocs     = 1000
	batchArticles = 250
)

// Failure is an article Upsert could not index, and why. The other
// articles of the call are indexed regardless.
type Failure struct {
	Index int    // position in the slice given to Upsert
	ID    string // article id, may be empty
	Err   error
}

// Upsert adds or replaces articles (with their passages, quotes and
// meetings), in batches, and reports what changed. An article whose Hash
// equals the stored one is counted as unchanged and not rewritten; a
// changed one replaces all its old documents. Invalid articles (no id, an
// id with '/') are listed in UpsertResult.Failed and skipped.
//
// Upsert checks ctx between batches: on cancellation it returns what it
// has written so far with ctx's error. Concurrent Upserts run one after
// the other; searches run alongside.
func (ix *Index) Upsert(ctx context.Context, arts []*corpus.Article) (UpsertResult, error) {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()

	var res UpsertResult
	var chunk []indexed
	inChunk := map[string]bool{}
	docs := 0
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		err := ix.writeChunk(ctx, chunk, &res)
		chunk, docs = chunk[:0], 0
		clear(inChunk)
		return err
	}
	for i, a := range arts {
		if err := validateArticle(a); err != nil {
			id := ""
			if a != nil {
				id = a.ID
			}
			res.Failed = append(res.Failed, Failure{Index: i, ID: id, Err: err})
			continue
		}
		// The same id twice in one call: write the first before looking
		// the second up, so it is compared with what the first stored.
		if inChunk[a.ID] {
			if err := flush(); err != nil {
				return res, err
			}
		}
		n := 1 + len(a.Paragraphs) + len(a.Quotes) + len(a.Meetings)
		if len(chunk) > 0 && (docs+n > batchDocs || len(chunk) >= batchArticles) {
			if err := flush(); err != nil {
				return res, err
			}
		}
		chunk = append(chunk, indexed{a, i})
		inChunk[a.ID] = true
		docs += n
	}
	return res, flush()
}

// indexed is an article and its position in Upsert's input.
type indexed struct {
	a *corpus.Article
	i int
}

// stored is what the index holds about an article before an update.
type stored struct {
	hash       string
	np, nq, nm int
}

func (ix *Index) writeChunk(ctx context.Context, chunk []indexed, res *UpsertResult) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index upsert: %w", err)
	}
	done, err := ix.reader()
	if err != nil {
		return fmt.Errorf("index upsert: %w", err)
	}
	defer done()

	ids := make([]string, len(chunk))
	for i, c := range chunk {
		ids[i] = c.a.ID
	}
	old, err := ix.lookupStored(ctx, ids)
	if err != nil {
		return fmt.Errorf("index upsert: %w", err)
	}

	b := ix.idx.NewBatch()
	var added, updated, unchanged int
	for _, c := range chunk {
		a := c.a
		prev, exists := old[a.ID]
		if exists && prev.hash == a.Hash() {
			unchanged++
			continue
		}
		docs, err := docsFor(a)
		if err != nil {
			res.Failed = append(res.Failed, Failure{Index: c.i, ID: a.ID, Err: err})
			continue
		}
		if exists {
			for n := len(a.Paragraphs); n < prev.np; n++ {
				b.Delete(passageID(a.ID, n))
			}
			for n := len(a.Quotes); n < prev.nq; n++ {
				b.Delete(quoteID(a.ID, n))
			}
			for n := len(a.Meetings); n < prev.nm; n++ {
				b.Delete(meetingID(a.ID, n))
			}
			updated++
		} else {
			added++
		}
		for id, d := range docs {
			if err := b.Index(id, d); err != nil {
				return fmt.Errorf("index upsert: article %s: document %s: %w", a.ID, id, err)
			}
		}
	}
	if b.Size() > 0 {
		if err := ix.idx.Batch(b); err != nil {
			return fmt.Errorf("index upsert: write batch: %w", err)
		}
	}
	res.Added += added
	res.Updated += updated
	res.Unchanged += unchanged
	return nil
}

// lookupStored reads the stored hash and sub-document counts of ids.
func (ix *Index) lookupStored(ctx context.Context, ids []string) (map[string]stored, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{"hash", "np", "nq", "nm"}
	res, err := ix.search(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("look up stored articles: %w", err)
	}
	out := make(map[string]stored, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = stored{
			hash: fieldString(h, "hash"),
			np:   fieldInt(h, "np"),
			nq:   fieldInt(h, "nq"),
			nm:   fieldInt(h, "nm"),
		}
	}
	return out, nil
}
