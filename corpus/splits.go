package corpus

import (
	"slices"
	"strings"
)

// One sentence, several meetings: "Putin had spoken by phone with Aliyev
// and with Pashinyan", "Trump spoke by telephone to Hun Manet and then to
// Phumtham". A repeated preposition (or "and then") before the second
// name tells two conversations, one after the other, not one with both.

// splitRepeated splits each verb trigger of out whose object list repeats
// its preposition ("with X and with Y", "to X and then to Y") or goes on
// with "and then" into one meeting per part: the subject with the people
// of that part.
func (d *doc) splitRepeated(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	var split [][2]int // clauses already split
	for _, tr := range out {
		if slices.ContainsFunc(split, func(c [2]int) bool { return tr.ti >= c[0] && tr.ti < c[1] }) {
			continue // "spoke by telephone to X and then to Y": the verb's and the noun's are one
		}
		cuts := repeatCuts(toks, tr)
		if len(cuts) == 0 || tr.future || tr.remote {
			res = append(res, tr)
			continue
		}
		parts := make([][]*personEntry, len(cuts)+1)
		var named []*personEntry
		for _, m := range d.paras[pi].ments {
			if m.kind != mPerson || m.poss || m.start <= tr.ti || m.start >= tr.ce {
				continue
			}
			named = append(named, m.p)
			i := 0
			for i < len(cuts) && m.start > cuts[i] {
				i++
			}
			parts[i] = append(parts[i], m.p)
		}
		var subj []*personEntry // the ones the trigger names before its object
		for _, p := range tr.people {
			if !slices.Contains(named, p) {
				subj = append(subj, p)
			}
		}
		if len(subj) == 0 && tr.verb {
			for _, p := range d.subjectList(pi, tr.ti, tr.cs, tr.ss) {
				if !slices.Contains(named, p) {
					subj = append(subj, p)
				}
			}
		}
		if len(parts[0]) == 0 && tr.verb {
			// "had spoken to him, to Munir and to Jaishankar": the one the
			// pronoun stands for is the first part, not the subject
			parts[0], subj = d.pronounPart(pi, tr, subj)
		}
		ok := len(subj) > 0
		for _, p := range parts {
			ok = ok && len(p) > 0
		}
		if !ok {
			res = append(res, tr)
			continue
		}
		split = append(split, [2]int{tr.cs, tr.ce})
		for _, p := range parts {
			one := tr
			one.apart = true // each its own meeting
			one.people = dedupe(append(append([]*personEntry(nil), subj...), p...))
			res = append(res, one)
		}
	}
	return res
}

// repeatCuts returns the "and" of each "and with", "and to", "and then
// (with|to)" in the clause of verb or call trigger tr: the points where its
// object list starts a new conversation.
func repeatCuts(toks []token, tr trigger) []int {
	if !tr.verb && !tr.call {
		return nil
	}
	prep := ""
	for j := tr.ti + 1; j < tr.ce && j <= tr.ti+4; j++ {
		if toks[j].low == "with" || toks[j].low == "to" {
			prep = toks[j].low
			break
		}
	}
	var cuts []int
	for j := tr.ti + 1; j+2 < tr.ce; j++ {
		if toks[j].low != "and" && !commaRepeat(toks, tr, prep, j) {
			continue
		}
		n := j + 1
		then := toks[n].low == "then" || toks[n].low == "later" || toks[n].low == "afterwards"
		if then {
			n++
		}
		if n < tr.ce && prep != "" && toks[n].low == prep {
			cuts = append(cuts, j) // "with Aliyev and with Pashinyan", "to X and then to Y"
		} else if then && prep == "" && meetingVerbs[toks[tr.ti].low] && n < tr.ce && toks[n].cap {
			cuts = append(cuts, j) // "met Christodoulides and then Tatar"
		}
	}
	return cuts
}

// heldVerbs open the main clause after a relative aside on a meeting noun:
// "The round, which ..., was held", "..., took place", "..., opened".
var heldVerbs = set(`was were took opened began ended lasted ran closed convened had met`)

// afterRelativeAside returns the main clause that goes on after a relative
// clause set off by commas right after a meeting noun ("The first round of
// talks, which Moscow proposed after a pause, was held on May 16 at the
// palace"): the tokens from the verb to the next clause break, or 0, 0.
func afterRelativeAside(toks []token, ce, e int) (int, int) {
	if ce <= 0 || ce >= e || toks[ce-1].text != "," || toks[ce].low != "which" && toks[ce].low != "who" {
		return 0, 0
	}
	return heldAfterComma(toks, ce+1, ce+25, e)
}

