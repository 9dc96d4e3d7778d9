package corpus

import (
	"slices"
	"strings"
)

// Scene-setting lines that seat people at the meeting just told, with no
// meeting word of their own: "Beside him were Rubio and Lutnick", "On the
// Canadian side were LeBlanc and Anand", "Vance sat closest to the
// president", "Wiles stood near the door".

// sceneOpeners open an inverted line that places people: "Beside him
// were", "On the Canadian side were", "Arrayed on the sofas were".
var sceneOpeners = set(`on beside behind next across around flanking arrayed seated sitting standing opposite alongside facing
	across to at`)

// sceneSpots follow "sat" or "stood" when they place someone in the room.
var sceneSpots = set(`closest nearest next beside behind near opposite across alongside to at by between facing`)

// scenePeople returns the people a scene line [s, e) seats: the list after
// "were" in an inverted line that opens with a place phrase, or the subject
// of "sat"/"stood" followed by a spot in the room.
func (d *doc) scenePeople(pi, s, e int) []*personEntry {
	toks := d.paras[pi].toks
	if s >= e || toks[s].kind != kWord {
		return nil
	}
	if (sceneOpeners[toks[s].low] || companionOpeners[toks[s].low]) && !isDay(toks[min(s+1, e-1)].low) {
		for j := s + 1; j < e && j <= s+14; j++ {
			if toks[j].kind == kQuote || toks[j].kind == kPunct && toks[j].text != "," && toks[j].text != "-" {
				return nil
			}
			if toks[j].low == "were" || toks[j].low == "was" || (toks[j].low == "sat" || toks[j].low == "stood") && j > s+1 && toks[j-1].kind == kWord {
				if f := facingFrom(toks, s, j); f > 0 && d.hasPersonIn(pi, f, j) && d.hasPersonIn(pi, j+1, min(e, j+9)) {
					// "Across the table from Merz sat the SPD's co-leaders,
					// Klingbeil and Esken": both sides
					faced, _ := d.parseList(pi, f, j)
					list, _ := d.parseList(pi, j+1, e)
					return append(faced, list...)
				}
				if d.hasPersonIn(pi, s, j) && !placesPerson(toks, s, j) {
					return nil // "At Lena Dahl's request were ...": not a place phrase
				}
				if !d.personSoonAfter(pi, j+1, e) {
					if c := colonAfter(toks, j+1, e); c > 0 && d.personSoonAfter(pi, c+1, e) {
						// "Facing each other sat the men who ...: Christodoulides,
						// president of Cyprus, and Tatar"
						list, _ := d.parseList(pi, c+1, e)
						return list
					}
					if c := describedBefore(toks, j+1, e); c > 0 && d.personSoonAfter(pi, c+1, e) {
						// "Behind them stood their foreign ministers, Dahl and
						// Renner": the people the description names
						list, _ := d.parseList(pi, c+1, e)
						return list
					}
					return nil // "On the agenda were tariffs"
				}
				list, _ := d.parseList(pi, j+1, e)
				return list
			}
		}
		return nil
	}
	if list := d.broughtAlong(pi, s, e); len(list) > 0 {
		return list // "Putin brought Lavrov and Ushakov with him"
	}
	if who := d.hadBeside(pi, s, e); who != nil {
		return []*personEntry{who}
	}
	return d.sceneVerbPeople(pi, s, e)
}

// facingFrom returns where the faced people start after a sentence
// opened by "Across the table from" or "Opposite" at s, before the verb
// at j, or 0.
func facingFrom(toks []token, s, j int) int {
	switch {
	case matchAt(toks, s, []string{"across", "the", "table", "from"}) && s+4 < j:
		return s + 4
	case matchAt(toks, s, []string{"across", "from"}) && s+2 < j:
		return s + 2
	case toks[s].low == "opposite" && s+1 < j:
		return s + 1
	}
	return 0
}

// hasPersonIn reports a person named in tokens [s, e) of paragraph pi.
func (d *doc) hasPersonIn(pi, s, e int) bool {
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start >= s && m.start < e {
			return true
		}
	}
	return false
}

// metSeparately reports "then met separately", "met separately": a
// meeting of some of the people apart from the larger one.
func (d *doc) metSeparately(tr *trigger) bool {
	toks := d.paras[tr.pi].toks
	for j := tr.ti + 1; j < tr.ce && j <= tr.ti+2; j++ {
		if toks[j].low == "separately" || toks[j].low == "privately" || toks[j].low == "alone" {
			return true
		}
	}
	if tr.verb && meetingVerbs[toks[tr.ti].low] && onSidelines(toks, tr.ti+1, tr.ce) {
		return true // "Modi and Xi met for about 50 minutes on the sidelines"
	}
	return separatelyIn(toks, tr.ti+1, tr.ce) // "met the U.S. delegation separately"
}

