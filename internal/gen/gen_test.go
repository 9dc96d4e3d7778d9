package gen

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

func TestDeterministic(t *testing.T) {
	a, b := New(7).Article(42), New(7).Article(42)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed and index gave different articles")
	}
	if c := New(8).Article(42); reflect.DeepEqual(a.Paragraphs, c.Paragraphs) {
		t.Fatal("another seed gave the same article")
	}
	// An article does not depend on those generated before it.
	g := New(7)
	g.Article(1)
	if !reflect.DeepEqual(g.Article(42), a) {
		t.Fatal("article 42 depends on generation order")
	}
}

func TestArticleShape(t *testing.T) {
	g := New(1)
	seen := map[string]bool{}
	for i := range 200 {
		a := g.Article(i)
		md := Markdown(a)
		if n := len(md); n < 1800 || n > 7500 {
			t.Errorf("article %d: %d bytes of Markdown, want about 2–6 KB", i, n)
		}
		if a.Published.Year() != Year {
			t.Errorf("article %d: published %v, want %d", i, a.Published, Year)
		}
		seen[a.Source] = true
		if !strings.Contains(a.Paragraphs[0], " — ") || a.Paragraphs[0] != strings.TrimSpace(a.Paragraphs[0]) {
			t.Errorf("article %d: first paragraph has no dateline: %.60q", i, a.Paragraphs[0])
		}
	}
	if len(seen) < 6 {
		t.Errorf("%d outlets in 200 articles, want several", len(seen))
	}
}

// The Markdown is read back by the real loader: same metadata and
// paragraphs, the dateline moved to Place.
func TestMarkdownLoads(t *testing.T) {
	g := New(3)
	for i := range 50 {
		a := g.Article(i)
		got, err := corpus.ParseMarkdown("a.md", Markdown(a))
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		if got.Title != a.Title || got.Source != a.Source || got.URL != a.URL || !got.Published.Equal(a.Published) {
			t.Errorf("article %d: metadata %q %q %q %v, want %q %q %q %v", i,
				got.Title, got.Source, got.URL, got.Published, a.Title, a.Source, a.URL, a.Published)
		}
		if !reflect.DeepEqual(got.Authors, a.Authors) {
			t.Errorf("article %d: authors %q, want %q", i, got.Authors, a.Authors)
		}
		if len(got.Paragraphs) != len(a.Paragraphs) {
			t.Errorf("article %d: %d paragraphs, want %d", i, len(got.Paragraphs), len(a.Paragraphs))
			continue
		}
		_, lead, _ := strings.Cut(a.Paragraphs[0], " — ")
		if got.Paragraphs[0] != lead || got.Place == "" {
			t.Errorf("article %d: lead %.60q place %q, want %.60q and the dateline's place", i, got.Paragraphs[0], got.Place, lead)
		}
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	w, err := New(1).WriteDir(dir, 30)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.md"))
	if len(files) != 30 || w.Articles != 30 || w.RawBytes <= 0 || w.FileBytes <= w.RawBytes {
		t.Fatalf("%d files, %+v", len(files), w)
	}
	arts, errs := corpus.Load(dir)
	if len(errs) > 0 || len(arts) != 30 {
		t.Fatalf("loaded %d articles, errors %v", len(arts), errs)
	}
}

func TestQueries(t *testing.T) {
	g := New(5)
	qs := g.Queries(300, 100)
	kinds, filtered := map[string]int{}, 0
	for _, q := range qs {
		kinds[q.Kind]++
		if q.Since != "" {
			filtered++
			if q.Until < q.Since {
				t.Errorf("%+v: until before since", q)
			}
		}
		if len(q.Terms) == 0 || strings.TrimSpace(q.Text()) == "" {
			t.Errorf("empty query %+v", q)
		}
		for _, w := range q.Terms {
			if q.Kind != "name" && g.Stop(w) {
				t.Errorf("%+v: stop word %q", q, w)
			}
		}
	}
	for _, k := range []string{"common", "rare", "and", "phrase", "name"} {
		if kinds[k] < 20 {
			t.Errorf("%d %s queries in 300", kinds[k], k)
		}
	}
	if filtered < 60 || filtered > 180 {
		t.Errorf("%d of 300 queries have a date filter, want about 40%%", filtered)
	}
	// A bigram phrase stands in its article.
	r := g.bigram(17, 3)
	text := strings.Join(g.Article(17).Paragraphs, " ")
	if !strings.Contains(text, r[0]+" "+r[1]) {
		t.Errorf("bigram %q is not in article 17", r)
	}
	if len(g.QuoteQueries(9)) != 9 || len(g.MeetingQueries(4)) != 4 {
		t.Error("quote or meeting queries: wrong count")
	}
}

func BenchmarkArticle(b *testing.B) {
	g := New(1)
	i := 0
	for b.Loop() {
		g.Article(i)
		i++
	}
}

// The annotations match the text: each quote stands in its paragraph, the
// meeting's evidence names its attendees.
func TestAnnotations(t *testing.T) {
	g := New(2)
	quotes := 0
	for i := range 100 {
		a := g.Article(i)
		for _, q := range a.Quotes {
			quotes++
			if !strings.Contains(a.Paragraphs[q.Paragraph], q.Text) || q.Speaker == "" {
				t.Errorf("article %d: quote %q not in paragraph %d: %q", i, q.Text, q.Paragraph, a.Paragraphs[q.Paragraph])
			}
		}
		if len(a.Meetings) != 1 || len(a.Meetings[0].Attendees) < 2 {
			t.Fatalf("article %d: meetings %+v", i, a.Meetings)
		}
		m := a.Meetings[0]
		evidence := ""
		for _, p := range m.Paragraphs {
			evidence += a.Paragraphs[p] + " "
		}
		for _, p := range m.Attendees {
			last := p.Name[strings.LastIndexByte(p.Name, ' ')+1:]
			if !strings.Contains(evidence, last) {
				t.Errorf("article %d: attendee %s not in the evidence %q", i, p.Name, evidence)
			}
		}
	}
	if quotes < 300 {
		t.Errorf("%d quotes in 100 articles, want several per article", quotes)
	}
}
