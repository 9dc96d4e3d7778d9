package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// addSeeds adds the files matching pattern to the fuzz corpus.
func addSeeds(f *testing.F, patterns ...string) {
	f.Helper()
	for _, pat := range patterns {
		files, err := filepath.Glob(pat)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

// checkParsed checks the invariants of a single-article parser's result:
// a LoadError naming the input, or an article with an ID and clean
// paragraphs that parsing the same bytes again reproduces.
func checkParsed(t *testing.T, name string, a *Article, err error, again func() (*Article, error)) {
	t.Helper()
	if err != nil {
		var le LoadError
		if !errors.As(err, &le) || le.File != name {
			t.Fatalf("error %v is not a LoadError naming %s", err, name)
		}
		return
	}
	if a.ID == "" || len(a.Paragraphs) == 0 {
		t.Fatalf("article without ID or paragraphs: %+v", a)
	}
	for i, p := range a.Paragraphs {
		if p == "" || p != normalizeSpace(p) || !clean(p) {
			t.Fatalf("paragraph %d not trimmed, single-spaced and visible: %q", i, p)
		}
	}
	b, err := again()
	if err != nil || !reflect.DeepEqual(a, b) {
		t.Fatalf("second parse differs: %+v / %v", b, err)
	}
}

func FuzzParseText(f *testing.F) {
	addSeeds(f, "testdata/load/*.txt", "testdata/bad/*.txt")
	f.Add([]byte("WASHINGTON (AP) —"))
	f.Add([]byte("Title\n\nBy A B\n\n___\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("fuzz.txt", data)
		checkParsed(t, "fuzz.txt", a, err, func() (*Article, error) { return ParseText("fuzz.txt", data) })
	})
}

func FuzzParseMarkdown(f *testing.F) {
	addSeeds(f, "testdata/load/*.md", "testdata/bad/*.md", "articles/*.md")
	f.Add([]byte("---\n---\n**x**"))
	f.Add([]byte("# T\n\n> [a](b) ![c](d) `e` \\*f\\*"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseMarkdown("fuzz.md", data)
		checkParsed(t, "fuzz.md", a, err, func() (*Article, error) { return ParseMarkdown("fuzz.md", data) })
	})
}

func FuzzParseHTML(f *testing.F) {
	addSeeds(f, "testdata/load/*.html", "testdata/bad/*.html")
	f.Add([]byte("<p>x</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseHTML("fuzz.html", data, "https://example.org/page")
		checkParsed(t, "fuzz.html", a, err, func() (*Article, error) { return ParseHTML("fuzz.html", data, "https://example.org/page") })
	})
}

func FuzzParseJSONL(f *testing.F) {
	addSeeds(f, "testdata/load/*.jsonl")
	f.Add([]byte(`{"paragraphs": ["a", " "]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, errs := ParseJSONL("fuzz.jsonl", bytes.NewReader(data))
		for _, a := range arts {
			if a.ID == "" || len(a.Paragraphs) == 0 {
				t.Fatalf("article without ID or paragraphs: %+v", a)
			}
		}
		for _, e := range errs {
			if e.File != "fuzz.jsonl" || e.Line < 1 {
				t.Fatalf("error without file and line: %v", e)
			}
		}
	})
}