// heldApart reports a meeting of two or more people told as held apart
// from the larger one under way: "then met separately", "met on the
// sidelines", "Putin also held talks with Pezeshkian".
func (d *doc) heldApart(tr *trigger) bool {
	return len(tr.people) >= 2 && (tr.verb && d.metSeparately(tr) || len(tr.people) == 2 && alsoHeld(d.paras[tr.pi].toks, tr) ||
		tr.verb && relativeOfAbsent(d.paras[tr.pi].toks, tr))
}

// relativeOfAbsent reports a verb told in a relative clause about someone
// the main clause then says stayed out of the talks: "Zelenskiy, who flew
// to Saudi Arabia on Monday and met Crown Prince Mohammed bin Salman in
// Jeddah, did not attend the talks himself" — his meeting is not those
// talks, even when the copy gives no day to tell them apart.
func relativeOfAbsent(toks []token, tr *trigger) bool {
	w := -1
	for j := tr.ti - 1; j > tr.ss; j-- {
		if toks[j].text == "," {
			if toks[j+1].low == "who" {
				w = j
			}
			break
		}
	}
	if w < 0 {
		return false
	}
	e := len(toks)
	for j := tr.ti + 1; j < len(toks); j++ {
		if toks[j].text == "." || toks[j].text == ";" {
			e = j
			break
		}
		if toks[j].text != "," {
			continue
		}
		for k := j + 1; k < e && k < j+5; k++ {
			switch toks[k].low {
			case "skipped", "missed", "boycotted":
				return true
			case "not", "n't", "never":
				if k+1 < len(toks) && (toks[k+1].low == "attend" || toks[k+1].low == "join" || toks[k+1].low == "take" && k+2 < len(toks) && toks[k+2].low == "part") {
					return true
				}
			case "stayed":
				return k+1 < len(toks) && toks[k+1].low == "away"
			}
		}
		return false
	}
	return false
}

// alsoHeld reports "also met", "also held talks with", "also had a
// meeting with": a further encounter told after a larger one.
func alsoHeld(toks []token, tr *trigger) bool {
	k := tr.ti
	if !tr.verb {
		if k = heldWith(toks, tr); k < 0 {
			return false
		}
	} else if !meetingVerbs[toks[k].low] {
		return false
	}
	// (not "Pashinyan and Aliyev have also met face to face": their
	// meetings so far)
	return k-1 >= tr.cs && toks[k-1].low == "also" && !(k-2 >= tr.cs && (toks[k-2].low == "have" || toks[k-2].low == "has" || toks[k-2].low == "had"))
}

// heldWith is the "held" or "had" of a meeting noun told as "held talks
// with", "had a bilateral meeting with", or -1.
func heldWith(toks []token, tr *trigger) int {
	k := tr.ti
	if tr.verb || k+1 >= tr.ce || toks[k+1].low != "with" {
		return -1
	}
	j := k - 1
	for j > tr.cs && (toks[j].low == "bilateral" || toks[j].low == "separate" || toks[j].low == "a") {
		j--
	}
	if j <= tr.cs || toks[j].low != "held" && toks[j].low != "had" {
		return -1
	}
	return j
}

