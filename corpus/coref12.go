package corpus

// Participants named only by a title or office that refers to someone the
// article names elsewhere: "received the envoy" (the person last named as
// an envoy), and a readout's "The Prime Minister welcomed ..." whose
// principal the article names only further down.

import (
	"slices"
	"strings"
)

// roleNounPerson resolves a bare "the <role noun>" among the people of a
// meeting ("the president received the envoy", "met the minister") to the
// person the article last named with that role noun in this paragraph or
// the two before. It gives nil when two different people carry that noun
// there (ambiguous), when the noun is a generic one ("the official"), and
// when the person is already named earlier in the same sentence (the
// meeting's other side: "Nowak, the minister, met the minister" is not a
// meeting with himself).
func (d *doc) roleNounPerson(pi, s, e int) *personEntry {
	toks := d.paras[pi].toks
	if e-s != 2 || toks[s].low != "the" {
		return nil
	}
	head := toks[s+1].low
	if !rolesHead[head] || vagueRoleNouns[head] || titleOf(head) != "" {
		return nil
	}
	var found *personEntry
	for qi := pi; qi >= 0 && qi >= pi-2; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = s
		}
		for _, m := range q.ments {
			if m.kind != mPerson || m.p == nil || m.start >= end {
				continue
			}
			has := false
			for x := m.rstart; x < m.start; x++ {
				if q.toks[x].low == head {
					has = true
				}
			}
			for x := m.end + 1; x < m.rend && x < end; x++ {
				if q.toks[x].low == head {
					has = true
				}
			}
			if !has {
				continue
			}
			if found != nil && found != m.p {
				return nil // two envoys named: which one is not told
			}
			found = m.p
		}
	}
	if found == nil {
		return nil
	}
	ss, _ := d.paras[pi].sentenceOf(s)
	for _, m := range d.paras[pi].ments {
		if m.p == found && m.start >= ss && m.start < s {
			return nil
		}
	}
	return found
}

// vagueRoleNouns are role nouns too common for "the NOUN" to mean one
// person named before ("the official", "the general").
var vagueRoleNouns = set(`official officer general lawmaker head chief aide adviser advisor representative director`)

// titleNamedLater resolves a readout's capitalised "The Prime Minister",
// "The Secretary" that opens before its holder is named (latestWithTitle
// found no one before) to the person the article names later with that
// title: the only one, or, when it names several ("Prime Minister Donald
// Tusk" in a recollection, the principal further down), the holder of the
// office of the country whose seat the sentence names ("welcomed ... to
// Downing Street"), when the article names that holder. Nobody when the
// person is in the same sentence (the other side of the meeting).
func (d *doc) titleNamedLater(pi, s, e int, title string) *personEntry {
	toks := d.paras[pi].toks
	if toks[s].low != "the" || e-s > 3 || !toks[e-1].cap {
		return nil
	}
	ss, se := d.paras[pi].sentenceOf(s)
	var cands []*personEntry
	for qi := pi; qi < len(d.paras); qi++ {
		for _, m := range d.paras[qi].ments {
			if m.kind != mPerson || m.p == nil || qi == pi && m.start < se || m.rstart >= m.start {
				continue
			}
			r := strings.ToLower(roleText(d.paras[qi].toks, m.rstart, m.start))
			if !strings.Contains(r, title) || strings.Contains(r, "vice") || strings.Contains(r, "deputy") || strings.Contains(r, "former") {
				continue
			}
			if !slices.Contains(cands, m.p) {
				cands = append(cands, m.p)
			}
		}
	}
	var pick *personEntry
	switch {
	case len(cands) == 1:
		pick = cands[0]
	case len(cands) > 1:
		for k := ss; k < se && pick == nil; k++ {
			if !toks[k].cap || k == s+1 {
				continue
			}
			for n := 3; n >= 1 && pick == nil; n-- {
				if k+n > se {
					continue
				}
				sp, ok := d.gaz.Speaker(joinTokens(toks, k, k+n))
				if !ok || sp.Of == "" {
					continue
				}
				if h := d.holder(sp.Of, title); h != nil && slices.Contains(cands, h) {
					pick = h
				}
			}
		}
	}
	if pick == nil {
		return nil
	}
	for _, n := range d.paras[pi].ments {
		if n.p == pick && n.start < se {
			return nil
		}
	}
	return pick
}

