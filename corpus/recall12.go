package corpus

// Earlier meetings an article recalls in a clause of their own: "their
// first meeting since November last year in San Francisco, when Kishida
// met Xi" tells, in its when-clause, the earlier meeting the story's is
// measured from. That clause is its own meeting, with its own people: they
// do not join the story's meeting, and the story's people do not join it.

import "strings"

// recalledWhen sets apart a meeting verb told in a ", when" clause that
// hangs on a "since" phrase: "..., their first meeting since May in Lima,
// when Holm met Xi" is an earlier meeting than the story's. Its date is
// only one told from "since" on; the story's day told earlier in the
// sentence is not its day.
func recalledWhen(toks []token, s int, tr *trigger) {
	if !tr.verb || tr.future || len(tr.people) < 2 || !whenAfterComma(toks, tr.cs) {
		return
	}
	since := -1
	for k := tr.cs - 2; k > s && k >= tr.cs-10; k-- {
		if toks[k].low == "since" {
			since = k
			break
		}
		if toks[k].kind == kQuote || toks[k].text == ";" || toks[k].text == "," {
			return
		}
	}
	if since < 0 {
		return
	}
	tr.apart = true
	if !tr.hasDate || tr.date.pos < since {
		// a time of its own, no day: the sentence's day is the story's
		tr.date, tr.hasDate = dateRef{key: "rel:since:" + strings.Join(entryNames(tr.people), "+"), vague: true, pos: since}, true
	}
}

// distantVisit reads a meeting told in a clause set apart in time from the
// sentence's main one ("The visit came three days after Orban travelled
// to Kyiv to meet Zelenskiy", "a week after Orban went to Kyiv for talks
// with Zelenskiy"): the clause's subject, named right after "after", is
// one of its people even when the verb that meets is further on, and the
// meeting is another occasion than the story's.
func (d *doc) distantVisit(pi, s int, tr *trigger) {
	toks := d.paras[pi].toks
	if tr.future || tr.anaphoric || tr.call || !distantClause(toks, tr.cs) || !relativeUnits[toks[tr.cs-1].low] {
		return // ("shortly after Trump arrived for the opening of the meeting": the same occasion)
	}
	if !tr.verb && (tr.ti+1 >= len(toks) || toks[tr.ti+1].low != "with") {
		return // a meeting noun only as "talks with Y"
	}
	if len(tr.people) < 2 {
		m, ok := d.personFrom(pi, tr.cs+1)
		if !ok || m.end > tr.ti {
			return
		}
		tr.people = dedupe(append([]*personEntry{m.p}, tr.people...))
	}
	if len(tr.people) >= 2 {
		tr.apart = true
	}
}

// tripVerbs carry someone to the place of a meeting told after them:
// "travelled to Sanaa to meet", "saw the envoy travel to Sanaa to meet".
var tripVerbs = set(`travel travels travelled traveled travelling traveling fly flies flew flown go goes went drive drove driven journeyed`)

// tripToMeet reads "X travelled to Sanaa to meet Y", "saw X travel to
// Sanaa to meet Y": the one who made the trip is one of the meeting's
// people even when the subject finder stops at the trip verb. Told in a
// place other than the meeting under way's, the meeting is another
// occasion (a recalled visit), not more people for the story's meeting.
func (d *doc) tripToMeet(pi, s int, tr *trigger) {
	toks := d.paras[pi].toks
	if !tr.verb || tr.call || tr.ti < 3 || toks[tr.ti-1].low != "to" || !meetingVerbs[toks[tr.ti].low] {
		return
	}
	v := -1
	for j := tr.ti - 2; j > s && j >= tr.ti-8; j-- {
		if tripVerbs[toks[j].low] {
			v = j
			break
		}
		if toks[j].kind == kQuote || toks[j].text == ";" || meetingVerbs[toks[j].low] {
			return
		}
	}
	if v < 0 {
		return
	}
	if tr.future {
		if !pastTrip(toks, s, v) {
			return
		}
		tr.future = false // "travelled to Kyiv to meet": the purpose of a trip made
	}
	var subj *personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.start >= s && m.end <= v && m.end >= v-2 {
			subj = m.p // "Ambassador Mohammed Al Jaber travel", "Orban had flown"
		}
	}
	if subj != nil {
		tr.people = dedupe(append([]*personEntry{subj}, tr.people...))
	}
	if a := v + 2; tr.place == "" && a < tr.ti && toks[v+1].low == "to" && toks[a].cap {
		b := a
		for b < tr.ti && toks[b].cap && toks[b].kind == kWord && !isMonth(toks[b].low) && !isDay(toks[b].low) {
			b++
		}
		tr.place = d.placeName(pi, a, b) // "travelled to Kyiv to meet": the trip's end
	}
	if c := d.current; len(tr.people) >= 2 && c != nil && tr.place != "" && c.place != "" && !d.placesAgree(tr.place, c.place) {
		tr.apart = true
	}
}

