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
