package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRosterUnseen measures the roster model on the unseen sets
// devset26-31 (ROSTER_UNSEEN_SETS to change them), pooled counts only:
// fitted on the released sets' current-rule runs, leave-one-set-out among
// the unseen sets, on both, on the released sets' first runs, and on first
// runs plus released; and leave-one-set-out over the released sets and
// over their first runs.
//
//	ROSTER_UNSEEN=1 go test ./corpus -run TestRosterUnseen -v
func TestRosterUnseen(t *testing.T) {
	if os.Getenv("ROSTER_UNSEEN") == "" {
		t.Skip("set ROSTER_UNSEEN")
	}
	released := append([]string{"devset"}, allFirstRunSets()...)
	unseen := strings.Fields(os.Getenv("ROSTER_UNSEEN_SETS"))
	if len(unseen) == 0 {
		unseen = []string{"devset26", "devset27", "devset28", "devset29", "devset30", "devset31"}
	}
	base := map[string]rosterSetRun{}
	for _, s := range append(append([]string{}, released...), unseen...) {
		base[s] = runRosterSet(t, s, rosterFeatures{})
	}
	var rel []rosterSetRun
	for _, s := range released {
		rel = append(rel, base[s])
	}
	// released LOSO
	var rb, ra score
	for _, held := range released {
		got := runRosterSet(t, held, fitRoster(trainingSets(base, released, held)))
		addAtt(&rb, base[held].s)
		addAtt(&ra, got.s)
	}
	t.Logf("released LOSO: rules %s  +roster %s", attFigures(&rb), attFigures(&ra))
	wRel := fitRoster(rel)
	var ub, uA, uB, uC score
	missed := map[string]int{}
	for _, held := range unseen {
		trU := trainingSets(base, unseen, held)
		trRU := append(append([]rosterSetRun{}, rel...), trU...)
		a := runRosterSet(t, held, wRel)
		b := runRosterSet(t, held, fitRoster(trU))
		c := runRosterSet(t, held, fitRoster(trRU))
		addAtt(&ub, base[held].s)
		addAtt(&uA, a.s)
		addAtt(&uB, b.s)
		addAtt(&uC, c.s)
		for k, n := range base[held].missed {
			missed[k] += n
		}
	}
	t.Logf("unseen pooled: rules %s | fit released %s | LOSO unseen %s | released+LOSO unseen %s", attFigures(&ub), attFigures(&uA), attFigures(&uB), attFigures(&uC))
	// first runs of the released sets: the rules' output on text they were
	// not yet written from
	first := map[string]rosterSetRun{}
	var firsts []rosterSetRun
	for _, s := range allFirstRunSets() {
		first[s] = runFirstRunSet(t, s, rosterFeatures{})
		firsts = append(firsts, first[s])
	}
	wFirst := fitRoster(firsts)
	wBoth := fitRoster(append(append([]rosterSetRun{}, firsts...), rel...))
	var uD, uE score
	for _, held := range unseen {
		addAtt(&uD, runRosterSet(t, held, wFirst).s)
		addAtt(&uE, runRosterSet(t, held, wBoth).s)
	}
	// first runs leave-one-set-out
	var fb, fa score
	for _, held := range allFirstRunSets() {
		addAtt(&fb, first[held].s)
		addAtt(&fa, runFirstRunSet(t, held, fitRoster(trainingSets(first, allFirstRunSets(), held))).s)
	}
	t.Logf("first runs LOSO: %s -> %s", attFigures(&fb), attFigures(&fa))
	t.Logf("unseen: fit first runs %s | fit first runs + released %s", attFigures(&uD), attFigures(&uE))
	t.Log("weights fitted on first runs:\n" + weightTable(wFirst))
	t.Logf("unseen missed by kind: %v", missed)
	cands, pos := 0, 0
	for _, s := range unseen {
		for _, x := range base[s].exs {
			cands++
			if x.pos {
				pos++
			}
		}
	}
	t.Logf("%d candidates in the unseen sets, %d of them attendees", cands, pos)
}

