package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// foldName is the token filter that folds accents and typographic
// apostrophes, so "Erdogan" finds "Erdoğan" and "Sánchez" finds "Sanchez".
// It works on terms, not on the input text, so byte offsets (and with them
// highlighting) stay exact — bleve's asciifolding char filter would shift
// them.
const foldName = "parley_fold"

func init() {
	registry.RegisterTokenFilter(foldName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	})
}

type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if !isASCII(tok.Term) {
			tok.Term = []byte(fold(string(tok.Term)))
		}
	}
	return in
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// letters that do not decompose into a base letter and a mark.
var foldSpecial = map[rune]string{
	'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ß': "ss",
	'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ı': "i", 'þ': "th", 'ð': "d",
	'’': "'", '‘': "'", 'ʼ': "'", '＇': "'",
}

// fold removes combining marks after canonical decomposition and maps a few
// letters that have none.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if rep, ok := foldSpecial[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}
