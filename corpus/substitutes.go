package corpus

import "slices"

// Stand-ins named with the one they stood in for: "Varga stood in for
// Haddad", "Haddad was represented at the talks by Varga", "took
// Haddad's place", "in Haddad's absence": the stand-in attends, the one
// replaced does not.

// standInVerbs take "for" and the one stood in for: "stood in for",
// "filled in for", "deputised for", "substituted for".
var standInVerbs = map[string]string{"stood": "in", "filled": "in", "sat": "in", "stepped": "in", "deputised": "", "deputized": "",
	"substituted": "", "subbed": "in", "deputising": "", "deputizing": "", "standing": "in", "filling": "in"}

// replacedVerbs are passives whose agent took the subject's place: "was
// represented at the talks by Varga", "was replaced by his deputy".
var replacedVerbs = set(`represented replaced substituted`)

// standIns returns at token k of sentence [s, e) the people who stood in
// and the ones they stood in for, or nils.
func (d *doc) standIns(pi, s, k, e int) (in, out []*personEntry) {
	toks := d.paras[pi].toks
	w := toks[k].low
	if p, ok := standInVerbs[w]; ok {
		// "Varga stood in for Haddad", "Varga deputised for Haddad"
		a := k + 1
		if p != "" {
			if a >= e || toks[a].low != p {
				return nil, nil
			}
			a++
		}
		if a >= e || toks[a].low != "for" {
			return nil, nil
		}
		out, _ = d.parseList(pi, a+1, e)
		return d.clauseSubject(pi, s, k), out // ("stood in for the minister": the stand-in only)
	}
	if replacedVerbs[w] && k > s && beVerbs[toks[k-1].low] {
		// "Haddad was represented at the talks by his deputy, Varga": an
		// agent after a short setting (not "was represented by" alone, a cue
		// of its own)
		if k+1 < e && toks[k+1].low == "as" {
			return nil, nil // "was replaced as chief minister by Berg in March": an office changed hands
		}
		for j := k + 1; j < e && j <= k+7; j++ {
			if toks[j].low == "by" {
				if j == k+1 && w == "represented" {
					return nil, nil
				}
				in, _ = d.parseList(pi, j+1, e)
				if len(in) == 0 {
					return nil, nil
				}
				return in, d.clauseSubject(pi, s, k-1)
			}
			if toks[j].kind != kWord || clauseBreak[toks[j].low] {
				return nil, nil
			}
		}
		return nil, nil
	}
	if (w == "leaving" || w == "left") && k > s {
		// "skipped the summit, leaving Foreign Minister Varga to take his
		// seat", "flew home, leaving Varga to represent the country"
		list, end := d.parseList(pi, k+1, e)
		if len(list) == 0 || !seatTakerAt(toks, end, e) {
			return nil, nil
		}
		if w == "left" {
			return list, d.clauseSubject(pi, s, k)
		}
		return list, nil // (the one leaving: the clause before, told absent by its own cue)
	}
	if w == "behalf" && k > s+1 && toks[k-1].low == "on" && k+1 < e && toks[k+1].low == "of" && attendedBefore(toks, s, k-1) {
		// "Varga attended on behalf of Haddad"
		out, _ = d.parseList(pi, k+2, e)
		return nil, out
	}
	if w == "represented" && k > s && !beVerbs[toks[k-1].low] && k+1 < e && toks[k+1].low != "by" {
		// "Varga represented Haddad, who was ill" (not "represented Spain")
		if d.personStartsAt(pi, k+1) {
			out, _ = d.parseList(pi, k+1, e)
		} else if a := kinApposition(toks, k+1, e); a > 0 && d.personStartsAt(pi, a) {
			out, _ = d.parseList(pi, a, e) // "Zelenska, who represented her husband, President Zelensky"
		}
		return nil, out
	}
	if (w == "place" || w == "absence" || w == "stead") && k > s {
		// "took Haddad's place", "Haddad's place was taken by Varga", "In
		// Haddad's absence, Varga led"
		var owner *personEntry
		if o := k - 1; toks[o].low == "his" || toks[o].low == "her" {
			owner = d.resolvePronoun(pi, o, toks[o].low == "her")
		} else if o > s && (toks[o].low == "'s" || toks[o].low == "'") {
			if m, ok := d.mentionAt(pi, o-1); ok {
				owner = m.p
			} else if e, ok := d.reg.bySurname[nameKey(toks[o-1].text)]; ok && toks[o-1].cap && d.mentioned(e) {
				owner = e // "In Haddad's absence": a surname read as a place after "in"
			}
		}
		if owner == nil {
			return nil, nil
		}
		o := k - 2 // the token before the owner
		if m, ok := d.mentionAt(pi, k-2); ok && (toks[k-1].low == "'s" || toks[k-1].low == "'") {
			o = m.start - 1
		} else if toks[k-1].low == "'s" || toks[k-1].low == "'" {
			o = k - 3 // (a surname)
		}
		switch {
		case w == "absence" && (o >= s && toks[o].low == "in" || k+1 < e && beVerbs[toks[k+1].low]):
			return nil, []*personEntry{owner} // "In Haddad's absence", "Haddad's absence was noted"
		case w == "place" && tookBefore(toks, s, k):
			return d.clauseSubject(pi, s, k), []*personEntry{owner} // "Varga took Haddad's place"
		case w == "place" && k+3 < e && beVerbs[toks[k+1].low] && toks[k+2].low == "taken" && toks[k+3].low == "by":
			in, _ = d.parseList(pi, k+4, e)
			return in, []*personEntry{owner}
		}
	}
	return nil, nil
}