// namedHolder finds the person the article named before token s of
// paragraph pi with the office title of country by the role it gave them
// ("Kenya's President Omar Haddad ... the Kenyan leader"), so a description
// means the person the text names and not the gazetteer's holder, who may
// have changed. Nobody when two different people carry such a role
// (ambiguous).
func (d *doc) namedHolder(pi, s int, country, title string) *personEntry {
	c, ok := d.gaz.Country(country)
	if !ok {
		return nil
	}
	var found *personEntry
	for qi := 0; qi <= pi; qi++ {
		for _, m := range d.paras[qi].ments {
			if m.kind != mPerson || m.p == nil || qi == pi && m.start >= s {
				continue
			}
			role := m.role
			qt := d.paras[qi].toks
			rs := m.rstart
			if rs >= 2 && (qt[rs-1].low == "'s" || qt[rs-1].low == "’s") && qt[rs-2].cap {
				rs -= 2 // "Kenya's President Omar Haddad"
			}
			if rs < m.start {
				role = roleText(qt, rs, m.start)
			}
			r := strings.ToLower(role)
			if r == "" {
				continue
			}
			fits := isHeadRole(r)
			if title != "leader" {
				fits = strings.Contains(r, title) && !strings.Contains(r, "vice") && !strings.Contains(r, "deputy") && !strings.Contains(r, "former")
			}
			if !fits || !roleNamesCountry(role, c) {
				continue
			}
			if found != nil && found != m.p {
				return nil
			}
			found = m.p
		}
	}
	return found
}

// roleNamesCountry reports whether role text names country c by its name
// or adjective ("Kenya's President", "the Kenyan president").
func roleNamesCountry(role string, c *Country) bool {
	for _, w := range strings.FieldsFunc(role, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) {
		if w == c.Name || slices.Contains(c.Adjectives, w) || slices.Contains(c.Aliases, w) {
			return true
		}
	}
	return false
}

// namedCounterpart resolves "his Russian counterpart" (country name) for
// owner by the office the article's role for the owner names (a head of
// state or government, a foreign or defence minister): the person the
// article names with that office of that country, else, for an owner the
// gazetteer does not know, that country's holder on the article's day.
func (d *doc) namedCounterpart(pi, s int, owner *personEntry, name string) *personEntry {
	title := ""
	if owner.fig != nil {
		if o, ok := owner.fig.OfficeOn(d.day); ok {
			title = o.Title
			if isHeadRole(title) {
				title = "leader"
			}
		}
	}
	if title == "" {
		r := strings.ToLower(d.entryWho(owner).role)
		switch {
		case isHeadRole(r):
			title = "leader"
		case strings.Contains(r, "foreign minister") || strings.Contains(r, "secretary of state") || strings.Contains(r, "foreign secretary"):
			title = "foreign minister"
		case strings.Contains(r, "defence minister") || strings.Contains(r, "defense minister"):
			title = "defence minister"
		}
	}
	if title == "" {
		return nil
	}
	if c := d.namedHolder(pi, s, name, title); c != nil && c != owner {
		return c
	}
	if owner.fig != nil {
		return nil // counterpartOf asks the gazetteer with every office held
	}
	if h := d.holder(name, title); h != nil && h != owner {
		return h
	}
	return nil
}

