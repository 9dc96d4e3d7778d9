package corpus

// Side lists and retinues: the people of a meeting given by the party
// they sat with, or as the ones a leader brought along.
//
//	"The talks ran for 90 minutes, with Cho Hyun and Kang Hoon-sik on the
//	Korean side and Rubio and Bessent on the American side."
//	"Rubio and Lavrov held their first meeting in Riyadh, with Witkoff and
//	Waltz on the American side."
//	"Putin brought Foreign Minister Sergei Lavrov and his aide, Yuri
//	Ushakov." (Putin at the meeting under way)
//
// A side list needs the meeting named before it in its sentence; a
// retinue needs the one who brought it to take part in the meeting
// already, so a leader's aides at another meeting stay out.

func init() {
	cueWords["brought"] = true
	cueWords["with"] = true
}

// sideListCues applies the side-list and retinue cues at token k of the
// sentence [s, e) to meeting c. It reports whether it added anyone.
func (d *doc) sideListCues(pi, s, k, e int, trs []trigger, c *cluster) bool {
	var who []*personEntry
	switch d.paras[pi].toks[k].low {
	case "with":
		if meetingBefore(trs, k) {
			who = d.withSideLists(pi, k, e)
		}
		if len(who) == 0 && intoRoomWith(d.paras[pi].toks, s, k) {
			// "who took him into the Oval Office with Witkoff, McCormick and
			// Waltz": the people taken in with him
			who, _ = d.parseList(pi, k+1, e)
		}
	case "brought":
		who = d.broughtRetinue(pi, s, k, e, c)
	}
	if len(who) == 0 {
		return false
	}
	c.addAttendees(who...)
	c.addParagraph(pi)
	return true
}

// withSideLists reads ", with A and B on the Korean side and C on the
// American side": each list must run exactly up to its side phrase, and
// the phrase closes the clause or leads to the next list.
func (d *doc) withSideLists(pi, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k == 0 || toks[k-1].text != "," {
		return nil
	}
	var out []*personEntry
	start := k + 1
	for start < e {
		at, after := -1, -1
		for j := start + 1; j < e && j <= start+20; j++ {
			if a := partySide(toks, j, e); a > 0 {
				at, after = j, a
				break
			}
			if toks[j].text == ";" || toks[j].text == "." || toks[j].kind == kQuote {
				break
			}
		}
		if at < 0 {
			break
		}
		list, end := d.parseList(pi, start, at)
		if end != at || len(list) == 0 || !namedOnly(d, pi, start, at, len(list)) {
			break
		}
		out = append(out, list...)
		if after >= e || toks[after].text == "," || toks[after].text == "." || toks[after].text == ";" {
			return out
		}
		if toks[after].low != "and" {
			return nil // "on the American side of the border": no side list
		}
		start = after + 1
	}
	if start < e && len(out) > 0 {
		return nil // a list that runs on past its last side: not read
	}
	return out
}

// partySide reports "on the Korean side", "on the Russian side", "on
// Ukraine's side" at k and returns the token after it, or -1.
func partySide(toks []token, k, e int) int {
	if k+2 >= e || toks[k].low != "on" {
		return -1
	}
	j := k + 1
	if toks[j].low == "the" {
		j++
		n := 0
		for j < e && toks[j].cap && toks[j].kind == kWord && n < 3 {
			j, n = j+1, n+1
		}
		if n == 0 {
			if j < e && (toks[j].low == "other" || toks[j].low == "opposing") {
				j++ // "on the other side"
			} else {
				return -1
			}
		}
	} else {
		// "on Ukraine's side"
		if !toks[j].cap || j+1 >= e || toks[j+1].low != "'s" && toks[j+1].text != "’s" {
			return -1
		}
		j += 2
	}
	if j >= e || toks[j].low != "side" {
		return -1
	}
	return j + 1
}

// namedOnly reports whether every one of the n people parsed in [a, b)
// is named there (a person mention), not only an office or a country.
func namedOnly(d *doc, pi, a, b, n int) bool {
	seen := 0
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start >= a && m.start < b && !m.poss {
			seen++
		}
	}
	return seen >= n
}

// broughtRetinue reads "Putin brought Foreign Minister Sergei Lavrov and his
// aide, Yuri Ushakov": when the subject takes part in c, so do the named
// people brought, who must follow "brought" at once (a title may come
// first) and end the clause or lead into "to", "for", "along", "with him".
func (d *doc) broughtRetinue(pi, s, k, e int, c *cluster) []*personEntry {
	toks := d.paras[pi].toks
	if k == s || k+1 >= e || c == nil || c.future {
		return nil
	}
	if !d.personStartsAt(pi, k+1) && !(toks[k+1].cap && d.personSoonAfter(pi, k+1, e)) {
		return nil
	}
	subj := d.subjectList(pi, k, clauseStart(toks, s, k), s)
	if !anyAttendee(c, subj) {
		return nil
	}
	list, end := d.parseList(pi, k+1, e)
	if len(list) == 0 || !namedOnly(d, pi, k+1, end, len(list)) {
		return nil
	}
	if end < e {
		switch toks[end].low {
		case ",", ".", ";", "to", "for", "along", "with", "into":
		default:
			if toks[end].kind == kWord {
				return nil // "brought Lavrov's proposal"
			}
		}
	}
	return list
}

// afterSemicolon reports a clause opening at k right after a semicolon
// inside the sentence starting at s: "Bessent led the US side, with Greer
// at his elbow; across the table sat He Lifeng". Such a clause opens like
// a sentence of its own.
func afterSemicolon(toks []token, s, k int) bool {
	return k > s && toks[k-1].text == ";"
}

// ushering verbs take a guest into a room: "took him into the Oval Office".
var usheringVerbs = set(`took brought ushered led escorted walked showed invited`)

// intoRoomWith reports the "with" at k of "took him into the Oval Office
// with ...": a verb of ushering, its object, "into" and a room or building
// named just before the "with".
func intoRoomWith(toks []token, s, k int) bool {
	j := k - 1
	for j > s && toks[j].kind == kWord && (toks[j].cap || isBuilding(toks[j].low)) {
		j--
	}
	if j == k-1 || j <= s {
		return false
	}
	if isDeterminer(toks[j].low) && !toks[j].cap {
		j--
	}
	if j <= s || toks[j].low != "into" && toks[j].low != "to" {
		return false
	}
	for v := j - 1; v >= s && v >= j-5; v-- {
		if usheringVerbs[toks[v].low] {
			return v < j-1 // an object between the verb and "into"
		}
	}
	return false
}
