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
	for _, w := range []string{" room", " there", " table", " present", " attended", " part", " attending", " negotiating"} {
		if strings.Contains(l, w) {
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
