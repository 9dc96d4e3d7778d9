package corpus

import "strings"

// who is a resolved speaker: a person, an organisation, or an anonymous
// source (empty name, role only).
type who struct {
	name, role string
	p          *personEntry
	ok         bool
}

func isSpeech(t token) bool { return t.kind == kWord && speechVerbs[t.low] && !t.cap }

func isDeterminer(low string) bool { return low == "the" || low == "a" || low == "an" }

// npTok reports whether a token can be part of a noun phrase naming a
// speaker.
func npTok(t token) bool {
	if t.kind != kWord {
		return false
	}
	if speechVerbs[t.low] && !t.cap && t.low != "state" {
		return false // ("the secretary of state" is a title)
	}
	return t.cap || arabicPrefix(t) || t.low == "'s" || t.low == "'" || rolesHead[t.low] || rolesHead[strings.TrimSuffix(t.low, "s")] || roleMods[t.low] || nationalities[t.low] || numberWords[t.low] ||
		isDeterminer(t.low) || t.low == "of" || t.low == "for" || nameParticles[t.low] || isPronoun(t.low) ||
		t.low == "who" || orgHeads[t.low] || forceHeads[t.low] || forceMods[t.low] || outletNouns[t.low] || t.low == "ministry" || t.low == "spokesperson" || t.low == "state"
}

var numberWords = set(`one two three four five six seven eight nine ten both several`)

// orgAnaphors are nouns that, after "the", refer back to a body named
// before: "the group said", "the ministry added".
var orgAnaphors = set(`group movement ministry militia rebels organisation organization alliance bloc
	government agency party council office department administration side kremlin army
	authority authorities committee coalition junta cabinet palace embassy company`)

func isPronoun(low string) bool {
	return low == "he" || low == "she" || low == "they" || low == "we" || low == "i" || low == "it"
}

// prepositions that make a following name an object, not a subject.
var prepositions = set(`with by to for from between of after before about against toward towards at in on
	among beside alongside than like including into onto over under without across behind near via
	through during despite amid per unlike upon within`)

// sentenceSubject returns the person a sentence is about: its first named
// person (or resolved pronoun) that is not the object of a preposition and
// not a possessive owner.
func (d *doc) sentenceSubject(pi, s, e int) *personEntry {
	p := &d.paras[pi]
	if a := introEnd(p.toks, s, e); a > s && a < e {
		// "Asked whether he trusted Putin, Trump shrugged": the main
		// clause's subject, not a name or pronoun in the opening phrase
		if pe := d.sentenceSubject(pi, a, e); pe != nil {
			return pe
		}
	}
	if pe := d.describedSubject(pi, introEnd(p.toks, s, e), e); pe != nil {
		return pe
	}
	if pe := d.possessedSubject(pi, introEnd(p.toks, s, e), e); pe != nil {
		return pe
	}
	for _, m := range p.ments {
		if m.start < s || m.start >= e || m.poss {
			continue
		}
		if m.rstart > s && prepositions[p.toks[m.rstart-1].low] && !(m.rstart > s+1 && p.toks[m.rstart-2].low == "according") {
			continue
		}
		if m.kind == mPerson {
			return m.p
		}
		if m.kind == mPronoun && (p.toks[m.start].low == "he" || p.toks[m.start].low == "she") {
			return d.resolvePronoun(pi, m.start, m.female)
		}
	}
	return nil
}

// possessedSubject returns the owner of a sentence's subject when the
// sentence opens "X's <thing> is/was ..." and names no one before the verb:
// "Zuppi's trip to Washington is the third stop on a mission Francis
// entrusted to him" is about Zuppi, not Francis.
func (d *doc) possessedSubject(pi, s, e int) *personEntry {
	p := &d.paras[pi]
	var owner *mention
	for i := range p.ments {
		m := &p.ments[i]
		if m.start < s || m.start >= e {
			continue
		}
		if owner == nil {
			if !m.poss || m.kind != mPerson || m.rstart != s || !ownsThing(p.toks, m.end, e) {
				return nil
			}
			owner = m
			continue
		}
		for k := owner.end; k < m.start; k++ {
			if beVerbs[p.toks[k].low] {
				return owner.p // the verb comes before anyone else is named
			}
			if p.toks[k].kind != kWord {
				return nil
			}
		}
		return nil
	}
	return nil
}

