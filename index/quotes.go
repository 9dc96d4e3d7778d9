package index

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/parley-bot/parley/corpus"
)

// maxSpeakerBytes caps the speaker filter.
const maxSpeakerBytes = 128

// fuzzyMinRunes is the shortest name word a fuzzy speaker retry accepts
// ("Zelensky" finds "Zelenskyy"; "Merz" does not find "Mary").
const fuzzyMinRunes = 5

// quoteFields are the stored fields of a quote hit.
var quoteFields = []string{fQuote, "speaker", "role", fPara}

var quoteTarget = target{fields: []fieldBoost{{Field: fQuote, Analyzer: analyzerText}}}

// Quotes returns quotations matching keywords and speaker, in the article
// date range of req.Filter. With keywords, the best matches come first
// (newest first on ties), relaxed to any keyword as in Search; without
// keywords, every quotation matches, newest first. The speaker matches
// names containing all its words, case- and accent-insensitively
// ("merz" finds "Friedrich Merz"); when that finds nothing, it is retried
// allowing one typo per long word, then, for a speaker of two words or
// more, against the speaker's role as the article gives it ("Japanese
// prime minister", "senior European diplomats").
func (ix *Index) Quotes(ctx context.Context, req QuoteRequest) (QuoteResult, error) {
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	done, err := ix.reader()
	if err != nil {
		return QuoteResult{}, fmt.Errorf("index quotes: %w", err)
	}
	defer done()

	uq := parseQuery(req.Keywords)
	var tq textQuery
	if len(uq.Must) > 0 {
		if tq, err = buildText(uq, ix.analyzer(analyzerText), quoteTarget); err != nil {
			return QuoteResult{}, fmt.Errorf("index quotes: keywords %.80q: %w", req.Keywords, err)
		}
	} else {
		tq.Not = notQuery(uq.Not, ix.analyzer(analyzerText), quoteTarget)
	}
	speaker := strings.TrimSpace(sanitize(req.Speaker, maxSpeakerBytes))
	speakerWords := ix.analyzer(analyzerName).Analyze([]byte(speaker))
	if speaker != "" && len(speakerWords) == 0 {
		return QuoteResult{}, fmt.Errorf("index quotes: speaker %.80q: %w", req.Speaker, ErrNoTerms)
	}
	fuzzyOK := len(speakerWords) > 0
	for _, t := range speakerWords {
		if utf8.RuneCount(t.Term) < fuzzyMinRunes {
			fuzzyOK = false
		}
	}
	// A speaker of two words or more that names nobody may be a role as
	// articles give it ("Japanese prime minister", "European diplomats").
	roleOK := len(speakerWords) > 1

	filter := ix.withDates(filterQuery(typeQuote, req.Filter))
	limit, offset := page(req.Limit, req.Offset)
	// requests builds the quote search; with fields false, hits come
	// without their stored fields (the phrase check loads them batch by
	// batch).
	requests := func(kw query.Query, by speakerMatch, fields bool) func(size, from int) *bleve.SearchRequest {
		var must []query.Query
		if kw != nil {
			must = append(must, kw)
		}
		if by == byRole {
			m := query.NewMatchQuery(speaker)
			m.SetField(fRoleText)
			m.Analyzer = analyzerText
			m.SetOperator(query.MatchQueryOperatorAnd)
			must = append(must, m)
		} else if speaker != "" {
			var names []query.Query
			for i, name := range append([]string{speaker}, req.SpeakerAliases...) {
				if name = strings.TrimSpace(sanitize(name, maxSpeakerBytes)); name == "" || i > 8 {
					continue
				}
				m := query.NewMatchQuery(name)
				m.SetField("speaker_name")
				m.Analyzer = analyzerName
				m.SetOperator(query.MatchQueryOperatorAnd)
				if by == byFuzzyName {
					m.SetFuzziness(1)
				}
				names = append(names, m)
			}
			if len(names) == 1 {
				must = append(must, names[0])
			} else {
				must = append(must, query.NewDisjunctionQuery(names))
			}
		}
		if len(must) == 0 {
			must = append(must, typeQuery(typeQuote))
		}
		q := withFilter(query.NewConjunctionQuery(must), tq.Not, filter)
		newReq := func(size, from int) *bleve.SearchRequest {
			sr := bleve.NewSearchRequestOptions(q, size, from, false)
			if fields {
				sr.Fields = quoteFields
			}
			return sr
		}
		return newReq
	}
	// pages runs the quote search: best first with keywords, newest first
	// without.
	pages := func(kw query.Query, by speakerMatch) pager {
		newReq := requests(kw, by, true)
		if kw != nil {
			return ix.ranked(ctx, newReq)
		}
		return ix.newest(ctx, newReq)
	}
	run := func(kw query.Query, by speakerMatch, relaxed bool) (verified, error) {
		if tq.Verify == nil || kw == nil {
			res, err := pages(kw, by)(limit, offset)
			if err != nil {
				return verified{}, err
			}
			return verified{hits: res.Hits, total: int(res.Total)}, nil
		}
		check := func(ctx context.Context, hits []*search.DocumentMatch) ([]bool, error) {
			if err := ix.loadFields(ctx, hits, quoteFields); err != nil {
				return nil, err
			}
			oks := make([]bool, len(hits))
			for i, h := range hits {
				oks[i] = tq.Verify.ok(fieldString(h, fQuote), relaxed)
			}
			return oks, nil
		}
		return ix.verifiedSearch(ctx, requests(kw, by, false), check, offset, limit)
	}
	var res verified
	relaxed := false
	attempts := []struct {
		kw      query.Query
		by      speakerMatch
		relaxed bool
	}{{tq.Strict, byName, false}, {tq.Relaxed, byName, true}, {tq.Strict, byFuzzyName, false}, {tq.Relaxed, byFuzzyName, true},
		{tq.Strict, byRole, false}, {tq.Relaxed, byRole, true}}
	for i, a := range attempts {
		if i > 0 && (a.relaxed && a.kw == nil || a.by == byFuzzyName && !fuzzyOK || a.by == byRole && !roleOK) {
			continue
		}
		if res, err = run(a.kw, a.by, a.relaxed); err != nil {
			return QuoteResult{}, fmt.Errorf("index quotes: %w", err)
		}
		relaxed = a.relaxed
		if res.total > 0 {
			break
		}
	}
	var m *matcher
	if tq.Strict != nil {
		m = newMatcher(ix.analyzer(analyzerText), uq.Must)
	}
	if res.total == 0 && tq.Strict != nil && speaker != "" {
		// "What did Meloni say about Ukraine": her words may not name
		// it ("for as long as it takes") while the paragraph that quotes
		// them does.
		return ix.quotesInPassages(ctx, pages, fuzzyOK, roleOK, m, limit, offset)
	}
	return ix.quoteHits(ctx, res, relaxed, m)
}

