package corpus

// audienceNouns are what a speaker at a meeting addresses: "Briefing the
// Council", "Addressing the summit".
var audienceNouns = set(`council assembly summit meeting session conference leaders delegates plenary gathering
	forum ministers talks committee board`)

// addressingOpening returns who a sentence opening "Addressing the summit,
// X said" or "Also briefing the Council was X" puts before the meeting's
// audience: a speaker in the room (the opening at k, the sentence's first
// word or the one after "Also").
func (d *doc) addressingOpening(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if toks[k].low != "addressing" && toks[k].low != "briefing" {
		return nil
	}
	if k != s && !(k == s+1 && toks[s].low == "also") {
		return nil
	}
	j := k + 1
	if j < e && isDeterminer(toks[j].low) {
		j++
	}
	for j < e && j <= k+4 && !audienceNouns[toks[j].low] && toks[j].kind == kWord {
		j++ // "the 15-member Council", "the Security Council"
	}
	if j >= e || !audienceNouns[toks[j].low] {
		return nil
	}
	j++
	if j < e && (toks[j].low == "was" || toks[j].low == "were") {
		list, _ := d.parseList(pi, j+1, e) // "Also briefing the Council was X"
		return list
	}
	for j < e && toks[j].text != "," && j <= k+8 {
		j++ // "Addressing the summit by video link, X said": the comma ends the opening
	}
	if j >= e || toks[j].text != "," || hasRemoteWord(toks, k, j) {
		return nil
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.start > j && m.start <= j+8 && m.start < e && !listBreak(toks, j+1, m.start) {
			return []*personEntry{m.p} // "Briefing the Council, Secretary-General António Guterres said"
		}
	}
	return nil
}

// hasRemoteWord reports "by video", "via videoconference", "from
// Nairobi"-style remoteness in [a, b): the speaker was not in the room.
func hasRemoteWord(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		switch toks[i].low {
		case "video", "videoconference", "video-link", "phone", "telephone", "remotely", "virtually", "from", "via":
			return true
		}
	}
	return false
}