// resolvePronoun finds the person a he/she at token ti of paragraph pi
// refers to: a compatible person named earlier in the sentence, else the
// subject of an earlier sentence (up to three paragraphs back).
func (d *doc) resolvePronoun(pi, ti int, female bool) (res *personEntry) {
	defer func() {
		// the person a "he" was found to mean is a man from now on
		if res != nil && female && !res.male {
			res.female = true
		} else if res != nil && !female && (!res.female || res.guessF) {
			res.male, res.female, res.guessF = true, false, false
		}
	}()
	ok := func(e *personEntry) bool {
		if e == nil {
			return false
		}
		if female {
			return !e.male
		}
		return !e.female
	}
	p := &d.paras[pi]
	s, _ := p.sentenceOf(ti)
	if e := d.asideTeller(pi, s, ti); ok(e) {
		return e // "in which, Tusk said afterwards, he had asked": the teller
	}
	for _, m := range p.ments {
		if m.kind == mPerson && m.poss && m.rstart == introEnd(p.toks, s, ti) && m.start < ti && ok(m.p) && ownsThing(p.toks, m.end, ti) {
			// "Houston's pitch was a corridor — “…,” as he put it": the
			// owner of the thing the sentence is about
			return m.p
		}
		if m.kind == mPerson && m.poss && m.start >= s && m.start < ti && ok(m.p) && whenTrip(p.toks, m.end, ti) {
			// "since Dahl's trip to Rome on May 3, when she dined with
			// the Pope": the one who made the trip
			return m.p
		}
		if m.kind == mPerson && m.start >= s && m.start < ti && !m.poss && ok(m.p) &&
			!(m.rstart > s && prepositions[p.toks[m.rstart-1].low] && !tripAgent(p.toks, m.rstart-1) && !clauseSubject(p.toks, m)) {
			return m.p
		}
	}
	for qi := pi; qi >= 0 && qi >= pi-3; qi-- {
		q := &d.paras[qi]
		for k := len(q.sents) - 1; k >= 0; k-- {
			st := q.sents[k]
			if qi == pi && st[0] >= s {
				continue
			}
			e := d.subjectCached(qi, k)
			if !female && qi == pi && e != nil && e.guessF && !e.male && !d.knownManBefore(pi, ti) {
				// "Kganyago said ... “…,” he said": the subject of the
				// sentence before, whose first name only looked a woman's
				// (not when the paragraph names a man: "Luca Bianchi met
				// Helena Voss. Voss left early. “…,” he said")
				return e
			}
			if ok(e) {
				// the nearest subject not known to be of the other sex, unless
				// for a "she" its sentence names someone known to be a woman
				// (not for a "he": "Hun Manet thanked Trump. ... he wrote" is
				// Hun Manet, the subject, whatever is known of his sex)
				if female && !e.female {
					for _, m := range q.ments {
						if m.kind == mPerson && m.start >= st[0] && m.start < st[1] && m.p != e && (female && m.p.female || !female && m.p.male) &&
							!m.poss && !(m.rstart > st[0] && prepositions[q.toks[m.rstart-1].low]) && !inRelativeClause(q.toks, st[0], m.rstart) {
							return m.p
						}
					}
				}
				return e
			}
			if a := d.passiveAgent(qi, st[0], st[1]); e == nil && ok(a) {
				return a // "The American team was led by Lynch. He sat down with Agrawal"
			}
			// any compatible person in that sentence, latest first (for
			// "he", any man, or anyone not known to be a woman when the
			// sentence is about a woman: "Baerbock and Lavrov sat down.
			// He spoke first.")
			for mi := len(q.ments) - 1; mi >= 0; mi-- {
				m := q.ments[mi]
				if m.kind == mPerson && m.start >= st[0] && m.start < st[1] && ok(m.p) &&
					(female && m.p.female || !female && (m.p.male || e != nil && e.female)) {
					return m.p
				}
			}
		}
	}
	return nil
}

// subjectCached memoises sentence subjects.
func (d *doc) subjectCached(pi, si int) *personEntry {
	p := &d.paras[pi]
	if p.subj == nil {
		p.subj = make([]*personEntry, len(p.sents))
		p.subjDone = make([]bool, len(p.sents))
	}
	if !p.subjDone[si] {
		p.subjDone[si] = true // guards against recursion through pronouns
		p.subj[si] = d.sentenceSubject(pi, p.sents[si][0], p.sents[si][1])
	}
	return p.subj[si]
}

// personWho makes a speaker from a person mention.
func (d *doc) personWho(m mention) who {
	role := m.role
	if role == "" {
		role = m.p.role
	}
	if role == "" && m.p.fig != nil {
		if o, ok := m.p.fig.OfficeOn(d.day); ok {
			role = o.Role()
		}
	}
	return who{name: m.p.name, role: role, p: m.p, ok: true}
}

func (d *doc) entryWho(e *personEntry) who {
	if e == nil {
		return who{}
	}
	return d.personWho(mention{p: e})
}

