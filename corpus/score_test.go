package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/goccy/go-yaml"
)

// labelFile is the expected extraction for one test article.
type labelFile struct {
	Published string       `yaml:"published"`
	Quotes    []labelQuote `yaml:"quotes"`
	Meetings  []struct {
		Summary   string   `yaml:"summary"`
		Date      string   `yaml:"date"`
		Place     string   `yaml:"place"`
		Attendees []string `yaml:"attendees"`
		Absent    []struct {
			Name string `yaml:"name"`
			Note string `yaml:"note"`
		} `yaml:"absent"`
	} `yaml:"meetings"`
}

type labelQuote struct {
	Text    string `yaml:"text"`
	Speaker string `yaml:"speaker"`
	Role    string `yaml:"role"`
}

// score accumulates the figures of a scored set of articles.
type score struct {
	quoteLabels, quoteFound       int // recall
	quoteOut, quoteRight          int // precision
	speakerRight                  int // among found quotes
	attLabel, attOut, attRight    int // attendees, over matched meetings
	absLabel, absOut, absRight    int
	meetLabel, meetFound, meetOut int
	misses                        []string
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s *score) figures() map[string]float64 {
	return map[string]float64{
		"quote recall":       ratio(s.quoteFound, s.quoteLabels),
		"quote precision":    ratio(s.quoteRight, s.quoteOut),
		"speaker accuracy":   ratio(s.speakerRight, s.quoteFound),
		"attendee precision": ratio(s.attRight, s.attOut),
		"attendee recall":    ratio(s.attRight, s.attLabel),
		"absent precision":   ratio(s.absRight, s.absOut),
		"absent recall":      ratio(s.absRight, s.absLabel),
		"meeting recall":     ratio(s.meetFound, s.meetLabel),
	}
}

var figureOrder = []string{"quote recall", "quote precision", "speaker accuracy", "attendee precision", "attendee recall", "absent precision", "absent recall", "meeting recall"}

func (s *score) table() string {
	var b strings.Builder
	f := s.figures()
	counts := map[string]string{
		"quote recall":       fmt.Sprintf("%d/%d", s.quoteFound, s.quoteLabels),
		"quote precision":    fmt.Sprintf("%d/%d", s.quoteRight, s.quoteOut),
		"speaker accuracy":   fmt.Sprintf("%d/%d", s.speakerRight, s.quoteFound),
		"attendee precision": fmt.Sprintf("%d/%d", s.attRight, s.attOut),
		"attendee recall":    fmt.Sprintf("%d/%d", s.attRight, s.attLabel),
		"absent precision":   fmt.Sprintf("%d/%d", s.absRight, s.absOut),
		"absent recall":      fmt.Sprintf("%d/%d", s.absRight, s.absLabel),
		"meeting recall":     fmt.Sprintf("%d/%d", s.meetFound, s.meetLabel),
	}
	for _, k := range figureOrder {
		fmt.Fprintf(&b, "  %-20s %5.3f  (%s)\n", k, f[k], counts[k])
	}
	return b.String()
}

