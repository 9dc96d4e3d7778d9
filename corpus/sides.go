package corpus

import "slices"

// At someone's side. "Hungarian Foreign Minister Peter Szijjarto was at
// Orban's side", "Okonjo-Iweala sat at his side through the night",
// "Motegi was by Takaichi's side": the subject is at the meeting where the
// one beside them is. atSideOf reads a verb of sitting or standing before
// a name's possessive; this step reads the copula ("was at", "remained
// by") too, and a possessive pronoun that means an attendee ("at his
// side"). The one beside must be at the meeting under way already, and is
// never the subject itself.

// besideVerbs place the subject beside someone: "was at X's side".
var besideVerbs = set(`was were remained stayed sat seated stood standing sitting`)

// beAtSide reads "S was at X's side", "S sat at his side" at token k ("at"
// or "by") and returns the subject when X is an attendee of c.
func (d *doc) beAtSide(pi, s, k, e int, c *cluster) []*personEntry {
	toks := d.paras[pi].toks
	v := k - 1
	for v > s && (toks[v].low == "also" || toks[v].low == "always" || toks[v].low == "still") {
		v-- // "was also at his side"
	}
	if v <= s || !besideVerbs[toks[v].low] || k+2 >= e {
		return nil
	}
	var owner *personEntry
	switch {
	case (toks[k+1].low == "his" || toks[k+1].low == "her") && sideNoun(toks[k+2].low):
		owner = d.resolvePronoun(pi, k+1, toks[k+1].low == "her")
		subj := d.subjectList(pi, v, clauseStart(toks, s, v), s)
		if owner == nil || slices.Contains(subj, owner) {
			// "Haddad sat at his side": not his own; the attendee named
			// last before the sentence, of the pronoun's gender
			owner = nil
			for _, p := range d.peopleBefore(pi, s, 4) {
				if c.hasAttendee(p) && !slices.Contains(subj, p) && (toks[k+1].low == "her" && !p.male || toks[k+1].low == "his" && !p.female) {
					owner = p
					break
				}
			}
		}
	case toks[k+1].cap && k+3 < e && (toks[k+2].low == "'s" || toks[k+2].text == "’s") && sideNoun(toks[k+3].low):
		owner = attendeeByWord(c, toks[k+1].text)
	}
	if owner == nil || !c.hasAttendee(owner) || d.placedElsewhere(pi, s, k, c) || d.placedElsewhere(pi, min(k+4, e), e, c) {
		return nil // ("at Kowal's side in Paris": elsewhere)
	}
	for j := k + 3; j < e; j++ {
		if toks[j].low == "when" || toks[j].low == "as" || toks[j].low == "while" {
			return nil // "at his side when he flew home": another moment
		}
	}
	var out []*personEntry
	for _, p := range d.subjectList(pi, v, clauseStart(toks, s, v), s) {
		if p != owner {
			out = append(out, p)
		}
	}
	return out
}
