package corpus

// Rosters: the ways an article lists who sat at a meeting beyond a plain
// "X and Y met" — a cue split by a time or an aside ("Around the table on
// Tuesday were", "Around the table, according to people in the room,
// were"), lists of "role, Name" items separated by semicolons, the chair
// told in an absolute phrase ("with Guterres in the chair"), factbox lines
// of "Name, role" after "here is who took part", and "in Spain's seat".

// timeAside returns the length of a time phrase at token k that may split
// an attendance cue ("on Tuesday", "on Monday evening", "last night",
// "this morning", "yesterday"), or 0.
func timeAside(toks []token, k, e int) int {
	if k >= e {
		return 0
	}
	switch toks[k].low {
	case "yesterday", "today", "tonight", "overnight":
		return 1
	case "on":
		if k+1 < e && isDay(toks[k+1].low) {
			if k+2 < e && dayParts[toks[k+2].low] {
				return 3
			}
			return 2
		}
	case "this", "that", "last":
		if k+1 < e && dayParts[toks[k+1].low] {
			return 2
		}
	}
	return 0
}

// commaAside returns the length of an aside between commas at token k
// (", according to four people who were in the room,"), or 0.
func commaAside(toks []token, k, e int) int {
	if k >= e || toks[k].text != "," {
		return 0
	}
	for j := k + 1; j < e && j <= k+14; j++ {
		if toks[j].text == "," {
			if j == k+1 {
				return 0
			}
			return j - k + 1
		}
		if toks[j].kind == kQuote || toks[j].text == ";" || toks[j].text == "." {
			return 0
		}
	}
	return 0
}

// colonAside returns the length of a short aside in lower case from a
// comma at k to the colon after it (", from pool's vantage point"), or 0.
func colonAside(toks []token, k, e int) int {
	if k >= e || toks[k].text != "," {
		return 0
	}
	for j := k + 1; j < e && j <= k+8; j++ {
		if toks[j].text == ":" {
			if j == k+1 {
				return 0
			}
			return j - k
		}
		if toks[j].kind == kWord && toks[j].cap || toks[j].kind == kQuote || toks[j].text == "," || toks[j].text == ";" || toks[j].text == "." {
			return 0
		}
	}
	return 0
}

// cueMatch matches an attendance cue at token k and returns the token after
// it, or -1. Before the cue's final "were", "was" or ":" a time phrase or
// an aside between commas may stand: "around the table on Tuesday were",
// "around the table, according to two delegates, were"; before a final
// "by", a short aside between commas: "co-chaired, as usual, by".
func cueMatch(toks []token, k, e int, cue []string) int {
	j := k
	for i, w := range cue {
		for r := 0; r < 3 && i > 0 && i == len(cue)-1 && (w == "were" || w == "was" || w == ":"); r++ {
			// one aside or more: "In attendance at the summit, held at the
			// State House, were"
			if n := timeAside(toks, j, e); n > 0 {
				j += n
			} else if n := colonAside(toks, j, e); n > 0 && w == ":" {
				j += n // "On the U.S. side, from pool's vantage point:"
			} else if n := commaAside(toks, j, e); n > 0 {
				j += n
			} else if n := withAside(toks, j, e); n > 0 && w != ":" {
				j += n // "around the table with Starmer and Macron were"
			} else if n := refAside(toks, j, e); n > 0 {
				j += n // "taking part in the talks on the Russian side were"
			} else {
				break
			}
		}
		if i > 0 && i == len(cue)-1 && w == "by" {
			if n := commaAside(toks, j, e); n > 0 && n <= 6 {
				j += n // "co-chaired, as usual, by": a short aside before the agent
			}
			if j < e && toks[j].low == "on" {
				j += sidePhrase(toks, j, e) // "were led on the U.S. side by Rubio and Waltz"
			}
			j += agentAdverbial(toks, j, e) // "co-chaired for the first time by"

		}
		if j >= e || toks[j].low != w && !(i > 0 && i == len(cue)-1 && copula(w) && copula(toks[j].low)) {
			return -1 // a cue's final "were" takes "was" too: "also in the room was X"
		}
		j++
	}
	return j
}

func copula(w string) bool { return w == "were" || w == "was" }

