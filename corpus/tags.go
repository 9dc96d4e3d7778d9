package corpus

import (
	"strings"
)

// finalAttribution reads an attribution that closes the sentence after
// the quotation: "... spoke “for a few minutes”, Iran's Foreign Ministry
// said in a statement."
func (d *doc) finalAttribution(pi, qi int) (who, bool) {
	p := &d.paras[pi]
	toks := p.toks
	_, e := p.sentenceOf(qi)
	comma := -1
	for k := qi + 1; k < e; k++ {
		if toks[k].kind == kQuote {
			return who{}, false
		}
		if toks[k].text == "," {
			comma = k
		}
	}
	if comma < 0 {
		return who{}, false
	}
	m, npEnd, ok := findPostVerb(toks, comma+1)
	if !ok {
		return who{}, false
	}
	for k := m + 1; k < e; k++ {
		if toks[k].kind != kWord && !(toks[k].kind == kPunct && strings.Contains(".!?", toks[k].text)) {
			return who{}, false // more than an adverbial after the verb
		}
	}
	w := d.npSpeaker(pi, comma+1, npEnd, false)
	if !w.ok {
		w = d.unknownName(pi, comma+1, npEnd)
	}
	return w, w.ok
}

// post looks for an attribution right after the quotation at token qi:
// "..." Name said / said Name / according to Name. It returns the speaker
// and, for a split quotation, the token of its second part (else -1).
func (d *doc) post(pi, qi int) (who, int, bool) {
	p := &d.paras[pi]
	toks := p.toks
	n := len(toks)
	if c := strings.TrimRight(p.spans[toks[qi].q].content(p.text), "\"'”’»“"); strings.HasSuffix(c, ".") && !strings.HasSuffix(c, "...") {
		return who{}, -1, false // a full stop ends the quoted sentence: what follows is new
	}
	k := qi + 1
	if k < n && toks[k].kind == kPunct && (toks[k].text == "," || isDash(toks[k].text)) {
		k++
	}
	if k >= n || toks[k].kind != kWord {
		return who{}, -1, false
	}
	var w who
	end := -1
	t := toks[k]
	qw, qe, qok := d.postQuotedAs(pi, k)
	switch {
	case qok:
		w, end = qw, qe // "“…,” the state broadcaster quoted Xi as saying"
	case isSpeech(t) && !weakSpeechVerbs[t.low] || tagOnlyVerbs[t.low]:
		a := k + 1
		for a < n && toks[a].kind == kWord && verbAdverbs[toks[a].low] {
			a++
		}
		b := npForward(toks, a)
		if dw, db, ok := d.describedName(pi, a); ok && (b == a || db > b) {
			w, end = dw, db // "said store owner Leanne Ross", "said local baker Ana Ruiz"
			break
		}
		if b == a {
			return who{}, -1, false
		}
		w = d.npSpeaker(pi, a, b, false)
		if !w.ok {
			w = d.unknownName(pi, a, b)
		}
		if e := oneOfThem(toks, a); !w.ok && e > 0 {
			w, b = who{role: joinTokens(toks, a, e), ok: true}, e // "said one of them"
		}
		if !w.ok && a+1 < n && toks[a].low == "the" && documentNouns[toks[a+1].low] {
			w, b = who{role: toks[a+1].low, ok: true}, a+2 // "“…,” says the text, signed by the member countries": no single speaker
		}
		if !w.ok && a+1 < n && (toks[a].low == "a" || toks[a].low == "an" || toks[a].low == "one") && anonNouns[toks[a+1].low] {
			// "said a person familiar with the talks": unnamed
			w = who{role: toks[a+1].text, ok: true}
			b = a + 2
		}
		end = d.afterAppositive(pi, a, b)
	case t.low == "according" && k+1 < n && toks[k+1].low == "to":
		var b int
		w, b, _ = d.accordingTo(pi, k+2)
		end = d.afterAppositive(pi, k+2, b)
		if pw, _, _, ok := d.pre(pi, qi); ok && pw.p != nil {
			// "Qalibaf said access would be “…”, according to state
			// media": the source carries the words, the speaker said them
			w = pw
		}
	case t.low == "the" && k+2 < n && documentNouns[toks[k+1].low] && isSpeech(toks[k+2]):
		// "“…,” the statement said": its author, told of before
		w = d.docAuthor(pi, k, toks[k+1].low)
		end = k + 3
	case t.low == "the" && k+3 < n && docModifiers[toks[k+1].low] && documentNouns[toks[k+2].low] && isSpeech(toks[k+3]):
		// "“…,” the joint statement said": no single speaker, unless its
		// author was told of before
		w = d.docAuthor(pi, k+1, toks[k+2].low)
		if !w.ok {
			w = who{role: toks[k+1].low + " " + toks[k+2].low, ok: true}
		}
		end = k + 4
	case t.low == "came" && k+4 < n && toks[k+1].low == "the" && (toks[k+2].low == "reply" || toks[k+2].low == "response" || toks[k+2].low == "answer") && toks[k+3].low == "from":
		// "“…,” came the reply from Varga"
		b := npForward(toks, k+4)
		if b == k+4 {
			return who{}, -1, false
		}
		w = d.npSpeaker(pi, k+4, b, false)
		if !w.ok {
			w = d.unknownName(pi, k+4, b)
		}
		end = d.afterAppositive(pi, k+4, b)
	case t.low == "as" && k+2 < n && npTok(toks[k+1]):
		// "“…,” as one diplomat put it"
		m, npEnd, ok := findPostVerb(toks, k+1)
		if !ok {
			return who{}, -1, false
		}
		w = d.npSpeaker(pi, k+1, npEnd, false)
		if !w.ok {
			w = d.unknownName(pi, k+1, npEnd)
		}
		end = m + 1
	default:
		m, npEnd, ok := findPostVerb(toks, k)
		if !ok {
			return who{}, -1, false
		}
		w = d.npSpeaker(pi, k, npEnd, false)
		if !w.ok {
			w = d.unknownName(pi, k, npEnd)
		}
		if !w.ok && oneOfThem(toks, k) == npEnd {
			w = who{role: joinTokens(toks, k, npEnd), ok: true} // "one of them said"
		}
		end = m + 1
	}
	if !w.ok && pronounTag(toks, qi) {
		// "“…,” he said. “…”" with no one the pronoun can be found to
		// mean: still a tag, so the words around it stay one quotation
		w = who{ok: true}
	}
	if !w.ok {
		return who{}, -1, false
	}
	// the rest of the attribution: "told reporters on Monday", "said in a
	// statement", ", a researcher at a Kinshasa university"
	e := end
	for e < n && e < end+30 && (toks[e].kind == kWord || toks[e].kind == kPunct && !strings.Contains(".!?;:", toks[e].text) && !(toks[e].text == "," && e+1 < n && toks[e+1].kind == kQuote) ||
		clockMark(toks, e)) {
		e++
	}
	if x := e - 1; x > end && x < n && toks[x].kind == kWord && strings.HasSuffix(toks[x].low, "ing") && isSpeech(toks[x]) && !weakSpeechVerbs[toks[x].low] {
		// "“…,” Trump said, adding: “…”": the participle right before
		// the next quotation brings it in, a second utterance with an
		// attribution of its own (but "said, repeating a line from May.
		// “…”" is one utterance split by the reporter's aside)
		return w, -1, true
	}
	if e+1 < n && toks[e].kind == kPunct && (toks[e].text == "," || toks[e].text == ":" || toks[e].text == "." || isDash(toks[e].text)) && toks[e+1].kind == kQuote {
		return w, e + 1, true // “First part,” she said, “second part.” / she said. “Second.”
	}
	if e < n && e > end && toks[e].kind == kQuote && strings.HasSuffix(toks[e-1].text, ".") {
		return w, e, true // "he wrote on X. “Second.”": the full stop went with the initial
	}
	return w, -1, true
}

