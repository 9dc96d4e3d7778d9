package index

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/internal/gen"
)

// chainAnalyzer is analyzerText as five separate bleve filters, the way
// englishFilter must analyze.
func chainAnalyzer(t testing.TB) analysis.Analyzer {
	t.Helper()
	im := mapping.NewIndexMapping()
	if err := im.AddCustomAnalyzer("chain", map[string]any{
		"type":          custom.Name,
		"tokenizer":     wordsName,
		"token_filters": []any{en.PossessiveName, lowercase.Name, foldName, en.StopName, porter.Name},
	}); err != nil {
		t.Fatal(err)
	}
	return im.AnalyzerNamed("chain")
}

// sameAnalysis fails when the index's text analyzer and the filter chain
// give different tokens for text (twice: once to fill the cache, once
// from it).
func sameAnalysis(t *testing.T, want, got analysis.Analyzer, text string) bool {
	t.Helper()
	for range 2 {
		w, g := want.Analyze([]byte(text)), got.Analyze([]byte(text))
		if len(w) != len(g) {
			t.Errorf("%q: %d tokens %s, want %d %s", text, len(g), terms(g), len(w), terms(w))
			return false
		}
		for i := range w {
			if string(g[i].Term) != string(w[i].Term) || g[i].Start != w[i].Start || g[i].End != w[i].End || g[i].Position != w[i].Position {
				t.Errorf("%q: token %d is %q %d-%d @%d, want %q %d-%d @%d", text, i,
					g[i].Term, g[i].Start, g[i].End, g[i].Position, w[i].Term, w[i].Start, w[i].End, w[i].Position)
				return false
			}
		}
	}
	return true
}

func TestEnglishFilterMatchesChain(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	got, want := im.AnalyzerNamed(analyzerText), chainAnalyzer(t)
	texts := []string{
		"", "The talks' end: Putin's envoy and the EU’s negotiators", "SHE'S So Rad", "it’S", "'s", "’s ’S ＇s",
		"Erdoğan met Sánchez; Łódź, Ø, straße, ŒUVRE, İstanbul", "relational operators organizations happily",
		"agreed hoping troubled realizing possibility ponies dying", "1,000.50 people 2025-03-04 10.5.2025",
		"日本語のテキスト", "ΑΘΗΝΑ Αθήνα", "a very long word: pneumonoultramicroscopicsilicovolcanoconiosis's",
		"The THE the tHe", "U.S.-Russia talks", "don't can’t won't o'clock",
	}
	if arts, _ := corpus.Load("../corpus/testdata"); len(arts) > 0 {
		for _, a := range arts {
			texts = append(texts, a.Title)
			texts = append(texts, a.Paragraphs...)
		}
	}
	for _, a := range gen.New(11).Articles(40) {
		texts = append(texts, a.Paragraphs...)
	}
	for _, s := range texts {
		if !sameAnalysis(t, want, got, s) {
			return
		}
	}
	// random words over letters whose case, folding or stemming is special
	alphabet := []string{"a", "e", "i", "o", "u", "y", "s", "S", "t", "n", "l", "b", "z", "c", "d", "g",
		"'", "’", "é", "İ", "ß", "Ø", "ing", "ed", "ies", "ational", "ness", "ly", "ize", "E", "I", " "}
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(14); k >= 0; k-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		if !sameAnalysis(t, want, got, b.String()) {
			return
		}
	}
}

// TestEnglishFilterConcurrent analyzes from several goroutines at once
// (bleve's analysis workers share the filter); run it with -race.
func TestEnglishFilterConcurrent(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	got, want := im.AnalyzerNamed(analyzerText), chainAnalyzer(t)
	paras := gen.New(5).Article(1).Paragraphs
	done := make(chan bool)
	for g := range 4 {
		go func() {
			ok := true
			for i := range 50 {
				ok = ok && sameAnalysis(t, want, got, paras[(g+i)%len(paras)])
			}
			done <- ok
		}()
	}
	for range 4 {
		<-done
	}
}

func BenchmarkAnalyzeText(b *testing.B) {
	im, err := buildMapping()
	if err != nil {
		b.Fatal(err)
	}
	text := []byte(strings.Join(gen.New(1).Article(3).Paragraphs, "\n\n"))
	for _, tt := range []struct {
		name string
		an   analysis.Analyzer
	}{{"chain", chainAnalyzer(b)}, {"cached", im.AnalyzerNamed(analyzerText)}} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				tt.an.Analyze(text)
			}
		})
	}
}
