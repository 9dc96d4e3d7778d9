package index

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/corpus"
)

func TestKeys(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Northern Wire", "s:northern\x1fwire"},
		{"  NORTHERN   wire ", "s:northern\x1fwire"},
		{"Le Monde Diplomatique", "s:le\x1fmonde\x1fdiplomatique"},
		{"Gazeta Wyborcza Łódź", "s:gazeta\x1fwyborcza\x1flodz"},
		{"", ""},
	} {
		if got := sourceKey(tt.in); got != tt.want {
			t.Errorf("sourceKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	pk := pubKeysFor(time.Date(2025, 3, 4, 15, 30, 0, 0, time.UTC))
	if got, want := keysFor(typePassage, "s:wire", pk), "t:passage s:wire d:2025-03-04 w:2025-03-03 m:2025-03 y:2025"; got != want {
		t.Errorf("keysFor = %q, want %q", got, want)
	}
	if got, want := keysFor(typeArticle, "", pubKeys{}), "t:article"; got != want {
		t.Errorf("keysFor = %q, want %q", got, want)
	}
}

func TestKeysTokenizer(t *testing.T) {
	for _, in := range []string{"", "t:passage", "t:quote s:a\x1fb d:2025-03-04", "a  b ", " x"} {
		got := keysTokenizer{}.Tokenize([]byte(in))
		want := strings.Fields(in)
		if len(got) != len(want) {
			t.Errorf("%q: %d tokens, want %d", in, len(got), len(want))
			continue
		}
		for i, tok := range got {
			if string(tok.Term) != want[i] || in[tok.Start:tok.End] != want[i] || tok.Position != i+1 {
				t.Errorf("%q: token %d %+v", in, i, tok)
			}
		}
	}
}

// An outlet with several words and accents is one key: other outlets
// sharing a word do not match.
func TestSourceFilterWholeName(t *testing.T) {
	mk := func(id, source string) *corpus.Article {
		return &corpus.Article{ID: id, Title: id, Source: source, Published: day("2025-03-01T00:00:00Z"),
			Paragraphs: []string{"Negotiators met again over the harbour dispute."}}
	}
	ix := newTestIndex(t, mk("a", "Gazeta Łódź"), mk("b", "Gazeta"), mk("c", "Łódź Daily"))
	res, err := ix.Search(context.Background(), SearchRequest{Query: "harbour", Filter: Filter{Source: "gazeta LODZ"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].Article.ID != "a" {
		t.Errorf("hits %+v", res.Hits)
	}
}
