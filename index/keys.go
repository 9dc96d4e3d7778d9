package index

import (
	"bytes"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Every document has one keys field ("k"): white-space separated tokens
// that filter and never score — its type, the outlet, and on passages,
// quotes and meetings the UTC publication day, week, month and year
// (dates.go).
// One field with a few tokens costs much less to write than a keyword
// field per key.
const (
	keyType  = "t:" // + document type
	keySrc   = "s:" // + outlet as sourceKey writes it
	keyDay   = "d:" // + 2006-01-02
	keyWeek  = "w:" // + the Monday, 2006-01-02
	keyMonth = "m:" // + 2006-01
	keyYear  = "y:" // + 2006
)

// sourceKey is an outlet as matched: case and accents folded, spaces
// collapsed and joined with U+001F so that the outlet stays one token.
func sourceKey(s string) string {
	s = normSource(s)
	if s == "" {
		return ""
	}
	return keySrc + strings.ReplaceAll(fold(strings.ToLower(s)), " ", "\x1f")
}

// keysFor is the keys field of a document of docType from an article
// with outlet srcKey (sourceKey) and date keys pk (zero for articles,
// whose dates are a datetime field).
func keysFor(docType, srcKey string, pk pubKeys) string {
	keys := []string{keyType + docType}
	if srcKey != "" {
		keys = append(keys, srcKey)
	}
	if pk.Day != "" {
		keys = append(keys, keyDay+pk.Day, keyWeek+pk.Week, keyMonth+pk.Month, keyYear+pk.Year)
	}
	return strings.Join(keys, " ")
}

// keyQuery matches documents with one key.
func keyQuery(key string) query.Query {
	t := query.NewTermQuery(key)
	t.SetField(fKeys)
	return t
}

// typeQuery matches the documents of one type.
func typeQuery(docType string) query.Query { return keyQuery(keyType + docType) }

// keysTokenizerName splits the keys field on spaces, the only separator
// keysFor writes (bleve's whitespace tokenizer tests every rune).
const keysTokenizerName = "parley_keys"

func init() {
	registry.RegisterTokenizer(keysTokenizerName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return keysTokenizer{}, nil
	})
}

type keysTokenizer struct{}

// Tokenize implements analysis.Tokenizer.
func (keysTokenizer) Tokenize(input []byte) analysis.TokenStream {
	n := bytes.Count(input, []byte{' '}) + 1
	slab := make([]analysis.Token, 0, n)
	out := make(analysis.TokenStream, 0, n)
	start := 0
	for i := 0; i <= len(input); i++ {
		if i < len(input) && input[i] != ' ' {
			continue
		}
		if i > start {
			slab = append(slab, analysis.Token{Term: input[start:i], Start: start, End: i, Position: len(out) + 1, Type: analysis.AlphaNumeric})
			out = append(out, &slab[len(slab)-1])
		}
		start = i + 1
	}
	return out
}
