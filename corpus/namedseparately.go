package corpus

import "slices"

// "Erdoğan first received Abiy Ahmed and Hassan Sheikh Mohamud separately"
// tells one meeting of the host with each of the people named, as "met
// each leader separately" does (splitEachSeparately) when the names came
// before. The word must close the object list: "met separately with
// Dermer and al-Hayya", a mediator's indirect talks, stays one meeting.

// splitNamedSeparately splits each verb trigger of out whose object list
// of two or more named people is followed by "separately" into one meeting
// of the subject with each.
func (d *doc) splitNamedSeparately(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		k := tr.ti
		if !tr.verb || tr.future || tr.remote || !meetingVerbs[toks[k].low] || k+1 >= tr.ce || toks[k+1].low == "separately" {
			res = append(res, tr)
			continue
		}
		a := k + 1
		if toks[a].low == "with" {
			a++
		}
		obj, end := d.parseList(pi, a, tr.ce)
		if len(obj) < 2 || end >= tr.ce || end >= len(toks) || toks[end].low != "separately" {
			res = append(res, tr)
			continue
		}
		named := 0 // "received the two leaders separately, first X and then Y" is read by splitRepeated
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && m.start >= a && m.start < end {
				named++
			}
		}
		if named < len(obj) {
			res = append(res, tr)
			continue
		}
		var subj []*personEntry
		for _, p := range d.subjectList(pi, k, tr.cs, tr.ss) {
			if !slices.Contains(obj, p) {
				subj = append(subj, p)
			}
		}
		if len(subj) == 0 {
			res = append(res, tr)
			continue
		}
		res = append(res, eachApart(tr, subj, obj)...)
	}
	return res
}

// splitSeparateCalls reads "had spoken separately by telephone on Sunday
// to Mr A and Mr B", "spoke by telephone with A and B in separate calls on
// Saturday": a call of the subject with each of them, as calls
// are had one at a time.
func (d *doc) splitSeparateCalls(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		if !tr.call || tr.future || tr.remote || len(tr.people) < 3 {
			res = append(res, tr)
			continue
		}
		sep, calls := false, false
		for j := max(tr.cs, tr.ti-6); j < tr.ti; j++ {
			sep = sep || toks[j].low == "separately"
		}
		for j := tr.ti + 1; j < tr.ce && j < tr.ti+4; j++ {
			sep = sep || toks[j].low == "separately"
		}
		for j := tr.ti + 1; j+1 < tr.ce && j < tr.ti+30; j++ {
			// "spoke by telephone with A and B in separate calls"
			calls = calls || toks[j].low == "separate" && separateCallNouns[toks[j+1].low]
		}
		sep = sep || calls
		if !sep {
			res = append(res, tr)
			continue
		}
		subj, rest := tr.people[0], tr.people[1:]
		for i, p := range rest {
			one := tr
			// (the first of "spoke by telephone with A and B in separate
			// calls" is the call its verb told, filed with it)
			one.apart = !calls || i > 0
			one.people = []*personEntry{subj, p}
			res = append(res, one)
		}
	}
	return res
}

// separateCallNouns follow "separate" in "in separate calls": each a call
// of its own.
var separateCallNouns = set(`calls conversations phone telephone`)

// splitSeparateTalks reads "held separate talks with Li and with Yoon",
// "held separate meetings with Mr Bessent and Mr He" (a meeting noun after
// "separate", two people or more after "with"): one meeting of the
// subject with each of them, not one of all three. (Indirect talks told
// as "met separately with A and B" are the adverb's, read elsewhere.)
func (d *doc) splitSeparateTalks(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		k := tr.ti
		w := k + 1
		if w < tr.ce && toks[w].low != "with" {
			w = withAfterSetting(toks, w, tr.ce) // "separate meetings in his office with"
		}
		if tr.verb || tr.future || tr.remote || k < 1 || k+2 >= tr.ce || !separateBefore(toks, k) || w < 0 {
			res = append(res, tr)
			continue
		}
		var obj []*personEntry
		a := w + 1
		for a < tr.ce {
			more, end := d.parseList(pi, a, tr.ce)
			obj = append(obj, more...)
			if len(more) == 0 || end+1 >= tr.ce || toks[end].low != "with" && !(toks[end].low == "and" && end+1 < tr.ce && toks[end+1].low == "with") {
				break
			}
			a = end + 1
			if toks[end].low == "and" {
				a++ // "and with Yoon"
			}
		}
		v := k - 1 // the verb before "separate talks" ("held", "had")
		for v > tr.cs && toks[v].low != "held" && toks[v].low != "had" && toks[v].low != "holds" && toks[v].low != "has" && v > k-4 {
			v--
		}
		subj := d.subjectList(pi, v, tr.cs, tr.ss)
		obj = dedupe(obj)
		if len(obj) < 2 || len(subj) == 0 {
			res = append(res, tr)
			continue
		}
		var others []*personEntry
		for _, p := range obj {
			if !slices.Contains(subj, p) {
				others = append(others, p)
			}
		}
		res = append(res, eachApart(tr, subj, others)...)
	}
	return res
}

// separateBefore reports "separate" just before the meeting noun at k, or
// one modifier before it ("separate bilateral talks").
func separateBefore(toks []token, k int) bool {
	return toks[k-1].low == "separate" || k >= 2 && toks[k-2].low == "separate" && toks[k-1].kind == kWord && !toks[k-1].cap
}

// separatelyWithToo reads "spoke by phone with Hun Manet and then,
// separately, with Phumtham": the meeting told first is the subject's with
// the first person; a second one, with whom "separately, with" names,
// follows in the same clause.
func (d *doc) separatelyWithToo(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		res = append(res, tr)
		if tr.future || tr.remote || len(tr.people) < 2 {
			continue
		}
		for j := tr.ti + 1; j+1 < tr.ce && j <= tr.ti+14; j++ {
			if toks[j].low != "separately" {
				continue
			}
			if !slices.ContainsFunc(d.paras[pi].ments, func(m mention) bool { return m.kind == mPerson && m.start > tr.ti && m.start < j }) {
				break // "met separately with Dermer and al-Hayya": indirect talks, one meeting (read elsewhere)
			}
			w := j + 1
			if w < tr.ce && toks[w].text == "," {
				w++
			}
			if w >= tr.ce || toks[w].low != "with" {
				break
			}
			obj, _ := d.parseList(pi, w+1, tr.ce)
			var subj []*personEntry // the trigger's people named before it: the subject
			for _, m := range d.paras[pi].ments {
				if m.kind == mPerson && m.start >= tr.cs && m.start < tr.ti && slices.Contains(tr.people, m.p) && !slices.Contains(subj, m.p) {
					subj = append(subj, m.p)
				}
			}
			if len(subj) == 0 {
				// "said he had spoken by phone with ...": the one not named after it
				for _, p := range tr.people {
					after := slices.ContainsFunc(d.paras[pi].ments, func(m mention) bool {
						return m.kind == mPerson && m.p == p && m.start > tr.ti && m.start < tr.ce
					})
					if !after {
						subj = append(subj, p)
					}
				}
			}
			if len(obj) == 0 || len(subj) == 0 {
				break
			}
			two := tr
			two.apart = true
			two.ti = j
			two.people = dedupe(append(append([]*personEntry(nil), subj...), obj...))
			var first []*personEntry
			for _, p := range tr.people {
				if !slices.Contains(obj, p) {
					first = append(first, p)
				}
			}
			res[len(res)-1].people = first
			res = append(res, two)
			break
		}
	}
	return res
}
