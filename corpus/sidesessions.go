package corpus

// Meetings told beside the one under way: "Powell held a further session
// with Rubio", "Powell met Yermak separately", "Powell also saw Rubio
// briefly before flying home". Each names someone the meeting under way
// does not have, so it is a meeting of its own, not more people for the
// main talks.

// furtherWords before a meeting noun mark another session than the one
// told: "a further meeting with", "a second session with", "additional
// talks with".
var furtherWords = set(`further second additional another separate fresh`)

// departureWords after "before" tell an encounter on the way out: "before
// flying home", "before his departure".
var departureWords = set(`flying leaving departing heading returning departure flight return`)

// sideSessions marks as apart the mentions of a sentence that tell
// someone new meeting one of the people under way on their own.
func (d *doc) sideSessions(pi int, out []trigger) []trigger {
	out = d.forTalks(pi, out)
	for i := range out {
		if tr := &out[i]; tr.call && !tr.verb && len(tr.people) <= 1 {
			if subj, obj := d.callAddressee(pi, tr); obj != nil && obj != subj && (len(tr.people) == 0 || tr.people[0] == subj) {
				tr.people = []*personEntry{subj, obj} // "In a call afterwards, Rubio told Lavrov"
			}
		}
	}
	c := d.current
	if c == nil || c.future || c.call {
		return out
	}
	toks := d.paras[pi].toks
	for i := range out {
		tr := &out[i]
		if tr.verb && meetingVerbs[toks[tr.ti].low] && !tr.future && !tr.remote {
			// "The Europeans - Powell, Bonne and Sautter - later met the
			// U.S. delegation separately": the aside's people and the
			// members of the delegation met
			tr.people = dedupe(append(tr.people, d.dashedSubject(pi, tr)...))
			if !tr.hasDate || c.hasDate && tr.date.key == c.date.key {
				team, named := d.delegationObject(pi, tr, c)
				tr.people = dedupe(append(tr.people, team...))
				if named && len(team) == 0 && len(tr.people) > 0 && overlap(tr.people, c.att) == 0 && separatelyIn(toks, tr.ti+1, tr.ce) {
					tr.apart = true // "Powell met the Russian delegation separately": no one of the talks
				}
			}
		}
		if tr.future || tr.call || tr.remote || tr.apart || len(tr.people) < 2 || overlap(tr.people, c.att) == len(tr.people) && !d.alsoMetSeparately(tr) {
			continue
		}
		if d.sideSession(tr) {
			tr.apart = true
		}
	}
	return out
}

// sideSession reports a mention told as a session beside the one under
// way: "met Yermak separately", "met X on the sidelines", "held a further
// session with", "saw Rubio briefly before flying home".
func (d *doc) sideSession(tr *trigger) bool {
	toks := d.paras[tr.pi].toks
	return tr.verb && meetingVerbs[toks[tr.ti].low] && (d.metSeparately(tr) || onSidelines(toks, tr.ti+1, tr.ce)) ||
		tr.kind != "call" && furtherWith(toks, tr) ||
		tr.verb && beforeDeparture(toks, tr.ti+1, tr.ce, len(toks))
}

