package corpus

// Absences told without an absence cue of the list: someone withdrawing
// from a meeting they were due at ("cancelled at the last minute",
// "withdrew hours before"), regrets sent instead of coming, a seat left
// empty.

// withdrawVerbs take back someone's own attendance when they stand without
// an object ("X cancelled at the last minute"); "cancelled the talks" is
// the meeting called off, no one's absence.
var withdrawVerbs = set(`cancelled canceled withdrew withdrawn`)

// withdrawParticles make a phrasal verb of withdrawal: "backed out",
// "dropped out", "bowed out", "cried off".
var withdrawParticles = map[string]string{"backed": "out", "dropped": "out", "bowed": "out", "cried": "off", "begged": "off", "opted": "out"}

// afterWithdrawal may follow an intransitive withdrawal: its time, its
// cause, the end of the clause ("at the last minute", "hours before",
// "on Sunday", "citing illness", "because of", "for health reasons").
var afterWithdrawal = set(`at on late early shortly just hours days minutes the because citing after as amid over for
	due when overnight abruptly suddenly unexpectedly too also then again`)

// withdrawalAt reports a withdrawal told at token k of [k, e): "cancelled
// at the last minute", "withdrew hours before the talks began", "backed
// out", "withdrew from the talks". It returns the number of tokens it
// spans, or 0.
func withdrawalAt(toks []token, s, k, e int) int {
	w := toks[k].low
	n := 1
	if p, ok := withdrawParticles[w]; ok {
		if k+1 >= e || toks[k+1].low != p {
			return 0
		}
		n = 2
	} else if !withdrawVerbs[w] {
		return 0
	}
	if k > s && (beVerbs[toks[k-1].low] || toks[k-1].low == "been" || toks[k-1].low == "being") {
		return 0 // "the talks were cancelled": the meeting called off
	}
	if k > s && meetingNouns[toks[k-1].low] != "" {
		return 0 // "the summit cancelled", a noun as subject
	}
	a := k + n
	if a >= e || toks[a].kind == kPunct || toks[a].kind == kQuote {
		return n // "Haddad withdrew." "..., cancelled, and ..."
	}
	if toks[a].low == "from" || toks[a].low == "of" && n == 2 {
		// "withdrew from the talks", "opted out of the summit": a meeting,
		// not "from the race"
		for j := a + 1; j < e && j <= a+4; j++ {
			if meetingNouns[toks[j].low] != "" {
				return n
			}
			if toks[j].kind != kWord {
				break
			}
		}
		return 0
	}
	if (numberWords[toks[a].low] || toks[a].low == "a" || startsDigit(toks[a].low)) && a+1 < e && (relativeUnits[toks[a+1].low] || toks[a+1].low == "few") {
		return n // "backed out two days before", "withdrew a week early"
	}
	if afterWithdrawal[toks[a].low] {
		if toks[a].low == "the" && !(a+1 < e && (toks[a+1].low == "night" || toks[a+1].low == "day" || toks[a+1].low == "evening" || toks[a+1].low == "morning")) {
			return 0 // "cancelled the meeting", but "withdrew the day before"
		}
		if toks[a].low == "for" && !(a+1 < e && (reasonWord(toks[a+1].low) || a+2 < e && reasonWord(toks[a+2].low))) {
			return 0 // "withdrew for health reasons", not "withdrew for talks"
		}
		return n
	}
	return 0
}

// reasonWord reports a noun giving the cause of a withdrawal.
func reasonWord(w string) bool {
	switch w {
	case "reasons", "reason", "health", "personal", "security", "family", "scheduling", "medical":
		return true
	}
	return false
}

// regretsAt reports regrets sent in place of coming at token k: "sent his
// regrets", "sent apologies", "conspicuous by her absence". It returns the
// number of tokens it spans, or 0.
func regretsAt(toks []token, k, e int) int {
	switch toks[k].low {
	case "sent", "sends", "offered", "tendered":
		a := k + 1
		if a < e && (toks[a].low == "his" || toks[a].low == "her" || toks[a].low == "their" || toks[a].low == "its") {
			a++
		}
		if a < e && (toks[a].low == "regrets" || toks[a].low == "apologies") {
			return a + 1 - k
		}
		if n := sentWordAway(toks, k, e); n > 0 {
			return n
		}
	case "conspicuous", "notable":
		if k+3 < e && toks[k+1].low == "by" && (toks[k+2].low == "his" || toks[k+2].low == "her" || toks[k+2].low == "their" || toks[k+2].low == "its") && toks[k+3].low == "absence" {
			return 4
		}
	}
	return 0
}

