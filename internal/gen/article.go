package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/parley-bot/parley/corpus"
)

// Article returns article i (from 0): metadata and paragraphs as a loader
// reads them from its Markdown file, the first paragraph starting with a
// dateline ("GENEVA (Northern Wire) — "). Quotes, People and Meetings
// hold what the generator wrote (every quotation with its speaker, the
// people it named, the article's meeting), for benchmarks that index
// without running extraction; Markdown leaves them out.
func (g *Generator) Article(i int) *corpus.Article {
	r := g.rng(1, uint64(i))
	w := &writer{g: g, r: r, zipf: rand.NewZipf(r, zipfS, 1, uint64(len(g.vocab)-1)), named: map[int]bool{}}
	out := outlets[r.IntN(len(outlets))]
	pub := g.start.Add(time.Duration(r.Int64N(int64(365 * 24 * time.Hour)))).Truncate(time.Minute)
	w.place = places[r.IntN(len(places))]
	w.kind = kinds[r.IntN(len(kinds))]
	met := pub.Add(-time.Duration(r.IntN(2)) * 24 * time.Hour)
	w.day = weekdays[met.Weekday()]
	// The principals: a Zipf over the cast, so some people are in the
	// news every day and others rarely.
	pz := rand.NewZipf(r, 1.2, 4, uint64(len(g.cast)-1))
	for n := 2 + r.IntN(3); len(w.principals) < n; {
		if k := int(pz.Uint64()); !slices.Contains(w.principals, k) {
			w.principals = append(w.principals, k)
		}
	}
	a := &corpus.Article{
		Title:     w.title(),
		Source:    out.Name,
		Published: pub,
		Authors:   w.authors(),
	}
	a.URL = fmt.Sprintf("https://%s/%s/%s-%d", out.Domain, pub.Format("2006/01/02"), slug(a.Title), i)
	target := 2000 + r.IntN(4000)
	size := 0
	lead := strings.ToUpper(w.place) + " (" + out.Name + ") — " + w.meetingSentence()
	a.Paragraphs = append(a.Paragraphs, lead)
	size += len(lead)
	for size < target {
		w.para = len(a.Paragraphs)
		p := w.paragraph()
		a.Paragraphs = append(a.Paragraphs, p)
		size += len(p) + 2
	}
	a.Quotes = w.quotes
	for k := range w.named {
		p := g.cast[k]
		a.People = append(a.People, corpus.Person{Name: p.full(), Role: p.Title})
	}
	slices.SortFunc(a.People, func(x, y corpus.Person) int { return strings.Compare(x.Name, y.Name) })
	m := &w.meeting
	m.Summary, m.Place, m.Date = w.place+" "+w.kind, w.place, met.Format(time.DateOnly)
	if m.Absent == nil {
		m.Absent = []corpus.Absence{}
	}
	a.Meetings = []corpus.Meeting{*m}
	return a
}

// writer composes one article's sentences.
type writer struct {
	g          *Generator
	r          *rand.Rand
	zipf       *rand.Zipf
	place      string
	kind       string
	day        string
	principals []int        // cast indexes
	named      map[int]bool // mentioned once already: the surname will do
	// what was written, for Article's annotations
	para    int
	quotes  []corpus.Quote
	meeting corpus.Meeting
	present map[int]bool
}

func (w *writer) quoted(k int, text string) {
	p := w.g.cast[k]
	w.quotes = append(w.quotes, corpus.Quote{Text: text, Speaker: p.full(), Role: p.Title, Paragraph: w.para})
}

// attended records people at the article's meeting, and the paragraph
// that says so.
func (w *writer) attended(ks ...int) {
	if w.present == nil {
		w.present = map[int]bool{}
	}
	for _, k := range ks {
		if !w.present[k] && !slices.ContainsFunc(w.meeting.Absent, func(a corpus.Absence) bool { return a.Name == w.g.cast[k].full() }) {
			w.present[k] = true
			p := w.g.cast[k]
			w.meeting.Attendees = append(w.meeting.Attendees, corpus.Person{Name: p.full(), Role: p.Title})
		}
	}
	if n := len(w.meeting.Paragraphs); n == 0 || w.meeting.Paragraphs[n-1] != w.para {
		w.meeting.Paragraphs = append(w.meeting.Paragraphs, w.para)
	}
}

func (w *writer) pick(list []string) string { return list[w.r.IntN(len(list))] }

func (w *writer) word() string { return w.g.vocab[w.zipf.Uint64()] }

// words returns n to m words of running text: Zipf words with the odd
// collocation, place or principal's surname.
func (w *writer) words(n, m int) []string {
	k := n + w.r.IntN(m-n+1)
	out := make([]string, 0, k+2)
	for len(out) < k {
		switch x := w.r.IntN(40); {
		case x == 0:
			out = append(out, strings.Fields(w.pick(collocations))...)
		case x == 1:
			out = append(out, w.place)
		case x == 2:
			out = append(out, w.g.cast[w.principal()].Last)
		default:
			out = append(out, w.word())
		}
	}
	return out
}

func (w *writer) principal() int { return w.principals[w.r.IntN(len(w.principals))] }

// clause is running text with a capital first letter and no full stop.
func (w *writer) clause(n, m int) string {
	ws := w.words(n, m)
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ")
}

