package corpus

import "time"

// Meetings told in an adjunct of another verb: "Zelenskiy said in Ankara
// after talks with President Erdogan", "Starmer and Modi announced the deal
// after a phone call". The sentence's subject had the talks or the call.

// afterAdjunctSubject returns the main subject of the sentence when the
// meeting noun of tr is governed by "after" or "following" opening its
// own clause after the main one, and the noun's own phrase names at most
// one person (out): that subject is the other side. Nothing for "the
// talks" (a meeting told before), for a noun owned by someone ("after
// Putin's talks with Trump"), or for a clause that names its own subject
// ("after the ministers held talks").
func (d *doc) afterAdjunctSubject(pi, s int, tr *trigger, out []*personEntry) []*personEntry {
	toks := d.paras[pi].toks
	k := tr.ti
	if len(out) > 1 && !(k+1 < len(toks) && toks[k+1].low == "with") || tr.future || tr.cs <= s || k-tr.cs > 4 || isAnaphoric(toks, tr.cs, k) {
		// ("after meetings with A and B": the subject met both; not "after
		// talks between A and B")
		return nil
	}
	a := toks[tr.cs].low
	if a != "after" && a != "following" {
		return nil
	}
	for j := s; j < tr.cs; j++ {
		if modalWords[toks[j].low] && !toks[j].cap {
			return nil // "said he would decide after talks with Khalil": none held yet
		}
	}
	if relativeUnits[prevLow(toks, tr.cs)] {
		return nil // "met Nowak on Monday, months after a summit with Varga": a time apart
	}
	for j := s; j < tr.cs; j++ {
		if meetingVerbs[toks[j].low] || toks[j].low == "held" || toks[j].low == "holds" {
			return nil // the main clause tells a meeting of its own
		}
	}
	for j := tr.cs + 1; j < k; j++ {
		// only "after talks", "after a phone call", "after a long call"
		if t := toks[j]; t.kind != kWord || t.cap || t.low == "'s" || t.low == "his" || t.low == "her" || t.low == "their" || !meetingModifier(t) && t.low != "phone" && t.low != "video" {
			return nil
		}
	}
	if tr.call && !callNounAt(toks, k) {
		return nil
	}
	subj := d.mainSubjectList(pi, s, tr)
	if len(subj) == 0 {
		subj = d.verbSubjectBefore(pi, s, tr.cs) // "“…,” Zelenskiy said in Ankara after talks with Erdogan"
	}
	if len(subj) == 0 || len(subj)+len(out) < 2 {
		return nil
	}
	for _, p := range subj {
		for _, o := range out {
			if p == o {
				return nil // "Erdogan said after talks with Erdogan's aides": no second side
			}
		}
	}
	return subj
}

// callNounAt reports a call told by a noun at k ("a phone call", "a
// call"), not a verb ("after he phoned").
func callNounAt(toks []token, k int) bool {
	switch toks[k].low {
	case "call", "calls", "phone", "telephone", "videoconference", "conversation", "conversations":
		return true
	}
	return false
}

// adjectiveNoun are meeting nouns that are also adjectives ("the final
// plenary", "the last ministerial", but "a plenary session", "a
// ministerial meeting").
var adjectiveNoun = set(`plenary ministerial`)

// weekdayWithDate reads the date written out after a weekday at k ("Tuesday,
// March 18, 2025", "Tuesday 18 March"), which says more than the weekday
// alone, above all in wire copy with no publication date.
func weekdayWithDate(toks []token, k, e int, pub time.Time) (dateRef, bool) {
	j := k + 1
	if j < e && toks[j].text == "," {
		j++
	}
	if j < e && startsDigit(toks[j].low) && j+1 < e {
		j++ // "Tuesday 18 March"
	}
	if j >= e || !toks[j].cap {
		return dateRef{}, false
	}
	m, ok := months[toks[j].low]
	if !ok {
		return dateRef{}, false
	}
	r, ok := monthDate(toks, j, m, pub)
	if !ok || r.day == "" {
		return dateRef{}, false
	}
	return r, true
}

// namesPeopleAt reports a list of people starting at k ("Ghana's President
// Sara Khalil", "Lt Gen Haddad and his counterpart").
func (d *doc) namesPeopleAt(pi, k, e int) bool {
	ps, _ := d.parseList(pi, k, e)
	return len(ps) > 0
}

// jointTitleSubject reads a subject given two titles joined by "and"
// before the name ("Deputy Prime Minister and Foreign Minister Ishaq Dar",
// "President and Prime Minister X"): the noun phrase [a, b) is titles only
// and the one after the "and" at b, before v, names the person.
func (d *doc) jointTitleSubject(pi, a, b, v int) who {
	toks := d.paras[pi].toks
	if b+1 >= v || toks[b].low != "and" || !toks[b+1].cap {
		return who{}
	}
	for k := a; k < b; k++ {
		if !titleWords[toks[k].low] && !positionWords[toks[k].low] && !titleMods[toks[k].low] {
			return who{}
		}
	}
	c := npForward(toks, b+1)
	if c > v {
		c = v
	}
	return d.npSpeaker(pi, b+1, c, false)
}

// titleMods qualify a title: "Deputy Prime Minister", "Acting Foreign
// Minister".
var titleMods = set(`deputy prime foreign first vice acting interim defence defense finance trade interior
	senior chief state special`)

// purposeCall reports a call told as the purpose of leaving the room: "to
// phone", "to call" at ti, within a few words of the cue's end at a.
func purposeCall(toks []token, a, ti int) bool {
	return ti > 0 && ti-a <= 2 && toks[ti-1].low == "to" && callNounAt(toks, ti)
}

// verbSubjectBefore returns the person named right before the verb whose
// clause runs up to a at its end ("“…,” Zelenskiy said in Ankara after"):
// only words, no punctuation, between the name and a.
func (d *doc) verbSubjectBefore(pi, s, a int) []*personEntry {
	toks := d.paras[pi].toks
	var best *personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.poss || m.p == nil || m.start < s || m.end >= a || a-m.end > 6 {
			continue
		}
		ok := m.end < a && !toks[m.end].cap && toks[m.end].kind == kWord
		for j := m.end; ok && j < a; j++ {
			ok = toks[j].kind == kWord
		}
		if ok {
			best = m.p
		}
	}
	if best == nil {
		return nil
	}
	return []*personEntry{best}
}
