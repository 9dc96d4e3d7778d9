package corpus

// Resolving descriptions ("the German chancellor", "the minister", "the
// 79-year-old") to the person the article means.

import (
	"slices"
	"strings"
)

// description resolves a definite description ("the German chancellor",
// "the Kremlin leader", "the president") to a person: through the gazetteer
// when a country is named, else the latest person with that role.
func (d *doc) description(pi, s, e int) who {
	p := &d.paras[pi]
	var country, title string
	former := false
	for k := s; k < e; k++ {
		t := p.toks[k]
		if t.low == "former" || t.low == "late" || t.low == "ex" {
			former = true
			continue
		}
		if t.low == "'s" && k > s && !p.toks[k-1].cap && p.toks[k-1].kind == kWord {
			return who{} // "the Russian delegation's leader": the delegation's, not Russia's
		}
		if country == "" && t.cap {
			if c, ok := d.gaz.Country(t.text); ok {
				country = c.Name
			} else if o, ok := d.gaz.Organisation(t.text); ok {
				country = o.Name
			} else if sp, ok := d.gaz.Speaker(t.text); ok && sp.Of != "" {
				country = sp.Of
			}
		}
		if k+2 < e && t.low == "secretary" && p.toks[k+1].low == "of" && p.toks[k+2].low == "state" {
			title = "secretary of state" // the office's own name: a local title
			k += 2
			continue
		}
		if k+1 < e {
			two := t.low + " " + p.toks[k+1].low
			switch two {
			case "prime minister", "foreign minister", "defence minister", "defense minister", "foreign secretary",
				"vice president", "crown prince", "supreme leader", "first lady":
				title = two
				k++
				continue
			case "secretary general":
				title = "secretary-general"
				k++
				continue
			case "policy chief":
				title = "high representative" // "the EU's foreign policy chief"
				k++
				continue
			case "top diplomat", "chief diplomat":
				title = "foreign minister"
				k++
				continue
			}
		}
		switch t.low {
		case "leaders", "presidents", "ministers", "officials", "diplomats", "heads":
			return who{} // a group, not one person
		case "president", "chancellor", "premier", "leader", "secretary-general", "emir", "king", "pope":
			if title == "" {
				title = t.low
			}
		case "chief", "boss":
			if title == "" && k > s && p.toks[k-1].cap {
				if _, ok := d.gaz.Speaker(p.toks[k-1].text); ok {
					title = "leader" // "the Kremlin chief": the head of the seat named
				} else if _, ok := d.gaz.Organisation(p.toks[k-1].text); ok {
					title = "leader" // "the IAEA chief": the head of the body named
				}
			}
		case "prime":
		default:
		}
	}
	if title != "" && e-s == 2 && p.toks[s].low == "the" && d.unnamedBefore(pi, s, p.toks[e-1].low) {
		// "One leader who attended said ... “…,” the leader said": the
		// unnamed one just introduced, not the office holder
		return who{role: p.toks[e-1].text, ok: true}
	}
	if former {
		// "the former president said": the latest person named before who
		// once held such an office
		if pe := d.formerHolder(pi, s, country, p.toks[e-1].low); pe != nil {
			return d.entryWho(pe)
		}
		return who{}
	}
	if title == "" && p.toks[e-1].low == "diplomat" {
		for k := s; k < e-1; k++ {
			if p.toks[k].low == "top" || p.toks[k].low == "chief" {
				title = "foreign minister" // "the top U.S. diplomat"
			}
		}
	}
	if title == "" && country != "" && e-s >= 3 && p.toks[s].low == "the" && rolesHead[p.toks[e-1].low] {
		// "the Iranian minister", told of before as "the Iranian foreign
		// minister": the latest person holding an office of that country
		if pe := d.latestOfCountry(pi, s, country, p.toks[e-1].low); pe != nil {
			return d.entryWho(pe)
		}
		// "her Polish counterpart, Piotr Nowak ... the Polish minister":
		// the latest person of that country by the role the text gave
		if pe := d.nationalPerson(pi, s, e); pe != nil {
			return d.entryWho(pe)
		}
		// "Kremlin spokesman Dmitry Peskov ... the Kremlin spokesman said":
		// the person the article gave that very role
		if q := capsQualifier(p.toks, s+1, e-1); q != "" {
			if w := d.roleAntecedent(pi, s, p.toks[e-1].low); w.p != nil && strings.Contains(strings.ToLower(w.role), q) {
				return w
			}
		}
		// no one of that country named: an unnamed one, never the latest
		// minister of another
		return who{role: roleText(p.toks, s, e), ok: true}
	}
	if title == "" {
		// "the minister added": the latest person with that role noun
		if e-s >= 2 && p.toks[s].low == "the" && rolesHead[p.toks[e-1].low] && !strings.HasSuffix(p.toks[e-1].low, "s") {
			w := d.roleAntecedent(pi, s, p.toks[e-1].low)
			if q := capsQualifier(p.toks, s+1, e-1); q != "" && !strings.Contains(strings.ToLower(w.role), q) {
				// "The Foreign Office spokesman said" after "the Taliban
				// spokesman Zabihullah Mujahid": another body's spokesman,
				// unnamed
				return who{role: roleText(p.toks, s, e), ok: true}
			}
			return w
		}
		return who{}
	}
	if title == "premier" {
		title = "prime minister"
	}
	if title == "defense minister" {
		title = "defence minister"
	}
	text := roleText(p.toks, s, e)
	if country != "" {
		if pe := d.namedHolder(pi, s, country, title); pe != nil {
			return d.entryWho(pe) // the one the article named so
		}
		e := d.holder(country, title)
		if e == nil && title == "foreign minister" {
			// "the EU's top diplomat": the bloc's high representative
			e = d.holder(country, "high representative")
		}
		if e == nil {
			return who{}
		}
		w := d.entryWho(e)
		if w.role == "" {
			w.role = text
		}
		return w
	}
	// no country: the latest person before this point holding that title
	// (and, for "the President of the Commission", the body named: a
	// person whose role names it)
	if q := ofQualifier(p.toks, s, e); q != "" {
		if e := d.latestWithTitle(pi, s, title); e != nil && strings.Contains(strings.ToLower(e.role), q) {
			return d.entryWho(e)
		}
		if w := d.roleAntecedent(pi, s, title); w.p != nil && strings.Contains(strings.ToLower(w.role), q) {
			return w
		}
		return who{}
	}
	if e := d.latestWithTitle(pi, s, title); e != nil {
		return d.entryWho(e)
	}
	if e := d.titleNamedLater(pi, s, e, title); e != nil {
		return d.entryWho(e) // a readout's "The Prime Minister", named further down
	}
	if e := d.placeHolder(pi, s, e, title); e != nil {
		return d.entryWho(e) // "landed in Doha ... The Emir received him"
	}
	return who{}
}

