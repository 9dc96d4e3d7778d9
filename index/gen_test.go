package index

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/parley-bot/parley/corpus"
)

// A deterministic news-like corpus for benchmarks: paragraphs of words
// drawn from a Zipf distribution over a vocabulary whose most frequent
// entries are English function words and negotiation vocabulary, with
// invented words for the long tail; dates spread over 2025; a few
// outlets; quotes and meetings in some articles.

var (
	genFunction = strings.Fields(`the of and to a in that is was for on with as said by at from it his
		their an be has have had were not but after would will its this who which they been more over`)
	genDomain = strings.Fields(`talks ceasefire summit security guarantees minister delegation sanctions
		trade nuclear negotiations envoy president agreement peace border troops meeting leaders
		foreign officials deal round treaty tariffs prisoners exchange humanitarian corridor
		withdrawal monitors mediator proposal framework statement embassy capital parliament
		referendum election coalition opposition ministry spokesperson council resolution vote`)
	genSources = []string{"Northern Wire", "Coastal Times", "Daily Ledger", "Global Dispatch", "Harbor Post", "Capital Review"}
	genPlaces  = []string{"Geneva", "Vienna", "Doha", "Oslo", "Istanbul", "Riyadh", "Helsinki", "Nairobi", "Singapore", "Brussels"}
)

type corpusGen struct {
	r      *rand.Rand
	vocab  []string
	zipf   *rand.Zipf
	people []string
}

func newCorpusGen(seed uint64) *corpusGen {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &corpusGen{r: r}
	g.vocab = append(g.vocab, genFunction...)
	g.vocab = append(g.vocab, genDomain...)
	syll := strings.Fields("ka lo mi ne ru sa ta vi zo be da fe gu hi jo ma no pe ri su te vo wa ye")
	for len(g.vocab) < 30000 {
		n := 1 + r.IntN(4) // about five letters a word, as in news English
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		g.vocab = append(g.vocab, b.String())
	}
	g.zipf = rand.NewZipf(r, 1.07, 2, uint64(len(g.vocab)-1))
	first := strings.Fields("Anna Boris Clara David Elena Farid Greta Hassan Ines Jonas Kira Luis Mona Nils Olga Pavel Rosa Sami Tara Viktor")
	last := strings.Fields("Albers Brandt Costa Dall Eriksen Fischer Garcia Holt Ivanova Jansen Kowalski Lindqvist Moreau Novak Okafor Petrov Quist Ruelle Sato Varga")
	for _, f := range first {
		for _, l := range last {
			g.people = append(g.people, f+" "+l)
		}
	}
	return g
}

func (g *corpusGen) word() string { return g.vocab[g.zipf.Uint64()] }

func (g *corpusGen) sentence() string {
	n := 10 + g.r.IntN(16)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.word()
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	if g.r.IntN(4) == 0 {
		ws[g.r.IntN(n)] = g.people[g.r.IntN(len(g.people))]
	}
	return strings.Join(ws, " ") + "."
}

func (g *corpusGen) paragraph() string {
	n := 1 + g.r.IntN(3)
	ss := make([]string, n)
	for i := range ss {
		ss[i] = g.sentence()
	}
	return strings.Join(ss, " ")
}

// article i of the corpus.
func (g *corpusGen) article(i int) *corpus.Article {
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	a := &corpus.Article{
		ID:        fmt.Sprintf("gen-%06d", i),
		Title:     g.sentence(),
		Source:    genSources[g.r.IntN(len(genSources))],
		URL:       fmt.Sprintf("https://news.example/%d", i),
		Published: start.Add(time.Duration(g.r.Int64N(int64(365 * 24 * time.Hour)))).Truncate(time.Second),
		Authors:   []string{g.people[g.r.IntN(len(g.people))]},
		Place:     strings.ToUpper(genPlaces[g.r.IntN(len(genPlaces))]),
	}
	for n := 6 + g.r.IntN(12); n > 0; n-- {
		a.Paragraphs = append(a.Paragraphs, g.paragraph())
	}
	for n := g.r.IntN(4); n > 0; n-- {
		p := g.r.IntN(len(a.Paragraphs))
		a.Quotes = append(a.Quotes, corpus.Quote{Text: g.sentence(), Speaker: g.people[g.r.IntN(len(g.people))], Role: "minister", Paragraph: p})
	}
	if g.r.IntN(3) == 0 {
		place := genPlaces[g.r.IntN(len(genPlaces))]
		m := corpus.Meeting{Summary: place + " " + []string{"talks", "summit", "meeting"}[g.r.IntN(3)],
			Date: a.Published.Format(time.DateOnly), Place: place, Absent: []corpus.Absence{}, Paragraphs: []int{0}}
		for n := 2 + g.r.IntN(4); n > 0; n-- {
			m.Attendees = append(m.Attendees, corpus.Person{Name: g.people[g.r.IntN(len(g.people))]})
		}
		a.Meetings = append(a.Meetings, m)
	}
	return a
}

// genCorpus returns n articles and their raw text size in bytes (titles
// and paragraphs).
func genCorpus(n int) ([]*corpus.Article, int64) {
	g := newCorpusGen(42)
	arts := make([]*corpus.Article, n)
	var raw int64
	for i := range arts {
		arts[i] = g.article(i)
		raw += int64(len(arts[i].Title))
		for _, p := range arts[i].Paragraphs {
			raw += int64(len(p))
		}
	}
	return arts, raw
}
