package corpus

import (
	"slices"
	"strings"
)

// Attribution through a go-between: an outlet or a readout that carries
// someone's words ("was quoted by IRNA as saying", "told Al Jazeera",
// "according to a readout from the State Department").

// quotedAsSaying reads "X was quoted by OUTLET as saying" (X speaks) and
// "OUTLET quoted X as saying" (X speaks) for the speech verb at token v of
// the sentence starting at s. ok is false when the verb is not of that
// form.
func (d *doc) quotedAsSaying(pi, v, s int) (who, bool) {
	toks := d.paras[pi].toks
	if v-1 <= s || toks[v-1].low != "as" {
		return who{}, false
	}
	switch toks[v].low {
	case "saying", "telling", "writing", "stating", "warning", "adding":
	default:
		return who{}, false
	}
	for q := v - 2; q >= s && q >= v-16; q-- {
		t := toks[q]
		if t.kind == kQuote || t.text == ";" {
			return who{}, false
		}
		if t.low != "quoted" && t.low != "cited" {
			continue
		}
		a := q - 1
		for a >= s && (verbAdverbs[toks[a].low] || isLyAdverb(toks[a])) {
			a--
		}
		if a < q-1 && passiveAux[toks[q-1].low] || a < q-1 && passiveAux[toks[a+1].low] {
			// passive: the subject of "was quoted" speaks
			w := d.verbSubject(pi, q, s)
			return w, w.ok
		}
		if q+2 == v-1 && (toks[q+1].low == "him" || toks[q+1].low == "her") {
			// "State media quoted him as saying"
			if e := d.resolvePronoun(pi, q+1, toks[q+1].low == "her"); e != nil {
				return d.entryWho(e), true
			}
		}
		if q+1 < v-1 {
			w := d.npSpeaker(pi, q+1, v-1, false)
			if !w.ok {
				w = d.unknownName(pi, q+1, v-1)
			}
			return w, w.ok
		}
		return who{}, false
	}
	return who{}, false
}

// passiveAux are the auxiliaries of a passive "was quoted".
var passiveAux = set(`was were is are been being be`)

// docNouns name a document whose author speaks through it.
var docNouns = set(`readout statement communique communiqué transcript report letter summary account release
	readouts statements`)

// accordingTo reads the phrase after "according to" starting at token a:
// a person or body, or the author of a document ("a State Department
// readout", "the Kremlin's account", "a readout from the State
// Department", "a statement issued by the ministry"). It returns the
// speaker, the end of the phrase, and whether the speaker is the author of
// a document rather than someone quoted directly.
func (d *doc) accordingTo(pi, a int) (who, int, bool) {
	toks := d.paras[pi].toks
	n := len(toks)
	j := a
	for j < n && toks[j].kind == kWord && (isDeterminer(toks[j].low) || toks[j].cap || toks[j].low == "'s" || toks[j].low == "'" || roleMods[toks[j].low] || orgHeads[toks[j].low] || docMods[toks[j].low]) && !docNouns[toks[j].low] {
		j++
	}
	if j < n && docNouns[toks[j].low] {
		doc := j
		// the owner or author before the document noun
		x := doc
		for x > a && (toks[x-1].low == "'s" || toks[x-1].low == "'") {
			x--
		}
		y := x
		for y > a && toks[y-1].cap && toks[y-1].kind == kWord {
			y--
		}
		if y+1 == x && nationalities[toks[y].low] {
			// "the Chinese readout": a document with no named author
			return who{role: joinTokens(toks, y, doc+1), ok: true}, doc + 1, true
		}
		if y < x {
			w := d.npSpeaker(pi, y, x, false)
			if !w.ok || w.name == "" && w.p == nil {
				w = who{name: joinTokens(toks, y, x), ok: true}
			}
			return w, doc + 1, true
		}
		// ... or after it: "a readout from the State Department"
		k := doc + 1
		if k < n && (toks[k].low == "issued" || toks[k].low == "released" || toks[k].low == "published" || toks[k].low == "carried" ||
			toks[k].low == "posted" || toks[k].low == "distributed" || toks[k].low == "circulated") {
			k++
		}
		if k < n && (toks[k].low == "from" || toks[k].low == "by" || toks[k].low == "of") {
			b := npForward(toks, k+1)
			w := d.npSpeaker(pi, k+1, b, false)
			if !w.ok {
				w = d.unknownName(pi, k+1, b)
			}
			if w.ok {
				return w, b, true
			}
		}
		w, end := d.authorlessDoc(pi, a, doc)
		return w, end, true
	}
	b := bodyPlaceEnd(toks, a, npForward(toks, a))
	w := d.npSpeaker(pi, a, b, false)
	if !w.ok {
		w = d.unknownName(pi, a, b)
	}
	return w, b, false
}

