package index

import (
	"hash/maphash"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/registry"
)

// englishName is the token filter of analyzerText: bleve's English
// possessive filter, lower case, accent folding (fold.go), English stop
// words and Porter stems, applied in that order, as one filter that
// remembers its results. Each of those steps maps a term's bytes to new
// bytes (or drops the term) whatever the rest of the text, so a word
// seen before — most words of news text, which repeats a small
// vocabulary — is looked up instead of run through five filters again:
// the terms are exactly the chain's (enfilter_test.go checks it), and
// analysis, a fifth of the CPU of an ingest and most of a phrase check,
// costs about half as much.
const englishName = "parley_english"

func init() {
	registry.RegisterTokenFilter(englishName, func(_ map[string]any, cache *registry.Cache) (analysis.TokenFilter, error) {
		stops, err := cache.TokenMapNamed(en.StopName)
		if err != nil {
			return nil, err
		}
		f := &englishFilter{stops: stops, seed: maphash.MakeSeed()}
		f.chain = []analysis.TokenFilter{en.NewPossessiveFilter(), lowercase.NewLowerCaseFilter(), foldFilter{}, porter.NewPorterStemmer()}
		return f, nil
	})
}

// englishFilter is the filter chain with a cache of its results.
type englishFilter struct {
	stops analysis.TokenMap
	chain []analysis.TokenFilter // possessive, lower case, fold, Porter (stop words between the last two)
	seed  maphash.Seed
	cache [englishCacheSize]atomic.Pointer[englishTerm]
}

// englishTerm is one cached result: the analyzed term of raw, or stop.
type englishTerm struct {
	raw  string
	term []byte
	stop bool
}

// The cache is a direct-mapped table: a word takes the slot of its hash,
// replacing whatever was there. Bounded (about 4 MB when full), lock-free,
// and a miss costs one run of the chain.
const (
	englishCacheSize  = 1 << 16
	englishCacheBytes = 32 // longer words are not cached
)

// Filter implements analysis.TokenFilter.
func (f *englishFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	j := 0
	for _, tok := range input {
		t := f.term(tok)
		if t.stop {
			continue
		}
		tok.Term = t.term[:len(t.term):len(t.term)] // callers must not write into the shared bytes
		input[j] = tok
		j++
	}
	return input[:j]
}

// term returns the analyzed form of tok's term, from the cache when it
// holds it. Keyword tokens (which Porter leaves unstemmed) are never made
// by this package's tokenizers; they go through the chain uncached.
func (f *englishFilter) term(tok *analysis.Token) *englishTerm {
	if tok.KeyWord || len(tok.Term) > englishCacheBytes {
		return f.run(tok.Term, tok.KeyWord)
	}
	slot := &f.cache[maphash.Bytes(f.seed, tok.Term)&(englishCacheSize-1)]
	if t := slot.Load(); t != nil && t.raw == string(tok.Term) {
		return t
	}
	t := f.run(tok.Term, false)
	slot.Store(t)
	return t
}

// run applies the chain to one term.
func (f *englishFilter) run(raw []byte, keyword bool) *englishTerm {
	tok := &analysis.Token{Term: append([]byte(nil), raw...), KeyWord: keyword}
	ts := analysis.TokenStream{tok}
	for i, c := range f.chain {
		if i == len(f.chain)-1 { // stop words are removed before stemming
			if _, stop := f.stops[string(tok.Term)]; stop {
				return &englishTerm{raw: string(raw), stop: true}
			}
		}
		ts = c.Filter(ts)
	}
	return &englishTerm{raw: string(raw), term: ts[0].Term}
}
