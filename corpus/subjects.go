package corpus

// Finding who a speech verb belongs to: the subject before it, past
// asides, introductory phrases and reported clauses.

import "strings"

// pre looks for a speech verb before the quotation at token qi in its
// sentence and returns the verb's subject.
func (d *doc) pre(pi, qi int) (w who, weak, direct, ok bool) {
	p := &d.paras[pi]
	toks := p.toks
	s, _ := p.sentenceOf(qi)
	var doc who // the author of a document the words are reported from
	docAt, docEnd, docDirect := -1, -1, false
	teller := false                    // "According to a diplomat, Machado told the meeting that “…”"
	noOne, noOneDirect := false, false // "They added that …": a speaker with no name
	if w, ok := d.quotingOpener(pi, s, qi); ok {
		return w, false, false, true // "Quoting Anwar, Bernama reported that “…”"
	}
	for k := qi - 1; k >= s; k-- {
		if toks[k].low == "words" && k+2 < qi && toks[k+1].low == "of" && k-2 >= s && toks[k-1].low == "the" && toks[k-2].low == "in" {
			// "In the words of one European diplomat, “…”"
			if w, _, _ := d.accordingTo(pi, k+2); w.ok {
				return w, false, false, true
			}
		}
		if w, ok := d.inTheirWords(pi, k, qi); ok {
			return w, false, false, true // "In his words, ...", "by Zelensky's account, “…”"
		}
		if a := asSetOutIn(toks, k, qi); a > 0 && documentAhead(toks, a, qi) {
			// "as set out in a statement issued by Brunei, there shall be
			// “…”": the document's author, as with "according to"
			if w, _, _ := d.accordingTo(pi, a); w.ok {
				return w, false, false, true
			}
		}
		if toks[k].low == "according" && k+1 < qi && toks[k+1].low == "to" {
			w, b, viaDoc := d.accordingTo(pi, k+2)
			if w.ok && w.p == nil {
				if cw, ok := d.colonSpeaker(pi, qi); ok && cw.p != nil {
					// "His message, according to the official, was
					// simple: “…”": the message's owner speaks; the
					// official only tells of it
					return cw, false, true, true
				}
			}
			// "He added, according to Belta, that …": the aside sits
			// between the person's verb and its that-clause
			before := b+1 < qi && toks[b].text == "," && toks[b+1].low == "that" && d.personVerbBefore(pi, s, k)
			if w.ok && !viaDoc && !tellerAfter(toks, b, qi) && !(w.p == nil && w.name != "" && d.personVerbAfter(pi, s, b, qi)) && !before {
				return w, false, b+1 >= qi, true
			}
			if w.ok && (!viaDoc || d.docTeller(pi, b, qi) || before) {
				// (also "According to the Chinese readout, Xi told Takaichi
				// that …": the readout is only the source of Xi's words)
				teller = true
			}
			if w.ok {
				// "Xi told Modi that ..., according to a readout issued by
				// the ministry": the teller speaks, the readout reports
				doc, docAt, docEnd, docDirect = w, k, b, b+1 >= qi
			}
			break
		}
	}
	defer func() {
		if !ok && docAt >= 0 {
			w, weak, direct, ok = doc, false, docDirect, true
		}
	}()
	for k := qi - 1; k >= s; k-- {
		t := toks[k]
		if t.kind != kWord {
			continue
		}
		if t.low == "according" && k+1 < qi && toks[k+1].low == "to" {
			if docAt >= 0 {
				continue
			}
			return who{}, false, false, false
		}
		if docAt >= 0 && k > docEnd && !teller {
			// "according to a statement from the ministry, which quoted
			// Araghchi as saying": the person the document quotes speaks
			if qw, ok := d.quotedAsSaying(pi, k, s); ok && qw.p != nil {
				return qw, false, false, true
			}
		}
		if docAt >= 0 && k > docAt && (!teller || k < docEnd) {
			continue // a verb inside the according-to phrase ("issued")
		}
		isWeak := weakSpeechVerbs[t.low] && !t.cap
		readColon := (t.low == "read" || t.low == "reads") && k+2 == qi && toks[k+1].text == ":" && k > s
		itemVerb := k == s && t.cap && openedVerb(toks, k) && d.itemHeadPerson(pi) != nil // "* DMITRY PESKOV - Kremlin spokesman. Said on Sunday that"
		if !isSpeech(t) && !isWeak && !readColon && !itemVerb {
			continue
		}
		if t.low == "state" && k+1 < qi && stateNounNext[toks[k+1].low] {
			continue // "told state news agency TASS": a noun, not the verb
		}
		if passiveSpeech(toks, s, k) {
			// "the French minister had been warned that ...": the subject
			// heard the words; whoever reports it speaks
			continue
		}
		if isWeak && !speechVerbs[t.low] && qi-k > 9 {
			continue // "called", "described" govern only what follows closely
		}
		if k-1 > s && toks[k-1].low == "to" && finiteSpeechBefore(toks, s, k-1) {
			// "He said ... the deadline set for Kyiv to respond “could be
			// extended”": an infinitive inside the reported clause
			continue
		}
		if k > 0 && (isDeterminer(toks[k-1].low) || toks[k-1].low == "'s" || toks[k-1].low == "his" || toks[k-1].low == "her") {
			continue // a noun: "a call", "his remarks"
		}
		if k-3 >= s && toks[k-1].cap && toks[k-1].kind == kWord && isDeterminer(toks[k-2].low) && (isSpeech(toks[k-3]) || weakSpeechVerbs[toks[k-3].low]) {
			continue // a noun after its owner, object of a verb: "called the U.S. demand “…”"
		}
		if k > s && toks[k-1].text == "," && !weakSpeechVerbs[t.low] {
			// "The deal, said Pedro Sánchez, was “…”": an inverted aside
			if m, ok := d.invertedAside(pi, k); ok {
				return d.personWho(m), false, false, true
			}
		}
		if m, ok := d.throughSpokesperson(pi, k, qi); ok {
			// "Moscow said through spokeswoman Maria Zakharova that ...":
			// the spokesperson's words
			return d.personWho(m), false, false, true
		}
		w = d.verbSubject(pi, k, s)
		if !w.ok || w.p == nil {
			// "A letter to the commission said": the document, not the
			// noun before the verb
			if dw, ok := d.docSubject(pi, s, k); ok {
				w = dw // "A joint protocol released by both sides said"
			}
		}
		if w.ok && w.p != nil && d.postmodOwnsPerson(pi, s, k, w.p) {
			// "A US official travelling with the president said": the
			// president only describes the unnamed official
			w = who{}
		}
		if !w.ok || w.p == nil && w.name == "" && w.role == "" {
			if pw, ok := d.postmodSubject(pi, s, k); ok {
				w = pw // "A diplomat familiar with the talks said"
			} else if pw, ok := d.postmodSubject(pi, relativeStart(toks, s, k), k); ok {
				w = pw // "a choice that one diplomat in the room described as"
			} else if pw, ok := d.postmodSubject(pi, asideStart(toks, s, k), k); ok {
				w = pw // "The meeting, a person familiar with it said, was “…”"
			}
		}
		if !w.ok || readColon && w.p == nil && !hasUpper(w.name) {
			continue // "work would continue ...": not a speaker's verb; look further back
		}
		if w.name == "" && w.role == "" {
			if !noOne && w.ok && pronounOpens(toks, s, k) && speechVerbs[t.low] && !isWeak {
				noOne, noOneDirect = true, qi-k-1 <= 1 // "They added that the rise “…”"
			}
			continue // "it had responded": look for the speaker further back
		}
		if w.p != nil && k+1 < qi && (toks[k+1].low == "she" && w.p.male || toks[k+1].low == "he" && w.p.female) && !d.namedBefore(pi, k, w.p) {
			// "The Alliance leader said she would ...": a description read
			// as someone the article never names, of the other sex than
			// the pronoun it goes on with, is the wrong reading (but "The
			// French president said she was ...", Macron named before)
			if e := d.resolvePronoun(pi, k+1, toks[k+1].low == "she"); e != nil && e != w.p {
				w = d.entryWho(e)
			}
		}
		if outer, ok := d.outerSpeaker(pi, k, s); ok && !(outer.p == nil && outer.name == "" && w.p != nil && (strings.Contains(outer.role, "spokes") || tellVerbs[t.low])) &&
			!(bodyRelaysPerson(outer, w, t) && !clauseAndBetween(toks, k, qi)) {
			// (but "A spokesperson said Lee had called the talks “…”": an
			// unnamed spokesperson relays the named person's words)
			w = outer
		} else if rw, ok := d.reporterOfGroup(pi, k, s, w); ok {
			w = rw
		}
		if docAt >= 0 && teller && k >= docEnd {
			if w.p == nil {
				return doc, false, docDirect, true
			}
		} else if docAt >= 0 && (w.p == nil || !thatClauseBetween(toks, docEnd, qi)) {
			return doc, false, docDirect, true
		}
		between := qi - k - 1
		direct = between == 0 || between == 1 && (toks[k+1].text == ":" || toks[k+1].text == "," || toks[k+1].low == "that")
		return w, isWeak && !speechVerbs[t.low], direct, true
	}
	if noOne {
		// a sentence opened by "They" or "It" and a speech verb, whose
		// pronoun means no one the text names (a group, a statement):
		// the words are still someone's, with no name to give
		return who{ok: true}, false, noOneDirect, true
	}
	return who{}, false, false, false
}

