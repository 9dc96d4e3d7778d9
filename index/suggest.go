package index

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Suggestion fields for Suggest.
const (
	SuggestSpeaker = "speaker"
	SuggestSource  = "source"
	SuggestMeeting = "meeting"
)

// MaxSuggest caps Suggest's limit; Discord shows at most 25 choices.
const MaxSuggest = 25

// maxSuggestCandidates bounds the keys read for one prefix.
const maxSuggestCandidates = 1024

type suggestSpec struct {
	docType string
	keys    string // keyword field of suggestKeys values
	display string // keyword field of the value itself, with doc values
}

var suggestSpecs = map[string]suggestSpec{
	SuggestSpeaker: {typeQuote, "sugg_speaker", "speaker"},
	SuggestSource:  {typeArticle, "sugg_source", "source"},
	SuggestMeeting: {typeMeeting, "sugg_meeting", "summary_kw"},
}

// Suggest returns up to limit distinct values of a field ("speaker",
// "source", "meeting") with a word starting with prefix ("mer" finds
// "Friedrich Merz"), case- and accent-insensitively, for autocompletion:
// most frequent first (the number of quotes, articles or meeting reports),
// alphabetical on ties. An empty prefix gives the most frequent values.
// A very short prefix reads at most the first 1024 matching keys in
// alphabetical order, so rare values may be missed until the prefix grows.
func (ix *Index) Suggest(ctx context.Context, field, prefix string, limit int) ([]string, error) {
	spec, ok := suggestSpecs[field]
	if !ok {
		return nil, fmt.Errorf("index suggest: unknown field %.40q (want speaker, source or meeting)", field)
	}
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	done, err := ix.reader()
	if err != nil {
		return nil, fmt.Errorf("index suggest: %w", err)
	}
	defer done()
	if limit <= 0 || limit > MaxSuggest {
		limit = MaxSuggest
	}
	p := fold(strings.ToLower(strings.Join(strings.Fields(sanitize(prefix, 100)), " ")))

	var q query.Query = typeQuery(spec.docType)
	if p != "" {
		keys, err := ix.keysWithPrefix(spec.keys, p)
		if err != nil {
			return nil, fmt.Errorf("index suggest %s %.80q: %w", field, prefix, err)
		}
		if len(keys) == 0 {
			return []string{}, nil
		}
		terms := make([]query.Query, len(keys))
		for i, k := range keys {
			t := query.NewTermQuery(k)
			t.SetField(spec.keys)
			terms[i] = t
		}
		q = withFilter(query.NewDisjunctionQuery(terms), nil, typeQuery(spec.docType))
	}
	// Counting with a facet over live documents (not the term dictionary,
	// which still counts deleted ones until segments merge).
	sr := bleve.NewSearchRequestOptions(q, 0, 0, false)
	sr.AddFacet("v", bleve.NewFacetRequest(spec.display, 2*limit))
	res, err := ix.search(ctx, sr)
	if err != nil {
		return nil, fmt.Errorf("index suggest %s %.80q: %w", field, prefix, err)
	}
	// Values differing only in case ("Northern Wire", "northern wire")
	// are one suggestion, spelled as most documents spell it.
	out := []string{}
	seen := map[string]bool{}
	if f := res.Facets["v"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			k := fold(strings.ToLower(t.Term))
			if seen[k] || len(out) == limit {
				continue
			}
			seen[k] = true
			out = append(out, t.Term)
		}
	}
	return out, nil
}

// keysWithPrefix lists up to maxSuggestCandidates terms of field starting
// with prefix.
func (ix *Index) keysWithPrefix(field, prefix string) ([]string, error) {
	d, err := ix.idx.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil, err
	}
	defer d.Close()
	var keys []string
	for len(keys) < maxSuggestCandidates {
		e, err := d.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		keys = append(keys, e.Term)
	}
	return keys, nil
}
