package index

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/internal/gen"
)

// sameTokens fails when the fast tokenizer's tokens differ from bleve's.
func sameTokens(t *testing.T, text string) bool {
	t.Helper()
	want := unicode.NewUnicodeTokenizer().Tokenize([]byte(text))
	got := wordsTokenizer{slow: unicode.NewUnicodeTokenizer()}.Tokenize([]byte(text))
	if len(got) != len(want) {
		t.Errorf("%q: %d tokens %s, want %d %s", text, len(got), terms(got), len(want), terms(want))
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position {
			t.Errorf("%q: token %d is %q %d-%d @%d, want %q %d-%d @%d", text, i,
				g.Term, g.Start, g.End, g.Position, w.Term, w.Start, w.End, w.Position)
			return false
		}
	}
	return true
}

func terms(ts analysis.TokenStream) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString("[" + string(t.Term) + "]")
	}
	return b.String()
}

func TestWordsTokenizerCases(t *testing.T) {
	for _, s := range []string{
		"", " ", "Talks resumed in Geneva.", "U.S.-Russia talks", "don't can’t ‘quoted’ “double”",
		"1,000.50 people; 3:45 pm, 2.5% of 10,000", "e-mail a.b.c a..b a.1 1.a 1,a a,1 a:b 1:2 a;b 1;2",
		"end. start", "x.", ".x", "'tis the season's end'", "a’b’c", "—dash–dash…", "under_score a_1",
		"Erdoğan met Sánchez", "tab\tnew\nline\r\nend", "naïve café", "C++ and C# @user #tag",
		"10.5.2025", "ABC123def 123abc abc123", "Ø Łódź", "\x00\x01", "a\u00a0b", "日本語のテキスト",
	} {
		sameTokens(t, s)
	}
}

// TestWordsTokenizerRandom compares with bleve's tokenizer on random text
// dense with the characters whose rules differ (middles, quotes, digits).
func TestWordsTokenizerRandom(t *testing.T) {
	alphabet := []string{"a", "b", "Z", "1", "9", " ", " ", ".", ",", ";", ":", "'", "’", "‘", "“", "”",
		"—", "–", "…", "-", "(", ")", "!", "?", "\"", "\n", "é", "_", "%", "/", "ß"}
	r := rand.New(rand.NewPCG(1, 2))
	failures := 0
	for n := 0; n < 20000 && failures < 5; n++ {
		var b strings.Builder
		for k := r.IntN(30); k >= 0; k-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		if !sameTokens(t, b.String()) {
			failures++
		}
	}
}

func TestWordsTokenizerCorpora(t *testing.T) {
	var texts []string
	if arts, errs := corpus.Load("../corpus/testdata"); len(arts) > 0 {
		for _, a := range arts {
			texts = append(texts, a.Title)
			texts = append(texts, a.Paragraphs...)
		}
	} else {
		t.Logf("no corpus test data: %v", errs)
	}
	for _, a := range gen.New(7).Articles(50) {
		texts = append(texts, a.Paragraphs...)
	}
	for _, s := range texts {
		if !sameTokens(t, s) {
			return
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := []byte(strings.Join(gen.New(1).Article(3).Paragraphs, "\n\n"))
	for _, tt := range []struct {
		name string
		tok  analysis.Tokenizer
	}{{"bleve", unicode.NewUnicodeTokenizer()}, {"words", wordsTokenizer{slow: unicode.NewUnicodeTokenizer()}}} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				tt.tok.Tokenize(text)
			}
		})
	}
}
