package corpus

import "strings"

// bodyGroupNouns name a non-state group without naming it: "the group said",
// "the militants said", "the Palestinian militant group said".
var bodyGroupNouns = set(`group movement militia militias rebels militants insurgents faction organisation organization`)

// blocNouns refer back to any body named before: "the bloc said", "the
// alliance said".
var blocNouns = set(`bloc alliance coalition`)

// orgWords make a capitalised name an organisation's ("Alliance of Small
// Island States").
var orgWords = set(`alliance coalition group union league council organisation organization movement front bloc
	forum community association federation`)

// stateNouns name a state body without naming it: "the government said",
// "the foreign ministry said".
var stateNouns = set(`government ministry administration department office cabinet junta authorities presidency`)

// stateMods may stand between "the" and a state noun in an earlier, fuller
// mention: "Sudan's army-backed government", "the Ethiopian federal government".
var stateMods = set(`foreign defence defense interior federal military transitional interim national central
	regional army-backed de facto caretaker`)

// genericOrg resolves a speaker phrase [s, e) made only of "the", lower-case
// modifiers and a group or state noun ("the group", "the foreign ministry")
// to the body meant: the group last named, the fuller mention of that body
// earlier in the article ("Ethiopia's foreign ministry"), or a spokesperson
// named in the same sentence. It returns ok with an empty name when the
// phrase is generic but nothing resolves it, so a bare common noun is never
// a speaker; handled is false when [s, e) is not such a phrase.
func (d *doc) genericOrg(pi, s, e int) (w who, handled bool) {
	p := &d.paras[pi]
	if s < e && p.toks[s].low != "the" {
		// "the militant group": modifiers the caller's phrase left out
		for j := s - 1; j >= 0 && j >= s-3; j-- {
			t := p.toks[j]
			if t.low == "the" {
				s = j
				break
			}
			if t.kind != kWord || t.cap || functionWords[t.low] || speechVerbs[t.low] {
				break
			}
		}
	}
	if e-s < 2 || p.toks[s].low != "the" {
		return who{}, false
	}
	head := p.toks[e-1].low
	if p.toks[e-1].cap && bodyGroupNouns[head] && e-s >= 3 {
		// "the African Group", "the Arab Group": a group's own name
		return who{name: joinTokens(p.toks, s+1, e), ok: true}, true
	}
	if !bodyGroupNouns[head] && !stateNouns[head] && !blocNouns[head] {
		if w := d.headAnaphor(pi, s, e); w.ok {
			return w, true // "the forum said": the Forum named before
		}
		return who{}, false
	}
	for k := s + 1; k < e-1; k++ {
		t := p.toks[k]
		if t.kind != kWord || t.cap && !nationalities[t.low] {
			return who{}, false // "the Foreign Ministry of Iran", "the Houthi movement": named
		}
		if t.low == "'s" || t.low == "'" {
			return who{}, false // "the Canadian prime minister's office": an owner names it
		}
	}
	if stateNouns[head] {
		for k := s + 1; k < e-1; k++ {
			if p.toks[k].cap && nationalities[p.toks[k].low] {
				// "the Egyptian foreign ministry": named by its country
				return who{name: roleText(p.toks, s, e), ok: true}, true
			}
		}
	}
	if bodyGroupNouns[head] || blocNouns[head] {
		if name := d.lastGroup(pi, s, blocNouns[head]); name != "" {
			return who{name: name, ok: true}, true
		}
		return who{role: roleText(p.toks, s, e), ok: true}, true
	}
	if sp := d.spokespersonIn(pi, s); sp.ok {
		return sp, true
	}
	if name := d.namedBodyFor(pi, s, e); name != "" {
		return who{name: name, ok: true}, true
	}
	if name := d.fullerMention(pi, s, head); name != "" {
		return who{name: name, ok: true}, true
	}
	// "the commerce ministry said the talks had been “…”" with no body
	// named before: no name, but a described speaker whose words are
	// still a quotation
	if r := roleText(p.toks, s, e); stateBody(r) {
		return who{name: r, ok: true}, true // (named as the article names it)
	}
	return who{role: roleText(p.toks, s, e), ok: true}, true
}

