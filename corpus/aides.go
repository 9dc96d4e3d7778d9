package corpus

import "strings"

// aideNouns are people who speak for someone without being them.
var aideNouns = set(`aide aides adviser advisers advisor advisors ally allies confidant confidants
	associate associates`)

// unnamedAideOf reports a speaker phrase toks[s:e] of paragraph pi that
// is an unnamed spokesperson or aide of a named person ("a spokesperson
// for Prime Minister Keir Starmer", "an aide to Poilievre", "one adviser
// of the president"): the words are the aide's, who has no name, not the
// person's. A name given right after ("..., Sebastian Skamski, said") is
// the speaker's own and is left to the other rules.
func (d *doc) unnamedAideOf(pi, s, e int) bool {
	p := &d.paras[pi]
	if e-s < 4 {
		return false
	}
	switch p.toks[s].low {
	case "a", "an", "one", "another":
	default:
		return false
	}
	head := -1
	for k := s + 1; k+1 < e; k++ {
		t := p.toks[k]
		if t.kind != kWord || t.cap {
			return false // ("a Kremlin spokesman for ...": a body's voice, other rules)
		}
		if strings.HasPrefix(t.low, "spokes") || aideNouns[t.low] {
			if nx := p.toks[k+1].low; nx == "for" || nx == "to" || nx == "of" {
				head = k
			}
			break
		}
	}
	if head < 0 {
		return false
	}
	owner := false
	for _, m := range p.ments {
		if m.kind != mPerson || m.start < s || m.start >= e {
			continue
		}
		if m.start < head {
			return false
		}
		owner = true
	}
	if !owner {
		return false
	}
	if e+1 < len(p.toks) && p.toks[e].text == "," {
		for _, m := range p.ments {
			if m.kind == mPerson && m.rstart >= e+1 && m.rstart <= e+2 {
				return false // "a spokesman for Poilievre, Sebastian Skamski, said"
			}
		}
	}
	return true
}

// postmodOwnsPerson reports a sentence from s whose subject before the
// verb at v is an unnamed source described after its noun ("A US official
// travelling with the president", "An aide close to Putin") and whose
// person pe is named only inside that description, not set off as the
// source's own name ("An official with Hamas, Basem Naim, said").
func (d *doc) postmodOwnsPerson(pi, s, v int, pe *personEntry) bool {
	w, ok := d.postmodSubject(pi, s, v)
	if !ok || w.p != nil || w.role == "" {
		return false
	}
	p := &d.paras[pi]
	for _, m := range p.ments {
		if m.start < s || m.start >= v || m.p != pe {
			continue
		}
		if m.rstart > s && p.toks[m.rstart-1].text == "," && m.rend < v && p.toks[m.rend].text == "," {
			return false // the source's own name, set off by commas
		}
		if m.rstart > s && p.toks[m.rstart-1].text == "," && m.rend == v {
			return false
		}
		if m.kind == mPerson && m.rstart <= s+1 {
			return false // the named person opens the sentence
		}
	}
	return true
}

// officeCalled reports an office whose local title has head as one of its
// nouns ("foreign policy aide to the president" for "the Kremlin aide"),
// or an adviser's office for "aide" and the reverse.
func officeCalled(o Office, head string) bool {
	for _, w := range strings.Fields(strings.ToLower(o.LocalTitle)) {
		if w == head {
			return true
		}
	}
	return head == "aide" && strings.HasSuffix(o.Title, "adviser")
}

// leaderOffice reports the lower-case words of an office named for its
// holder's title ("prime minister's office", "president’s office"): a
// state body the article names so, kept as its speaker.
func leaderOffice(fs []string) bool {
	n := len(fs)
	if n < 2 || n > 4 || fs[n-1] != "office" {
		return false
	}
	owner, ok := strings.CutSuffix(fs[n-2], "'s")
	if !ok {
		if owner, ok = strings.CutSuffix(fs[n-2], "’s"); !ok {
			return false
		}
	}
	for _, f := range append(fs[:n-2:n-2], owner) {
		if !titleWords[f] && !rolesHead[f] {
			return false
		}
	}
	return true
}

// authorlessDoc reads "according to the communique" or "according to a
// joint statement issued after the meeting", a document toks[a:doc+1]
// whose phrase names no author after it: the body named before the noun
// ("a German government statement"), the author of "the statement" told
// of before, else the document itself, with no speaker and the document
// for a role (label rule 6). end is where the according-to phrase ends:
// its comma, when one follows within a few words.
func (d *doc) authorlessDoc(pi, a, doc int) (who, int) {
	toks := d.paras[pi].toks
	end := doc + 1
	for k := doc + 1; k < len(toks) && k <= doc+10; k++ {
		if toks[k].kind == kQuote || toks[k].kind == kPunct && toks[k].text != "," && toks[k].text != "-" {
			break
		}
		if toks[k].text == "," {
			end = k
			break
		}
	}
	for k := doc + 1; k < end; k++ {
		if toks[k].kind == kWord && (toks[k].cap || toks[k].low == "his" || toks[k].low == "her" || toks[k].low == "its") {
			// "a summary circulated by his office", "a statement from the
			// presidency, Aoun stressed": an owner this reading did not
			// get; no document speaker, leave it to the verb after
			return who{}, end
		}
	}
	m := doc
	for m > a && docMods[toks[m-1].low] {
		m--
	}
	o := a
	if o < m && isDeterminer(toks[o].low) {
		o++
	}
	if o < m {
		if w := d.npSpeaker(pi, o, m, false); w.ok && (w.p != nil || w.name != "") {
			return w, end // "a German government statement"
		}
		if stateBody(roleText(toks, o, m)) || orgHeads[toks[m-1].low] {
			return who{name: roleText(toks, o, m), ok: true}, end
		}
	}
	if doc == a+1 && toks[a].low == "the" {
		if w := d.docAuthor(pi, a, toks[doc].low); w.ok {
			return w, end
		}
	}
	return who{role: roleText(toks, a, doc+1), ok: true}, end
}

// sideSpeaker reports a speaker phrase toks[s:e] naming a party by its
// side: "the Chinese side", "the Russian side", "both sides", "the two
// sides".
func sideSpeaker(toks []token, s, e int) bool {
	if e-s < 2 || e-s > 3 {
		return false
	}
	last := toks[e-1].low
	if last != "side" && last != "sides" {
		return false
	}
	switch {
	case e-s == 2:
		return toks[s].low == "both"
	case toks[s].low == "the":
		m := toks[s+1]
		return m.low == "two" || m.low == "three" || nationalities[m.low] || m.cap && last == "side"
	}
	return false
}