// periodNouns end a time adverbial between a subject and its verb:
// "last week", "this month".
var periodNouns = set(`week month year weekend spring summer autumn fall winter morning evening night`)

// listAhead reports an "and" joining capitalised words in tokens [k, j]:
// the end of a list whose earlier items come before k.
func listAhead(toks []token, k, j int) bool {
	for x := k; x <= j && x < len(toks); x++ {
		if toks[x].low == "and" && x > k && toks[x-1].cap && x+1 <= j && toks[x+1].cap {
			return true
		}
	}
	return false
}

// closeNouns go with "to" to tell whose circle an unnamed source is in:
// "sources close to the president", "MPs loyal to him".
var closeNouns = set(`close closer loyal allied near linked`)

// circleNouns name the unnamed people around someone: "MPs close to him".
var circleNouns = set(`mps lawmakers legislators deputies insiders figures people sources source members allies
	associates confidants friends relatives politicians`)

// closeTo reads an unnamed subject ending at token j by its circle:
// "MPs close to him told", "a source close to Erdogan said". The speaker
// is anonymous, its role the description with the person named.
func (d *doc) closeTo(pi, s, j int) (who, bool) {
	p := &d.paras[pi]
	toks := p.toks
	to := -1
	var who0 *personEntry
	switch {
	case toks[j].low == "him" || toks[j].low == "her":
		to = j - 1
		who0 = d.resolvePronoun(pi, j, toks[j].low == "her")
	default:
		for _, m := range p.ments {
			if m.kind == mPerson && m.end == j+1 && !m.poss {
				to = m.rstart - 1
				who0 = m.p
			}
		}
	}
	if to-1 <= s || toks[to].low != "to" || !closeNouns[toks[to-1].low] {
		return who{}, false
	}
	c := to - 1
	a := npBack(toks, s, c)
	if head := toks[c-1].low; a == c || !(rolesHead[strings.TrimSuffix(head, "s")] || rolesHead[head] || anonNouns[head] || circleNouns[head]) {
		return who{}, false
	}
	for a < c && isDeterminer(toks[a].low) {
		a++
	}
	role := roleText(toks, a, to+1)
	if who0 != nil {
		role += " " + who0.name
	} else {
		role += " " + joinTokens(toks, to+1, j+1)
	}
	return who{role: role, ok: true}, true
}

