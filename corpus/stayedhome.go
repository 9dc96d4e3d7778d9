package corpus

import "strings"

// A leader who stayed at home while their team met: "Zelenskyy, who
// remained in Kyiv, said ...". Absent from the meeting under way, with
// where they stayed as the note.

// stayedHome returns the note and the people a stay at token k of sentence
// [s, e) keeps away from meeting c: "remained in Kyiv", "stayed behind in
// Moscow", told of the head of a country whose people are at c, in
// another city than c's. It returns "", nil for anything else.
func (d *doc) stayedHome(pi, s, k, e int, c *cluster) (string, []*personEntry) {
	toks := d.paras[pi].toks
	if toks[k].low != "stayed" && toks[k].low != "remained" || c.place == "" || c.future || c.call {
		return "", nil
	}
	j := k + 1
	if j < e && (toks[j].low == "behind" || toks[j].low == "home") {
		j++
	}
	if j+1 >= e || toks[j].low != "in" || !toks[j+1].cap || toks[j+1].kind != kWord || negatedBefore(toks, clauseStart(toks, s, k), k) {
		return "", nil
	}
	end := j + 1
	for end < e && end < j+4 && toks[end].cap && toks[end].kind == kWord {
		end++
	}
	var words []string
	for _, t := range toks[j+1 : end] {
		words = append(words, t.text)
	}
	place := strings.Join(words, " ")
	if d.placesAgree(place, c.place) || buildingInCity(place, c) {
		return "", nil // "remained in Geneva for more talks"
	}
	var out []*personEntry
	for _, p := range d.clauseSubject(pi, s, k) {
		if !c.hasAttendee(p) && d.sideAtMeeting(p, c) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return "", nil
	}
	return "stayed in " + place, out
}

// sideAtMeeting reports p, a head of state or government, whose country
// has someone else at meeting c.
func (d *doc) sideAtMeeting(p *personEntry, c *cluster) bool {
	if p.fig == nil || !isHeadRole(d.entryWho(p).role) {
		return false
	}
	o, ok := p.fig.OfficeOn(d.day)
	if !ok || o.Of == "" {
		return false
	}
	for _, a := range c.att {
		if a == p || a.fig == nil {
			continue
		}
		if ao, ok := a.fig.OfficeOn(d.day); ok && d.gaz.canonicalOf(ao.Of) == d.gaz.canonicalOf(o.Of) {
			return true
		}
	}
	return false
}

// broadcastWords before "video address" make it a leader's regular
// broadcast to the public, not a message to a meeting.
var broadcastWords = set(`nightly evening daily weekly regular televised late-night morning his her their`)

// ownBroadcast reports a "video address" or "video message" at k that is
// someone's own broadcast ("said in his nightly video address"), not one
// sent to the meeting ("a video message to the summit").
func ownBroadcast(toks []token, s, k, e int) bool {
	if k+2 < e && toks[k+2].low == "to" {
		return false // "a video address to the summit"
	}
	for j := k - 1; j >= s && j >= k-3; j-- {
		if broadcastWords[toks[j].low] {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}