// TestRosterWeights prints, as Go source for rosterWeights, the weights
// fitted on the first runs of the released sets (the rules' output on
// text they were not yet written from) and on the current rules' output
// on the sets of ROSTER_EXTRA (unseen sets, when the weights are to be
// measured on others):
//
//	ROSTER_FIT=1 ROSTER_EXTRA="devset26 devset27 devset28 devset29 devset30 devset31" \
//	ROSTER_MEASURE="devset32 devset33 devset34" go test ./corpus -run TestRosterWeights -v
func TestRosterWeights(t *testing.T) {
	if os.Getenv("ROSTER_FIT") == "" {
		t.Skip("set ROSTER_FIT")
	}
	var runs []rosterSetRun
	for _, s := range allFirstRunSets() {
		runs = append(runs, runFirstRunSet(t, s, rosterFeatures{}))
	}
	for _, s := range strings.Fields(os.Getenv("ROSTER_EXTRA")) {
		runs = append(runs, runRosterSet(t, s, rosterFeatures{}))
	}
	w := fitRoster(runs)
	w[rfBias] -= envFloat("ROSTER_SHIFT", 0) // a stricter threshold
	var b strings.Builder
	for i := range w {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", w[i], rosterFeatureNames[i])
	}
	t.Log("\n" + b.String())
	// ROSTER_MEASURE: sets the fit did not read, pooled counts only
	var before, after score
	for _, s := range strings.Fields(os.Getenv("ROSTER_MEASURE")) {
		addAtt(&before, runRosterSet(t, s, rosterFeatures{}).s)
		addAtt(&after, runRosterSet(t, s, w).s)
	}
	if before.attLabel > 0 {
		t.Logf("%s: rules %s, rules + roster %s", os.Getenv("ROSTER_MEASURE"), attFigures(&before), attFigures(&after))
	}
}

// allFirstRunSets are the released sets with a first-run file.
func allFirstRunSets() []string {
	out := []string{"holdout"}
	for i := 2; i <= 25; i++ {
		out = append(out, fmt.Sprintf("devset%d", i))
	}
	return out
}

// TestModelEffect prints, for the sets of MODEL_SETS, the pooled attendee
// figures of the rules alone and of Extract (rules and the attendance
// model with its shipped weights); counts only, so it may run on unseen
// sets:
//
//	MODEL_SETS="devset32 devset33 devset34" go test ./corpus -run TestModelEffect -v
func TestModelEffect(t *testing.T) {
	sets := strings.Fields(os.Getenv("MODEL_SETS"))
	if len(sets) == 0 {
		t.Skip("set MODEL_SETS")
	}
	var rules, model score
	for _, s := range sets {
		addAtt(&rules, scoreSetWith(t, "testdata/"+s, extractRules))
		addAtt(&model, scoreSetWith(t, "testdata/"+s, Extract))
	}
	t.Logf("%s: rules %s, with the model %s", strings.Join(sets, " "), attFigures(&rules), attFigures(&model))
}

// TestInferredMarksTheModelsAttendees: on released sets, the attendees
// Extract adds to the rules' are exactly those marked Inferred.
func TestInferredMarksTheModelsAttendees(t *testing.T) {
	added := 0
	for _, set := range []string{"devset", "holdout", "devset9", "devset12", "devset17", "devset18", "devset23"} {
		rules := extractLabelledWith(t, filepath.Join("testdata", set), t.Fatalf, extractRules)
		model := extractLabelledWith(t, filepath.Join("testdata", set), t.Fatalf, Extract)
		for i := range model {
			for mi, m := range model[i].ms {
				byRule := map[string]bool{}
				if mi < len(rules[i].ms) {
					for _, p := range rules[i].ms[mi].Attendees {
						byRule[p.Name] = true
					}
				}
				for _, p := range m.Attendees {
					if p.Inferred == byRule[p.Name] {
						t.Errorf("%s: %s: inferred %v, placed by a rule %v", model[i].name, p.Name, p.Inferred, byRule[p.Name])
					}
					if p.Inferred {
						added++
					}
				}
			}
		}
	}
	if added == 0 {
		t.Error("the model added no one on seven released sets")
	}
}
