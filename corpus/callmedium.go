package corpus

// markCallMedium makes the trigger at k a call when the phone or video
// carries it: a verb followed closely by the medium ("Rubio and Lavrov
// talked by phone"), or talks held over it ("Lukashenko has held talks by
// phone with Trump", "the two held talks by video link"). The noun needs
// "by", "over" or "via" right after it, so "the talks, which Ruiz followed
// by phone" stays an in-person meeting with a remote part. A gathering
// told as "virtual" or "online" is held from afar as a whole.
func markCallMedium(toks []token, k, e int, tr *trigger) {
	if tr.call {
		return
	}
	if tr.verb {
		for j := k + 1; j < e && j <= k+3; j++ {
			if callMedium(toks[j].low) || j == k+1 && meetingVerbs[toks[k].low] && virtualWords[toks[j].low] {
				tr.call, tr.kind = true, "call"
			}
		}
		return
	}
	if k+2 < e && (toks[k].low == "talks" || toks[k].low == "conversation" || toks[k].low == "consultations") &&
		(toks[k+1].low == "by" || toks[k+1].low == "over" || toks[k+1].low == "via") && callMedium(toks[k+2].low) && k > 0 && holdVerbBefore(toks, k) {
		tr.call, tr.kind = true, "call"
		return
	}
	if !tr.verb && virtualBefore(toks, k) {
		tr.virtual = true // "an extraordinary virtual summit of EAC heads of state"
	}
}

// virtualBefore reports "virtual" or "online" just before the meeting noun
// at k, perhaps past one lower-case word: "a virtual summit", "an online
// meeting", "a virtual extraordinary session". Everyone in such a meeting
// took part from afar.
func virtualBefore(toks []token, k int) bool {
	switch toks[k].low {
	case "summit", "meeting", "session", "conference", "gathering":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if toks[j].low == "virtual" || toks[j].low == "online" {
			return true
		}
		if toks[j].kind != kWord || toks[j].cap {
			return false
		}
	}
	return false
}

// virtualIn reports a meeting told as virtual or online among the
// sentence's triggers: "a virtual summit ..., which Renner attended online".
func virtualIn(trs []trigger) bool {
	for i := range trs {
		if trs[i].virtual {
			return true
		}
	}
	return false
}

// virtualWords after a meeting verb make it a call: "met virtually".
var virtualWords = set(`virtually online remotely`)

// callMedium reports a word naming the line a call runs on.
func callMedium(w string) bool {
	return w == "phone" || w == "telephone" || w == "video" || w == "videolink"
}

// holdVerbBefore reports "held" (or "had", "holds") a few words before the
// noun at k, past "his own", "their first" and the like.
func holdVerbBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].low {
		case "held", "had", "holds", "hold", "holding", "having", "has":
			return true
		}
		if toks[j].kind != kWord || toks[j].cap {
			return false
		}
	}
	return false
}

// callInClause returns who held the call at k when a preposition ties it
// to the clause's verb: "Ruiz and Nowak agreed in a phone call in May to
// ...", "Ruiz told Nowak during a video call that ...". The verb's subject
// and the people right after it (its object) take part; a call at the
// head of the sentence ("In a call with Putin, Trump said") is left to
// the sentence's subject.
func (d *doc) callInClause(pi, s, k int, tr *trigger) []*personEntry {
	toks := d.paras[pi].toks
	p := k - 1
	for p > tr.cs && toks[p].kind == kWord && !toks[p].cap && (isDeterminer(toks[p].low) || callModifiers[toks[p].low] || callMedium(toks[p].low) || toks[p].low == "their" || toks[p].low == "his" || toks[p].low == "her") {
		p--
	}
	if p <= tr.cs || p <= s || !callPreps[toks[p].low] || negatedBefore(toks, tr.cs, p) {
		return nil
	}
	// the verb: the last lower-case word before the preposition, past its
	// object ("told Nowak", "assured the two leaders")
	v := p - 1
	for v > tr.cs && (toks[v].cap || toks[v].text == "," || toks[v].low == "and" || toks[v].kind != kWord) {
		if toks[v].kind == kQuote || toks[v].text == ";" {
			return nil
		}
		v--
	}
	if v > s && toks[v].kind == kWord && !toks[v].cap && !pastVerb(toks[v]) && !speechVerbs[toks[v].low] {
		// "had prepared the ground on Thursday afternoon in a phone call
		// with Lula", "made her case on Monday in a call with": the verb
		// before its object and its day
		for j := v - 1; j > s && j > tr.cs && j >= v-6; j-- {
			if toks[j].kind != kWord || toks[j].cap && !isDay(toks[j].low) || callClauseOpeners[toks[j].low] {
				break
			}
			if pastVerb(toks[j]) && !beVerbs[toks[j].low] {
				v = j
				break
			}
		}
	}
	if v <= s || toks[v].cap || toks[v].kind != kWord || !pastVerb(toks[v]) && !speechVerbs[toks[v].low] {
		return nil
	}
	out := d.subjectList(pi, v, tr.cs, s)
	if len(out) == 0 {
		return nil
	}
	if obj, _ := d.parseList(pi, v+1, p); len(obj) > 0 {
		out = append(out, obj...)
	}
	return out
}

// callClauseOpeners start a clause of their own: a verb before them is not
// the call's.
var callClauseOpeners = set(`that which who whom when while after before because and but or as`)

// callPreps tie a call to the clause's verb.
var callPreps = set(`in during on over`)

// callModifiers may stand between the preposition and the call noun.
var callModifiers = set(`brief short long lengthy hour-long late-night late evening morning first second recent separate private`)

// callJoiners returns the people a later phrase of the call's sentence
// says joined it: "Trump spoke by phone with Zelenskyy, in a call that
// Rutte and the leaders of Britain and France later joined". They join
// the call itself, so they take part like its two ends.
func (d *doc) callJoiners(pi, k int) []*personEntry {
	toks := d.paras[pi].toks
	_, e := d.paras[pi].sentenceOf(k)
	for j := k + 1; j+2 < e; j++ {
		if toks[j].kind == kQuote {
			return nil
		}
		if (toks[j].low != "call" && toks[j].low != "conversation") || (toks[j+1].low != "that" && toks[j+1].low != "which") {
			continue
		}
		list, end := d.parseList(pi, j+2, e) // ("the leaders of Britain and France" resolve by office)
		for end < e && toks[end].kind == kWord && (toks[end].low == "later" || toks[end].low == "also" || toks[end].low == "briefly" || toks[end].low == "then" || toks[end].low == "had" || toks[end].low == "subsequently") {
			end++
		}
		if len(list) == 0 || end >= e || toks[end].low != "joined" {
			return nil
		}
		return list
	}
	return nil
}