// heldAfterComma finds, in tokens [from, last] (and before e), the comma
// that closes an aside on a meeting noun and the main clause after it
// opened by a verb of heldVerbs ("…, was held on May 16 at the palace"):
// the tokens from that verb to the next clause break, or 0, 0 when a quote
// or semicolon comes first or the comma is followed by anything else.
func heldAfterComma(toks []token, from, last, e int) (int, int) {
	for j := from; j < e && j <= last; j++ {
		if toks[j].kind == kQuote || toks[j].text == ";" {
			return 0, 0
		}
		if toks[j].text != "," {
			continue
		}
		if j+1 >= e || !heldVerbs[toks[j+1].low] {
			return 0, 0
		}
		b := e
		for m := j + 2; m < e; m++ {
			if isClauseBreak(toks, m) {
				b = m
				break
			}
		}
		return j + 1, b
	}
	return 0, 0
}

// eachOwnWords before a plural meeting noun make it one meeting per member
// of the subject: "held bilateral meetings with Lamola", "separate talks".
var eachOwnWords = set(`bilateral separate individual respective`)

// bothSubjects open a sentence about the two people named just before:
// "Both men held ...", "The two ministers ...".
var bothSubjects = set(`men women leaders ministers presidents envoys officials`)

// splitEachOwn splits "X and Y held bilateral meetings with Z" (or "Both
// men held ...", the two named just before) into one meeting per subject
// member with the people after "with".
func (d *doc) splitEachOwn(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		k := tr.ti
		if tr.verb || tr.future || k < 1 || !eachOwnWords[toks[k-1].low] || toks[k].low != "meetings" && toks[k].low != "talks" && toks[k].low != "calls" ||
			k+1 >= tr.ce || toks[k+1].low != "with" {
			res = append(res, tr)
			continue
		}
		obj, _ := d.parseList(pi, k+2, tr.ce)
		subj := d.bothSubject(pi, tr, obj)
		if len(obj) == 0 || len(subj) < 2 {
			res = append(res, tr)
			continue
		}
		for _, p := range subj {
			one := tr
			one.apart = true
			one.people = dedupe(append([]*personEntry{p}, obj...))
			res = append(res, one)
		}
	}
	return res
}

// bothSubject returns the subject of the hold verb before the plural
// meeting noun of tr: the list before it, or for "Both men", "The two
// ministers" the two people named most recently before the sentence, none
// of them among obj.
func (d *doc) bothSubject(pi int, tr trigger, obj []*personEntry) []*personEntry {
	toks := d.paras[pi].toks
	v := tr.ti - 2
	if v < tr.cs || !holdVerbs[toks[v].low] {
		return nil
	}
	s := tr.ss
	if v-s == 2 && bothSubjects[toks[s+1].low] && (toks[s].low == "both" || toks[s].low == "two") ||
		v-s == 3 && toks[s].low == "the" && toks[s+1].low == "two" && bothSubjects[toks[s+2].low] {
		var two []*personEntry
		for _, p := range d.peopleBefore(pi, s, 4) {
			if !slices.Contains(obj, p) && len(two) < 2 {
				two = append(two, p)
			}
		}
		return two
	}
	var subj []*personEntry
	for _, p := range d.subjectList(pi, v, tr.cs, s) {
		if !slices.Contains(obj, p) {
			subj = append(subj, p)
		}
	}
	return subj
}

// splitEachSeparately splits "Trump met each leader separately", "received
// both men separately", "met each of them separately" into one meeting of
// the subject with each of the two people named just before.
func (d *doc) splitEachSeparately(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		k := tr.ti
		if !tr.verb || tr.future || !meetingVerbs[toks[k].low] || k+3 >= tr.ce || !eachThenSeparately(toks, k+1, tr.ce) {
			res = append(res, tr)
			continue
		}
		if slices.ContainsFunc(d.paras[pi].ments, func(m mention) bool { return m.kind == mPerson && m.start > k && m.start < tr.ce }) {
			res = append(res, tr) // "received the two leaders separately, first X and then Y": named there
			continue
		}
		subj := d.subjectList(pi, k, tr.cs, tr.ss)
		var two []*personEntry
		for _, p := range d.peopleBefore(pi, tr.ss, 6) {
			if !slices.Contains(subj, p) && len(two) < 2 {
				two = append(two, p)
			}
		}
		if byRole := d.twoOfRole(pi, tr.ss, roleNounAfter(d.paras[pi].toks, k+1, tr.ce), subj); len(byRole) == 2 {
			two = byRole // "received the two envoys separately": the two envoys, not the president named between them
		}
		if len(subj) == 0 || len(two) != 2 {
			res = append(res, tr)
			continue
		}
		tr.remote = false
		res = append(res, eachApart(tr, subj, two)...)
	}
	return res
}