// npSpeaker interprets tokens [s, e) of paragraph pi as a speaker. When
// several people are named, preferLast picks the last one that is not a
// possessive owner ("Putin's adviser Yuri Ushakov"), else the first.
func (d *doc) npSpeaker(pi, s, e int, preferLast bool) who {
	p := &d.paras[pi]
	if s+1 < e && p.toks[s].low == "'s" && p.toks[s+1].cap {
		s++ // "[the island]'s Mainland Affairs Council": the phrase began at the possessive
	}
	s0 := s
	if e-s >= 1 && (isMonth(p.toks[e-1].low) || isDay(p.toks[e-1].low)) && (e-s == 1 || p.toks[e-2].low == "in" || p.toks[e-2].low == "on") {
		return who{} // "who took office in August promising ...": a time, no one
	}
	if w, ok := d.whereaboutsOfUnnamed(pi, s); ok {
		return w // "a government official in Port Sudan": the place is where the unnamed speaker was
	}
	if w, ok := namedOffice(p.toks, s, e); ok {
		return w // "the Prime Minister's Office said": the office speaks
	}
	if e-s >= 2 && (p.toks[s].low == "one" || p.toks[s].low == "another") && !p.toks[s+1].cap && p.toks[s+1].kind == kWord &&
		(rolesHead[p.toks[s+1].low] || roleMods[p.toks[s+1].low] || nationalities[p.toks[s+1].low]) {
		// "One leader who attended said", "another senior diplomat said":
		// someone unnamed, never the person last given that title
		return who{role: roleText(p.toks, s+1, e), ok: true}
	}
	if pe := d.documentOwner(pi, s, e); pe != nil {
		return d.personWho(*pe)
	}
	if s >= e || isPlatform(p.toks, s, e) {
		return who{} // "Truth Social", "Telegram": where words are posted, never who says them
	}
	if pe, ok := d.styledSpeaker(pi, s, e); ok {
		// "His Highness said": the person styled so, else no one named
		if pe == nil {
			return who{role: roleText(p.toks, s, e), ok: true}
		}
		return d.entryWho(pe)
	}
	if w, ok := d.acronymSpeaker(p.toks, s, e); ok && w.name != p.toks[e-1].text {
		return w // "the DFA": the name the article spells out for it
	}
	if e-s == 1 && s > 0 && (p.toks[s-1].low == "his" || p.toks[s-1].low == "her") && (orgHeads[p.toks[s].low] || p.toks[s].low == "spokesman" || p.toks[s].low == "spokeswoman" || p.toks[s].low == "spokesperson") {
		s-- // "his office said": the phrase test stopped at the possessive
	}
	if k := s; e-s >= 4 {
		// "a statement from the Sudanese army said": the body it came from
		if isDeterminer(p.toks[k].low) {
			k++
		}
		if documentNouns[p.toks[k].low] && (p.toks[k+1].low == "from" || p.toks[k+1].low == "by") && k+2 < e {
			if w := d.npSpeaker(pi, k+2, e, false); w.ok && (w.p != nil || hasUpper(w.name)) {
				return w
			}
		}
	}
	if e-s >= 4 && orgHeads[p.toks[e-1].low] && p.toks[e-2].low == "'s" {
		// "Israeli Prime Minister Benjamin Netanyahu's office said": the
		// office, named as the article names its owner, not the owner
		for _, m := range p.ments {
			if m.kind == mPerson && m.poss && m.end == e-2 && m.start > s {
				return who{name: joinTokens(p.toks, m.start, m.end) + "'s " + p.toks[e-1].text, ok: true}
			}
		}
	}
	if p.toks[e-1].low == "counterpart" {
		if c := d.counterpart(pi, s, e); c != nil {
			return d.entryWho(c)
		}
		if w := d.counterpartSpeaker(pi, s, e); w.ok {
			return w
		}
	}
	if w, ok := d.describedBody(pi, s, e); ok {
		return w // "the car industry association VDA said": the body's name
	}
	if sideSpeaker(p.toks, s, e) || nationalsSpeaker(p.toks, s, e) {
		// "the Chinese side said", "both sides stressed", "the Europeans
		// said": a delegation or government named by its side or its
		// nationals, no one's name (label rule speaker 4)
		return who{role: roleText(p.toks, s, e), ok: true}
	}
	if d.unnamedAideOf(pi, s, e) {
		// "a spokesperson for Poilievre said": someone unnamed speaking
		// for the person, not the person
		return who{role: roleText(p.toks, s, e), ok: true}
	}
	var pick *mention
	for i := range p.ments {
		m := &p.ments[i]
		if m.kind != mPerson || m.start < s || m.start >= e || m.poss {
			continue
		}
		if m.end < e && (attributiveNoun(p.toks[m.end]) || p.toks[m.end].kind == kWord && !p.toks[m.end].cap && rolesHead[p.toks[m.end].low]) {
			continue // "a senior Trump administration official": the name qualifies the noun
		}
		if pick != nil && joinedByAnd(p.toks, pick.rend, m.rstart) {
			// "Macron and Merz said": several speakers, no single one
			return who{role: roleText(p.toks, s, e), ok: true}
		}
		if pick == nil || preferLast {
			pick = m
		}
	}
	if pick != nil {
		return d.personWho(*pick)
	}
	// "The UAE president, Sheikh Mohamed bin Zayed Al Nahyan, ...": the
	// description is the role of the name that follows
	if e < len(p.toks) && p.toks[e].text == "," {
		for i := range p.ments {
			m := &p.ments[i]
			if m.kind == mPerson && (m.rstart <= s || rolesHead[p.toks[e-1].low] && !strings.HasSuffix(p.toks[e-1].low, "s") || roleOfBody(p.toks, s, e)) && m.start > e && m.start <= e+2 {
				return d.personWho(*m)
			}
		}
	}
	// "his office", "her ministry": the office of the person meant
	if e-s == 2 && (p.toks[s].low == "his" || p.toks[s].low == "her") && (orgHeads[p.toks[s+1].low] || p.toks[s+1].low == "spokesman" || p.toks[s+1].low == "spokeswoman" || p.toks[s+1].low == "spokesperson") {
		if r := d.resolvePronoun(pi, s, p.toks[s].low == "her"); r != nil {
			if orgHeads[p.toks[s+1].low] {
				return who{name: r.name + "'s " + p.toks[s+1].text, ok: true}
			}
			return who{role: r.name + "'s " + p.toks[s+1].text, ok: true}
		}
	}
	// a lone pronoun
	for k := s; k < e; k++ {
		t := p.toks[k]
		if t.low == "he" || t.low == "she" {
			if w := d.anonymousAntecedent(pi, k); w.ok {
				return w
			}
			if r := d.resolvePronoun(pi, k, t.low == "she"); r != nil {
				return d.entryWho(r)
			}
			return d.entryWho(d.cataphor(pi, k, t.low == "she"))
		}
		if t.low == "who" && k == s && k >= 2 && p.toks[k-1].text == "," {
			for _, m := range p.ments {
				if m.kind == mPerson && m.end == k-1 && !m.poss {
					return d.personWho(m)
				}
				if m.kind == mPerson && m.rend == k-1 && !m.poss {
					return d.personWho(m)
				}
			}
			return who{}
		}
		if t.low == "it" || t.low == "they" {
			if w := d.orgAntecedent(pi, k); w.ok {
				return w
			}
		}
		if t.low == "they" || t.low == "we" || t.low == "i" || t.low == "it" {
			return who{ok: true} // an attribution, but to no one we can name
		}
	}
	if w, ok := d.genericOrg(pi, s, e); ok {
		// "the group said", "the foreign ministry said": the body meant, or
		// no one, never the bare noun
		if w.name == "" && w.p == nil && e-s == 2 {
			if w2 := d.orgAntecedent(pi, s); w2.ok {
				if !bodyGroupNouns[p.toks[e-1].low] {
					return w2
				}
				if d.isCountryName(w2.name) {
					// "Kazakhstan ... was represented by a deputy. The
					// group said": a member country is no group; the body
					// named before is meant
					if name := d.lastGroup(pi, s, true); name != "" {
						return who{name: name, ok: true}
					}
					return w
				}
				if hasUpper(firstWord(w2.name)) {
					return w2
				}
				// "A group of Eurobond holders ... The group said": a group
				// the article describes but never names speaks unnamed
			}
		}
		return w
	}
	if e-s == 2 && p.toks[s].low == "the" && strings.HasSuffix(p.toks[s+1].low, "-year-old") {
		// "the 79-year-old said": the person the text is about
		if e := d.latestSubject(pi, s); e != nil {
			return d.entryWho(e)
		}
		return who{role: p.toks[s+1].text, ok: true}
	}
	if e-s == 2 && p.toks[s].low == "the" && documentNouns[p.toks[s+1].low] && e+3 < len(p.toks) && p.toks[e].text == "," &&
		(p.toks[e+1].low == "signed" || p.toks[e+1].low == "written" || p.toks[e+1].low == "issued" || p.toks[e+1].low == "sent") && p.toks[e+2].low == "by" {
		// "The letter, signed by Foreign Minister NAME, said": its author
		for _, m := range p.ments {
			if m.kind == mPerson && m.rstart >= e+3 && m.rstart <= e+6 && !m.poss {
				return d.personWho(m)
			}
		}
	}
	if e-s == 2 && p.toks[s].low == "the" && documentNouns[p.toks[s+1].low] {
		// "the statement said": the author of the statement told of before
		if w := d.docAuthor(pi, s, p.toks[s+1].low); w.ok {
			return w
		}
	}
	if e-s >= 2 && (p.toks[s].low == "its" || p.toks[s].low == "their") && (orgHeads[p.toks[e-1].low] || stateNouns[p.toks[e-1].low]) {
		// "Its foreign ministry said": the body or country named before
		if w := d.orgAntecedent(pi, s); w.ok && w.name != "" {
			return who{name: w.name + "'s " + roleText(p.toks, s+1, e), ok: true}
		}
	}
	if e-s == 2 && p.toks[s].low == "the" && outletNouns[p.toks[s+1].low] && !p.toks[s+1].cap {
		// "the newspaper reported": the outlet named before
		if name := d.lastOutlet(pi, s); name != "" {
			return who{name: name, ok: true}
		}
		if orgAnaphors[p.toks[s+1].low] {
			// "The IAEA said ... “…,” the agency added": a body, not an outlet
			if w := d.orgAntecedent(pi, s); w.ok {
				return w
			}
		}
		return who{role: p.toks[s+1].text, ok: true}
	}
	if e-s == 2 && p.toks[s].low == "the" && orgAnaphors[p.toks[s+1].low] && !p.toks[s+1].cap {
		if w := d.orgAntecedent(pi, s); w.ok {
			return w
		}
	}
	if w, ok := d.officeOfDescribed(pi, s, e); ok {
		return w
	}
	for s < e && p.toks[s].kind == kWord && (p.toks[s].low == "the" || functionWords[p.toks[s].low] && !isDeterminer(p.toks[s].low)) && p.toks[s].low != "a" && p.toks[s].low != "an" {
		if p.toks[s].low == "the" {
			if w := d.description(pi, s, e); w.ok {
				return w
			}
		}
		s++
	}
	if s >= e {
		return who{}
	}
	if w := d.description(pi, s, e); w.ok {
		return w
	}
	text := roleText(p.toks, s, e)
	if text == "" {
		return who{}
	}
	if documentNouns[p.toks[e-1].low] && e-2 >= s && p.toks[e-2].cap && p.toks[e-2].kind == kWord && !isDeterminer(p.toks[e-2].low) {
		// "the G7 communique said", "a Hamas statement said": the body the
		// document is named for wrote it
		k := e - 2
		for k > s && p.toks[k-1].cap && p.toks[k-1].kind == kWord && !isDeterminer(p.toks[k-1].low) {
			k--
		}
		if (k == s || k == s+1 && isDeterminer(p.toks[s].low)) && !(e-2 == k && nationalities[p.toks[k].low]) {
			if _, known := d.gaz.Country(p.toks[e-2].text); !known || e-2 > k {
				return who{name: joinTokens(p.toks, k, e-1), ok: true}
			}
		}
	}
	// organisations and institutions speak too
	org := false
	for k := s; k < e; k++ {
		t := p.toks[k]
		if orgHeads[t.low] || t.low == "ministry" || k == e-1 && (t.low == "media" || forceHeads[t.low]) {
			org = true // ("Chinese state media said")
		}
		if t.cap && k == e-1 {
			if _, ok := d.gaz.Speaker(t.text); ok {
				org = true
			}
			if _, ok := d.gaz.Organisation(t.text); ok {
				org = true
			}
			if _, ok := d.gaz.Country(t.text); ok && !nationalities[t.low] {
				org = true
			}
		}
	}
	if p.toks[e-1].cap {
		// "the United Nations said": a body the gazetteer knows by its full name
		k := e - 1
		for k > s && p.toks[k-1].cap && p.toks[k-1].kind == kWord {
			k--
		}
		if _, ok := d.gaz.Organisation(joinTokens(p.toks, k, e)); ok && k < e-1 && k == s {
			return who{name: joinTokens(p.toks, k, e), ok: true}
		}
	}
	last := p.toks[e-1]
	if last.cap && e-s >= 2 && !p.toks[e-2].cap && (rolesHead[p.toks[e-2].low] || orgHeads[p.toks[e-2].low] || p.toks[e-2].low == "agency") {
		// "Syria's state news agency SANA": the body's own name
		k := e - 1
		for k > s && p.toks[k-1].cap {
			k--
		}
		return who{name: joinTokens(p.toks, k, e), ok: true}
	}
	for k := s; k+1 < e; k++ {
		if p.toks[k].cap && !isDeterminer(p.toks[k].low) {
			break
		}
		if rolesHead[p.toks[k].low] && !orgHeads[p.toks[k].low] && (p.toks[k+1].low == "for" || p.toks[k+1].low == "of" || p.toks[k+1].low == "at" || p.toks[k+1].low == "from") {
			if name := d.spokenFor(pi, k, e); name != "" {
				// "a spokesperson for the Port of Dover": the body speaks
				return who{name: name, role: text, ok: true}
			}
			return who{role: text, ok: true} // "a spokesperson for the European Commission": unnamed
		}
	}
	if org && (p.toks[s0].low == "a" || p.toks[s0].low == "an" || p.toks[s0].low == "one") {
		for k := s + 1; k < e; k++ {
			if postNPPreps[p.toks[k].low] && rolesHead[p.toks[k-1].low] && !orgHeads[p.toks[k-1].low] {
				return who{role: text, ok: true} // "a minister in the Israeli government": unnamed
			}
		}
	}
	if org && !(rolesHead[last.low] && !orgHeads[last.low]) {
		return who{name: text, ok: true} // as the article names it
	}
	if e-s == 3 && p.toks[s].cap && p.toks[s+1].low == "'s" && rolesHead[last.low] && !strings.HasSuffix(last.low, "s") {
		// "Trump's envoy said": the person last called by that role, or
		// holding it, other than the owner
		owner := d.reg.resolveSingle(p.toks[s].text, false)
		if w := d.roleAntecedent(pi, s, last.low); w.p != nil && w.p != owner {
			return w
		}
	}
	if rolesHead[last.low] && !strings.HasSuffix(last.low, "s") && (p.toks[s0].low == "the" || s0+1 < e && p.toks[s0].cap && p.toks[s0+1].low == "'s") {
		// "Japan's top trade negotiator wrapped up ...": named in the
		// paragraphs that follow
		if pe := d.namedLater(pi, s0, e); pe != nil {
			return d.entryWho(pe)
		}
	}
	if properBody(p.toks, s, e) {
		// "the Association of Southeast Asian Nations said": a body's
		// full name, though it ends in a plural noun
		return who{name: joinTokens(p.toks, s, e), ok: true}
	}
	if pe := d.nationalPerson(pi, s0, e); pe != nil {
		return d.entryWho(pe) // "Rubio met Lavrov. ... the Russian said"
	}
	if e-s0 == 2 && p.toks[s0].low == "the" && p.toks[e-1].cap && (nationalities[p.toks[e-1].low] || demonyms[p.toks[e-1].low] != "") {
		return who{role: p.toks[e-1].text, ok: true} // "the Estonian said": someone of that country, unnamed
	}
	if rolesHead[last.low] && !strings.HasSuffix(last.low, "s") && p.toks[s0].low == "the" {
		// "the former general said": the person last given that role
		if pe := d.describedPerson(pi, s0, last.low); pe != nil {
			return d.entryWho(pe)
		}
	}
	if rolesHead[last.low] || last.low == "sources" || groupPlurals[last.low] || anonNouns[last.low] && (isDeterminer(p.toks[s].low) || isDeterminer(p.toks[s0].low) && e-s == 1 && !pluralAnon[last.low] || p.toks[s].low == "one" || p.toks[s].low == "another") {
		return who{role: text, ok: true} // an anonymous source
	}
	if partyNouns[last.low] && (e-s >= 2 || s > s0) { // ("both delegations")
		// "Ukraine's delegation", "the rebels' political wing": a party to
		// the talks with no name of its own speaks anonymously
		return who{role: text, ok: true}
	}
	if (pluralRole(last.low) || last.low == "blocs" || last.low == "participants" || last.low == "co-chairs" || last.low == "governments") && (isDeterminer(p.toks[s0].low) || p.toks[s0].cap || e-s0 == 1) {
		// "the two blocs said they “…”", "the co-chairs said", "the G7
		// ministers and governors said": a group, no single speaker
		return who{role: text, ok: true}
	}
	if documentNouns[last.low] || last.low == "draft" || last.low == "memo" || last.low == "proposal" {
		return who{role: text, ok: true} // "the document calls for": words with no named author
	}
	for k := s + 1; k < e; k++ {
		if postNPPreps[p.toks[k].low] && rolesHead[p.toks[k-1].low] {
			return who{role: text, ok: true} // "a European diplomat in the Gulf"
		}
	}
	return who{}
}