// groupAsObject resolves "both leaders", "the two men" right after a
// meeting verb ("Trump hosted both leaders at the White House") to the n
// people named most recently before it other than those named earlier in
// the same sentence, who are the other side; nil when it is no object of
// such a verb or fewer than n others are named.
func (d *doc) groupAsObject(pi, s, n int) []*personEntry {
	toks := d.paras[pi].toks
	if s == 0 || !meetingVerbs[toks[s-1].low] {
		return nil
	}
	ss, _ := d.paras[pi].sentenceOf(s)
	var side, out []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.p != nil && m.start >= ss && m.start < s {
			side = append(side, m.p)
		}
	}
	if len(side) == 0 {
		return nil
	}
	for qi := pi; qi >= 0 && qi >= pi-1 && len(out) < n; qi-- {
		ms := d.paras[qi].ments
		for i := len(ms) - 1; i >= 0 && len(out) < n; i-- {
			m := ms[i]
			if m.kind != mPerson || m.p == nil || qi == pi && m.start >= s || slices.Contains(side, m.p) || slices.Contains(out, m.p) {
				continue
			}
			out = append(out, m.p)
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

// placeHolder resolves a bare title nobody in the article carries ("the
// Emir received him", "was received by the crown prince") to the holder of
// that office, on the article's day, in the one country whose capital or
// seat of government this sentence or the one before names ("landed in
// Doha"); nil when none or two countries are named so, or the gazetteer
// knows no holder.
func (d *doc) placeHolder(pi, s, e int, title string) *personEntry {
	toks := d.paras[pi].toks
	if toks[s].low != "the" || e-s < 2 {
		return nil
	}
	for k := s + 1; k < e; k++ {
		if !bareTitleWords[toks[k].low] {
			return nil // "the COP29 president": another body's
		}
	}
	if e+1 < len(toks) && toks[e].text == "," && toks[e+1].cap {
		return nil // "the president, NAME": the name says who
	}
	ss, se := d.paras[pi].sentenceOf(s)
	type span struct{ qi, a, b int }
	spans := []span{{pi, ss, se}}
	if ss > 0 {
		ps, _ := d.paras[pi].sentenceOf(ss - 1)
		spans = append(spans, span{pi, ps, ss})
	} else if pi > 0 && len(d.paras[pi-1].sents) > 0 {
		last := d.paras[pi-1].sents[len(d.paras[pi-1].sents)-1]
		spans = append(spans, span{pi - 1, last[0], last[1]})
	}
	country := ""
	for _, sp := range spans {
		toks := d.paras[sp.qi].toks
		for k := sp.a; k < sp.b; k++ {
			if !toks[k].cap || sp.qi == pi && k >= s && k < s+4 {
				continue
			}
			for n := 3; n >= 1; n-- {
				if k+n > sp.b {
					continue
				}
				c := d.seatCountry(joinTokens(toks, k, k+n))
				if c == "" {
					continue
				}
				if country != "" && country != c {
					return nil // two countries' capitals: which one's is not told
				}
				country = c
				break
			}
		}
	}
	if country == "" {
		return nil
	}
	return d.holder(country, title)
}

// bareTitleWords make up the titles placeHolder reads ("the crown prince",
// "the prime minister").
var bareTitleWords = set(`president prime minister chancellor emir king queen crown prince premier sultan foreign secretary`)

// seatCountry returns the country whose capital or seat of government is
// name ("Doha", "Downing Street"), else "".
func (d *doc) seatCountry(name string) string {
	if !d.gaz.IsCapital(name) {
		if sp, ok := d.gaz.Speaker(name); ok && sp.Of != "" {
			if _, isCountry := d.gaz.Country(sp.Of); isCountry {
				return sp.Of
			}
		}
		return ""
	}
	for i := range d.gaz.Countries {
		if strings.EqualFold(d.gaz.Countries[i].Capital, name) {
			return d.gaz.Countries[i].Name
		}
	}
	return ""
}

// titleResolvedAt reports a definite title at token k that names one
// person ("called on the crown prince"), read as the list reader reads it.
func (d *doc) titleResolvedAt(pi, k, e int) bool {
	toks := d.paras[pi].toks
	if k >= e || toks[k].low != "the" {
		return false
	}
	out, end := d.parseList(pi, k, min(e, k+4))
	return len(out) == 1 && end > k+1
}