// personVerbAfter reports a speech verb in tokens [b, qi) of a sentence
// starting at s whose subject is a person: "Macron, who, according to the
// Élysée, welcomed “…”" (the body only reports what the person said).
func (d *doc) personVerbAfter(pi, s, b, qi int) bool {
	toks := d.paras[pi].toks
	for k := b; k < qi; k++ {
		if toks[k].kind == kQuote {
			return false
		}
		if isSpeech(toks[k]) || weakSpeechVerbs[toks[k].low] && !toks[k].cap {
			return d.verbSubject(pi, k, s).p != nil
		}
	}
	return false
}

// parentheticalStart lists words that open an aside between a subject and
// its verb ("Macron, standing beside Merz, said").
var parentheticalStart = set(`the a an who which whose for in on at with like as however meanwhile though
	although also too speaking standing sitting flanked asked writing answering responding
	citing referring pointing visibly clearly by according after before during while when from
	seen obtained reviewed published released leaked drafted written signed`)

// verbSubject finds the subject of the speech verb at token v in the
// sentence starting at token s.
func (d *doc) verbSubject(pi, v, s int) who {
	toks := d.paras[pi].toks
	j := v - 1
	for j >= s {
		t := toks[j]
		if t.kind == kWord && !t.cap && (verbAdverbs[t.low] || isLyAdverb(t)) {
			j--
			continue
		}
		if t.kind == kWord && periodNouns[t.low] && j-1 >= s && (toks[j-1].low == "last" || toks[j-1].low == "this" || toks[j-1].low == "earlier") {
			j -= 2 // "Rubio last week described"
			continue
		}
		if t.text == ")" {
			// "Rep. Jim Himes (D-Conn.) said": a party or place in brackets
			x := j - 1
			for x > s && x >= j-8 && toks[x].text != "(" {
				x--
			}
			if x > s && toks[x].text == "(" {
				j = x - 1
				continue
			}
		}
		if t.kind == kWord && isDay(t.low) {
			j--
			for j >= s && toks[j].kind == kWord && (toks[j].low == "on" || toks[j].low == "late" || toks[j].low == "early") {
				j--
			}
			continue
		}
		break
	}
	if j > s && isDash(toks[j].text) {
		// "Guterres — who has long called for a ceasefire — said": skip
		// the aside between dashes
		for x := j - 1; x > s; x-- {
			if isDash(toks[x].text) {
				j = x - 1
				break
			}
		}
	}
	if j < s && v == s {
		if m, ok := d.itemHeadMention(pi, s); ok {
			return d.personWho(m) // "* DMITRY PESKOV - Kremlin spokesman. Said on Sunday that": the item's person
		}
	}
	if j < s {
		return who{}
	}
	if j > s && toks[j].text == "," && !strings.HasSuffix(toks[v].low, "ing") && !isDeterminer(toks[s].low) {
		// "Prime Minister Edi Rama, known for his sharp remarks, joked": the
		// person the sentence opens with, before the aside (not "An adviser
		// to Hemedti, Al-Basha Tibiq, wrote", nor "Xi, flanked by his
		// foreign minister, Wang Yi, told", which the rest reads)
		f := s
		for f < j && toks[f].text != "," {
			f++
		}
		g := f // "Sen. Joe Manchin III, D-W.Va., who was not invited, said": past the party tag
		if t := partyTagEnd(toks, f+1, j); t > f+1 && t < j && toks[t].text == "," {
			g = t
		}
		for _, m := range d.paras[pi].ments {
			if f < j && m.kind == mPerson && !m.poss && m.p != nil && (m.start == s || m.rstart == s || m.start == s+2 && (toks[s+1].low == "'s" || toks[s+1].low == "’s")) && (m.end == f || m.rend == f) &&
				(!commaBetween(toks, g+1, j) || g+1 < j && toks[g+1].low == "who") {
				// (a relative clause may hold a list: "Masisi, who chairs the
				// organ on politics, defence and security, later told")
				return d.personWho(m)
			}
		}
	}
	participle := strings.HasSuffix(toks[v].low, "ing")
	if toks[j].kind == kWord && (toks[j].low == "and" || toks[j].low == "but") {
		// "said his country supported reform and accused members of ...": the
		// sentence's subject
		return d.mainSubject(pi, s, v)
	}
	if participle && toks[j].text == "," && j > s {
		// "with the director-general, Ngozi Okonjo-Iweala, warning that ..."
		// (not "Zelensky thanked Trump, writing": an object)
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && m.end == j && !m.poss && m.rstart > s && (toks[m.rstart-1].text == "," || toks[m.rstart-1].low == "with") {
				return d.personWho(m)
			}
		}
	}
	if j-2 >= s && oneOfThem(toks, j-2) == j+1 {
		// "One of them described the mood as …": one of a group of
		// unnamed people
		return who{role: joinTokens(toks, j-2, j+1), ok: true}
	}
	if j-3 >= s && oneOfThem(toks, j-3) == j && anonHeads[toks[j].low] {
		// "One of those people called it …"
		return who{role: joinTokens(toks, j-3, j+1), ok: true}
	}
	if w, ok := d.quotedAsSaying(pi, v, s); ok {
		return w
	}
	if w, ok := d.closeTo(pi, s, j); ok {
		return w
	}
	if toks[j].kind == kWord {
		k := j
		for {
			for k-1 >= s && npTok(toks[k-1]) && !isDeterminer(toks[k].low) && !isPronoun(toks[k].low) && toks[k].low != "who" {
				k--
			}
			// "a spokesperson for the German government", "the head of the
			// delegation": the role's complement is part of the speaker
			if k-2 >= s && isDeterminer(toks[k].low) && (toks[k-1].low == "for" || toks[k-1].low == "of") && rolesHead[toks[k-2].low] {
				k -= 2
				continue
			}
			if k-2 >= s && (isDeterminer(toks[k].low) || toks[k].cap) && (toks[k-1].low == "of" || toks[k-1].low == "for") && toks[k-2].cap && bodyNameBefore(toks, s, k-1) {
				// "The International Committee of the Red Cross said": one
				// body's full name, not the last words of it
				k -= 2
				continue
			}
			if k-2 >= s && toks[k].cap && toks[k-1].low == "on" && toks[k-2].cap && onBodyHeads[toks[k-2].low] && !isDay(toks[k].low) && !isMonth(toks[k].low) {
				// "The State Commission on Delimitation said", "the
				// Council on Foreign Relations said": a body named for its
				// subject
				k -= 2
				continue
			}
			if k-2 >= s && isDeterminer(toks[k].low) && toks[k-1].low == "of" && d.personOfBody(pi, s, k-1) {
				// "Rommel Ongpin-Dizon of the University of the Philippines
				// said": the person, not the place their body is named for
				k -= 2
				continue
			}
			if k-2 >= s && toks[k].cap && toks[k-1].low == "and" && toks[k-2].cap && toks[k-2].kind == kWord {
				k -= 2 // "Emmanuel Macron and Friedrich Merz said": a list of speakers
				continue
			}
			if k-2 >= s && toks[k].cap && toks[k-1].text == "," && toks[k-2].cap && toks[k-2].kind == kWord && listAhead(toks, k, j) {
				k -= 2 // "the ministers of Egypt, Jordan and Qatar said"
				continue
			}
			break
		}
		if k-1 >= s && (toks[k].low == "'s" || toks[k].low == "'") && toks[k-1].kind == kWord && !toks[k-1].cap {
			// "The bloc's foreign policy chief said": the owner belongs
			// to the phrase
			k--
			if k-1 >= s && isDeterminer(toks[k-1].low) {
				k--
			}
		}
		if k-2 >= s && toks[k].cap && (toks[k-1].low == "in" || toks[k-1].low == "from" || toks[k-1].low == "at") && npTok(toks[k-2]) &&
			(rolesHead[strings.TrimSuffix(toks[k-2].low, "s")] || orgHeads[toks[k-2].low]) {
			// "Officials in Kyiv said", "a source at the ministry said"
			k -= 2
			for k-1 >= s && npTok(toks[k-1]) && !isDeterminer(toks[k].low) && !isPronoun(toks[k].low) {
				k--
			}
		}
		if k-1 > s && toks[k-1].low == "at" && toks[k].cap {
			// "Helima Croft at RBC Capital Markets said": the person, not
			// the firm they speak from
			for _, m := range d.paras[pi].ments {
				if m.kind == mPerson && m.end == k-1 && !m.poss && m.rstart >= s {
					return d.personWho(m)
				}
			}
		}
		w := d.npSpeaker(pi, k, j+1, true)
		if !w.ok && j-k < 3 && toks[k].low == "the" {
			w = d.namedBodySubject(pi, k, j+1) // "The Greens said"
		}
		if !w.ok && j-k < 3 {
			w = d.unknownName(pi, k, j+1)
		}
		if !w.ok && j == k && acronymBody(toks[k].text) {
			w = who{name: toks[k].text, ok: true} // "CENTCOM said", "UNRWA said": a body by its acronym
		}
		if !w.ok || w.p == nil && w.name == "" && w.role == "" {
			if nb := d.namedBodySubject(pi, k, j+1); nb.ok {
				w = nb // "The Conservatives said"
			}
		}
		if !participle && (!w.ok || w.p == nil && w.name == "" && w.role == "") {
			// "A European diplomat who was briefed on the meeting told
			// ...": the noun phrase before the relative clause
			if r, ok := d.relativeSubject(pi, s, v); ok {
				return r
			}
		}
		if participle && (!w.ok || w.p == nil && w.name == "") {
			// "has issued a statement urging ...": the issuer speaks
			if m := d.mainSubject(pi, s, v); m.ok && (m.p != nil || m.name != "") || !w.ok {
				return m
			}
		}
		return w
	}
	if toks[j].text != "," {
		return who{}
	}
	if participle {
		// "..., a senior EU official said, adding that ...": the speaker of
		// the clause the participle follows
		for k := j - 1; k > s && k >= j-4; k-- {
			if toks[k].kind != kWord {
				break
			}
			if isSpeech(toks[k]) && !weakSpeechVerbs[toks[k].low] {
				if w := d.verbSubject(pi, k, s); w.ok && (w.p != nil || w.name != "" || w.role != "") {
					return w
				}
				break
			}
		}
		if w, ok := d.taggedBefore(pi, s, j); ok {
			return w // "“…,” the Élysée said in a statement issued as X was landing, adding that “…”"
		}
		return d.mainSubject(pi, s, v)
	}
	// walk back over comma-enclosed asides to the subject's segment
	segEnd := j
	for segEnd > s {
		segStart := segEnd - 1
		for segStart > s && toks[segStart-1].text != "," {
			segStart--
		}
		if segStart > s && (isParenthetical(toks, segStart, segEnd, d.paras[pi].ments) ||
			isSpeech(toks[v]) && segEnd-segStart == 1 && isDigits(toks[segStart].text)) {
			// ("Oleksandr, 61, a retired engineer, said": an age)
			segEnd = segStart - 1
			continue
		}
		if ps := asideBefore(toks, s, segStart); ps > s && d.onlyName(pi, segStart, segEnd) {
			// "Xi, flanked by his foreign minister, Wang Yi, told": the name
			// is the aside's appositive, the subject comes before the aside
			segEnd = ps - 1
			continue
		}
		k := segEnd - 1
		for k-1 >= segStart && npTok(toks[k-1]) && !isDeterminer(toks[k].low) && !isPronoun(toks[k].low) {
			k--
		}
		if segStart >= s+2 && toks[segStart-2].low == "name" && allCaps(toks, segStart, segEnd) && segEnd-segStart <= 3 {
			// "A teacher who gave only her first name, Leila, said"
			if w := d.unknownName(pi, segStart, segEnd); w.ok {
				return w
			}
		}
		if w := d.npSpeaker(pi, k, segEnd, true); w.ok {
			return w
		}
		if k == segStart {
			return d.namedBodySubject(pi, k, segEnd) // "Copa-Cogeca, the EU farm lobby, said"
		}
		return who{}
	}
	return who{}
}