// orgAntecedent resolves "it said" to the organisation an earlier sentence
// (this paragraph or the one before) opens with: "Sudan's foreign
// ministry rejected the statement. “…,” it said."
func (d *doc) orgAntecedent(pi, ti int) who {
	for qi := pi; qi >= 0 && qi >= pi-1; qi-- {
		q := &d.paras[qi]
		for si := len(q.sents) - 1; si >= 0; si-- {
			st := q.sents[si]
			if qi == pi && st[0] > ti {
				continue
			}
			a := introEnd(q.toks, st[0], st[1])
			if a < st[1] && q.toks[a].kind == kQuote && (qi != pi || st[1] <= ti) {
				// "“…,” the Indian army said in a statement. ... it said":
				// the body of the tag after the quotation (an earlier
				// sentence only: the look-up moves back, never in a loop)
				if w, _, ok := d.post(qi, a); ok && w.p == nil && hasUpper(w.name) {
					return w
				} else if ok && w.p != nil {
					return who{}
				}
			}
			b := docNounEnd(q.toks, a, npForward(q.toks, a))
			if b == a || isPronoun(q.toks[a].low) || q.toks[a].low == "it" {
				continue
			}
			if b-a == 1 && b < len(q.toks) && q.toks[b].text == ":" {
				continue // "Flashback: The draft …": a label, not a body
			}
			if b > ti && qi == pi {
				b = ti
			}
			w := d.npSpeaker(qi, a, b, false)
			if w.ok && w.p == nil && w.name != "" {
				return w
			}
			if w.ok && w.p != nil {
				return who{} // a person is the subject: "it" is something else
			}
			if w.ok && w.role != "" && documentNouns[q.toks[b-1].low] {
				return w // "The readout said ... It also said": the document, its author unnamed
			}
			if !w.ok && q.toks[a].low == "the" && b-a >= 3 && allCaps(q.toks, a+1, b) && b-a <= 5 && !d.inPerson(q, a+1, b) {
				// "The World Food Programme warned ...": a body's full name
				return who{name: joinTokens(q.toks, a+1, b), ok: true}
			}
			if !w.ok && allCaps(q.toks, a, b) && b-a <= 4 && !isDeterminer(q.toks[a].low) && !(b-a == 1 && (speechVerbs[q.toks[a].low] || introWords[q.toks[a].low] || parentheticalStart[q.toks[a].low])) {
				// an unknown name that "it" refers to is a body: "Hamas"
				return who{name: joinTokens(q.toks, a, b), ok: true}
			}
		}
	}
	return who{}
}

