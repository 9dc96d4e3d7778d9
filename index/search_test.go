package index

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/corpus"
)

// hitKeys names hits as "articleID/paragraph".
func hitKeys(hits []PassageHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%s/%d", h.Article.ID, h.Paragraph))
	}
	return out
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestSearch(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	tests := []struct {
		name    string
		req     SearchRequest
		want    []string // hit keys, any order
		relaxed bool
	}{
		{"all words required", SearchRequest{Query: "security guarantees"}, []string{"geneva-water/2", "trade-round/0"}, false},
		{"one word", SearchRequest{Query: "security"}, []string{"geneva-water/2", "geneva-water/3", "trade-round/0"}, false},
		{"relaxed when no passage has all", SearchRequest{Query: "security fishing"},
			[]string{"geneva-water/2", "geneva-water/3", "trade-round/0", "portmere-summit/0"}, true},
		{"phrase", SearchRequest{Query: `"dam operators"`}, []string{"geneva-water/2"}, false},
		{"phrase order matters", SearchRequest{Query: `"operators dam"`}, nil, false},
		{"phrase with a stop word", SearchRequest{Query: `"first step, not the last"`}, []string{"portmere-summit/2"}, false},
		{"exclusion", SearchRequest{Query: "security -investors"}, []string{"geneva-water/2", "geneva-water/3"}, false},
		{"phrase exclusion", SearchRequest{Query: `security -"dam operators"`}, []string{"geneva-water/3", "trade-round/0"}, false},
		{"stemming", SearchRequest{Query: "negotiation"}, []string{"geneva-water/0", "geneva-water/1", "trade-round/0"}, false},
		{"accents folded", SearchRequest{Query: "Tomas Ruelle"}, []string{"geneva-water/2"}, false},
		{"possessive", SearchRequest{Query: "Arland negotiator"}, []string{"geneva-water/0", "geneva-water/1"}, false},
		{"case", SearchRequest{Query: "PORTMERE"}, []string{"portmere-summit/0"}, false},
		{"since", SearchRequest{Query: "security", Filter: Filter{Since: day("2025-04-01T00:00:00Z")}}, []string{"trade-round/0"}, false},
		{"until exclusive", SearchRequest{Query: "security", Filter: Filter{Until: day("2025-05-20T00:00:00Z")}}, []string{"geneva-water/2", "geneva-water/3"}, false},
		{"until the next day", SearchRequest{Query: "security", Filter: Filter{Until: day("2025-05-21T00:00:00Z")}}, []string{"geneva-water/2", "geneva-water/3", "trade-round/0"}, false},
		{"since inclusive", SearchRequest{Query: "security", Filter: Filter{Since: day("2025-05-20T00:00:00Z")}}, []string{"trade-round/0"}, false},
		{"since the next day", SearchRequest{Query: "security", Filter: Filter{Since: day("2025-05-21T00:00:00Z")}}, nil, false},
		{"times within a day count as the whole UTC day", SearchRequest{Query: "security",
			Filter: Filter{Since: day("2025-05-20T23:00:00Z"), Until: day("2025-05-20T01:00:00Z")}}, []string{"trade-round/0"}, false},
		{"empty range", SearchRequest{Query: "security", Filter: Filter{Since: day("2025-06-01T00:00:00Z"), Until: day("2025-05-01T00:00:00Z")}}, nil, false},
		{"source any case", SearchRequest{Query: "security", Filter: Filter{Source: "NORTHERN  wire"}}, []string{"geneva-water/2", "geneva-water/3", "trade-round/0"}, false},
		{"other source", SearchRequest{Query: "security", Filter: Filter{Source: "Coastal Times"}}, nil, false},
		{"partial source is not a source", SearchRequest{Query: "security", Filter: Filter{Source: "Northern"}}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if got := hitKeys(res.Hits); !sameSet(got, tt.want) {
				t.Errorf("hits %v, want %v", got, tt.want)
			}
			if res.Total != len(tt.want) {
				t.Errorf("total %d, want %d", res.Total, len(tt.want))
			}
			if res.Relaxed != tt.relaxed {
				t.Errorf("relaxed %v, want %v", res.Relaxed, tt.relaxed)
			}
		})
	}
}

