package index

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/parley-bot/parley/corpus"
)

// meetingTarget: a word of the description may match the summary, the
// place, a participant's name or the meeting's context (its article's
// title and paragraphs); a summary match counts most.
// The short fields keep term vectors, so phrases are bleve's; the context
// keeps none (it is most of a meeting's text), so a phrase matches it when
// it has all the phrase's words.
var meetingTarget = target{vectors: true, fields: []fieldBoost{
	{Field: "summary", Analyzer: analyzerText, Boost: 3},
	{Field: "place", Analyzer: analyzerText, Boost: 2},
	{Field: "attendees", Analyzer: analyzerText, Boost: 1},
	{Field: "absent", Analyzer: analyzerText, Boost: 0.5},
	{Field: "context", Analyzer: analyzerText, Boost: 0.2, Loose: true},
}}

// Meetings returns meetings matching a description ("Alaska summit",
// "talks in Geneva", "Merz Zelenskyy"), best first, newest first on
// ties. Every word must match one of summary, place or names; when no
// meeting has them all, any word will do. With req.Date, only meetings on
// that date count, and meetings of unknown date reported by an article
// published that day or the next. With a date and nothing searchable in
// the query, the day's meetings are returned, newest article first.
func (ix *Index) Meetings(ctx context.Context, req MeetingRequest) ([]MeetingHit, error) {
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	done, err := ix.reader()
	if err != nil {
		return nil, fmt.Errorf("index meetings: %w", err)
	}
	defer done()

	// Without a date, no filter: the fields matched are meetings' alone.
	var filter query.Query
	if req.Date != "" {
		if filter, err = meetingDateFilter(req.Date, req.DateEnd); err != nil {
			return nil, fmt.Errorf("index meetings: %w", err)
		}
	} else if req.Month != "" {
		if filter, err = meetingMonthFilter(req.Month); err != nil {
			return nil, fmt.Errorf("index meetings: %w", err)
		}
	}
	uq := parseQuery(req.Query)
	tq, err := buildText(uq, ix.analyzer(analyzerText), meetingTarget)
	if err != nil {
		if req.Date == "" {
			return nil, fmt.Errorf("index meetings %.80q: %w", req.Query, err)
		}
		// nothing searchable, but a date: the day's meetings
		tq = textQuery{Not: notQuery(uq.Not, ix.analyzer(analyzerText), meetingTarget)}
	}
	limit, _ := page(req.Limit, 0)
	run := func(q query.Query) (*bleve.SearchResult, error) {
		newReq := func(size, from int) *bleve.SearchRequest {
			sq := q
			if sq == nil {
				sq = typeQuery(typeMeeting)
			}
			sr := bleve.NewSearchRequestOptions(withFilter(sq, tq.Not, filter), size, from, false)
			sr.Fields = []string{"json", "lead"}
			return sr
		}
		if q != nil {
			return ix.ranked(ctx, newReq)(limit, 0)
		}
		return ix.newest(ctx, newReq)(limit, 0)
	}
	var res *bleve.SearchResult
	relaxed := req.AnyWord && tq.Relaxed != nil
	if relaxed {
		res, err = run(tq.Relaxed)
	} else if res, err = run(tq.Strict); err == nil && res.Total == 0 && tq.Relaxed != nil {
		res, err = run(tq.Relaxed)
		relaxed = true
	}
	strict := -1 // with WidenRecalled, how many hits have every word
	if err == nil && !relaxed && req.WidenRecalled && req.Accept != nil && tq.Relaxed != nil && !anyLead(res.Hits) {
		// Every meeting with all the words is one its article recalls:
		// they may all be in its paragraphs and not in those of the
		// meeting the article is about. Its articles' other meetings with
		// any word join them, after them.
		var more *bleve.SearchResult
		if more, err = run(tq.Relaxed); err == nil {
			strict = len(res.Hits)
			res.Hits = joinHits(res.Hits, sameArticles(res.Hits, more.Hits))
		}
	}
	if err == nil && relaxed && !req.AnyWord && req.Order != nil {
		// The page of meetings with any word is ranked by the fields each
		// word matched: a meeting named for a common word ("Oval Office
		// meeting" for "Trump hosts Carney in the Oval Office for a
		// working lunch") fills it before one whose paragraphs carry most
		// of the words. Those with most words join the page, for Order to
		// rank.
		var more *bleve.SearchResult
		if most := mostWords(tq.Relaxed); most != nil {
			if more, err = run(most); err == nil {
				res.Hits = joinHits(res.Hits, more.Hits)
			}
		}
	}
	if err == nil && relaxed && req.Loose != "" {
		// the meetings that have a word of Loose join the page
		if lq, lerr := buildText(parseQuery(req.Loose), ix.analyzer(analyzerText), meetingTarget); lerr == nil {
			q := lq.Relaxed
			if q == nil {
				q = lq.Strict
			}
			var more *bleve.SearchResult
			if more, err = run(q); err == nil {
				res.Hits = joinHits(res.Hits, more.Hits)
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("index meetings %.80q: %w", req.Query, err)
	}

	hits := make([]MeetingHit, 0, len(res.Hits))
	ids := make([]string, 0, len(res.Hits))
	nStrict := 0 // of hits, those with every word (with WidenRecalled)
	for i, h := range res.Hits {
		var m corpus.Meeting
		if err := json.Unmarshal([]byte(fieldString(h, "json")), &m); err != nil {
			return nil, fmt.Errorf("index meetings: decode %s: %w", h.ID, err)
		}
		if req.Date == "" && req.MonthDay != "" && m.Date != "" && !strings.HasSuffix(m.Date, "-"+req.MonthDay) {
			continue // held on another day than the one asked about
		}
		if req.Date == "" && req.Month == "" && req.MonthOfYear != "" && len(m.Date) >= 7 && m.Date[5:7] != req.MonthOfYear {
			continue // held in another month than the one asked about
		}
		art, _, _, _ := splitSubID(h.ID)
		ids = append(ids, art)
		hits = append(hits, MeetingHit{Meeting: m, Score: h.Score, Lead: fieldInt(h, "lead") == 1})
		if i < strict {
			nStrict++
		}
	}
	// A hit that did not match every word is judged by Accept on what the
	// article says about it (its title and paragraphs), so those are read
	// first, as they are for Prefer; otherwise Keep drops hits before
	// their documents are read.
	judge := req.Accept != nil && (relaxed || tq.Strict == nil)
	early := !judge && strict < 0 && req.Prefer == nil
	if early {
		hits, ids = keepHits(req, hits, ids)
	}
	if err := ix.readEvidence(ctx, hits, ids, req.Prefer != nil); err != nil {
		return nil, fmt.Errorf("index meetings: %w", err)
	}
	if judge {
		hits, ids = judgeHits(req, hits, ids)
	} else if strict >= 0 {
		// the hits with every word first, in the search's order, then
		// those Accept accepts of the others, for Prefer to weigh
		more, moreIDs := judgeHits(req, hits[nStrict:], ids[nStrict:])
		hits = append(hits[:nStrict:nStrict], more...)
		ids = append(ids[:nStrict:nStrict], moreIDs...)
	}
	if req.Prefer != nil {
		preferHit(req.Prefer, hits, ids)
	}
	if !early {
		hits, _ = keepHits(req, hits, ids)
	}
	return hits, nil
}

// mostWords is a query for the documents that match two thirds of the
// clauses of any, an any-clause query of three clauses or more; nil
// otherwise.
func mostWords(any query.Query) query.Query {
	d, ok := any.(*query.DisjunctionQuery)
	if !ok || len(d.Disjuncts) < 3 {
		return nil
	}
	most := query.NewDisjunctionQuery(d.Disjuncts)
	most.SetMin(float64((2*len(d.Disjuncts) + 2) / 3))
	return most
}

// anyLead tells whether one of hits is the meeting its article leads
// with.
func anyLead(hits search.DocumentMatchCollection) bool {
	for _, h := range hits {
		if fieldInt(h, "lead") == 1 {
			return true
		}
	}
	return false
}

// sameArticles are the hits of more whose article has a hit in hits.
func sameArticles(hits, more search.DocumentMatchCollection) search.DocumentMatchCollection {
	arts := make(map[string]bool, len(hits))
	for _, h := range hits {
		art, _, _, _ := splitSubID(h.ID)
		arts[art] = true
	}
	var out search.DocumentMatchCollection
	for _, h := range more {
		if art, _, _, _ := splitSubID(h.ID); arts[art] {
			out = append(out, h)
		}
	}
	return out
}

// joinHits appends the hits of more not in hits.
func joinHits(hits, more search.DocumentMatchCollection) search.DocumentMatchCollection {
	seen := make(map[string]bool, len(hits))
	for _, h := range hits {
		seen[h.ID] = true
	}
	for _, h := range more {
		if !seen[h.ID] {
			seen[h.ID] = true
			hits = append(hits, h)
		}
	}
	return hits
}

// judgeHits keeps the hits req.Accept accepts, ranked by req.Order.
func judgeHits(req MeetingRequest, hits []MeetingHit, ids []string) ([]MeetingHit, []string) {
	n := 0
	for i := range hits {
		if req.Accept(hits[i]) {
			hits[n], ids[n] = hits[i], ids[i]
			n++
		}
	}
	hits, ids = hits[:n], ids[:n]
	if req.Order == nil {
		return hits, ids
	}
	if req.Weigh != nil {
		req.Weigh(hits)
	}
	ranks := make([]int, len(hits))
	for i := range hits {
		ranks[i] = req.Order(hits[i])
	}
	idx := make([]int, len(hits))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return ranks[b] - ranks[a] })
	sh, si := make([]MeetingHit, len(hits)), make([]string, len(hits))
	for i, j := range idx {
		sh[i], si[i] = hits[j], ids[j]
	}
	return sh, si
}