// bodyPlaceEnd extends a noun phrase [a, b) that ends on a body's
// capitalised head by the place it is named with: "the Finance Ministry
// in Lusaka", "the Chinese Embassy in Fiji" speak by their whole name.
// It returns the new end, or b.
func bodyPlaceEnd(toks []token, a, b int) int {
	if b-1 <= a || b+1 >= len(toks) || toks[b].low != "in" || !toks[b-1].cap || !placedBodyHeads[toks[b-1].low] {
		return b
	}
	e := b + 1
	for e < len(toks) && e < b+4 && toks[e].kind == kWord && toks[e].cap && !isDay(toks[e].low) && !isMonth(toks[e].low) {
		e++
	}
	if e == b+1 {
		return b
	}
	return e
}

// placedBodyHeads are bodies whose name may carry their seat: "the
// Finance Ministry in Lusaka", "the Chinese Embassy in Fiji".
var placedBodyHeads = set(`ministry embassy consulate mission office department secretariat directorate bureau`)

// thatClauseBetween reports "and that" (or ", that") in tokens [a, b): the
// words after it continue a reported clause begun before ("told Modi that
// ..., according to a readout, and that ...").
func thatClauseBetween(toks []token, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if (toks[k].low == "and" || toks[k].text == ",") && toks[k+1].low == "that" {
			return true
		}
	}
	return false
}

// sentFromNouns are messages a live blog quotes from their sender: "An
// email from Lena Dahl, chief economist at Nordbank:".
var sentFromNouns = set(`email e-mail note message letter memo comment comments text statement`)

// plainAppositive reports tokens [a, b) that only describe someone: no
// verb of saying, no relative clause, no quotation ("chief economist at
// Nordbank").
func plainAppositive(toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		t := toks[k]
		if t.kind == kQuote || isSpeech(t) || t.low == "who" || t.low == "which" || t.low == "that" || t.text == ";" {
			return false
		}
	}
	return true
}

// speechNouns name what someone said: "Merz's message was blunt:", "Her
// answer:", "Rubio had a warning for Moscow:".
var speechNouns = set(`message warning answer reply response verdict advice plea words reaction retort view
	assessment position comment point promise pledge appeal demand conclusion instruction instructions
	request offer summary prediction explanation argument case statement communique communiqué
	letter readout declaration`)

