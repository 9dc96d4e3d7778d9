package corpus

import "strings"

// Verb phrases that tell a meeting without a meeting verb: "spoke with",
// "spent hours with", "called on", "paid a courtesy call on", "posed for
// photographers", and the helpers that read them.

// spokeWith reports "spoke with Putin", "spoke directly": talks, not a
// phone call or a word to reporters.
func spokeWith(toks []token, k, e int) bool {
	if toks[k].low == "for" {
		// "spoke for nearly three hours"
		for j := k + 1; j < e && j <= k+4; j++ {
			if toks[j].low == "hours" || toks[j].low == "hour" || toks[j].low == "minutes" {
				return true
			}
		}
		return false
	}
	if isLyAdverb(toks[k]) && k+1 < e && toks[k+1].low == "with" {
		k++ // "spoke briefly with Macron"
	}
	if toks[k].low == "on" && k+2 < e && isDay(toks[k+1].low) {
		k += 2 // "had spoken on Friday with Munir"
	}
	if nowWords[toks[k].low] && k+1 < e {
		k++ // "spoke today with Sybiha"
	}
	switch toks[k].low {
	case "with", "directly", "face-to-face", "privately", "one-on-one", "separately":
	default:
		return false
	}
	for j := k; j < e && j < k+9; j++ {
		if toks[j].kind == kPunct && toks[j].text != "." {
			break
		}
		switch toks[j].low {
		case "phone", "telephone", "video", "reporters", "journalists", "media", "press":
			return false
		}
	}
	return true
}

// duringSentence reports a sentence that places what follows during a
// meeting already reported: "During the visit, ...", "While the talks went
// on, ...".
func duringSentence(toks []token, s, k int) bool {
	for j := s; j < k && j < s+3; j++ {
		switch toks[j].low {
		case "during", "while", "meanwhile", "midway":
			return true
		}
	}
	return false
}

// signsAgreement reports "signed an agreement", "signed a set of accords":
// a signing where the signatories meet.
func signsAgreement(toks []token, k, e int) bool {
	for j := k; j < e && j < k+6; j++ {
		if agreementNouns[toks[j].low] {
			return true
		}
		if (toks[j].low == "document" || toks[j].low == "documents") && j > k && (isDeterminer(toks[j-1].low) || toks[j-1].low == "joint") {
			return true // "signed the document in Abu Dhabi", "signed a joint document"
		}
	}
	return false
}

var agreementNouns = set(`agreement agreements accord accords deal declaration treaty pact memorandum memorandums memoranda
	mou mous communique communiqué ceasefire truce protocol framework charter roadmap convention armistice`)

// definiteSigning reports a signing of a text told before, named by a
// definite article right before its noun within [a, b): "The document was
// signed at the Hilton hotel by ...", "signed the document in a hall of
// the Sheraton".
func definiteSigning(toks []token, a, b int) bool {
	for j := max(a, 1); j < b; j++ {
		if (agreementNouns[toks[j].low] || toks[j].low == "document" || toks[j].low == "documents") && (toks[j-1].low == "the" || toks[j-1].low == "this") {
			return true
		}
	}
	return false
}

// spentWith reports "spent nearly four hours with Araghchi", "spent about
// 10 hours on Saturday and much of Sunday with He": a length of time,
// then "with" before the clause ends.
func spentWith(toks []token, k, e int) bool {
	span := false
	for j := k; j < e && j < k+14; j++ {
		if toks[j].low == "with" {
			return j > k && (j < k+6 || span)
		}
		if toks[j].kind != kWord || clauseBreak[toks[j].low] {
			return false
		}
		span = span || timeSpans[toks[j].low]
	}
	return false
}

