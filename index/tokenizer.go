package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// wordsName is bleve's unicode tokenizer (Unicode word boundaries, UAX
// #29) with a fast path: a run of text between ASCII spaces made of ASCII
// letters, digits and punctuation, typographic quotes and dashes, is split
// here by the same rules; any other run goes to bleve's tokenizer. Word
// boundaries never join across a space, so the runs are independent and
// the tokens — terms, offsets, positions — are the same (words_test.go
// checks it against bleve's). Tokenizing was the largest part of analysis.
const wordsName = "parley_words"

func init() {
	registry.RegisterTokenizer(wordsName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return wordsTokenizer{slow: unicode.NewUnicodeTokenizer()}, nil
	})
}

type wordsTokenizer struct{ slow analysis.Tokenizer }

// Character classes of the fast path (UAX #29 word break properties).
const (
	cOther     = iota // breaks
	cLetter           // ALetter
	cDigit            // Numeric
	cMidNumLet        // . ' ’ ‘ : joins letters, or digits
	cMidLetter        // : joins letters
	cMidNum           // , ; joins digits
	cSlow             // anything else: the run goes to bleve's tokenizer
)

var asciiClass [128]uint8

func init() {
	for c := 0; c < 128; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			asciiClass[c] = cLetter
		case c >= '0' && c <= '9':
			asciiClass[c] = cDigit
		case c == '.' || c == '\'':
			asciiClass[c] = cMidNumLet
		case c == ':':
			asciiClass[c] = cMidLetter
		case c == ',' || c == ';':
			asciiClass[c] = cMidNum
		case c == '_' || c < 0x20 || c == 0x7f:
			asciiClass[c] = cSlow // ExtendNumLet and controls: leave them to bleve
		default:
			asciiClass[c] = cOther
		}
	}
}

// class returns the class of the character at s[i] and its length.
func class(s []byte, i int) (uint8, int) {
	c := s[i]
	if c < 0x80 {
		return asciiClass[c], 1
	}
	// U+2013 – U+2014 — U+2018 ‘ U+2019 ’ U+201C “ U+201D ” U+2026 …
	if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 {
		switch s[i+2] {
		case 0x98, 0x99:
			return cMidNumLet, 3
		case 0x93, 0x94, 0x9C, 0x9D, 0xA6:
			return cOther, 3
		}
	}
	return cSlow, 1
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f'
}

// Tokenize implements analysis.Tokenizer.
func (t wordsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(input)/6+1)
	slab := make([]analysis.Token, 0, cap(out)) // tokens are allocated together
	pos := 1
	for i := 0; i < len(input); {
		if isSpace(input[i]) {
			i++
			continue
		}
		j := i
		fast := true
		for j < len(input) && !isSpace(input[j]) {
			c, n := class(input, j)
			fast = fast && c != cSlow
			j += n
		}
		if fast {
			out, slab, pos = words(out, slab, input, i, j, pos)
		} else {
			for _, tok := range t.slow.Tokenize(input[i:j]) {
				tok.Start += i
				tok.End += i
				tok.Position = pos
				pos++
				out = append(out, tok)
			}
		}
		i = j
	}
	return out
}

// words appends the words of input[from:to], a run of fast-path
// characters, numbered from pos, taking the tokens from slab.
func words(out analysis.TokenStream, slab []analysis.Token, input []byte, from, to, pos int) (analysis.TokenStream, []analysis.Token, int) {
	i := from
	for i < to {
		c, n := class(input, i)
		if c != cLetter && c != cDigit {
			i += n
			continue
		}
		start, last, letters := i, c, c == cLetter
		i += n
		for i < to {
			c, n := class(input, i)
			if c == cLetter || c == cDigit {
				last, letters = c, letters || c == cLetter
				i += n
				continue
			}
			// a middle character joins when the same kind follows
			if i+n < to {
				next, _ := class(input, i+n)
				joins := last == cLetter && next == cLetter && (c == cMidNumLet || c == cMidLetter) ||
					last == cDigit && next == cDigit && (c == cMidNumLet || c == cMidNum)
				if joins {
					i += n
					continue
				}
			}
			break
		}
		typ := analysis.Numeric
		if letters {
			typ = analysis.AlphaNumeric
		}
		if len(slab) == cap(slab) {
			slab = make([]analysis.Token, 0, 64)
		}
		slab = append(slab, analysis.Token{Term: input[start:i], Start: start, End: i, Position: pos, Type: typ})
		out = append(out, &slab[len(slab)-1])
		pos++
	}
	return out, slab, pos
}
