package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qualifyingMention reports a mention that only qualifies another phrase
// or tells of a past office holder: an owner ("Kim Jong Un's sister"),
// the object of "of" ("the sister of leader Kim Jong Un"), or a name after
// "then", "former" or "late" ("then Premier Li Keqiang"). A bare family
// name later in the text means someone told of in their own right.
func qualifyingMention(toks []token, m mention) bool {
	if m.poss {
		return true
	}
	for k := m.rstart; k < m.start; k++ {
		if low := toks[k].low; low == "then" || low == "former" || low == "late" || strings.HasPrefix(low, "then-") || strings.HasPrefix(low, "ex-") {
			return true
		}
	}
	if b := m.rstart - 1; b >= 0 {
		switch toks[b].low {
		case "of", "then", "former", "late":
			return true
		}
	}
	return false
}

// givenNameTail reports a name that ends in a hyphenated given name whose
// second part is in lower case ("Cho Jung-tai", "Lee Jae-myung"), with
// the key of that whole last word: its tail ("tai") is no surname, unlike
// "Okonjo-Iweala" or "al-Sisi".
func givenNameTail(name string) (bool, string) {
	fs := strings.Fields(name)
	if len(fs) < 2 {
		return false, ""
	}
	last := fs[len(fs)-1]
	i := strings.LastIndexByte(last, '-')
	if i <= 0 || i+1 >= len(last) {
		return false, ""
	}
	r, _ := utf8.DecodeRuneInString(last[i+1:])
	if !unicode.IsLower(r) || arabicPrefix(token{text: last}) {
		return false, ""
	}
	return true, nameKey(last)
}

// givenNameTails returns the keys of the lower-case tails of f's
// hyphenated given names ("yul" of "Cho Tae-yul"), so that a spelling
// without the hyphen ("Cho Tae Yul") indexes no surname either.
func givenNameTails(f *Figure) map[string]bool {
	var tails map[string]bool
	for _, n := range append([]string{f.Name}, f.Aliases...) {
		if lower, _ := givenNameTail(n); lower {
			fs := strings.Fields(nameKey(n))
			if tails == nil {
				tails = map[string]bool{}
			}
			tails[fs[len(fs)-1]] = true
		}
	}
	return tails
}

// knownHe reports a given name that makes "He" the family name of a
// person the gazetteer knows ("He Lifeng, speaking to reporters, ...":
// no pronoun even at the opening of a sentence).
func knownHe(given token) bool {
	_, ok := DefaultGazetteer().Lookup("He " + given.text)
	return ok
}

