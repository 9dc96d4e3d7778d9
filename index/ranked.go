package index

import (
	"container/heap"
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// Scored results are ordered best first, newest first on equal scores
// (pub_key descending), then in index order. Asking bleve for that sort
// makes it read the date of every matching document — half the time of a
// search on common words, where scores tie a lot — so ranked has bleve
// sort by score alone and collects the top hits itself: a hit's date is
// read only when its score could put it on the page.

// pager runs one page of a search: hits [from, from+size), with the
// total number of matches.
type pager func(size, from int) (*bleve.SearchResult, error)

// ranked returns a pager over the requests of newReq (size, from and sort
// are set by the pager; stored fields are loaded for the page only).
func (ix *Index) ranked(ctx context.Context, newReq func(size, from int) *bleve.SearchRequest) pager {
	return func(size, from int) (*bleve.SearchResult, error) {
		req := newReq(0, 0)
		fields := req.Fields
		req.Fields = nil
		req.SortBy([]string{"-_score"})
		top := &topK{k: from + size, fields: fields}
		hctx := context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(top.handler))
		res, err := ix.search(hctx, req)
		if err != nil {
			return nil, err
		}
		if top.err != nil {
			return nil, top.err
		}
		res.Hits = top.hits[min(from, len(top.hits)):]
		return res, nil
	}
}

// topK keeps the k best hits of a search in ranked order.
type topK struct {
	k      int
	fields []string
	heap   candidates // worst on top
	hits   search.DocumentMatchCollection
	err    error
}

// candidate is a hit and its date key.
type candidate struct {
	d   *search.DocumentMatch
	key string
}

// better reports whether a ranks before b.
func better(a, b candidate) bool {
	switch {
	case a.d.Score != b.d.Score:
		return a.d.Score > b.d.Score
	case a.key != b.key:
		return a.key > b.key
	}
	return a.d.IndexInternalID.Compare(b.d.IndexInternalID) < 0
}

type candidates []candidate

func (h candidates) Len() int           { return len(h) }
func (h candidates) Less(i, j int) bool { return better(h[j], h[i]) }
func (h candidates) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *candidates) Push(x any)        { *h = append(*h, x.(candidate)) }
func (h *candidates) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// handler is a search.MakeDocumentMatchHandler: bleve calls the handler
// it returns with every hit, then with nil.
func (t *topK) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	dv, err := sctx.IndexReader.DocValueReader([]string{fPubKey})
	if err != nil {
		return nil, false, err
	}
	var key string
	visit := func(field string, term []byte) {
		if field == fPubKey {
			key = string(term)
		}
	}
	return func(d *search.DocumentMatch) error {
		if d == nil {
			return t.finish(sctx)
		}
		if t.k == 0 || len(t.heap) == t.k && d.Score < t.heap[0].d.Score {
			sctx.DocumentMatchPool.Put(d)
			return nil
		}
		key = ""
		if err := dv.VisitDocValues(d.IndexInternalID, visit); err != nil {
			return err
		}
		c := candidate{d: d, key: key}
		switch {
		case len(t.heap) < t.k:
			heap.Push(&t.heap, c)
		case better(c, t.heap[0]):
			sctx.DocumentMatchPool.Put(t.heap[0].d)
			t.heap[0] = c
			heap.Fix(&t.heap, 0)
		default:
			sctx.DocumentMatchPool.Put(d)
		}
		return nil
	}, false, nil
}

// finish orders the kept hits and gives them their ids and stored fields,
// while the index snapshot is still open.
func (t *topK) finish(sctx *search.SearchContext) error {
	cs := slices.Clone(t.heap)
	slices.SortFunc(cs, func(a, b candidate) int {
		if better(a, b) {
			return -1
		}
		return 1
	})
	req := &bleve.SearchRequest{Fields: t.fields}
	t.hits = make(search.DocumentMatchCollection, 0, len(cs))
	for _, c := range cs {
		id, err := sctx.IndexReader.ExternalID(c.d.IndexInternalID)
		if err != nil {
			t.err = err
			return err
		}
		c.d.ID = id
		if len(t.fields) > 0 {
			if err, _ := bleve.LoadAndHighlightFields(c.d, req, "", sctx.IndexReader, nil); err != nil {
				t.err = err
				return err
			}
		}
		t.hits = append(t.hits, c.d)
	}
	return nil
}