// roleOverTalks reports a meeting noun at k that names someone's standing
// charge, not a meeting held: "who has led the trade talks with Ottawa",
// "who leads the negotiations", "has handled the file's talks for years".
func roleOverTalks(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-4; j-- {
		t := toks[j].low
		if toks[j].cap && j > s {
			t = "" // "the Commonwealth Heads of Government Meeting": a name, not "heads"
		}
		switch t {
		case "leads", "oversees", "runs", "heads", "handles", "coordinates", "steers", "chairs", "mediates", "facilitates":
			return true
		case "led", "overseen", "run", "headed", "handled", "coordinated", "steered":
			return j > s && (toks[j-1].low == "has" || toks[j-1].low == "have" || toks[j-1].low == "had" && j-1 > s && toks[j-2].low == "who")
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// beforeTheMeeting reports a sentence opened by "Before the talks,",
// "Ahead of the BCM,", "After the summit," whose verb at k comes after the
// comma: an encounter set before or after the meeting the story tells.
func beforeTheMeeting(toks []token, s, k int) bool {
	if s >= k || toks[s].low != "before" && toks[s].low != "after" && toks[s].low != "ahead" {
		return false
	}
	j := s + 1
	if toks[s].low == "ahead" {
		if j >= k || toks[j].low != "of" {
			return false
		}
		j++
	}
	if j >= k || toks[j].low != "the" && toks[j].low != "their" && toks[j].low != "its" {
		return false
	}
	for m := j + 1; m < k && m <= j+4; m++ {
		if toks[m].text == "," {
			noun := toks[m-1]
			return m > j+1 && (meetingNouns[noun.low] != "" || noun.low == "round" || noun.cap && strings.ToUpper(noun.text) == noun.text && len(noun.text) >= 2)
		}
	}
	return false
}

// beforeItOpened reports "before the summit opened", "before the talks
// began" in the clause after a meeting verb, [a, e): "A and B sat down
// with C on Thursday morning, before the summit opened, in a small room"
// is a meeting ahead of the one it names.
func beforeItOpened(toks []token, a, e int) bool {
	for j := a; j+3 < e && j < a+14; j++ {
		if toks[j].low != "before" || toks[j+1].low != "the" && toks[j+1].low != "its" {
			continue
		}
		if meetingNouns[toks[j+2].low] == "" {
			return false
		}
		n := j + 3
		for n < e && n < j+5 && (toks[n].low == "had" || toks[n].low == "even") {
			n++ // "before the summit had even opened"
		}
		return n < e && openVerbs[toks[n].low]
	}
	return false
}

// openVerbs tell a meeting getting under way.
var openVerbs = set(`opened began started convened`)

// acronymHeld reports a capitalised acronym at k that is "held" or "took
// place" ("The previous BCM was held in Shanghai", "the JCC took place"),
// after a determiner: a meeting known by its acronym, unless the gazetteer
// knows it as a country or body.
func (d *doc) acronymHeld(toks []token, k, e int) bool {
	t := toks[k]
	if t.kind != kWord || len(t.text) < 2 || len(t.text) > 6 || !isUpperCase(t.text) || k == 0 || k+2 >= e {
		return false
	}
	if !(toks[k+1].low == "was" || toks[k+1].low == "is" || toks[k+1].low == "were") || !(toks[k+2].low == "held" || toks[k+2].low == "convened") {
		if !(toks[k+1].low == "took" && toks[k+2].low == "place") {
			return false
		}
	}
	if !isDeterminer(toks[k-1].low) && !meetingAdjectives[toks[k-1].low] {
		return false
	}
	if _, ok := d.gaz.Country(t.text); ok {
		return false
	}
	if _, ok := d.gaz.Organisation(t.text); ok {
		return false
	}
	return true
}

// afterDashedAside returns the clause [a, b) that goes on after a dashed
// aside opened at token ce ("— A, B and C — at the State Department on
// Tuesday"), or 0, 0 when ce opens none.
func afterDashedAside(toks []token, ce, e int) (int, int) {
	if ce >= e || toks[ce].text != "—" && toks[ce].text != "–" {
		return 0, 0
	}
	for j := ce + 1; j < e && j <= ce+30; j++ {
		if toks[j].kind == kQuote {
			return 0, 0
		}
		if toks[j].text == "—" || toks[j].text == "–" {
			b := e
			for m := j + 1; m < e; m++ {
				if isClauseBreak(toks, m) {
					b = m
					break
				}
			}
			if j+1 >= b {
				return 0, 0
			}
			return j + 1, b
		}
	}
	return 0, 0
}

// privateNouns name a meeting of two.
var privateNouns = set(`one-on-one one-to-one tête-à-tête tete-a-tete pull-aside pull-asides`)

// withBefore returns the subject of the sentence and the one person named
// right after a "with" between it and the noun at k: "Iwaya, according to
// a Japanese official, raised the issue with Rubio directly in a brief
// one-on-one".
func (d *doc) withBefore(pi, s, cs, k int) []*personEntry {
	toks := d.paras[pi].toks
	for j := k - 1; j > s && j >= k-12; j-- {
		if toks[j].low != "with" {
			continue
		}
		obj, _ := d.parseList(pi, j+1, k)
		if len(obj) != 1 {
			return nil
		}
		var v int
		for v = j - 1; v > s && !(toks[v].kind == kWord && !toks[v].cap && pastVerb(toks[v])); v-- {
		}
		subj := d.mainSubject(pi, s, v)
		if subj.p == nil || subj.p == obj[0] {
			return nil
		}
		return []*personEntry{subj.p, obj[0]}
	}
	return nil
}

// partyAhead reports a delegation, team or meeting named within four
// words from k: "part of Wang's delegation", "part of the talks".
func partyAhead(toks []token, k, e int) bool {
	for j := k; j < e && j < k+4; j++ {
		switch toks[j].low {
		case "delegation", "delegations", "team", "entourage", "party", "talks", "meeting", "negotiations", "side":
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// askedIn reports a sentence that tells someone sought to be in the room:
// "had asked to attend the meeting as an observer", "tried to enter",
// "sought access", "entry".
func askedIn(toks []token, s, e int) bool {
	for j := s; j < e; j++ {
		switch toks[j].low {
		case "attend", "enter", "entry", "access", "admission", "join", "admittance":
			return true
		}
	}
	return false
}

// theirEarlierMeeting returns the two leaders of the meeting under way for
// "their first meeting, in May" or "their last summit in Geneva": a meeting
// of theirs told with a date of its own, before the one under way.
func (d *doc) theirEarlierMeeting(pi int, tr *trigger) []*personEntry {
	toks := d.paras[pi].toks
	k := tr.ti
	if tr.verb || !tr.hasDate || k < 2 {
		return nil
	}
	c := d.current
	if c == nil || c.future {
		return nil
	}
	if !(periodDate(tr.date) && toks[k-2].low == "their" && roundWords[toks[k-1].low]) {
		// "The two leaders' previous formal summit took place in Phnom
		// Penh in November", "They also had an informal meeting in New
		// York in September", "their first meeting on 12 June last year":
		// the pair's earlier meeting, dated before the one under way
		// (a sentence naming anyone may say whose: "recalled their
		// meeting with Cho", "talks with Trump, their first in person")
		if _, se := d.paras[pi].sentenceOf(k); d.hasPersonIn(pi, tr.ss, se) || !pairOwner(toks, tr.ss, tr.cs, k) || !(periodDate(tr.date) && !strings.HasPrefix(tr.date.key, "rel:") || tr.date.day != "" && c.hasDate && c.date.day != "" && tr.date.day < c.date.day) {
			return nil
		}
	}
	heads := d.leaderHeads(c.att)
	if len(heads) < 2 && c.present() < 2 {
		// the meeting under way is a photo caption's handshake of one
		// named person: the two leaders of the story's lead meeting
		if lead := d.leadMeeting(); lead != nil && lead != c {
			if lh := d.leaderHeads(lead.att); len(lh) == 2 {
				return lh
			}
		}
	}
	if len(heads) != 2 && c.present() == 2 && !c.separate && !c.apart && c.sideOf == nil {
		heads = heads[:0] // "Their first meeting came in Kuala Lumpur in July": the two ministers
		for _, a := range c.att {
			if !c.isAbsent(a) {
				heads = append(heads, a)
			}
		}
	}
	if len(heads) != 2 {
		return nil
	}
	return heads
}

// inTriggers reports whether p takes part in one of the sentence's
// meeting mentions.
func inTriggers(trs []trigger, p *personEntry) bool {
	for _, tr := range trs {
		for _, q := range tr.people {
			if q == p {
				return true
			}
		}
	}
	return false
}

// peopleBefore returns up to n distinct people named most recently before
// token ti of paragraph pi (this paragraph and the one before), latest
// first.
func (d *doc) peopleBefore(pi, ti, n int) []*personEntry {
	var out []*personEntry
	for qi := pi; qi >= 0 && qi >= pi-1 && len(out) < n; qi-- {
		ms := d.paras[qi].ments
		for i := len(ms) - 1; i >= 0 && len(out) < n; i-- {
			m := ms[i]
			if m.kind != mPerson || qi == pi && m.start >= ti || slices.Contains(out, m.p) {
				continue
			}
			out = append(out, m.p)
		}
	}
	return out
}

// tableSpots are the places at a table where someone sits.
var tableSpots = set(`table head end foot centre center middle horseshoe`)

// atTable reports "at the table", "at the head of", "at the open end of"
// from token k ("at"): a seat at a meeting's table.
func atTable(toks []token, k, e int) bool {
	if k+2 >= e || toks[k+1].low != "the" && toks[k+1].low != "a" && toks[k+1].low != "an" {
		return false // ("sat at a square table": the table of the meeting told)
	}
	if tableSpots[toks[k+2].low] {
		return true
	}
	return k+3 < e && toks[k+2].kind == kWord && !toks[k+2].cap && tableSpots[toks[k+3].low]
}

// seatedAtTable reports a sentence [s, e) that seats someone at a table:
// "sat at the open end of the horseshoe", "sat at the head of the table".
func seatedAtTable(toks []token, s, e int) bool {
	for j := s; j+1 < e; j++ {
		if (toks[j].low == "sat" || toks[j].low == "was seated") && toks[j+1].low == "at" && atTable(toks, j+1, e) {
			return true
		}
	}
	return false
}

// describedBefore returns the comma that closes a short description of
// people opened by a possessive or "the" at a ("their foreign ministers,"
// "the two envoys,"), or 0: the names follow it in apposition.
func describedBefore(toks []token, a, e int) int {
	if a >= e || !possessivePronoun(toks[a].low) && toks[a].low != "the" {
		return 0
	}
	head := false
	for j := a + 1; j < e && j <= a+5; j++ {
		switch {
		case toks[j].text == ",":
			if head {
				return j
			}
			return 0
		case toks[j].kind != kWord:
			return 0
		case rolesHead[toks[j].low] || pluralRole(toks[j].low):
			head = true
		}
	}
	return 0
}

// colonAfter returns the first colon in tokens [a, e) within a clause's
// reach, or -1.
func colonAfter(toks []token, a, e int) int {
	for j := a; j < e && j < a+25; j++ {
		if toks[j].text == ":" {
			return j
		}
		if toks[j].kind == kQuote || toks[j].text == ";" {
			return -1
		}
	}
	return -1
}

// hadBeside returns the person a scene line seats with "had ... on his
// right" ("The secretary-general had his envoy, María Ángela Holguín, on
// his right"), or nil.
func (d *doc) hadBeside(pi, s, e int) *personEntry {
	toks := d.paras[pi].toks
	for j := s; j < e && j <= s+10; j++ {
		if toks[j].low != "had" {
			continue
		}
		for _, m := range d.paras[pi].ments {
			if m.kind != mPerson || m.poss || m.start <= j || m.start > j+10 {
				continue
			}
			k := max(m.end, m.rend)
			if k < e && toks[k].text == "," {
				k++
			}
			if k+2 < e && toks[k].low == "on" && (toks[k+1].low == "his" || toks[k+1].low == "her") && (toks[k+2].low == "right" || toks[k+2].low == "left") {
				return m.p
			}
			if k+2 < e && toks[k].low == "at" && (toks[k+1].low == "his" || toks[k+1].low == "her") && toks[k+2].low == "side" {
				return m.p
			}
			return nil
		}
	}
	return nil
}

// pairOwner reports a meeting noun at k owned by the pair the story is
// about: "their" or "the (two) leaders'" before it over a few modifiers
// ("The two leaders' previous formal summit", "their first meeting"), or
// a sentence from ss opening "They" whose verb holds it ("They also had
// an informal 30-minute meeting").
func pairOwner(toks []token, ss, cs, k int) bool {
	for j := k - 1; j >= cs && j >= k-4; j-- {
		t := toks[j]
		if t.low == "their" {
			return true
		}
		if (t.low == "'" || t.low == "leaders'") && j > cs && (toks[j-1].low == "leaders" || toks[j-1].low == "two" || t.low == "leaders'") {
			return true
		}
		if t.kind != kWord || t.cap {
			return false
		}
	}
	if ss+2 < k && toks[ss].low == "they" {
		for j := ss + 1; j < k && j <= ss+3; j++ {
			if toks[j].low == "had" || toks[j].low == "held" {
				return k-j <= 5
			}
		}
	}
	return false
}

// leaderHeads returns the heads of state or government among es, and
// beside them a country's leader without a head's title ("supreme leader
// of North Korea" beside a president).
func (d *doc) leaderHeads(es []*personEntry) []*personEntry {
	var heads []*personEntry
	for _, a := range es {
		if isHeadRole(strings.ToLower(d.entryWho(a).role)) {
			heads = append(heads, a)
		}
	}
	if len(heads) == 0 {
		return nil
	}
	var out []*personEntry
	for _, a := range es {
		if slices.Contains(heads, a) || countryLeaderRole(strings.ToLower(d.entryWho(a).role)) {
			out = append(out, a)
		}
	}
	return out
}
