package corpus

// A "they" that refers back to a group the sentence opened with, not to
// the people of the meeting under way: "Observers from the Quad followed
// the opening session, although they were not at the negotiating table".

// unnamedGroups are plural nouns for unnamed people a sentence can be about.
var unnamedGroups = set(`observers diplomats officials monitors mediators representatives journalists reporters analysts
	critics protesters residents lawmakers experts aides advisers advisors activists civilians groups parties
	envoys delegates staff staffers guests onlookers`)

// theyIsGroup reports a "they" at k whose sentence names, before it, a
// group of unnamed people and no one by name: the "they" is that group.
func (d *doc) theyIsGroup(pi, k int) bool {
	p := &d.paras[pi]
	ss, _ := p.sentenceOf(k)
	for _, m := range p.ments {
		if m.kind == mPerson && m.start >= ss && m.start < k {
			return false
		}
	}
	if j := k - 1; j > ss && (p.toks[j].low == "that" && j-1 > ss && isSpeech(p.toks[j-1]) || isSpeech(p.toks[j])) {
		return false // ("Diplomats said they met again": the ones the diplomats speak of)
	}
	for j := ss; j < k; j++ {
		if unnamedGroups[p.toks[j].low] {
			return true
		}
	}
	return false
}
