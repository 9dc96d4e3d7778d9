package answer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/parley-bot/parley/corpus"
)

// labelledSets are the extraction scorer's labelled article sets (see
// corpus/testdata/devset/README.md), answered here end to end.
var labelledSets = []string{"devset", "devset2", "holdout", "devset3", "devset4", "devset5", "devset6", "devset7"}

// unseenSets are kept unseen (see corpus/devset_test.go): their misses
// are not printed.
var unseenSets = map[string]bool{"devset6": true, "devset7": true}

// setLabels is the part of a label file this test reads.
type setLabels struct {
	Meetings []struct {
		Summary   string   `yaml:"summary"`
		Attendees []string `yaml:"attendees"`
	} `yaml:"meetings"`
}

// TestWhoOnLabelledSets asks who attended each labelled article's main
// meeting (the one with most attendees), described by its label's
// summary, of an index holding every labelled article of every set — so
// the answer must find that meeting among a hundred others and merge
// only the reports that are of it — and scores the attendees answered
// against the label. It fails when a set's precision or recall drops
// below what it reaches. Run with -v for the table and every miss:
//
//	go test ./answer -run TestWhoOnLabelledSets -v
func TestWhoOnLabelledSets(t *testing.T) {
	type labelled struct {
		set, file, summary string
		attendees          []string
	}
	var arts []*corpus.Article
	var cases []labelled
	for _, set := range labelledSets {
		files, err := filepath.Glob(filepath.Join("..", "corpus", "testdata", set, "*.yaml"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no labels in %s", set)
		}
		for _, lf := range files {
			base := strings.TrimSuffix(lf, ".yaml")
			path := base + ".md"
			if _, err := os.Stat(path); err != nil {
				path = base + ".txt"
			}
			loaded, errs := corpus.Load(path)
			if len(errs) > 0 || len(loaded) != 1 {
				t.Fatalf("%s: loaded %d articles, errors %v", path, len(loaded), errs)
			}
			corpus.Extract(loaded[0])
			arts = append(arts, loaded[0])
			b, err := os.ReadFile(lf)
			if err != nil {
				t.Fatal(err)
			}
			var l setLabels
			if err := yaml.Unmarshal(b, &l); err != nil {
				t.Fatalf("%s: %v", lf, err)
			}
			main := -1
			for i, m := range l.Meetings {
				if len(m.Attendees) >= 2 && (main < 0 || len(m.Attendees) > len(l.Meetings[main].Attendees)) {
					main = i
				}
			}
			if main >= 0 {
				cases = append(cases, labelled{set, filepath.Base(lf), l.Meetings[main].Summary, l.Meetings[main].Attendees})
			}
		}
	}
	svc := newService(t, arts...)

	type tally struct{ meetings, answered, right, out, want int }
	per := map[string]*tally{}
	var misses []string
	for _, c := range cases {
		ans, err := svc.Who(context.Background(), WhoParams{Meeting: c.summary})
		if err != nil {
			t.Fatalf("%s: who %q: %v", c.file, c.summary, err)
		}
		tl := per[c.set]
		if tl == nil {
			tl = &tally{}
			per[c.set] = tl
		}
		tl.meetings++
		if len(ans.Attendees) > 0 {
			tl.answered++
		}
		want := map[string]bool{}
		for _, n := range c.attendees {
			want[nameKey(n)] = true
		}
		got := map[string]bool{}
		for _, a := range ans.Attendees {
			k := nameKey(a.Name)
			got[k] = true
			if want[k] {
				tl.right++
			} else if !unseenSets[c.set] {
				misses = append(misses, fmt.Sprintf("%s: %q: extra %s (answered %q)", c.file, c.summary, a.Name, ans.Meeting))
			}
		}
		for _, n := range c.attendees {
			if !got[nameKey(n)] && !unseenSets[c.set] {
				misses = append(misses, fmt.Sprintf("%s: %q: missing %s (answered %q)", c.file, c.summary, n, ans.Meeting))
			}
		}
		tl.out += len(ans.Attendees)
		tl.want += len(c.attendees)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %8s %8s %10s %8s\n", "set", "meetings", "answered", "precision", "recall")
	for _, set := range labelledSets {
		tl := per[set]
		p, r := ratio(tl.right, tl.out), ratio(tl.right, tl.want)
		fmt.Fprintf(&b, "%-8s %8d %8d %10.3f %8.3f\n", set, tl.meetings, tl.answered, p, r)
		if min := whoSetMin[set]; p < min[0] || r < min[1] {
			t.Errorf("%s: who attendee precision %.3f, recall %.3f; below %.2f, %.2f", set, p, r, min[0], min[1])
		}
	}
	t.Logf("who on each labelled article's main meeting:\n%s", b.String())
	if testing.Verbose() {
		for _, m := range misses {
			t.Log("  " + m)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// whoSetMin are each set's precision and recall thresholds, just under
// what the answers reach.
var whoSetMin = map[string][2]float64{
	"devset": {0.95, 0.92}, "devset2": {0.93, 0.99}, "holdout": {0.88, 0.90},
	"devset3": {0.95, 0.95}, "devset4": {0.90, 0.71}, "devset5": {0.89, 0.68},
	"devset6": {0.80, 0.72}, // unseen; first run 0.810 / 0.723
	"devset7": {0.70, 0.64}, // unseen; first run 0.705 / 0.646
}
