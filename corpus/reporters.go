package corpus

import "strings"

// reporterOfGroup handles a reported clause whose subject is an unnamed
// group or thing: "Egypt's Foreign Ministry said both delegations had
// agreed “…”", "the government said leaders had agreed that “…”", "the
// ministry said in a statement it remained “…”". The group (w, found as
// the subject of the inner verb at v) is no speaker; the named body or
// person whose speech verb opens the clause is. It reports that outer
// speaker, when there is one in the sentence (from s) before v, with no
// quotation between them.
func (d *doc) reporterOfGroup(pi, v, s int, w who) (who, bool) {
	if w.p != nil || hasUpper(w.name) {
		return who{}, false // a named inner speaker speaks for themselves
	}
	toks := d.paras[pi].toks
	for o := v - 1; o >= s && o >= v-14; o-- {
		t := toks[o]
		if t.kind == kQuote {
			return who{}, false
		}
		if !isSpeech(t) || weakSpeechVerbs[t.low] || !clauseReportVerbs[t.low] {
			continue
		}
		if o > s && (isDeterminer(toks[o-1].low) || toks[o-1].low == "'s") {
			continue // "a statement": a noun
		}
		ow := d.verbSubject(pi, o, s)
		if o-2 > s && toks[o-1].low == "which" && toks[o-2].text == "," {
			// "announced by Qatar's foreign ministry, which said ...": the
			// body before the relative pronoun
			a := o - 2
			for a-1 >= s && npTok(toks[a-1]) {
				a--
			}
			for a < o-2 && (isDeterminer(toks[a].low) || prepositions[toks[a].low]) {
				a++
			}
			if a < o-2 {
				ow = d.npSpeaker(pi, a, o-2, true)
			}
		}
		if !ow.ok || ow.p == nil && !hasUpper(ow.name) && !stateBody(ow.name) {
			if dw, ok := d.docSubject(pi, s, o); ok && (dw.p != nil || hasUpper(dw.name)) {
				ow = dw
			} else {
				return who{}, false
			}
		}
		return ow, true
	}
	return who{}, false
}

// clauseReportVerbs open a clause that reports what someone else did or said.
var clauseReportVerbs = set(`said says stated announced confirmed added noted reported wrote`)

// orgName drops the lower-case words that describe a body before its
// capitalised name: "opposition Congress" is Congress, "ruling Democratic
// Party" the Democratic Party. A name with no capitalised word, or one
// owned by a place or person ("China's commerce ministry"), is kept.
func orgName(name string) string {
	f := strings.Fields(name)
	i := 0
	for i < len(f)-1 && !hasUpper(f[i]) && !strings.HasSuffix(f[i], "'s") && !strings.HasSuffix(f[i], "’s") && f[i] != "of" {
		i++
	}
	if i == 0 || !hasUpper(f[i]) {
		return name
	}
	return strings.Join(f[i:], " ")
}

// namedOffice reads a leader's office named by its title, "the Prime
// Minister's Office", "the Office of the President", from token s to e:
// the office speaks as the article names it, not the leader it serves
// (the owner-named "Netanyahu's office" is left to the person rules).
func namedOffice(toks []token, s, e int) (who, bool) {
	if s < e && isDeterminer(toks[s].low) {
		s++
	}
	n := s // the name starts here: "Israel's Prime Minister's Office"
	if s+1 < e && toks[s].cap && toks[s+1].low == "'s" {
		s += 2 // the country that owns the office
	}
	if e-s < 3 {
		return who{}, false
	}
	titles := func(a, b int) bool {
		for k := a; k < b; k++ {
			if toks[k].kind != kWord || !toks[k].cap || !titleWords[toks[k].low] && !(k == a && nationalities[toks[k].low]) {
				return false
			}
		}
		return a < b
	}
	head := toks[e-1]
	if head.cap && officeHeads[head.low] && toks[e-2].low == "'s" && titles(s, e-2) {
		return who{name: officeName(toks, n, e), ok: true}, true
	}
	if toks[s].cap && officeHeads[toks[s].low] && toks[s+1].low == "of" {
		k := s + 2
		if k < e && toks[k].low == "the" {
			k++
		}
		if titles(k, e) {
			return who{name: officeName(toks, n, e), ok: true}, true
		}
	}
	return who{}, false
}