// latestWithTitle finds the person most recently mentioned before token ti
// of paragraph pi whose role or office matches title.
func (d *doc) latestWithTitle(pi, ti int, title string) *personEntry {
	matches := func(e *personEntry) bool {
		r := strings.ToLower(e.role)
		if strings.Contains(r, title) && !strings.Contains(r, "vice "+title) && !strings.Contains(r, "former") {
			return true
		}
		if e.fig != nil {
			day := dayOf(d.day)
			for _, o := range e.fig.Offices {
				if !o.heldOn(day) {
					continue
				}
				if o.LocalTitle != "" && !strings.EqualFold(o.LocalTitle, title) && strings.Contains(r, strings.ToLower(o.LocalTitle)) {
					// "the Taoiseach, Micheál Martin ... the prime minister
					// said": the article calls him by the office's own name,
					// so its bare "prime minister" is someone else
					continue
				}
				if o.Title == title || o.LocalTitle == title || (title == "leader" && o.Of != "") {
					return true
				}
				// "the minister" for a foreign minister, "the envoy" for a
				// special envoy (not "the minister" for a prime minister,
				// nor "the president" for a vice president)
				ws := strings.Fields(o.Title)
				if !strings.Contains(title, " ") && slices.Contains(ws, title) && !slices.Contains(ws, "prime") &&
					!slices.Contains(ws, "vice") && !slices.Contains(ws, "deputy") && !slices.Contains(ws, "former") {
					return true
				}
			}
		}
		return false
	}
	for qi := pi; qi >= 0; qi-- {
		q := &d.paras[qi]
		for si := len(q.sents) - 1; si >= 0; si-- {
			st := q.sents[si]
			if qi == pi && st[0] >= ti {
				continue
			}
			if qi != pi || st[1] <= ti {
				// "Mr Trump told the Ukrainian leader ... “…,” the
				// president said": a whole sentence before, its subject
				// first, then the others it names
				if e := d.subjectCached(qi, si); e != nil && matches(e) {
					return e
				}
			}
			for mi := len(q.ments) - 1; mi >= 0; mi-- {
				m := q.ments[mi]
				if m.start < st[0] || m.start >= st[1] || qi == pi && m.start >= ti {
					continue
				}
				if m.kind == mPerson && matches(m.p) {
					return m.p
				}
			}
		}
	}
	return nil
}