// furtherWith reports "held a further session with", "a second meeting
// with": another session of the mention's people, at k, with its "with".
func furtherWith(toks []token, tr *trigger) bool {
	k := tr.ti
	if k+1 >= len(toks) || toks[k+1].low != "with" {
		return false
	}
	for j := k - 1; j >= tr.cs && j >= k-3; j-- {
		if furtherWords[toks[j].low] {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// beforeDeparture reports "before flying home", "before his departure"
// after the verb, in its clause [k, ce) or just past its end.
func beforeDeparture(toks []token, k, ce, e int) bool {
	for j := k; j < e && j < ce+1; j++ {
		if toks[j].low != "before" && toks[j].low != "ahead" {
			continue
		}
		for x := j + 1; x < e && x <= j+3; x++ {
			if departureWords[toks[x].low] {
				return true
			}
		}
	}
	return false
}

// companionOpeners open an inverted line that names the rest of a party:
// "Rounding out the U.S. delegation were", "Travelling with Putin were",
// "Making the trip were".
var companionOpeners = set(`rounding completing making travelling traveling accompanying flying`)

// placesPerson reports an inverted scene line's opening [s, j) that seats
// people by someone it names: "Across the table from Medinsky sat",
// "Opposite Wanjiru sat", "To Putin's left sat", "Flanking Macron were".
func placesPerson(toks []token, s, j int) bool {
	if companionOpeners[toks[s].low] {
		return true // "Making the trip with Hun Manet were", "Rounding out Rubio's team were"
	}
	switch toks[s].low {
	case "beside", "next", "behind", "opposite", "facing", "alongside", "flanking":
		return true
	case "across":
		for x := s + 1; x < j; x++ {
			if toks[x].low == "from" {
				return true
			}
		}
	case "on", "to":
		for x := s + 1; x < j; x++ {
			if toks[x].low == "left" || toks[x].low == "right" {
				return true
			}
		}
	}
	return false
}

// toldElsewhere reports that sentence [from, to) of paragraph qi puts p at
// a meeting of another day than the one under way: "At the first round on
// May 16, Rubio had met the Ukrainian delegation separately". Someone a
// recalled round places is not who stood for a group absent from this one.
func (d *doc) toldElsewhere(qi, from, to int, p *personEntry) bool {
	c := d.current
	if c == nil || from >= to {
		return false
	}
	for _, tr := range d.triggers(qi, from, to) {
		if tr.future || !tr.hasDate || c.hasDate && tr.date.key == c.date.key {
			continue
		}
		for _, q := range tr.people {
			if q == p {
				return true
			}
		}
	}
	return false
}

// onSidelines reports "on the sidelines" or "on the margins" in tokens
// [k, e), not "of" another event's: a side meeting of the one under way.
func onSidelines(toks []token, k, e int) bool {
	for j := k + 2; j < e; j++ {
		if (toks[j].low == "sidelines" || toks[j].low == "margins") && toks[j-1].low == "the" && toks[j-2].low == "on" {
			return j+1 >= e || toks[j+1].low != "of"
		}
	}
	return false
}

// briefedSomeone reports an active "briefed" at k with a person as its
// object and one as its subject: "Rubio briefed Andriy Yermak by phone
// after the talks", "Witkoff later briefed Zelenskyy on the talks".
func (d *doc) briefedSomeone(pi, s, k, e int) bool {
	toks := d.paras[pi].toks
	if k == s || k+1 >= e || beVerbs[toks[k-1].low] || !d.personStartsAt(pi, k+1) && !briefedEnvoys(toks, k+1, e) {
		return false
	}
	return len(d.subjectList(pi, k, s, s)) > 0
}

// briefedEnvoys reports an object at k that is a body of envoys briefed
// together: "briefed the ambassadors of the international partners",
// "briefed EU envoys", "briefed the partners' diplomats" (not the press).
func briefedEnvoys(toks []token, k, e int) bool {
	for j := k; j < e && j < k+5; j++ {
		if envoyGroups[toks[j].low] {
			return true
		}
		if toks[j].kind != kWord || toks[j].low == "of" || toks[j].low == "on" || toks[j].low == "about" {
			return false
		}
	}
	return false
}

// envoyGroups are plural nouns for the envoys a negotiator briefs.
var envoyGroups = set(`ambassadors envoys diplomats mediators negotiators counterparts partners allies`)

// teamNouns name a country's party at talks: "the Ukrainian delegation".
var teamNouns = set(`delegation team side negotiators delegates`)

// delegationObject returns the people of meeting c from the country a
// meeting verb's object names: "met the Ukrainian delegation", "met the
// U.S. team separately". It returns nil for any other object.
func (d *doc) delegationObject(pi int, tr *trigger, c *cluster) (team []*personEntry, named bool) {
	toks := d.paras[pi].toks
	j := tr.ti + 1
	for j < tr.ce && (toks[j].low == "separately" || toks[j].low == "with" || toks[j].low == "privately") {
		j++
	}
	if j+2 >= tr.ce || toks[j].low != "the" {
		return nil, false
	}
	name, n := d.entityAt(toks, j+1, tr.ce)
	if n == 0 || j+1+n >= tr.ce || !teamNouns[toks[j+1+n].low] {
		return nil, false
	}
	key := d.gaz.canonicalOf(name)
	for _, a := range c.att {
		if a.fig == nil {
			continue
		}
		if o, ok := a.fig.OfficeOn(d.day); ok && d.gaz.canonicalOf(o.Of) == key {
			team = append(team, a)
		}
	}
	return team, true
}

// dashedSubject returns the people of a dashed aside that ends just
// before a meeting verb: "The Europeans - A, B and C - later met".
func (d *doc) dashedSubject(pi int, tr *trigger) []*personEntry {
	toks := d.paras[pi].toks
	v := tr.ti - 1
	for v > tr.ss && toks[v].kind == kWord && verbAdverbs[toks[v].low] {
		v--
	}
	if v <= tr.ss || !isDash(toks[v].text) && toks[v].text != "-" {
		return nil
	}
	for j := v - 1; j > tr.ss && j >= v-30; j-- {
		if isDash(toks[j].text) || toks[j].text == "-" {
			list, end := d.parseList(pi, j+1, v)
			if end < v {
				return nil // more than a list between the dashes
			}
			return list
		}
		if toks[j].kind == kQuote {
			return nil
		}
	}
	return nil
}

// separatelyIn reports "separately" in tokens [k, e) after the object:
// "met the U.S. delegation separately", not the indirect talks of "met
// the Hamas delegation and separately with Israel's team".
func separatelyIn(toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		if toks[j].low == "separately" {
			return !(j+1 < e && toks[j+1].low == "with") && !(j > k && toks[j-1].low == "and")
		}
		if toks[j].low == "separate" && j > k && (toks[j-1].low == "a" || toks[j-1].low == "in") && j+1 < e && meetingNouns[toks[j+1].low] != "" {
			return true // "met the delegation in a separate session", "held talks in a separate meeting"
		}
	}
	return false
}

// present counts the meeting's attendees not told absent from it: the
// host who "welcomed both leaders but left before the talks" is no one the
// leaders "met alone" without.
func (c *cluster) present() int {
	n := 0
	for _, a := range c.att {
		if !c.isAbsent(a) {
			n++
		}
	}
	return n
}

// presentAttendees returns the meeting's attendees not told absent from
// it.
func (c *cluster) presentAttendees() []*personEntry {
	var out []*personEntry
	for _, a := range c.att {
		if !c.isAbsent(a) {
			out = append(out, a)
		}
	}
	return out
}

// isAbsent reports e told absent from the meeting.
func (c *cluster) isAbsent(e *personEntry) bool {
	for _, ab := range c.absent {
		if ab.e == e {
			return true
		}
	}
	return false
}

// broughtAlong returns the people a scene line [s, e) says someone of the
// meeting brought along: "Putin brought Lavrov and Ushakov with him",
// "Carney brought LeBlanc and Anand along".
func (d *doc) broughtAlong(pi, s, e int) []*personEntry {
	toks := d.paras[pi].toks
	for j := s + 1; j < e && j <= s+10; j++ {
		if toks[j].low != "brought" {
			continue
		}
		if !d.hasPersonIn(pi, s, j) {
			return nil
		}
		list, end := d.parseList(pi, j+1, e)
		if len(list) == 0 || end >= e {
			return nil
		}
		if toks[end].low == "along" || toks[end-1].low == "along" || toks[end].low == "with" && end+1 < e && objPronoun(toks[end+1].low) ||
			objPronoun(toks[end].low) && toks[end-1].low == "with" {
			return list // (the list may take in its "with")
		}
		return nil
	}
	return nil
}

func objPronoun(w string) bool { return w == "him" || w == "her" || w == "them" }
