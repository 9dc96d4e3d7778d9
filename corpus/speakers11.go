package corpus

import "strings"

// Speakers named by a people, not a person: "the Europeans said", "the
// Iranians told us". A government or delegation named by its nationals
// speaks, but under no one's name (label rule speaker 4: a role, no name).

// nationalsSpeaker reports a speaker phrase toks[s:e] that is "the" and a
// nationality in the plural ("the Europeans", "the Americans", "the
// Israelis") or an invariable one ("the Chinese", "the Swiss").
func nationalsSpeaker(toks []token, s, e int) bool {
	if e-s != 2 || toks[s].low != "the" || !toks[s+1].cap || toks[s+1].kind != kWord {
		return false
	}
	w := toks[s+1].low
	if nationalities[w] {
		// an invariable plural ("the Chinese", "the Swiss", "the
		// British"); "the Russian" is one person
		return strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch")
	}
	n := len(w)
	return n > 4 && w[n-1] == 's' && nationalities[w[:n-1]]
}

// anonObject returns where an unnamed person is introduced as the object
// of the sentence st of paragraph qi ("We asked one Vienna-based diplomat
// why his country abstained."), when the sentence names no one: the
// "he said" after it is that person's. -1 when there is none.
func (d *doc) anonObject(qi int, st [2]int) int {
	q := &d.paras[qi]
	for _, m := range q.ments {
		if m.kind == mPerson && m.start >= st[0] && m.start < st[1] {
			return -1
		}
	}
	for k := st[0] + 1; k+1 < st[1]; k++ {
		if l := q.toks[k].low; l != "a" && l != "an" && l != "one" {
			continue
		}
		if prev := q.toks[k-1]; prev.kind != kWord || prepositions[prev.low] || isDeterminer(prev.low) {
			continue // "in a statement", "with one voice"
		}
		if b := npForward(q.toks, k+1); b > k+1 && rolesHead[q.toks[b-1].low] {
			return k
		}
	}
	return -1
}

// passiveSpeech reports a speech verb at token k in the passive, after a
// form of "be" ("had been warned that", "was told that"): its subject
// is the one spoken to. "was quoted as saying" keeps its own reading.
func passiveSpeech(toks []token, s, k int) bool {
	if k-1 < s || toks[k].low == "quoted" || !(strings.HasSuffix(toks[k].low, "ed") || toks[k].low == "told") {
		return false
	}
	switch toks[k-1].low {
	case "been", "was", "were", "being", "is", "are":
		return true
	}
	return false
}

// bodyKindNouns describe what kind of body a name that follows them is:
// "the car industry association VDA", "the rebel group M23".
var bodyKindNouns = set(`association group lobby body federation union alliance party movement company firm
	agency organisation organization network coalition institute think-tank bank fund bloc militia
	confederation chamber council committee watchdog regulator operator carrier`)

// describedBody reads a speaker phrase toks[s:e] that describes a body in
// lower case and then names it ("The German car industry association
// VDA", "the campaign group Global Witness"): the name, as the article
// gives it. It names no person.
func (d *doc) describedBody(pi, s, e int) (who, bool) {
	p := &d.paras[pi]
	toks := p.toks
	a := e
	for a-1 > s && toks[a-1].kind == kWord && toks[a-1].cap {
		a--
	}
	if a == e || e-a > 5 || !bodyKindNouns[toks[a-1].low] || toks[a-1].cap || d.inPerson(p, a, e) {
		return who{}, false
	}
	return who{name: joinTokens(toks, a, e), ok: true}, true
}

// describedBodyAhead extends a subject phrase [a, b) that stopped at a
// lower-case description over it to the name it leads to ("The German |
// car industry association VDA"), before the verb at v.
func (d *doc) describedBodyAhead(pi, a, b, v int) (who, bool) {
	toks := d.paras[pi].toks
	x := b
	for x < v && x < b+5 && toks[x].kind == kWord && !toks[x].cap && !functionWords[toks[x].low] && !speechVerbs[toks[x].low] {
		x++
	}
	if x == b || x >= v || !bodyKindNouns[toks[x-1].low] {
		return who{}, false
	}
	e := x
	for e < v && toks[e].kind == kWord && toks[e].cap {
		e++
	}
	if e == x {
		return who{}, false
	}
	return d.describedBody(pi, a, e)
}

// relayedPerson returns the person whose own speech verb brings in the
// quotation at r when the tag after it names no person but a body, a
// document or a spokesperson ("El-Sisi stressed “…”, the
// spokesman said"; "Witkoff had told Albusaidi ... “…,” it said in a
// statement"): label rule speaker 3, the body is only the source.
func (d *doc) relayedPerson(r qref, tag who) (who, bool) {
	if !tag.ok || tag.p != nil && !strings.Contains(strings.ToLower(tag.role+" "+tag.p.role), "spokes") {
		return who{}, false
	}
	pw, weak, _, ok := d.pre(r.pi, r.ti)
	if !ok || weak || pw.p == nil || pw.p == tag.p {
		return who{}, false
	}
	return pw, true
}

// docIssuer returns the body or person a document noun at token k says it
// came from: "a statement issued by the Ministry of External Affairs",
// "a readout from the presidency", "a letter by the foreign minister".
func (d *doc) docIssuer(pi, k int) who {
	toks := d.paras[pi].toks
	x := k + 1
	if x < len(toks) && (toks[x].low == "issued" || toks[x].low == "released" || toks[x].low == "published" || toks[x].low == "signed") {
		x++
	}
	if x+1 >= len(toks) || toks[x].low != "by" && toks[x].low != "from" {
		return who{}
	}
	a := x + 1
	b := ofNameEnd(toks, npForward(toks, a))
	if b <= a {
		return who{}
	}
	if w := d.npSpeaker(pi, a, b, false); w.ok && (w.p != nil || hasUpper(w.name)) {
		return w
	}
	return who{}
}