// asideOpeners open an aside that can end in a name of its own:
// "flanked by his foreign minister, Wang Yi,", "alongside her deputy,
// Anna Berg,".
var asideOpeners = set(`flanked accompanied joined surrounded backed alongside beside with next followed
	trailed escorted watched`)

// asideBefore returns where the comma-enclosed segment ending at the comma
// before token segStart starts, when that segment is an aside opened by a
// participle or preposition ("flanked by ..."); -1 otherwise.
func asideBefore(toks []token, s, segStart int) int {
	if segStart-1 <= s || toks[segStart-1].text != "," {
		return -1
	}
	a := segStart - 2
	for a > s && toks[a-1].text != "," {
		a--
	}
	if a <= s || a >= segStart-1 || !asideOpeners[toks[a].low] {
		return -1
	}
	return a
}

// onlyName reports whether tokens [a, b) of paragraph pi are one person's
// name and nothing more.
func (d *doc) onlyName(pi, a, b int) bool {
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start == a && m.end == b {
			return true
		}
	}
	return false
}

// isParenthetical reports whether tokens [s, e) are an aside or a role
// appositive rather than the clause holding the subject.
func isParenthetical(toks []token, s, e int, ments []mention) bool {
	if s >= e {
		return false
	}
	first := toks[s]
	if parentheticalStart[first.low] || !first.cap && (strings.HasSuffix(first.low, "ing") || strings.HasSuffix(first.low, "ed")) {
		return true
	}
	if absoluteAside(toks, s, e) || partyAside(toks, s, e) {
		return true // "Mr Trump, his voice rising, told", "Chris Murphy, Democrat of Connecticut, said"
	}
	hasRole := false
	for k := s; k < e; k++ {
		if rolesHead[toks[k].low] {
			hasRole = true
		}
	}
	if !hasRole {
		return false
	}
	for _, m := range ments {
		if m.kind == mPerson && m.start >= s && m.start < e && !m.poss {
			return false
		}
	}
	return true
}

