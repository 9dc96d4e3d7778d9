package corpus

import (
	"math"
	"os"
	"sort"
	"testing"
)

// testScorer, when set, replaces the weights in the roster harness.
var testScorer func(*rosterFeatures) float64

type stump struct {
	f           int
	thr         float64
	left, right float64 // value when f <= thr, else
}

type gbm struct {
	base   float64
	stumps []stump
}

func (g *gbm) score(f *rosterFeatures) float64 {
	s := g.base
	for _, st := range g.stumps {
		if f[st.f] <= st.thr {
			s += st.left
		} else {
			s += st.right
		}
	}
	return s
}

// fitGBM fits boosted stumps (logistic loss) and moves the base so the
// cut maximises the training sets' F1, as fitRoster does.
func fitGBM(train []rosterSetRun, rounds int, rate float64) *gbm {
	var xs []rosterExample
	for _, r := range train {
		xs = append(xs, r.exs...)
	}
	g := &gbm{}
	if len(xs) == 0 {
		return g
	}
	pos := 0
	for _, x := range xs {
		if x.pos {
			pos++
		}
	}
	p0 := (float64(pos) + 1) / (float64(len(xs)) + 2)
	g.base = math.Log(p0 / (1 - p0))
	F := make([]float64, len(xs))
	for i := range F {
		F[i] = g.base
	}
	// candidate thresholds per feature
	thrs := make([][]float64, rfCount)
	for fi := 1; fi < rfCount; fi++ {
		vals := map[float64]bool{}
		for _, x := range xs {
			vals[x.f[fi]] = true
		}
		var vs []float64
		for v := range vals {
			vs = append(vs, v)
		}
		sort.Float64s(vs)
		step := max(1, len(vs)/16)
		for i := 0; i+1 < len(vs); i += step {
			thrs[fi] = append(thrs[fi], (vs[i]+vs[i+1])/2)
		}
	}
	const lambda = 1.0
	for r := 0; r < rounds; r++ {
		gr := make([]float64, len(xs))
		h := make([]float64, len(xs))
		for i, x := range xs {
			p := 1 / (1 + math.Exp(-F[i]))
			y := 0.0
			if x.pos {
				y = 1
			}
			gr[i], h[i] = y-p, p*(1-p)
		}
		best, bestGain := stump{}, 0.0
		for fi := 1; fi < rfCount; fi++ {
			for _, t := range thrs[fi] {
				var gl, hl, gR, hR float64
				for i, x := range xs {
					if x.f[fi] <= t {
						gl, hl = gl+gr[i], hl+h[i]
					} else {
						gR, hR = gR+gr[i], hR+h[i]
					}
				}
				gain := gl*gl/(hl+lambda) + gR*gR/(hR+lambda)
				if gain > bestGain {
					bestGain = gain
					best = stump{fi, t, rate * gl / (hl + lambda), rate * gR / (hR + lambda)}
				}
			}
		}
		g.stumps = append(g.stumps, best)
		for i, x := range xs {
			if x.f[best.f] <= best.thr {
				F[i] += best.left
			} else {
				F[i] += best.right
			}
		}
	}
	cut := rosterCut(train, xs, g.score)
	if math.IsInf(cut, 1) {
		g.base = -1e9
		return g
	}
	g.base -= cut
	return g
}

// TestRosterGBM (ROSTER_UNSEEN=1): boosted stumps against the logistic
// weights, first runs leave-one-set-out and fitted on first runs applied
// to the unseen sets (pooled counts only).
func TestRosterGBM(t *testing.T) {
	if os.Getenv("ROSTER_UNSEEN") == "" {
		t.Skip("set ROSTER_UNSEEN")
	}
	rounds := int(envFloat("GBM_ROUNDS", 100))
	rate := envFloat("GBM_RATE", 0.1)
	sets := allFirstRunSets()
	first := map[string]rosterSetRun{}
	var firsts []rosterSetRun
	for _, s := range sets {
		first[s] = runFirstRunSet(t, s, rosterFeatures{})
		firsts = append(firsts, first[s])
	}
	var fb, fa score
	for _, held := range sets {
		testScorer = fitGBM(trainingSets(first, sets, held), rounds, rate).score
		addAtt(&fb, first[held].s)
		addAtt(&fa, runFirstRunSet(t, held, rosterFeatures{}).s)
		testScorer = nil
	}
	t.Logf("GBM first runs LOSO: %s -> %s", attFigures(&fb), attFigures(&fa))
	g := fitGBM(firsts, rounds, rate)
	var ub, ua score
	for _, held := range []string{"devset26", "devset27", "devset28", "devset29", "devset30", "devset31"} {
		addAtt(&ub, runRosterSet(t, held, rosterFeatures{}).s)
		testScorer = g.score
		addAtt(&ua, runRosterSet(t, held, rosterFeatures{}).s)
		testScorer = nil
	}
	t.Logf("GBM fit first runs -> unseen: %s -> %s", attFigures(&ub), attFigures(&ua))
}
