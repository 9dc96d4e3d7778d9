package index

import (
	"context"
	"errors"
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
	batchDocs     = 8000
	batchArticles = 1000
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
// has written so far with ctx's error. What it reports written is on disk
// when it returns. Concurrent Upserts run one after the other; searches
// run alongside.
func (ix *Index) Upsert(ctx context.Context, arts []*corpus.Article) (UpsertResult, error) {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()

	var res UpsertResult
	w := &writes{ix: ix, res: &res, ids: map[string]bool{}}
	var chunk []indexed
	inChunk := map[string]bool{}
	docs := 0
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		err := ix.writeChunk(ctx, chunk, w)
		chunk, docs = chunk[:0], 0
		clear(inChunk)
		return err
	}
	target := chunkTarget(arts)
	err := func() error {
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
					return err
				}
			}
			n := 1 + len(a.Paragraphs) + len(a.Quotes) + len(a.Meetings)
			if len(chunk) > 0 && (docs+n > target || len(chunk) >= batchArticles) {
				if err := flush(); err != nil {
					return err
				}
			}
			chunk = append(chunk, indexed{a, i})
			inChunk[a.ID] = true
			docs += n
		}
		return flush()
	}()
	err = errors.Join(err, w.wait(0))
	done, rerr := ix.reader()
	if rerr != nil {
		return res, errors.Join(err, fmt.Errorf("index upsert: %w", rerr))
	}
	defer done()
	if serr := ix.sync(); serr != nil {
		return res, errors.Join(err, fmt.Errorf("index upsert: %w", serr))
	}
	return res, err
}

// chunkTarget is the documents per batch for arts: at most batchDocs, in
// an even number of batches of about the same size, so that the last two
// batches of a call, written at once (maxInFlight), end together instead
// of one of them keeping a core busy while the other waits (a full batch
// then a small rest left one core idle for most of a batch at the end
// of every call).
func chunkTarget(arts []*corpus.Article) int {
	total := 0
	for _, a := range arts {
		if a != nil {
			total += 1 + len(a.Paragraphs) + len(a.Quotes) + len(a.Meetings)
		}
	}
	n := (total + batchDocs - 1) / batchDocs
	if n%maxInFlight != 0 {
		n += maxInFlight - n%maxInFlight
	}
	if n <= 1 {
		return batchDocs
	}
	return (total + n - 1) / n
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

// maxInFlight is how many batches are written at once: with two, one
// batch's segment is built while the next is analysed, which keeps two
// cores busy.
const maxInFlight = 2

// writes are the batches of one Upsert being written in the background.
type writes struct {
	ix      *Index
	res     *UpsertResult
	pending []chan written  // oldest first
	ids     map[string]bool // article ids in pending batches
}

// written is a finished batch: what it did, or why it failed.
type written struct {
	added, updated, unchanged int
	ids                       []string
	err                       error
}

// wait waits until at most n batches are pending and counts what the
// finished ones did; it returns their first error.
func (w *writes) wait(n int) error {
	var errs []error
	for len(w.pending) > n {
		d := <-w.pending[0]
		w.pending = w.pending[1:]
		for _, id := range d.ids {
			delete(w.ids, id)
		}
		if d.err != nil {
			errs = append(errs, d.err)
			continue
		}
		w.res.Added += d.added
		w.res.Updated += d.updated
		w.res.Unchanged += d.unchanged
	}
	return errors.Join(errs...)
}

// start writes b in the background; done is called when it has.
func (w *writes) start(b *bleve.Batch, d written, done func()) {
	ch := make(chan written, 1)
	w.pending = append(w.pending, ch)
	for _, id := range d.ids {
		w.ids[id] = true
	}
	go func() {
		defer done()
		if b.Size() > 0 {
			w.ix.dirty.Store(true)
			if err := w.ix.idx.Batch(b); err != nil {
				d.err = fmt.Errorf("index upsert: write batch: %w", err)
			}
		}
		ch <- d
	}()
}

// writeChunk looks the chunk's articles up, prepares their documents and
// starts writing them.
func (ix *Index) writeChunk(ctx context.Context, chunk []indexed, w *writes) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index upsert: %w", err)
	}
	ids := make([]string, len(chunk))
	pendingID := false
	for i, c := range chunk {
		ids[i] = c.a.ID
		pendingID = pendingID || w.ids[c.a.ID]
	}
	// An article still being written is looked up once it is stored; and
	// at most maxInFlight batches are pending.
	limit := maxInFlight - 1
	if pendingID {
		limit = 0
	}
	if err := w.wait(limit); err != nil {
		return err
	}
	done, err := ix.reader()
	if err != nil {
		return fmt.Errorf("index upsert: %w", err)
	}
	started := false
	defer func() {
		if !started {
			done()
		}
	}()
	old, err := ix.lookupStored(ctx, ids)
	if err != nil {
		return fmt.Errorf("index upsert: %w", err)
	}

	b := ix.idx.NewBatch()
	d := written{ids: ids}
	for _, c := range chunk {
		a := c.a
		prev, exists := old[a.ID]
		if exists && prev.hash == a.Hash() {
			d.unchanged++
			continue
		}
		docs, err := docsFor(a)
		if err != nil {
			w.res.Failed = append(w.res.Failed, Failure{Index: c.i, ID: a.ID, Err: err})
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
			d.updated++
		} else {
			d.added++
		}
		for id, doc := range docs {
			if err := b.Index(id, doc); err != nil {
				return fmt.Errorf("index upsert: article %s: document %s: %w", a.ID, id, err)
			}
		}
	}
	started = true
	w.start(b, d, done)
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