// introWords open an introductory phrase before a sentence's subject.
var introWords = set(`after before while when as since although though if because despite following
	once unlike earlier later meanwhile still yet however asked speaking standing writing still
	separately also instead elsewhere overnight today yesterday afterward afterwards subsequently
	then next finally first initially thereafter`)

// mainSubject returns the subject of a sentence's main clause, skipping an
// introductory phrase ("After the talks, Merz ...").
func (d *doc) mainSubject(pi, s, v int) who {
	toks := d.paras[pi].toks
	start := introEnd(toks, s, v)
	b := docNounEnd(toks, start, bodyPlaceEnd(toks, start, npForward(toks, start)))
	if w, ok := d.describedBodyAhead(pi, start, b, v); ok {
		return w // "The German car industry association VDA ... warned"
	}
	if b > start {
		if w := d.jointTitleSubject(pi, start, b, v); w.p != nil {
			return w // "Deputy Prime Minister and Foreign Minister Ishaq Dar flew ..."
		}
		if w := d.npSpeaker(pi, start, b, false); w.ok {
			return w
		}
		if w := d.unknownName(pi, start, b); w.ok && b < v && !toks[b].cap && toks[b].kind == kWord {
			// "Cirillo walked out, saying ...": a surname the article
			// never gives in full, followed by its verb
			return w
		}
	}
	return d.entryWho(d.sentenceSubject(pi, s, v))
}

