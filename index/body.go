package index

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"sync"
)

// An article's body is stored once, on the article document, as its
// paragraphs in one DEFLATE-compressed block: compressing the whole
// article takes it to under half its size, where bleve's per-document
// snappy on single paragraphs leaves two thirds to three quarters.
// Readers decompress a body only as far as the paragraph they need.

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
	// The fastest level is within 6% of the default's size, at several
	// times its speed.
	w, err := flate.NewWriter(io.Discard, flate.BestSpeed)
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
