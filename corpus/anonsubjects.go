package corpus

import "strings"

// Subjects a speech verb is far from: unnamed speakers described after
// their noun ("A German diplomat familiar with the talks said", "A
// regional official in Guaviare, who asked not to be named, said"),
// documents past their modifiers, and absolute asides ("Mr Trump, his
// voice rising, told").

// postmodStarts open a description after an unnamed speaker's noun.
var postmodStarts = set(`familiar present briefed involved knowledgeable aware close with in at from on
	attending based speaking travelling traveling who whose present privy`)

// anonHeads are nouns an unnamed source is called by.
var anonHeads = set(`diplomat diplomats official officials source sources person people aide aides adviser
	advisers advisor negotiator negotiators delegate delegates envoy observer observers participant
	participants insider insiders analyst analysts expert experts minister ministers lawmaker lawmakers
	member members resident residents officer officers spokesperson spokesman spokeswoman staffer
	staffers mediator mediators representative representatives commander commanders executive executives`)

// postmodSubject reads the subject of the speech verb at token v as an
// unnamed speaker opening the sentence with a description after its noun:
// "[A|An|One|Another] [modifiers] HEAD [familiar with …|present at …|, …,]
// VERB". The speaker is anonymous; the role is the noun phrase.
func (d *doc) postmodSubject(pi, s, v int) (who, bool) {
	toks := d.paras[pi].toks
	a := s
	for a < v && toks[a].kind == kWord && introWords[toks[a].low] {
		a++
	}
	if a < v && toks[a].text == "," {
		a++
	}
	if a >= v || toks[a].kind != kWord {
		return who{}, false
	}
	switch toks[a].low {
	case "a", "an", "one", "another", "two", "three", "several", "some":
	default:
		return who{}, false
	}
	h := a + 1
	for h < v && h <= a+4 && toks[h].kind == kWord && !anonHeads[toks[h].low] && !postmodStarts[toks[h].low] {
		h++
	}
	if h >= v || h > a+4 || !anonHeads[toks[h].low] || toks[h].cap {
		if toks[a].low == "another" && (a+1 == v || toks[a+1].text == ",") {
			return d.anotherSource(pi, s), true // "Another, from Latin America, said"
		}
		return who{}, false
	}
	n := h + 1
	if n >= v || !(postmodStarts[toks[n].low] || toks[n].text == ",") || v-n > 24 {
		return who{}, false
	}
	for k := n; k < v; k++ {
		t := toks[k]
		if t.kind == kQuote || t.text == ";" || t.text == ":" || isSpeech(t) && t.low != "speaking" || t.kind == kWord && t.low == "and" && k+1 < v && isDeterminer(toks[k+1].low) {
			return who{}, false
		}
	}
	return who{role: roleText(toks, a, h+1), ok: true}, true
}

// anotherSource names the unnamed "Another" at the start of the sentence
// at token s by the unnamed source told of before it in the paragraph:
// "One EU official said …. Another described the tone as …".
func (d *doc) anotherSource(pi, s int) who {
	toks := d.paras[pi].toks
	for k := s - 1; k >= 0; k-- {
		if t := toks[k]; t.kind == kWord && !t.cap && anonHeads[t.low] {
			return who{role: "another " + t.low, ok: true}
		}
	}
	return who{role: "another source", ok: true}
}

// docTeller reports a named person's speech verb opening the clause in
// tokens [b, qi) after an according-to phrase naming a document: "According
// to the Chinese readout, Xi told Takaichi that Japan should “…”". The
// person speaks; the document is only the source of the words.
func (d *doc) docTeller(pi, b, qi int) bool {
	toks := d.paras[pi].toks
	if b >= qi || toks[b].text != "," {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.poss || m.rstart != b+1 && m.start != b+1 {
			continue
		}
		for k := m.end; k < qi && k <= m.end+2; k++ {
			if isSpeech(toks[k]) && !weakSpeechVerbs[toks[k].low] {
				return true
			}
		}
	}
	return false
}

// docMods describe a document before its noun: "the final communique".
var docMods = set(`final joint closing opening brief short lengthy written official signed draft full`)

