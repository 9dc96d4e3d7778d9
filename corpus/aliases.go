package corpus

import (
	"strings"
	"unicode"
)

// A person known by a nom de guerre: "the top commander of the ELN,
// Eliécer Herlinto Chamorro, alias “Antonio García”", "a commander who
// goes by the alias “Andrey Avendaño”", "Jimmy Chérizier, known as
// “Barbecue”". The quoted name is no quotation: it names the person
// after the name it follows, or a person of its own when it follows none,
// and a later "García said" or "Avendaño said" means them.

// aliasNames registers the quoted aliases of paragraph pi: a surname or
// one-word alias of the person named right before ", alias", or a new
// person. It returns the aliases that name a person of their own, by
// token, for their mentions.
func (d *doc) aliasNames(pi int) map[int]*personEntry {
	p := &d.paras[pi]
	var own map[int]*personEntry
	for i, t := range p.toks {
		if t.kind != kQuote || !aliasCue(p.toks, i) {
			continue
		}
		words := strings.Fields(strings.Trim(p.spans[t.q].content(p.text), ",.;:!? "))
		if len(words) == 0 || len(words) > 3 || !capitalWords(words) {
			continue
		}
		name := strings.Join(words, " ")
		if owner := d.aliasOwner(pi, i); owner != nil {
			// "Chamorro, alias “Antonio García”": "García" is Chamorro
			k := nameKey(words[len(words)-1])
			if d.reg.bySurname[k] == nil {
				d.reg.bySurname[k] = owner
			}
			if fk := nameKey(name); d.reg.byKey[fk] == nil {
				d.reg.byKey[fk] = owner
			}
			continue
		}
		if len(words) < 2 {
			continue // a one-word nickname of no one named: nothing to resolve
		}
		if own == nil {
			own = map[int]*personEntry{}
		}
		own[i] = d.reg.addFull(name)
	}
	return own
}

// aliasCue reports a quotation at i that follows "alias", "the alias",
// "known as", "nicknamed" or "nom de guerre".
func aliasCue(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].low {
	case "alias", "nicknamed", "aka":
		return true
	case "as":
		return i >= 2 && (toks[i-2].low == "known" || toks[i-2].low == "alias")
	case "guerre":
		return i >= 3 && toks[i-2].low == "de" && toks[i-3].low == "nom"
	}
	return false
}

// aliasOwner returns the person named right before the comma that opens
// ", alias “…”" or ", known as “…”" at quotation i, or nil.
func (d *doc) aliasOwner(pi, i int) *personEntry {
	toks := d.paras[pi].toks
	j := i - 1
	for j > 0 && toks[j].kind == kWord && !toks[j].cap && j >= i-3 {
		j-- // "alias", "known as", "nom de guerre"
	}
	if toks[j].text != "," {
		return nil
	}
	for _, r := range d.paras[pi].runs {
		if r.end == j && r.end-r.nameStart >= 2 && validFullName(toks, r.nameStart, r.end) {
			return d.reg.byKey[nameKey(joinTokens(toks, r.nameStart, r.end))]
		}
	}
	return nil
}

// capitalWords reports words that each open with a capital letter.
func capitalWords(words []string) bool {
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// A nom de guerre with the legal name printed once: "Márquez, whose real
// name is Luciano Marín Arango", "his legal name is Eliécer Erlinto
// Chamorro", "Vos's birth name was Karl Moen". The article calls the
// person by the first name throughout; the legal name is that person, not
// one of their own, and a later "he said" still means the person told of.

// realNameWords name a person's legal name ("real name", "legal name").
var realNameWords = set(`real legal birth civil true original`)

// realNameRun reports whether the name run starting at token start is the
// complement of "... real name is" or "... legal name was".
func realNameRun(toks []token, start int) bool {
	return start >= 3 && (toks[start-1].low == "is" || toks[start-1].low == "was") &&
		toks[start-2].low == "name" && realNameWords[toks[start-3].low]
}

// realNameOwner returns the person whose legal name the run at start
// gives: the one named before ", whose real name is" or "'s real name
// is", or, after "his" or "her", the person last named before it (in the
// paragraph, else in the paragraphs before); nil when none is told.
func (d *doc) realNameOwner(pi, start int) *personEntry {
	p := &d.paras[pi]
	k := start - 4 // the word before "real name is"
	if k < 0 {
		return nil
	}
	last := func(before int) *personEntry {
		var e *personEntry
		for _, m := range p.ments {
			if m.kind == mPerson && m.p != nil && m.end <= before {
				e = m.p
			}
		}
		return e
	}
	switch t := p.toks[k]; {
	case t.low == "whose" && k > 0 && p.toks[k-1].text == ",":
		for _, m := range p.ments {
			if m.kind == mPerson && m.p != nil && m.end == k-1 {
				return m.p
			}
		}
	case t.low == "'s" || t.low == "'":
		for _, m := range p.ments {
			if m.kind == mPerson && m.p != nil && m.end == k {
				return m.p
			}
		}
	case t.low == "his" || t.low == "her":
		if e := last(k); e != nil {
			return e
		}
		for qi := pi - 1; qi >= 0; qi-- {
			for i := len(d.paras[qi].ments) - 1; i >= 0; i-- {
				if m := d.paras[qi].ments[i]; m.kind == mPerson && m.p != nil {
					return m.p
				}
			}
		}
	}
	return nil
}