func allCaps(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if !toks[k].cap {
			return false
		}
	}
	return b > a
}

// anonymousAntecedent resolves "he said" to an unnamed source when the
// sentence before opens with one ("A diplomat involved in the preparations
// summed up the mood. «…», he said.").
func (d *doc) anonymousAntecedent(pi, ti int) who {
	p := &d.paras[pi]
	s, _ := p.sentenceOf(ti)
	qi, si := pi, -1
	for i, st := range p.sents {
		if st[0] == s {
			si = i - 1
		}
	}
	if si < 0 {
		if pi == 0 {
			return who{}
		}
		qi = pi - 1
		si = len(d.paras[qi].sents) - 1
		if si < 0 {
			return who{}
		}
	}
	q := &d.paras[qi]
	st := q.sents[si]
	a := st[0]
	for a < st[1] && (q.toks[a].kind != kWord || isDigits(q.toks[a].text)) {
		a++ // a live blog's time stamp: "13:00 — A negotiator ..."
	}
	a = introEnd(q.toks, a, st[1]) // "Asked what had been achieved, a senior official ..."
	if a >= len(q.toks) || !(q.toks[a].low == "a" || q.toks[a].low == "an" || q.toks[a].low == "one") {
		if a = d.anonObject(qi, st); a < 0 {
			return who{}
		}
	}
	if a > st[0] && q.toks[a-1].text == "," {
		for _, m := range q.ments {
			if m.kind == mPerson && (m.end == a-1 || m.rend == a-1) && !m.poss {
				return d.personWho(m) // "For Olena Kovalenko, a nurse in Kharkiv, ...": named
			}
		}
	}
	b := npForward(q.toks, a+1)
	for _, m := range q.ments {
		if m.kind == mPerson && (m.start >= a && m.start < b || m.rstart >= a && m.rstart < b || m.start == b+1 && q.toks[b].text == ",") {
			return who{} // "A senior Hamas official, Osama Hamdan, ...": named
		}
	}
	if b == a+1 && b+1 < len(q.toks) && rolesHead[q.toks[b+1].low] && !q.toks[b].cap {
		b += 2 // "An aid worker": a modifier npTok does not know
	}
	if b > a+1 && rolesHead[q.toks[b-1].low] {
		end := b
		for end < st[1] && postNPPreps[q.toks[end].low] && end+1 < st[1] && !postNPPreps[q.toks[end+1].low] {
			// "... with a local charity": the description goes on
			j := end + 1
			for j < st[1] && j < end+6 && q.toks[j].kind == kWord && !isSpeech(q.toks[j]) && q.toks[j].low != "who" && q.toks[j].low != "which" {
				j++
			}
			if j == end+1 {
				break
			}
			end = j
		}
		if m, ok := d.namedAfter(qi, end); ok {
			return d.personWho(m) // "A political analyst at the University of Lagos, Dr Funmi Adeyemi, said"
		}
		return who{role: roleText(q.toks, a, end), ok: true}
	}
	return who{}
}

