package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Helpers that tell one meeting from another in a sentence: past, side and
// set-apart meetings, the clause that tells a meeting's people, and which
// mention a date or place belongs to.

// nearestDates drops a date a mention took from its clause when the date
// lies on the far side of another meeting mention, nearer to that one: in
// "met the crown prince on Monday and did not take part in the talks" the
// day is the meeting's, not the talks'.
func nearestDates(toks []token, trs []trigger) {
	for i := range trs {
		tr := &trs[i]
		if !tr.hasDate || tr.weakDate {
			continue
		}
		p := tr.date.pos
		for j := range trs {
			if j == i || trs[j].pi != tr.pi || trs[j].future {
				continue
			}
			o := trs[j].ti
			if p > o && o > tr.ti && oneEventPhrase(toks, *tr, trs[j]) {
				continue // "spoke by phone five days later, on September 19": one event told twice
			}
			nearer := tr.anaphoric && absInt(o-p) < absInt(tr.ti-p)
			if p < tr.ti && o > p && o < tr.ti || p > tr.ti && o < p && o > tr.ti || nearer {
				tr.date, tr.hasDate = dateRef{}, false
				break
			}
		}
	}
}

// oneEventPhrase reports a verb and the noun right after it that tell one
// event: "spoke by phone", "met for talks", "held talks by video".
// The noun may come first, its verb in a relative clause: "the informal
// consultation it hosted in Bangkok on Dec 19".
func oneEventPhrase(toks []token, first, second trigger) bool {
	if first.verb == second.verb || second.cs != first.cs || second.ti-first.ti > 3 {
		return false
	}
	links := eventLinks
	if second.verb {
		links = relativeLinks
	}
	for k := first.ti + 1; k < second.ti; k++ {
		if !links[toks[k].low] {
			return false
		}
	}
	return true
}

// eventLinks join a meeting verb to the noun that tells its medium or
// kind: "by phone", "for talks", "over a video link".
var eventLinks = set(`by for over via a an the`)

// relativeLinks join a meeting noun to the verb of its relative clause:
// "the consultation it hosted", "the talks that were held".
var relativeLinks = set(`it he she they which that who was were had has have been`)

// sharedPlaces drops the place an anaphoric mention ("the talks") read in
// a clause where an earlier mention already had it: in "met the crown
// prince in Jeddah and did not take part in the talks", Jeddah is the
// meeting's.
func sharedPlaces(trs []trigger) {
	for i := range trs {
		if !trs[i].anaphoric || trs[i].place == "" {
			continue
		}
		for j := 0; j < i; j++ {
			if !trs[j].remote && trs[j].place == trs[i].place && trs[j].cs == trs[i].cs {
				trs[i].place = ""
				break
			}
		}
	}
}

// inside reports a token in the when/where clause of an earlier mention.
func inside(trs []trigger, k int) bool {
	for i := range trs {
		if !trs[i].remote && trs[i].whenS > 0 && k > trs[i].whenS && k < trs[i].whenE {
			return true
		}
	}
	return false
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// beforeOtherMeeting reports "before the ceremony", "after the summit",
// "ahead of the talks" in tokens [k, e): the meeting told is a side meeting
// of another.
func beforeOtherMeeting(toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		switch toks[j].low {
		case "but", "and", ",", ";", "then", "who", "which":
			return false // "welcomed both leaders but left before the talks": another clause
		case "before", "after", "ahead":
			for x := j + 1; x < e && x <= j+4; x++ {
				if meetingNouns[toks[x].low] != "" {
					return true
				}
				if toks[x].kind != kWord {
					break
				}
			}
		}
	}
	return false
}

// heldAroundEnd returns where the aside after a meeting noun at k ends
// (its closing comma, else e) when the aside sets it in time against
// another meeting: "The signing, held shortly before the summit opened,
// ...", "The lunch of the envoys, which took place after the talks, ...";
// else 0. A short "of ..." phrase may come between.
func heldAroundEnd(toks []token, k, e int) int {
	if !heldAroundAt(toks, k, e) {
		return 0
	}
	j := k + 1
	for j < e && toks[j].text != "," {
		j++
	}
	for j++; j < e && toks[j].text != ","; j++ {
	}
	return j
}

