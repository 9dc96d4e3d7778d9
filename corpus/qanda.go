package corpus

// Interviews told as questions and answers: "Q: Who was in the room?"
// asks about the meeting under way, and the answer's people were there.
//
//	Q: Who was in the room?
//	A: Myself and our regional officer, Dave Hill. For the company it was
//	the operations director, Sarah Cole.

import "strings"

// whoWasThereLine reports the text of such a question, which the loaders
// keep although it is shaped like a subheading.
func whoWasThereLine(p string) bool {
	l := strings.ToLower(strings.TrimSpace(p))
	l = strings.TrimPrefix(l, "q: ")
	if !strings.HasPrefix(l, "who ") || !strings.HasSuffix(l, "?") || len(strings.Fields(l)) > 10 {
		return false
	}
	for _, w := range []string{" room", " there", " table", " present", " attended", " part", " attending"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// whoWasThereQuestion reports a paragraph that only asks who was at the
// meeting: "Q: Who was in the room?", "Who was there?", "Who else took
// part?".
func whoWasThereQuestion(toks []token) bool {
	if len(toks) < 3 || len(toks) > 14 || toks[len(toks)-1].text != "?" {
		return false
	}
	k := 0
	if toks[0].low == "q" && len(toks) > 2 && toks[1].text == ":" {
		k = 2
	}
	if toks[k].low != "who" {
		return false
	}
	for j := k + 1; j < len(toks)-1; j++ {
		switch toks[j].low {
		case "room", "there", "table", "present", "attended", "part", "attending", "negotiating":
			return true
		}
	}
	return false
}

// answerPeople returns the people the answer paragraph pi names in its
// own right (not as owners: "their HR lead"), in its first three
// sentences.
func (d *doc) answerPeople(pi int) []*personEntry {
	p := &d.paras[pi]
	end := len(p.toks)
	if len(p.sents) > 3 {
		end = p.sents[2][1]
	}
	for _, t := range p.toks[:end] {
		if t.kind == kWord && (meetingVerbs[t.low] || t.meetingNoun() != "") {
			return nil // the answer tells its meetings itself: "Trump hosted Aliyev and Pashinyan, first separately ..."
		}
	}
	var out []*personEntry
	for _, m := range p.ments {
		if m.kind == mPerson && !m.poss && m.start < end {
			out = append(out, m.p)
		}
	}
	return dedupe(out)
}