// colonSpeaker reads a quotation introduced by a colon without a speech
// verb: a live-blog line ("14:05 — Rubio: “…”"), a possessed speech noun
// ("Merz's message to Moscow was blunt: “…”") or a subject who has one
// ("Rubio had a simple message:"). qi is the quotation's token, or the
// end of a paragraph whose last token is the colon.
func (d *doc) colonSpeaker(pi, qi int) (who, bool) {
	p := &d.paras[pi]
	toks := p.toks
	c := qi - 1
	if c < 0 || toks[c].text != ":" {
		return who{}, false
	}
	s, _ := p.sentenceOf(c)
	a := c
	for a > s && !(toks[a-1].kind == kPunct && (isDash(toks[a-1].text) || toks[a-1].text == ":" || toks[a-1].text == ";" || toks[a-1].text == "|")) {
		a--
	}
	for a < c && (isDigits(toks[a].text) || toks[a].kind == kPunct) {
		a++ // "09:12 Lammy:": a live blog's time stamp
	}
	if a == c {
		return who{}, false
	}
	if e := d.soundbiteLabel(pi, s, c); e != nil {
		return d.entryWho(e), true
	}
	if e := d.capsLabel(pi, a, c); e != nil {
		return d.entryWho(e), true // a transcript's "ZELENSKY:"
	}
	for _, m := range p.ments {
		if m.kind == mPerson && !m.poss && (m.end == c || m.rend == c) && m.rstart > a && toks[m.rstart-1].low == "from" {
			return d.personWho(m), true // "The quote of the day came from Kallas:"
		}
		if m.kind == mPerson && !m.poss && m.rstart-2 >= a && toks[m.rstart-1].low == "from" && m.end < c && toks[m.end].text == "," &&
			(sentFromNouns[toks[m.rstart-2].low] || toks[m.rstart-2].low == "came") && plainAppositive(toks, m.end+1, c) {
			// "An email from Lena Dahl, chief economist at Nordbank:": the
			// sender, described after the comma
			return d.personWho(m), true
		}
	}
	if npForward(toks, a) == c && c-a <= 8 {
		// the whole clause names the speaker: "Rubio:", "Kremlin spokesman Dmitry Peskov:"
		w := d.npSpeaker(pi, a, c, true)
		if !w.ok {
			w = d.unknownName(pi, a, c)
		}
		if w.ok && (w.p != nil || hasUpper(w.name)) {
			return w, true
		}
		return who{}, false
	}
	for k := a; k < c; k++ {
		if !speechNouns[toks[k].low] && toks[k].low != "line" || toks[k].cap {
			continue
		}
		o := k - 1 // the possessive's end: "Merz's message", "Šefčovič's own line"
		if o > a && toks[o].low == "own" {
			o--
		}
		if toks[k].low == "line" && !(o > a && (toks[o].low == "'s" || toks[o].low == "'")) {
			continue // only someone's line
		}
		if o > a && (toks[o].low == "'s" || toks[o].low == "'") {
			// "Merz's message": the owner
			for _, m := range p.ments {
				if m.kind == mPerson && m.poss && m.end == o {
					return d.personWho(m), true
				}
			}
			b := npBack(toks, a, o)
			if w := d.npSpeaker(pi, b, o, true); w.ok && (w.p != nil || hasUpper(w.name)) {
				return w, true
			}
			if w := d.unknownName(pi, b, o); w.ok && hasUpper(w.name) {
				return w, true // "Klitschko's message was simple:", a surname alone
			}
			return who{}, false
		}
		if k > a && (toks[k-1].low == "his" || toks[k-1].low == "her") {
			if e := d.resolvePronoun(pi, k-1, toks[k-1].low == "her"); e != nil {
				return d.entryWho(e), true
			}
			return who{}, false
		}
		if toks[a].low == "for" {
			// "For Nowak, the message was simple:": the person the clause is for
			for _, m := range p.ments {
				if m.kind == mPerson && !m.poss && m.p != nil && (m.start == a+1 || m.rstart == a+1) && m.end < k && toks[m.end].text == "," {
					return d.personWho(m), true
				}
			}
		}
		// "Rubio had a simple message for Moscow:": the sentence's subject
		if w := d.mainSubject(pi, a, k); w.ok && w.p != nil {
			return w, true
		}
		return who{}, false
	}
	if c-a <= 30 {
		// "Njewa was blunter:", "Krasniqi reckons that hasn't changed:",
		// "Bislimi shot back on X:": a clause about a person, then their
		// words
		if e := d.sentenceSubject(pi, a, c); e != nil && !inRelativeClause(toks, a, d.mentionOf(pi, e, a, c)) {
			return d.entryWho(e), true
		}
	}
	return who{}, false
}

// mentionOf returns the first token of the first mention of person e in
// tokens [a, b) of paragraph pi, or a when there is none (a pronoun).
func (d *doc) mentionOf(pi int, e *personEntry, a, b int) int {
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.p == e && m.start >= a && m.start < b {
			return m.rstart
		}
	}
	return a
}

// npBack returns where the noun phrase ending before token e starts
// (not before s).
func npBack(toks []token, s, e int) int {
	k := e
	for k > s && npTok(toks[k-1]) && toks[k-1].low != "'s" {
		k--
	}
	return k
}

// tellerAfter reports a comma and then a telling verb in tokens [b, qi):
// "According to a diplomat, the ambassador told the meeting that “…”"
// (the one who told speaks; the source only reports it).
func tellerAfter(toks []token, b, qi int) bool {
	if b >= qi || toks[b].text != "," {
		return false
	}
	for k := b + 1; k < qi; k++ {
		if tellVerbs[toks[k].low] {
			return true
		}
		if isSpeech(toks[k]) && !weakSpeechVerbs[toks[k].low] && thatBefore(toks, k, qi) {
			return true // "According to his spokesman, the chancellor assured Kyiv that …"
		}
	}
	return false
}

