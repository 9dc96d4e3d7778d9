package corpus

import "strings"

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
