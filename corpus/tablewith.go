package corpus

// withAside returns the length of a "with" phrase naming the meeting's
// principals at token k, before a roster cue's final "were": "around the
// table with Starmer and Macron were ...", "in the room with the two
// leaders were ...". The phrase holds only names, "and", commas and a few
// function words; anything else (a verb, a clause) is no aside.
func withAside(toks []token, k, e int) int {
	if k >= e || toks[k].low != "with" {
		return 0
	}
	for j := k + 1; j < e && j <= k+12; j++ {
		if copula(toks[j].low) {
			if j == k+1 {
				return 0
			}
			return j - k
		}
		t := toks[j]
		switch {
		case t.text == "," || t.low == "and" || t.low == "the" || t.low == "both" || t.low == "two" || t.low == "three" || t.low == "leaders" || t.low == "him" || t.low == "her" || t.low == "them":
		case t.kind == kWord && t.cap:
		default:
			return 0
		}
	}
	return 0
}

// withAsideAttendees adds the people of a "with" aside between a roster
// cue at k and its list at after ("around the table with Starmer and Macron
// were ..."): they sat at the table too.
func (d *doc) withAsideAttendees(pi, k, after, e int, c *cluster) {
	toks := d.paras[pi].toks
	for j := k + 1; j < after; j++ {
		if toks[j].low == "with" && withAside(toks, j, e) > 0 {
			list, _ := d.parseList(pi, j+1, after)
			c.addAttendees(list...)
			return
		}
	}
}

// accompaniedAttendee handles the active "accompanied X" at k: "Foreign
// Minister Cho Hyun and Wi Sung Lac, the national security adviser,
// accompanied Lee". When X already takes part in the meeting c, the
// clause's subjects came with X and take part too. It reports whether it
// added anyone.
func (d *doc) accompaniedAttendee(pi, s, k, e int, c *cluster) bool {
	toks := d.paras[pi].toks
	if toks[k].low != "accompanied" || k+1 >= e || k == s || beVerbs[toks[k-1].low] {
		return false
	}
	who := d.subjectList(pi, k, clauseStart(toks, s, k), s)
	if len(who) == 0 {
		return false
	}
	if m, ok := d.personFrom(pi, k+1); ok {
		// "accompanied Lee", "accompanied Mr Wilson"
		if !c.hasAttendee(m.p) {
			return false
		}
	} else if toks[k+1].low == "him" || toks[k+1].low == "her" {
		// the pronoun is someone at the meeting other than the escorts
		// ("His chief of staff, Peter Otieno, accompanied him")
		if len(c.att) == 0 || len(c.att) == overlap(who, c.att) {
			return false
		}
	} else {
		return false
	}
	c.addAttendees(who...)
	c.addParagraph(pi)
	return true
}

// itemRoleTail returns the length of the role after a list item's name
// in a semicolon list (", director of the city's bridges department" before
// the next ";"), so the list reads on past it; 0 when the comma opens
// anything else (a clause, a quote, the sentence's end).
func itemRoleTail(toks []token, k, e int) int {
	if k+1 >= e || toks[k].text == ";" {
		return 0
	}
	if toks[k].text == "," {
		first := toks[k+1]
		if first.kind != kWord || !(isDeterminer(first.low) || titleWords[first.low] || first.low == "head" || first.low == "member") {
			return 0
		}
	} else if toks[k].kind != kWord || k == 0 || toks[k-1].kind != kWord || toks[k-1].cap {
		return 0 // (the list stopped inside a role: "director of the| bridges department")
	}
	for j := k + 1; j < e && j <= k+14; j++ {
		switch {
		case toks[j].text == ";":
			return j - k
		case toks[j].kind == kQuote || toks[j].text == "." || toks[j].text == ",":
			return 0
		case speechVerbs[toks[j].low] || toks[j].low == "who" || toks[j].low == "which":
			return 0
		}
	}
	return 0
}

// itemStart returns where the person of a semicolon list item starting at
// k begins: past "and" and past a capitalised place or body used as a
// modifier before a lower-case role ("Juárez economic development chief
// Raúl Ontiveros"), which is no name of its own.
func itemStart(toks []token, k, e int) int {
	if k < e && toks[k].low == "and" {
		k++
	}
	j := k
	for j < e && j < k+3 && toks[j].kind == kWord && toks[j].cap && !titleWords[toks[j].low] {
		j++
	}
	if j > k && j+1 < e && toks[j].kind == kWord && !toks[j].cap && !isDeterminer(toks[j].low) && toks[j].low != "and" && toks[j].low != "'s" && toks[j].low != "of" && !prepositions[toks[j].low] && !speechVerbs[toks[j].low] {
		for a := j; a < e && a < j+6; a++ {
			if toks[a].cap {
				return j // a lower-case role, then the name
			}
			if toks[a].kind != kWord {
				break
			}
		}
	}
	return k
}
