package index

import (
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/parley-bot/parley/internal/gen"
)

// Benchmarks of the per-search and per-article hot paths, without an
// index.

var hotQueries = []string{"ceasefire talks", `"security guarantees" -sanctions`, "Anna Albers", "kalomi", "the leaders said they would meet again"}

func BenchmarkBuildQuery(b *testing.B) {
	an := newAnalyzerForBench(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		uq := parseQuery(hotQueries[i%len(hotQueries)])
		if _, err := buildText(uq, an, passageTarget); err != nil {
			b.Fatal(err)
		}
		filterQuery(typePassage, Filter{Source: "Northern Wire"})
		i++
	}
}

// BenchmarkHighlight marks a two-word query in a passage and renders it.
func BenchmarkHighlight(b *testing.B) {
	an := newAnalyzerForBench(b)
	a := gen.New(1).Article(5)
	text := a.Paragraphs[2]
	m := newMatcher(an, parseQuery("minister talks").Must)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Highlight(text, m.spans(text))
	}
}

// BenchmarkVerifyPhrase checks a phrase in a candidate passage.
func BenchmarkVerifyPhrase(b *testing.B) {
	an := newAnalyzerForBench(b)
	tq, err := buildText(parseQuery(`"peace talks"`), an, passageTarget)
	if err != nil {
		b.Fatal(err)
	}
	text := gen.New(1).Article(5).Paragraphs[3]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tq.Verify.ok(text, false)
	}
}

// BenchmarkDocsFor builds an article's documents (the body compressed).
func BenchmarkDocsFor(b *testing.B) {
	arts, _ := genCorpus(100)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := docsFor(arts[i%len(arts)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkBodyParagraph decodes a body up to its fifth paragraph, and up
// to its last, as pages and phrase checks do.
func BenchmarkBodyParagraph(b *testing.B) {
	a := gen.New(1).Article(9)
	enc, err := encodeBody(a.Paragraphs)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{5, len(a.Paragraphs)} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := decodePrefix(enc, n); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func newAnalyzerForBench(b *testing.B) analysis.Analyzer {
	b.Helper()
	im, err := buildMapping()
	if err != nil {
		b.Fatal(err)
	}
	return im.AnalyzerNamed(analyzerText)
}
