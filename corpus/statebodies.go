package corpus

import "strings"

// Bodies as speakers: state bodies the article names in lower case ("the
// commerce ministry said", "the cabinet said"; a bare "group" or
// "ministry" is still no one), bodies the gazetteer does not know, "the
// forum" for a Forum named before, and a body's statement that relays a
// named person's plea.

// portfolioMods name a ministry's portfolio: "the commerce ministry".
var portfolioMods = set(`commerce trade foreign defence defense finance interior justice energy health
	agriculture economy economic industry labour labor education environment transport culture
	information communications`)

// stateBody reports a lower-case speaker that names one body of a state:
// a ministry by its portfolio ("commerce ministry", "foreign ministry"),
// or "cabinet" / "presidency" on their own.
func stateBody(name string) bool {
	fs := strings.Fields(name)
	switch {
	case len(fs) == 1:
		return fs[0] == "cabinet" || fs[0] == "presidency"
	case len(fs) == 2 && fs[1] == "ministry":
		return portfolioMods[fs[0]]
	}
	return leaderOffice(fs)
}

// namedBodySubject reads tokens [a, b) before a speech verb as a body the
// gazetteer does not know, named by the article: one capitalised word
// ("Copa-Cogeca, the EU farm lobby, said"), or "the" and capitalised words
// ending in a plural ("The Conservatives said", "the Liberal Democrats
// said"), written without the article.
func (d *doc) namedBodySubject(pi, a, b int) who {
	toks := d.paras[pi].toks
	if a < b && toks[a].low == "the" {
		a++
		if !strings.HasSuffix(toks[b-1].low, "s") || strings.HasSuffix(toks[b-1].low, "'s") {
			return who{}
		}
	}
	if b-a < 1 || b-a > 3 {
		return who{}
	}
	for k := a; k < b; k++ {
		t := toks[k]
		if t.kind != kWord || !t.cap || rolesHead[t.low] || rolesHead[strings.TrimSuffix(t.low, "s")] || nationalities[t.low] || nationalities[strings.TrimSuffix(t.low, "s")] ||
			groupPlurals[t.low] || speechVerbs[t.low] || introWords[t.low] || parentheticalStart[t.low] || isPronoun(t.low) {
			return who{}
		}
	}
	if d.inPerson(&d.paras[pi], a, b) {
		return who{}
	}
	return d.unknownName(pi, a, b)
}

// anaphorHeads are the last words of bodies' names that "the" and the
// word alone refer back to: "the Hostages and Missing Families Forum …
// the forum said".
var anaphorHeads = set(`forum union federation association league foundation institute centre center
	network front council commission court tribunal assembly parliament committee`)

// headAnaphor resolves "the forum" (tokens [s, e)) to the body named
// before in this paragraph or the three before whose name has that word,
// capitalised, as its head: "the Hostages and Missing Families Forum",
// "the Ad Hoc Committee of Nordic Bondholders" (by its whole name, with
// the country whose body it is: "Norway's Coastal Committee").
func (d *doc) headAnaphor(pi, s, e int) who {
	toks := d.paras[pi].toks
	if e-s != 2 || toks[s].low != "the" || toks[s+1].cap || !anaphorHeads[toks[s+1].low] {
		return who{}
	}
	head := toks[s+1].low
	for qi := pi; qi >= 0 && qi >= pi-3; qi-- {
		q := d.paras[qi].toks
		end := len(q)
		if qi == pi {
			end = s
		}
		for k := end - 1; k > 0; k-- {
			if q[k].low != head || !q[k].cap || q[k].kind != kWord {
				continue
			}
			a := k
			for a-1 >= 0 && q[a-1].kind == kWord && (q[a-1].cap && !isDeterminer(q[a-1].low) || (q[a-1].low == "of" || q[a-1].low == "and") && a-2 >= 0 && q[a-2].cap && !isDeterminer(q[a-2].low)) {
				a--
			}
			if a-2 >= 0 && a < k && (q[a-1].low == "'s" || q[a-1].low == "’s") && q[a-2].cap && d.isCountryName(q[a-2].text) {
				// "Pakistan's National Security Committee": the country's body
				return who{name: q[a-2].text + q[a-1].text + " " + joinTokens(q, a, nameTail(q, k+1)), ok: true}
			}
			if a < k {
				return who{name: joinTokens(q, a, nameTail(q, k+1)), ok: true}
			}
		}
	}
	return who{}
}

// nameTail returns where a body's name that reached token z-1 ends when
// it goes on with "of", "on" or "for" and capitalised words: "Ad Hoc
// Committee of Nordic Bondholders", "Commission on Border Affairs" (not
// "Committee on Monday").
func nameTail(toks []token, z int) int {
	for z+1 < len(toks) && (toks[z].low == "of" || toks[z].low == "on" || toks[z].low == "for") && toks[z+1].kind == kWord && toks[z+1].cap &&
		!isDeterminer(toks[z+1].low) && !isDay(toks[z+1].low) && !isMonth(toks[z+1].low) {
		z += 2
		for z < len(toks) && toks[z].kind == kWord && toks[z].cap && !isDay(toks[z].low) && !isMonth(toks[z].low) {
			z++
		}
	}
	return z
}

// bodyRelaysPerson reports a body's statement that relays a named
// person's plea: "China's Foreign Ministry said Wang had urged the US side
// to “…”". The person whose verb introduces the words speaks (label rules,
// speaker 3); with "said", "told" or "wrote" the body's report is its own
// wording and the body speaks.
func bodyRelaysPerson(outer, inner who, verb token) bool {
	return outer.p == nil && outer.name != "" && inner.p != nil && !tellVerbs[verb.low] && !weakSpeechVerbs[verb.low]
}

// clauseAndBetween reports an "and" among tokens (a, b) that joins a new
// clause, not a second infinitive of the same verb ("urged … to … and to
// …"): "It says Putin agreed to a halt and “…”".
func clauseAndBetween(toks []token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if toks[k].low == "and" && !(k+1 < len(toks) && toks[k+1].low == "to") {
			return true
		}
	}
	return false
}

// thatBefore reports a "that" among tokens (v, qi): the verb at v opens a
// that-clause holding the quotation at qi.
func thatBefore(toks []token, v, qi int) bool {
	for k := v + 1; k < qi && k <= v+6; k++ {
		if toks[k].low == "that" {
			return true
		}
	}
	return false
}

// inRelativeAside reports token k inside a comma-enclosed relative aside
// ("…, who joined the others for the joint statement, …") that closes
// before token q, within the sentence starting at s.
func inRelativeAside(toks []token, s, k, q int) bool {
	open := -1
	for c := k - 1; c > s; c-- {
		if toks[c].text == "," {
			if c+1 < len(toks) && (toks[c+1].low == "who" || toks[c+1].low == "which" || toks[c+1].low == "whose") {
				open = c
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	for c := k + 1; c < q; c++ {
		if toks[c].text == "," {
			return true
		}
	}
	return false
}
