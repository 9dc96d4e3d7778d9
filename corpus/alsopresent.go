package corpus

// alsoOpens reports a sentence opening "Also" right before the cue word at
// k: "Also present at the meeting were ...".
func alsoOpens(toks []token, s, k int) bool {
	return k == s+1 && toks[s].low == "also"
}

// invertedReach is how far an inverted roster cue ("Representing Ukraine
// were", "Present at the talks in the prime minister's office were") may
// run before its "were": a "present" cue carries the meeting and its room.
func invertedReach(cue string) int {
	if cue == "present" {
		return 14
	}
	return 9
}