// clockMark reports the colon or point of a time of day at e ("at around
// 1:00 am", "at 10.30"): no end of the attribution.
func clockMark(toks []token, e int) bool {
	return e > 0 && e+1 < len(toks) && (toks[e].text == ":" || toks[e].text == ".") && startsDigit(toks[e-1].low) && startsDigit(toks[e+1].low) &&
		toks[e].start == toks[e-1].end && toks[e+1].start == toks[e].end
}

// tagOnlyVerbs attribute a quotation only in the tag right after it
// ("“…,” she continued"): before a quotation they tell of events ("shelling
// continued").
var tagOnlyVerbs = set(`continued continues went`)

func isDash(s string) bool { return s == "—" || s == "–" }

// findPostVerb scans "Name, the German chancellor, said" after a
// quotation: noun-phrase words (and comma-enclosed appositives) up to a
// speech verb. It returns the verb's token and the end of the noun phrase.
func findPostVerb(toks []token, k int) (verb, npEnd int, ok bool) {
	n := len(toks)
	npEnd = -1
	limit := k + 18
	prepAt := -1 // a preposition continuing an anonymous description
	group := oneOfThem(toks, k)
	for m := k; m < n && m < limit; m++ {
		t := toks[m]
		switch {
		case m < group:
			// "one of the released prisoners told": the group's words, a
			// participle among them
		case prepAt >= 0 && m <= prepAt+5 && t.kind == kWord && !t.cap && !isSpeech(t) && npEnd < 0 && !verbAdverbs[t.low]:
			// "a diplomat familiar with the talks said": the description's
			// complement
		case isSpeech(t) && (!weakSpeechVerbs[t.low] || reportVerbs[t.low]) || tagOnlyVerbs[t.low] && !t.cap:
			if m > k && (toks[m-1].low == "'s" || toks[m-1].low == "'" || isDeterminer(toks[m-1].low)) {
				return 0, 0, false // a noun: "the group's demands"
			}
			if npEnd < 0 {
				npEnd = m
			}
			for npEnd > k && (toks[npEnd-1].kind == kPunct || verbAdverbs[toks[npEnd-1].low]) {
				npEnd--
			}
			return m, npEnd, npEnd > k
		case t.kind == kPunct && t.text == ",":
			// an appositive or aside: jump to its closing comma
			if npEnd < 0 {
				npEnd = m
			}
			j, span := m+1, 12
			if m+1 < n && (toks[m+1].low == "who" || toks[m+1].low == "whose" || toks[m+1].low == "which") {
				span = 30 // "Kallas, who chaired the meeting in Brussels after ..., told reporters"
			}
			list := false
			for j < n && j < m+span && toks[j].kind == kWord && !(isSpeech(toks[j]) && list) {
				if toks[j].low == "and" || toks[j].low == "or" {
					list = true
				}
				j++
			}
			if j < n && list && isSpeech(toks[j]) {
				// "the leaders of France, Germany and Britain said": a list
				npEnd = -1
				m = j - 1
				continue
			}
			if j >= n || toks[j].text != "," {
				return 0, 0, false
			}
			limit = max(limit, j+8)
			m = j
			if j+1 < n && (toks[j+1].low == "who" || toks[j+1].low == "whose") {
				// "Costa, the council's president, who chaired the
				// meeting, said": the closing comma opens a second aside
				m = j - 1
			}
		case t.text == "(" && m > k:
			// "Rep. Jim Himes (D-Conn.) said": a party or place in brackets
			j := m + 1
			for j < n && j < m+8 && toks[j].text != ")" {
				j++
			}
			if j >= n || toks[j].text != ")" {
				return 0, 0, false
			}
			if npEnd < 0 {
				npEnd = m
			}
			m = j
		case t.low == "by" && m > k && toks[m-1].low == "quoted" && npEnd >= 0:
			// "Ushakov was quoted by TASS as saying": skip the outlet
			j := m + 1
			for j < n && j < m+7 && toks[j].kind == kWord && toks[j].low != "as" {
				j++
			}
			if j >= n || toks[j].low != "as" {
				return 0, 0, false
			}
			m = j
		case t.low == "do" && m > k && npEnd < 0 && toks[m-1].cap && toks[m-1].kind == kWord && m+1 < n && toks[m+1].cap && toks[m+1].kind == kWord:
			// "André Corrêa do Lago said": a Portuguese name's particle
		case t.kind == kWord && (verbAdverbs[t.low] && !(m > k && isDeterminer(toks[m-1].low)) || isLyAdverb(t) || t.low == "quoted" || t.low == "as" && m > k && toks[m-1].low == "quoted"):
			// "Zelensky was quoted as saying"
			if npEnd < 0 && m > k {
				npEnd = m
			}
		case m == k && (t.low == "his" || t.low == "her" || t.low == "their" || t.low == "its") && m+1 < n && toks[m+1].kind == kWord:
			// "“…,” his Chinese counterpart said": a possessive determiner
		case documentNouns[t.low] && m == k+1 && isDeterminer(toks[k].low) && m+1 < n && (toks[m+1].low == "from" || toks[m+1].low == "by"):
			// "“…,” a statement from the army said"
			prepAt = m + 1
			m++
		case documentNouns[t.low] && m > k && npEnd < 0 && toks[m-1].cap && toks[m-1].kind == kWord:
			// "“…,” the Kremlin readout said": a document named for its author
		case t.low == "and" && m > k && npEnd < 0 && m+1 < n && toks[m+1].cap && npTok(toks[m-1]):
			// "Macron and Merz said": a list of speakers
		case t.low == "who" && m > k && npEnd < 0 && (rolesHead[toks[m-1].low] || anonNouns[toks[m-1].low]):
			// "“…,” a Western diplomat who attended the session said": a
			// relative clause without commas before the verb
			for j := m + 1; j < n && j < m+14 && toks[j].kind == kWord; j++ {
				if isSpeech(toks[j]) && !weakSpeechVerbs[toks[j].low] {
					return j, m, true
				}
			}
			return 0, 0, false
		case npTok(t):
			if npEnd >= 0 && !isPronoun(t.low) && toks[m-1].kind == kWord {
				return 0, 0, false // a second noun phrase: not an attribution
			}
		case m > k && m <= k+3 && npEnd < 0 && t.kind == kWord && !t.cap && (isDeterminer(toks[k].low) || toks[k].low == "one" || toks[k].low == "another") && m+1 < n && toks[m+1].kind == kWord &&
			!strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") && !verbAdverbs[t.low] && !docNouns[t.low] && !documentNouns[t.low] && !prepositions[t.low]:
			// an adjective the lexicon does not know: "the militant group said"
		case m > k && npEnd < 0 && postNPPreps[t.low] && m+1 < n && (npTok(toks[m+1]) || prepositions[toks[m+1].low] && m+2 < n && npTok(toks[m+2])):
			// "a European diplomat in the Gulf said", "a source close to the
			// talks said", "a diplomat familiar with the talks said"
			if !toks[k].cap || isDeterminer(toks[k].low) || toks[k].low == "one" {
				prepAt = m
			}
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// postNPPreps may continue an anonymous speaker's description.
var postNPPreps = set(`in at from with of to close familiar involved based`)

func isLyAdverb(t token) bool {
	return t.kind == kWord && !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && !rolesHead[t.low]
}

// npForward returns the end of the noun phrase starting at token a.
func npForward(toks []token, a int) int {
	b := a
	for b < len(toks) && (npTok(toks[b]) || orgAnd(toks, a, b)) && toks[b].low != "who" && !(b > a && isPronoun(toks[b].low)) {
		b++
		if b-a > 10 {
			break
		}
	}
	return b
}

// orgAnd reports an "and" at token b inside an organisation's name
// that began at or after token a: "Ministry of Water Resources and
// Irrigation", "Department of Trade and Industry".
func orgAnd(toks []token, a, b int) bool {
	if toks[b].low != "and" || b+1 >= len(toks) || !toks[b+1].cap || toks[b+1].kind != kWord || b == 0 || !toks[b-1].cap {
		return false
	}
	for k := b - 1; k > a && k >= b-6; k-- {
		if toks[k].low == "of" {
			return toks[k-1].cap && orgHeads[toks[k-1].low]
		}
		if !toks[k].cap || toks[k].kind != kWord {
			return false
		}
	}
	return false
}

// ofOrgHead reports a capitalised run starting at token s that follows
// "of" after an organisation's head noun ("Ministry of Water Resources",
// "Department of Homeland Security"): part of the body's name, not a
// person.
func ofOrgHead(toks []token, s int) bool {
	if s >= 4 && toks[s-1].low == "and" {
		// "Secretary of Security and Citizen Protection", "Ministry of
		// Economy and Finance": the second portfolio of an office's name
		// (one word before "and", so "Secretary of State Rubio and Ana
		// Ruiz" keeps its second person)
		j := s - 2
		if toks[j].cap && toks[j].kind == kWord && toks[j-1].low == "of" && toks[j-2].cap && (orgHeads[toks[j-2].low] || officeTitles[toks[j-2].low]) {
			return true
		}
	}
	if s < 2 || toks[s-1].low != "of" {
		return false
	}
	return toks[s-2].cap && orgHeads[toks[s-2].low]
}

// officeTitles hold a portfolio named after "of": "Secretary of Health and
// Human Services", "Minister of Justice and Public Security".
var officeTitles = set(`secretary minister commissioner undersecretary under-secretary director`)

// afterAppositive returns the end of a speaker phrase [a, b) including a
// role appositive that follows it ("said Merz, the German chancellor").
func (d *doc) afterAppositive(pi, a, b int) int {
	end := b
	for _, m := range d.paras[pi].ments {
		if m.start >= a && m.start < b && m.rend > end {
			end = m.rend
		}
	}
	return end
}

// unknownName makes a speaker of one to three capitalised words that no
// rule recognised as a name, such as a surname the article never gives in
// full.
func (d *doc) unknownName(pi, a, b int) who {
	toks := d.paras[pi].toks
	if b-a < 1 || b-a > 3 {
		return who{}
	}
	if b-a == 1 && groupPlurals[toks[a].low] {
		// "Critics call the process ...": unnamed people, not a name
		return who{role: toks[a].low, ok: true}
	}
	if w, ok := d.acronymSpeaker(toks, a, b); ok {
		// "UNSMIL said", "the DFA said": a body by its initials; it
		// speaks, but is no one to list among the people
		return w
	}
	for k := a; k < b; k++ {
		if !toks[k].cap && !arabicPrefix(toks[k]) || !nameWord(toks, k) {
			return who{}
		}
	}
	if isOutlet(toks, a, b) {
		return who{name: joinTokens(toks, a, b), ok: true} // "Al Jazeera reported": a body
	}
	if b-a == 1 && (speechVerbs[toks[a].low] || introWords[toks[a].low] || parentheticalStart[toks[a].low]) {
		return who{} // "Speaking through an interpreter, ...": never a name
	}
	if b-a == 1 {
		if e := d.reg.resolveSingle(toks[a].text, false); e != nil {
			return d.entryWho(e)
		}
		// a single unknown name ("Hamas said", "Kullab said"): a speaker,
		// but not someone to list among the article's people
		return who{name: toks[a].text, ok: true}
	}
	if _, known := d.gaz.Lookup(joinTokens(toks, a, b)); !known && d.organisationName(toks, a, b) {
		// "Shin Bet said": a body speaks; it is no one to list or seat
		return who{name: joinTokens(toks, a, b), ok: true}
	}
	return d.entryWho(d.reg.addFull(joinTokens(toks, a, b)))
}

// documentSaid reports “…,” the statement said / the communique added:
// words of a document introduced before.
func (d *doc) documentSaid(r qref) bool {
	toks := d.paras[r.pi].toks
	k := r.ti + 1
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k+2 < len(toks) && toks[k].low == "the" && documentNouns[toks[k+1].low] && isSpeech(toks[k+2]) {
		return true
	}
	return false
}

var documentNouns = set(`statement communique communiqué readout letter post declaration release text document
	protocol memorandum transcript`)

// docModifiers stand between "the" and a document noun in a tag: "the
// joint statement said", "the final communique said".
var docModifiers = set(`joint final closing official written summit`)

// groupPlurals name unnamed people by their stance; capitalised at the
// start of a sentence they are no one's name.
var groupPlurals = set(`critics opponents supporters protesters protestors sceptics skeptics activists campaigners
	detractors demonstrators residents locals veterans families survivors hardliners moderates`)

// describedName reads a speaker after a speech verb told by a plain
// description of up to three lower-case words before the name ("said
// store owner Leanne Ross", "said local baker Ana Ruiz"): the person,
// with the description as the role, when the name ends the tag.
func (d *doc) describedName(pi, a int) (who, int, bool) {
	p := &d.paras[pi]
	toks := p.toks
	j := a
	for j < len(toks) && j < a+3 && toks[j].kind == kWord && !toks[j].cap && !functionWords[toks[j].low] && !speechVerbs[toks[j].low] && !isDeterminer(toks[j].low) {
		j++
	}
	if j == a || j >= len(toks) || !toks[j].cap {
		return who{}, 0, false
	}
	for _, m := range p.ments {
		if m.kind != mPerson || m.start != j || m.poss {
			continue
		}
		if m.end < len(toks) && toks[m.end].kind == kWord {
			return who{}, 0, false // the name goes on into a clause of its own
		}
		w := d.personWho(m)
		if w.role == "" {
			w.role = joinTokens(toks, a, j)
		}
		return w, m.end, true
	}
	return who{}, 0, false
}