// heldAroundAt reports the aside of heldAroundEnd after k.
func heldAroundAt(toks []token, k, e int) bool {
	j := k + 1
	for ; j < e && j <= k+6 && toks[j].text != ","; j++ {
		if toks[j].kind != kWord {
			return false
		}
	}
	if j >= e || toks[j].text != "," {
		return false
	}
	j++
	if j+1 < e && toks[j].low == "which" && (toks[j+1].low == "was" || toks[j+1].low == "took") {
		j += 2
	}
	if j >= e {
		return false
	}
	switch toks[j].low {
	case "held", "staged", "place", "convened":
	default:
		return false
	}
	for x := j + 1; x < e && x <= j+4; x++ {
		switch toks[x].low {
		case "before", "after", "ahead":
			return beforeOtherMeeting(toks, x, e)
		}
		if toks[x].kind != kWord {
			return false
		}
	}
	return false
}

// distantClause reports a clause set apart in time from the main one: "a
// day after Trump spoke with Putin", "hours before the leaders met".
func distantClause(toks []token, cs int) bool {
	if cs < 1 || toks[cs].low != "after" && toks[cs].low != "before" {
		return false
	}
	return relativeUnits[toks[cs-1].low] || toks[cs-1].low == "shortly" || toks[cs-1].low == "soon"
}

// sideMeeting reports "a separate meeting", "a bilateral meeting", "on the
// sidelines": a meeting held apart from the main one.
func sideMeeting(toks []token, s, k, e int) bool {
	for j := max(s, k-3); j <= k && j < e; j++ {
		switch toks[j].low {
		case "separate", "separately", "bilateral", "side", "one-on-one", "private":
			return true
		}
	}
	for j := s + 1; j < e; j++ {
		if (toks[j].low == "sidelines" || toks[j].low == "margins" || toks[j].low == "margin") && (toks[j-1].low == "the" || j-2 >= s && toks[j-2].low == "the" && (meetingNouns[toks[j-1].low] != "" || toks[j-1].cap)) &&
			(j+2 < k || j > k && j+3 < e && toks[j+1].low == "of" && toks[j+2].low == "the" && meetingNouns[toks[j+3].low] != "" ||
				j > k && j < k+10 && (j+1 >= e || toks[j+1].low != "of")) {
			// ("met Zelenskyy on the sidelines for 50 minutes", "spoke on the
			// summit sidelines": of the meeting under way)
			// ("held a bilateral on the margins of the meeting": the meeting told before)
			return true
		}
	}
	return sideRoomAfter(toks, k, e)
}

// apartSentence reports a sentence that opens by setting itself apart in
// time from the meeting being reported.
func apartSentence(toks []token, s, e int) bool {
	if s >= e {
		return false
	}
	if apartWords[toks[s].low] {
		return true
	}
	return toks[s].low == "before" && s+1 < e && toks[s+1].low == "that"
}

// sameDayOpening reports a sentence opened by "Earlier the same day",
// "Later in the day", "Earlier that day": another moment of the day just
// told.
func sameDayOpening(toks []token, s int) bool {
	return s < len(toks) && (toks[s].low == "earlier" || toks[s].low == "later") && otherMomentOfDay(toks, s, min(len(toks), s+4))
}

// apartWords open a sentence about another moment than the story's
// meeting: "Earlier on Monday, Trump met Netanyahu in Jerusalem".
var apartWords = set(`earlier later separately previously beforehand afterwards afterward`)

// passiveAfterMeeting reports a meeting verb used as a passive participle
// describing a meeting noun just before it: "talks hosted by Egypt's
// foreign minister", "The session, hosted by Qatar's minister, ...".
func passiveAfterMeeting(toks []token, s, k, e int) bool {
	if k+1 >= e || toks[k+1].low != "by" {
		return false
	}
	for j := k - 1; j >= s && j >= k-8; j-- {
		if meetingNouns[toks[j].low] != "" {
			return true // "talks in Brussels last month, also hosted by Borrell"
		}
		if toks[j].kind != kWord && toks[j].text != "," || toks[j].kind == kWord && !toks[j].cap && (meetingVerbs[toks[j].low] || holdVerbs[toks[j].low] || isSpeech(toks[j])) {
			return false
		}
	}
	return false
}

