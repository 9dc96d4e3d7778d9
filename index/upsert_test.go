package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/corpus"
)

func mustStats(t *testing.T, ix *Index) Stats {
	t.Helper()
	st, err := ix.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestUpsertReingest(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t)
	res, err := ix.Upsert(ctx, fixtures())
	if err != nil || res.Added != 3 || res.Updated != 0 || res.Unchanged != 0 {
		t.Fatalf("first: %+v %v", res, err)
	}
	before := mustStats(t, ix)
	res, err = ix.Upsert(ctx, fixtures())
	if err != nil || res.Added != 0 || res.Updated != 0 || res.Unchanged != 3 {
		t.Fatalf("second: %+v %v", res, err)
	}
	if after := mustStats(t, ix); after != before {
		t.Errorf("stats changed on re-ingest: %+v -> %+v", before, after)
	}
}

func TestUpsertChangedArticleReplacesOldDocs(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t, fixtures()...)
	before := mustStats(t, ix)

	// The new version has fewer paragraphs, no quote and no meeting.
	a := genevaArticle()
	a.Paragraphs = []string{"GENEVA — The river talks were postponed to next week, a spokesperson said."}
	a.Quotes, a.Meetings = nil, nil
	res, err := ix.Upsert(ctx, []*corpus.Article{a})
	if err != nil || res.Updated != 1 || res.Added+res.Unchanged != 0 {
		t.Fatalf("upsert: %+v %v", res, err)
	}
	after := mustStats(t, ix)
	if after.Articles != before.Articles || after.Passages != before.Passages-3 ||
		after.Quotes != before.Quotes-1 || after.Meetings != before.Meetings-1 {
		t.Errorf("stats %+v -> %+v", before, after)
	}
	for _, q := range []string{"Bexian", `"dam operators"`, "lecture"} {
		r, err := ix.Search(ctx, SearchRequest{Query: q})
		if err != nil || r.Total != 0 {
			t.Errorf("old text %q still found: %v %v", q, hitKeys(r.Hits), err)
		}
	}
	r, err := ix.Search(ctx, SearchRequest{Query: "postponed"})
	if err != nil || len(r.Hits) != 1 || r.Hits[0].Passage != a.Paragraphs[0] {
		t.Errorf("new text: %+v %v", r, err)
	}
	if q, err := ix.Quotes(ctx, QuoteRequest{Speaker: "Maren Holt"}); err != nil || q.Total != 0 {
		t.Errorf("old quote still found: %+v %v", q, err)
	}
	if m, err := ix.Meetings(ctx, MeetingRequest{Query: "Geneva water talks"}); err != nil || len(m) != 0 {
		t.Errorf("old meeting still found: %+v %v", m, err)
	}
	got, err := ix.Article(ctx, a.ID)
	if err != nil || len(got.Paragraphs) != 1 || len(got.Quotes) != 0 {
		t.Errorf("article after update: %+v %v", got, err)
	}

	// and back to more paragraphs: all of them are found again
	res, err = ix.Upsert(ctx, []*corpus.Article{genevaArticle()})
	if err != nil || res.Updated != 1 {
		t.Fatalf("upsert back: %+v %v", res, err)
	}
	if st := mustStats(t, ix); st != before {
		t.Errorf("stats after restoring: %+v, want %+v", st, before)
	}
}

func TestUpsertRefreshesCachedRefs(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t, fixtures()...)
	if _, err := ix.Search(ctx, SearchRequest{Query: "lecture"}); err != nil { // caches the ref
		t.Fatal(err)
	}
	a := genevaArticle()
	a.Title = "Envoys resume talks (corrected)"
	if _, err := ix.Upsert(ctx, []*corpus.Article{a}); err != nil {
		t.Fatal(err)
	}
	r, err := ix.Search(ctx, SearchRequest{Query: "lecture"})
	if err != nil || len(r.Hits) != 1 || r.Hits[0].Article.Title != a.Title {
		t.Errorf("ref not refreshed: %+v %v", r, err)
	}
}

