package answer

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
	"github.com/parley-bot/parley/internal/gen"
)

// BenchmarkIngestFiles compares ingest of generated Markdown files into a
// new on-disk index without extraction (the Foundation's ingest: parse and
// index) and with it (what `parley ingest` does): articles/s for each, so
// extraction's share of the ingest time shows. PARLEY_BENCH_ARTICLES sets
// the size (default 2,000).
func BenchmarkIngestFiles(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("PARLEY_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	dir := b.TempDir()
	for i, a := range gen.New(7).Articles(n) {
		p := gen.Path(dir, i)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, gen.Markdown(a), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, extract := range []bool{false, true} {
		name := "parse+index"
		if extract {
			name = "parse+extract+index"
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				idx, err := index.Open(filepath.Join(b.TempDir(), "index"))
				if err != nil {
					b.Fatal(err)
				}
				svc := New(idx, nil)
				if !extract {
					svc.extract = func(*corpus.Article) {}
				}
				if _, err := svc.Ingest(context.Background(), []string{dir}, IngestOptions{}); err != nil {
					b.Fatal(err)
				}
				if err := idx.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkWho answers the generator's who questions ("who was at the
// Geneva talks?") over an on-disk index of generated articles, as
// `parley who` does: the search, the judging of near matches (evidence,
// lead meetings, the candidates' articles) and the merge.
// PARLEY_BENCH_ARTICLES sets the size (default 2,000).
func BenchmarkWho(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("PARLEY_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	g := gen.New(7)
	idx, err := index.Open(filepath.Join(b.TempDir(), "index"))
	if err != nil {
		b.Fatal(err)
	}
	defer idx.Close()
	svc := New(idx, nil)
	ctx := context.Background()
	if _, err := svc.IngestArticles(ctx, g.Articles(n)); err != nil {
		b.Fatal(err)
	}
	qs := g.MeetingQueries(200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := svc.Who(ctx, WhoParams{Meeting: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
	}
}