// personBeforeBe reports a passive verb at k whose subject is a person
// named right before its "was" or "were": "Before the talks, Shoukry was
// received by Tshisekedi" tells a meeting of its own, not who hosted the
// talks named before.
func (d *doc) personBeforeBe(pi, k int) bool {
	toks := d.paras[pi].toks
	if k < 2 || !beVerbs[toks[k-1].low] {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.end == k-1 && !m.poss {
			return true
		}
	}
	return false
}

// whenClausePeople reads the people of a relative clause that tells what
// happened at a past meeting: "a meeting on 28 February, when Trump and
// Vance berated Zelenskyy", "last met in May in Brussels, when Šefčovič and
// Thomas-Symonds signed off ...", "in Tirana, where they spoke with Macron".
func (d *doc) whenClausePeople(pi int, tr *trigger, e int) []*personEntry {
	toks := d.paras[pi].toks
	w := -1
	for k := tr.ti + 1; k < e && k < tr.ti+25; k++ {
		if (toks[k].low == "when" || toks[k].low == "where") && toks[k-1].text == "," {
			w = k
			break
		}
		if toks[k].kind == kQuote || toks[k].text == ";" || (meetingNouns[toks[k].low] != "" || meetingVerbs[toks[k].low]) && k > tr.ti+2 {
			return nil // another meeting comes first: the clause is about it ("round of talks" is one)
		}
		if sequenceVerbs[toks[k].low] {
			return nil // "The Vienna talks follow the visit of Pashinyan to Istanbul, when he ...": the clause is the earlier event's
		}
		if toks[k].low == "since" {
			return nil // "their first meeting since May in Lima, when X met Y": the clause is the earlier meeting's (recall12.go)
		}
		if tr.verb || tr.hasDate {
			if motionVerbs[toks[k].low] && k > 0 && (toks[k-1].low == "then" || toks[k-1].low == "later" || toks[k-1].text == ",") {
				return nil // "held talks with X, then travelled to the agency, where ...": the next stop's clause
			}
		}
	}
	if w < 0 {
		return nil
	}
	end := e
	for k := w + 1; k < e; k++ {
		if toks[k].kind == kQuote || toks[k].text == ";" || toks[k].text == "(" {
			end = k
			break
		}
	}
	tr.whenS, tr.whenE = w, end
	var out []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.start <= w || m.start >= end || m.poss || m.kind != mPerson {
			continue
		}
		if ofDescription(toks, w+1, m.start) || saysAfter(toks, m.end, end) && !d.toldSomeoneThere(pi, m.end, end) {
			continue // "..., when Kremlin spokesman Peskov told reporters": a comment
		}
		if thatClauseBefore(toks, w+1, m.start) {
			continue // "..., when they agreed that A and B should try again": what was agreed, not who was there
		}
		if earlierHolder(toks, m) {
			continue // "..., when Vos took the chair which Dahl had held until May": the one before him
		}
		out = append(out, m.p)
	}
	// (not "The two leaders' most recent meeting": the story's own pair)
	if len(out) == 0 && len(tr.people) == 0 && w+1 < end && toks[w+1].low == "they" && twoOpening(toks, tr.ss, e) && !(tr.ss+3 < len(toks) && isPossessive(toks[tr.ss+3])) {
		out = d.pairJustTold(pi) // "The two leaders reviewed the summit in Astana, where they had held a meeting"
	}
	return out
}

// pairJustTold returns the two people present at the meeting or call told
// last, in paragraph pi or the one before, when it had two: whom "The two
// leaders" of the next sentence are.
func (d *doc) pairJustTold(pi int) []*personEntry {
	for i := len(d.clusters) - 1; i >= 0; i-- {
		c := d.clusters[i]
		if c.future || c.last < pi-1 {
			continue
		}
		if c.present() == 2 {
			return c.presentAttendees()
		}
		return nil
	}
	return nil
}

