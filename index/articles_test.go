package index

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-bot/parley/corpus"
)

func TestArticlesRoundTrip(t *testing.T) {
	ctx := context.Background()
	undated := &corpus.Article{ID: "undated", Title: "No date", Source: "Wire", Paragraphs: []string{"Text."}}
	ix := newTestIndex(t, append(fixtures(), undated)...)

	got, err := ix.Articles(ctx, day("2025-01-01T00:00:00Z"), day("2026-01-01T00:00:00Z"), 0)
	if err != nil {
		t.Fatal(err)
	}
	want := fixtures() // oldest first already
	if len(got) != len(want) {
		t.Fatalf("%d articles", len(got))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("article %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}

	// [since, until): an article published at until is left out
	got, err = ix.Articles(ctx, day("2025-03-10T14:00:00Z"), day("2025-05-20T18:00:00Z"), 0)
	if err != nil || len(got) != 2 || got[0].ID != "geneva-water" || got[1].ID != "portmere-summit" {
		t.Errorf("window: %v %v", ids(got), err)
	}
	got, err = ix.Articles(ctx, day("2025-01-01T00:00:00Z"), day("2026-01-01T00:00:00Z"), 1)
	if err != nil || len(got) != 1 || got[0].ID != "geneva-water" {
		t.Errorf("limit: %v %v", ids(got), err)
	}
	got, err = ix.Articles(ctx, day("2024-01-01T00:00:00Z"), day("2024-12-31T00:00:00Z"), 0)
	if err != nil || len(got) != 0 {
		t.Errorf("empty window: %v %v", ids(got), err)
	}

	a, err := ix.Article(ctx, "undated")
	if err != nil || !reflect.DeepEqual(a, undated) {
		t.Errorf("Article: %+v %v", a, err)
	}
	odd := &corpus.Article{ID: "odd", Title: "Odd", Paragraphs: []string{"", "nul\x00byte", "ünïcödé “quotes”", ""}}
	if _, err := ix.Upsert(ctx, []*corpus.Article{odd}); err != nil {
		t.Fatal(err)
	}
	if a, err := ix.Article(ctx, "odd"); err != nil || !reflect.DeepEqual(a, odd) {
		t.Errorf("odd paragraphs: %q %v", a.Paragraphs, err)
	}
	if _, err := ix.Article(ctx, "geneva-water/p0"); !errors.Is(err, ErrNotFound) {
		t.Errorf("passage id as article: %v", err)
	}
	if _, err := ix.Article(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown: %v", err)
	}
}

func ids(arts []*corpus.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func TestBodyCodec(t *testing.T) {
	for _, paras := range [][]string{{}, {""}, {"one"}, {"a", "", "ünï\x00cödé", strings.Repeat("long ", 5000)}} {
		enc, err := encodeBody(paras)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeBody(enc)
		if err != nil || !reflect.DeepEqual(got, paras) {
			t.Errorf("%.40q: got %.40q, %v", paras, got, err)
		}
	}
	enc, _ := encodeBody([]string{"a paragraph"})
	for _, bad := range []string{"not deflate", enc[:len(enc)/2]} {
		if _, err := decodeBody(bad); err == nil {
			t.Errorf("decodeBody(%q) accepted", bad)
		}
	}
}
