// Package gen generates a deterministic, news-like corpus for benchmarks:
// articles of 2–6 KB with datelines, outlets, dates over one year, a
// Zipf-distributed English vocabulary, a recurring cast of people with
// titles, attributed quotations and meeting sentences, so that parsing and
// extraction do real work. The same seed gives the same corpus, article
// by article, on any machine; article i does not depend on the others, so
// corpora of 1k, 10k and 100k articles share their first articles.
//
// It is used by the index benchmarks and by the bench program; nothing
// the bot or the CLI runs imports it.
package gen

import (
	_ "embed"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/parley-bot/parley/corpus"
)

//go:embed words.txt
var wordList string

// Corpus shape.
const (
	// Year is the publication year of every article.
	Year = 2025
	// zipfS is the exponent of the vocabulary's Zipf distribution, close
	// to what English news shows.
	zipfS = 1.1
	// vocabSize is the number of distinct words drawn from: the word list,
	// the built-in corpus's words, then invented rare words.
	vocabSize = 60000
)

// Generator makes the articles and queries of one seed. It is safe for
// concurrent use.
type Generator struct {
	seed   uint64
	vocab  []string // by frequency rank
	stop   map[string]bool
	cast   []person
	start  time.Time
	places []string
}

// person is one member of the recurring cast.
type person struct {
	First, Last string
	Title       string // "Foreign Minister"
	Country     string // adjective: "Norwegian"
	Female      bool
}

func (p person) full() string { return p.First + " " + p.Last }

var (
	vocabOnce sync.Once
	vocabBase []string
)

// New returns the generator for seed.
func New(seed uint64) *Generator {
	vocabOnce.Do(func() { vocabBase = buildVocab() })
	g := &Generator{
		seed:   seed,
		vocab:  vocabBase,
		stop:   stopSet(),
		start:  time.Date(Year, 1, 1, 0, 0, 0, 0, time.UTC),
		places: places,
	}
	g.cast = castFor(rand.New(rand.NewPCG(seed, 0xca57)))
	return g
}

// rng is the random source of one article (or query), independent of the
// others.
func (g *Generator) rng(stream, i uint64) *rand.Rand {
	return rand.New(rand.NewPCG(g.seed^stream*0x9e3779b97f4a7c15, i))
}

// buildVocab orders the word list, then the built-in corpus's other words
// by frequency, then invented words up to vocabSize.
func buildVocab() []string {
	seen := map[string]bool{}
	var vocab []string
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	for _, line := range strings.Split(wordList, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			add(w)
		}
	}
	if arts, err := corpus.Builtin(); err == nil {
		freq := map[string]int{}
		for _, a := range arts {
			for _, p := range a.Paragraphs {
				for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) }) {
					if len(w) > 2 && !seen[w] {
						freq[w]++
					}
				}
			}
		}
		words := make([]string, 0, len(freq))
		for w := range freq {
			words = append(words, w)
		}
		slices.SortFunc(words, func(a, b string) int {
			if freq[a] != freq[b] {
				return freq[b] - freq[a]
			}
			return strings.Compare(a, b)
		})
		for _, w := range words {
			add(w)
		}
	}
	// The long tail: rare words made of English prefixes, roots and
	// suffixes ("interportive", "restructment"), as rare terms and names
	// are in real news.
	r := rand.New(rand.NewPCG(1, 2))
	prefix := strings.Fields("re de con pre inter trans sub over under counter dis mis pro anti co ex out up")
	root := strings.Fields(`form port struct duct vers mit press ject tract spect scrib cept mand pend
		vent fer pos cred dict grad loc lum mov nat sens sist spir tain ten vis vid voc val fin flect`)
	suffix := strings.Fields("ion ment ity ive al ance ence ure ism ist ize ory able ant ent er or ous ing ed s ship hood")
	for len(vocab) < vocabSize {
		w := root[r.IntN(len(root))]
		if r.IntN(4) > 0 {
			w = prefix[r.IntN(len(prefix))] + w
		}
		for n := 1 + r.IntN(2); n > 0; n-- {
			w += suffix[r.IntN(len(suffix))]
		}
		add(w)
	}
	return vocab
}

// stopSet is the English stop words a search engine drops; queries are
// built from other words.
func stopSet() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all am an and any are as at be because
		been before being below between both but by can could did do does doing down during each few for
		from further had has have having he her here hers herself him himself his how i if in into is it its
		itself just me more most my myself no nor not now of off on once only or other our ours ourselves
		out over own same she should so some such than that the their theirs them themselves then there
		these they this those through to too under until up very was we were what when where which while
		who whom why will with would you your yours yourself yourselves also said one two new`) {
		m[w] = true
	}
	return m
}

// Stop reports whether w is a stop word (never used alone in queries).
func (g *Generator) Stop(w string) bool { return g.stop[w] }

// Word returns the vocabulary word of a frequency rank (0 is the most
// frequent).
func (g *Generator) Word(rank int) string { return g.vocab[rank] }

// VocabSize is the number of distinct generated words.
func (g *Generator) VocabSize() int { return len(g.vocab) }
