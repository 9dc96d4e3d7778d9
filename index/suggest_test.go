package index

import (
	"context"
	"strings"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

func TestSuggest(t *testing.T) {
	ctx := context.Background()
	accent := &corpus.Article{ID: "accent", Title: "T", Source: "Diário Sul", Published: day("2025-07-01T00:00:00Z"),
		Paragraphs: []string{"x"}, Quotes: []corpus.Quote{{Text: "Sí", Speaker: "José Álvarez"}}}
	ix := newTestIndex(t, append(fixtures(), accent)...)
	tests := []struct {
		field, prefix string
		limit         int
		want          []string
	}{
		{"speaker", "hol", 5, []string{"Maren Holt"}},
		{"speaker", "MAREN", 5, []string{"Maren Holt"}},
		{"speaker", "maren h", 5, []string{"Maren Holt"}},
		{"speaker", "alv", 5, []string{"José Álvarez"}},
		{"speaker", "jose alvarez", 5, []string{"José Álvarez"}},
		{"speaker", "aren", 5, nil}, // word starts only
		{"speaker", "", 5, []string{"Ilse Varga", "Friedrich Albers", "José Álvarez", "Maren Holt"}},
		{"speaker", "", 1, []string{"Ilse Varga"}},
		{"source", "nor", 5, []string{"Northern Wire"}}, // one per case-insensitive value
		{"source", "wire", 5, []string{"Northern Wire"}},
		{"source", "diario", 5, []string{"Diário Sul"}},
		{"meeting", "port", 5, []string{"Portmere harbor summit"}},
		{"meeting", "summit", 5, []string{"Portmere harbor summit"}},
		{"meeting", "sum*", 5, nil},
		{"meeting", strings.Repeat("x", 5000), 5, nil},
	}
	for _, tt := range tests {
		got, err := ix.Suggest(ctx, tt.field, tt.prefix, tt.limit)
		if err != nil {
			t.Errorf("%s %q: %v", tt.field, tt.prefix, err)
			continue
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s %.20q: got %q, want %q", tt.field, tt.prefix, got, tt.want)
		}
	}
	if _, err := ix.Suggest(ctx, "title", "x", 5); err == nil {
		t.Error("unknown field accepted")
	}
}

// TestSuggestForgetsReplacedValues: counts come from live documents, so a
// corrected speaker name disappears at once, not at the next merge.
func TestSuggestForgetsReplacedValues(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t, fixtures()...)
	a := genevaArticle()
	a.Quotes[0].Speaker = "Marena Holtz"
	a.Paragraphs[1] = strings.Replace(a.Paragraphs[1], "Maren Holt", "Marena Holtz", 1) // the hash covers the text
	if _, err := ix.Upsert(ctx, []*corpus.Article{a}); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Suggest(ctx, "speaker", "mar", 5)
	if err != nil || strings.Join(got, "|") != "Marena Holtz" {
		t.Errorf("got %q %v", got, err)
	}
}
