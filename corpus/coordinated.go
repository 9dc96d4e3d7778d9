package corpus

import "slices"

// "Barrack met Aoun at Baabda on Monday and later held talks with Berri
// at Ain el-Tineh", "Rubio met Jaishankar, and in a separate meeting spoke
// with Dar": one subject, two encounters told one after the other in a
// sentence, each with its own partner. The second is a meeting of its own
// (the subject with the second partner), and the first keeps the place of
// its own clause.

// sequenceWords after "and" mark the next encounter as another one.
var sequenceWords = set(`later then afterwards afterward subsequently separately separate also`)

// coordinatedEncounters gives each later mention of out that follows "and
// later", "and then", "and in a separate meeting" after a verb's
// encounter the verb's subject and sets it apart, when its partners are
// not the first encounter's.
func (d *doc) coordinatedEncounters(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	drop := map[int]bool{}
	for i := range out {
		a := &out[i]
		if !a.verb || a.future || a.remote || len(a.people) < 2 {
			continue
		}
		subj := d.subjectList(pi, a.ti, a.cs, a.ss)
		if len(subj) == 0 {
			continue
		}
		aObj := without(a.people, subj)
		if len(aObj) == 0 {
			continue
		}
		told := map[int][]*personEntry{} // the cue's encounter: "in a separate meeting spoke with Dar" is one
		for j := i + 1; j < len(out); j++ {
			b := &out[j]
			if b.ss != a.ss || b.future || b.remote || b.ti <= a.ti {
				continue
			}
			and := sequenceCue(toks, a.ti, b.ti)
			if and < 0 {
				continue
			}
			bObj := without(d.partnersAfter(pi, b.people, and, b.ce), subj)
			if len(bObj) == 0 || overlap(bObj, aObj) > 0 || overlap(bObj, a.people) > 0 {
				continue
			}
			if prev, ok := told[and]; ok && overlap(prev, bObj) == len(bObj) {
				drop[j] = true
				continue
			}
			told[and] = bObj
			b.people = dedupe(append(append([]*personEntry(nil), subj...), bObj...))
			b.apart, b.anaphoric = true, false
			if a.place != "" && a.place == b.place {
				own := *a
				own.ce = and
				a.place = d.placeIn(pi, own) // the place of the first clause, not the second's
			}
		}
	}
	if len(drop) == 0 {
		return out
	}
	var res []trigger
	for i, tr := range out {
		if !drop[i] {
			res = append(res, tr)
		}
	}
	return res
}

// parallelEncounters sets apart both encounters of "Dahl held a bilateral
// meeting with Vos, and Renner met Moen": two clauses joined by ", and",
// each with a subject and partners of its own and no one in common. They
// are two meetings, neither of them the gathering they were held beside.
func parallelEncounters(toks []token, out []trigger) {
	for i := range out {
		a := &out[i]
		if a.future || a.remote || len(a.people) < 2 {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			b := &out[j]
			if b.ss != a.ss || !b.verb || b.future || b.remote || len(b.people) < 2 || b.ti <= a.ti || overlap(a.people, b.people) > 0 {
				continue
			}
			and := clauseAnd(toks, a.ti+1, b.ti)
			if and == 0 || toks[and-1].text != "," || and+3 > b.ti || !toks[and+1].cap {
				continue
			}
			side := a.side || b.side
			a.apart, b.apart, b.anaphoric = true, true, false
			a.side, b.side = side, side
		}
	}
}

// sequenceCue finds, between a first encounter at a and a later mention
// at b, "and" followed within four words by a sequence word ("and later",
// "and in a separate meeting"); it returns the position of "and", or -1.
func sequenceCue(toks []token, a, b int) int {
	for k := b - 1; k > a; k-- {
		if toks[k].low != "and" {
			continue
		}
		for j := k + 1; j < b && j <= k+4; j++ {
			if sequenceWords[toks[j].low] {
				return k
			}
		}
		return -1 // the nearest "and" decides
	}
	return -1
}

// partnersAfter keeps the people of es named in the paragraph between a and
// b: in "Berg also met Haddad and held separate talks with Varga" the
// second encounter's partners are those named after the "and", not the
// first one's partner that the clause's people took in as its subject.
func (d *doc) partnersAfter(pi int, es []*personEntry, a, b int) []*personEntry {
	var out []*personEntry
	for _, e := range es {
		if slices.ContainsFunc(d.paras[pi].ments, func(m mention) bool { return m.kind == mPerson && m.p == e && m.start > a && m.start < b }) {
			out = append(out, e)
		}
	}
	return out
}

// without is es minus the people of drop.
func without(es, drop []*personEntry) []*personEntry {
	var out []*personEntry
	for _, e := range es {
		if !slices.Contains(drop, e) {
			out = append(out, e)
		}
	}
	return out
}

// callAtOwnTime reports a call told with a time of its own in its clause
// ("on Thursday evening", "later", "afterwards"), in a sentence that does
// not set it inside another meeting ("during", "interrupted", "stepped
// out"): not someone's remote part in the meeting held that day.
func callAtOwnTime(toks []token, s, e int, tr trigger) bool {
	for j := s; j < e; j++ {
		if insideWords[toks[j].low] {
			return false
		}
	}
	for j := tr.cs; j < tr.ce; j++ {
		if ownTimeWords[toks[j].low] && (toks[j].low != "earlier" || j > tr.ti) {
			return true // ("spoke to Vos by phone earlier on Thursday", not "said earlier on Monday that ... had spoken by phone")
		}
	}
	return false
}

var (
	ownTimeWords = set(`evening morning afternoon night overnight earlier later afterwards afterward`)
	insideWords  = set(`during interrupted interrupting interrupt broke paused pausing stepped midway while meanwhile`)
)