// introEnd returns where a sentence's main clause starts among tokens
// [s, v): after an introductory phrase closed by a comma ("After the
// talks, ...", "Speaking through an interpreter, ..."), else s.
func introEnd(toks []token, s, v int) int {
	for k := s + 1; k+1 < v && k <= s+4; k++ {
		if w := toks[k].low; (w == "later" || w == "earlier" || w == "afterwards" || w == "afterward" || w == "ago") && toks[k+1].text == "," {
			return k + 2 // "Hours later, Netanyahu's office said", "Two days earlier, ..."
		}
		if toks[k].kind != kWord {
			break
		}
	}
	if s < v && toks[s].kind == kWord && (introWords[toks[s].low] || prepositions[toks[s].low] || strings.HasSuffix(toks[s].low, "ing") || strings.HasSuffix(toks[s].low, "ed")) {
		for k := s; k < v; k++ {
			if toks[k].text == "," {
				return k + 1
			}
		}
	}
	return s
}

// outerSpeaker handles "..., adding that Witkoff had stressed ... “…”": a
// speech verb whose clause is reported by a participle ("adding that",
// "saying that") quotes the outer speaker's words.
func (d *doc) outerSpeaker(pi, v, s int) (who, bool) {
	toks := d.paras[pi].toks
	for k := v - 1; k > s && k >= v-8; k-- {
		if toks[k].text == ";" || contrastOpeners[toks[k].low] && k+1 < v && (toks[k+1].cap || isPronoun(toks[k+1].low)) {
			// "Trump said Putin had “let me down,” while Starmer said
			// ...": a clause with a subject of its own, no part of the
			// first report (but "said ... but warned that": the same
			// speaker's second verb)
			break
		}
		if toks[k].low == "that" {
			// "wrote that", and "wrote on his platform that “…,” both
			// countries had agreed to a “…”": a that-clause opened by the
			// outer speaker's own words
			reach := k - 1
			if k+1 < v && toks[k+1].kind == kQuote || !tellVerbs[toks[v].low] {
				// (but "said in a statement that the prime minister had
				// told the leaders that “we …”": the teller's own words)
				reach = k - 7
			}
			for o := k - 1; o >= s && o >= reach && toks[o].kind == kWord; o-- {
				if toks[o].low == "state" && stateNounNext[toks[o+1].low] {
					continue // "told Russian state television that": a noun
				}
				if isSpeech(toks[o]) && !weakSpeechVerbs[toks[o].low] {
					w := d.verbSubject(pi, o, s)
					return w, w.ok && (w.name != "" || w.role != "")
				}
			}
			if k-1 > s && toks[k-1].low == "and" {
				// "said the meeting had been held “…” and that the two sides
				// had agreed to “…”": a second clause of the same report
				for o := k - 2; o >= s; o-- {
					if isSpeech(toks[o]) && !weakSpeechVerbs[toks[o].low] && tellVerbs[toks[o].low] {
						w := d.verbSubject(pi, o, s)
						return w, w.ok && (w.p != nil || w.name != "" || w.role != "")
					}
				}
			}
			return who{}, false
		}
		if isSpeech(toks[k]) && !weakSpeechVerbs[toks[k].low] && k+1 < v && (toks[k+1].cap || toks[k+1].low == "he" || toks[k+1].low == "she" || !tellVerbs[toks[v].low] && isDeterminer(toks[k+1].low)) {
			// "The White House said Witkoff had told Araghchi ...": the
			// reported words are the outer speaker's
			w := d.verbSubject(pi, k, s)
			return w, w.ok && (w.name != "" || w.role != "")
		}
	}
	return who{}, false
}