// earlierHolder reports a person mention m that opens an object
// relative clause in the past perfect ("the chair which Dahl had held",
// "the seat that Vos had occupied until Friday"): what the thing was
// before, not someone at the meeting told.
func earlierHolder(toks []token, m mention) bool {
	b := min(m.rstart, m.start)
	for b > 0 && honorifics[toks[b-1].low] {
		b-- // "which Mr. Dahl had held"
	}
	if b < 2 || m.end+1 >= len(toks) {
		return false
	}
	rel := toks[b-1].low
	return (rel == "which" || rel == "that") && toks[b-2].kind == kWord && !toks[b-2].cap && toks[m.end].low == "had" && toks[m.end+1].kind == kWord && pastVerb(toks[m.end+1])
}

// thatClauseBefore reports a "that" clause opened in [a, k) after a verb
// of saying or agreeing ("agreed that", "said that"): a name at k is the
// content of what was said or agreed.
func thatClauseBefore(toks []token, a, k int) bool {
	for j := a + 1; j < k; j++ {
		if toks[j].low == "that" && isSpeech(toks[j-1]) {
			return true
		}
	}
	return false
}

// relativeHolders returns the people of "a meeting of the council, which
// Healey co-chaired with his German counterpart, Boris Pistorius": the
// subject of a hold verb in a which-clause about the meeting, and whoever
// it is held with.
func (d *doc) relativeHolders(pi int, tr *trigger, e int) []*personEntry {
	if tr.verb {
		return nil
	}
	toks := d.paras[pi].toks
	w := -1
	for k := tr.ti + 1; k < e && k < tr.ti+12; k++ {
		if (toks[k].low == "which" || toks[k].low == "that") && toks[k-1].text == "," {
			w = k
			break
		}
		if toks[k].kind != kWord && toks[k].text != "," || meetingNouns[toks[k].low] != "" || meetingVerbs[toks[k].low] {
			return nil
		}
	}
	if w < 0 {
		return nil
	}
	for v := w + 2; v < e && v < w+14; v++ {
		t := toks[v]
		if t.kind == kQuote || t.text == ";" || isSpeech(t) {
			return nil
		}
		if t.kind != kWord || t.cap || !holdVerbs[t.low] || !pastVerb(t) || t.low == "had" || t.low == "told" {
			continue
		}
		subj, end := d.parseList(pi, w+1, v)
		if len(subj) == 0 || end != v {
			return nil
		}
		out := append([]*personEntry(nil), subj...)
		if v+1 < e && toks[v+1].low == "with" {
			obj, _ := d.parseList(pi, v+2, e)
			out = append(out, obj...)
		}
		return out
	}
	return nil
}

// nearerTrigger reports another mention of trs nearer to token k than trs[i].
func nearerTrigger(trs []trigger, i, k int) bool {
	for j := range trs {
		if j != i && !trs[j].future && absInt(trs[j].ti-k) < absInt(trs[i].ti-k) {
			return true
		}
	}
	return false
}

// distanceAfter follow a unit of time that sets two events apart.
var distanceAfter = set(`after before earlier later ago since prior`)

// heldCall reports "held a two-hour call", "In a call on Tuesday": the noun
// call as a conversation, not "a call for restraint" or "a call to arms".
func heldCall(toks []token, s, k, e int) bool {
	if k+1 < e && (toks[k+1].low == "for" || toks[k+1].low == "to" || toks[k+1].low == "from" || toks[k+1].low == "by") {
		return false
	}
	for j := k - 1; j >= s && j >= k-3; j-- {
		switch toks[j].low {
		case "held", "had", "hold", "holds", "holding", "having":
			return true
		case "in", "during", "after":
			return j == s || toks[j-1].text == "," || discussedBefore(toks, s, j)
		}
	}
	return false
}

// byAhead returns the token after "by" within the next few tokens of a
// setting ("in Pretoria on 2 November 2022 by", "at the El Laguito
// protocol complex, in the west of the Cuban capital, by"), or -1. Plain
// nouns pass inside a place phrase only, after its preposition.
func byAhead(toks []token, k, e int) int {
	inPhrase := false
	for j := k; j < e && j < k+16; j++ {
		t := toks[j]
		if t.low == "by" {
			return j + 1
		}
		switch {
		case t.kind == kWord && (t.cap || isDeterminer(t.low) || isMonth(t.low) || startsDigit(t.low)):
		case t.kind == kWord && (nowWords[t.low] || isDay(t.low) || t.low == "here" || t.low == "there" || t.low == "a.m." || t.low == "p.m." || t.low == "noon" || dayParts[t.low]):
		case t.low == "this" && j+1 < e && dayParts[toks[j+1].low]:
			// "was signed in the Kremlin this afternoon by X and Y"
			// "was signed here at 10 a.m. today by X and Y"
		case t.kind == kWord && prepositions[t.low]:
			inPhrase = true
		case t.text == ",":
		case inPhrase && (plainNoun(t) || meetingNouns[t.low] != ""): // ("the Villa Kara conference centre")
		default:
			return -1
		}
	}
	return -1
}