// joinedByAnd reports whether tokens [a, b) join two names of a list:
// "and", or commas and a final "and".
func joinedByAnd(toks []token, a, b int) bool {
	if a >= b || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if toks[k].low != "and" && toks[k].text != "," {
			return false
		}
	}
	return toks[b-1].low == "and"
}

// inRelativeClause reports whether token k of a sentence starting at s
// lies in a relative clause or aside (", who lobbied the Hungarian
// leader,"): a name there is not who the sentence is about.
func inRelativeClause(toks []token, s, k int) bool {
	for j := k - 1; j > s; j-- {
		if toks[j].text == "," {
			switch toks[j+1].low {
			case "who", "which", "whose", "whom", "where":
				return true
			}
			return false
		}
	}
	return false
}

// partyNouns name a team or faction speaking as one: "the Russian
// delegation said", "the party's youth wing said".
var partyNouns = set(`delegation delegations team teams wing camp negotiators mediators`)

// anonNouns name an unnamed speaker only by what they are: "one man said",
// "a woman queuing for bread said".
// pluralAnon are the anonNouns that name several people.
var pluralAnon = set(`men women people guests participants attendees insiders witnesses mps legislators`)

// forceHeads end the name of an armed or police body that speaks as one:
// "the Israeli military said", "Ukraine's air force said", "police said".
var forceHeads = set(`military police force forces army navy guard guards coastguard gendarmerie`)

