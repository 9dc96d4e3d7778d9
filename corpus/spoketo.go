package corpus

// Calls told as "spoke to": "Rubio spoke to Mr Maris on Sunday", "The
// Prime Minister spoke to Prime Minister Mark Carney this evening", and in
// reported speech "Dar told Geo News that Rubio had spoken to him, to
// Munir and to Jaishankar" (him: the one reporting). "spoke to" is the
// same words as "spoke to reporters", so the one spoken to must be a
// person named there (a name, or a role and a name), or "him"/"her" for a
// person told before; an outlet, a crowd or a parliament is no one. Only
// the first one spoken to is taken: "to him, to Munir and to Jaishankar"
// are three calls, and the first is the one the sentence is about.

// spokeTo reports "spoke to <person>" at token k (the verb).
func (d *doc) spokeTo(pi, k, e int) bool {
	toks := d.paras[pi].toks
	switch toks[k].low {
	case "spoke", "spoken", "talked", "speaks":
	default:
		return false
	}
	if k+2 >= e || toks[k+1].low != "to" {
		return false
	}
	// the one who spoke must be someone named right before the verb, or
	// "he"/"she" ("The Prime Minister spoke to ..." in a readout with no
	// name: the call's other party is unknown)
	j := k - 1
	for j >= 0 && toks[j].kind == kWord && !toks[j].cap && (auxWords[toks[j].low] || verbAdverbs[toks[j].low] || isLyAdverb(toks[j])) {
		j-- // "had spoken", "has also spoken"
	}
	if j < 0 {
		return false
	}
	var subj *personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.p != nil && (m.end == j+1 || m.rend == j+1) {
			subj = m.p
		}
	}
	if subj == nil && toks[j].low != "he" && toks[j].low != "she" {
		return false
	}
	heard := d.spokenToAt(pi, k+2, e)
	return heard != nil && heard != subj
}

// auxWords come between a subject and its verb: "had spoken", "has also
// spoken".
var auxWords = set(`had has have also reportedly later then personally`)

// spokenToAt returns the person spoken to at token a (after "to"): one
// named there with a role or a known figure behind the name, or the person
// "him"/"her" means.
func (d *doc) spokenToAt(pi, a, e int) *personEntry {
	toks := d.paras[pi].toks
	if toks[a].low == "him" || toks[a].low == "her" {
		if a+1 < e && toks[a+1].kind == kWord && !toks[a+1].cap && toks[a+1].low != "by" && toks[a+1].low != "on" && toks[a+1].low != "in" && !isDay(toks[a+1].low) {
			return nil // "spoke to him about", "spoke to her privately"? left alone
		}
		return d.resolvePronoun(pi, a, toks[a].low == "her")
	}
	if !d.personSoonAfter(pi, a, e) {
		return nil
	}
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.poss || m.p == nil || m.rstart > a+5 || max(m.start, m.rstart) < a {
			continue
		}
		if m.start > a+5 {
			continue
		}
		if m.role != "" || m.p.fig != nil || m.start > a && toks[a].cap {
			return m.p // "Prime Minister Mark Carney", "Mr Maris", a known figure
		}
		return nil
	}
	return nil
}

// splitSpokeTo splits a "spoke to" call with several people spoken to
// ("had spoken to him, to Munir and to Jaishankar") into one call with
// each, the subject with that person.
func (d *doc) splitSpokeTo(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	split := map[int]bool{} // verbs split already (an earlier step may have copied the trigger)
	for _, tr := range out {
		k := tr.ti
		if split[k] && tr.call && tr.verb {
			continue
		}
		if !tr.call || !tr.verb || k+2 >= tr.ce || toks[k+1].low != "to" || !d.spokeTo(pi, k, tr.ce) {
			res = append(res, tr)
			continue
		}
		heard := []*personEntry{d.spokenToAt(pi, k+2, tr.ce)}
		for j := k + 3; j+1 < tr.ce && j < k+40; j++ {
			if toks[j].low != "to" || toks[j-1].text != "," && toks[j-1].low != "and" {
				continue
			}
			if p := d.spokenToAt(pi, j+1, tr.ce); p != nil {
				heard = append(heard, p) // ", to army chief Munir", "and to Jaishankar"
			}
		}
		subj := d.subjectList(pi, k, tr.cs, tr.ss)
		if len(heard) < 2 || len(subj) != 1 {
			res = append(res, tr)
			continue
		}
		split[k] = true
		for _, p := range heard {
			if p == nil || p == subj[0] {
				continue
			}
			one := tr
			one.apart = true
			one.people = []*personEntry{subj[0], p}
			res = append(res, one)
		}
	}
	return res
}
