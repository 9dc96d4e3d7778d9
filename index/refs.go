package index

import (
	"container/list"
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/parley-bot/parley/corpus"
)

// Article references are not stored on passages (that would repeat title,
// URL and authors on every paragraph). A page of hits names its articles
// by id; refs are looked up with one DocID query for the ids not in a small
// LRU cache. The cache is bounded (refCacheSize entries, a few hundred
// bytes each) and entries of re-indexed articles are dropped.

const refCacheSize = 4096

var refFields = []string{"title", "source", "url", fPublished, "authors"}

type refCache struct {
	mu  sync.Mutex
	max int
	gen uint64 // bumped by every invalidation
	ll  *list.List
	m   map[string]*list.Element
}

type refEntry struct {
	id  string
	ref corpus.Ref
}

func newRefCache(max int) *refCache {
	return &refCache{max: max, ll: list.New(), m: make(map[string]*list.Element)}
}

func (c *refCache) get(id string) (corpus.Ref, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[id]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*refEntry).ref, true
	}
	return corpus.Ref{}, false
}

// generation returns a token to pass to put; a put made with a token
// older than the latest invalidation is dropped, so a lookup that raced an
// update cannot cache the old version.
func (c *refCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

func (c *refCache) put(gen uint64, ref corpus.Ref) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if e, ok := c.m[ref.ID]; ok {
		e.Value.(*refEntry).ref = ref
		c.ll.MoveToFront(e)
		return
	}
	c.m[ref.ID] = c.ll.PushFront(&refEntry{id: ref.ID, ref: ref})
	for c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.m, last.Value.(*refEntry).id)
	}
}

func (c *refCache) invalidate(ids []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	for _, id := range ids {
		if e, ok := c.m[id]; ok {
			c.ll.Remove(e)
			delete(c.m, id)
		}
	}
}

// refs returns the references of the given article ids; unknown ids are
// missing from the map.
func (ix *Index) refs(ctx context.Context, ids []string) (map[string]corpus.Ref, error) {
	out := make(map[string]corpus.Ref, len(ids))
	var missing []string
	for _, id := range ids {
		if _, done := out[id]; done {
			continue
		}
		if r, ok := ix.cache.get(id); ok {
			out[id] = r
		} else if !contains(missing, id) {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	gen := ix.cache.generation()
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(missing), len(missing), 0, false)
	req.Fields = refFields
	res, err := ix.search(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("look up articles: %w", err)
	}
	for _, h := range res.Hits {
		r := refFromFields(h)
		out[r.ID] = r
		ix.cache.put(gen, r)
	}
	return out, nil
}

func refFromFields(h *search.DocumentMatch) corpus.Ref {
	return corpus.Ref{
		ID:        h.ID,
		Title:     fieldString(h, "title"),
		Source:    fieldString(h, "source"),
		URL:       fieldString(h, "url"),
		Published: fieldTime(h, fPublished),
		Author:    strings.Join(fieldStrings(h, "authors"), ", "),
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Stored field accessors: bleve returns one value as itself and several as
// []any.

func fieldString(h *search.DocumentMatch, name string) string {
	switch v := h.Fields[name].(type) {
	case string:
		return v
	case []any:
		if len(v) > 0 {
			s, _ := v[0].(string)
			return s
		}
	}
	return ""
}

func fieldStrings(h *search.DocumentMatch, name string) []string {
	switch v := h.Fields[name].(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func fieldInt(h *search.DocumentMatch, name string) int {
	if f, ok := h.Fields[name].(float64); ok {
		return int(f)
	}
	return 0
}

func fieldTime(h *search.DocumentMatch, name string) time.Time {
	s := fieldString(h, name)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}