// officeHeads are the nouns of a leader's office.
var officeHeads = set(`office palace cabinet secretariat chancellery presidency`)

// officeName joins the tokens of an office's name, the possessive back on
// its word: "Prime Minister's Office".
func officeName(toks []token, s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s && toks[k].low != "'s" {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// describedSubject reads a sentence (tokens s to e) that opens with a
// definite description of one person and a verb, "The defence minister
// has been the most outspoken ...", "the president cut in ...": the person
// the description means is its subject (and the "he" of what follows).
func (d *doc) describedSubject(pi, s, e int) *personEntry {
	toks := d.paras[pi].toks
	if s >= e || toks[s].low != "the" {
		return nil
	}
	b := npForward(toks, s)
	if b >= e || b-s < 2 || b-s > 5 || toks[b].kind != kWord || toks[b].cap || !rolesHead[toks[b-1].low] {
		return nil // the phrase must end on a role noun and be followed by a word
	}
	for k := s + 1; k < b; k++ {
		if toks[k].low == "of" || toks[k].low == "for" || toks[k].low == "'s" {
			return nil // "the head of the delegation": left to the fuller rules
		}
	}
	if w := d.description(pi, s, b); w.ok && w.p != nil {
		return w.p
	}
	return nil
}

// inTheirWords reads "in his words" and "by NAME's account" at token k,
// before the quotation at qi with nothing but a short clause between: the
// words are the person's ("In his words, such a meeting “…”", "was, by
// Zelensky's account, “positive …”").
func (d *doc) inTheirWords(pi, k, qi int) (who, bool) {
	toks := d.paras[pi].toks
	if qi-k > 14 || k+2 >= qi {
		return who{}, false
	}
	switch {
	case toks[k].low == "in" && (toks[k+1].low == "his" || toks[k+1].low == "her") && toks[k+2].low == "words":
		if e := d.resolvePronoun(pi, k+1, toks[k+1].low == "her"); e != nil {
			return d.entryWho(e), true
		}
	case toks[k].low == "by" && k+3 < qi && toks[k+2].low == "'s" && (toks[k+3].low == "account" || toks[k+3].low == "telling"):
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && m.poss && m.end == k+2 && m.start == k+1 {
				return d.personWho(m), true
			}
		}
	}
	return who{}, false
}

// namedAfter finds the person named right after a description that ends
// at token end, behind a comma: "A political analyst at the University of
// Lagos, Dr Funmi Adeyemi, said".
func (d *doc) namedAfter(pi, end int) (mention, bool) {
	q := &d.paras[pi]
	if end >= len(q.toks) || q.toks[end].text != "," {
		return mention{}, false
	}
	for _, m := range q.ments {
		if m.kind == mPerson && !m.poss && (m.rstart == end+1 || m.start == end+1) {
			return m, true
		}
	}
	return mention{}, false
}

// taggedBefore finds the speaker of a sentence (from s) that opens with a
// quotation and its tag, "“…,” the Élysée said ...", for a participle
// ("adding that") at the comma j further on: the tag's speaker, not a
// name in a clause between.
func (d *doc) taggedBefore(pi, s, j int) (who, bool) {
	toks := d.paras[pi].toks
	if s >= j || toks[s].kind != kQuote {
		return who{}, false
	}
	k := s + 1
	for k < j && toks[k].kind == kPunct {
		k++ // the comma after the quotation
	}
	for e := k; e < j && e <= k+8; e++ {
		if isSpeech(toks[e]) && !weakSpeechVerbs[toks[e].low] {
			if w := d.verbSubject(pi, e, k); w.ok && (w.p != nil || w.name != "") {
				return w, true
			}
			return who{}, false
		}
	}
	return who{}, false
}

// capsQualifier returns, in lower case, the capitalised words in tokens
// [a, b) of a description ("Foreign Office" in "the Foreign Office
// spokesman"): the body the role belongs to; "" when there are none.
func capsQualifier(toks []token, a, b int) string {
	var ws []string
	for k := a; k < b; k++ {
		if toks[k].kind == kWord && toks[k].cap {
			ws = append(ws, toks[k].low)
		}
	}
	return strings.Join(ws, " ")
}

// expertNouns describe a commentator; "the expert said" may mean the
// person introduced as an analyst, a professor or a fellow.
var expertNouns = set(`expert analyst professor researcher scholar economist fellow academic specialist
	commentator observer`)