// roleAntecedent resolves "the ambassador said" to the last mention of that
// role noun before token ti: the named person it described, or the unnamed
// one ("India's ambassador rejected ... “…,” the ambassador said").
func (d *doc) roleAntecedent(pi, ti int, head string) who {
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = ti
		}
		for x := end - 1; x >= 0; x-- {
			if q.toks[x].low != head && !(expertNouns[head] && expertNouns[q.toks[x].low]) && !spellsAcronym(q.toks, x, head) {
				continue // ("the expert said" after "political analyst NAME")
			}
			for _, m := range q.ments {
				if m.kind == mPerson && (m.rstart <= x && x < m.start || m.end < x && x < m.rend) {
					return d.personWho(m)
				}
			}
			a := x
			for a > 0 && q.toks[a-1].kind == kWord && (npTok(q.toks[a-1]) && !isDeterminer(q.toks[a-1].low)) {
				a--
			}
			return who{role: roleText(q.toks, a, x+1), ok: true}
		}
	}
	if e := d.latestWithTitle(pi, ti, head); e != nil {
		return d.entryWho(e)
	}
	return who{}
}

// roleAcronyms spell out the acronyms news copy uses for a role ("the
// EAM", "the CM"), so "the CM said" finds "Chief Minister A Ravi Kumar".
var roleAcronyms = map[string][]string{
	"eam":  {"external", "affairs", "minister"},
	"cm":   {"chief", "minister"},
	"nsa":  {"national", "security", "adviser"},
	"mos":  {"minister", "of", "state"},
	"dgmo": {"director", "general", "of", "military", "operations"},
	"coas": {"chief", "of", "army", "staff"},
}

// spellsAcronym reports toks ending at x spelling out the role acronym head
// ("Chief Minister" for "cm").
func spellsAcronym(toks []token, x int, head string) bool {
	words := roleAcronyms[head]
	if len(words) == 0 || x+1 < len(words) {
		return false
	}
	for i, w := range words {
		if toks[x-len(words)+1+i].low != w {
			return false
		}
	}
	return true
}

// namedLater resolves a description of one person of a country that
// opens a report before any name ("Japan's top trade negotiator wrapped
// up talks ...") to the person the next paragraphs open with, when that
// person is not named before and holds an office of that country on the
// article's date ("Ryosei Akazawa, the economic revitalization minister,
// ...").
func (d *doc) namedLater(pi, s, e int) *personEntry {
	p := &d.paras[pi]
	country := ""
	for k := s; k < e && country == ""; k++ {
		if p.toks[k].cap {
			if c, ok := d.gaz.Country(p.toks[k].text); ok {
				country = c.Name
			}
		}
	}
	if country == "" {
		return nil
	}
	for qi := pi + 1; qi < len(d.paras) && qi <= pi+2; qi++ {
		if len(d.paras[qi].sents) == 0 {
			continue
		}
		pe := d.subjectCached(qi, 0)
		if pe == nil || pe.fig == nil || d.mentionedBy(pe, pi) {
			return nil
		}
		if o, ok := pe.fig.OfficeOn(d.day); ok && strings.EqualFold(o.Of, country) {
			return pe
		}
		return nil
	}
	return nil
}

// mentionedBy reports whether person pe is mentioned in paragraphs 0 to pi.
func (d *doc) mentionedBy(pe *personEntry, pi int) bool {
	for qi := 0; qi <= pi; qi++ {
		for _, m := range d.paras[qi].ments {
			if m.p == pe {
				return true
			}
		}
	}
	return false
}