// givenName finds the name an anonymous speaker is given in the sentence
// holding token ti: "a shopkeeper who asked to be identified only as
// Wael", "who gave only her first name, Amal", "who gave his name as
// Omar". It returns "" when there is none.
func (d *doc) givenName(pi, ti int) string {
	p := &d.paras[pi]
	s, e := p.sentenceOf(ti)
	toks := p.toks
	for k := s; k+1 < e; k++ {
		var at int
		switch {
		case (toks[k].low == "identified" || toks[k].low == "named" || toks[k].low == "known") && k > s && (toks[k-1].low == "be" || toks[k-1].low == "only"):
			at = k + 1
			if at < e && toks[at].low == "only" {
				at++
			}
			if at >= e || toks[at].low != "as" {
				continue
			}
			at++
		case toks[k].low == "gave" || toks[k].low == "giving":
			at = k + 1
			for at < e && at < k+6 && toks[at].kind == kWord && !toks[at].cap && toks[at].low != "as" {
				at++ // "only her first name", "his name"
			}
			if at < e && (toks[at].low == "as" || toks[at].text == ",") {
				at++
			}
		default:
			continue
		}
		b := at
		for b < e && b < at+3 && toks[b].kind == kWord && toks[b].cap {
			b++
		}
		if b > at && (b == e || toks[b].kind != kWord) {
			return joinTokens(toks, at, b)
		}
	}
	return ""
}

// jointStatement returns the role of a quotation from a joint statement
// of several parties ("joint statement of Emmanuel Macron and Friedrich
// Merz"), or "" when the quotation's sentences name none.
func (d *doc) jointStatement(u *qunit) string {
	for _, r := range u.parts {
		p := &d.paras[r.pi]
		s, e := p.sentenceOf(r.ti)
		for k := s; k+1 < e; k++ {
			if p.toks[k].low != "joint" || !docNouns[p.toks[k+1].low] && p.toks[k+1].low != "declaration" {
				continue
			}
			if u.w.p != nil && inRelativeAside(p.toks, s, k, r.ti) {
				continue // "Jaishankar, who signed the joint statement, said “…”"
			}
			if u.w.p != nil && plannedDocument(p.toks, s, k) {
				continue // "He said they would issue a joint statement, telling reporters: “…”"
			}
			if k > r.ti+3 && !(k >= 2 && (isDeterminer(p.toks[k-1].low) || possessivePronoun(p.toks[k-1].low)) && p.toks[k-2].low == "in") {
				// (but "…, in a joint statement that ...": where the words appeared)
				continue // "upholds past cabinets' views “as a whole,” including the 1998 joint declaration": a document the words are about
			}
			of := u.w.role
			if u.w.p != nil || of == "" {
				of = u.w.name
			}
			if of == "" || strings.Contains(of, "joint "+p.toks[k+1].low) {
				return "joint " + p.toks[k+1].low // (the document itself, not "of" it)
			}
			return "joint " + p.toks[k+1].low + " of " + of
		}
	}
	return ""
}

// relativeSubject reads a subject followed by a relative clause without
// commas before the verb at token v: "An Arab diplomat who attended said",
// "a European diplomat who was briefed on the meeting told".
func (d *doc) relativeSubject(pi, s, v int) (who, bool) {
	toks := d.paras[pi].toks
	for r := s + 1; r < v && r <= s+8; r++ {
		if toks[r].kind != kWord {
			return who{}, false
		}
		if toks[r].low != "who" && toks[r].low != "that" {
			continue
		}
		a := s
		for a < r && (introWords[toks[a].low] || !npTok(toks[a])) {
			a++
		}
		if npForward(toks, a) < r || a >= r {
			return who{}, false
		}
		w := d.npSpeaker(pi, a, r, true)
		if !w.ok {
			w = d.unknownName(pi, a, r)
		}
		return w, w.ok && (w.p != nil || w.name != "" || w.role != "")
	}
	return who{}, false
}

// nounSpeaker reads a quotation governed by a speech noun and "that"
// before it in its sentence: "opened the summit with a warning that the
// bloc must not become “…”", "Merz's warning that ...". The speaker is the
// noun's owner, else the sentence's subject.
func (d *doc) nounSpeaker(pi, qi int) (who, bool) {
	p := &d.paras[pi]
	toks := p.toks
	s, _ := p.sentenceOf(qi)
	for k := qi - 2; k >= s; k-- {
		if toks[k].kind == kQuote {
			return who{}, false
		}
		if !speechNouns[toks[k].low] || toks[k].cap || toks[k+1].low != "that" {
			continue
		}
		if k > s && (toks[k-1].low == "'s" || toks[k-1].low == "'") {
			for _, m := range p.ments {
				if m.kind == mPerson && m.poss && m.end == k-1 {
					return d.personWho(m), true
				}
			}
			return who{}, false
		}
		if k > s && (toks[k-1].low == "his" || toks[k-1].low == "her") {
			if e := d.resolvePronoun(pi, k-1, toks[k-1].low == "her"); e != nil {
				return d.entryWho(e), true
			}
			return who{}, false
		}
		if w := d.mainSubject(pi, s, k); w.ok && (w.p != nil || hasUpper(w.name)) {
			return w, true
		}
		return who{}, false
	}
	return who{}, false
}

