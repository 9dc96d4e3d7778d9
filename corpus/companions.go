package corpus

import "strings"

// Companions: people news places at a meeting by where they sat or stood
// next to someone already there, or by the part of the session they
// joined, in sentences that name no meeting of their own:
//
//	"With Medinsky were Galuzin, Fomin and Kostyukov."
//	"Trump sat between Rubio and Witkoff."
//	"Motegi was at Takaichi's side", "Wang Yi sat at Xi's right."
//	"..., with Sefcovic to her right", "..., with Orsi and Peña seated on
//	either side of the host."
//	"Dombrovskis joined for the second half."
//	"Sybiha and Umerov completed the Ukrainian side, along with Palisa."
//
// Each needs its anchor (the one sat beside, the one "with" whom people
// were) to take part in the meeting already, so a companion of someone at
// another meeting stays out.

// companionWords are the cue words the companion cues start at.
var companionWords = set(`with between at joined completed across opposite beside facing sitting`)

func init() {
	for w := range companionWords {
		cueWords[w] = true
	}
}

// companionCues applies the companion cues at token k of the sentence
// [s, e) to meeting c. It reports whether it added anyone.
func (d *doc) companionCues(pi, s, k, e int, c *cluster) bool {
	toks := d.paras[pi].toks
	var who []*personEntry
	switch toks[k].low {
	case "with":
		who = d.withWereCompanions(pi, s, k, e, c)
		if who == nil {
			who = d.withSeatCompanions(pi, s, k, e, c)
		}
	case "between":
		who = d.satBetween(pi, s, k, e, c)
	case "at", "by":
		if who = d.atSideOf(pi, s, k, e, c); who == nil {
			who = d.beAtSide(pi, s, k, e, c) // "was at Orban's side", "sat at his side" (sides.go)
		}
	case "joined":
		who = d.joinedForPart(pi, s, k, e)
	case "completed":
		who = d.completedSide(pi, s, k, e)
	case "across", "opposite", "beside", "facing", "sitting":
		who = d.seatedOpposite(pi, s, k, e, c)
	}
	if len(who) == 0 {
		who = d.deedCues(pi, s, k, e) // "chaired that session", "read by"
	}
	if len(who) == 0 {
		return false
	}
	c.addAttendees(who...)
	c.addParagraph(pi)
	return true
}

// withWereCompanions reads "With Medinsky were Galuzin, Fomin and
// Kostyukov" opening a sentence: the people after "were", when someone
// before it takes part in c.
func (d *doc) withWereCompanions(pi, s, k, e int, c *cluster) []*personEntry {
	toks := d.paras[pi].toks
	if k != s {
		return nil
	}
	for j := k + 1; j < e && j <= k+8; j++ {
		if toks[j].low != "were" && toks[j].low != "was" {
			continue
		}
		anchors, end := d.parseList(pi, k+1, j)
		if end != j || !anyAttendee(c, anchors) {
			return nil
		}
		list, _ := d.parseList(pi, j+1, e)
		return list
	}
	return nil
}

// withSeatCompanions reads a closing "with" phrase that seats its people
// beside someone: ", with Sefcovic to her right", ", with Orsi and Peña
// seated on either side of the host". The sentence's subject must take
// part in c.
func (d *doc) withSeatCompanions(pi, s, k, e int, c *cluster) []*personEntry {
	toks := d.paras[pi].toks
	if k == s || toks[k-1].text != "," {
		// (not "sat at the head of the table with his negotiator at his
		// side" either: right there, but who's merges carried the name
		// into other reports of the meeting and end-to-end precision fell)
		return nil
	}
	var list []*personEntry
	for j := k + 2; j < e && j <= k+16; j++ {
		if seatPhrase(toks, j, e) {
			// the people up to the seat ("with Orsi and Peña seated on
			// either side"): the whole stretch must be their list
			if l, end := d.parseList(pi, k+1, j); end == j {
				list = l
			}
			break
		}
	}
	if len(list) == 0 {
		return nil
	}
	subj := d.subjectList(pi, firstVerbAfter(toks, s, k), s, s)
	if len(subj) == 0 && (toks[s].low == "she" || toks[s].low == "he") {
		// "She sat down with Trump ..., with Sefcovic to her right"
		if p := d.resolvePronoun(pi, s, toks[s].low == "she"); p != nil {
			subj = []*personEntry{p}
		}
	}
	if !anyAttendee(c, subj) {
		return nil
	}
	return list
}