// latestOfCountry finds the person most recently mentioned before token ti
// of paragraph pi who holds, on the article's date, an office of country
// whose title ends with head ("minister" matches "foreign minister").
func (d *doc) latestOfCountry(pi, ti int, country, head string) *personEntry {
	for qi := pi; qi >= 0; qi-- {
		q := &d.paras[qi]
		for mi := len(q.ments) - 1; mi >= 0; mi-- {
			m := q.ments[mi]
			if qi == pi && m.start >= ti || m.kind != mPerson || m.p == nil || m.p.fig == nil {
				continue
			}
			o, ok := m.p.fig.OfficeOn(d.day)
			if !ok || !strings.EqualFold(o.Of, country) {
				continue
			}
			if strings.HasSuffix(o.Title, head) || officeCalled(o, head) {
				return m.p
			}
		}
	}
	return nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// latestSubject returns the person the latest sentence before token ti
// (this paragraph and the two before) is about.
func (d *doc) latestSubject(pi, ti int) *personEntry {
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		for si := len(q.sents) - 1; si >= 0; si-- {
			if qi == pi && q.sents[si][0] >= ti {
				continue
			}
			if e := d.subjectCached(qi, si); e != nil {
				return e
			}
		}
	}
	return nil
}

// counterpartSpeaker resolves "his Russian counterpart", "her counterpart", "the
// Chinese counterpart" (tokens [s, e) ending in "counterpart") to the
// person meant: the latest person named before, other than the one whose
// counterpart it is, of the country the phrase names when it names one.
func (d *doc) counterpartSpeaker(pi, s, e int) who {
	p := &d.paras[pi]
	var owner *personEntry
	switch p.toks[s].low {
	case "his", "her":
		owner = d.resolvePronoun(pi, s, p.toks[s].low == "her")
	case "the", "a", "its", "their":
	default:
		return who{}
	}
	var country, nat string
	for k := s + 1; k < e-1; k++ {
		t := p.toks[k]
		if !t.cap {
			continue
		}
		if c, ok := d.gaz.Country(t.text); ok {
			country, nat = c.Name, t.text
		}
	}
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		for mi := len(q.ments) - 1; mi >= 0; mi-- {
			m := q.ments[mi]
			if qi == pi && m.start >= s || m.kind != mPerson || m.p == nil || m.p == owner || m.poss {
				continue
			}
			if country == "" {
				return d.personWho(m)
			}
			if m.p.fig != nil {
				if o, ok := m.p.fig.OfficeOn(d.day); ok && strings.EqualFold(o.Of, country) {
					return d.personWho(m)
				}
			}
			if role := strings.ToLower(m.role + " " + m.p.role); strings.Contains(role, strings.ToLower(nat)) || strings.Contains(role, strings.ToLower(country)) {
				return d.personWho(m)
			}
		}
	}
	return who{}
}

// formerHolder finds the person most recently named before token ti (this
// paragraph and the two before) who once held, and no longer holds on the
// article's date, an office whose title ends with head (of country when it
// is given), or whom the article calls a former one.
func (d *doc) formerHolder(pi, ti int, country, head string) *personEntry {
	day := d.day.Format("2006-01-02")
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		for mi := len(q.ments) - 1; mi >= 0; mi-- {
			m := q.ments[mi]
			if qi == pi && m.start >= ti || m.kind != mPerson || m.p == nil {
				continue
			}
			if role := strings.ToLower(m.role + " " + m.p.role); strings.Contains(role, "former") && strings.Contains(role, head) {
				return m.p
			}
			if m.p.fig == nil {
				continue
			}
			for _, o := range m.p.fig.Offices {
				if o.To != "" && o.To <= day && strings.HasSuffix(strings.ToLower(o.Title), head) && (country == "" || strings.EqualFold(o.Of, country)) {
					return m.p
				}
			}
		}
	}
	return nil
}

// describedPerson returns the person named last before token ti (this
// paragraph and the two before) whose role has head as a word, its
// abbreviation expanded ("Gen. Alan Pike ... the former general").
func (d *doc) describedPerson(pi, ti int, head string) *personEntry {
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		for mi := len(q.ments) - 1; mi >= 0; mi-- {
			m := q.ments[mi]
			if m.kind != mPerson || qi == pi && m.start >= ti {
				continue
			}
			for _, r := range []string{m.role, m.p.role} {
				for _, w := range strings.Fields(strings.ToLower(r)) {
					if w == head || titleAbbrev[w] == head {
						return m.p
					}
				}
			}
		}
	}
	return nil
}

// titleAbbrev spells out the abbreviated titles before names.
var titleAbbrev = map[string]string{
	"gen.": "general", "gen": "general", "sen.": "senator", "sen": "senator", "col.": "colonel", "col": "colonel",
	"rep.": "representative", "gov.": "governor", "adm.": "admiral", "capt.": "captain", "lt.": "lieutenant",
	"maj.": "major", "sgt.": "sergeant", "cmdr.": "commander", "prof.": "professor", "dr.": "doctor",
}

