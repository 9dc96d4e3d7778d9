package corpus

import (
	"slices"
	"strings"
	"time"
)

// Rosters: the ways an article lists who sat at a meeting beyond a plain
// "X and Y met" — a cue split by a time or an aside ("Around the table on
// Tuesday were", "Around the table, according to people in the room,
// were"), lists of "role, Name" items separated by semicolons, the chair
// told in an absolute phrase ("with Guterres in the chair"), and factbox
// lists under a "who took part" heading.

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

// cueMatch matches an attendance cue at token k and returns the token after
// it, or -1. Before the cue's final "were", "was" or ":" a time phrase or
// an aside between commas may stand: "around the table on Tuesday were",
// "around the table, according to two delegates, were".
func cueMatch(toks []token, k, e int, cue []string) int {
	j := k
	for i, w := range cue {
		if i > 0 && i == len(cue)-1 && (w == "were" || w == "was" || w == ":") {
			if n := timeAside(toks, j, e); n > 0 {
				j += n
			} else if n := commaAside(toks, j, e); n > 0 {
				j += n
			}
		}
		if j >= e || toks[j].low != w {
			return -1
		}
		j++
	}
	return j
}

// semicolonList reads a list of participants from token k that may go on
// past semicolons: "were the UK energy secretary, Ed Miliband; the EU's
// climate commissioner, Wopke Hoekstra; and China's envoy, Liu Zhenmin".
func (d *doc) semicolonList(pi, k, e int) ([]*personEntry, int) {
	toks := d.paras[pi].toks
	out, end := d.parseList(pi, k, e)
	for len(out) > 0 && end+1 < e && toks[end].text == ";" {
		more, next := d.parseList(pi, end+1, e)
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
// host", "at his side", "at her elbow", "beside him"), or 0.
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
	case "at":
		if k+2 < e && (toks[k+1].low == "his" || toks[k+1].low == "her" || toks[k+1].low == "their") && (toks[k+2].low == "side" || toks[k+2].low == "elbow" || toks[k+2].low == "sides") {
			return 3
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

// passiveVerbs meet their agent in the passive: "were received at a
// guesthouse by X", "was greeted on the steps by Y".
var passiveVerbs = set(`received welcomed greeted hosted briefed`)

// passiveBy returns where the agent starts in "were received at the
// palace on Monday by X and Y" (v is the verb after a form of "to be"),
// or -1. The place and time between verb and "by" are skipped, up to a
// dozen words, but no clause break.
func passiveBy(toks []token, cs, v, e int) int {
	if !passiveVerbs[toks[v].low] || v-1 < cs {
		return -1
	}
	b := v - 1
	for b > cs && !beVerbs[toks[b].low] && (verbAdverbs[toks[b].low] || isLyAdverb(toks[b])) {
		b--
	}
	if !beVerbs[toks[b].low] {
		return -1
	}
	for j := v + 1; j < e && j <= v+12; j++ {
		if toks[j].low == "by" {
			if j+1 < e && (toks[j+1].low == "phone" || toks[j+1].low == "video" || toks[j+1].low == "telephone") {
				return -1
			}
			return j + 1
		}
		if toks[j].kind == kQuote || isClauseBreak(toks, j) || toks[j].kind == kWord && clauseBreak[toks[j].low] {
			return -1
		}
	}
	return -1
}

// beforeRelative returns the people a relative clause ending at the comma
// c hangs on: "President Aoun, who appointed Karam last week after weeks
// of pressure, received him" — the verb after the clause is theirs.
func (d *doc) beforeRelative(pi, ss, c int) []*personEntry {
	toks := d.paras[pi].toks
	for o := c - 1; o > ss && o > c-30; o-- {
		if toks[o].text == "," || toks[o].kind == kQuote {
			if toks[o].text == "," && o+1 < c && (toks[o+1].low == "who" || toks[o+1].low == "whose" || toks[o+1].low == "whom") {
				for start := max(ss, o-20); start < o; start++ {
					if out, end := d.parseList(pi, start, o); end == o && len(out) > 0 {
						return out
					}
				}
			}
			return nil
		}
	}
	return nil
}

// otherPerson returns the person an object pronoun at token k means when
// the nearest one is the verb's own subject: the latest other person named
// before it, in this paragraph or the one before.
func (d *doc) otherPerson(pi, k int, not []*personEntry) *personEntry {
	for qi := pi; qi >= 0 && qi >= pi-1; qi-- {
		ms := d.paras[qi].ments
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.kind != mPerson || m.poss || qi == pi && m.start >= k || slices.Contains(not, m.p) {
				continue
			}
			return m.p
		}
	}
	return nil
}

// roleToPlace reports "ambassador to Washington Simon Karam": a role noun
// at j-1, "to" at j, one place word, then a name starting at j+2.
func (d *doc) roleToPlace(pi, i, j, e int) bool {
	toks := d.paras[pi].toks
	if j <= i || j+2 >= e || !rolesHead[toks[j-1].low] || !toks[j+1].cap || toks[j+1].kind != kWord ||
		titleWords[toks[j+1].low] {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start == j+2 && !m.poss {
			return true
		}
	}
	return false
}

// officeFor reports "Assistant Secretary of State for African Affairs
// Molly Phee": "for" inside a capitalised title, its capitalised remit
// running straight into a name.
func (d *doc) officeFor(pi, i, j, e int) bool {
	toks := d.paras[pi].toks
	if j <= i || j+2 >= e || !toks[j-1].cap || toks[j-1].kind != kWord || !toks[j+1].cap {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.start > j+1 && m.start <= j+5 {
			for k := j + 1; k < m.start; k++ {
				if !toks[k].cap || toks[k].kind != kWord {
					return false
				}
			}
			return true
		}
	}
	return false
}

// pluralNounRun reports "the least developed countries" in [a, b): a
// determiner, lower-case words and a plural noun last, no verb — a group
// an elliptical "by" names the representative of ("and the least
// developed countries by Malawi's Evans Njewa").
func pluralNounRun(toks []token, a, b int) bool {
	if b-a < 2 || b-a > 6 || !isDeterminer(toks[a].low) {
		return false
	}
	for j := a + 1; j < b; j++ {
		t := toks[j]
		if t.kind != kWord || beVerbs[t.low] || verbAdverbs[t.low] || clauseBreak[t.low] || prepositions[t.low] {
			return false
		}
	}
	last := toks[b-1].low
	return len(last) > 3 && last[len(last)-1] == 's' && !strings.HasSuffix(last, "ss")
}

// pluralNounAhead reports a plural noun run from a determiner before j up
// to a "by" within a few words (so that its inner words do not end the
// elliptical list early).
func pluralNounAhead(toks []token, j, e int) bool {
	a := j
	for a > 0 && j-a < 5 && !isDeterminer(toks[a].low) {
		a--
	}
	for b := j + 1; b < e && b <= j+5; b++ {
		if toks[b].low == "by" {
			return pluralNounRun(toks, a, b)
		}
	}
	return false
}

// listBreak reports "and", "or" or a clause break in tokens [a, b): "sent
// a vice-minister, and India's Sitharaman ..." names no envoy after "sent".
func listBreak(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		if toks[j].low == "and" || toks[j].low == "or" || toks[j].text == ";" || toks[j].text == "." || isClauseBreak(toks, j) {
			return true
		}
	}
	return false
}

// standInNouns are the people sent in someone's place: "sent trusted
// aides", "sending a team of officials instead", "sent deputies".
var standInNouns = set(`aide aides deputy deputies vice-minister vice-ministers team officials delegation representative
	representatives envoy envoys subordinate subordinates underling lieutenant lieutenants emissary emissaries`)

// sentStandIn reports "sent trusted aides", "sending a team of officials",
// "sent a vice-minister" at token k (the verb): a stand-in, unnamed.
func sentStandIn(toks []token, k, e int) bool {
	if toks[k].low != "sent" && toks[k].low != "sending" {
		return false
	}
	for j := k + 1; j < e && j <= k+5; j++ {
		t := toks[j]
		if t.kind != kWord || t.cap {
			return false
		}
		if standInNouns[t.low] {
			return true
		}
		if t.low == "of" || t.low == "to" || beVerbs[t.low] || clauseBreak[t.low] {
			return false
		}
	}
	return false
}

// timePrefixed reports a title written with a time prefix, "then-President",
// "then-Turkish", "ex-minister": part of a description before a name.
func timePrefixed(t token) bool {
	return t.kind == kWord && (strings.HasPrefix(t.low, "then-") || strings.HasPrefix(t.low, "ex-")) && len(t.low) > 4
}

// buildingInCity reports "the meeting at the Palais des Nations" told
// right after a meeting placed only in a city: a building there, unless the
// meeting already has another building.
func buildingInCity(place string, c *cluster) bool {
	return place != "" && isBuilding(strings.ToLower(place)) && c.place != "" && !isBuilding(strings.ToLower(c.place)) && c.building == ""
}

// coordinatedRelative returns the antecedent of a relative clause that a
// coordinated verb continues: "Othman, the envoy, who travelled to
// Naypyidaw last month and met Min Aung Hlaing" (j is the "and").
func (d *doc) coordinatedRelative(pi, ss, j int) *personEntry {
	toks := d.paras[pi].toks
	for o := j - 1; o > ss && o > j-15; o-- {
		if toks[o].low == "who" {
			return d.relativeAntecedent(pi, ss, o+1)
		}
		if toks[o].kind != kWord {
			return nil
		}
	}
	return nil
}

// afterIntro returns where a sentence's subject starts: after an opening
// phrase set off by a comma ("On a humid morning last Thursday, Costa and
// von der Leyen walked ..."), else at ss.
func afterIntro(toks []token, ss, j int) int {
	if !prepositions[toks[ss].low] && !introWords[toks[ss].low] {
		return ss
	}
	for k := ss + 1; k < j && k < ss+12; k++ {
		if toks[k].text == "," {
			return k + 1
		}
	}
	return ss
}

// placeAfterTo returns the place named after "to" within three tokens of
// k ("did not go on to Istanbul"), or "".
func (d *doc) placeAfterTo(pi, k, e int) string {
	toks := d.paras[pi].toks
	for j := k; j < e && j < k+3; j++ {
		if toks[j].low == "to" && j+1 < e && toks[j+1].cap {
			return joinTokens(toks, j+1, capRunEnd(toks, j+1, e))
		}
	}
	return ""
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sentAhead reports "sent" or "sending" in tokens [k, e): someone was sent
// in the traveller's place.
func sentAhead(toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		if toks[j].low == "sent" || toks[j].low == "sending" {
			return true
		}
	}
	return false
}

// separately splits "Guterres received the two leaders separately, first
// Christodoulides and then Tatar" into one meeting per person received:
// the subject with each of them.
func (d *doc) separately(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	var res []trigger
	for _, tr := range out {
		sep := -1
		for j := tr.ti + 1; j < tr.ce && j <= tr.ti+8; j++ {
			if toks[j].low == "separately" {
				sep = j
				break
			}
		}
		if !tr.verb || tr.future || tr.call || sep < 0 || !meetingVerbs[toks[tr.ti].low] || !thenAfter(toks, sep, tr.ce) {
			// ("met separately with Dermer and al-Hayya": indirect talks, one
			// meeting; "separately, first X and then Y": one after the other)
			res = append(res, tr)
			continue
		}
		subj := d.subjectList(pi, tr.ti, tr.cs, tr.ss)
		var objs []*personEntry
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && !m.poss && m.start > sep && m.start < tr.ce && !slices.Contains(subj, m.p) {
				objs = append(objs, m.p) // "separately, first Christodoulides and then Tatar"
			}
		}
		objs = dedupe(objs)
		if len(subj) == 0 || len(objs) < 2 {
			res = append(res, tr)
			continue
		}
		for _, o := range objs {
			one := tr
			one.remote = false // ("received the two leaders separately": the object names come after)
			one.apart = true   // each its own meeting, not the one under way
			one.people = dedupe(append(append([]*personEntry(nil), subj...), o))
			res = append(res, one)
		}
	}
	return res
}

