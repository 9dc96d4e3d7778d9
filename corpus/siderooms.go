package corpus

// sideRoomAfter reports "in a side room", "in a separate room" after the
// meeting word at k: some of a summit's people met apart from its session
// ("Starmer, Macron and Merz gathered with Carney and Takaichi in a side
// room to discuss the plan"). "the negotiating room", "the room" are the
// session's own.
func sideRoomAfter(toks []token, k, e int) bool {
	for j := k + 2; j < e && j <= k+30; j++ {
		if toks[j].low == "room" && sideRoomWords[toks[j-1].low] && j >= 2 && (toks[j-2].low == "a" || toks[j-2].low == "an") {
			return true
		}
	}
	return false
}

// sideRoomWords set a room apart from a meeting's own.
var sideRoomWords = set(`side separate adjoining`)

// inSideRoom reports a verb trigger told "in a side room": held on the day
// of the meeting it broke off from.
func (d *doc) inSideRoom(tr *trigger) bool {
	if !tr.verb {
		return false
	}
	_, e := d.paras[tr.pi].sentenceOf(tr.ti)
	return sideRoomAfter(d.paras[tr.pi].toks, tr.ti, e)
}
