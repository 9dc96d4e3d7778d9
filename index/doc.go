// Package index is Parley's full-text index and the only package that
// imports bleve. It stores articles as several kinds of documents — the
// article itself, one passage per paragraph, one document per quotation and
// one per meeting — and answers searches over them with passages,
// highlights and article references.
//
// User text never reaches bleve's query-string syntax: queries are parsed
// here into words, "quoted phrases" and -exclusions and built as match and
// phrase queries, with caps on length, window and time.
package index
