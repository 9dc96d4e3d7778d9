package index

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
	"github.com/parley-bot/parley/corpus"
)

// A page of hits reads the references and paragraphs it shows from one
// snapshot, article document by article document, each body decompressed
// as far as the last paragraph needed (body.go); nothing is cached
// between calls, so memory does not grow with the corpus and an update is
// visible at once.

var refReq = &bleve.SearchRequest{Fields: []string{"title", "source", "url", fPublished, "authors", "hash", "body"}}

// shown is what a page shows besides its hits: article references and
// paragraphs, by document id.
type shown struct {
	refs  map[string]corpus.Ref
	texts map[string]string
}

// ref returns an article's reference (zero for an unknown article).
func (s shown) ref(article string) corpus.Ref { return s.refs[article] }

// paragraph returns paragraph n of an article ("" for an unknown one).
func (s shown) paragraph(article string, n int) string { return s.texts[passageID(article, n)] }

// show reads the references of articles and the paragraphs passages
// name (ids may repeat; unknown ones are left out).
func (ix *Index) show(ctx context.Context, articles, passages []string) (shown, error) {
	s := shown{refs: make(map[string]corpus.Ref, len(articles)), texts: make(map[string]string, len(passages))}
	// the last paragraph needed of each article
	last := make(map[string]int, len(articles)+len(passages))
	for _, id := range articles {
		if _, ok := last[id]; !ok {
			last[id] = -1
		}
	}
	for _, id := range passages {
		if art, kind, n, ok := splitSubID(id); ok && kind == 'p' {
			if l, seen := last[art]; !seen || n > l {
				last[art] = n
			}
		}
	}
	if len(last) == 0 {
		return s, nil
	}
	adv, err := ix.idx.Advanced()
	if err != nil {
		return s, fmt.Errorf("load articles: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return s, fmt.Errorf("load articles: %w", err)
	}
	defer r.Close()
	for id, n := range last {
		h, err := loadStored(ctx, r, id, refReq)
		if err != nil {
			return s, err
		}
		ix.loaded()
		if fieldString(h, "hash") == "" {
			continue // unknown, or not an article
		}
		s.refs[id] = refFromFields(h)
		if n < 0 {
			continue
		}
		paras, _, err := decodePrefix(fieldString(h, "body"), n+1)
		if err != nil {
			return s, fmt.Errorf("load article %s: %w", id, err)
		}
		for i, p := range paras {
			s.texts[passageID(id, i)] = p
		}
	}
	return s, nil
}

// loadFields loads the stored fields of hits (found by id) from one
// snapshot.
func (ix *Index) loadFields(ctx context.Context, hits []*search.DocumentMatch, fields []string) error {
	if len(hits) == 0 {
		return nil
	}
	adv, err := ix.idx.Advanced()
	if err != nil {
		return fmt.Errorf("load fields: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return fmt.Errorf("load fields: %w", err)
	}
	defer r.Close()
	req := &bleve.SearchRequest{Fields: fields}
	for _, h := range hits {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("load fields: %w", err)
		}
		h.Fields = nil
		if err, _ := bleve.LoadAndHighlightFields(h, req, "", r, nil); err != nil {
			return fmt.Errorf("load %s: %w", h.ID, err)
		}
		ix.loaded()
	}
	return nil
}

// loadStored reads the stored fields req names of document id.
func loadStored(ctx context.Context, r index.IndexReader, id string, req *bleve.SearchRequest) (*search.DocumentMatch, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("load %s: %w", id, err)
	}
	h := &search.DocumentMatch{ID: id}
	if err, _ := bleve.LoadAndHighlightFields(h, req, "", r, nil); err != nil {
		return nil, fmt.Errorf("load %s: %w", id, err)
	}
	return h, nil
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
