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