// hadTimeWith returns where "with" stands in "had two hours with X",
// "had more than an hour with X", "had 40 minutes with X": an amount of
// time, counted or graded only, then "with" (not "had talks with",
// "had lunch with", told by their nouns, nor "had worked for hours with").
// It returns -1 otherwise.
func hadTimeWith(toks []token, k, e int) int {
	span := false
	for j := k; j < e && j < k+8; j++ {
		w := toks[j].low
		if w == "with" {
			if span {
				return j
			}
			return -1
		}
		switch {
		case timeSpans[w] && w != "afternoon" && w != "morning" && w != "evening" && w != "night" && w != "weekend":
			span = true
		case numberWords[w] || startsDigit(w) || timeAmounts[w] || w == "half-hour" || (w == "his" || w == "her" || w == "their" || w == "own") && j < k+2:
			span = span || w == "half-hour" // ("had his own half-hour with him")
		default:
			return -1
		}
	}
	return -1
}

// timeAmounts count or grade a stretch of time: "more than an hour",
// "nearly two hours", "an hour and a half".
var timeAmounts = set(`a an more than less nearly almost about some over under just barely roughly around fully
	and half quarter quarters another few good full`)

// timeSpans are lengths of time spent with someone.
var timeSpans = set(`hours hour minutes days afternoon morning evening night weekend week weeks nights`)

// spentTogether reports "spent five hours together", "spent an hour and
// three quarters together".
func spentTogether(toks []token, k, e int) bool {
	timed := true // every word so far tells the time spent
	for j := k; j < e && j < k+7; j++ {
		if toks[j].low == "together" {
			return j > k && (j < k+5 || timed)
		}
		if toks[j].kind != kWord {
			return false
		}
		w := toks[j].low
		timed = timed && (timeSpans[w] || timeAmounts[w] || numberWords[w] || startsDigit(w))
	}
	return false
}

// hasJoinedBy reports "were joined ... by" in tokens [s, e), up to seven
// words between ("was joined in the operations room in New Delhi by").
func hasJoinedBy(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].low == "joined" && k > s && (toks[k-1].low == "were" || toks[k-1].low == "was") {
			for j := k + 1; j < e && j <= k+8; j++ {
				if toks[j].low == "by" {
					return true
				}
			}
		}
	}
	return false
}

// forPhoto reports "for photographers", "for a family photo", "for
// pictures" right after a verb of posing.
func forPhoto(toks []token, k, e int) bool {
	if k >= e || toks[k].low != "for" {
		return false
	}
	for j := k + 1; j < e && j <= k+4; j++ {
		switch toks[j].low {
		case "photo", "photos", "photograph", "photographs", "photographers", "picture", "pictures", "cameras", "photo-op", "photo-opportunity":
			return true
		}
	}
	return false
}

// visitedOn reports a person named at k whose list is followed by a place
// or the end of the sentence, not by "to" and a verb: "called on
// President Murmu at Rashtrapati Bhavan" is a visit, "called on Murmu to
// intervene" an appeal.
func (d *doc) visitedOn(pi, k, e int) bool {
	if !d.personSoonAfter(pi, k, e) && !d.titleResolvedAt(pi, k, e) {
		return false
	}
	toks := d.paras[pi].toks
	lim := k + 3
	for j := k + 1; j < e && j <= k+2 && toks[j-1].cap; j++ {
		if toks[j].low == "'s" || toks[j].text == "’s" {
			lim = j + 6 // "called on Sri Lanka's newly elected President Dissanayake in Colombo"
		}
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start >= k && m.start <= lim && m.end < e && (toks[m.end].low == "at" || toks[m.end].low == "in") {
			return true // "called on Prime Minister Modi at his 7, Lok Kalyan Marg residence"
		}
	}
	_, end := d.parseList(pi, k, e)
	if end <= k {
		return false
	}
	if end+1 < e && isLyAdverb(toks[end]) {
		end++ // "called on the crown prince separately in Riyadh"
	}
	if end >= e || toks[end].kind == kPunct && toks[end].text != "," {
		return true
	}
	switch toks[end].low {
	case "at", "in", "on", "during", "before", "after", ",":
		return true
	}
	return timeAfterList(toks, end, e)
}