// speechBetween reports a verb of saying in tokens [a, b).
func speechBetween(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		if isSpeech(toks[j]) {
			return true
		}
	}
	return false
}

// elidedCap reports a French or Italian elided particle before a capital:
// "d'Orsay", "l'Elysée".
func elidedCap(t token) bool {
	r := []rune(t.text)
	if len(r) > 2 && (r[0] == 'd' || r[0] == 'l') && (r[1] == '\'' || r[1] == '’') && unicode.IsUpper(r[2]) {
		return true
	}
	// an Arabic article joined by a hyphen: "Sharm el-Sheikh", "Ras al-Khaimah"
	if h := strings.IndexByte(t.text, '-'); h >= 2 && h <= 3 && h+1 < len(t.text) && arabicArticles[t.text[:h]] {
		c, _ := utf8.DecodeRuneInString(t.text[h+1:])
		return unicode.IsUpper(c)
	}
	return false
}

// arabicArticles are the forms of the Arabic article in romanised names.
var arabicArticles = set(`al el ad ed ar er as es at et az ez an en ash`)

// indefiniteBefore reports "a" or "an" shortly before the meeting noun at k:
// "for a European summit".
func indefiniteBefore(toks []token, cs, k int) bool {
	for j := k - 1; j >= cs && j >= k-4; j-- {
		if toks[j].low == "a" || toks[j].low == "an" {
			return true
		}
		if toks[j].kind != kWord || !meetingModifier(toks[j]) {
			return false
		}
	}
	return false
}

// sayVerbs report a comment, not something done at a meeting.
var sayVerbs = set(`said says told tells wrote writes posted added stated declared noted commented remarked`)

// saysAfter reports a verb of saying within three tokens after k.
func saysAfter(toks []token, k, e int) bool {
	for j := k; j < e && j < k+3; j++ {
		if sayVerbs[toks[j].low] {
			return true
		}
	}
	return false
}

// toldSomeoneThere reports "told" right after k (past an adverb) with a
// person for its object: "when Trump told Pelosi and Schumer that ...",
// words said at the meeting to someone in it, not to reporters.
func (d *doc) toldSomeoneThere(pi, k, e int) bool {
	toks := d.paras[pi].toks
	for j := k; j < e && j < k+3; j++ {
		if toks[j].low == "told" || toks[j].low == "warned" || toks[j].low == "assured" {
			return d.personStartsAt(pi, j+1)
		}
	}
	return false
}

// personStartsAt reports a person's name (or its role) starting at token k.
func (d *doc) personStartsAt(pi, k int) bool {
	_, ok := d.personFrom(pi, k)
	return ok
}

// personFrom returns the person mention whose name or role starts at
// token k, not a possessive one.
func (d *doc) personFrom(pi, k int) (mention, bool) {
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && (m.rstart == k || m.start == k) && !m.poss {
			return m, true
		}
	}
	return mention{}, false
}

// callTopicVerbs tell what two sides talked over or settled; "in a phone
// call" after them is their call ("Varga and Nowak discussed the border in
// a phone call", "agreed in a phone call to ...").
var callTopicVerbs = set(`discussed agreed reviewed exchanged addressed`)

// discussedBefore reports a callTopicVerb in tokens [s, j).
func discussedBefore(toks []token, s, j int) bool {
	for x := s; x < j; x++ {
		if callTopicVerbs[toks[x].low] {
			return !negatedTopic(toks, s, x)
		}
	}
	return false
}

// negatedTopic reports a negation right before the verb at x: "never
// agreed in a phone call" tells no call.
func negatedTopic(toks []token, s, x int) bool {
	return x > s && (toks[x-1].low == "never" || toks[x-1].low == "not" || strings.HasSuffix(toks[x-1].low, "n't"))
}
