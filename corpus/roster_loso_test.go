package corpus

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// rosterSets are the released labelled sets the roster model is fitted and
// measured on. devset7 and later are unseen sets: never here.
var rosterSets = []string{"devset", "holdout", "devset2", "devset3", "devset4", "devset5", "devset6"}

// rosterExample is one candidate with its label: the person is an attendee
// of the labelled meeting the candidate's meeting pairs with.
type rosterExample struct {
	f    rosterFeatures
	pos  bool
	name string // the person
	who  string // article: person @ meeting, for reports
}

// rosterSetRun is one set extracted with given weights: its score and the
// candidates the model saw.
type rosterSetRun struct {
	s      *score
	exs    []rosterExample
	missed map[string]int // labelled attendees not credited, by kind
}

// runRosterSet extracts every article of a set with the rules, lets the
// roster model (weights w) add people to the meetings found, and scores
// the result, recording the candidates.
func runRosterSet(t *testing.T, set string, w rosterFeatures) rosterSetRun {
	t.Helper()
	run := rosterSetRun{s: &score{}, missed: map[string]int{}}
	for _, x := range extractedSet(t, set) {
		a := *x.a // the model adds to a copy of the rules' meetings
		ms := make([]Meeting, len(x.ms))
		for i, m := range x.ms {
			m.Attendees = append([]Person(nil), m.Attendees...)
			ms[i] = m
		}
		run.addArticle(x.name, &a, x.l, ms, w)
	}
	return run
}

var extractedSets = map[string][]extracted{}

// extractedSet loads and extracts every labelled article of a set, once
// per test binary.
func extractedSet(t *testing.T, set string) []extracted {
	t.Helper()
	if xs, ok := extractedSets[set]; ok {
		return xs
	}
	xs := extractLabelledWith(t, filepath.Join("testdata", set), t.Fatalf, extractRules)
	if xs == nil {
		t.Fatalf("no labelled articles in testdata/%s", set)
	}
	extractedSets[set] = xs
	return xs
}

// labelCandidates labels each candidate: an attendee of the labelled
// meeting its meeting pairs with (as the scorer pairs them) whom no
// meeting paired there already credits. ms are the meetings output,
// idx[i] the output meeting of the candidates' meeting i.
func labelCandidates(name string, ms []Meeting, idx []int, cands []rosterCand, l labelFile) []rosterExample {
	paired := pairMeetings(ms, l)
	credited := map[int]map[string]bool{}
	for mi, lm := range paired {
		if lm < 0 {
			continue
		}
		if credited[lm] == nil {
			credited[lm] = map[string]bool{}
		}
		for _, p := range ms[mi].Attendees {
			credited[lm][normName(p.Name)] = true
		}
	}
	var out []rosterExample
	for _, k := range cands {
		pos := false
		if lm := paired[idx[k.m]]; lm >= 0 && !credited[lm][normName(k.e.name)] {
			for _, n := range l.Meetings[lm].Attendees {
				if sameName(n, k.e.name) {
					pos = true
				}
			}
		}
		out = append(out, rosterExample{f: k.f, pos: pos, name: k.e.name, who: fmt.Sprintf("%s: %s @ %v", name, k.e.name, names(ms[idx[k.m]].Attendees))})
	}
	return out
}

// fitRoster fits logistic-regression weights on the examples (batch
// gradient descent, L2), then moves the bias so the threshold is the one
// that maximises the pooled attendee F1 of the training sets.
func fitRoster(train []rosterSetRun) rosterFeatures {
	var xs []rosterExample
	for _, r := range train {
		xs = append(xs, r.exs...)
	}
	var w rosterFeatures
	if len(xs) == 0 {
		return w
	}
	const rate, l2, epochs = 0.5, 0.01, 3000
	for it := 0; it < epochs; it++ {
		var g rosterFeatures
		for _, x := range xs {
			p := 1 / (1 + math.Exp(-w.score(&x.f)))
			y := 0.0
			if x.pos {
				y = 1
			}
			for i := range g {
				g[i] += (p - y) * x.f[i]
			}
		}
		for i := range w {
			reg := l2 * w[i]
			if i == rfBias {
				reg = 0
			}
			w[i] -= rate * (g[i]/float64(len(xs)) + reg)
		}
	}
	cut := rosterCut(train, xs, w.score)
	if math.IsInf(cut, 1) {
		return rosterFeatures{} // adding no one is best
	}
	w[rfBias] -= cut
	return w
}

// rosterCut is the score cut that maximises the training sets' F-beta
// when the candidates xs scoring above it are added (+Inf: adding no one
// is best).
func rosterCut(train []rosterSetRun, xs []rosterExample, score func(*rosterFeatures) float64) float64 {
	right, out, label := 0, 0, 0
	for _, r := range train {
		right, out, label = right+r.s.attRight, out+r.s.attOut, label+r.s.attLabel
	}
	type sc struct {
		v   float64
		pos bool
	}
	var scs []sc
	for _, x := range xs {
		scs = append(scs, sc{score(&x.f), x.pos})
	}
	sort.Slice(scs, func(i, j int) bool { return scs[i].v > scs[j].v })
	bestF, cut := fbeta(right, out, label, rosterBeta), math.Inf(1)
	for i, s := range scs {
		out++
		if s.pos {
			right++
		}
		if i+1 < len(scs) && scs[i+1].v == s.v {
			continue
		}
		if f := fbeta(right, out, label, rosterBeta); f > bestF+1e-9 {
			next := s.v - 1
			if i+1 < len(scs) {
				next = scs[i+1].v
			}
			bestF, cut = f, (s.v+next)/2
		}
	}
	return cut
}