// timeAfterList reports a time phrase at j, right after the one called on:
// "called on Berri the following day", "called on Vos last week",
// "called on Moen yesterday" (not "called on Vos to act").
func timeAfterList(toks []token, j, e int) bool {
	if j > 0 && toks[j-1].low == "the" {
		j-- // (the list reader may have taken the article)
	}
	switch w := toks[j].low; {
	case nowWords[w] || isDay(w):
		return true
	case (w == "last" || w == "this" || w == "earlier" || w == "later") && j+1 < e && (timeUnits[toks[j+1].low] || isDay(toks[j+1].low) || isMonth(toks[j+1].low)):
		return true
	case w == "the" && j+2 < e && (toks[j+1].low == "following" || toks[j+1].low == "next" || toks[j+1].low == "same" || toks[j+1].low == "previous") &&
		(timeUnits[toks[j+2].low] || isDay(toks[j+2].low)):
		return true
	}
	return false
}

// timeUnits are the spans a time phrase counts in.
var timeUnits = set(`day days week month year morning afternoon evening night weekend`)

// credentialVerbs hand an envoy's credentials over.
var credentialVerbs = set(`presented presents presenting handed hands submitted submits`)

// credentialsTo returns where the person starts in "presented her
// credentials to X", "presented his letters of credence to X" (k is the
// token after the verb), or -1.
func (d *doc) credentialsTo(pi, k, e int) int {
	toks := d.paras[pi].toks
	j := k
	if j < e && (possessivePronoun(toks[j].low) || toks[j].low == "the") {
		j++
	}
	switch {
	case j < e && toks[j].low == "credentials":
		j++
	case matchAt(toks, j, []string{"letters", "of", "credence"}) || matchAt(toks, j, []string{"letter", "of", "credence"}):
		j += 3
	default:
		return -1
	}
	if j+1 < e && toks[j].low == "over" {
		j++
	}
	if j+1 >= e || toks[j].low != "to" || !d.personSoonAfter(pi, j+1, e) {
		return -1
	}
	return j + 1
}

// paidCallOn returns where the person starts in "paid a courtesy call on
// X" or "paid a visit to X" (k is the token after "paid"), or -1.
func (d *doc) paidCallOn(pi, k, e int) int {
	toks := d.paras[pi].toks
	for j := k; j+1 < e && j <= k+3; j++ {
		if (toks[j].low == "call" || toks[j].low == "visit") && (toks[j+1].low == "on" || toks[j+1].low == "to") {
			if d.personSoonAfter(pi, j+2, e) || j+3 < e && isDeterminer(toks[j+2].low) && d.personSoonAfter(pi, j+3, e) {
				return j + 2
			}
			return -1
		}
	}
	return -1
}

// discussVerbs talk something over with someone.
var discussVerbs = set(`discussed discusses exchanged`)

// discussedWith returns the "with" of "discussed the summit with Lula"
// within a short object after the verb at k-1, or -1.
func discussedWith(toks []token, k, e int) int {
	for j := k; j < e && j < k+8; j++ {
		if toks[j].low == "with" {
			return j
		}
		if toks[j].kind != kWord {
			return -1
		}
	}
	return -1
}

// callInClause reports "by phone", "by video" or "in a phone call" in
// tokens [k, e) before a clause break.
func callInClause(toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		if isClauseBreak(toks, j) {
			return false
		}
		switch toks[j].low {
		case "phone", "telephone", "video", "videoconference":
			return true
		}
	}
	return false
}

// topicNoun reports a meeting noun that is what people talk about
// ("discussed the summit", "talked about the meeting"), not a meeting
// they hold.
func topicNoun(toks []token, s, k int) bool {
	j := k - 1
	for j >= s && toks[j].kind == kWord && !discussVerbs[toks[j].low] && toks[j].low != "about" && meetingModifier(toks[j]) && !toks[j].cap {
		j--
	}
	if j >= s && j < k && (toks[j].low == "and" || toks[j].low == "or") {
		// "had also raised a full ceasefire and a meeting between the two
		// presidents": the second of the topics raised
		for i := j - 1; i >= s && i >= j-6; i-- {
			if toks[i].kind != kWord || toks[i].cap {
				return false
			}
			if raiseVerbs[toks[i].low] || discussVerbs[toks[i].low] {
				return true
			}
		}
		return false
	}
	return j >= s && j < k && (discussVerbs[toks[j].low] || toks[j].low == "about" || raiseVerbs[toks[j].low])
}