// sentWordAway reports "sent word that he was occupied with forming his
// Cabinet", "sent word he could not come" at token k ("sent"): a message
// in place of coming, told by a word of being kept away within the few
// words after "word". It returns the tokens up to that word, or 0.
func sentWordAway(toks []token, k, e int) int {
	if k+1 >= e || toks[k+1].low != "word" {
		return 0
	}
	for j := k + 2; j < e && j <= k+7; j++ {
		switch toks[j].low {
		case "not", "n't", "unable", "occupied", "busy", "detained", "unwell", "ill", "prevented", "kept", "tied":
			return j + 1 - k
		}
		if toks[j].kind != kWord {
			return 0
		}
	}
	return 0
}

// seatNouns name a place at a meeting's table.
var seatNouns = set(`seat chair place seats chairs places`)

// emptyWords tell a seat no one took.
var emptyWords = set(`empty vacant unoccupied unfilled`)

// emptySeat returns the people whose seat at the meeting a sentence says
// was empty, from token k (a seat noun): "Haddad's seat at the table
// stayed empty", "his chair was left empty", "the chair reserved for Lena
// Varga remained vacant", "Haddad's empty chair". It returns nil for "his
// seat in parliament was left empty" and seats of no one named.
func (d *doc) emptySeat(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if !seatNouns[toks[k].low] {
		return nil
	}
	empty := k > s && emptyWords[toks[k-1].low]
	o := k - 1
	if empty {
		o--
	}
	var who []*personEntry
	if o >= s && (toks[o].low == "his" || toks[o].low == "her") {
		if r := d.resolvePronoun(pi, o, toks[o].low == "her"); r != nil {
			who = []*personEntry{r}
		}
	} else if o > s && (toks[o].low == "'s" || toks[o].low == "'") {
		if m, ok := d.mentionAt(pi, o-1); ok {
			who = []*personEntry{m.p}
		}
	}
	a := k + 1
	if a < e && (toks[a].low == "at" || toks[a].low == "around") {
		// "at the table", "at the negotiating table", "at the talks"
		for a++; a < e && a <= k+5 && toks[a].kind == kWord && !beVerbs[toks[a].low] && !emptyStay[toks[a].low]; a++ {
		}
	} else if a < e && (toks[a].low == "in" || toks[a].low == "on") {
		return nil // "his seat in parliament", "a seat on the council"
	}
	if len(who) == 0 && empty && a+1 < e && toks[a].low == "for" {
		who, _ = d.parseList(pi, a+1, e) // "an empty chair for Haddad"
	}
	if len(who) == 0 && a+1 < e && (toks[a].low == "reserved" || toks[a].low == "set" || toks[a].low == "meant" || toks[a].low == "kept" || toks[a].low == "intended") {
		// "the chair reserved for Varga", "the seat set aside for Haddad"
		for j := a + 1; j < e && j <= a+3; j++ {
			if toks[j].low == "for" {
				list, end := d.parseList(pi, j+1, e)
				who, a = list, end
				break
			}
		}
	}
	if len(who) == 0 {
		return nil
	}
	if empty {
		return who
	}
	// "stayed empty", "was left empty", "remained vacant", "sat empty"
	for j := a; j < e && j <= a+4; j++ {
		if emptyWords[toks[j].low] {
			return who
		}
		if toks[j].kind != kWord || !beVerbs[toks[j].low] && !emptyStay[toks[j].low] && !verbAdverbs[toks[j].low] {
			return nil
		}
	}
	return nil
}

// emptyStay are the verbs between a seat and its emptiness: "stayed
// empty", "was left empty".
var emptyStay = set(`stayed remained sat stood lay left kept stays remains sits stands conspicuously notably pointedly still`)

