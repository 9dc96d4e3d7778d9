package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

	"github.com/parley-bot/parley/internal/gen"
)

// Benchmarks run on a generated corpus of PARLEY_BENCH_ARTICLES articles
// (default 10,000), built once per process in a temporary directory, and
// only under -bench.

func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("PARLEY_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10000
}

var (
	benchOnce sync.Once
	benchIx   *Index
	benchDir  string
	benchErr  error
)

// benchIndex returns the shared benchmark index, building it on first use;
// with PARLEY_BENCH_INDEX set, the index in that directory, built there
// the first time and kept, so that repeated runs measure searches only
// (PARLEY_BENCH_COMPACT: see below).
func benchIndex(b testing.TB) *Index {
	b.Helper()
	benchOnce.Do(func() {
		dir := os.Getenv("PARLEY_BENCH_INDEX")
		if dir == "" {
			if benchDir, benchErr = os.MkdirTemp("", "parley-bench-"); benchErr != nil {
				return
			}
			dir = filepath.Join(benchDir, "idx")
		}
		_, statErr := os.Stat(dir)
		if benchIx, benchErr = Open(dir); benchErr != nil || statErr == nil {
			return
		}
		arts, _ := genCorpus(benchArticles())
		if _, benchErr = benchIx.Upsert(context.Background(), arts); benchErr != nil {
			return
		}
		// Searches are measured on the index as the merger leaves it, or
		// with PARLEY_BENCH_COMPACT set, in one segment, as
		// answer.Service.Ingest leaves it (and the bench program).
		if benchErr = waitMerged(benchIx); benchErr == nil && os.Getenv("PARLEY_BENCH_COMPACT") != "" {
			benchErr = benchIx.Compact(context.Background())
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchIx
}

// waitMerged waits until the background merger has nothing left to do.
func waitMerged(ix *Index) error {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	for i := 0; i < 600; i++ {
		if active, ok := s.StatsMap()["index_bgthreads_active"].(bool); !ok || !active {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchIx != nil {
		benchIx.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// BenchmarkIngest indexes the whole corpus into a new on-disk index per
// iteration: articles/s, and the index size against the raw text, as
// Close leaves it and after merging into one segment (what the background
// merger converges to).
func BenchmarkIngest(b *testing.B) {
	n := benchArticles()
	arts, raw := genCorpus(n)
	var size, merged int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dir := filepath.Join(b.TempDir(), strconv.Itoa(i))
		ix, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.Upsert(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if size, err = diskSize(dir); err != nil {
			b.Fatal(err)
		}
		merged = mergedSize(b, ix, dir)
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(raw)/1e6, "raw-MB")
	b.ReportMetric(float64(size)/float64(raw), "size/raw")
	b.ReportMetric(float64(merged)/float64(raw), "merged/raw")
}

// mergedSize merges the index into one segment and returns its size once
// the old segment files are gone.
func mergedSize(b *testing.B, ix *Index, dir string) int64 {
	b.Helper()
	adv, err := ix.idx.Advanced()
	if err != nil {
		b.Fatal(err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		b.Fatalf("index is %T, not scorch", adv)
	}
	if err := s.ForceMerge(context.Background(), &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 600; i++ {
		if zaps, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap")); len(zaps) <= 1 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	size, err := diskSize(dir)
	if err != nil {
		b.Fatal(err)
	}
	return size
}

// BenchmarkReingest measures the unchanged path: every article compared
// by hash, nothing rewritten.
func BenchmarkReingest(b *testing.B) {
	ix := benchIndex(b)
	arts, _ := genCorpus(benchArticles())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := ix.Upsert(context.Background(), arts)
		if err != nil || res.Unchanged != len(arts) {
			b.Fatalf("%+v %v", res, err)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

var benchQueries = []SearchRequest{
	{Query: "ceasefire talks"},
	{Query: "security guarantees"},
	{Query: `"peace agreement"`},
	{Query: "nuclear -sanctions"},
	{Query: "minister"},
	{Query: "Geneva"},
	{Query: "humanitarian corridor prisoners exchange"},
	{Query: "kalomi"}, // a tail word
	{Query: "treaty", Filter: Filter{Source: "Coastal Times"}},
	{Query: "envoy mediator", Filter: Filter{Since: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)}},
	{Query: "the leaders said they would meet again next week to discuss a framework", Limit: 10},
	{Query: "zzzz yyyy"}, // nothing: both the strict and the relaxed search run
}

// reportLatency adds p50 and p99 of the per-operation durations.
func reportLatency(b *testing.B, d []time.Duration) {
	slices.Sort(d)
	if len(d) == 0 {
		return
	}
	b.ReportMetric(float64(d[len(d)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(d[len(d)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkSearch runs the query mix with highlights and references.
func BenchmarkSearch(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := ix.Search(ctx, benchQueries[i%len(benchQueries)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	reportLatency(b, lat)
}

// BenchmarkSearchEach times each query of the mix on its own.
func BenchmarkSearchEach(b *testing.B) {
	ix := benchIndex(b)
	for i, q := range benchQueries {
		b.Run(strconv.Itoa(i), func(b *testing.B) {
			for j := 0; j < b.N; j++ {
				if _, err := ix.Search(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkQuotes(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	reqs := []QuoteRequest{{Keywords: "ceasefire"}, {Speaker: "Holt"}, {Speaker: "Anna Albers", Keywords: "talks"}, {}}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := ix.Quotes(ctx, reqs[i%len(reqs)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	reportLatency(b, lat)
}

func BenchmarkMeetings(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	reqs := []MeetingRequest{{Query: "Geneva summit"}, {Query: "who was at the Doha talks?"}, {Query: "talks", Date: "2025-03-03"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Meetings(ctx, reqs[i%len(reqs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSuggest(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	prefixes := []string{"", "a", "hol", "anna a", "ge"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Suggest(ctx, SuggestSpeaker, prefixes[i%len(prefixes)], MaxSuggest); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArticlesDay loads one day of whole articles, as the digest does.
func BenchmarkArticlesDay(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	since := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Articles(ctx, since, since.AddDate(0, 0, 1), 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStats(b *testing.B) {
	ix := benchIndex(b)
	for i := 0; i < b.N; i++ {
		if _, err := ix.Stats(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearchMix runs the bench program's query mix (internal/gen):
// common and rare words, two words, phrases and names, four in ten with a
// date filter; top 5 with highlights.
func BenchmarkSearchMix(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	var reqs []SearchRequest
	for _, q := range gen.New(42).Queries(600, benchArticles()) {
		r := SearchRequest{Query: q.Text(), Limit: 5}
		if q.Since != "" {
			r.Filter.Since, _ = time.Parse(time.DateOnly, q.Since)
			until, _ := time.Parse(time.DateOnly, q.Until)
			r.Filter.Until = until.AddDate(0, 0, 1)
		}
		reqs = append(reqs, r)
	}
	for _, r := range reqs[:100] { // warm-up
		ix.Search(ctx, r)
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := ix.Search(ctx, reqs[i%len(reqs)]); err != nil && !errors.Is(err, ErrNoTerms) {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	reportLatency(b, lat)
}

// BenchmarkSearchKinds times each kind of the mix on its own, without
// date filters (the fixed cost of a search shows in the rare words), and
// with them ("dated-": the date filter's cost, dayfilter.go), with each
// kind's p50 and p99 and the process's CPU time per search.
func BenchmarkSearchKinds(b *testing.B) {
	ix := benchIndex(b)
	byKind := map[string][]SearchRequest{}
	for _, q := range gen.New(42).Queries(600, benchArticles()) {
		kind := q.Kind
		if q.Since != "" {
			kind = "dated-" + kind
		}
		byKind[kind] = append(byKind[kind], benchRequest(q))
	}
	for _, kind := range []string{"rare", "common", "and", "phrase", "name", "dated-rare", "dated-common", "dated-and", "dated-phrase", "dated-name"} {
		reqs := byKind[kind]
		b.Run(kind, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			cpu := processCPU()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := ix.Search(context.Background(), reqs[i%len(reqs)]); err != nil && !errors.Is(err, ErrNoTerms) {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			// CPU per search: what holds up on a shared machine
			b.ReportMetric(float64((processCPU()-cpu).Microseconds())/float64(b.N), "cpu-µs/op")
			reportLatency(b, lat)
		})
	}
}
