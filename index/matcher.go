package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
)

// Passage and quote text keep no term vectors (positions and offsets cost
// about three quarters of the raw text in index size), so two things that
// would use them work on the few texts of a page instead, re-analysed with
// the index's own analyzer — the same tokens, positions and byte offsets:
//   - highlighting: the tokens the query's words and phrases match;
//   - phrases: the index finds passages with all of a phrase's words, and
//     verify.go keeps those where the words stand in order.

// compiled is one clause as analyzed terms; a phrase keeps each term's
// position from the first (stop words leave gaps).
type compiled struct {
	terms  []phraseTerm
	phrase bool
}

type phraseTerm struct {
	rel  int
	term string
}

// compile analyzes a clause; ok is false when nothing is left of it.
func compile(an analysis.Analyzer, c clause) (compiled, bool) {
	toks := an.Analyze([]byte(c.Text))
	if len(toks) == 0 {
		return compiled{}, false
	}
	cc := compiled{phrase: c.Phrase && len(toks) > 1, terms: make([]phraseTerm, len(toks))}
	for i, t := range toks {
		cc.terms[i] = phraseTerm{rel: t.Position - toks[0].Position, term: string(t.Term)}
	}
	return cc, true
}

// analyzed is a text's tokens, indexed by position for phrase checks
// (positions count from 1 and grow along the text, so a slice holds them).
type analyzed struct {
	toks  analysis.TokenStream
	atPos []*analysis.Token
}

func analyze(an analysis.Analyzer, text string) analyzed {
	a := analyzed{toks: an.Analyze([]byte(text))}
	if n := len(a.toks); n > 0 {
		a.atPos = make([]*analysis.Token, max(a.toks[n-1].Position, 0)+1)
		for _, t := range a.toks {
			if t.Position >= 0 && t.Position < len(a.atPos) {
				a.atPos[t.Position] = t
			}
		}
	}
	return a
}

// at returns the token at position p, or nil.
func (a analyzed) at(p int) *analysis.Token {
	if p < 0 || p >= len(a.atPos) {
		return nil
	}
	return a.atPos[p]
}

// find returns the spans where the clause occurs: each token of a word
// clause; each whole occurrence of a phrase, first word to last.
func (cc compiled) find(a analyzed) []Span {
	var spans []Span
	for _, t := range a.toks {
		if !cc.phrase {
			for _, pt := range cc.terms {
				if string(t.Term) == pt.term {
					spans = append(spans, Span{Start: t.Start, End: t.End})
					break
				}
			}
			continue
		}
		if end, ok := cc.phraseAt(a, t); ok {
			spans = append(spans, Span{Start: t.Start, End: end})
		}
	}
	return spans
}

// phraseAt reports whether the phrase starts at token t, and where it ends.
func (cc compiled) phraseAt(a analyzed, t *analysis.Token) (int, bool) {
	if string(t.Term) != cc.terms[0].term {
		return 0, false
	}
	end := t.End
	for _, pt := range cc.terms[1:] {
		u := a.at(t.Position + pt.rel)
		if u == nil || string(u.Term) != pt.term {
			return 0, false
		}
		end = u.End
	}
	return end, true
}

// in reports whether the text satisfies the clause as the index would: a
// word clause has all its terms, a phrase occurs in order.
func (cc compiled) in(a analyzed) bool {
	if cc.phrase {
		for _, t := range a.toks {
			if _, ok := cc.phraseAt(a, t); ok {
				return true
			}
		}
		return false
	}
	for _, pt := range cc.terms {
		found := false
		for _, t := range a.toks {
			if string(t.Term) == pt.term {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// matcher marks where a query's required clauses occur in a text.
type matcher struct {
	an      analysis.Analyzer
	clauses []compiled
}

func newMatcher(an analysis.Analyzer, clauses []clause) *matcher {
	m := &matcher{an: an}
	for _, c := range clauses {
		if cc, ok := compile(an, c); ok {
			m.clauses = append(m.clauses, cc)
		}
	}
	return m
}

// all reports whether text has every clause of the query (each word, or
// the phrase); false when the query has none.
func (m *matcher) all(text string) bool {
	if m == nil || len(m.clauses) == 0 {
		return false
	}
	a := analyze(m.an, text)
	for _, cc := range m.clauses {
		if !cc.in(a) {
			return false
		}
	}
	return true
}

// spans returns the matched byte ranges of text, sorted and merged.
func (m *matcher) spans(text string) []Span {
	if m == nil || len(m.clauses) == 0 {
		return nil
	}
	a := analyze(m.an, text)
	var spans []Span
	for _, cc := range m.clauses {
		spans = append(spans, cc.find(a)...)
	}
	return normSpans(text, spans)
}
