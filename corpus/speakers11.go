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