// trainingSets are the runs of sets but held: the training data when held
// is left out.
func trainingSets(runs map[string]rosterSetRun, sets []string, held string) []rosterSetRun {
	var out []rosterSetRun
	for _, s := range sets {
		if s != held {
			out = append(out, runs[s])
		}
	}
	return out
}

// rosterBeta weighs recall against precision when the threshold is
// chosen (F-beta; below 1 favours precision).
var rosterBeta = envFloat("ROSTER_BETA", 1)

func envFloat(k string, def float64) float64 {
	var v float64
	if _, err := fmt.Sscan(os.Getenv(k), &v); err != nil {
		return def
	}
	return v
}

func fbeta(right, out, label int, beta float64) float64 {
	p, r := ratio(right, out), ratio(right, label)
	if p+r == 0 {
		return 0
	}
	return (1 + beta*beta) * p * r / (beta*beta*p + r)
}

func f1(right, out, label int) float64 {
	p, r := ratio(right, out), ratio(right, label)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestRosterLOSO measures the roster model leave-one-set-out on the
// current rules: for each released set, weights fitted on the other six
// are applied to it, and its attendee precision and recall are compared
// with the rules alone. A third column applies instead the weights fitted
// on the other sets' first runs (TestRosterFirstRunLOSO), the ones meant
// for unseen text. Run
//
//	go test ./corpus -run TestRosterLOSO -v
//
// for the feature table, the per-set and pooled figures and the weights
// fitted on all sets.
func TestRosterLOSO(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every released set several times")
	}
	base := map[string]rosterSetRun{}
	for _, set := range rosterSets {
		base[set] = runRosterSet(t, set, rosterFeatures{})
	}
	for _, set := range rosterSets {
		// with no one added, the figures are the plain scorer's
		s, plain := base[set].s, scoreSetWith(t, filepath.Join("testdata", set), extractRules)
		if s.attRight != plain.attRight || s.attOut != plain.attOut || s.attLabel != plain.attLabel {
			t.Errorf("%s: roster harness scores attendees %d/%d/%d, the scorer %d/%d/%d", set, s.attRight, s.attOut, s.attLabel, plain.attRight, plain.attOut, plain.attLabel)
		}
	}
	first := map[string]rosterSetRun{}
	for _, set := range firstRunSets {
		first[set] = runFirstRunSet(t, set, rosterFeatures{})
	}
	logCandidates(t, "current rules'", base, rosterSets)
	var b strings.Builder
	var before, after, afterFirst score
	fmt.Fprintf(&b, "%-8s %-28s %-28s %-28s\n", "held out", "rules P / R", "rules+roster P / R", "rules+first-run roster P / R")
	for _, held := range rosterSets {
		got := runRosterSet(t, held, fitRoster(trainingSets(base, rosterSets, held)))
		gotFirst := runRosterSet(t, held, fitRoster(trainingSets(first, firstRunSets, held)))
		fmt.Fprintf(&b, "%-8s %s  %s  %s\n", held, attFigures(base[held].s), attFigures(got.s), attFigures(gotFirst.s))
		addAtt(&before, base[held].s)
		addAtt(&after, got.s)
		addAtt(&afterFirst, gotFirst.s)
	}
	fmt.Fprintf(&b, "%-8s %s  %s  %s\n%-8s %-28.3f %-28.3f %-28.3f\n", "pooled", attFigures(&before), attFigures(&after), attFigures(&afterFirst),
		"F1", f1(before.attRight, before.attOut, before.attLabel), f1(after.attRight, after.attOut, after.attLabel), f1(afterFirst.attRight, afterFirst.attOut, afterFirst.attLabel))
	t.Log("leave-one-set-out attendee figures:\n" + b.String())
	var all []rosterSetRun
	for _, set := range rosterSets {
		all = append(all, base[set])
	}
	t.Log("weights fitted on all released sets:\n" + weightTable(fitRoster(all)))
}

func meanFeature(xs []rosterExample, i int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x.f[i]
	}
	return s / float64(len(xs))
}

func addAtt(dst, s *score) {
	dst.attRight += s.attRight
	dst.attOut += s.attOut
	dst.attLabel += s.attLabel
}

// logCandidates logs the candidates' feature table and the attendees
// missed by kind over sets (of runs labelled what), and with -v every
// candidate that is a labelled attendee.
func logCandidates(t *testing.T, what string, runs map[string]rosterSetRun, sets []string) {
	t.Helper()
	t.Logf("%s candidates:\n%s", what, featureTable(runs, sets))
	missed := map[string]int{}
	for _, set := range sets {
		for k, n := range runs[set].missed {
			missed[k] += n
		}
	}
	t.Logf("%s attendees missed, by kind: %v", what, missed)
	if testing.Verbose() {
		for _, set := range sets {
			for _, x := range runs[set].exs {
				if x.pos {
					t.Logf("  attendee candidate %s %v", x.who, x.f)
				}
			}
		}
	}
}
