package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Every document has one keys field ("k"): white-space separated tokens
// that filter and never score — its type, the outlet, and on passages,
// quotes and meetings the UTC publication day, month and year (dates.go).
// One field with a few tokens costs much less to write than a keyword
// field per key.
const (
	keyType  = "t:" // + document type
	keySrc   = "s:" // + outlet as sourceKey writes it
	keyDay   = "d:" // + 2006-01-02
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
		keys = append(keys, keyDay+pk.Day, keyMonth+pk.Month, keyYear+pk.Year)
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
