package corpus

import "strings"

// officeMentions adds, as person mentions of paragraph pi, definite
// descriptions that name an office of a country or organisation ("the
// German foreign minister", "the Iranian minister" after he was described,
// "the EU's foreign policy chief"), resolved through the gazetteer to the
// holder on the article's date, so pronouns and meeting verbs can refer to
// the person as to a named one. A description already followed or preceded
// by a name ("the German foreign minister, Johann Wadephul") is that
// name's role, not a mention of its own.
func (d *doc) officeMentions(pi int) {
	p := &d.paras[pi]
	for s := 0; s+2 < len(p.toks); s++ {
		if p.toks[s].low != "the" {
			continue
		}
		e := s + 1
		hasPlace := false
		for e < len(p.toks) && e-s <= 5 {
			t := p.toks[e]
			if t.kind != kWord || t.low == "of" || t.low == "who" || t.low == "for" || isPronoun(t.low) || isDeterminer(t.low) {
				break
			}
			if t.cap {
				if _, ok := d.gaz.Country(t.text); ok {
					hasPlace = true
				} else if _, ok := d.gaz.Organisation(t.text); ok {
					hasPlace = true
				} else {
					break
				}
			} else if !(t.low == "'s" || roleMods[t.low] || rolesHead[t.low] || t.low == "prime" || t.low == "top" || t.low == "chief" || t.low == "diplomat" || t.low == "policy" || t.low == "foreign") {
				break
			}
			e++
		}
		if !hasPlace || e-s < 3 || p.toks[e-1].cap {
			continue
		}
		covered := false
		for _, m := range p.ments {
			if m.kind == mPerson && m.rstart < e && m.rend > s {
				covered = true
			}
		}
		if covered || e < len(p.toks) && p.toks[e].text == "," && e+1 < len(p.toks) && p.toks[e+1].cap {
			continue
		}
		w := d.description(pi, s, e)
		if !w.ok || w.p == nil {
			continue
		}
		p.ments = append(p.ments, mention{kind: mPerson, start: s + 1, end: e, rstart: s, rend: e, role: roleText(p.toks, s, e), p: w.p})
		s = e - 1
	}
}

// headOfStateMentions adds, as person mentions of paragraph pi, "the Head
// of State" of a presidency's release or a protocol report ("the Head of
// State received in audience ...", "the Head of State assured his guests")
// for the first person the article names as a country's president or head
// of state: the principal the release is about, named in full at its top.
// Not "the Head of State of Mali" (an office of a place named) nor the
// words inside a named person's role.
func (d *doc) headOfStateMentions(pi int) {
	p := &d.paras[pi]
	for s := 0; s+3 < len(p.toks); s++ {
		if p.toks[s].low != "the" || p.toks[s+1].low != "head" || p.toks[s+2].low != "of" || p.toks[s+3].low != "state" {
			continue
		}
		e := s + 4
		if e < len(p.toks) && (p.toks[e].low == "of" || p.toks[e].low == "and" || p.toks[e].text == "," && e+1 < len(p.toks) && d.hasPersonAt(pi, e+1)) {
			continue // "the head of state of Niger", "the Head of State, Faure Gnassingbé": a role, not a reference
		}
		covered := false
		for _, m := range p.ments {
			if m.kind == mPerson && m.rstart < e && m.rend > s {
				covered = true
			}
		}
		if covered {
			continue
		}
		if pe := d.firstHeadOfState(pi, s); pe != nil {
			p.ments = append(p.ments, mention{kind: mPerson, start: s + 1, end: e, rstart: s, rend: e, role: roleText(p.toks, s, e), p: pe})
		}
	}
}

// firstHeadOfState returns the first person named before token ti of
// paragraph pi whose role in the article makes him a country's president
// or head of state ("President of the Togolese Republic"), not a vice
// president, a former one or the president of a body.
func (d *doc) firstHeadOfState(pi, ti int) *personEntry {
	for qi := 0; qi <= pi; qi++ {
		for _, m := range d.paras[qi].ments {
			if m.kind != mPerson || m.p == nil || qi == pi && m.start >= ti {
				continue
			}
			if headOfStateRole(strings.ToLower(m.p.role)) {
				return m.p
			}
		}
	}
	return nil
}

// headOfStateRole reports a role that names a country's head of state:
// "president of the republic", "President of the Togolese Republic",
// "head of state".
func headOfStateRole(r string) bool {
	if strings.Contains(r, "vice") || strings.Contains(r, "former") || strings.Contains(r, "deputy") {
		return false
	}
	return strings.Contains(r, "head of state") || strings.HasPrefix(r, "president of the") && strings.Contains(r, "republic")
}