// preferHit moves the first hit prefer prefers to the best to the front,
// the others keeping their order.
func preferHit(prefer func(best, h MeetingHit) bool, hits []MeetingHit, ids []string) {
	for i := 1; i < len(hits); i++ {
		if prefer(hits[0], hits[i]) {
			h, id := hits[i], ids[i]
			copy(hits[1:i+1], hits[:i])
			copy(ids[1:i+1], ids[:i])
			hits[0], ids[0] = h, id
			return
		}
	}
}

// keepHits keeps the first hit and those req.Keep accepts with it, and
// tells req.Dropped the others.
func keepHits(req MeetingRequest, hits []MeetingHit, ids []string) ([]MeetingHit, []string) {
	if req.Keep == nil || len(hits) < 2 {
		return hits, ids
	}
	n := 1
	for i := 1; i < len(hits); i++ {
		if req.Keep(hits[0].Meeting, hits[i].Meeting) {
			hits[n], ids[n] = hits[i], ids[i]
			n++
		} else if req.Dropped != nil {
			req.Dropped(hits[i])
		}
	}
	return hits[:n], ids[:n]
}

// readEvidence fills each hit's article reference and the text of its
// meeting's paragraphs (ids[i] is hits[i]'s article), and with body its
// article's paragraphs.
func (ix *Index) readEvidence(ctx context.Context, hits []MeetingHit, ids []string, body bool) error {
	var paras []string
	for i := range hits {
		for _, p := range hits[i].Meeting.Paragraphs {
			paras = append(paras, passageID(ids[i], p))
		}
		if body {
			paras = append(paras, passageID(ids[i], maxBodyParagraphs-1))
		}
	}
	docs, err := ix.show(ctx, ids, paras)
	if err != nil {
		return err
	}
	for i := range hits {
		hits[i].Article = docs.ref(ids[i])
		hits[i].Evidence = make(map[int]string, len(hits[i].Meeting.Paragraphs))
		for _, p := range hits[i].Meeting.Paragraphs {
			if text := docs.paragraph(ids[i], p); text != "" {
				hits[i].Evidence[p] = text
			}
		}
		if body {
			for p := 0; p < maxBodyParagraphs; p++ {
				text, ok := docs.texts[passageID(ids[i], p)]
				if !ok {
					break
				}
				hits[i].Body = append(hits[i].Body, text)
			}
		}
	}
	return nil
}

