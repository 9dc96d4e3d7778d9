package index

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/gen"
)

// TestDumpAnswers writes the answers to the bench's query mix (top 5,
// highlighted, date filters as the bench gives them) to the file named by
// PARLEY_DUMP_ANSWERS, one JSON line a query, on the benchmark index
// (PARLEY_BENCH_INDEX, PARLEY_BENCH_ARTICLES): two builds' files compare
// their hits, scores, totals and highlights. Skipped without the variable.
func TestDumpAnswers(t *testing.T) {
	out := os.Getenv("PARLEY_DUMP_ANSWERS")
	if out == "" {
		t.Skip("PARLEY_DUMP_ANSWERS not set")
	}
	ix := benchIndex(t)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	type hit struct {
		ID        string
		Para      int
		Score     float64
		Highlight string
	}
	type answer struct {
		Kind, Query, Since, Until string
		Total                     int
		Relaxed, Approx           bool
		Err                       string `json:",omitempty"`
		Hits                      []hit
	}
	for _, q := range gen.New(42).Queries(700, benchArticles()) {
		req := benchRequest(q)
		res, err := ix.Search(context.Background(), req)
		a := answer{Kind: q.Kind, Query: req.Query, Since: q.Since, Until: q.Until, Total: res.Total, Relaxed: res.Relaxed, Approx: res.Approx}
		if err != nil && !errors.Is(err, ErrNoTerms) {
			a.Err = err.Error()
		}
		for _, h := range res.Hits {
			a.Hits = append(a.Hits, hit{h.Article.ID, h.Paragraph, h.Score, h.Highlight})
		}
		if err := enc.Encode(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// benchRequest is a query of the bench's mix as the bench asks it: top 5,
// the date filter's days inclusive.
func benchRequest(q gen.Query) SearchRequest {
	r := SearchRequest{Query: q.Text(), Limit: 5}
	if q.Since != "" {
		r.Filter.Since, _ = time.Parse(time.DateOnly, q.Since)
		until, _ := time.Parse(time.DateOnly, q.Until)
		r.Filter.Until = until.AddDate(0, 0, 1)
	}
	return r
}
