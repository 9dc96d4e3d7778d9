package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// firstRunSets are the released sets whose first-run extraction (the rules
// as they were when the set was still unseen) is kept in
// testdata/roster/firstrun-SET.json: the meetings the extractor of that
// commit found, per article. The commits: holdout 1f595cd, devset2
// 831c644, devset3 cceaff4, devset4 7eb427d, devset5 12ad15e, devset6
// 945e913.
var firstRunSets = []string{"holdout", "devset2", "devset3", "devset4", "devset5", "devset6"}

type firstRunMeeting struct {
	Date       string   `json:"date"`
	Place      string   `json:"place"`
	Attendees  []string `json:"attendees"`
	Absent     []string `json:"absent"`
	Paragraphs []int    `json:"paragraphs"`
}

// runFirstRunSet reads the first-run meetings of a set, lets the roster
// model (with weights w) add people to them as it would to the rules'
// meetings, and scores the result against the labels.
func runFirstRunSet(t *testing.T, set string, w rosterFeatures) rosterSetRun {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "roster", "firstrun-"+set+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var first map[string][]firstRunMeeting
	if err := json.Unmarshal(b, &first); err != nil {
		t.Fatalf("firstrun-%s.json: %v", set, err)
	}
	var arts []string
	for k := range first {
		arts = append(arts, k)
	}
	sort.Strings(arts)
	run := rosterSetRun{s: &score{}, missed: map[string]int{}}
	for _, name := range arts {
		base := filepath.Join("testdata", set, name)
		path := base + ".md"
		if _, err := os.Stat(path); err != nil {
			path = base + ".txt"
		}
		loaded, errs := Load(path)
		if len(errs) > 0 || len(loaded) != 1 {
			t.Fatalf("%s: loaded %d articles, errors %v", path, len(loaded), errs)
		}
		a := loaded[0]
		var ms []Meeting
		for _, fm := range first[name] {
			m := Meeting{Date: fm.Date, Place: fm.Place, Paragraphs: fm.Paragraphs, Absent: []Absence{}}
			for _, n := range fm.Attendees {
				m.Attendees = append(m.Attendees, Person{Name: n})
			}
			for _, n := range fm.Absent {
				m.Absent = append(m.Absent, Absence{Name: n})
			}
			ms = append(ms, m)
		}
		run.addArticle(filepath.Base(path), a, readLabels(t, base+".yaml"), ms, w)
	}
	return run
}

// TestRosterFirstRunLOSO measures the roster model where it is meant to
// work, on text the rules were not tuned on: each released set's
// first-run meetings (testdata/roster), leave-one-set-out (weights fitted
// on the other sets' first runs). Run
//
//	go test ./corpus -run TestRosterFirstRunLOSO -v
func TestRosterFirstRunLOSO(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every released set several times")
	}
	base := map[string]rosterSetRun{}
	for _, set := range firstRunSets {
		base[set] = runFirstRunSet(t, set, rosterFeatures{})
	}
	// the kept first runs give the first-run figures recorded in
	// devset_test.go (labels of the other sets were corrected since; and
	// since session 22 the scorer counts "Mullah X" and "X" as one person,
	// which gives devset6's first run one more right attendee than the
	// 53 recorded)
	for set, want := range map[string][3]int{"devset5": {31, 38, 74}, "devset6": {54, 66, 103}} {
		if s := base[set].s; [3]int{s.attRight, s.attOut, s.attLabel} != want {
			t.Errorf("%s first run: attendees right/out/labelled %d/%d/%d, want %v", set, s.attRight, s.attOut, s.attLabel, want)
		}
	}
	logCandidates(t, "first-run", base, firstRunSets)
	var b strings.Builder
	var before, after score
	fmt.Fprintf(&b, "%-8s %-28s %-28s\n", "held out", "first run P / R", "first run+roster P / R")
	for _, held := range firstRunSets {
		got := runFirstRunSet(t, held, fitRoster(trainingSets(base, firstRunSets, held)))
		s0 := base[held].s
		fmt.Fprintf(&b, "%-8s %s  %s\n", held, attFigures(s0), attFigures(got.s))
		addAtt(&before, s0)
		addAtt(&after, got.s)
	}
	fmt.Fprintf(&b, "%-8s %s F1 %5.3f  %s F1 %5.3f\n", "pooled", attFigures(&before), f1(before.attRight, before.attOut, before.attLabel),
		attFigures(&after), f1(after.attRight, after.attOut, after.attLabel))
	t.Log("leave-one-set-out attendee figures on first runs:\n" + b.String())
	var all []rosterSetRun
	for _, set := range firstRunSets {
		all = append(all, base[set])
	}
	t.Log("weights fitted on all first runs:\n" + weightTable(fitRoster(all)))
}

