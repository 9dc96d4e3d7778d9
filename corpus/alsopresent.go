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

// presentAtRoom reports "at the reception", "at the talks" in [a, b): an
// occasion people are present at in person, not a call.
func presentAtRoom(toks []token, a, b int) bool {
	for j := a; j+1 < b; j++ {
		if toks[j].low == "at" {
			for n := j + 1; n < b && n <= j+3; n++ {
				if w := toks[n].low; w == "reception" || mealNouns[w] || meetingNouns[w] != "" && meetingNouns[w] != "call" {
					return true
				}
			}
			return false
		}
	}
	return false
}
