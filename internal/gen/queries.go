package gen

import (
	"strings"
	"time"
)

// Query is one search of the benchmark's mix.
type Query struct {
	Kind   string   // "common", "rare", "and", "phrase", "name"
	Terms  []string // the words; for a phrase, its words in order
	Phrase bool     // Terms are one quoted phrase
	Since  string   // YYYY-MM-DD, inclusive; "" when there is no date filter
	Until  string   // YYYY-MM-DD, inclusive
}

// Text is the query as a user types it (Parley's syntax).
func (q Query) Text() string {
	if q.Phrase {
		return `"` + strings.Join(q.Terms, " ") + `"`
	}
	return strings.Join(q.Terms, " ")
}

// Query kinds, in the proportions of the mix: mostly words users would
// type about negotiations, some of them very common in the corpus.
var queryKinds = []string{"common", "common", "rare", "rare", "and", "and", "phrase", "phrase", "name", "common"}

// Queries returns n searches over a corpus of articles [0, articles): one
// word (common or rare), two words, a two-word phrase (a recurring
// collocation or two words that stand together in one of the articles) or
// a person's name; about four in ten with a date filter of one to five
// weeks.
func (g *Generator) Queries(n, articles int) []Query {
	out := make([]Query, n)
	for i := range out {
		r := g.rng(2, uint64(i))
		q := Query{Kind: queryKinds[i%len(queryKinds)]}
		content := func(lo, hi int) string {
			for {
				if w := g.vocab[lo+r.IntN(hi-lo)]; !g.stop[w] && !strings.Contains(w, "'") {
					return w
				}
			}
		}
		switch q.Kind {
		case "common":
			q.Terms = []string{content(20, 400)}
		case "rare":
			q.Terms = []string{content(5000, len(g.vocab))}
		case "and":
			q.Terms = []string{content(20, 1500), content(100, 3000)}
		case "phrase":
			q.Phrase = true
			if r.IntN(2) == 0 {
				q.Terms = strings.Fields(collocations[r.IntN(len(collocations))])
			} else {
				q.Terms = g.bigram(r.IntN(articles), r.Uint64())
			}
		case "name":
			p := g.cast[r.IntN(len(g.cast))]
			if r.IntN(2) == 0 {
				q.Terms = []string{p.Last}
			} else {
				q.Terms = []string{p.First, p.Last}
			}
		}
		if r.IntN(10) < 4 {
			since := g.start.AddDate(0, 0, r.IntN(330))
			q.Since = since.Format(time.DateOnly)
			q.Until = since.AddDate(0, 0, 7*(1+r.IntN(5))-1).Format(time.DateOnly)
		}
		out[i] = q
	}
	return out
}

// bigram returns two adjacent lower-case words of article i that are not
// stop words, chosen by pick.
func (g *Generator) bigram(i int, pick uint64) []string {
	a := g.Article(i)
	var pairs [][2]string
	for _, p := range a.Paragraphs[1:] {
		ws := strings.Fields(p)
		for k := 0; k+1 < len(ws); k++ {
			x, y := ws[k], ws[k+1]
			if plain(x) && plain(y) && !g.stop[x] && !g.stop[y] {
				pairs = append(pairs, [2]string{x, y})
			}
		}
	}
	if len(pairs) == 0 {
		return strings.Fields(collocations[pick%uint64(len(collocations))])
	}
	b := pairs[pick%uint64(len(pairs))]
	return []string{b[0], b[1]}
}

// plain reports a lower-case word with no punctuation.
func plain(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// QuoteQuery is one quotation search: a keyword, a speaker or both.
type QuoteQuery struct {
	Keyword string
	Speaker string
}

// QuoteQueries returns n quotation searches: by keyword, by speaker's
// surname, or both.
func (g *Generator) QuoteQueries(n int) []QuoteQuery {
	out := make([]QuoteQuery, n)
	for i := range out {
		r := g.rng(3, uint64(i))
		var q QuoteQuery
		kw := func() string {
			for {
				if w := g.vocab[20+r.IntN(1500)]; !g.stop[w] && plain(w) {
					return w
				}
			}
		}
		switch i % 3 {
		case 0:
			q.Keyword = kw()
		case 1:
			q.Speaker = g.cast[r.IntN(len(g.cast))].Last
		default:
			q.Keyword, q.Speaker = kw(), g.cast[r.IntN(len(g.cast))].Last
		}
		out[i] = q
	}
	return out
}

// MeetingQueries returns n who-attended questions ("who was at the Doha
// talks?", "Geneva summit").
func (g *Generator) MeetingQueries(n int) []string {
	out := make([]string, n)
	for i := range out {
		r := g.rng(4, uint64(i))
		place, kind := places[r.IntN(len(places))], kinds[r.IntN(len(kinds))]
		if i%2 == 0 {
			out[i] = "who was at the " + place + " " + kind + "?"
		} else {
			out[i] = place + " " + kind
		}
	}
	return out
}
