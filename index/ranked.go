package index

import (
	"cmp"
	"container/heap"
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// Scored results are ordered best first, newest first on equal scores
// (pub_key descending), then in index order. Asking bleve for that sort
// makes it read the date of every matching document — half the time of a
// search on common words, where scores tie a lot — so ranked has bleve
// sort by score alone and collects the top hits itself: a hit's date is
// read only when its score ties with another it is compared with.

// pager runs one page of a search: hits [from, from+size), with the
// total number of matches.
type pager func(size, from int) (*bleve.SearchResult, error)

// ranked returns a pager over the requests of newReq (size, from and sort
// are set by the pager; stored fields are loaded for the page only).
func (ix *Index) ranked(ctx context.Context, newReq func(size, from int) *bleve.SearchRequest) pager {
	return ix.rankedBy(ctx, newReq, byScoreDate)
}

// newest returns a pager over the requests of newReq, newest first (then
// in index order), whatever the scores: the date columns of pubcol.go
// instead of bleve's sort on doc values, which reads every match's.
func (ix *Index) newest(ctx context.Context, newReq func(size, from int) *bleve.SearchRequest) pager {
	return ix.rankedBy(ctx, newReq, byDate)
}

// Orders of rankedBy.
const (
	byScoreDate = iota // best first, newest first on equal scores
	byDate             // newest first
)

// rankedBy is ranked in one of the orders above.
func (ix *Index) rankedBy(ctx context.Context, newReq func(size, from int) *bleve.SearchRequest, order int) pager {
	return func(size, from int) (*bleve.SearchResult, error) {
		return ix.collect(ctx, newReq, &topK{k: from + size, from: from, order: order})
	}
}

// collect runs newReq's query into top.
func (ix *Index) collect(ctx context.Context, newReq func(size, from int) *bleve.SearchRequest, top *topK) (*bleve.SearchResult, error) {
	req := newReq(0, 0)
	top.fields = req.Fields
	top.pubs = &ix.pubs
	top.loaded = ix.loaded
	req.Fields = nil
	req.SortBy([]string{"-_score"})
	hctx := context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(top.handler))
	res, err := ix.search(hctx, req)
	if err != nil {
		return nil, err
	}
	if top.err != nil {
		return nil, top.err
	}
	res.Hits = top.hits
	return res, nil
}

// topK keeps the k best hits of a search in ranked order.
type topK struct {
	k      int
	from   int // hits before it are not returned: no fields loaded
	order  int // byScoreDate or byDate
	fields []string
	// batches, when set, is given the kept hits a batch at a time until
	// it says it has enough: first the k best in ranked order, then the
	// best of the others by score alone, equal scores in index order (no
	// dates read), nextBatch at a time, up to more hits in all. Only the
	// hits it was given get their ids and fields, and they are the
	// result. (That is the order in which phrase checks have always taken
	// them, from two searches: the same hits, and the same totals
	// estimated from them, for one.)
	batches         func([]*search.DocumentMatch) (bool, error)
	more, nextBatch int
	byScore         []*candidate // the more best by score alone, worst first (a heap)
	heap            candidates   // worst on top
	hits            search.DocumentMatchCollection
	err             error
	pubs            *pubColumns
	loaded          func()               // called for every document whose fields are loaded (maptrim.go)
	dates           *pubDates            // the search snapshot's date columns
	dv              index.DocValueReader // when there are none (not scorch)
	dvErr           error
}

// candidate is a hit and, once a tie needed it, its date key (pubValue).
type candidate struct {
	d    *search.DocumentMatch
	key  uint64
	read bool
	// in the ranked heap; in byScore: a hit goes back to bleve's pool
	// when it is in neither
	ranked, scored bool
}

// dateKey reads c's date key the first time it is needed.
func (t *topK) dateKey(c *candidate) uint64 {
	if !c.read {
		c.read = true
		var err error
		if t.dates != nil {
			c.key, err = t.dates.key(c.d.IndexInternalID.Value())
		} else {
			err = t.dv.VisitDocValues(c.d.IndexInternalID, func(field string, term []byte) {
				if field == fPubKey {
					c.key = pubValue(term)
				}
			})
		}
		if err != nil && t.dvErr == nil {
			t.dvErr = err
		}
	}
	return c.key
}

// better reports whether a ranks before b.
func (t *topK) better(a, b *candidate) bool {
	if t.order != byDate && a.d.Score != b.d.Score {
		return a.d.Score > b.d.Score
	}
	if ka, kb := t.dateKey(a), t.dateKey(b); ka != kb {
		return ka > kb
	}
	return a.d.IndexInternalID.Compare(b.d.IndexInternalID) < 0
}

// candidates is a heap with the worst candidate on top.
type candidates struct {
	t  *topK
	cs []*candidate
}

func (h *candidates) Len() int           { return len(h.cs) }
func (h *candidates) Less(i, j int) bool { return h.t.better(h.cs[j], h.cs[i]) }
func (h *candidates) Swap(i, j int)      { h.cs[i], h.cs[j] = h.cs[j], h.cs[i] }
func (h *candidates) Push(x any)         { h.cs = append(h.cs, x.(*candidate)) }
func (h *candidates) Pop() any {
	x := h.cs[len(h.cs)-1]
	h.cs = h.cs[:len(h.cs)-1]
	return x
}