// quoteWords normalises quoted text to lower-case words.
func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, "’", ""), "'", "")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// coverage is the share of a's words (as a multiset) found in b.
func coverage(a, b []string) float64 {
	if len(a) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range b {
		count[w]++
	}
	n := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// quotesMatch: at least 0.8 of either text's words are in the other, and
// the texts are not wildly different in size.
func quotesMatch(label, got string) (bool, float64) {
	l, g := quoteWords(label), quoteWords(got)
	cl, cg := coverage(l, g), coverage(g, l)
	best := cl
	if cg > best {
		best = cg
	}
	small, big := len(l), len(g)
	if small > big {
		small, big = big, small
	}
	return best >= 0.8 && (small*4 >= big || small >= 4), best
}

// sameName compares person or speaker names: equal after normalisation,
// or the same person in the gazetteer.
func sameName(a, b string) bool {
	ka, kb := nameKey(strings.TrimPrefix(strings.TrimPrefix(a, "the "), "The ")), nameKey(strings.TrimPrefix(strings.TrimPrefix(b, "the "), "The "))
	if ka == kb {
		return true
	}
	if ka == "" || kb == "" {
		return false
	}
	g := DefaultGazetteer()
	fa, oka := g.Lookup(a)
	fb, okb := g.Lookup(b)
	return oka && okb && fa == fb
}

// scoreArticle compares the extraction of a with its labels.
func (s *score) scoreArticle(name string, a *Article, l labelFile) {
	miss := func(format string, args ...any) {
		s.misses = append(s.misses, name+": "+fmt.Sprintf(format, args...))
	}
	s.quoteLabels += len(l.Quotes)
	for _, lq := range l.Quotes {
		var best *Quote
		bestScore := 0.0
		for i := range a.Quotes {
			if ok, sc := quotesMatch(lq.Text, a.Quotes[i].Text); ok && sc > bestScore {
				best, bestScore = &a.Quotes[i], sc
			}
		}
		if best == nil {
			miss("quote not found: %q (%s)", lq.Text, lq.Speaker)
			continue
		}
		s.quoteFound++
		if sameName(lq.Speaker, best.Speaker) {
			s.speakerRight++
		} else {
			miss("wrong speaker %q, want %q for %q", best.Speaker, lq.Speaker, lq.Text)
		}
	}
	s.quoteOut += len(a.Quotes)
	for _, q := range a.Quotes {
		ok := false
		for _, lq := range l.Quotes {
			if m, _ := quotesMatch(lq.Text, q.Text); m {
				ok = true
			}
		}
		if ok {
			s.quoteRight++
		} else {
			miss("extra quote %q (%s)", q.Text, q.Speaker)
		}
	}

	s.meetLabel += len(l.Meetings)
	used := map[int]bool{}
	for _, lm := range l.Meetings {
		bi, bestN := -1, 0
		for i, m := range a.Meetings {
			if used[i] {
				continue
			}
			n := 0
			for _, want := range lm.Attendees {
				for _, p := range m.Attendees {
					if sameName(want, p.Name) {
						n++
					}
				}
			}
			if lm.Date != "" && m.Date == lm.Date {
				n += 2
			}
			if n > bestN && n >= 2 {
				bi, bestN = i, n
			}
		}
		s.attLabel += len(lm.Attendees)
		s.absLabel += len(lm.Absent)
		if bi < 0 {
			miss("meeting not found: %s %s %v", lm.Summary, lm.Date, lm.Attendees)
			continue
		}
		used[bi] = true
		s.meetFound++
		m := a.Meetings[bi]
		if lm.Date != m.Date {
			miss("meeting %s: date %q, want %q", lm.Summary, m.Date, lm.Date)
		}
		s.attOut += len(m.Attendees)
		for _, p := range m.Attendees {
			ok := false
			for _, want := range lm.Attendees {
				if sameName(want, p.Name) {
					ok = true
				}
			}
			if ok {
				s.attRight++
			} else {
				miss("meeting %s: extra attendee %s", lm.Summary, p.Name)
			}
		}
		for _, want := range lm.Attendees {
			ok := false
			for _, p := range m.Attendees {
				if sameName(want, p.Name) {
					ok = true
				}
			}
			if !ok {
				miss("meeting %s: missing attendee %s", lm.Summary, want)
			}
		}
		s.absOut += len(m.Absent)
		for _, ab := range m.Absent {
			ok := false
			for _, want := range lm.Absent {
				if sameName(want.Name, ab.Name) {
					ok = true
				}
			}
			if ok {
				s.absRight++
			} else {
				miss("meeting %s: extra absent %s (%s)", lm.Summary, ab.Name, ab.Note)
			}
		}
		for _, want := range lm.Absent {
			ok := false
			for _, ab := range m.Absent {
				if sameName(want.Name, ab.Name) {
					ok = true
				}
			}
			if !ok {
				miss("meeting %s: missing absent %s (%s)", lm.Summary, want.Name, want.Note)
			}
		}
	}
	for i, m := range a.Meetings {
		if !used[i] {
			s.meetOut++
			miss("unlabelled meeting %q %s %v", m.Summary, m.Date, names(m.Attendees))
		}
	}
}

// loadPlain reads a test article written as paragraphs separated by blank
// lines.
func loadPlain(path string, published time.Time) (*Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a := &Article{Published: published}
	for _, p := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			a.Paragraphs = append(a.Paragraphs, strings.Join(strings.Fields(p), " "))
		}
	}
	return a, nil
}

func readLabels(t *testing.T, path string) labelFile {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var l labelFile
	if err := yaml.Unmarshal(b, &l); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return l
}

// checkFigures fails the test when a figure is below its threshold and
// prints the table and the misses with -v.
func checkFigures(t *testing.T, set string, s *score, min map[string]float64) {
	t.Helper()
	t.Logf("%s:\n%s", set, s.table())
	if testing.Verbose() {
		sort.Strings(s.misses)
		for _, m := range s.misses {
			t.Log("  " + m)
		}
	}
	f := s.figures()
	for _, k := range figureOrder {
		if f[k] < min[k] {
			t.Errorf("%s: %s = %.3f, below %.3f", set, k, f[k], min[k])
		}
	}
}

// TestExtractFixtures scores the extractor on the articles written for its
// own development in testdata/extract.
func TestExtractFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/extract/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	s := &score{}
	for _, f := range files {
		l := readLabels(t, strings.TrimSuffix(f, ".txt")+".yaml")
		pub, err := time.Parse(time.RFC3339, l.Published)
		if err != nil {
			t.Fatalf("%s: published: %v", f, err)
		}
		a, err := loadPlain(f, pub)
		if err != nil {
			t.Fatal(err)
		}
		Extract(a)
		s.scoreArticle(filepath.Base(f), a, l)
	}
	checkFigures(t, "testdata/extract", s, map[string]float64{
		"quote recall": 0.95, "quote precision": 0.95, "speaker accuracy": 0.95,
		"attendee precision": 0.95, "attendee recall": 0.92, "absent precision": 0.95, "absent recall": 0.95,
		"meeting recall": 0.95,
	})
}