// pastTripVerbs are the past forms of tripVerbs.
var pastTripVerbs = set(`travelled traveled flew flown went drove driven journeyed`)

// pastTrip reports the trip verb at v told as done: a past form ("flew to
// Ankara to meet"), or a bare one after a past verb of seeing ("the thaw
// saw the envoy travel to Sanaa to meet"), not "is expected to travel".
func pastTrip(toks []token, s, v int) bool {
	if pastTripVerbs[toks[v].low] {
		return v == s || toks[v-1].low != "to"
	}
	for j := v - 1; j >= s && j >= v-6; j-- {
		switch toks[j].low {
		case "to", "will", "would", "could", "should", "may", "might", "can", "must":
			return false
		case "saw", "watched":
			return true
		}
	}
	return false
}

// sawTrip reports "saw" at k whose object goes on to a trip: "the thaw
// saw Al Jaber travel to Sanaa to meet al-Mashat" tells the trip and its
// meeting, not someone seen.
func (d *doc) sawTrip(pi, k, e int) bool {
	toks := d.paras[pi].toks
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start > k && m.start <= k+4 && m.end < e && tripVerbs[toks[m.end].low] {
			return true
		}
	}
	return false
}

// earlierRoundWords before a meeting noun place the meeting before the
// story's: "the first round", "the previous BCM", "the last ordinary
// summit".
var earlierRoundWords = set(`first second third fourth fifth sixth seventh eighth ninth tenth previous earlier prior last inaugural`)

// earlierRound reads "The first round of direct talks took place on May 16
// at Dolmabahce Palace, also with Fidan, Umerov and Medinsky at the
// table" and "The previous BCM was held in Shanghai in January, with
// Lazaro and Sun leading the two delegations", told while another meeting
// is under way: a round named by its rank and told with a day or place of
// its own that the meeting under way does not have is that earlier round,
// not the story's, and the people named with it in its sentence are its
// people.
func (d *doc) earlierRound(pi, e int, tr *trigger) {
	c := d.current
	toks := d.paras[pi].toks
	if c == nil || tr.verb || tr.future || !tr.anaphoric || tr.call || c.future {
		return
	}
	ranked := false
	for j := tr.ti - 1; j >= tr.cs && j >= tr.ti-3; j-- {
		if earlierRoundWords[toks[j].low] {
			// ("last night's dinner": a day, not a rank)
			ranked = toks[j].low != "last" || j+1 >= tr.ti || !relativeUnits[strings.TrimSuffix(toks[j+1].low, "'s")] && toks[j+1].low != "night" && toks[j+1].low != "night's"
			break
		}
		if toks[j].kind != kWord || functionWords[toks[j].low] || isDeterminer(toks[j].low) {
			break // "the second of those meetings": a part of the meeting told
		}
	}
	if !ranked || firstSince(toks, tr.ti, e) {
		return // ("the first face-to-face meeting between them since March": the one under way)
	}
	if a, b := afterAppositive(toks, tr.ti, e); !tr.hasDate && tr.place == "" && a > 0 {
		// "The first round of direct talks, the first since 2022, took
		// place on May 16 at Dolmabahce Palace": the clause goes on after
		// the appositive
		after := *tr
		after.cs, after.ce, after.ti = a, b, a
		tr.date, tr.hasDate = d.triggerDate(toks, after)
		tr.place = d.placeIn(pi, after)
	}
	ownDay := tr.hasDate && !tr.weakDate && c.hasDate && tr.date.key != c.date.key
	ownPlace := tr.place != "" && c.place != "" && !d.placesAgree(tr.place, c.place)
	if !ownDay && !ownPlace {
		return
	}
	tr.anaphoric, tr.apart = false, true
	if len(tr.people) >= 2 {
		return
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.start > tr.ti && m.end <= e && !saysAfter(toks, m.end, e) && namedAt(toks, m) {
			tr.people = append(tr.people, m.p) // "also with Fidan, Umerov and Medinsky at the table"
		}
	}
	tr.people = dedupe(tr.people)
}