// thenAfter reports "then" in tokens (k, e): "first X and then Y".
func thenAfter(toks []token, k, e int) bool {
	for j := k + 1; j < e; j++ {
		if toks[j].low == "then" {
			return true
		}
	}
	return false
}

// busyInMeetings reports "was in meetings" at token k ("meetings" after
// "in" and a form of "to be"): someone busy elsewhere, not a meeting told.
func busyInMeetings(toks []token, s, k int) bool {
	return toks[k].low == "meetings" && k-2 >= s && toks[k-1].low == "in" && beVerbs[toks[k-2].low]
}

// roundHeldVerbs tell that a round took place: "the round, held in Addis
// Ababa", "the round ended on Tuesday".
var roundHeldVerbs = set(`held ended began opened concluded closed wrapped resumed took lasted finished broke`)

// roundHeld reports a held-verb within three words after a bare "round"
// (k is the token after it), skipping a comma.
func roundHeld(toks []token, k, e int) bool {
	for j := k; j < e && j < k+3; j++ {
		if roundHeldVerbs[toks[j].low] {
			return true
		}
		if toks[j].text != "," && toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// purposeOfVerb reports a meeting noun told as the purpose of a meeting
// verb just before it in the clause: "Sewilam received Habtamu for two
// days of talks" is one meeting, the verb's.
func purposeOfVerb(out []trigger, toks []token, tr *trigger) bool {
	if tr.verb || tr.call || anchorBefore(toks, tr.cs, tr.ti) != "for" {
		return false
	}
	for i := range out {
		o := &out[i]
		if o.verb && !o.call && !o.remote && !o.future && o.ti < tr.ti && o.ce >= tr.ti && len(o.people) >= 2 {
			o.kind = tr.kind // ("hosted X for talks": talks)
			return true
		}
	}
	return false
}

// leadersOf reports "(meeting) of the actual leaders, Vučić and Kurti":
// after "of", a group noun of people and then, after a comma, a name.
func (d *doc) leadersOf(pi, k, e int) int {
	toks := d.paras[pi].toks
	for j := k; j < e && j < k+5; j++ {
		if toks[j].text == "," {
			if j > k && peopleGroups[toks[j-1].low] && d.personSoonAfter(pi, j+1, e) {
				return j + 1 // the names, not the group ("the two leaders" might be others)
			}
			return -1
		}
		if toks[j].kind != kWord {
			return -1
		}
	}
	return -1
}

// peopleGroups name the people of a meeting as a group.
var peopleGroups = set(`leaders presidents ministers negotiators envoys premiers sides delegations heads chiefs`)

// walkoutNotes are absences by leaving: a "led by" after them names who
// led the people out.
var walkoutNotes = map[string]bool{"walked out": true, "left the room": true, "left the session": true, "left the meeting": true, "left the talks": true}

// meetingNounBefore reports a meeting noun at most three words before k:
// "a consultation called by", "the session summoned by".
func meetingNounBefore(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-3; j-- {
		if meetingNouns[toks[j].low] != "" || toks[j].low == "consultation" || toks[j].low == "consultations" || toks[j].low == "huddle" {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// spanWords count the days of a meeting told as "two-day", "three-day".
var spanWords = map[string]int{"two-day": 2, "three-day": 3, "four-day": 4, "five-day": 5, "2-day": 2, "3-day": 3}

// endedSpan moves the date of "the two-day meeting ... ended on Tuesday"
// (a span word before the noun at k, an ending verb just before the date)
// back to the meeting's first day, keeping the last as its end.
func endedSpan(toks []token, cs, k int, r dateRef) dateRef {
	n := 0
	for j := k - 1; j >= cs && j >= k-4; j-- {
		if v, ok := spanWords[toks[j].low]; ok {
			n = v
			break
		}
	}
	if n < 2 || r.day == "" || r.vague || r.pos < 2 || r.pos <= k {
		return r
	}
	ended := false
	for j := r.pos - 1; j > k && j >= r.pos-3; j-- {
		switch toks[j].low {
		case "ended", "closed", "concluded", "finished", "wrapped":
			ended = true
		}
	}
	t, err := time.Parse(time.DateOnly, r.day)
	if !ended || err != nil {
		return r
	}
	first := t.AddDate(0, 0, -(n - 1)).Format(time.DateOnly)
	r.until, r.day, r.key = r.day, first, first
	return r
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

// briefedByPerson reports "(Zelenskiy) had been briefed by Umerov and
// Kyslytsya": a person briefed in person by people named after "by" (not
// "the meeting was briefed by", nor "briefed by phone").
func (d *doc) briefedByPerson(pi, s, k, e int) bool {
	toks := d.paras[pi].toks
	b := passiveBy(toks, s, k, e)
	if b < 0 || !d.personSoonAfter(pi, b, e) {
		return false
	}
	for j := k + 1; j < e; j++ {
		if toks[j].low == "phone" || toks[j].low == "telephone" || toks[j].low == "video" || toks[j].low == "letter" {
			return false
		}
	}
	return len(d.subjectList(pi, k, s, s)) > 0
}

// absentListCue returns the length of a cue that opens a list of absentees
// at token k ("who wasn't:", "who was not:", "absent:", "missing:"), or 0.
func absentListCue(toks []token, k, e int) int {
	for _, c := range [][]string{{"who", "wasn't", ":"}, {"who", "wasn’t", ":"}, {"who", "weren't", ":"}, {"who", "was", "not", ":"},
		{"who", "were", "not", ":"}, {"absent", ":"}, {"missing", ":"}, {"absentees", ":"}} {
		if matchAt(toks, k, c) && k+len(c) < e {
			return len(c)
		}
	}
	return 0
}

// beInPlaceBefore returns where the place starts in "was in Warsaw" just
// before token k (a form of "to be", "in", a capitalised place), or -1.
func beInPlaceBefore(toks []token, cs, k int) int {
	for j := k - 1; j-2 >= cs && j >= k-5; j-- {
		if toks[j].cap && toks[j-1].low == "in" && beVerbs[toks[j-2].low] {
			return j
		}
	}
	return -1
}

// auxBefore returns the token before the auxiliaries and adverbs that
// precede token k ("was", "had", "also" in ", was not invited").
func auxBefore(toks []token, s, k int) int {
	j := k - 1
	for j > s && toks[j].kind == kWord && !toks[j].cap && (verbAdverbs[toks[j].low] || isLyAdverb(toks[j])) {
		j--
	}
	return j
}

// asideWords open an aside set off by commas between a subject and its
// verb: ", unlike at the last four summits,", ", as in May,".
var asideWords = set(`unlike like as despite after before for according once again`)

// asideSubject returns the person named just before an aside that ends at
// the comma c: "Zelenskyy, unlike at the last four summits, was not
// invited".
func (d *doc) asideSubject(pi, ss, c int) *personEntry {
	toks := d.paras[pi].toks
	for o := c - 1; o > ss && o > c-15; o-- {
		if toks[o].text == "," {
			if o+1 < c && asideWords[toks[o+1].low] {
				for _, m := range d.paras[pi].ments {
					if m.kind == mPerson && !m.poss && (m.end == o || m.rend == o) {
						return m.p
					}
				}
			}
			return nil
		}
		if toks[o].kind == kQuote {
			return nil
		}
	}
	return nil
}

// thatMeetingElsewhere reads "The two sides agreed in Geneva in May to cut
// tariffs. That meeting brought together Bessent, Greer and He.": a
// demonstrative "that meeting" opening a sentence points at the event the
// sentence before placed elsewhere, not at the meeting under way.
func (d *doc) thatMeetingElsewhere(pi int, sent, prev [2]int, trs []trigger, current *cluster) {
	toks := d.paras[pi].toks
	if current == nil || prev[1] <= prev[0] || (toks[sent[0]].low != "that" && toks[sent[0]].low != "those") {
		return
	}
	for i := range trs {
		tr := &trs[i]
		if tr.verb || !tr.anaphoric || tr.ti != sent[0]+1 || tr.place != "" {
			continue
		}
		pl := ""
		for j := prev[0]; j+1 < prev[1]; j++ {
			if toks[j].low == "in" && toks[j+1].cap && toks[j+1].kind == kWord && !isMonth(toks[j+1].low) {
				pl = d.placeName(pi, j+1, capRunEnd(toks, j+1, prev[1]))
				break
			}
		}
		if pl == "" || current.place != "" && d.placesAgree(pl, current.place) {
			continue
		}
		tr.anaphoric, tr.place = false, pl
		if r, ok := findDate(toks, prev[0], prev[1], d.day, false); ok {
			tr.date, tr.hasDate = r, true
		}
	}
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