// seatPhrase reports a phrase at k that seats someone beside another:
// "to her right", "on his left", "at his side", "seated on either side
// of", "sitting to the left of".
func seatPhrase(toks []token, k, e int) bool {
	if k < e && (toks[k].low == "seated" || toks[k].low == "sitting" || toks[k].low == "standing") {
		k++
	}
	if k+2 >= e || toks[k].low != "to" && toks[k].low != "on" && toks[k].low != "at" {
		return false
	}
	switch toks[k+1].low {
	case "his", "her", "their", "the":
		return sideNoun(toks[k+2].low)
	case "either", "each", "both":
		return toks[k+2].low == "side" || toks[k+2].low == "sides"
	}
	return false
}

// sideNoun: the place beside someone ("right", "left", "side", "elbow",
// "shoulder": "sat at Starmer's shoulder"; not "shoulders", a burden's).
func sideNoun(w string) bool {
	return w == "right" || w == "left" || w == "side" || w == "elbow" || w == "sides" || w == "shoulder"
}

// firstVerbAfter returns the first lower-case word after s that can end
// a subject, or k when none comes before k (the subject list reads up to
// it).
func firstVerbAfter(toks []token, s, k int) int {
	for j := s + 1; j < k; j++ {
		if toks[j].kind == kWord && !toks[j].cap && toks[j].low != "and" && toks[j].low != "of" && toks[j].low != "the" {
			return j
		}
	}
	return k
}

// satBetween reads "Trump sat between Rubio and Witkoff": when the one
// seated takes part in c, so do the two beside them.
func (d *doc) satBetween(pi, s, k, e int, c *cluster) []*personEntry {
	toks := d.paras[pi].toks
	if k == s || !seatVerbs[toks[k-1].low] {
		return nil
	}
	subj := d.subjectList(pi, k-1, clauseStart(toks, s, k-1), s)
	if !anyAttendee(c, subj) {
		return nil
	}
	list, _ := d.parseList(pi, k+1, e)
	if len(list) < 2 {
		return nil
	}
	return list
}

// seatVerbs seat a clause's subject somewhere; sideVerbs seat them
// beside someone.
var (
	seatVerbs = set(`sat seated sitting stood standing was were`)
	sideVerbs = set(`sat seated sitting stood standing`)
)

// atSideOf reads "Wang Yi sat at Xi's right", "Rafiyev stood at his
// minister's side": when the one beside takes part in c, so does the
// subject. (Not "was at Takaichi's side": right in the articles it was
// written from, but the who answer, merging one meeting's reports from
// several articles, then carried the name into reports of the same
// meeting that do not name that person, and end-to-end precision fell.)
func (d *doc) atSideOf(pi, s, k, e int, c *cluster) []*personEntry {
	toks := d.paras[pi].toks
	if k == s || !sideVerbs[toks[k-1].low] {
		return nil
	}
	for j := k + 2; j+1 < e && j <= k+5; j++ {
		if toks[j].low != "'s" && toks[j].text != "’s" {
			continue
		}
		// the one beside, by a word of an attendee's name: a possessive
		// before a noun is no mention of its own ("at Haddad's side", "at
		// Xi's right")
		if !toks[j-1].cap || !sideNoun(toks[j+1].low) || attendeeByWord(c, toks[j-1].text) == nil {
			return nil
		}
		return d.subjectList(pi, k-1, clauseStart(toks, s, k-1), s)
	}
	return nil
}