// namedAt reports a person mention that spells the person's family name,
// not an office read as its holder ("then-Chinese Premier Li Keqiang" is
// Li Keqiang, not today's premier).
func namedAt(toks []token, m mention) bool {
	f := strings.Fields(m.p.name)
	return len(f) > 0 && m.end > m.start && strings.EqualFold(toks[m.end-1].text, f[len(f)-1])
}

// presentTripVerbs tell, in the present tense, a trip still to be made:
// "Lee heads to Washington on Sunday for his first summit with Trump".
var presentTripVerbs = set(`heads travels flies leaves departs`)

// presentTripPurpose marks as planned a meeting noun told as the purpose of a trip
// in the present tense ("heads to Washington on Sunday for his first
// summit with Trump"): a news story's present-tense trip is still to come,
// so its day is not the most recent Sunday and its people met no one yet.
func presentTripPurpose(toks []token, s int, tr *trigger) {
	if tr.verb || tr.future || tr.anaphoric {
		return
	}
	forAt := -1
	for j := tr.ti - 1; j > s && j >= tr.ti-4; j-- {
		if toks[j].low == "for" {
			forAt = j
			break
		}
	}
	if forAt < 0 {
		return
	}
	for j := forAt - 1; j >= s && j >= forAt-8; j-- {
		if presentTripVerbs[toks[j].low] && j > s && subjectBefore(toks, s, j) {
			tr.future = true // "Lee heads to ... for"
			return
		}
		if toks[j].kind == kQuote || toks[j].text == ";" || toks[j].text == "," {
			return
		}
	}
}

// subjectBefore reports a capitalised word right before the verb at v,
// or before an adverb of sequence there: "Lee heads", "Lee then travels".
func subjectBefore(toks []token, s, v int) bool {
	k := v - 1
	if k > s && (toks[k].low == "then" || toks[k].low == "later" || toks[k].low == "next" || toks[k].low == "also") {
		k--
	}
	return k >= s && toks[k].kind == kWord && toks[k].cap
}

// afterAppositive returns the main clause that goes on after an appositive
// following the noun at k ("The first round of direct talks, the first
// since 2022, took place on May 16"): a comma, a phrase opened by an
// article, a comma, then a verb of holding.
func afterAppositive(toks []token, k, e int) (int, int) {
	c := -1
	for j := k + 1; j < e && j <= k+5; j++ {
		if toks[j].text == "," {
			c = j
			break
		}
		if toks[j].kind != kWord {
			return 0, 0
		}
	}
	if c < 0 || c+1 >= e || toks[c+1].low != "the" && toks[c+1].low != "a" && toks[c+1].low != "an" {
		return 0, 0
	}
	return heldAfterComma(toks, c+2, c+9, e)
}

// firstSince reports "since" within a dozen words after the noun at k
// ("the first face-to-face meeting between senior officials of the two
// countries since ..."): a first since some time is the meeting told, not
// an earlier round.
func firstSince(toks []token, k, e int) bool {
	for j := k + 1; j < e && j <= k+12; j++ {
		if toks[j].low == "since" {
			return true
		}
		if toks[j].kind == kQuote || toks[j].text == ";" || toks[j].text == "," {
			return false
		}
	}
	return false
}