func TestUpsertDuplicatesInOneCall(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t)
	changed := genevaArticle()
	changed.Paragraphs = append(changed.Paragraphs, "A fifth paragraph, added later.")
	res, err := ix.Upsert(ctx, []*corpus.Article{genevaArticle(), genevaArticle(), changed})
	if err != nil || res.Added != 1 || res.Unchanged != 1 || res.Updated != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	if st := mustStats(t, ix); st.Articles != 1 || st.Passages != 5 {
		t.Errorf("stats %+v", st)
	}
}

func TestUpsertInvalidArticlesDoNotStopTheBatch(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t)
	noID := harborArticle()
	noID.ID = ""
	slash := tradeArticle()
	slash.ID = "a/p1"
	huge := tradeArticle()
	huge.ID = "huge"
	huge.Paragraphs = make([]string, maxSubDocs+1)
	res, err := ix.Upsert(ctx, []*corpus.Article{nil, noID, genevaArticle(), slash, huge})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 1 || len(res.Failed) != 4 {
		t.Fatalf("%+v", res)
	}
	for i, f := range res.Failed {
		if want := []int{0, 1, 3, 4}[i]; f.Index != want || f.Err == nil {
			t.Errorf("failure %d: %+v, want index %d", i, f, want)
		}
	}
	if !strings.Contains(res.Failed[3].Err.Error(), "paragraphs") {
		t.Errorf("unclear error: %v", res.Failed[3].Err)
	}
}

func TestUpsertLargeArticleAndBatches(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t)
	var arts []*corpus.Article
	big := &corpus.Article{ID: "big", Title: "Big", Source: "Wire", Published: day("2025-01-01T00:00:00Z")}
	for i := 0; i < batchDocs+500; i++ {
		big.Paragraphs = append(big.Paragraphs, fmt.Sprintf("Paragraph %d of a very long transcript of talks.", i))
	}
	arts = append(arts, big)
	for i := 0; i < batchArticles+30; i++ {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("small-%d", i), Title: "Small", Source: "Wire",
			Published: day("2025-01-02T00:00:00Z"), Paragraphs: []string{"Short item about talks.", "Second line."}})
	}
	res, err := ix.Upsert(ctx, arts)
	if err != nil || res.Added != len(arts) {
		t.Fatalf("%+v %v", res, err)
	}
	st := mustStats(t, ix)
	if st.Articles != len(arts) || st.Passages != len(big.Paragraphs)+2*(len(arts)-1) {
		t.Errorf("stats %+v", st)
	}
}

func TestUpsertCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ix := newTestIndex(t)
	res, err := ix.Upsert(ctx, fixtures())
	if !errors.Is(err, context.Canceled) || res.Added != 0 {
		t.Errorf("%+v %v", res, err)
	}
	if st := mustStats(t, ix); st.Articles != 0 {
		t.Errorf("written after cancel: %+v", st)
	}
}

// TestUpsertWhileSearching: searches run during a long upsert and see
// whole articles only (run with -race).
func TestUpsertWhileSearching(t *testing.T) {
	// a deadline far past DefaultTimeout: what is checked is whole
	// articles, not speed, and searches slow down on a loaded machine
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ix := newTestIndex(t, fixtures()...)
	var arts []*corpus.Article
	for i := 0; i < 600; i++ {
		arts = append(arts, &corpus.Article{ID: fmt.Sprintf("c-%d", i), Title: "C", Source: "Wire",
			Published:  day("2025-01-02T00:00:00Z"),
			Paragraphs: []string{"Ceasefire monitors arrived.", "Ceasefire monitors left.", "Ceasefire monitors stayed."}})
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 4)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				r, err := ix.Search(ctx, SearchRequest{Query: "monitors", Limit: MaxLimit})
				if err != nil {
					errs <- err
					return
				}
				if r.Total%3 != 0 { // every article adds three passages at once
					errs <- fmt.Errorf("saw %d passages: half an article", r.Total)
					return
				}
			}
		}()
	}
	res, err := ix.Upsert(ctx, arts)
	close(stop)
	wg.Wait()
	close(errs)
	if err != nil || res.Added != len(arts) {
		t.Fatalf("%+v %v", res, err)
	}
	for err := range errs {
		t.Error(err)
	}
}
