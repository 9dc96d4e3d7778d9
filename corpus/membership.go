package corpus

// membershipNouns are bodies one joins as a member ("joined the ruling
// party", "joined the cabinet in 2019"), not meetings one joins.
var membershipNouns = set(`party parties government cabinet army military navy company firm board alliance
	union administration opposition campaign race bloc club organisation organization ministry movement
	ranks faculty staff rebels insurgency bank`)

// membershipAhead reports whether the words from k (after "joined the")
// name a body one joins as a member, within three words and before any
// meeting noun: "joined the ruling party", not "joined the talks" nor
// "joined the party leaders' meeting".
func membershipAhead(toks []token, k, e int) bool {
	for j := k; j < e && j < k+3; j++ {
		t := toks[j]
		if t.kind != kWord || meetingNouns[t.low] != "" {
			return false
		}
		if membershipNouns[t.low] {
			return j+1 >= e || meetingNouns[toks[j+1].low] == "" && toks[j+1].low != "leaders" && toks[j+1].low != "delegation"
		}
	}
	return false
}
