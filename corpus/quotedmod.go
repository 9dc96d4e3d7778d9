package corpus

import "strings"

// quotedModifier reports a quoted word or two that only describe the
// meeting noun right after them ("he had a \"constructive\" pull-aside
// with Brown", "their 'frank' talks"): part of the clause, not a quotation
// that opens another.
func quotedModifier(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || meetingNouns[toks[i+1].low] == "" {
		return false
	}
	prev := toks[i-1].low
	if !isDeterminer(prev) && prev != "their" && prev != "his" && prev != "her" && prev != "what" && !holdVerbs[prev] &&
		!(toks[i-1].kind == kWord && !toks[i-1].cap && i >= 2 && isDeterminer(toks[i-2].low) && meetingModifier(toks[i-1])) { // ("an expanded "X plus" session")
		return false
	}
	return len(strings.Fields(toks[i].text)) <= 2
}