// tookBefore reports "took" or "taking" within the four tokens before k:
// "took Haddad's place".
func tookBefore(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-5; j-- {
		if toks[j].low == "took" || toks[j].low == "taking" || toks[j].low == "takes" {
			return true
		}
	}
	return false
}

// seatTakerAt reports "to take his seat", "to sit in the American seat",
// "to represent", "to lead the delegation" at k: what someone left
// behind was left to do in the place of the one who left.
func seatTakerAt(toks []token, k, e int) bool {
	if k+1 >= e || toks[k].low != "to" {
		return false
	}
	switch toks[k+1].low {
	case "represent", "deputise", "deputize":
		return true
	case "take", "fill", "sit", "occupy":
		for j := k + 2; j < e && j <= k+6; j++ {
			if toks[j].low == "seat" || toks[j].low == "chair" || toks[j].low == "place" {
				return true
			}
			if toks[j].kind != kWord {
				return false
			}
		}
	case "lead", "head":
		return k+3 < e && (toks[k+2].low == "the" || toks[k+2].low == "his" || toks[k+2].low == "her" || toks[k+2].low == "its") && toks[k+3].low == "delegation"
	}
	return false
}

// attendedBefore reports an attendance verb in the clause before k:
// "attended on behalf of", "took part on behalf of".
func attendedBefore(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-6; j-- {
		switch toks[j].low {
		case "attended", "attending", "participated", "part", "joined", "came", "went", "travelled", "traveled", "sat":
			return true
		}
		if clauseBreak[toks[j].low] {
			return false
		}
	}
	return false
}

// standInWords open the constructions standIns reads.
var standInWords = set(`stood filled sat stepped deputised deputized substituted subbed deputising deputizing standing filling
	represented replaced behalf place absence stead leaving left`)

// standInCues records at meeting c the stand-ins told at token k and the
// ones they stood in for; it returns the note recorded, else last.
func (d *doc) standInCues(pi, s, k, e int, c *cluster, last string) string {
	in, out := d.standIns(pi, s, k, e)
	if len(out) == 0 && len(in) == 0 {
		return last
	}
	note := "sent someone else"
	if toks := d.paras[pi].toks; toks[k].low == "absence" {
		note = "did not attend"
	}
	for _, p := range out {
		if !slices.Contains(in, p) {
			c.addAbsent(p, note)
		}
	}
	if len(in) > 0 {
		c.addAttendees(in...)
		c.addParagraph(pi)
	}
	return note
}

// agentAhead reports "by" at k or after a short setting ("represented at
// the talks by"): the verb before k is a passive with an agent.
func agentAhead(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+6; j++ {
		if toks[j].low == "by" {
			return true
		}
		if toks[j].kind != kWord || clauseBreak[toks[j].low] {
			return false
		}
	}
	return false
}

// absenteesAhead reports the absent after "among" at k: "among the
// absentees", "among those absent", "among those missing".
func absenteesAhead(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+2; j++ {
		switch toks[j].low {
		case "absentees", "absent", "missing", "no-shows":
			return true
		}
	}
	return false
}

// kinNouns name the one a stand-in speaks for by the tie between them:
// "represented her husband", "on behalf of his father".
var kinNouns = set(`husband wife father mother son daughter brother sister uncle aunt boss brother-in-law father-in-law`)

// kinApposition returns where the name starts in "his/her/their <kin>,
// <name>" at k ("her husband, President Zelensky"), else 0.
func kinApposition(toks []token, k, e int) int {
	if k+3 >= e || toks[k].low != "his" && toks[k].low != "her" && toks[k].low != "their" {
		return 0
	}
	if !kinNouns[toks[k+1].low] || toks[k+2].text != "," {
		return 0
	}
	return k + 3
}
