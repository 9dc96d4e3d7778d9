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