func attFigures(s *score) string {
	return fmt.Sprintf("%5.3f / %5.3f (%3d/%3d/%3d)", ratio(s.attRight, s.attOut), ratio(s.attRight, s.attLabel), s.attRight, s.attOut, s.attLabel)
}

func weightTable(w rosterFeatures) string {
	var b strings.Builder
	for i := range w {
		fmt.Fprintf(&b, "  %-15s %8.3f\n", rosterFeatureNames[i], w[i])
	}
	return b.String()
}

// featureTable says which features separate: how often each is set among
// the candidates that are attendees and among those that are not.
func featureTable(runs map[string]rosterSetRun, sets []string) string {
	var pos, neg []rosterExample
	for _, set := range sets {
		for _, x := range runs[set].exs {
			if x.pos {
				pos = append(pos, x)
			} else {
				neg = append(neg, x)
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "candidates: %d attendees, %d not\n  %-15s %8s %8s\n", len(pos), len(neg), "feature", "attend", "not")
	for i := 1; i < rfCount; i++ {
		fmt.Fprintf(&b, "  %-15s %8.3f %8.3f\n", rosterFeatureNames[i], meanFeature(pos, i), meanFeature(neg, i))
	}
	return b.String()
}

// addArticle lets the roster model (weights w) add people to the meetings
// ms found in article a, records the candidates with their labels, and
// scores the result against the labels l.
func (run *rosterSetRun) addArticle(name string, a *Article, l labelFile, ms []Meeting, w rosterFeatures) {
	d := newDoc(a, DefaultGazetteer())
	a.Quotes = d.quotations()
	entry := func(n string) *personEntry {
		for _, e := range d.reg.list {
			if sameName(e.name, n) {
				return e
			}
		}
		return nil
	}
	var rms []rosterMeeting
	var idx []int
	for _, m := range ms {
		rm := rosterMeeting{paras: m.Paragraphs}
		for _, p := range m.Attendees {
			if e := entry(p.Name); e != nil {
				rm.att = append(rm.att, e)
			}
		}
		for _, ab := range m.Absent {
			if e := entry(ab.Name); e != nil {
				rm.absent = append(rm.absent, e)
			}
		}
		idx = append(idx, len(rms))
		rms = append(rms, rm)
	}
	cands := d.rosterCandidates(rms)
	exs := labelCandidates(strings.TrimSuffix(name, filepath.Ext(name)), ms, idx, cands, l)
	run.exs = append(run.exs, exs...)
	run.countMisses(ms, l, exs)
	score := w.score
	if testScorer != nil {
		score = testScorer
	}
	for _, i := range rosterPick(cands, score) {
		ms[cands[i].m].Attendees = append(ms[cands[i].m].Attendees, Person{Name: cands[i].e.name})
	}
	a.Meetings = ms
	run.s.scoreArticle(name, a, l)
}

// countMisses sorts the labelled attendees the meetings ms miss by kind:
// their meeting was not found; found, and the person is a candidate of
// the roster model (named, placed nowhere); found, and the person is
// placed at another meeting or as absent; found, and the person is no
// candidate (not named as a person the article ties to a role, a figure
// or a quote).
func (run *rosterSetRun) countMisses(ms []Meeting, l labelFile, exs []rosterExample) {
	paired := pairMeetings(ms, l)
	placed := map[string]bool{}
	for _, m := range ms {
		for _, p := range m.Attendees {
			placed[normName(p.Name)] = true
		}
		for _, a := range m.Absent {
			placed[normName(a.Name)] = true
		}
	}
	cand := map[string]bool{}
	for _, x := range exs {
		if x.pos {
			cand[normName(x.name)] = true
		}
	}
	for li, lm := range l.Meetings {
		got := map[string]bool{}
		for mi, p := range paired {
			if p == li {
				for _, a := range ms[mi].Attendees {
					got[normName(a.Name)] = true
				}
			}
		}
		for _, n := range lm.Attendees {
			k := normName(n)
			switch {
			case got[k]:
			case len(got) == 0:
				run.missed["meeting not found"]++
			case cand[k]:
				run.missed["candidate (named, placed nowhere here)"]++
			case placed[k]:
				run.missed["placed elsewhere or absent"]++
			default:
				run.missed["not a candidate"]++
			}
		}
	}
}
