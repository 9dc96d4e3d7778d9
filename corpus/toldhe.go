package corpus

// The subject of a clause reported after a speech verb: "Luxon told
// reporters he had a pull-aside with Brown", "Khalil said she had held
// talks with Moura". The "he" is the one speaking, whoever the paragraph
// was about before.

// reportAudiences follow "told" before the reported clause.
var reportAudiences = set(`reporters journalists correspondents lawmakers parliament`)

// reportedSpeaker returns the speaker a "he" or "she" at j reports on, when
// the words before it are "X said", "X says", "X told reporters", with or
// without "that"; nil otherwise.
func (d *doc) reportedSpeaker(pi, ss, j int) *personEntry {
	toks := d.paras[pi].toks
	if j <= ss || toks[j].low != "he" && toks[j].low != "she" {
		return nil
	}
	v := j - 1
	if toks[v].low == "that" {
		v--
	}
	if v > ss && reportAudiences[toks[v].low] && toks[v-1].low == "told" {
		v--
	}
	if v <= ss || toks[v].low != "said" && toks[v].low != "says" && toks[v].low != "told" {
		return nil
	}
	if toks[v].low == "told" && toks[v+1].low != "reporters" && !reportAudiences[toks[v+1].low] {
		return nil // ("told Moura he had": the one told is not the speaker's subject)
	}
	if m, ok := d.mentionAt(pi, v-1); ok && m.p != nil && !m.poss {
		return m.p
	}
	return nil
}