// nationalPerson resolves "the Russian", "the Russian diplomat" (tokens
// [s, e): "the", a nationality, at most one role noun) to the person of
// that country named last before token s (this paragraph and the two
// before), known by office or by a role naming the country. It returns
// nil when the text spoke of an unnamed one ("a Russian diplomat") before.
func (d *doc) nationalPerson(pi, s, e int) *personEntry {
	toks := d.paras[pi].toks
	if e-s < 2 || e-s > 3 || toks[s].low != "the" || !toks[s+1].cap || !nationalities[toks[s+1].low] && demonyms[toks[s+1].low] == "" {
		return nil
	}
	if e-s == 3 && !(rolesHead[toks[s+2].low] && !strings.HasSuffix(toks[s+2].low, "s")) {
		return nil
	}
	word := toks[s+1].text
	if c := demonyms[toks[s+1].low]; c != "" {
		word = c // "the Spaniard": Spain's
	}
	c, ok := d.gaz.Country(word)
	if !ok {
		return nil
	}
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = s
		}
		for k := end - 2; k >= 0; k-- {
			if (q.toks[k].low == "a" || q.toks[k].low == "an") && q.toks[k+1].low == toks[s+1].low {
				return nil // "a Russian diplomat told Reuters": the unnamed one
			}
		}
		for mi := len(q.ments) - 1; mi >= 0; mi-- {
			m := q.ments[mi]
			if m.kind != mPerson || qi == pi && m.start >= s {
				continue
			}
			if d.personOf(m, c) {
				return m.p
			}
		}
	}
	return nil
}

// demonyms are the nouns for a country's people that are not its
// adjective ("the Spaniard said"), with the country.
var demonyms = map[string]string{
	"spaniard": "Spain", "pole": "Poland", "frenchman": "France", "frenchwoman": "France", "briton": "United Kingdom",
	"brit": "United Kingdom", "englishman": "United Kingdom", "scot": "United Kingdom", "welshman": "United Kingdom",
	"irishman": "Ireland", "irishwoman": "Ireland", "dutchman": "Netherlands", "dutchwoman": "Netherlands", "dane": "Denmark",
	"swede": "Sweden", "finn": "Finland", "turk": "Turkey", "swiss": "Switzerland", "icelander": "Iceland", "luxembourger": "Luxembourg",
	"filipino": "Philippines", "filipina": "Philippines", "thai": "Thailand",
}

// personOf reports whether the person of mention m belongs to country c:
// by the office the gazetteer gives them, or by the role the text does.
func (d *doc) personOf(m mention, c *Country) bool {
	if m.p.fig != nil {
		if o, ok := m.p.fig.OfficeOn(d.day); ok && o.Of == c.Name {
			return true
		}
	}
	for _, r := range []string{m.role, m.p.role} {
		for _, w := range strings.FieldsFunc(r, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) {
			if w == c.Name || slices.Contains(c.Adjectives, w) {
				return true
			}
		}
	}
	return false
}

// unnamedBefore reports that the latest use of the role noun head before
// token ti (this paragraph or the one before) introduces someone unnamed:
// "one leader who attended", "a senior diplomat", no name with it.
func (d *doc) unnamedBefore(pi, ti int, head string) bool {
	for qi := pi; qi >= 0 && qi >= pi-1; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = ti
		}
		for x := end - 1; x >= 0; x-- {
			if q.toks[x].low != head {
				continue
			}
			for _, m := range q.ments {
				if m.kind == mPerson && m.rstart <= x && x < m.rend {
					return false // named with it
				}
			}
			for a := x - 1; a >= 0 && a >= x-3; a-- {
				switch l := q.toks[a].low; {
				case l == "one" || l == "a" || l == "an" || l == "another":
					return !(a > 0 && q.toks[a-1].low == "the")
				case q.toks[a].cap || q.toks[a].kind != kWord:
					return false
				}
			}
			return false
		}
	}
	return false
}

// ofQualifier returns, lower-cased, the capitalised body a description
// names after "of the" ("the President of the Commission": "commission"),
// or "".
func ofQualifier(toks []token, s, e int) string {
	for k := s + 1; k+2 < e; k++ {
		if toks[k].low == "of" && toks[k+1].low == "the" && toks[k+2].cap && toks[k+2].kind == kWord && k+3 == e {
			return toks[k+2].low
		}
	}
	return ""
}