// joinedForPart reads "Dombrovskis joined for the second half": the
// subject took part in the meeting told, for part of it.
func (d *doc) joinedForPart(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k == s || k+3 >= e || toks[k+1].low != "for" || toks[k+2].low != "the" {
		return nil
	}
	switch toks[k+3].low {
	case "afternoon", "evening", "morning": // "joined for the afternoon"
	case "second", "last", "final", "closing", "latter", "opening", "first":
		// "joined for the second half", not "for the second time"
		if k+4 >= e || !partNouns[toks[k+4].low] {
			return nil
		}
	default:
		return nil
	}
	return d.subjectList(pi, k, clauseStart(toks, s, k), s)
}

// partNouns are the parts of a session one can join for.
var partNouns = set(`half part hour hours session sessions day days round segment stretch`)

// completedSide reads "Sybiha and Umerov completed the Ukrainian side,
// along with Palisa": the subjects, and the people "along with" them,
// were in the delegation at the table.
func (d *doc) completedSide(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k == s {
		return nil
	}
	j := k + 1
	if j < e && toks[j].low == "the" {
		j++
	}
	for j < e && (toks[j].cap || j > k+1 && isPossessive(toks[j]) || toks[j].low == "union" || toks[j].low == "party") {
		j++ // "the Ukrainian side", "the US team", "the Social Democrats' team", "the union's team"
	}
	if j >= e {
		return nil
	}
	switch toks[j].low {
	case "side", "delegation", "team", "line-up", "lineup":
	default:
		return nil
	}
	who := d.subjectList(pi, k, clauseStart(toks, s, k), s)
	if len(who) == 0 {
		return nil
	}
	for i := j + 1; i+2 < e && i <= j+3; i++ {
		if toks[i].low == "along" && toks[i+1].low == "with" {
			more, _ := d.parseList(pi, i+2, e)
			who = append(who, more...)
			break
		}
	}
	return who
}

// anyAttendee reports whether one of ps takes part in c.
func anyAttendee(c *cluster, ps []*personEntry) bool {
	for _, p := range ps {
		if c.hasAttendee(p) {
			return true
		}
	}
	return false
}

// attendeeByWord returns the attendee of c one of whose name's words is
// w ("Xi" for Xi Jinping, "Haddad" for Omar Haddad), or nil; two such
// attendees are no answer.
func attendeeByWord(c *cluster, w string) *personEntry {
	var found *personEntry
	for _, a := range c.att {
		for _, part := range strings.Fields(a.name) {
			if part == w {
				if found != nil && found != a {
					return nil
				}
				found = a
			}
		}
	}
	return found
}

// seatedOpposite reads an inverted seat line opening a sentence that also
// names a meeting or follows one: "Across the table sat his counterpart,
// Hun Manet, who had flown in that afternoon", "Opposite them sat
// Araghchi, who ... before heading to the meeting", "Sitting opposite him
// was a rebel team headed by Cardenas". The meeting must have people
// already (the ones sat across from).
func (d *doc) seatedOpposite(pi, s, k, e int, c *cluster) []*personEntry {
	toks := d.paras[pi].toks
	if k != s && !afterSemicolon(toks, s, k) || len(c.att) == 0 || k+1 >= e {
		return nil
	}
	switch toks[k+1].low {
	case "the", "him", "her", "them", "opposite", "across":
	default:
		return nil // "Beside Rubio sat ...": someone named, left to the scene rules
	}
	return d.scenePeople(pi, k, e) // (from the clause: "...; across the table sat He")
}

// isPossessive reports a possessive ending token: "'s", "’s", or the
// apostrophe of "the Social Democrats'".
func isPossessive(t token) bool {
	return t.low == "'s" || t.low == "’s" || t.text == "'" || t.text == "’"
}