// forceMods come before a force head: "air force", "border police".
var forceMods = set(`air armed border riot naval coast`)

var anonNouns = set(`man woman men women boy girl person people elder youth guest guests witness witnesses
	participant participants attendee attendees insider insiders onlooker passer-by bystander neighbour
	neighbor survivor visitor mp mps legislator legislators`)

// cataphor resolves a he/she at token ti of paragraph pi that no one named
// before can mean to the subject of a later sentence of the paragraph (or
// of the next one): "“…,” she said. Kaja Kallas was speaking in Brussels."
func (d *doc) cataphor(pi, ti int, female bool) *personEntry {
	for qi := 0; qi <= pi; qi++ {
		for _, m := range d.paras[qi].ments {
			if m.kind == mPerson && (qi < pi || m.start < ti) {
				return nil // someone named before: not a cataphor
			}
		}
	}
	for qi := pi; qi < len(d.paras) && qi <= pi+1; qi++ {
		q := &d.paras[qi]
		for si, st := range q.sents {
			if qi == pi && st[0] <= ti {
				continue
			}
			if e := d.subjectCached(qi, si); e != nil {
				if female && e.male || !female && e.female {
					return nil
				}
				return e
			}
		}
	}
	return nil
}

// asideTeller returns the person of an aside ", NAME said [adverb],"
// right before the pronoun at token ti: the pronoun is the teller.
func (d *doc) asideTeller(pi, s, ti int) *personEntry {
	toks := d.paras[pi].toks
	if ti-3 < s || toks[ti-1].text != "," {
		return nil
	}
	v := ti - 2
	for v > s && toks[v].kind == kWord && (verbAdverbs[toks[v].low] || isLyAdverb(toks[v]) || toks[v].low == "afterwards" || toks[v].low == "later") {
		v--
	}
	if !isSpeech(toks[v]) || weakSpeechVerbs[toks[v].low] {
		return nil
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.end == v && m.rstart > s && toks[m.rstart-1].text == "," {
			return m.p
		}
	}
	return nil
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// ownsThing reports a possessive ending at token e ("Houston's") followed
// by a thing, not a person or a body: "Houston's pitch", "Tusk's plan",
// not "Trump's envoy" or "Putin's office", whose own "he" is someone else.
func ownsThing(toks []token, e, ti int) bool {
	k := e
	if k < ti && (toks[k].low == "'s" || toks[k].low == "'") {
		k++
	}
	n := 0
	for ; k < ti && n < 3 && toks[k].kind == kWord && !toks[k].cap; k, n = k+1, n+1 {
		w := toks[k].low
		if rolesHead[w] || rolesHead[strings.TrimSuffix(w, "s")] || titleWords[w] || orgHeads[w] || groupNouns[w] || anonNouns[w] || circleNouns[w] {
			return false
		}
	}
	return n > 0
}

// whenTrip reports a possessive ending at e that owns a trip or visit
// ("Dahl's surprise trip to Rome") told in a clause that the ", when"
// or ", where" right before the pronoun at ti goes on from ("Carter's
// visit to Pyongyang, where he met Kim": the visitor).
func whenTrip(toks []token, e, ti int) bool {
	if ti < 2 || toks[ti-1].low != "when" && toks[ti-1].low != "where" || toks[ti-2].text != "," || e >= ti || toks[e].low != "'s" && toks[e].low != "'" && toks[e].text != "’s" {
		return false
	}
	for k := e + 1; k < ti-2 && k <= e+3; k++ {
		if tripNouns[toks[k].low] {
			for j := k + 1; j < ti-2; j++ {
				if toks[j].kind == kPunct || toks[j].kind == kQuote {
					return false // another clause between
				}
			}
			return true
		}
		if toks[k].kind != kWord || toks[k].cap {
			return false
		}
	}
	return false
}

// tripNouns are journeys someone makes.
var tripNouns = set(`trip visit journey tour voyage stopover`)

// roleOfBody reports a description [s, e) that is a role of a body: "the
// chairman of the commission", "the head of the mission" (one role noun,
// then "of" and the body).
func roleOfBody(toks []token, s, e int) bool {
	for k := s; k+1 < e && k <= s+3; k++ {
		if rolesHead[toks[k].low] && !strings.HasSuffix(toks[k].low, "s") && toks[k+1].low == "of" {
			return true
		}
	}
	return false
}

// wherePreps put someone somewhere: "an official in Port Sudan", "a
// listener from Mamasapano".
var wherePreps = set(`in from at near outside inside`)

// whereaboutsOfUnnamed reads a subject span s that is a place after an
// unnamed speaker ("a government official in Port Sudan", "one listener
// from Mamasapano", "a woman sheltering at a pagoda in Cambodia's Oddar
// Meanchey province"): the speaker is the unnamed one, described by the
// words before the place. ok is false when the span is no such place.
func (d *doc) whereaboutsOfUnnamed(pi, s int) (who, bool) {
	toks := d.paras[pi].toks
	k := s - 1
	if k >= 2 && (toks[k].low == "'s" || toks[k].low == "’s") && toks[k-1].cap {
		k -= 2 // "in Cambodia's Oddar Meanchey province"
	}
	if k < 1 {
		return who{}, false
	}
	if !wherePreps[toks[k].low] {
		return who{}, false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start >= s && m.start < s+4 {
			return who{}, false // "a message from Ana Ruiz": a person, not a place
		}
	}
	for x := s; x < s+4 && x < len(toks) && toks[x].cap; x++ {
		if orgHeads[toks[x].low] {
			return who{}, false // "a spokesman at the Foreign Ministry": a body, read elsewhere
		}
	}
	// back to the indefinite that opens the speaker's description (the
	// earliest one), over lower-case words, other places and their
	// prepositions
	best := -1
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := toks[j]
		if t.kind != kWord && t.low != "'s" && t.low != "’s" || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "whom" {
			break // ("a choice that one envoy in the hall described as"): the clause's own subject
		}
		if (documentNouns[t.low] || orgHeads[t.low] || outletNouns[t.low]) && j == k-1 {
			return who{}, false // "a statement from Oman's Foreign Ministry": the body it came from speaks
		}
		switch {
		case t.low == "a" || t.low == "an" || t.low == "one" || t.low == "another":
			best = j
		case wherePreps[t.low]:
		default:
			if !t.cap && !isLyAdverb(t) && strings.HasSuffix(t.low, "ed") && best < 0 {
				return who{}, false // "who worked in Lagos": a clause, not a description
			}
		}
	}
	if best >= 0 && best+1 < k {
		e := k
		for x := best + 1; x < k; x++ {
			if wherePreps[toks[x].low] ||
				x > best+1 && !toks[x].cap && (strings.HasSuffix(toks[x].low, "ing") || toks[x].low == "present" || toks[x].low == "based") {
				e = x // "a woman sheltering at a pagoda", "one envoy present at the lunch": the speaker, not where
				break
			}
		}
		if e == best+1 {
			e = k
		}
		return who{role: roleText(toks, best+1, e), ok: true}, true
	}
	return who{}, false
}