// docAuthor finds who issued the document a later "the statement said"
// refers to: the subject of the latest sentence before token ti (this
// paragraph and the two before) that mentions such a document ("In a
// written statement, Burhan's office confirmed the talks", "The White
// House said in a statement that ...").
func (d *doc) docAuthor(pi, ti int, noun string) who {
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		for si := len(q.sents) - 1; si >= 0; si-- {
			st := q.sents[si]
			if qi == pi && st[0] >= ti {
				continue
			}
			found := -1
			for k := st[0]; k < st[1] && (qi != pi || k < ti); k++ {
				if q.toks[k].low == noun {
					found = k
					break
				}
			}
			if found < 0 {
				continue
			}
			if w := d.docOwner(qi, st[0], found); w.ok {
				return w // "the DFA readout": the body it is named for
			}
			if w := d.docIssuer(qi, found); w.ok {
				return w // "a statement issued by the Ministry of External Affairs"
			}
			if found > st[0] && q.toks[found-1].low == "joint" {
				// "the Europeans said in a joint statement ... “…,” the
				// statement said": no single author
				return who{role: "joint " + noun, ok: true}
			}
			w := d.mainSubject(qi, st[0], st[1])
			if w.ok && (w.p != nil || hasUpper(w.name)) {
				return w
			}
			return who{}
		}
	}
	return who{}
}

// docOwner returns the body a document noun at token k is named for, by
// the capitalised words right before it ("the DFA readout", "a Kremlin
// statement"), or nothing.
func (d *doc) docOwner(pi, s, k int) who {
	toks := d.paras[pi].toks
	a := k
	for a-1 >= s && toks[a-1].kind == kWord && toks[a-1].cap && !(a-1 == s && functionWords[toks[a-1].low]) {
		a--
	}
	if a == k || k-a > 4 {
		return who{}
	}
	if w, ok := d.acronymSpeaker(toks, a, k); ok {
		return w
	}
	if w := d.npSpeaker(pi, a, k, false); w.ok && (w.p != nil || hasUpper(w.name)) {
		return w
	}
	return who{}
}

// plannedDocument reports a document named at token k that does not
// exist yet: a modal or an infinitive shortly before it ("would issue a
// joint statement", "plan to release a joint declaration"). Such a
// document says nothing; the words are the person's.
func plannedDocument(toks []token, s, k int) bool {
	for x := k - 1; x >= s && x >= k-4; x-- {
		switch toks[x].low {
		case "would", "will", "to", "could", "might", "may", "shall", "'ll":
			return true
		}
		if toks[x].kind != kWord {
			return false
		}
	}
	return false
}

// soundbiteLabel reads a video script's soundbite label before the colon
// at c: "(SOUNDBITE) (English) U.N. SECRETARY-GENERAL, ANTONIO GUTERRES,
// SAYING:", "RUSSIAN DEFENCE MINISTER SERGEI SHOIGU SAYING:" or
// "(SOUNDBITE) (Turkish) TAYYIP ERDOGAN, TURKISH PRESIDENT:" give the
// person named in capitals among the label's comma-separated parts (the
// last words of a part, so a title before the name is no matter).
func (d *doc) soundbiteLabel(pi, s, c int) *personEntry {
	toks := d.paras[pi].toks
	e := c
	if e > s && toks[e-1].text == "SAYING" {
		e--
	} else if !slices.ContainsFunc(toks[s:c], func(t token) bool { return t.text == "SOUNDBITE" }) {
		return nil
	}
	for e > s {
		if toks[e-1].text == "," {
			e--
			continue
		}
		b := e
		for b > s && toks[b-1].kind == kWord && isUpperCase(toks[b-1].text) {
			b--
		}
		if b == e {
			return nil
		}
		for a := max(b, e-4); a < e; a++ {
			if p := d.capsLabel(pi, a, e); p != nil {
				return p
			}
		}
		e = b
	}
	return nil
}