// name is how the article names a person: in full with the title the
// first time, by surname after.
func (w *writer) name(k int) string {
	p := w.g.cast[k]
	if w.named[k] {
		return p.Last
	}
	w.named[k] = true
	if isRole(p.Title) {
		return p.full() + ", the " + p.Country + " " + p.Title + ","
	}
	return p.Title + " " + p.full()
}

// bare is a name without a trailing appositive comma, for list positions.
func (w *writer) bare(k int) string { return strings.TrimSuffix(w.name(k), ",") }

func (w *writer) pronoun(k int) string {
	if w.g.cast[k].Female {
		return "she"
	}
	return "he"
}

func (w *writer) paragraph() string {
	n := 1 + w.r.IntN(3)
	ss := make([]string, 0, n)
	for range n {
		switch x := w.r.IntN(20); {
		case x < 4:
			ss = append(ss, w.quoteSentence())
		case x < 5:
			ss = append(ss, w.meetingSentence())
		case x < 8:
			ss = append(ss, w.reportedSentence())
		default:
			ss = append(ss, w.clause(12, 30)+".")
		}
	}
	return strings.Join(ss, " ")
}

func (w *writer) reportedSentence() string {
	k := w.principal()
	switch w.r.IntN(3) {
	case 0:
		return w.name(k) + " said " + strings.Join(w.words(8, 20), " ") + "."
	case 1:
		return "According to " + w.bare(k) + ", " + strings.Join(w.words(8, 18), " ") + "."
	default:
		return w.clause(6, 14) + ", " + w.bare(k) + " told reporters in " + w.place + "."
	}
}

func (w *writer) quoteSentence() string {
	k := w.principal()
	q := w.clause(6, 22)
	w.quoted(k, q)
	switch w.r.IntN(6) {
	case 0:
		return "“" + q + ",” said " + w.bare(k) + "."
	case 1:
		if !w.named[k] {
			return "“" + q + ",” said " + w.bare(k) + "."
		}
		return "“" + q + ",” " + w.g.cast[k].Last + " said."
	case 2:
		w.quotes[len(w.quotes)-1].Text += "."
		return w.name(k) + " said: “" + q + ".”"
	case 3:
		return "“" + q + ",” " + w.bare(k) + " told reporters after the " + w.kind + "."
	case 4:
		w.quotes[len(w.quotes)-1].Text += "."
		return w.name(k) + " said the " + w.kind + " had been “" + strings.Join(w.words(2, 5), " ") +
			"” and added: “" + q + ".”"
	default:
		more := w.clause(5, 12)
		w.quotes[len(w.quotes)-1].Text += ". " + more
		if !w.named[k] {
			return "“" + q + ". " + more + ",” said " + w.bare(k) + "."
		}
		return "“" + q + ". " + more + ",” " + w.pronoun(k) + " said."
	}
}

func (w *writer) meetingSentence() string {
	a, b := w.principals[0], w.principals[1]
	x := w.r.IntN(6)
	if w.meeting.Attendees == nil {
		x = w.r.IntN(5) // the first mention says who met
	}
	switch x {
	case 2:
		w.attended(w.principals...)
	case 5:
	default:
		w.attended(a, b)
	}
	switch x {
	case 0:
		return w.name(a) + " met " + w.bare(b) + " in " + w.place + " on " + w.day + "."
	case 1:
		return w.name(a) + " hosted " + w.bare(b) + " for " + w.kind + " at the " + w.pick(venues) +
			" in " + w.place + " on " + w.day + "."
	case 2:
		names := make([]string, 0, len(w.principals))
		for _, k := range w.principals {
			names = append(names, w.bare(k))
		}
		return "The " + w.place + " " + w.kind + " on " + w.day + " were attended by " + list(names) + "."
	case 3:
		return w.name(a) + " and " + w.name(b) + " held " + w.kind + " in " + w.place +
			", their first since " + time.Month(1+w.r.IntN(12)).String() + "."
	case 4:
		return "Delegations led by " + w.bare(a) + " and " + w.bare(b) + " met in " + w.place + " on " +
			w.day + " for a new " + w.kind + "."
	default:
		k := w.principals[len(w.principals)-1]
		if !w.present[k] && !slices.ContainsFunc(w.meeting.Absent, func(a corpus.Absence) bool { return a.Name == w.g.cast[k].full() }) {
			w.meeting.Absent = append(w.meeting.Absent, corpus.Absence{Name: w.g.cast[k].full(), Note: "by video link"})
		}
		return w.name(k) + " joined the " + w.kind + " by video link from " + w.pick(places) + "."
	}
}

func (w *writer) title() string {
	switch w.r.IntN(3) {
	case 0:
		return w.place + " " + w.kind + ": " + w.clause(5, 9)
	case 1:
		return w.g.cast[w.principals[0]].Last + " and " + w.g.cast[w.principals[1]].Last + " meet in " + w.place
	default:
		return w.clause(6, 11)
	}
}

func (w *writer) authors() []string {
	out := []string{strings.ReplaceAll(w.pick(reporters), "_", " ")}
	if w.r.IntN(3) == 0 {
		if b := strings.ReplaceAll(w.pick(reporters), "_", " "); b != out[0] {
			out = append(out, b)
		}
	}
	return out
}

func list(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func slug(title string) string {
	ws := strings.Fields(strings.ToLower(title))
	if len(ws) > 6 {
		ws = ws[:6]
	}
	return strings.Trim(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.Join(ws, "-")), "-")
}
