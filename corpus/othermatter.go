package corpus

// otherMatter words open a phrase about something else than the meeting
// told before them, so a place inside it is not the meeting's: "Also
// present at the meeting in the prime minister's office were Witkoff and
// McGurk, working in tandem despite the transition in Washington", "talks
// in the capital amid protests in the north".
var otherMatter = set(`despite amid amidst notwithstanding`)

// skipOtherMatter returns the comma ending an otherMatter phrase opening
// at k (or the last token before stop), else k itself.
func skipOtherMatter(toks []token, k, stop int) int {
	if !otherMatter[toks[k].low] {
		return k
	}
	for j := k + 1; j < stop; j++ {
		if toks[j].text == "," {
			return j
		}
	}
	return max(k, stop-1)
}
