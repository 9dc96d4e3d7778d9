package corpus

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestParseJSONLLines(t *testing.T) {
	lines := []string{
		"\xef\xbb\xbf" + `{"title": "First", "text": "Talks opened on Monday."}`,
		``,
		`{"title": "Second", "paragraphs": ["One.", "Two."]}`,
		`not json at all`,
		`{"title": "Fourth", "text": "   "}`,
		`{"title": "Fifth", "text": "Fine again."} {"title": "extra"}`,
		`{"title": "Sixth", "authors": "Ann Lee, Bo Kim", "text": "Envoys met.\n\nThey left."}`,
		`{"title": "Seventh", "author": ["Ann Lee", 7], "text": "x"}`,
		`{"title": "Eighth", "paragraphs": "should be a list"}`,
	}
	arts, errs := ParseJSONL("batch.jsonl", strings.NewReader(strings.Join(lines, "\r\n")))
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title)
		checkArticle(t, a)
	}
	if got := strings.Join(titles, ","); got != "First,Second,Sixth" {
		t.Errorf("loaded %s, want First,Second,Sixth", got)
	}
	wantErrs := map[int]string{
		4: "not a JSON article object",
		5: `give "text", "body" or "paragraphs"`,
		6: "more than one JSON value",
		8: "author",
		9: "not a JSON article object",
	}
	if len(errs) != len(wantErrs) {
		t.Errorf("got %d errors, want %d: %v", len(errs), len(wantErrs), errs)
	}
	for _, e := range errs {
		want, ok := wantErrs[e.Line]
		if !ok || !strings.Contains(e.Error(), want) || !strings.HasPrefix(e.Error(), fmt.Sprintf("batch.jsonl:%d: ", e.Line)) {
			t.Errorf("error %q: want file:line prefix and %q", e, want)
		}
	}
	if len(arts) == 3 && len(arts[2].Authors) != 2 {
		t.Errorf("Sixth authors = %q, want two names", arts[2].Authors)
	}
}

func TestParseJSONLReadError(t *testing.T) {
	r := &failingReader{data: `{"title": "A", "text": "Fine."}` + "\n" + `{"title": "B", "te`}
	arts, errs := ParseJSONL("net.jsonl", r)
	if len(arts) != 1 || len(errs) != 1 || errs[0].Line != 2 || !strings.Contains(errs[0].Error(), "read") {
		t.Errorf("got %d articles, errors %v; want 1 article and a read error on line 2", len(arts), errs)
	}
}

// failingReader returns its data, then an error other than EOF.
type failingReader struct{ data string }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, errors.New("connection reset")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestParseJSONLLongLine(t *testing.T) {
	long := `{"title": "Huge", "text": "` + strings.Repeat("word ", maxJSONLine/5+10) + `"}`
	in := long + "\n" + `{"title": "After", "text": "Still read."}` + "\n"
	arts, errs := ParseJSONL("big.jsonl", strings.NewReader(in))
	if len(arts) != 1 || arts[0].Title != "After" || len(errs) != 1 || errs[0].Line != 1 {
		t.Fatalf("got %d articles, errors %v; want the second line loaded and line 1 reported", len(arts), errs)
	}
}