// semicolonList reads a list of participants from token k that may go on
// past semicolons: "were the UK energy secretary, Ed Miliband; the EU's
// climate commissioner, Wopke Hoekstra; and China's envoy, Liu Zhenmin".
func (d *doc) semicolonList(pi, k, e int) ([]*personEntry, int) {
	toks := d.paras[pi].toks
	out, end := d.parseList(pi, k, e)
	end += itemRoleTail(toks, end, e)       // "Ana Ruiz, director of the bridges department; ..."
	end = relativeToSemicolon(toks, end, e) // "A and B, whose attendance was confirmed on the day; C; ..."
	for len(out) > 0 && end+1 < e && toks[end].text == ";" {
		more, next := d.parseList(pi, itemStart(toks, end+1, e), e)
		if len(more) > 0 {
			next += itemRoleTail(toks, next, e)
			next += affiliationTail(toks, next, e) // "; and Daniel Okafor of the campaign group Debt Justice Africa." (orgtails.go)
		}
		if len(more) == 0 || next < e && toks[next].text != ";" && toks[next].text != "." &&
			!(toks[next].text == "," && next+1 < e && (toks[next+1].low == "whose" || toks[next+1].low == "who")) &&
			toks[next].low != "whose" && toks[next].low != "who" {
			break // "; Rosa Vidal, who was ill, did not come": a clause, not an item
		}
		out = append(out, more...)
		end = next
	}
	return dedupe(out), end
}

// presenceRole returns the length of a phrase after a name that puts the
// person at the meeting in an absolute "with" phrase ("in the chair", "as
// host", "at his side", "at her elbow", "at the table", "beside him"), or
// 0.
func presenceRole(toks []token, k, e int) int {
	if k+1 >= e {
		return 0
	}
	switch toks[k].low {
	case "in":
		if k+2 < e && toks[k+1].low == "the" && (toks[k+2].low == "chair" || toks[k+2].low == "room") {
			return 3
		}
	case "as":
		switch toks[k+1].low {
		case "host", "chair", "co-chair", "co-host", "moderator", "mediator", "observer", "observers", "hosts", "chairs":
			return 2
		}
		if k+2 < e && (toks[k+1].low == "the" || toks[k+1].low == "a") {
			switch toks[k+2].low {
			case "host", "chair", "co-chair", "co-host", "moderator", "mediator", "observer":
				return 3
			}
		}
	case "at", "around":
		if k+2 < e && (toks[k+1].low == "his" || toks[k+1].low == "her" || toks[k+1].low == "their") && (toks[k+2].low == "side" || toks[k+2].low == "elbow" || toks[k+2].low == "sides") {
			return 3
		}
		if k+2 < e && toks[k+1].low == "the" && toks[k+2].low == "table" {
			return 3 // "with Witkoff, Umerov and Kostyukov at the table"
		}
	case "beside", "alongside", "next":
		if toks[k+1].low == "him" || toks[k+1].low == "her" || toks[k+1].low == "them" {
			return 2
		}
		if toks[k].low == "next" && k+2 < e && toks[k+1].low == "to" && (toks[k+2].low == "him" || toks[k+2].low == "her") {
			return 3
		}
	}
	return 0
}

// withPresence reads "with Guterres in the chair and his envoy Holguín at
// his side", "with Dutch Prime Minister Dick Schoof as host" from token k
// (the word after ", with"): the people the phrase puts at the meeting.
func (d *doc) withPresence(pi, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	var out []*personEntry
	for k < e {
		list, end := d.parseList(pi, k, e)
		n := presenceRole(toks, end, e)
		if len(list) == 0 || n == 0 {
			break
		}
		out = append(out, list...)
		k = end + n
		if k < e && toks[k].low == "and" {
			k++
			continue
		}
		break
	}
	return out
}

// unpunctuated reports a paragraph that does not end as a sentence does: a
// list item or a heading.
func unpunctuated(toks []token) bool {
	n := len(toks)
	if n == 0 {
		return false
	}
	switch toks[n-1].text {
	case ".", "?", "!", ":":
		return false
	}
	return toks[n-1].kind != kQuote
}

// hasPerson reports a paragraph naming a person.
func (d *doc) hasPerson(pi int) bool {
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson {
			return true
		}
	}
	return false
}

// rosterItem reports a factbox line of a participant list: no sentence
// punctuation at its end, a person named at its start ("Rustem Umerov,
// head of delegation", "Foreign Minister Hakan Fidan opened the session").
func (d *doc) rosterItem(pi int) bool {
	toks := d.paras[pi].toks
	if !unpunctuated(toks) || len(toks) > 40 {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.rstart <= 1 {
			return true
		}
	}
	return false
}