// kindNoun reports a meeting noun that names a kind of meeting, not one
// held: "had never set foot at a gathering of this kind", "at meetings
// of that sort", "such a conference".
func kindNoun(toks []token, s, k, e int) bool {
	if k+3 < e && toks[k+1].low == "of" && (toks[k+2].low == "this" || toks[k+2].low == "that" || toks[k+2].low == "its" || toks[k+2].low == "the") &&
		(toks[k+3].low == "kind" || toks[k+3].low == "sort" || toks[k+3].low == "type") {
		return true
	}
	return k-2 >= s && toks[k-2].low == "such" && (toks[k-1].low == "a" || toks[k-1].low == "an")
}

// raiseVerbs put a meeting forward as a topic: "raised a meeting between
// the two presidents".
var raiseVerbs = set(`raised raises raising`)

// joiningWere returns the "were" of a sentence that opens "Joining Rubio
// at the table in Jeddah were Waltz and Witkoff", or -1.
func joiningWere(toks []token, s, e int) int {
	if s+2 >= e || toks[s].low != "joining" || !toks[s+1].cap {
		return -1
	}
	for j := s + 2; j < e && j <= s+14; j++ {
		if toks[j].low == "were" || toks[j].low == "was" {
			return j
		}
		if toks[j].kind == kQuote || toks[j].kind == kPunct && toks[j].text != "," && toks[j].text != "." {
			return -1
		}
	}
	return -1
}