// ownAbsenceWords open the constructions ownAbsences reads, for the cue
// scan's first-word filter.
var ownAbsenceWords = set(`cancelled canceled withdrew withdrawn backed dropped bowed cried begged opted sent sends offered tendered too
	conspicuous notable seat chair place seats chairs places stayed remained`)

// ownAbsences records at meeting c the absences told at token k of
// sentence [s, e): a withdrawal, regrets sent, a seat left empty. It
// returns the note recorded, else last.
func (d *doc) ownAbsences(pi, s, k, e int, c *cluster, last string) string {
	toks := d.paras[pi].toks
	note := ""
	var who []*personEntry
	if withdrawalAt(toks, s, k, e) > 0 && !negatedBefore(toks, clauseStart(toks, s, k), k) {
		// "Haddad, who was due to attend, cancelled at the last minute"
		note, who = "withdrew", d.clauseSubject(pi, s, k)
	} else if n := regretsAt(toks, k, e); n > 0 {
		note = "sent regrets"
		if toks[k].low == "conspicuous" || toks[k].low == "notable" {
			note = "did not attend"
		}
		who = d.clauseSubject(pi, s, k)
	} else if tooUnwell(toks, k, e) {
		note, who = "did not attend", d.clauseSubject(pi, s, k) // "was too ill to travel"
	} else if list := d.emptySeat(pi, s, k, e); len(list) > 0 {
		note, who = "seat left empty", list
	} else if n, list := d.stayedHome(pi, s, k, e, c); len(list) > 0 {
		note, who = n, list // "Zelenskyy, who remained in Kyiv, said"
	}
	for _, p := range who {
		if !c.hasAttendee(p) {
			c.addAbsent(p, note)
		}
	}
	if len(who) == 0 {
		return last
	}
	return note
}

// timesOther reports a relative time r found just before the meeting noun
// at k that the meeting anchors rather than dates: "withdrew hours before
// the talks", "arrived days after the summit" tell when something else
// happened, counted from the meeting.
func timesOther(toks []token, r dateRef, k int) bool {
	if r.pos <= 0 || r.pos >= k || toks[r.pos].low != "before" && toks[r.pos].low != "after" {
		return false
	}
	for j := r.pos + 1; j < k; j++ {
		if !isDeterminer(toks[j].low) && toks[j].low != "their" && toks[j].low != "its" && !meetingModifier(toks[j]) {
			return false
		}
	}
	return true
}

// partOfMeeting reports a meeting after "not part of" or "no part in" at
// token k: "not part of that meeting", "no part in the talks" (not "not
// part of the delegation", "not part of the deal").
func partOfMeeting(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+4; j++ {
		if meetingNouns[toks[j].low] != "" || toks[j].low == "it" || toks[j].low == "them" || toks[j].low == "process" || toks[j].low == "format" {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// tooUnwell reports "too ill to travel", "too sick to attend", "too busy
// to come" at token k ("too").
func tooUnwell(toks []token, k, e int) bool {
	if toks[k].low != "too" || k+3 >= e || toks[k+1].kind != kWord || toks[k+2].low != "to" {
		return false
	}
	switch toks[k+3].low {
	case "travel", "attend", "come", "fly", "join":
		return true
	}
	return false
}

// reportedSubject returns the subject of a clause reported after a speech
// verb in [cs, k): "Ruiz said Haddad had skipped the talks" is about
// Haddad, not Ruiz. It returns nil when no speech verb comes first or no
// one is named right after it.
func (d *doc) reportedSubject(pi, cs, k int) []*personEntry {
	toks := d.paras[pi].toks
	for j := k - 1; j > cs; j-- {
		if !sayVerbs[toks[j].low] || toks[j].cap {
			continue
		}
		a := j + 1
		if a < k && toks[a].low == "that" {
			a++
		}
		if list, end := d.parseList(pi, a, k); len(list) > 0 && end < k && auxRun(toks, end, k) {
			return list
		}
		return nil
	}
	return nil
}

// auxRun reports tokens [a, b) as auxiliaries and adverbs only: "had",
// "has also", "was".
func auxRun(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		w := toks[j].low
		if !beVerbs[w] && w != "had" && w != "has" && w != "have" && w != "also" && w != "then" && w != "later" && !isLyAdverb(toks[j]) {
			return false
		}
	}
	return true
}