// handler is a search.MakeDocumentMatchHandler: bleve calls the handler
// it returns with every hit, then with nil.
func (t *topK) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	t.heap.t = t
	if t.dates = t.pubs.forSnapshot(sctx.IndexReader); t.dates == nil {
		dv, err := sctx.IndexReader.DocValueReader([]string{fPubKey})
		if err != nil {
			return nil, false, err
		}
		t.dv = dv
	}
	return func(d *search.DocumentMatch) error {
		if d == nil {
			return t.finish(sctx)
		}
		h := &t.heap
		toRanked := t.k > 0 && (t.order == byDate || len(h.cs) < t.k || d.Score >= h.cs[0].d.Score)
		toScored := t.more > 0 && (len(t.byScore) < t.more || d.Score >= t.byScore[0].d.Score)
		if !toRanked && !toScored {
			sctx.DocumentMatchPool.Put(d)
			return nil
		}
		c := &candidate{d: d}
		if toRanked {
			switch {
			case len(h.cs) < t.k:
				c.ranked = true
				heap.Push(h, c)
			case t.better(c, h.cs[0]):
				t.drop(sctx, h.cs[0], true)
				c.ranked = true
				h.cs[0] = c
				heap.Fix(h, 0)
			}
		}
		if toScored {
			t.offerByScore(sctx, c)
		}
		if !c.ranked && !c.scored {
			sctx.DocumentMatchPool.Put(d)
		}
		return t.dvErr
	}, false, nil
}

// drop takes c out of the ranked heap (or byScore) and gives its hit back
// to bleve when it is in neither.
func (t *topK) drop(sctx *search.SearchContext, c *candidate, ranked bool) {
	if ranked {
		c.ranked = false
	} else {
		c.scored = false
	}
	if !c.ranked && !c.scored {
		sctx.DocumentMatchPool.Put(c.d)
	}
}

// scoreBefore orders by score alone, equal scores in index order.
func scoreBefore(a, b *candidate) int {
	if c := cmp.Compare(b.d.Score, a.d.Score); c != 0 {
		return c
	}
	return a.d.IndexInternalID.Compare(b.d.IndexInternalID)
}

// offerByScore keeps c in byScore if it is among the more best by score.
func (t *topK) offerByScore(sctx *search.SearchContext, c *candidate) {
	h := t.byScore
	if len(h) == t.more {
		if scoreBefore(c, h[0]) >= 0 {
			return
		}
		t.drop(sctx, h[0], false)
		h[0] = c
	} else {
		h = append(h, c)
		// sift up: the worst on top
		for i := len(h) - 1; i > 0; {
			p := (i - 1) / 2
			if scoreBefore(h[i], h[p]) <= 0 {
				break
			}
			h[i], h[p] = h[p], h[i]
			i = p
		}
		t.byScore = h
		c.scored = true
		return
	}
	c.scored = true
	// sift down from the top
	for i := 0; ; {
		w, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && scoreBefore(h[l], h[w]) > 0 {
			w = l
		}
		if r < len(h) && scoreBefore(h[r], h[w]) > 0 {
			w = r
		}
		if w == i {
			break
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}

// finish orders the kept hits and gives them their ids and stored fields,
// while the index snapshot is still open.
func (t *topK) finish(sctx *search.SearchContext) error {
	cs := slices.Clone(t.heap.cs)
	slices.SortFunc(cs, func(a, b *candidate) int {
		if t.better(a, b) {
			return -1
		}
		return 1
	})
	if t.dvErr != nil {
		t.err = t.dvErr
		return t.err
	}
	cs = cs[min(t.from, len(cs)):]
	t.hits = make(search.DocumentMatchCollection, 0, len(cs))
	if t.batches == nil {
		t.err = t.load(sctx, cs)
		return t.err
	}
	var rest []*candidate
	for _, c := range t.byScore {
		if !c.ranked {
			rest = append(rest, c)
		}
	}
	slices.SortFunc(rest, scoreBefore)
	cs = append(cs, rest[:min(len(rest), max(t.more-len(cs), 0))]...)
	for size := t.k; len(cs) > 0; size = t.nextBatch {
		n := len(t.hits)
		if t.err = t.load(sctx, cs[:min(size, len(cs))]); t.err != nil {
			return t.err
		}
		cs = cs[min(size, len(cs)):]
		enough, err := t.batches(t.hits[n:])
		if err != nil || enough {
			t.err = err
			return err
		}
	}
	return nil
}

// load gives candidates their ids and stored fields and appends them to
// the hits.
func (t *topK) load(sctx *search.SearchContext, cs []*candidate) error {
	req := &bleve.SearchRequest{Fields: t.fields}
	for _, c := range cs {
		id, err := sctx.IndexReader.ExternalID(c.d.IndexInternalID)
		if err != nil {
			return err
		}
		c.d.ID = id
		if len(t.fields) > 0 {
			if err, _ := bleve.LoadAndHighlightFields(c.d, req, "", sctx.IndexReader, nil); err != nil {
				return err
			}
			if t.loaded != nil {
				t.loaded()
			}
		}
		t.hits = append(t.hits, c.d)
	}
	return nil
}