// roleNounAfter returns the role the plural noun of "the two envoys",
// "both ministers" names ("envoy", "minister") in the few tokens from a,
// or "".
func roleNounAfter(toks []token, a, e int) string {
	for j := a; j < e && j <= a+2; j++ {
		switch w := toks[j].low; w {
		case "envoys", "ministers", "presidents", "officials":
			return strings.TrimSuffix(w, "s")
		}
	}
	return ""
}

// twoOfRole returns the last two people named before token ss (not in
// subj) whose role holds the noun role: "Barrack and his deputy envoy
// Ortagus met Aoun" gives the two envoys. It returns nil unless there
// are two.
func (d *doc) twoOfRole(pi, ss int, role string, subj []*personEntry) []*personEntry {
	if role == "" {
		return nil
	}
	var two []*personEntry
	for _, p := range d.peopleBefore(pi, ss, 8) {
		if !slices.Contains(subj, p) && len(two) < 2 && strings.Contains(strings.ToLower(p.role), role) {
			two = append(two, p)
		}
	}
	if len(two) != 2 {
		return nil
	}
	return two
}

// eachThenSeparately reports "each leader separately", "both men
// separately", "each of them separately", "the two leaders separately" at
// a.
func eachThenSeparately(toks []token, a, e int) bool {
	j := a
	switch {
	case toks[j].low == "each" && j+2 < e && toks[j+1].low == "of" && toks[j+2].low == "them":
		j += 3
	case (toks[j].low == "each" || toks[j].low == "both") && j+1 < e && (bothSubjects[toks[j+1].low] || toks[j+1].low == "leader" || toks[j+1].low == "man" || toks[j+1].low == "minister"):
		j += 2
	case toks[j].low == "the" && j+2 < e && toks[j+1].low == "two" && bothSubjects[toks[j+2].low]:
		j += 3
	default:
		return false
	}
	return j < e && toks[j].low == "separately"
}

// againWith gives a meeting noun told as a repeat ("when they met in
// Brasília in June, and again on the margins of the summit in Brussels a
// month later") the people of the meeting the sentence told before it:
// the same people met again, another meeting.
func (d *doc) againWith(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	for i := range out {
		tr := &out[i]
		if tr.verb || tr.future || len(tr.people) > 0 {
			continue
		}
		again := -1
		for j := tr.ti - 1; j > tr.ss && j >= tr.ti-10; j-- {
			if toks[j].low == "again" && toks[j-1].low == "and" {
				again = j
				break
			}
		}
		if again < 0 {
			continue
		}
		for j := range out[:i] {
			if p := out[j]; p.ti < again && !p.future && len(p.people) >= 2 && (p.verb || p.call) {
				tr.people = append([]*personEntry(nil), p.people...)
				tr.apart, tr.anaphoric, tr.indef = true, false, true
			}
		}
	}
	return out
}

// eachApart returns tr told once for each person of each: a meeting set
// apart of the subjects subj with that one ("met A, B and C separately",
// "meeting A at Baabda and B at the Grand Serail").
func eachApart(tr trigger, subj, each []*personEntry) []trigger {
	out := make([]trigger, 0, len(each))
	for _, p := range each {
		one := tr
		one.apart = true
		one.people = dedupe(append(append([]*personEntry(nil), subj...), p))
		out = append(out, one)
	}
	return out
}

// inTurnAfter returns where the object starts after "in turn" at a (",
// in turn, A, B and C", "in turn with A and B"), or 0 when a does not
// open "in turn".
func inTurnAfter(toks []token, a, e int) int {
	if a < e && toks[a].text == "," {
		a++
	}
	if a+2 >= e || toks[a].low != "in" || toks[a+1].low != "turn" {
		return 0
	}
	a += 2
	if toks[a].text == "," || toks[a].low == "with" {
		a++
	}
	return a
}

// splitInTurn reads "saw, in turn, A, B and C" and "met in turn with A
// and B": the subject met each of them on his own, one meeting each.
func (d *doc) splitInTurn(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		a := 0
		if tr.verb && !tr.future && !tr.call {
			a = inTurnAfter(toks, tr.ti+1, tr.ce)
		}
		if a == 0 {
			res = append(res, tr)
			continue
		}
		obj, _ := d.parseList(pi, a, tr.ce)
		subj := d.subjectList(pi, tr.ti, tr.cs, tr.ss)
		if len(subj) == 0 {
			subj = d.mainSubjectList(pi, tr.ss, &tr) // "X arrived on Monday and the next day saw, in turn, ..."
		}
		obj = without(dedupe(obj), subj)
		if len(obj) < 2 || len(subj) == 0 {
			res = append(res, tr)
			continue
		}
		res = append(res, eachApart(tr, subj, obj)...)
	}
	return res
}
