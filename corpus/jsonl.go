package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// jsonRecord is one JSON Lines article. The metadata fields are those of
// Markdown front matter; the body is "text" or "body" (paragraphs
// separated by blank lines, read like a plain-text file) or "paragraphs"
// (an array, one paragraph each).
type jsonRecord struct {
	meta
	Text       string   `json:"text"`
	Body       string   `json:"body"`
	Paragraphs []string `json:"paragraphs"`
}

// maxJSONLine caps one JSON Lines record.
const maxJSONLine = 16 << 20

// ParseJSONL reads JSON Lines from r: one article object per line. Blank
// lines are skipped. A bad line (not JSON, not an object, no text, a bad
// date) yields a LoadError with its line number and does not stop the
// others.
func ParseJSONL(name string, r io.Reader) ([]*Article, []LoadError) {
	var arts []*Article
	var errs []LoadError
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		data, tooLong, readErr := readLine(br)
		if readErr != nil && !errors.Is(readErr, io.EOF) {
			errs = append(errs, LoadError{File: name, Line: line, Err: fmt.Errorf("read: %w", readErr)})
			break
		}
		if line == 1 {
			data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		}
		if tooLong {
			errs = append(errs, LoadError{File: name, Line: line, Err: fmt.Errorf("%w: line longer than %d MiB; split the article", ErrBadRecord, maxJSONLine>>20)})
		} else if len(bytes.TrimSpace(data)) > 0 {
			a, err := parseRecord(data)
			if err != nil {
				errs = append(errs, LoadError{File: name, Line: line, Err: err})
			} else {
				arts = append(arts, a)
			}
		}
		if readErr != nil {
			break
		}
	}
	return arts, errs
}

// readLine returns the next line without its end, and whether it was
// longer than maxJSONLine (then it is consumed but not returned).
func readLine(br *bufio.Reader) ([]byte, bool, error) {
	var out []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong && len(out)+len(chunk) > maxJSONLine {
			tooLong, out = true, nil
		} else if !tooLong {
			out = append(out, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(out, "\r\n"), tooLong, err
	}
}

// parseRecord parses one JSON Lines record into an article.
func parseRecord(data []byte) (*Article, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w: not UTF-8 text; save the file as UTF-8", ErrBadRecord)
	}
	var rec jsonRecord
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&rec); err != nil {
		return nil, fmt.Errorf("%w: not a JSON article object (%v); each line must be one object like {\"title\": ..., \"text\": ...}", ErrBadRecord, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: more than one JSON value on the line; put one article object per line", ErrBadRecord)
	}
	a := &Article{}
	if err := rec.apply(a); err != nil {
		return nil, err
	}
	hint := `the record has no text; give "text", "body" or "paragraphs"`
	switch {
	case len(rec.Paragraphs) > 0:
		a.Paragraphs = cleanWire(rec.Paragraphs, a, wireOpts{})
	case strings.TrimSpace(rec.Text) != "" || strings.TrimSpace(rec.Body) != "":
		text := strings.ReplaceAll(firstNonEmpty(rec.Text, rec.Body), "\r\n", "\n")
		a.Paragraphs = cleanWire(textParagraphs(text), a, wireOpts{title: true, headings: true})
		hint = "the text holds only a title or end matter; add the story text"
	}
	a, err := finish("", a, hint)
	if err != nil {
		return nil, errors.Unwrap(err) // the caller adds file and line
	}
	return a, nil
}
