package corpus

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