// docNounEnd extends a noun phrase ending at token b, started at a, over a
// document noun that ends it: "The readout", "The leaders' final
// communique". Without one it returns b.
func docNounEnd(toks []token, a, b int) int {
	if a < len(toks) && (prepositions[toks[a].low] || introWords[toks[a].low]) {
		return b // "In a post on X he said": the post is no subject
	}
	x := b
	for x < len(toks) && x < b+2 && toks[x].kind == kWord && docMods[toks[x].low] {
		x++
	}
	if x < len(toks) && x > a && documentNouns[toks[x].low] &&
		(isDeterminer(toks[x-1].low) || x > b || toks[x-1].low == "'s" || toks[x-1].low == "'") {
		return x + 1 // a document as the subject
	}
	return b
}

// absoluteAside reports an absolute phrase in tokens [s, e): a possessive
// and a noun doing something, set off by commas between a subject and
// its verb: "his voice rising", "her hands shaking", "their faces drawn".
func absoluteAside(toks []token, s, e int) bool {
	if e-s < 3 || e-s > 5 {
		return false
	}
	switch toks[s].low {
	case "his", "her", "their":
	default:
		return false
	}
	for k := s + 1; k < e; k++ {
		if toks[k].kind != kWord || toks[k].cap {
			return false
		}
	}
	if asideBodyNouns[toks[s+1].low] {
		return true // "her voice tight"
	}
	last := toks[e-1].low
	return strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "ed") || last == "drawn" || last == "raised"
}

// asideBodyNouns head an absolute aside whatever its last word: "her
// voice tight", "his face grim".
var asideBodyNouns = set(`voice voices face faces hands hand eyes tone expression jaw arms`)

// partyWords open a politician's party affiliation set off by commas.
var partyWords = set(`democrat republican independent`)

// partyAside reports a party affiliation between a name and its verb:
// "Senator Chris Murphy, Democrat of Connecticut, said", "Rand Paul, a
// Republican from Kentucky, said" (the "a" form is read as an aside
// already).
func partyAside(toks []token, s, e int) bool {
	if e-s < 1 || e-s > 5 || !partyWords[toks[s].low] {
		return false
	}
	return e-s == 1 || toks[s+1].low == "of" || toks[s+1].low == "from"
}

// anonCaller reports an unnamed speaker in tokens [a, b) between "what"
// and "called": "what one called “…”", "what a senior diplomat called
// “…”" (words of someone on the day, not a body's standing term).
func anonCaller(toks []token, a, b int) bool {
	if a >= b || b-a > 4 {
		return false
	}
	switch toks[a].low {
	case "one", "another":
		return b-a == 1 || anonHeads[toks[b-1].low]
	case "a", "an":
		return anonHeads[toks[b-1].low]
	}
	return false
}

// relativeStart returns the token after the last "that" or "which" within
// ten tokens before the verb at v (not before s): where an object
// relative clause's subject starts ("a choice that one diplomat in the
// room described as"). Without one it returns v, which no subject starts.
func relativeStart(toks []token, s, v int) int {
	for k := v - 1; k >= s && k >= v-10; k-- {
		if toks[k].low == "that" || toks[k].low == "which" {
			return k + 1
		}
	}
	return v
}

// asideStart returns the token after the last comma within ten tokens
// before the verb at v (not before s): where an inverted aside's subject
// starts ("The meeting, a person familiar with it said, was"). Without
// one it returns v.
func asideStart(toks []token, s, v int) int {
	for k := v - 1; k > s && k >= v-10; k-- {
		if toks[k].text == "," {
			return k + 1
		}
	}
	return v
}

// personVerbBefore reports a speech verb of a named person before an
// according-to aside at token k ("He added, according to Belta, that …"):
// the person speaks, the source only reports it.
func (d *doc) personVerbBefore(pi, s, k int) bool {
	toks := d.paras[pi].toks
	if k-1 <= s || toks[k-1].text != "," {
		return false
	}
	for v := k - 2; v >= s; v-- {
		if toks[v].kind == kQuote {
			return false
		}
		if isSpeech(toks[v]) && !weakSpeechVerbs[toks[v].low] {
			return d.verbSubject(pi, v, s).p != nil
		}
	}
	return false
}
