package index

import (
	"encoding/binary"
	"fmt"
	"sync"
	"unsafe"

	"github.com/klauspost/compress/zstd"
)

// An article's body is stored once, on the article document, as its
// paragraphs in one zstd frame: compressing the whole article takes it to
// about half its size, where bleve's per-document snappy on single
// paragraphs leaves two thirds to three quarters. zstd's default level
// is a little smaller than DEFLATE's fastest here (0.48 of the text
// against 0.49), encodes as fast and decodes three times as fast (schema 5
// used DEFLATE: decoding bodies for pages and phrase checks was a fifth of
// the serving CPU).

// encodeBody packs paragraphs, each as its length (uvarint) and bytes,
// compressed with zstd.
func encodeBody(paragraphs []string) (string, error) {
	n := 0
	for _, p := range paragraphs {
		n += binary.MaxVarintLen64 + len(p)
	}
	bp := rawBufs.Get().(*[]byte)
	defer rawBufs.Put(bp)
	raw := (*bp)[:0]
	if cap(raw) < n {
		raw = make([]byte, 0, n)
	}
	for _, p := range paragraphs {
		raw = binary.AppendUvarint(raw, uint64(len(p)))
		raw = append(raw, p...)
	}
	*bp = raw
	if len(raw) == 0 {
		return "", nil
	}
	return string(bodyEncoder.EncodeAll(raw, make([]byte, 0, len(raw)/2+64))), nil
}

// The encoder and decoder are safe for concurrent EncodeAll and
// DecodeAll; rawBufs reuses the buffers bodies are packed and unpacked in.
var (
	bodyEncoder = mustZstd(zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault),
		zstd.WithEncoderConcurrency(1), zstd.WithZeroFrames(true), zstd.WithEncoderCRC(false)))
	bodyDecoder = mustZstd(zstd.NewReader(nil, zstd.WithDecoderConcurrency(0),
		zstd.WithDecoderMaxMemory(maxBodyBytes)))
	rawBufs = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}
)

// maxBodyBytes bounds a decoded body (a corrupt one cannot take memory).
const maxBodyBytes = 64 << 20

func mustZstd[T any](v T, err error) T {
	if err != nil {
		panic(err) // only for invalid options
	}
	return v
}

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
	bp := rawBufs.Get().(*[]byte)
	defer rawBufs.Put(bp)
	// DecodeAll only reads its input: no copy of the stored string.
	raw, err := bodyDecoder.DecodeAll(unsafe.Slice(unsafe.StringData(s), len(s)), (*bp)[:0])
	if err != nil {
		return nil, false, fmt.Errorf("decompress body: %w", err)
	}
	*bp = raw
	for len(raw) > 0 && (count < 0 || len(paras) < count) {
		n, k := binary.Uvarint(raw)
		if k <= 0 || n > uint64(len(raw)-k) {
			return nil, false, fmt.Errorf("decode body: truncated paragraph %d", len(paras))
		}
		paras = append(paras, string(raw[k:k+int(n)]))
		raw = raw[k+int(n):]
	}
	return paras, len(raw) == 0, nil
}