// passageQuotesMax caps how many of a speaker's quotations (newest first)
// the passage fallback reads.
const passageQuotesMax = 200

// quotesInPassages returns the speaker's quotations whose paragraph has
// every keyword, newest first, when none has them in its own words: the
// speaker's quotations are looked up as without keywords (by name, then
// with a typo, then by role), and their paragraphs checked with m.
func (ix *Index) quotesInPassages(ctx context.Context, pages func(query.Query, speakerMatch) pager, fuzzyOK, roleOK bool, m *matcher, limit, offset int) (QuoteResult, error) {
	var res *bleve.SearchResult
	var err error
	for _, by := range []speakerMatch{byName, byFuzzyName, byRole} {
		if by == byFuzzyName && !fuzzyOK || by == byRole && !roleOK {
			continue
		}
		if res, err = pages(nil, by)(passageQuotesMax, 0); err != nil {
			return QuoteResult{}, fmt.Errorf("index quotes: %w", err)
		}
		if len(res.Hits) > 0 {
			break
		}
	}
	all, err := ix.quoteHits(ctx, verified{hits: res.Hits, total: len(res.Hits)}, false, nil)
	if err != nil {
		return QuoteResult{}, err
	}
	out := QuoteResult{Hits: []QuoteHit{}}
	for _, h := range all.Hits {
		if !m.all(h.Passage) {
			continue
		}
		if out.Total >= offset && len(out.Hits) < limit {
			out.Hits = append(out.Hits, h)
		}
		out.Total++
	}
	out.InPassage = out.Total > 0
	return out, nil
}

// speakerMatch is how a quote search matches the speaker filter.
type speakerMatch int

const (
	byName      speakerMatch = iota // the speaker's name has every word
	byFuzzyName                     // ... allowing one typo per long word
	byRole                          // the speaker's role has every word
)

// quoteHits turns a page of quote documents into hits; m marks the
// keywords (nil without keywords).
func (ix *Index) quoteHits(ctx context.Context, res verified, relaxed bool, m *matcher) (QuoteResult, error) {
	out := QuoteResult{Total: res.total, Approx: res.approx, Relaxed: relaxed && res.total > 0, Hits: make([]QuoteHit, 0, len(res.hits))}
	ids := make([]string, 0, len(res.hits))
	for _, h := range res.hits {
		art, _, _, _ := splitSubID(h.ID)
		ids = append(ids, art)
	}
	paras := make([]string, 0, len(res.hits))
	for i, h := range res.hits {
		paras = append(paras, passageID(ids[i], fieldInt(h, fPara)))
	}
	docs, err := ix.show(ctx, ids, paras)
	if err != nil {
		return QuoteResult{}, fmt.Errorf("index quotes: %w", err)
	}
	for i, h := range res.hits {
		text := fieldString(h, fQuote)
		spans := m.spans(text)
		para := fieldInt(h, fPara)
		out.Hits = append(out.Hits, QuoteHit{
			Quote: corpus.Quote{
				Text:      text,
				Speaker:   fieldString(h, "speaker"),
				Role:      fieldString(h, "role"),
				Paragraph: para,
			},
			Article:   docs.ref(ids[i]),
			Passage:   docs.paragraph(ids[i], para),
			Highlight: Highlight(text, spans),
			Matches:   spans,
			Score:     h.Score,
		})
	}
	return out, nil
}
