package index

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/parley-bot/parley/corpus"
)

// maxSpeakerBytes caps the speaker filter.
const maxSpeakerBytes = 128

// fuzzyMinRunes is the shortest name word a fuzzy speaker retry accepts
// ("Zelensky" finds "Zelenskyy"; "Merz" does not find "Mary").
const fuzzyMinRunes = 5

var quoteFields = []fieldBoost{{Field: fText, Analyzer: analyzerText}}

// Quotes returns quotations matching keywords and speaker, in the article
// date range of req.Filter. With keywords, the best matches come first
// (newest first on ties), relaxed to any keyword as in Search; without
// keywords, every quotation matches, newest first. The speaker matches
// names containing all its words, case- and accent-insensitively
// ("merz" finds "Friedrich Merz"); when that finds nothing, it is retried
// allowing one typo per long word.
func (ix *Index) Quotes(ctx context.Context, req QuoteRequest) (QuoteResult, error) {
	done, err := ix.reader()
	if err != nil {
		return QuoteResult{}, fmt.Errorf("index quotes: %w", err)
	}
	defer done()

	uq := parseQuery(req.Keywords)
	var tq textQuery
	if len(uq.Must) > 0 {
		if tq, err = buildText(uq, ix.analyzer(analyzerText), quoteFields); err != nil {
			return QuoteResult{}, fmt.Errorf("index quotes: keywords %q: %w", req.Keywords, err)
		}
	} else {
		tq.Not = notQuery(uq.Not, ix.analyzer(analyzerText), quoteFields)
	}
	speaker := strings.TrimSpace(sanitize(req.Speaker, maxSpeakerBytes))
	speakerWords := ix.analyzer(analyzerName).Analyze([]byte(speaker))
	if speaker != "" && len(speakerWords) == 0 {
		return QuoteResult{}, fmt.Errorf("index quotes: speaker %q: %w", req.Speaker, ErrNoTerms)
	}
	fuzzyOK := len(speakerWords) > 0
	for _, t := range speakerWords {
		if utf8.RuneCount(t.Term) < fuzzyMinRunes {
			fuzzyOK = false
		}
	}

	filter := filterQuery(typeQuote, req.Filter)
	limit, offset := page(req.Limit, req.Offset)
	run := func(kw query.Query, fuzzy bool) (*bleve.SearchResult, error) {
		var must []query.Query
		if kw != nil {
			must = append(must, kw)
		}
		if speaker != "" {
			m := query.NewMatchQuery(speaker)
			m.SetField("speaker_name")
			m.Analyzer = analyzerName
			m.SetOperator(query.MatchQueryOperatorAnd)
			if fuzzy {
				m.SetFuzziness(1)
			}
			must = append(must, m)
		}
		if len(must) == 0 {
			must = append(must, typeQuery(typeQuote))
		}
		sr := bleve.NewSearchRequestOptions(withFilter(query.NewConjunctionQuery(must), tq.Not, filter), limit, offset, false)
		sr.Fields = []string{fText, "speaker", "role", fArticle, fPara}
		if kw != nil {
			sr.IncludeLocations = true
			sr.SortBy([]string{"-_score", "-" + fPublished, "qn"})
		} else {
			sr.SortBy([]string{"-" + fPublished, "qn"})
		}
		return ix.search(ctx, sr)
	}
	var res *bleve.SearchResult
	relaxed := false
	attempts := []struct {
		kw      query.Query
		fuzzy   bool
		relaxed bool
	}{{tq.Strict, false, false}, {tq.Relaxed, false, true}, {tq.Strict, true, false}, {tq.Relaxed, true, true}}
	for i, a := range attempts {
		if i > 0 && (a.relaxed && a.kw == nil || a.fuzzy && !fuzzyOK) {
			continue
		}
		if res, err = run(a.kw, a.fuzzy); err != nil {
			return QuoteResult{}, fmt.Errorf("index quotes: %w", err)
		}
		relaxed = a.relaxed
		if res.Total > 0 {
			break
		}
	}
	return ix.quoteHits(ctx, res, relaxed, tq.Strict != nil)
}

func (ix *Index) quoteHits(ctx context.Context, res *bleve.SearchResult, relaxed, keywords bool) (QuoteResult, error) {
	out := QuoteResult{Total: int(res.Total), Relaxed: relaxed && res.Total > 0, Hits: make([]QuoteHit, 0, len(res.Hits))}
	var artIDs, passIDs []string
	for _, h := range res.Hits {
		art := fieldString(h, fArticle)
		artIDs = append(artIDs, art)
		passIDs = append(passIDs, passageID(art, fieldInt(h, fPara)))
	}
	refs, err := ix.refs(ctx, artIDs)
	if err != nil {
		return QuoteResult{}, fmt.Errorf("index quotes: %w", err)
	}
	texts, err := ix.storedTexts(ctx, passIDs)
	if err != nil {
		return QuoteResult{}, fmt.Errorf("index quotes: %w", err)
	}
	for i, h := range res.Hits {
		text := fieldString(h, fText)
		var spans []Span
		if keywords {
			spans = spansFrom(h, fText, text)
		}
		out.Hits = append(out.Hits, QuoteHit{
			Quote: corpus.Quote{
				Text:      text,
				Speaker:   fieldString(h, "speaker"),
				Role:      fieldString(h, "role"),
				Paragraph: fieldInt(h, fPara),
			},
			Article:   refs[artIDs[i]],
			Passage:   texts[passIDs[i]],
			Highlight: Highlight(text, spans),
			Matches:   spans,
			Score:     h.Score,
		})
	}
	return out, nil
}

// storedTexts returns the stored text of the documents ids (passages),
// by id; missing ids are absent.
func (ix *Index) storedTexts(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fText}
	res, err := ix.search(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("load passages: %w", err)
	}
	for _, h := range res.Hits {
		out[h.ID] = fieldString(h, fText)
	}
	return out, nil
}
