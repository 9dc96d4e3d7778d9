package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// User text is parsed here, never by bleve's query-string syntax: it is
// words, "quoted phrases" (straight or typographic quotes) and
// -exclusions (-word, -"phrase"). Everything else — * ? : ~ ^ + / ( ) and
// so on — is plain text that the field's analyzer splits or drops, so
// "field:value", "/.*/" and "*a*" search for their words, not syntax.
//
// Matching: every word and phrase is required (a conjunction); when that
// finds nothing and there are several, the search is run again with any
// of them (a disjunction, where passages with more of them score higher)
// and the result says it was relaxed. Exclusions apply in both. A word the
// analyzer reduces to nothing (stop words such as "the", punctuation) is
// dropped; a query left with no required word fails with ErrNoTerms.

// MaxClauses caps the words and phrases kept from one query; the rest are
// ignored.
const MaxClauses = 32

// clause is one word or quoted phrase of a query.
type clause struct {
	Text   string
	Phrase bool
}

// userQuery is user text parsed.
type userQuery struct {
	Must []clause
	Not  []clause
}

func isOpenQuote(r rune) bool  { return strings.ContainsRune("\"“„«”", r) }
func isCloseQuote(r rune) bool { return strings.ContainsRune("\"”“»", r) }

// sanitize caps s at MaxQueryBytes (on a rune boundary) and turns control,
// format and invalid characters into spaces.
func sanitize(s string, maxBytes int) string {
	if len(s) > maxBytes {
		cut := maxBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return ' '
		}
		return r
	}, s)
}

// parseQuery splits user text into clauses. An unbalanced quote opens a
// phrase that runs to the end of the text; empty phrases are dropped;
// duplicates are kept once; at most MaxClauses clauses are kept.
func parseQuery(s string) userQuery {
	s = sanitize(s, MaxQueryBytes)
	var q userQuery
	type key struct {
		clause
		neg bool
	}
	seen := map[key]bool{}
	add := func(c clause, neg bool) {
		c.Text = strings.TrimSpace(c.Text)
		k := key{c, neg}
		if c.Text == "" || seen[k] || len(q.Must)+len(q.Not) >= MaxClauses {
			return
		}
		seen[k] = true
		if neg {
			q.Not = append(q.Not, c)
		} else {
			q.Must = append(q.Must, c)
		}
	}
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		neg := false
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			neg = true
			i++
		}
		if isOpenQuote(rs[i]) {
			end := closingQuote(rs, i+1)
			if end < 0 { // unbalanced: the phrase runs to the end
				end = len(rs)
			}
			add(clause{Text: string(rs[i+1 : end]), Phrase: true}, neg)
			i = end + 1
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) {
			j++
		}
		add(clause{Text: string(rs[i:j])}, neg)
		i = j
	}
	return q
}

func closingQuote(rs []rune, from int) int {
	for k := from; k < len(rs); k++ {
		if isCloseQuote(rs[k]) {
			return k
		}
	}
	return -1
}

// fieldBoost is a field a query is matched against, with its analyzer.
type fieldBoost struct {
	Field    string
	Analyzer string
	Boost    float64
	// Loose marks a field without term vectors in a target with them: a
	// phrase matches it when all its words are in the field.
	Loose bool
}

// target is what a query searches: fields sharing one analyzer for their
// words, and whether they keep term vectors. With vectors, phrases are
// bleve phrase queries; without, a phrase asks the index for its words
// and the verifier keeps the texts where they stand in order.
type target struct {
	fields  []fieldBoost
	vectors bool
}

// textQuery is a parsed query made into bleve queries for a target.
type textQuery struct {
	Strict  query.Query // all clauses required
	Relaxed query.Query // any clause; nil when there is only one
	Not     query.Query // exclusions the index applies; nil when none
	Verify  *verifier   // phrases to check in the texts; nil when none
}

// buildText turns q into queries over t. Clauses that analyze to no token
// are dropped. It returns ErrNoTerms when no required clause is left.
func buildText(q userQuery, an analysis.Analyzer, t target) (textQuery, error) {
	var must, not []query.Query
	v := &verifier{an: an}
	needVerify := false
	for _, c := range q.Must {
		cc, ok := compile(an, c)
		if !ok {
			continue
		}
		must = append(must, clauseQuery(c, t))
		v.must = append(v.must, cc)
		needVerify = needVerify || (cc.phrase && !t.vectors)
	}
	if len(must) == 0 {
		return textQuery{}, ErrNoTerms
	}
	for _, c := range q.Not {
		cc, ok := compile(an, c)
		switch {
		case !ok:
		case cc.phrase && !t.vectors:
			v.not = append(v.not, cc)
			needVerify = true
		default:
			not = append(not, clauseQuery(c, t))
		}
	}
	var tq textQuery
	if len(not) > 0 {
		tq.Not = query.NewDisjunctionQuery(not)
	}
	if needVerify {
		tq.Verify = v
	}
	if len(must) == 1 {
		tq.Strict = must[0]
	} else {
		tq.Strict = query.NewConjunctionQuery(must)
		tq.Relaxed = query.NewDisjunctionQuery(must)
	}
	return tq, nil
}

// notQuery is the exclusions of a query that has no required clause
// (quotes without keywords), applied by the index only: an excluded
// phrase excludes texts with all its words.
func notQuery(cs []clause, an analysis.Analyzer, t target) query.Query {
	var not []query.Query
	for _, c := range cs {
		if _, ok := compile(an, c); ok {
			not = append(not, clauseQuery(c, t))
		}
	}
	if len(not) == 0 {
		return nil
	}
	return query.NewDisjunctionQuery(not)
}

// clauseQuery matches one clause in any of the target's fields. A word's
// own tokens are all required ("U.S.-Russia" needs both), and so are a
// phrase's when the fields have no term vectors.
func clauseQuery(c clause, t target) query.Query {
	per := make([]query.Query, 0, len(t.fields))
	for _, f := range t.fields {
		var fq query.Query
		if c.Phrase && t.vectors && !f.Loose {
			mp := query.NewMatchPhraseQuery(c.Text)
			mp.SetField(f.Field)
			mp.Analyzer = f.Analyzer
			if f.Boost != 0 {
				mp.SetBoost(f.Boost)
			}
			fq = mp
		} else {
			m := query.NewMatchQuery(c.Text)
			m.SetField(f.Field)
			m.Analyzer = f.Analyzer
			m.SetOperator(query.MatchQueryOperatorAnd)
			if f.Boost != 0 {
				m.SetBoost(f.Boost)
			}
			fq = m
		}
		per = append(per, fq)
	}
	if len(per) == 1 {
		return per[0]
	}
	return query.NewDisjunctionQuery(per)
}

// withFilter combines a scoring query, exclusions and a non-scoring
// filter; not and filter may be nil. With a filter it is a filteredQuery
// (filtered.go): a BooleanQuery's matches and scores, found faster.
func withFilter(must, not, filter query.Query) query.Query {
	if not == nil && filter == nil && must != nil {
		return must
	}
	if must != nil && filter != nil {
		return &filteredQuery{must: must, not: not, filter: filter}
	}
	b := query.NewBooleanQuery(nil, nil, nil)
	if must != nil {
		b.AddMust(must)
	}
	if not != nil {
		b.AddMustNot(not)
	}
	if filter != nil {
		b.AddFilter(filter)
	}
	return b
}