// contrastOpeners start a clause of its own after a report: "..., while
// Starmer said", "but Macron told".
var contrastOpeners = set(`while whereas whilst but although though`)

// tellVerbs report someone's own words even inside another's report.
var tellVerbs = set(`said say says told tell tells wrote write writes`)

// invertedAside reads ", said NAME," after the subject of a sentence (the
// speech verb at token v follows a comma): the person named right after
// the verb, whose name (and appositive) is closed by a comma.
func (d *doc) invertedAside(pi, v int) (mention, bool) {
	p := &d.paras[pi]
	for _, m := range p.ments {
		if m.kind != mPerson || m.poss || m.rstart != v+1 && m.start != v+1 {
			continue
		}
		end := max(m.end, m.rend)
		if end < len(p.toks) && p.toks[end].text == "," {
			return m, true
		}
	}
	return mention{}, false
}

// oneOfThem returns the end of "one of them" ("one of those", "one of us")
// starting at token a, or -1: a single unnamed member of a group.
func oneOfThem(toks []token, a int) int {
	if a+2 < len(toks) && toks[a].low == "one" && toks[a+1].low == "of" && (toks[a+2].low == "them" || toks[a+2].low == "those" || toks[a+2].low == "us") {
		return a + 3
	}
	if a+3 < len(toks) && toks[a].low == "one" && toks[a+1].low == "of" && toks[a+2].low == "the" {
		// "one of the released prisoners", "one of the negotiators"
		for j := a + 3; j < len(toks) && j <= a+6; j++ {
			t := toks[j]
			if t.kind != kWord || t.cap {
				return -1
			}
			if len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "ous") && !strings.HasSuffix(t.low, "is") {
				return j + 1
			}
		}
	}
	return -1
}

// personOfBody reports that the "of" at token k follows a person's name,
// or a body's capitalised name that itself follows "NAME of" ("Rommel
// Ongpin-Dizon of the University of the Philippines"): the phrase from the
// name on is the person's affiliation.
func (d *doc) personOfBody(pi, s, k int) bool {
	toks := d.paras[pi].toks
	for x := k; x > s && x >= k-8; x-- {
		if toks[x].low != "of" && !toks[x].cap && !isDeterminer(toks[x].low) {
			return false
		}
		if toks[x].low != "of" {
			continue
		}
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && m.end == x && !m.poss {
				return true
			}
		}
	}
	return false
}

// docSubject reads a document as the subject of the verb at token v when
// a modifier stands between them ("A joint protocol released by the two
// governments after the talks said", "The readout, which we have seen,
// said"): its author, or the document itself when none is named.
func (d *doc) docSubject(pi, s, v int) (who, bool) {
	toks := d.paras[pi].toks
	a := introEnd(toks, s, v)
	x := a
	if x < v && isDeterminer(toks[x].low) {
		x++
	}
	for n := 0; x < v && n < 3 && !documentNouns[toks[x].low]; n++ {
		if toks[x].kind != kWord || functionWords[toks[x].low] || speechVerbs[toks[x].low] {
			return who{}, false
		}
		x++ // "joint", "DFA", "final"
	}
	if x+1 >= v || !documentNouns[toks[x].low] {
		return who{}, false
	}
	next := toks[x+1]
	if !(next.text == "," || next.low == "which" || next.low == "from" || next.low == "by" || next.low == "to" || next.low == "on" || strings.HasSuffix(next.low, "ed") && !next.cap) {
		return who{}, false
	}
	if (next.low == "from" || next.low == "by") && x+2 < v {
		// "A statement from Kowalski's office said": the body it came from
		if w := d.npSpeaker(pi, x+2, v, false); w.ok && (w.p != nil || hasUpper(w.name)) {
			return w, true
		}
	}
	if w := d.npSpeaker(pi, a, x+1, false); w.ok && (w.p != nil || w.name != "" || w.role != "") {
		return w, true
	}
	return who{}, false
}

