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
