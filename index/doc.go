// Package index is Parley's full-text index and the only package that
// imports bleve. It stores articles as several kinds of documents and
// answers searches over them with passages, highlights and article
// references.
//
// Documents (one bleve index, an explicit mapping, a "type" field):
//   - article "<id>": metadata, the body as zstd-compressed paragraphs
//     (the only stored copy of the text), people, the hash and the number
//     of passages, quotes and meetings, so that an update replaces exactly
//     its old sub-documents;
//   - passage "<id>/p<n>": one paragraph, indexed (English: stemmed, stop
//     words removed, accents folded) but not stored, with the outlet and
//     publication day for filtering and a sort key;
//   - quote "<id>/q<n>": the quotation (stored), speaker (exact, and word
//     by word for partial names), role and paragraph;
//   - meeting "<id>/m<n>": summary, place, date and names for searching,
//     the meeting itself as stored JSON.
//
// User text never reaches bleve's query-string syntax: queries are parsed
// here into words, "quoted phrases" and -exclusions, all words required
// first and any word when that finds nothing (query.go), with caps on
// length, clauses, window and time. Highlights are computed from the
// page's texts with the index's analyzer and rendered as Discord markdown
// with everything else escaped (Highlight, EscapeMarkdown, Excerpt).
//
// Size: the index stays under twice the raw text (see BenchmarkIngest and
// the bench program), mainly because passages keep no term vectors —
// phrases are verified in the texts instead (verify.go) — and the body is
// stored once, compressed as a whole (storing it paragraph by paragraph
// on the passages made the index a quarter larger).
//
// Speed: searches sort by score alone and collect their own top hits
// (ranked.go), so a match's date is read only to break a tie; a filter
// (dates, outlet) leads the search with the query instead of being tested
// on every match (filtered.go), except a date range over words with few
// matches, which is tested on the date column (dayfilter.go); a phrase's candidates come from one
// search (verify.go); the English analyzer remembers the terms of words
// it has seen (enfilter.go); batches of even size are written two at a
// time and synced to disk once per Upsert (upsert.go).
//
// Memory: bleve reads segment files through memory maps; when the
// process's file-backed memory passes a budget, the index unmaps its
// segments' pages from the process (Linux, maptrim.go), so that serving
// RSS is the heap plus what recent reads touched. It looks at that memory
// at the end of every read, every few documents a read loads, and from a
// watcher goroutine every few milliseconds while reads run (stopped by
// Close).
package index
