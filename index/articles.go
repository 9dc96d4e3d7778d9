package index

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/parley-bot/parley/corpus"
)

// MaxArticles caps one Articles call.
const MaxArticles = 1000

// subDocsPerQuery bounds the ids of one sub-document lookup.
const subDocsPerQuery = 2000

var articleFields = []string{"title", "source", "url", fPublished, "authors", "dateline", "body", "people", "nq", "nm"}

// Articles returns the whole articles (paragraphs and extraction included)
// published in [since, until), oldest first, at most limit (MaxArticles
// when limit is 0 or more than that). A zero since or until leaves that
// side open; undated articles are only returned when both are zero.
// Published times come back in UTC, to the second.
func (ix *Index) Articles(ctx context.Context, since, until time.Time, limit int) ([]*corpus.Article, error) {
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	done, err := ix.reader()
	if err != nil {
		return nil, fmt.Errorf("index articles: %w", err)
	}
	defer done()
	if limit <= 0 || limit > MaxArticles {
		limit = MaxArticles
	}
	sr := bleve.NewSearchRequestOptions(withFilter(typeQuery(typeArticle), nil,
		filterQuery(typeArticle, Filter{Since: since, Until: until})), limit, 0, false)
	sr.Fields = articleFields
	sr.SortByCustom(search.SortOrder{
		&search.SortField{Field: fPublished, Type: search.SortFieldAsDate, Missing: search.SortFieldMissingLast},
		&search.SortDocID{},
	})
	res, err := ix.search(ctx, sr)
	if err != nil {
		return nil, fmt.Errorf("index articles: %w", err)
	}
	arts, err := ix.loadArticles(ctx, res.Hits)
	if err != nil {
		return nil, fmt.Errorf("index articles: %w", err)
	}
	return arts, nil
}

// Article returns one whole article, or ErrNotFound.
func (ix *Index) Article(ctx context.Context, id string) (*corpus.Article, error) {
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	done, err := ix.reader()
	if err != nil {
		return nil, fmt.Errorf("index article %s: %w", id, err)
	}
	defer done()
	sr := bleve.NewSearchRequestOptions(withFilter(query.NewDocIDQuery([]string{id}), nil, typeQuery(typeArticle)), 1, 0, false)
	sr.Fields = articleFields
	res, err := ix.search(ctx, sr)
	if err != nil {
		return nil, fmt.Errorf("index article %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return nil, fmt.Errorf("index article %s: %w", id, ErrNotFound)
	}
	arts, err := ix.loadArticles(ctx, res.Hits)
	if err != nil {
		return nil, fmt.Errorf("index article %s: %w", id, err)
	}
	return arts[0], nil
}

// loadArticles rebuilds articles from their article hits (metadata,
// paragraphs, people) and their quote and meeting documents.
func (ix *Index) loadArticles(ctx context.Context, hits []*search.DocumentMatch) ([]*corpus.Article, error) {
	arts := make([]*corpus.Article, 0, len(hits))
	byID := make(map[string]*corpus.Article, len(hits))
	var ids []string
	flush := func() error {
		if err := ix.loadSubDocs(ctx, ids, byID); err != nil {
			return err
		}
		ids = ids[:0]
		return nil
	}
	for _, h := range hits {
		a := &corpus.Article{
			ID:        h.ID,
			Title:     fieldString(h, "title"),
			Source:    fieldString(h, "source"),
			URL:       fieldString(h, "url"),
			Published: fieldTime(h, fPublished),
			Authors:   fieldStrings(h, "authors"),
			Place:     fieldString(h, "dateline"),
		}
		if p := fieldString(h, "people"); p != "" {
			if err := json.Unmarshal([]byte(p), &a.People); err != nil {
				return nil, fmt.Errorf("decode people of %s: %w", a.ID, err)
			}
		}
		paras, err := decodeBody(fieldString(h, "body"))
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		a.Paragraphs = paras
		nq, nm := fieldInt(h, "nq"), fieldInt(h, "nm")
		if nq > 0 {
			a.Quotes = make([]corpus.Quote, nq)
		}
		if nm > 0 {
			a.Meetings = make([]corpus.Meeting, nm)
		}
		if len(ids) > 0 && len(ids)+nq+nm > subDocsPerQuery {
			if err := flush(); err != nil {
				return nil, err
			}
		}
		for n := range nq {
			ids = append(ids, quoteID(a.ID, n))
		}
		for n := range nm {
			ids = append(ids, meetingID(a.ID, n))
		}
		arts = append(arts, a)
		byID[a.ID] = a
	}
	if len(ids) > 0 {
		if err := flush(); err != nil {
			return nil, err
		}
	}
	return arts, nil
}

// loadSubDocs fills the articles of byID from the sub-documents ids.
func (ix *Index) loadSubDocs(ctx context.Context, ids []string, byID map[string]*corpus.Article) error {
	sr := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	sr.Fields = []string{fQuote, "speaker", "role", fPara, "json"}
	res, err := ix.search(ctx, sr)
	if err != nil {
		return fmt.Errorf("load quotes and meetings: %w", err)
	}
	for _, h := range res.Hits {
		art, kind, n, ok := splitSubID(h.ID)
		a := byID[art]
		if !ok || a == nil {
			continue
		}
		switch {
		case kind == 'q' && n < len(a.Quotes):
			a.Quotes[n] = corpus.Quote{Text: fieldString(h, fQuote), Speaker: fieldString(h, "speaker"),
				Role: fieldString(h, "role"), Paragraph: fieldInt(h, fPara)}
		case kind == 'm' && n < len(a.Meetings):
			if err := json.NewDecoder(strings.NewReader(fieldString(h, "json"))).Decode(&a.Meetings[n]); err != nil {
				return fmt.Errorf("decode meeting %s: %w", h.ID, err)
			}
		}
	}
	return nil
}