// rosterStarts reports the first of at least two roster items in a row
// ("Name, role" lines), a short unnamed item allowed between them.
func (d *doc) rosterStarts(pi int) bool {
	if !d.rosterItem(pi) || !d.rosterAnnounced(pi) {
		return false
	}
	toks := d.paras[pi].toks
	if len(toks) < 2 || toks[1].kind == kWord && !toks[1].cap {
		return false
	}
	comma := false
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.rstart <= 1 {
			comma = m.end < len(toks) && toks[m.end].text == ","
			break
		}
	}
	if !comma {
		return false
	}
	for q := pi + 1; q < len(d.paras) && q <= pi+2; q++ {
		if d.rosterItem(q) {
			return true
		}
		if qt := d.paras[q].toks; !unpunctuated(qt) || len(qt) > 30 || d.hasPerson(q) {
			return false
		}
	}
	return false
}

// futureBefore reports a planned meeting told in the sentence before token
// k: "were due to meet, with Fidan in the chair" puts no one at a meeting.
func futureBefore(trs []trigger, k int) bool {
	for _, tr := range trs {
		if tr.ti < k && tr.future {
			return true
		}
	}
	return false
}

// inTheSeat returns the person put "in Spain's seat", "in his seat" or "in
// the chair" by the phrase at token k ("in"): the name just before it.
func (d *doc) inTheSeat(pi, s, k, e int) *personEntry {
	toks := d.paras[pi].toks
	if toks[k].low != "in" || k+2 >= e {
		return nil
	}
	j := k + 1
	for j < e && j < k+4 && toks[j].low != "seat" {
		j++
	}
	if j >= e || toks[j].low != "seat" {
		return nil
	}
	end := k
	if end-1 > s && toks[end-1].text == "," {
		end--
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && (m.end == end || m.rend == end) {
			return m.p
		}
	}
	return nil
}

// rosterWords announce a list of participants: "who took part",
// "participants", "around the table", "the delegations".
var rosterWords = [][]string{
	{"took", "part"}, {"taking", "part"}, {"attended"}, {"attendees"}, {"participants"}, {"who", "was", "there"},
	{"who", "attended"}, {"delegations"}, {"delegation"}, {"around", "the", "table"}, {"in", "the", "room"},
	{"line-up"}, {"lineup"}, {"negotiating", "teams"}, {"present"},
}

// rosterAnnounced reports a roster announced in the two paragraphs before
// pi ("Here are details of who took part", "The delegations met"): lines
// of "Name, role" in a "key players" box are no roster.
func (d *doc) rosterAnnounced(pi int) bool {
	for q := pi - 1; q >= 0 && q >= pi-2; q-- {
		toks := d.paras[q].toks
		for k := range toks {
			for _, w := range rosterWords {
				if matchAt(toks, k, w) {
					return true
				}
			}
		}
	}
	return false
}

// agentAdverbials are the adverbial phrases news copy sets between a
// passive verb and its agent: "co-chaired for the first time by",
// "hosted once again by", "chaired jointly by".
var agentAdverbials = [][]string{{"for", "the", "first", "time"}, {"for", "the", "last", "time"}, {"once", "again"},
	{"again"}, {"jointly"}, {"this", "time"}, {"as", "usual"}, {"as", "always"}}

// agentAdverbial returns the length of an adverbial phrase at j that
// stands before a passive's "by" (agentAdverbials), else 0.
func agentAdverbial(toks []token, j, e int) int {
	for _, a := range agentAdverbials {
		if j+len(a) < e && matchAt(toks, j, a) && toks[j+len(a)].low == "by" {
			return len(a)
		}
	}
	return 0
}

// relativeToSemicolon returns the ";" that ends a relative clause at k
// (", whose attendance was confirmed on the day;"), else k.
func relativeToSemicolon(toks []token, k, e int) int {
	r := k
	if r < e && toks[r].text == "," {
		r++
	}
	if r >= e || toks[r].low != "whose" && toks[r].low != "who" {
		return k
	}
	for j := r + 1; j < e; j++ {
		if toks[j].text == ";" {
			return j
		}
		if toks[j].text == "." {
			break
		}
	}
	return k
}
