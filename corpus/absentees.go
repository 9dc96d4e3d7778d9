package corpus

import "strings"

// bodyAbsentees returns the people an absence told of a country or group
// stands for: "Iran also declined an invitation; Foreign Minister Abbas
// Araghchi said ...", "The M23 was not invited. Its political leader,
// Corneille Nangaa, posted ...", "neither Ukraine nor its European allies
// were invited" (Ukraine's leader, when the article names him). Clause
// [cs, k) holds the absence's subject.
func (d *doc) bodyAbsentees(pi, cs, k int) []*personEntry {
	toks := d.paras[pi].toks
	from := cs
	for j := cs; j < k; j++ {
		if toks[j].low == "neither" || toks[j].low == "nor" {
			from = j
			break
		}
	}
	if from == cs && cs > 1 && (toks[cs-1].low == "which" || toks[cs-1].low == "who") && toks[cs-2].text == "," {
		// "without Sudan's military, which refused to send a delegation"
		from, k = max(0, cs-7), cs-2
	}
	if from == cs && cs > 0 && toks[cs-1].text == "," {
		// "The M23, which controls Goma, was not invited": the subject before
		// the relative clause
		from, _ = d.paras[pi].sentenceOf(cs)
	}
	var bodies []string
	body := false
	for j := from; j < k; j++ {
		t := toks[j]
		if name, n := d.entityAt(toks, j, k); n > 0 {
			bodies = append(bodies, name)
			body = true
			j += n - 1
			continue
		}
		if orgAnaphors[t.low] || t.cap && t.kind == kWord && !isDay(t.low) && j > from {
			body = true // "the Saudi-backed government", "Hamas", "the M23"
		}
	}
	if !body {
		return nil
	}
	var out []*personEntry
	// the country's leader, when the article names them
	for _, b := range bodies {
		if fig, ok := d.gaz.Leader(b, d.day); ok {
			if e := d.reg.byFig[fig]; e != nil && d.mentioned(e) {
				out = append(out, e)
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	// the body's spokesman or envoy named right after: "; Foreign Minister
	// Araghchi said", "Its lead negotiator, Yahya Kazman, said"
	if m, ok := d.nextSpokesman(pi, k, bodies); ok {
		return []*personEntry{m}
	}
	return nil
}

// mentioned reports whether e is named anywhere in the article.
func (d *doc) mentioned(e *personEntry) bool {
	for i := range d.paras {
		for _, m := range d.paras[i].ments {
			if m.kind == mPerson && m.p == e {
				return true
			}
		}
	}
	return false
}

// nextSpokesman finds, after token k of paragraph pi (the rest of the
// sentence after a semicolon, else the next sentence), a person introduced
// as the body's own ("Its political leader, X") or holding an office of one
// of bodies.
func (d *doc) nextSpokesman(pi, k int, bodies []string) (*personEntry, bool) {
	p := &d.paras[pi]
	_, e := p.sentenceOf(k)
	semi := -1
	for j := k; j < e; j++ {
		if p.toks[j].text == ";" {
			semi = j
			break
		}
	}
	qi, from, to := pi, semi+1, e
	if semi < 0 {
		if e < len(p.toks) {
			_, to = p.sentenceOf(e)
			from = e
		} else if pi+1 < len(d.paras) && len(d.paras[pi+1].toks) > 0 {
			qi, from = pi+1, 0
			_, to = d.paras[pi+1].sentenceOf(0)
		} else {
			return nil, false
		}
	}
	q := &d.paras[qi]
	for _, m := range q.ments {
		if m.kind != mPerson || m.start < from || m.start >= to || m.poss {
			continue
		}
		if m.rstart >= from && (q.toks[m.rstart].low == "its" || q.toks[m.rstart].low == "their") ||
			(q.toks[from].low == "its" || q.toks[from].low == "their") && m.start-from <= 10 {
			// "Its lead negotiator on detainees, Yahya Kazman, said"
			return m.p, true
		}
		if m.p.fig != nil && !spokesRole(d.entryWho(m.p).role) && !d.toldElsewhere(qi, from, to, m.p) {
			// (a spokesman who comments is not the one who stayed away)
			if o, ok := m.p.fig.OfficeOn(d.day); ok {
				for _, b := range bodies {
					if d.gaz.canonicalOf(o.Of) == d.gaz.canonicalOf(b) {
						return m.p, true
					}
				}
			}
		}
		return nil, false // the first person named is someone else
	}
	return nil, false
}

// spokesRole reports a spokesperson's or press officer's role.
func spokesRole(role string) bool {
	r := strings.ToLower(role)
	return strings.Contains(r, "spokes") || strings.Contains(r, "press secretary") || strings.Contains(r, "press officer")
}

// followVerbs say someone kept up with a meeting from outside it.
var followVerbs = set(`followed following follows follow watched watching watches watch monitored monitoring`)

// followedRemotely reports a meeting noun at k that someone followed from
// elsewhere: "was following the talks by phone", "followed the ceremony by
// video", "watched the session from Brussels".
func followedRemotely(toks []token, cs, k, ce int) bool {
	cs = max(0, cs-1) // ("following" also opens a clause)
	j := k - 1
	for j >= cs && j >= k-3 && toks[j].kind == kWord && !followVerbs[toks[j].low] {
		j--
	}
	if j < cs || j < k-3 || !followVerbs[toks[j].low] {
		return false
	}
	for a := k + 1; a < ce && a <= k+4; a++ {
		switch toks[a].low {
		case "by", "via", "over", "on":
			if a+1 < ce {
				switch toks[a+1].low {
				case "phone", "telephone", "video", "videolink", "the", "television", "tv", "livestream":
					return true
				}
			}
		case "remotely", "online", "virtually":
			return true
		case "from":
			return a+1 < ce && toks[a+1].cap
		}
	}
	return false
}

// followedBefore reports a follow verb in [s, k): "was following the
// talks by phone" is someone's remote part, not a call of their own.
func followedBefore(toks []token, s, k int) bool { return followAt(toks, s, k) >= 0 }

// followAt returns the last follow verb in [s, k), or -1.
func followAt(toks []token, s, k int) int {
	for j := k - 1; j >= s; j-- {
		if followVerbs[toks[j].low] && !(j > 0 && toks[j-1].low == "the") {
			return j
		}
	}
	return -1
}

// followedCall reports the "phone" of "was following the talks by phone":
// a follow verb, a meeting noun and "by" (or "via", "over") before k, so
// the call is someone's remote part in that meeting ("the meeting followed
// a phone call" is another call).
func followedCall(toks []token, s, k int) bool {
	f := followAt(toks, s, k)
	if f < 0 || k-f > 6 || k < 1 {
		return false
	}
	switch toks[k-1].low {
	case "by", "via", "over", "the":
	default:
		return false
	}
	for j := f + 1; j < k; j++ {
		if meetingNouns[toks[j].low] != "" || toks[j].low == "proceedings" {
			return true
		}
	}
	return false
}
