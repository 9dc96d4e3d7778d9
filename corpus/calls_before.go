package corpus

// otherMeetingAt reports a meeting or call noun at token a, after the
// meeting noun at k, that heads a phrase of its own ("The talks followed a
// phone call between Ruiz and Haddad"): the "with" or "between" after it
// names its people, not those of the noun at k. A noun right after k's
// modifiers ("summit meeting with") is k's own; a determiner or a verb
// between them opens another phrase.
func otherMeetingAt(toks []token, k, a int) bool {
	w := toks[a].low
	if meetingNouns[w] == "" && w != "call" && w != "calls" && w != "phone" && w != "telephone" {
		return false
	}
	for j := k + 1; j < a; j++ {
		if toks[j].low == "of" && j == k+1 {
			continue // "round of talks between"
		}
		if isDeterminer(toks[j].low) || beVerbs[toks[j].low] || pastVerb(toks[j]) || !meetingModifier(toks[j]) || afterVerbs[toks[j].low] || toks[j].low == "came" || toks[j].low == "comes" {
			return true
		}
	}
	return false
}