// lastGroup returns the non-state group named last before token ti (this
// paragraph and the five before): a gazetteer group ("Hamas", "the
// Houthis") or an unknown acronym ("ELN"), as the article writes it.
// With anyBody, any organisation counts ("the bloc": the EU, BRICS, or an
// alliance the gazetteer does not know).
func (d *doc) lastGroup(pi, ti int, anyBody bool) string {
	for qi := pi; qi >= 0 && qi >= pi-5; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = ti
		}
		for b := end; b > 0; b-- {
			if !q.toks[b-1].cap || q.toks[b-1].kind != kWord {
				continue
			}
			for a := b - 1; a >= 0 && a >= b-6; a-- {
				if q.toks[a].low == "of" && a > 0 && a < b-1 && q.toks[a-1].cap {
					continue // "Alliance of Small Island States"
				}
				if !q.toks[a].cap || q.toks[a].kind != kWord {
					break
				}
				if d.inPerson(q, a, b) {
					break
				}
				name := joinTokens(q.toks, a, b)
				if anyBody && orgWords[q.toks[a].low] && b-a >= 2 {
					return name
				}
				if o, ok := d.gaz.Organisation(name); ok {
					if o.Kind == "group" || anyBody {
						return name
					}
					break
				}
				if sp, ok := d.gaz.Speaker(name); ok {
					if o, ok := d.gaz.Organisation(sp.Of); ok && o.Kind == "group" {
						return name
					}
				}
				if a == b-1 && isAcronym(q.toks[a].text) {
					if _, ok := d.gaz.Country(name); !ok {
						return name
					}
				}
			}
		}
	}
	return ""
}

// inPerson reports whether tokens [a, b) overlap a person's name.
func (d *doc) inPerson(q *para, a, b int) bool {
	for _, m := range q.ments {
		if m.kind == mPerson && m.start < b && m.end > a {
			return true
		}
	}
	return false
}

// isAcronym: two to six capitals or digits with at least two capitals ("M23", "ELN").
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return caps >= 2
}

// spokespersonIn returns the person named as a spokesperson in the
// sentence holding token ti ("the ministry said, through its spokesman,
// Esmaeil Baghaei").
func (d *doc) spokespersonIn(pi, ti int) who {
	p := &d.paras[pi]
	s, e := p.sentenceOf(ti)
	for _, m := range p.ments {
		if m.kind != mPerson || m.poss || m.start < s || m.start >= e {
			continue
		}
		r := strings.ToLower(m.role)
		if strings.Contains(r, "spokes") {
			return d.personWho(m)
		}
		for k := max(s, m.start-3); k < m.start; k++ {
			if strings.HasPrefix(p.toks[k].low, "spokes") {
				return d.personWho(m)
			}
		}
	}
	return who{}
}

// fullerMention finds an earlier mention of a state body with the same head
// noun that names it ("Sudan's foreign ministry", "the Ethiopian
// government") and returns it as the article writes it, without "the".
func (d *doc) fullerMention(pi, ti int, head string) string {
	for qi := pi; qi >= 0; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = ti
		}
		for x := end - 1; x >= 1; x-- {
			if q.toks[x].low != head {
				continue
			}
			a := x
			named := false
			for a > 0 {
				t := q.toks[a-1]
				if t.kind != kWord || !(t.cap || t.low == "'s" || stateMods[t.low]) || functionWords[t.low] {
					break
				}
				if t.cap || t.low == "'s" {
					named = true
				}
				a--
			}
			if named && !d.inPerson(q, a, x) {
				return roleText(q.toks, a, ofNameEnd(q.toks, x+1))
			}
		}
	}
	return ""
}

// ofNameEnd returns the end of a body's name whose head ends before token
// b, taking in an "of" complement in capitals: "Ministry" + "of Water
// Resources and Irrigation".
func ofNameEnd(toks []token, b int) int {
	if b < 1 || b+1 >= len(toks) || !toks[b-1].cap || toks[b].low != "of" || !toks[b+1].cap || toks[b+1].kind != kWord {
		return b
	}
	e := b + 1
	for e < len(toks) && (toks[e].kind == kWord && toks[e].cap || orgAnd(toks, b-1, e)) {
		e++
	}
	return e
}

// officeOfDescribed reads "the prime minister's office said" (all lower
// case) as that office, named as the article names it ("prime minister's
// office"), with the office of the person the description means as its
// role ("Mark Carney's office"). A description with a capital ("the Canadian prime
// minister's office") is a name as the article gives it and is left to
// the caller, and so is one that resolves to no one.
func (d *doc) officeOfDescribed(pi, s, e int) (who, bool) {
	toks := d.paras[pi].toks
	if e-s < 4 || toks[s].low != "the" || !(orgHeads[toks[e-1].low] || strings.HasPrefix(toks[e-1].low, "spokes")) {
		return who{}, false
	}
	x := e - 2
	if toks[x].low != "'s" {
		return who{}, false
	}
	for k := s + 1; k < x; k++ {
		if toks[k].cap || toks[k].kind != kWord {
			return who{}, false
		}
	}
	w := d.description(pi, s, x)
	if !w.ok || w.p == nil {
		return who{}, false
	}
	if orgHeads[toks[e-1].low] {
		// the office speaks as the article names it, not resolved to the
		// person at its head (label rule speaker 3); the role says whose
		return who{name: roleText(toks, s+1, e), role: w.name + "'s " + toks[e-1].text, ok: true}, true
	}
	return who{role: w.name + "'s " + toks[e-1].text, ok: true}, true
}