func TestSearchRelaxedRanksMostWordsFirst(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	// no passage has all three; geneva/2 has two of them
	res, err := ix.Search(context.Background(), SearchRequest{Query: "dam operators fishing", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Relaxed || len(res.Hits) < 2 || hitKeys(res.Hits)[0] != "geneva-water/2" {
		t.Errorf("relaxed %v, hits %v", res.Relaxed, hitKeys(res.Hits))
	}
}

func TestSearchHitContent(t *testing.T) {
	ix := newTestIndex(t, fixtures()...)
	res, err := ix.Search(context.Background(), SearchRequest{Query: `"security guarantees" Bexian`})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("hits %v", hitKeys(res.Hits))
	}
	h := res.Hits[0]
	a := genevaArticle()
	if h.Article != a.Ref() {
		t.Errorf("ref %+v, want %+v", h.Article, a.Ref())
	}
	if h.Passage != a.Paragraphs[2] {
		t.Errorf("passage %q", h.Passage)
	}
	want := "**Bexian** Foreign Minister Tomás Ruelle said **security guarantees** for the dam operators remained the sticking point."
	if h.Highlight != want {
		t.Errorf("highlight\n got %s\nwant %s", h.Highlight, want)
	}
	if h.Score <= 0 || len(h.Matches) != 2 {
		t.Errorf("score %v, matches %v", h.Score, h.Matches)
	}
}

func TestSearchHighlightEscapesArticleText(t *testing.T) {
	a := &corpus.Article{
		ID: "markup", Title: "Markup", Source: "Test Wire", Published: day("2025-06-01T00:00:00Z"),
		Paragraphs: []string{
			"The *draft* says **nothing** about the_border_line, @everyone agrees.",
			"> Envoys quoted `code` and [a link](https://evil.example) on the border.",
			"# Border talks\n- item one about the border",
		},
	}
	ix := newTestIndex(t, a)
	res, err := ix.Search(context.Background(), SearchRequest{Query: "border", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{
		0: `The \*draft\* says \*\*nothing\*\* about the\_border\_line, \@everyone agrees.`,
		1: "\\> Envoys quoted \\`code\\` and \\[a link\\](https://evil.example) on the **border**.",
		2: "\\# **Border** talks\n\\- item one about the **border**",
	}
	if len(res.Hits) != 2 {
		// the_border_line is one token: "border" alone does not match it
		t.Fatalf("hits %v", hitKeys(res.Hits))
	}
	for _, h := range res.Hits {
		if h.Highlight != want[h.Paragraph] {
			t.Errorf("paragraph %d:\n got %s\nwant %s", h.Paragraph, h.Highlight, want[h.Paragraph])
		}
		checkMarkup(t, h.Passage, h.Highlight)
	}
	res, err = ix.Search(context.Background(), SearchRequest{Query: "everyone nothing"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("%v %v", err, res)
	}
	if got := res.Hits[0].Highlight; got != `The \*draft\* says \*\***nothing**\*\* about the\_border\_line, \@**everyone** agrees.` {
		t.Errorf("got %s", got)
	}
}

// TestSearchTiesNewestFirst: equal scores are ordered by publication,
// newest first, whatever the order of indexing.
func TestSearchTiesNewestFirst(t *testing.T) {
	var arts []*corpus.Article
	for _, d := range []string{"2025-02-01", "2025-06-01", "2025-01-01", "2025-04-01"} {
		arts = append(arts, &corpus.Article{
			ID: "tie-" + d, Title: "Tie " + d, Source: "Same Wire", Published: day(d + "T12:00:00Z"),
			Paragraphs: []string{"Delegates agreed to meet again for another round of border talks."},
		})
	}
	ix := newTestIndex(t, arts...)
	res, err := ix.Search(context.Background(), SearchRequest{Query: "border talks", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"tie-2025-06-01/0", "tie-2025-04-01/0", "tie-2025-02-01/0", "tie-2025-01-01/0"}
	if got := hitKeys(res.Hits); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("order %v, want %v", got, want)
	}
	for _, h := range res.Hits[1:] {
		if h.Score != res.Hits[0].Score {
			t.Errorf("scores differ: %v vs %v", h.Score, res.Hits[0].Score)
		}
	}
	// paging walks the same order
	page2, err := ix.Search(context.Background(), SearchRequest{Query: "border talks", Limit: 2, Offset: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitKeys(page2.Hits); strings.Join(got, " ") != strings.Join(want[2:], " ") || page2.Total != 4 {
		t.Errorf("page 2: %v (total %d)", got, page2.Total)
	}
}

func TestSearchLimits(t *testing.T) {
	var arts []*corpus.Article
	for i := 0; i < 60; i++ {
		arts = append(arts, &corpus.Article{
			ID: fmt.Sprintf("many-%02d", i), Title: "Many", Source: "Bulk Wire",
			Published:  time.Date(2025, 1, 1, i, 0, 0, 0, time.UTC),
			Paragraphs: []string{fmt.Sprintf("Round %d of the summit talks ended.", i)},
		})
	}
	ix := newTestIndex(t, arts...)
	ctx := context.Background()
	for _, tt := range []struct {
		limit, offset, want int
	}{{0, 0, DefaultLimit}, {-3, 0, DefaultLimit}, {1000, 0, MaxLimit}, {5, 58, 2}, {5, -1, 5}, {5, 1 << 30, 0}} {
		res, err := ix.Search(ctx, SearchRequest{Query: "summit", Limit: tt.limit, Offset: tt.offset})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != tt.want || res.Total != 60 {
			t.Errorf("limit %d offset %d: %d hits of %d, want %d of 60", tt.limit, tt.offset, len(res.Hits), res.Total, tt.want)
		}
	}
}