// throughSpokesperson finds the person named right after "through" that
// follows the speech verb at token v, before the quotation at qi ("said
// through its spokesman, Esmaeil Baghaei, that", "said through foreign
// ministry spokeswoman Maria Zakharova that").
func (d *doc) throughSpokesperson(pi, v, qi int) (mention, bool) {
	toks := d.paras[pi].toks
	if v+2 >= qi || toks[v+1].low != "through" {
		return mention{}, false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.start > v+1 && m.start <= v+7 && m.end < qi {
			return m, true
		}
	}
	return mention{}, false
}

// finiteSpeechBefore reports a speech verb in tokens [s, e) not itself an
// infinitive ("He said ..." before "to respond").
func finiteSpeechBefore(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if isSpeech(toks[k]) && !weakSpeechVerbs[toks[k].low] && !(k > s && toks[k-1].low == "to") &&
			!(k > 0 && (isDeterminer(toks[k-1].low) || toks[k-1].low == "'s")) {
			return true
		}
	}
	return false
}

// bodyNameBefore reports a body's capitalised name ending right before
// the "of" or "for" at token k ("International Committee", "Office of the
// United Nations High Commissioner"): a capitalised head such as
// Committee, Office or Association among its words.
func bodyNameBefore(toks []token, s, k int) bool {
	for x := k - 1; x >= s && x >= k-8; x-- {
		t := toks[x]
		if t.kind != kWord || !t.cap && !joinWords[t.low] {
			return false
		}
		if t.cap && bodyHeads[t.low] {
			return true
		}
	}
	return false
}

// onBodyHeads are bodies named for their subject with "on": "Commission
// on Human Rights", "Council on Foreign Relations".
var onBodyHeads = set(`commission committee council conference panel board taskforce task-force forum working`)

// bodyHeads are the capitalised words that make a name a body's:
// "Association of Southeast Asian Nations", "Office of the High
// Commissioner for Peace".
var bodyHeads = func() map[string]bool {
	m := set(`association mission programme program federation league forum conference secretariat
		tribunal directorate bureau board centre center coalition network union`)
	for k := range orgHeads {
		m[k] = true
	}
	return m
}()

// stateNounNext follow "state" used as a noun or modifier ("state media",
// "state news agency", "state of emergency"), never the verb.
var stateNounNext = set(`media news television tv radio broadcaster agency agencies department secretary
	of visit dinner banquet funeral run -run owned controlled-run backed sponsored newspaper press
	broadcasting outlet outlets channel companies company firms enterprises security duma council`)

// namedBefore reports whether the article names person e by name (not
// only by a description) before token k of paragraph pi.
func (d *doc) namedBefore(pi, k int, e *personEntry) bool {
	for qi := 0; qi <= pi; qi++ {
		q := &d.paras[qi]
		for _, m := range q.ments {
			if m.kind == mPerson && m.p == e && (qi < pi || m.start < k) && m.end > m.start &&
				q.toks[m.end-1].cap && nameWord(q.toks, m.end-1) {
				return true
			}
		}
	}
	return false
}

// acronymBody reports a body named by an acronym of three or more capitals
// ("CENTCOM", "UNRWA", "OCHA").
func acronymBody(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// asSetOutIn returns where the document starts after "as set out in", "as
// laid out in", "as spelled out in", "as stated in" or "as outlined in" at
// k (before qi), else 0.
func asSetOutIn(toks []token, k, qi int) int {
	if toks[k].low != "as" || k+3 >= qi {
		return 0
	}
	j := k + 1
	switch toks[j].low {
	case "set", "laid", "spelled", "spelt":
		if toks[j+1].low != "out" {
			return 0
		}
		j += 2
	case "stated", "outlined", "described", "written":
		j++
	default:
		return 0
	}
	if j >= qi || toks[j].low != "in" {
		return 0
	}
	return j + 1
}

// documentAhead reports a document noun within the four words from a:
// "a statement", "the chair's statement", "the final communique".
func documentAhead(toks []token, a, qi int) bool {
	for j := a; j < qi && j < a+4; j++ {
		if documentNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// itemHeadMention returns the mention of the person a list item opens
// with ("* DMITRY PESKOV - Kremlin spokesman.", as itemHeadPerson reads
// it) when that head ends before token s: the subject of the item's
// sentences that open on their verb.
func (d *doc) itemHeadMention(pi, s int) (mention, bool) {
	if e := d.itemHeadPerson(pi); e != nil {
		if m := d.paras[pi].ments[0]; m.end < s {
			return m, true
		}
	}
	return mention{}, false
}
