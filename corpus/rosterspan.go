package corpus

import "strings"

// Rosters read by their span. A sentence that says who took part in a
// meeting ("Taking part in the talks on the Russian side were ...", "The
// US delegation included ...", "X and Y were also present at the
// meeting") is a list of people, each item a name with a title before it
// or a description after it. The list reader (parseList) follows the
// grammar of a title closely and stops at what it does not know: a
// parenthesis inside a title ("National Intelligence Organization (MIT)
// head"), a title with places in it ("Ambassador of Hungary to Russia",
// "Special Envoy to the Middle East"), a long description after a name.
// Two structural steps make a roster independent of how its titles are
// worded:
//
//   - refAside: between the words of a roster cue, an adjunct that names
//     the meeting or a party's side ("in the talks", "at the meeting", "on
//     the Russian side") is skipped, as a time or an aside already is;
//   - rosterMentions: the people of a roster are also the people its span
//     names, one per item, where an item is what lies between the list's
//     commas and "and"s; a name inside a description (an "adviser to X",
//     a relative clause, a possessive) is not an item, and a clause ("...,
//     and X welcomed them") ends the span.

// sideNouns name a party's part at a meeting.
var sideNouns = set(`side sides delegation delegations team teams camp`)

// refAside returns the length of the adjuncts at k that name the meeting
// or a side of it ("in the talks", "at Monday's meeting", "on the Russian
// side", "for the Hungarian delegation"), or 0.
func refAside(toks []token, k, e int) int {
	n := 0
	for {
		m := oneRefAside(toks, k+n, e)
		if m == 0 {
			return n
		}
		n += m
	}
}

func oneRefAside(toks []token, k, e int) int {
	if k+2 >= e {
		return 0
	}
	switch toks[k].low {
	case "in", "at", "during", "on", "for", "from":
	default:
		return 0
	}
	j := k + 1
	if !isDeterminer(toks[j].low) && toks[j].low != "their" && toks[j].low != "its" && toks[j].low != "his" && toks[j].low != "her" {
		return 0
	}
	for end := j + 1; end < e && end <= j+4; end++ {
		t := toks[end]
		if t.kind != kWord && t.low != "'s" {
			return 0
		}
		if meetingNouns[t.low] != "" || sideNouns[t.low] {
			if toks[k].low == "on" && !sideNouns[t.low] {
				return 0 // "on the talks": a topic, not a setting
			}
			return end + 1 - k
		}
	}
	return 0
}

// rosterPreps may stand before a name inside a description: "an adviser
// to Putin", "on behalf of President X": such a name is not an item.
var rosterPreps = set(`of to for from with under against about than like on at in into behind toward towards over`)

// ofPreps may stand inside a title before a name ("secretary of state
// Marco Rubio"); the other rosterPreps only inside a description.
var ofPreps = set(`of for`)

// rosterStops end a roster's span: a subordinate clause or the source of
// the report ("..., according to the ministry").
var rosterStops = set(`according before after while when whereas because although though until since where but so then`)

