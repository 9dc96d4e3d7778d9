package index

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// maxSources bounds the outlets Stats counts.
const maxSources = 100000

// Stats returns corpus and index figures. Sources counts distinct outlets
// case-insensitively; First and Last ignore undated articles; IndexBytes
// is the size of the index directory (0 in memory).
func (ix *Index) Stats(ctx context.Context) (Stats, error) {
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	done, err := ix.reader()
	if err != nil {
		return Stats{}, fmt.Errorf("index stats: %w", err)
	}
	defer done()
	var st Stats
	for _, c := range []struct {
		docType string
		n       *int
	}{{typeArticle, &st.Articles}, {typePassage, &st.Passages}, {typeQuote, &st.Quotes}, {typeMeeting, &st.Meetings}} {
		res, err := ix.search(ctx, bleve.NewSearchRequestOptions(typeQuery(c.docType), 0, 0, false))
		if err != nil {
			return Stats{}, fmt.Errorf("index stats: count %ss: %w", c.docType, err)
		}
		*c.n = int(res.Total)
	}

	sr := bleve.NewSearchRequestOptions(typeQuery(typeArticle), 0, 0, false)
	sr.AddFacet("s", bleve.NewFacetRequest("source", maxSources))
	res, err := ix.search(ctx, sr)
	if err != nil {
		return Stats{}, fmt.Errorf("index stats: sources: %w", err)
	}
	if f := res.Facets["s"]; f != nil && f.Terms != nil {
		seen := map[string]bool{}
		for _, t := range f.Terms.Terms() {
			seen[strings.ToLower(t.Term)] = true
		}
		st.Sources = len(seen)
	}

	if st.First, err = ix.edgeDate(ctx, false); err != nil {
		return Stats{}, fmt.Errorf("index stats: first date: %w", err)
	}
	if st.Last, err = ix.edgeDate(ctx, true); err != nil {
		return Stats{}, fmt.Errorf("index stats: last date: %w", err)
	}
	if st.IndexBytes, err = diskSize(ix.dir); err != nil {
		return Stats{}, fmt.Errorf("index stats: size of %s: %w", ix.dir, err)
	}
	return st, nil
}

// edgeDate is the earliest (or latest) publication date of an article.
func (ix *Index) edgeDate(ctx context.Context, latest bool) (time.Time, error) {
	sr := bleve.NewSearchRequestOptions(typeQuery(typeArticle), 1, 0, false)
	sr.Fields = []string{fPublished}
	sr.SortByCustom(search.SortOrder{&search.SortField{Field: fPublished, Type: search.SortFieldAsDate,
		Desc: latest, Missing: search.SortFieldMissingLast}})
	res, err := ix.search(ctx, sr)
	if err != nil || len(res.Hits) == 0 {
		return time.Time{}, err
	}
	return fieldTime(res.Hits[0], fPublished), nil
}
