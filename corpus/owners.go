package corpus

// Speaker phrases that name a body or a document's owner rather than the
// person or noun they end in: "a spokesperson for the Port of Dover",
// "the Association of Southeast Asian Nations", "Trump's Truth Social
// post", "a senior Trump administration official".

import "strings"

// attributiveNoun reports a lower-case noun right after a name that makes
// the name a modifier: "Trump administration", "Putin aide", "Netanyahu
// government" (as do role nouns: "Trump envoy Steve Witkoff").
func attributiveNoun(t token) bool {
	if t.kind != kWord || t.cap {
		return false
	}
	return t.low == "administration" || t.low == "campaign" || t.low == "government" || t.low == "camp" ||
		t.low == "aide" || t.low == "aides" || t.low == "ally" || t.low == "allies" || t.low == "loyalist" || t.low == "loyalists" ||
		t.low == "official" || t.low == "officials" || t.low == "adviser" || t.low == "advisers" || t.low == "advisor"
}

// spokenFor returns the body an unnamed spokesperson at token k speaks
// for, named in full in tokens (k+1, e) ("a spokesperson for the Port of
// Dover", "a spokeswoman for the Road Haulage Association"), or "" for a
// body named by a bare noun ("for the Commission", "for the smaller
// party") or for a person.
func (d *doc) spokenFor(pi, k, e int) string {
	toks := d.paras[pi].toks
	if !strings.HasPrefix(toks[k].low, "spokes") || toks[k+1].low != "for" && toks[k+1].low != "of" {
		return ""
	}
	a := k + 2
	if a < e && toks[a].low == "the" {
		a++
	}
	caps := 0
	for x := a; x < e; x++ {
		switch {
		case toks[x].cap && toks[x].kind == kWord:
			caps++
		case x > a && (toks[x].low == "of" || toks[x].low == "and" || toks[x].low == "for" || toks[x].low == "the"):
		default:
			return ""
		}
	}
	if caps < 2 || !toks[e-1].cap || d.inPerson(&d.paras[pi], a, e) {
		return ""
	}
	if _, ok := d.gaz.Country(joinTokens(toks, a, e)); ok {
		return ""
	}
	return joinTokens(toks, a, e)
}

// properBody reports tokens [s, e) that are one body's capitalised name of
// three words or more, headed by a body word ("Association of Southeast
// Asian Nations", "Office of the High Commissioner for Peace").
func properBody(toks []token, s, e int) bool {
	if e-s < 3 || !toks[s].cap || !toks[e-1].cap || !bodyHeads[toks[s].low] {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].kind != kWord || !toks[k].cap && !joinWords[toks[k].low] {
			return false
		}
	}
	return true
}

// documentOwner finds the person whose document tokens [s, e) name:
// "Trump's Truth Social post", "Merz's letter to the commission",
// "Trump's post on Truth Social". The document's owner wrote it.
func (d *doc) documentOwner(pi, s, e int) *mention {
	p := &d.paras[pi]
	for x := s + 1; x < e; x++ {
		if !documentNouns[p.toks[x].low] || x+1 < e && !(p.toks[x+1].low == "on" || p.toks[x+1].low == "to" || p.toks[x+1].low == "in") {
			continue
		}
		for i := range p.ments {
			m := &p.ments[i]
			if m.kind == mPerson && m.poss && m.start >= s && m.end < x && x-m.end <= 4 {
				return m
			}
		}
		return nil
	}
	return nil
}
