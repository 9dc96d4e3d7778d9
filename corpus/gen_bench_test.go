package corpus_test

import (
	"testing"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/internal/gen"
)

// BenchmarkExtractGenerated runs extraction on generated articles (quotes,
// titles, meeting sentences), one article per iteration, as ingest does.
func BenchmarkExtractGenerated(b *testing.B) {
	arts := gen.New(42).Articles(200)
	var bytes int64
	for _, a := range arts {
		bytes += gen.RawBytes(a)
	}
	b.SetBytes(bytes / int64(len(arts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := *arts[i%len(arts)]
		a.Quotes, a.People, a.Meetings = nil, nil, nil
		corpus.Extract(&a)
		i++
	}
}

// BenchmarkParseGenerated parses a generated article's Markdown file.
func BenchmarkParseGenerated(b *testing.B) {
	data := gen.Markdown(gen.New(42).Article(1))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := corpus.ParseMarkdown("a.md", data); err != nil {
			b.Fatal(err)
		}
	}
}
