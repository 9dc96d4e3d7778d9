package index

import (
	"bufio"
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/parley-bot/parley/corpus"
)

// An article's body is stored once, on the article document, as its
// paragraphs in one DEFLATE-compressed block (encodeBody): compressing
// the whole article takes it to under half its size, where bleve's
// per-document snappy on single paragraphs leaves two thirds. Passages
// are only indexed. A page of
// hits loads the bodies of its articles with one DocID query, which also
// gives their references, and decompresses each only as far as the
// paragraphs it needs; nothing is cached between calls, so memory does
// not grow with the corpus and an update is visible at once.

// body is what hits need from their article.
type body struct {
	ref   corpus.Ref
	enc   string   // encodeBody's output
	paras []string // the paragraphs decoded so far
	whole bool     // paras is every paragraph
}

// reference returns the article's reference (zero for an unknown one).
func (b *body) reference() corpus.Ref {
	if b == nil {
		return corpus.Ref{}
	}
	return b.ref
}

// paragraph returns paragraph n, or "" when there is none (or the stored
// body is damaged).
func (b *body) paragraph(n int) string {
	if b == nil || n < 0 {
		return ""
	}
	if n >= len(b.paras) && !b.whole {
		paras, whole, err := decodePrefix(b.enc, n+1)
		if err != nil {
			return ""
		}
		b.paras, b.whole = paras, whole
	}
	if n >= len(b.paras) {
		return ""
	}
	return b.paras[n]
}

var bodyReq = &bleve.SearchRequest{Fields: []string{"title", "source", "url", fPublished, "authors", "body", "hash"}}

// bodies loads the articles ids; unknown ids are missing from the map.
func (ix *Index) bodies(ctx context.Context, ids []string) (map[string]*body, error) {
	out := make(map[string]*body, len(ids))
	uniq := make([]string, 0, len(ids))
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			uniq = append(uniq, id)
		}
	}
	if len(uniq) == 0 {
		return out, nil
	}
	// Read from one snapshot, document by document: cheaper than a
	// search for a page's few ids.
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	defer r.Close()
	for _, id := range uniq {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("load articles: %w", err)
		}
		h := &search.DocumentMatch{ID: id}
		if err, _ := bleve.LoadAndHighlightFields(h, bodyReq, "", r, nil); err != nil {
			return nil, fmt.Errorf("load article %s: %w", id, err)
		}
		if fieldString(h, "hash") == "" {
			continue // unknown, or not an article
		}
		out[id] = &body{ref: refFromFields(h), enc: fieldString(h, "body")}
	}
	return out, nil
}

// encodeBody packs paragraphs, each as its length (uvarint) and bytes,
// compressed with DEFLATE.
func encodeBody(paragraphs []string) (string, error) {
	var b bytes.Buffer
	w := flateWriters.Get().(*flate.Writer)
	defer flateWriters.Put(w)
	w.Reset(&b)
	var n [binary.MaxVarintLen64]byte
	for _, p := range paragraphs {
		if _, err := w.Write(n[:binary.PutUvarint(n[:], uint64(len(p)))]); err != nil {
			return "", err
		}
		if _, err := io.WriteString(w, p); err != nil {
			return "", err
		}
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return b.String(), nil
}

// flateWriters reuses compressors: each holds several hundred KB of state.
var flateWriters = sync.Pool{New: func() any {
	// Level 2 is within 3% of the default's size, at twice its speed.
	w, err := flate.NewWriter(io.Discard, 2)
	if err != nil {
		panic(err) // only for an invalid level
	}
	return w
}}

// flateReaders and bufReaders reuse decompressors (tens of KB of state
// each) and the buffers read through.
var (
	flateReaders = sync.Pool{New: func() any { return flate.NewReader(strings.NewReader("")) }}
	bufReaders   = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4096) }}
)

// decodeBody reverses encodeBody; an empty string is no paragraphs.
func decodeBody(s string) ([]string, error) {
	paras, _, err := decodePrefix(s, -1)
	return paras, err
}

// decodePrefix decodes the first count paragraphs of an encoded body (all
// of them when count < 0), and reports whether that is all there are.
func decodePrefix(s string, count int) ([]string, bool, error) {
	paras := []string{}
	if s == "" {
		return paras, true, nil
	}
	fr := flateReaders.Get().(io.ReadCloser)
	defer flateReaders.Put(fr)
	if err := fr.(flate.Resetter).Reset(strings.NewReader(s), nil); err != nil {
		return nil, false, fmt.Errorf("decompress body: %w", err)
	}
	r := bufReaders.Get().(*bufio.Reader)
	defer bufReaders.Put(r)
	r.Reset(fr)
	for count < 0 || len(paras) < count {
		n, err := binary.ReadUvarint(r)
		if err == io.EOF {
			return paras, true, nil
		}
		if err != nil || n > uint64(len(s))*1032 { // DEFLATE expands at most 1032 times
			return nil, false, fmt.Errorf("decode body: truncated paragraph %d", len(paras))
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, false, fmt.Errorf("decode body: truncated paragraph %d", len(paras))
		}
		paras = append(paras, string(b))
	}
	_, err := r.ReadByte()
	return paras, err == io.EOF, nil
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
