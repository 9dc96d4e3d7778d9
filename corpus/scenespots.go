package corpus

// sceneVerbPeople returns the subjects of the verbs of a scene line [s, e)
// that put someone at a spot in the room: "Vance sat closest to the
// president", "Wiles stood near the door", "the crown prince sat to the
// president's right", "Vance and Rubio took the yellow sofa", "Hegseth
// leaned against the wall by the door". Every clause of the line counts
// ("Lutnick stood near the desk, and Hegseth leaned against the wall").
func (d *doc) sceneVerbPeople(pi, s, e int) []*personEntry {
	toks := d.paras[pi].toks
	var out []*personEntry
	from := s
	for j := s + 1; j+1 < e; j++ {
		if toks[j].kind == kQuote {
			return nil
		}
		if toks[j].text == ";" || toks[j].low == "and" && toks[j-1].text == "," {
			from = j + 1 // the next clause's subject starts here
			continue
		}
		if j > from+30 || !sceneSpotAt(toks, j, e) {
			// (a subject list of four leaders by country, the last with an
			// apposition, runs to some 25 tokens: "Kenya's Ruto, Angola's
			// Lourenço, ... and Togo's Gnassingbé, the AU's mediator, stood
			// behind the two presidents")
			continue
		}
		who := d.subjectList(pi, j, from, s)
		if len(who) == 0 {
			continue
		}
		out = append(out, who...)
		if toks[j+1].low == "on" && eitherSideAt(toks, j+2, e) {
			if m, ok := d.personFrom(pi, j+5); ok {
				out = append(out, m.p) // "sat on either side of Dahl": Dahl between them
			}
		}
	}
	return dedupe(out)
}

// spotAdverbs stand between a verb of sitting and the spot: "sat directly
// across from her", "stood right behind him".
var spotAdverbs = set(`directly right immediately just`)

// sceneSpotAt reports a verb at j placing its subject in the room: "sat"
// or "stood" before a spot word, "leaned against", "took the sofa".
func sceneSpotAt(toks []token, j, e int) bool {
	if ovationAt(toks, j, e) {
		return true
	}
	switch toks[j].low {
	case "sat", "stood", "sitting", "standing":
		o := j + 1
		if spotAdverbs[toks[o].low] && o+1 < e {
			o++ // "sat directly across from her", "stood right behind him"
		}
		n := toks[o].low
		if n == "on" {
			return eitherSideAt(toks, o+1, e) || sideAt(toks, o+1, e) // "sat on either side of the president", "sat on his right"
		}
		if !sceneSpots[n] {
			return false
		}
		if n == "to" {
			return sideAt(toks, o+1, e) // not "stood to gain"
		}
		if n == "at" || n == "by" {
			if o+2 < e && possessivePronoun(toks[o+1].low) && toks[o+2].low == "side" {
				return true // "sat at his side during the sessions"
			}
		}
		if n == "at" {
			return atTable(toks, o, e) // not "sat at home"
		}
		return true
	case "leaned", "leaning":
		return toks[j+1].low == "against" // not "leaned on her party"
	case "perched":
		return toks[j+1].low == "on"
	case "took", "occupied", "filled":
		// "took the yellow sofa", "took seats along the wall"
		for a := j + 1; a < e && a <= j+4; a++ {
			if sceneSeats[toks[a].low] {
				return true
			}
			if toks[a].kind != kWord || toks[a].cap {
				return false
			}
		}
	}
	return false
}

// ovationAt reports "rose to applaud", "stood to cheer", "rose to their
// feet" at j: the subject, in the hall, standing for someone.
func ovationAt(toks []token, j, e int) bool {
	if j+2 >= e || toks[j].low != "rose" && toks[j].low != "stood" || toks[j+1].low != "to" {
		return false
	}
	switch toks[j+2].low {
	case "applaud", "cheer", "clap":
		return true
	case "their", "his", "her":
		return j+3 < e && toks[j+3].low == "feet"
	}
	return false
}

// sideAt reports "his right", "the left", "the president's right" at k:
// a seat beside someone.
func sideAt(toks []token, k, e int) bool {
	if k+1 < e && (toks[k].low == "his" || toks[k].low == "her" || toks[k].low == "their" || toks[k].low == "the") && (toks[k+1].low == "left" || toks[k+1].low == "right") {
		return true
	}
	// "the president's right", "the host's left"
	return k+3 < e && toks[k].low == "the" && toks[k+1].kind == kWord && toks[k+2].low == "'s" && (toks[k+3].low == "left" || toks[k+3].low == "right")
}

// eitherSideAt reports "either side of", "each side of", "both sides of"
// at k: seats flanking someone.
func eitherSideAt(toks []token, k, e int) bool {
	if k+2 >= e || toks[k+2].low != "of" {
		return false
	}
	switch toks[k].low {
	case "either", "each":
		return toks[k+1].low == "side"
	case "both":
		return toks[k+1].low == "sides"
	}
	return false
}

// sceneSeats are the furniture a "took the ..." line seats people on.
var sceneSeats = set(`sofa sofas couch couches chair chairs seat seats armchair armchairs bench benches settee`)
