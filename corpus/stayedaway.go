package corpus

// Leaders who stay away from a summit, told in a sentence that names no
// meeting: "India's Prime Minister Narendra Modi also stayed home, sending
// Minister of State Kirti Vardhan Singh in his place." Such a sentence is
// about the summit of the story, not about the meeting told just before it
// (a welcome at the airport, a reception): when the meeting under way is
// no summit, conference or talks and a summit was told, the absence and
// the stand-in go to the summit told last. (A round of talks keeps them:
// "Kiir did not travel; he sent Kuol Manyang in his place" is about the
// talks whose opening was just told.)

// stayedAwayTarget returns the meeting the sentence [s, e) of paragraph pi
// tells a stay-away of, when it differs from target; else target.
func (d *doc) stayedAwayTarget(pi, s, e int, trs []trigger, target *cluster) *cluster {
	if len(trs) > 0 || target == nil || target.kinds["summit"] > 0 || target.kinds["conference"] > 0 || target.kinds["talks"] > 0 || !stayAwayIn(d.paras[pi].toks, s, e) {
		return target
	}
	var summit *cluster
	for _, c := range d.clusters {
		if c != target && !c.future && !c.call && (c.kinds["summit"] > 0 || c.kinds["conference"] > 0) && (summit == nil || c.last > summit.last) {
			summit = c
		}
	}
	if summit == nil {
		return target
	}
	return summit
}

// stayAwayIn reports a stay-away with a stand-in in [s, e): "stayed home,
// sending X in his place", "did not travel and sent X in her place".
func stayAwayIn(toks []token, s, e int) bool {
	away, place := false, false
	for k := s; k+1 < e; k++ {
		switch {
		case toks[k].low == "stayed" && (toks[k+1].low == "home" || toks[k+1].low == "away"):
			away = true
		case (toks[k].low == "did" || toks[k].low == "does") && k+2 < e && (toks[k+1].low == "not" || toks[k+1].low == "n't") && (toks[k+2].low == "travel" || toks[k+2].low == "come" || toks[k+2].low == "attend"):
			away = true
		case toks[k].low == "in" && k+2 < e && (toks[k+1].low == "his" || toks[k+1].low == "her") && toks[k+2].low == "place":
			place = true
		}
	}
	return away && place
}

// demonstrative reports "that", "this", "those", "these": a determiner
// before a meeting noun like "the" ("chaired that meeting", "were also at
// that meeting", "hosted this call").
func demonstrative(w string) bool {
	return w == "that" || w == "this" || w == "those" || w == "these"
}

// possessivePronoun: "his", "her", "their", "its", "our", "my", "your".
func possessivePronoun(w string) bool {
	switch w {
	case "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}