// personSoonAfter reports a person named at token k, after at most two
// capitalised title words ("Parliament Speaker Nabih Berri"), or after a
// country's possessive and up to three ("Niger's Prime Minister Piotr
// Nowak", "Japan's Foreign Minister Takeshi Iwaya").
func (d *doc) personSoonAfter(pi, k, e int) bool {
	toks := d.paras[pi].toks
	reach := k + 2
	for j := k; j < e && j <= reach; j++ {
		if d.personStartsAt(pi, j) {
			return true
		}
		if (j == k+1 || j == k+2) && (toks[j].low == "'s" || toks[j].text == "’s") && toks[k].cap && toks[j-1].cap {
			reach = j + 4 // "Niger 's Prime Minister Piotr", "Sri Lanka 's President Anura"
			continue
		}
		if reach > k+2 && j < reach && electedMods[toks[j].low] {
			reach++ // "Sri Lanka's newly elected President Dissanayake"
			continue
		}
		if !toks[j].cap || toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// electedMods are lower-case words between a country's "'s" and the
// title of the person it has ("Peru's newly elected President").
var electedMods = set(`newly elected new re-elected incoming outgoing interim acting caretaker visiting`)

// welcomeVerbs take the place after "to": "welcomed Starmer to the Elysée".
var welcomeVerbs = set(`welcomed welcomes welcoming invited received`)

// sessionMods tell which part of a meeting: "for the morning session".
var sessionMods = set(`morning afternoon evening night opening closing final first second third last plenary working`)

// forMeetingAhead reports "for talks" / "for a meeting" within a few
// tokens: "joined Macron and Starmer for talks".
func forMeetingAhead(toks []token, k, e int) bool {
	for j := k; j+1 < e && j < k+12; j++ {
		if toks[j].low == "for" {
			return meetingNounAfter(toks, j+1, e)
		}
	}
	return false
}

// meetingNounAfter reports a meeting noun at n, after at most three
// determiners and modifiers: "a meeting", "the afternoon session", "talks".
func meetingNounAfter(toks []token, n, e int) bool {
	start := n
	for n < e && n < start+3 && (isDeterminer(toks[n].low) || !toks[n].cap && meetingNouns[toks[n].low] == "" && toks[n].kind == kWord && (roleMods[toks[n].low] || sessionMods[toks[n].low])) {
		n++
	}
	return n < e && meetingNouns[toks[n].low] != ""
}

// atMeetingAhead reports "at a meeting", "in talks", "at the summit"
// shortly after k (after a person joined): "Takaichi joined Trump on
// Monday at a meeting with the families".
func atMeetingAhead(toks []token, k, e int) bool {
	for j := k; j+1 < e && j < k+12; j++ {
		if (toks[j].low == "at" || toks[j].low == "in") && meetingNounAfter(toks, j+1, e) {
			return true
		}
	}
	return false
}

// inPresence reports "in their presence", "in the presence of": an act
// done before the people of the meeting under way.
func inPresence(toks []token, k, e int) bool {
	for j := k; j+2 < e; j++ {
		if toks[j].low == "in" && (toks[j+1].low == "their" || toks[j+1].low == "his" || toks[j+1].low == "her" || toks[j+1].low == "the") && toks[j+2].low == "presence" {
			return true
		}
	}
	return false
}

// presenceOfOthers reports "in the presence of X" in tokens [k, e) naming
// someone the meeting under way does not have: "That deal was signed by A
// and B in the presence of Wang": done before X, at an occasion of its
// own, not before the people of the meeting just told.
func (d *doc) presenceOfOthers(pi, k, e int) bool {
	toks := d.paras[pi].toks
	for j := k; j+3 < e; j++ {
		if toks[j].low == "in" && toks[j+1].low == "the" && toks[j+2].low == "presence" && toks[j+3].low == "of" {
			ps, _ := d.parseList(pi, j+4, e)
			c := d.current
			return len(ps) > 0 && c != nil && len(c.att) > 0 && overlap(ps, c.att) < len(ps) // (a meeting told without people yet: "On that occasion, A and B spoke in the presence of C")
		}
	}
	return false
}

// negotiateVerbs are verbs of bargaining whose subjects meet when they
// negotiate with someone or through a stretch of time.
var negotiateVerbs = set(`negotiated negotiate negotiates bargained haggled`)

// negotiateHow may follow a negotiating verb when its subjects meet
// ("negotiated through the night", "negotiated for hours", "negotiated
// late into the evening").
var negotiateHow = set(`through throughout for until till late overnight into face-to-face directly`)

// negotiatedAtPlace reports a negotiating verb at k followed by the named
// place its subjects bargained in: "A and B negotiated at the Cabinet
// Office until 1am", "negotiated in Geneva".
func negotiatedAtPlace(toks []token, k, e int) bool {
	j := k + 1
	if j+1 >= e || toks[j].low != "at" && toks[j].low != "in" {
		return false
	}
	j++
	if toks[j].low == "the" && j+1 < e {
		j++
	}
	return toks[j].kind == kWord && toks[j].cap && !isMonth(toks[j].low) && !isDay(toks[j].low)
}

// participleOpener reports a sentence opening with a participle phrase
// that holds the meeting at ti before any comma ("Having met Nowak in
// Madrid, Ruiz flew to Paris").
func participleOpener(toks []token, cs, ti int) bool {
	if !toks[cs].cap || !strings.HasSuffix(toks[cs].low, "ing") {
		return false
	}
	for j := cs; j < ti; j++ {
		if toks[j].kind != kWord {
			return false
		}
	}
	return true
}

// countryAdjective reports a word the gazetteer knows as a country's
// adjective ("Bahraini"), which names no place by itself.
func (d *doc) countryAdjective(w string) bool {
	if d.gaz == nil {
		return false
	}
	c, ok := d.gaz.Country(w)
	if !ok {
		return false
	}
	for _, a := range c.Adjectives {
		if strings.EqualFold(a, w) {
			return true
		}
	}
	return false
}

// capitalOf returns the capital of the country named or described by
// name ("Bahraini", "Oman"), else the dateline's place when the country is
// not known; "" when neither is.
func (d *doc) capitalOf(name string) string {
	if d.gaz != nil {
		if c, ok := d.gaz.Country(name); ok {
			return c.Capital
		}
	}
	return d.datelinePlace()
}

// noDateSet reports a meeting noun at k that no date has been set for
// ("No date has been set for talks between X and Y").
func noDateSet(toks []token, cs, k int) bool {
	for i := max(cs, k-8); i+1 < k; i++ {
		if toks[i].low == "no" && (toks[i+1].low == "date" || toks[i+1].low == "time") {
			return true
		}
	}
	return false
}

// commaBetween reports a comma among tokens (i, k): "was in Budapest,
// hoping to meet Orban" is no stay for a meeting.
func commaBetween(toks []token, i, k int) bool {
	for j := i + 1; j < k; j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// hopeVerbs before "to meet" make the meeting a wish, not an event.
var hopeVerbs = set(`hoping hoped hopes hope wanting wanted wants want seeking sought seeks seek trying tried tries
	try planning plans planned plan aiming aimed aims aim eager keen`)

// meetingParts name a part of a meeting: "the session of the summit".
var meetingParts = set(`session sessions plenary opening`)

// partOfPrevious reports a meeting mention that names the meeting the one
// before it in the sentence is part of or joined: "joined the leaders for
// the morning session" (the session after the verb's "for"), "the
// session of the summit" (the summit after its part).
func partOfPrevious(toks []token, prev, tr trigger) bool {
	if tr.ti <= prev.ti {
		return false
	}
	if tr.ti >= 3 && tr.ti-3 == prev.ti && meetingParts[toks[prev.ti].low] && toks[tr.ti-2].low == "of" && toks[tr.ti-1].low == "the" {
		return true
	}
	if prev.verb && (toks[prev.ti].low == "signed" || toks[prev.ti].low == "initialled" || toks[prev.ti].low == "initialed") && tr.ti-prev.ti <= 40 && talksBefore(toks, tr.ti) {
		return true // "was signed by A and B after four days of closed-door talks": the talks that led to it
	}
	if !prev.verb || (toks[prev.ti].low != "joined" && toks[prev.ti].low != "joins") || tr.ti-prev.ti > 14 {
		return false
	}
	for j := tr.ti - 1; j > prev.ti; j-- {
		if toks[j].low == "for" {
			return true
		}
		if !isDeterminer(toks[j].low) && !sessionMods[toks[j].low] && !roleMods[toks[j].low] {
			return false
		}
	}
	return false
}

// talksBefore reports a meeting noun at k told as a stretch of time before
// what was done: "after four days of closed-door talks", "after weeks of
// negotiations".
func talksBefore(toks []token, k int) bool {
	j := k - 1
	for j > 0 && toks[j].kind == kWord && !toks[j].cap && toks[j].low != "of" && k-j <= 3 {
		j-- // ("closed-door", "intense")
	}
	if j < 2 || toks[j].low != "of" || !timeSpans[toks[j-1].low] {
		return false
	}
	a := j - 2
	if a >= 0 && toks[a].low != "after" {
		a-- // "after four days", "after two long days"
	}
	return a >= 0 && toks[a].low == "after"
}

// calledAgreement reports an agreement named through someone's words
// after a signing verb: "signed what Trump called a historic deal",
// "signed what both sides described as a framework".
func calledAgreement(toks []token, k, e int) bool {
	if k >= e || toks[k].low != "what" {
		return false
	}
	for j := k + 1; j < e && j <= k+8; j++ {
		if toks[j].low == "called" || toks[j].low == "described" || toks[j].low == "hailed" || toks[j].low == "termed" {
			return signsAgreement(toks, j+1, e)
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// passiveOfPrevious reports a hold verb in the passive whose subject is
// the meeting noun just before it ("The meeting was convened under the
// auspices of X"): the verb tells that meeting, and the people it names
// were at it.
func passiveOfPrevious(toks []token, prev, tr trigger) bool {
	if prev.verb || !prev.anaphoric || !tr.verb || tr.ti-prev.ti > 3 || tr.ti-prev.ti < 2 {
		return false
	}
	for j := prev.ti + 1; j < tr.ti; j++ {
		if !beVerbs[toks[j].low] && toks[j].low != "been" && toks[j].low != "had" && toks[j].low != "has" {
			return false
		}
	}
	return true
}
