package corpus

// A past meeting told of a pair by an anaphor: "The last full summit
// between them was in Helsinki on July 16, 2018", "since the two
// leaders' meeting in Kazan last October", "their last sit-down in person
// was in Osaka on June 29, 2019". The noun names no one; the pair it
// stands for is the two people the sentence names before it, or, when it
// names no one before it, the two people of the meeting under way (of three
// named, as in "Wang conveyed Xi's greetings to Modi, and said that since
// the two leaders' meeting in Kazan", the two who lead). It is a meeting
// apart, of its own place or day. Without a word of the past ("last", "since", "previous",
// "earlier", "since" before it) "their meeting in Geneva", or "their
// first meeting since May", may be the one under way,
// and is left to the other rules.

import "strings"

// recalledPair gives a meeting-noun trigger tr with no people, in the
// sentence [s, e), the pair an anaphor before or after it stands for.
func (d *doc) recalledPair(pi, s, e int, tr *trigger) {
	toks := d.paras[pi].toks
	k := tr.ti
	if tr.verb || tr.future || tr.call || len(tr.people) > 0 || tr.place == "" && !(tr.hasDate && !tr.weakDate) {
		return
	}
	if !pairAnaphor(toks, s, k, e) || !pastCue(toks, s, k, e) {
		return
	}
	var pair []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start >= s && m.start < k && !containsEntry(pair, m.p) {
			pair = append(pair, m.p)
		}
	}
	if len(pair) == 0 {
		if c := d.current; c != nil && !c.future && len(c.att) == 2 {
			pair = c.att
		} else if c != nil && !c.future && len(c.att) > 2 && k-s <= 4 {
			// "Araghchi and Witkoff held five rounds ..., all mediated by
			// Albusaidi. Their last encounter, in Rome, ...": the two the
			// sentence before opens with
			pair = d.openingPair(pi, s)
		}
	}
	if len(pair) > 2 && leadersAnaphor(toks, s, k) {
		// "Wang conveyed Xi's greetings to Modi, and said that since the two
		// leaders' meeting in Kazan": of the three, the two leaders
		var heads []*personEntry
		for _, p := range pair {
			if isHeadRole(strings.ToLower(d.entryWho(p).role)) || p.fig != nil && rankOn(p.fig, d.day) >= 3 {
				heads = append(heads, p)
			}
		}
		pair = heads
	}
	if len(pair) != 2 {
		return
	}
	tr.people = append([]*personEntry(nil), pair...)
	tr.apart = true
}

// pairAnaphor reports "their", "the two leaders'", "the two men's" just
// before the meeting noun at k, or "between them", "between the two men"
// just after it ("between the two countries" is no pair of people).
func pairAnaphor(toks []token, s, k, e int) bool {
	for j := k - 1; j >= s && j >= k-4; j-- {
		if toks[j].low == "their" {
			return true
		}
		if (toks[j].low == "'" || toks[j].low == "'s" || toks[j].low == "’") && j-2 >= s && groupSize(toks, j-2, j) == 2 {
			return true
		}
		if (toks[j].low == "leaders'" || toks[j].low == "men's" || toks[j].low == "sides'") && j-1 >= s && toks[j-1].low == "two" {
			return true
		}
	}
	return k+2 < e && toks[k+1].low == "between" && (toks[k+2].low == "them" || k+4 < e && groupSize(toks, k+2, k+5) == 2)
}

// pastCue reports a word of the past just before the noun at k: "last",
// "previous", "prior", "earlier" in the three tokens before it ("the last
// full summit", "their last sit-down"), "since" in the five ("since the
// two leaders' meeting in Kazan"). "Their first summit since Takaichi
// took office last week" is the one under way.
func pastCue(toks []token, s, k, e int) bool {
	for j := max(s, k-5); j < k; j++ {
		switch toks[j].low {
		case "last", "previous", "earlier", "prior":
			return j >= k-3
		case "since":
			return true
		}
	}
	return false
}

// leadersAnaphor reports "the two leaders'" before the noun at k.
func leadersAnaphor(toks []token, s, k int) bool {
	for j := k - 1; j >= s+1 && j >= k-4; j-- {
		if (toks[j].low == "leaders" || toks[j].low == "leaders'") && toks[j-1].low == "two" {
			return true
		}
	}
	return false
}

// containsEntry reports p among es.
func containsEntry(es []*personEntry, p *personEntry) bool {
	for _, e := range es {
		if e == p {
			return true
		}
	}
	return false
}

// openingPair returns the two people the sentence before the one at s in
// paragraph pi opens with, as "A and B" before a verb ("Araghchi and
// Witkoff held ..."), or nil.
func (d *doc) openingPair(pi, s int) []*personEntry {
	p := &d.paras[pi]
	ps := -1
	for _, st := range p.sents {
		if st[1] == s {
			ps = st[0]
		}
	}
	if ps < 0 {
		return nil
	}
	var a, b *mention
	for i := range p.ments {
		m := &p.ments[i]
		if m.kind != mPerson || m.poss {
			continue
		}
		if m.start == ps && m.rstart >= ps {
			a = m
		} else if a != nil && m.start == a.end+1 && p.toks[a.end].low == "and" {
			b = m
		}
	}
	if a == nil || b == nil || a.p == b.p || b.end >= s || p.toks[b.end].kind != kWord || p.toks[b.end].cap {
		return nil
	}
	return []*personEntry{a.p, b.p}
}