// insideMention reports a token inside a person mention's name.
func insideMention(ms []mention, i int) bool {
	for _, m := range ms {
		if m.kind == mPerson && m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// officeSurname resolves a bare surname run r whose role is given beside
// it ("Ms Wong, the Australian foreign minister", "Australian Foreign
// Minister Wong") to the holder of that office when the holder bears that
// surname: the office tells which of several people of that name is
// meant. nil when the role names no office or its holder has another name.
func (d *doc) officeSurname(p *para, r nameRun) *personEntry {
	toks := p.toks
	word := toks[r.nameStart].text
	if _, known := keyed(d.reg.bySurname, word); known {
		return nil // the article has named someone of that surname in full
	}
	s, e := -1, -1
	if r.nameStart > r.start && !honorificOnly(roleText(toks, r.start, r.nameStart)) {
		s, e = r.start, r.nameStart
		if pre := d.rolePrefix(toks, r.start); pre < r.start {
			s = pre
		}
	} else if ae, ok := appositive(toks, r.end); ok {
		s, e = r.end+1, ae
	}
	if s < 0 || e-s < 2 {
		return nil
	}
	country := ""
	for k := s; k < e && country == ""; k++ {
		if toks[k].cap {
			if c, ok := d.gaz.Country(toks[k].text); ok {
				country = c.Name
			}
		}
	}
	if country == "" {
		return nil
	}
	pi := -1
	for i := range d.paras {
		if &d.paras[i] == p {
			pi = i
		}
	}
	if pi < 0 {
		return nil
	}
	fig, ok := d.officeHolderFig(pi, s, e, country)
	if !ok {
		return nil
	}
	fs := strings.Fields(fig.Name)
	if nameKey(fs[len(fs)-1]) != nameKey(word) {
		return nil // the office's holder has another name: someone else
	}
	if pe := d.reg.byFig[fig]; pe != nil {
		return pe
	}
	return d.reg.addFull(fig.Name)
}

// officeHolderFig reads a role toks[s:e] of country as one of the
// offices a description names ("Australian foreign minister", "Prime
// Minister") and returns its holder on the article's date.
func (d *doc) officeHolderFig(pi, s, e int, country string) (*Figure, bool) {
	toks := d.paras[pi].toks
	for k := s; k < e; k++ {
		title := ""
		if k+1 < e {
			switch two := toks[k].low + " " + toks[k+1].low; two {
			case "prime minister", "foreign minister", "defence minister", "defense minister", "foreign secretary", "vice president":
				title = two
			}
		}
		if title == "" {
			switch toks[k].low {
			case "president", "chancellor", "premier":
				if k == 0 || toks[k-1].low != "vice" && toks[k-1].low != "former" {
					title = toks[k].low
				}
			}
		}
		if title == "premier" {
			title = "prime minister"
		}
		if title == "defense minister" {
			title = "defence minister"
		}
		if title != "" {
			return d.gaz.Holder(country, title, d.day)
		}
	}
	return nil, false
}

// capsLabel reads a transcript's speaker label in capitals, toks[a:c]
// before a colon ("ZELENSKY:", "MARCO RUBIO:"), as the person the article
// names so, or the gazetteer knows; nil for anything else ("Q:", "NATO:").
func (d *doc) capsLabel(pi, a, c int) *personEntry {
	toks := d.paras[pi].toks
	if c-a < 1 || c-a > 4 {
		return nil
	}
	for k := a; k < c; k++ {
		if toks[k].kind != kWord || len(toks[k].text) < 2 || !isUpperCase(toks[k].text) {
			return nil
		}
	}
	name := joinTokens(toks, a, c)
	if c-a == 1 {
		w := strings.ToUpper(name[:1]) + strings.ToLower(name[1:])
		if _, ok := d.reg.bySurname[nameKey(w)]; !ok {
			if _, ok := d.reg.byKey[nameKey(w)]; !ok {
				return nil // only a name the article gives
			}
		}
		return d.reg.resolveSingle(w, false)
	}
	if e := d.reg.byKey[nameKey(name)]; e != nil {
		return e
	}
	if fig, ok := d.gaz.Lookup(name); ok {
		if e := d.reg.byFig[fig]; e != nil {
			return e
		}
		return d.reg.addFull(fig.Name)
	}
	return nil
}

// knownManBefore reports a person known to be a man named in paragraph pi
// before token ti.
func (d *doc) knownManBefore(pi, ti int) bool {
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.start < ti && m.p.male {
			return true
		}
	}
	return false
}

// titledHolder resolves a surname after an office's title ("President
// Trump") to the one the gazetteer has holding that office on the
// article's day, when the only person of that surname the article names in
// full is someone else the gazetteer does not know ("Ivanka Trump, the
// president's daughter"), or nil.
func (d *doc) titledHolder(p *para, r nameRun) *personEntry {
	toks := p.toks
	if r.nameStart <= r.start || d.day.IsZero() {
		return nil
	}
	role := strings.ToLower(roleText(toks, r.start, r.nameStart))
	if honorificOnly(role) {
		return nil
	}
	word := toks[r.nameStart].text
	e, known := keyed(d.reg.bySurname, word)
	if !known || e.fig != nil {
		return nil
	}
	f, ok := d.gaz.LookupSurname(word, d.day)
	if !ok {
		return nil
	}
	o, held := f.OfficeOn(d.day)
	if !held || o.Title == "" || !strings.Contains(role, lastWord(strings.ToLower(o.Title))) {
		return nil
	}
	fe := d.reg.byFig[f]
	if fe == nil {
		fe = d.reg.addFull(f.Name)
		d.reg.bySurname[nameKey(word)] = e // the article's own person keeps the surname
	}
	d.reg.titledSurname[nameKey(word)] = fe
	return fe
}

func lastWord(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return s
	}
	return fs[len(fs)-1]
}