// rosterMentions returns the people a roster span [a, e) names, one per
// item (see the file comment), up to the first item that is a clause.
func (d *doc) rosterMentions(pi, a, e int) []*personEntry {
	toks := d.paras[pi].toks
	var out []*personEntry
	i := a
	items, chain, joined := 0, false, true
	for i < e {
		// one item: from i to the next comma, "and", ";" or the end, with
		// parentheses and short quoted names inside it
		j, depth := i, 0
		for j < e {
			t := toks[j]
			if t.kind == kQuote && j > i && len(strings.Fields(t.text)) <= 4 {
				j++ // "known by the alias 'Comandante Tomás'"
				continue
			}
			if t.text == "(" {
				depth++
			} else if t.text == ")" && depth > 0 {
				depth--
			} else if depth == 0 && (t.text == "," || t.text == ";" || t.text == "." || t.low == "and" && j > i || t.kind == kQuote || rosterStops[t.low] || isSpeech(t)) {
				break
			}
			j++
		}
		if j < e && (rosterStops[toks[j].low] || toks[j].kind == kQuote || isSpeech(toks[j])) {
			return out // "..., GCC Secretary-General Albudaiwi said": a clause's subject ends the list
		}
		switch {
		case i >= j:
		case toks[i].low == "who" || toks[i].low == "whose" || toks[i].low == "which" || toks[i].low == "whom":
			// a relative clause: its names are not items; it ends at a comma
			for j < e && toks[j].text != "," && toks[j].text != ";" {
				j++
			}
		case rosterPreps[toks[i].low]:
			// "on behalf of President X", "from the UN mission": an adjunct
		default:
			m, ok := d.itemMention(pi, i, j)
			if !ok {
				chain = items > 0 && !joined && describesOther(toks, i, j) // "Yaqoob, the son of the movement's founder, ..."
				break
			}
			if m.end < j && toks[m.end].text != "(" && !(rosterPreps[toks[m.end].low] && m.end+1 < j && toks[m.end+1].cap) {
				return out // "and Netanyahu welcomed them": a clause, the list is over
			}
			if chain && !joined {
				chain = false // "..., the son of the movement's founder, Mullah Omar": the founder, not an item
				break
			}
			out = append(out, m.p)
		}
		if i < j {
			items++
		}
		if j >= e || toks[j].text == ";" || toks[j].text == "." {
			break
		}
		joined = toks[j].low == "and"
		i = j + 1
		if i < e && toks[i].low == "and" {
			i++
			joined = true
		}
		for i < e && (toks[i].low == "as" || toks[i].low == "well" || toks[i].low == "by" || toks[i].low == "also") {
			i++ // "as well as", "and by", "and also"
		}
	}
	return out
}

// describesOther reports a description that relates someone to another
// ("the son of ...", "an adviser to ..."): a name after it, set off by a
// comma, is that other.
func describesOther(toks []token, s, e int) bool {
	if toks[s].cap {
		return false
	}
	for j := s; j < e; j++ {
		if toks[j].low == "of" || toks[j].low == "to" {
			return true
		}
	}
	return false
}

// itemMention returns the person an item [s, e) of a roster names: the
// first name in full in it that is not owned ("Putin's aide") and, in an
// item that opens in lower case, not inside a description ("an adviser to
// X", "known by his alias X").
func (d *doc) itemMention(pi, s, e int) (mention, bool) {
	toks := d.paras[pi].toks
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.start < s || m.end > e || m.poss || m.end-m.start < 2 && m.p.fig == nil {
			continue
		}
		if m.start > s && rosterPreps[toks[m.start-1].low] {
			continue // "the President of Sierra Leone"
		}
		if _, ok := d.gaz.Country(m.p.name); ok {
			continue
		}
		if !toks[s].cap {
			for j := s; j < m.start; j++ {
				if t := toks[j]; rosterPreps[t.low] && (!ofPreps[t.low] || toks[j+1].cap) || participle(t) {
					// ("secretary of state Marco Rubio", but "the envoy of President X")
					return mention{}, false
				}
			}
		}
		return m, true
	}
	return mention{}, false
}

// addRoster adds to meeting c the people of the roster span [a, e)
// besides those the list reader found.
func (d *doc) addRoster(c *cluster, pi, a, e int) {
	if c == nil {
		return
	}
	if list := d.rosterMentions(pi, a, e); len(list) > 0 {
		c.addAttendees(list...)
		c.addParagraph(pi)
	}
}

// addSubjectRoster adds to meeting c the people of the roster that is the
// subject of the cue at k ("X and National Intelligence Organization
// (MIT) head Y were also present"): the clause before k, parentheses
// inside it, after an opening adjunct set off by a comma ("On Friday,").
func (d *doc) addSubjectRoster(c *cluster, pi, s, k int) {
	toks := d.paras[pi].toks
	a := k
	for a > s && (!isClauseBreak(toks, a-1) || toks[a-1].text == "(" || toks[a-1].text == ")") {
		a--
	}
	if a < k && toks[a].kind == kWord && (rosterPreps[toks[a].low] || toks[a].low == "also" || toks[a].low == "earlier" || toks[a].low == "later") {
		for a < k && toks[a].text != "," {
			a++ // "On Friday, ..."
		}
		a++
	}
	if a >= k {
		return
	}
	d.addRoster(c, pi, a, k)
}

// participle reports a verb form in lower case that no title has ("known
// by his alias X", "representing X", "led by X").
func participle(t token) bool {
	if t.cap || t.kind != kWord || npTok(t) {
		return false
	}
	return strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "wn")
}