// maxBodyParagraphs caps the paragraphs of an article a hit's Body holds.
const maxBodyParagraphs = 400

// meetingDateFilter selects meetings dated day (to end, when set), or
// undated and reported in an article published that day (to end) or the
// next (UTC).
func meetingDateFilter(day, end string) (query.Query, error) {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return nil, fmt.Errorf("date %.40q: want YYYY-MM-DD", day)
	}
	e := d
	if end != "" {
		if e, err = time.Parse(time.DateOnly, end); err != nil {
			return nil, fmt.Errorf("date end %.40q: want YYYY-MM-DD", end)
		}
		if e.Before(d) || e.Sub(d) > 7*24*time.Hour {
			return nil, fmt.Errorf("date end %s: want a day from %s to a week after", end, day)
		}
	}
	var days []query.Query
	for t := d; !t.After(e); t = t.AddDate(0, 0, 1) {
		onDay := query.NewTermQuery(t.Format(time.DateOnly))
		onDay.SetField("date")
		days = append(days, onDay)
	}
	undated := query.NewBoolFieldQuery(false)
	undated.SetField("date_known")
	reported := pubRangeQuery(d, e.AddDate(0, 0, 2))
	days = append(days, query.NewConjunctionQuery([]query.Query{undated, reported}))
	return query.NewConjunctionQuery([]query.Query{typeQuery(typeMeeting), query.NewDisjunctionQuery(days)}), nil
}

// meetingMonthFilter selects meetings dated in month (YYYY-MM), or undated
// and reported in an article published in it.
func meetingMonthFilter(month string) (query.Query, error) {
	m, err := time.Parse("2006-01", month)
	if err != nil {
		return nil, fmt.Errorf("month %.40q: want YYYY-MM", month)
	}
	inMonth := query.NewPrefixQuery(month + "-")
	inMonth.SetField("date")
	undated := query.NewBoolFieldQuery(false)
	undated.SetField("date_known")
	reported := pubRangeQuery(m, m.AddDate(0, 1, 0))
	return query.NewConjunctionQuery([]query.Query{
		typeQuery(typeMeeting),
		query.NewDisjunctionQuery([]query.Query{inMonth, query.NewConjunctionQuery([]query.Query{undated, reported})}),
	}), nil
}
