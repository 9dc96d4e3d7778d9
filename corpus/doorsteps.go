package corpus

// Doorstep remarks: summit copy places leaders at the gathering by what
// they told reporters as they went in, often in a sentence that names no
// meeting at all:
//
//	"“Today it is money or blood,” Tusk said on arrival."
//	"Meloni said on arrival that the ceasefire was fragile."
//	"Trump told reporters on his way in." "Merz said before going in ..."
//	"Fageer told Saudi state television as he arrived."
//
// The one speaking is at the story's main meeting (the first one with a
// day). Not read: an arrival somewhere else ("on arrival in Kyiv"), a
// greeting rather than words ("greeted the delegations on arrival"), a
// main meeting that is a call, and anyone the meeting already has as
// absent.

// doorstepRemarks files at main the speakers of doorstep remarks.
// With no dated meeting (undated wire copy) the meeting told first that
// is no recalled or side one takes them.
func (d *doc) doorstepRemarks(main *cluster, cs []*cluster) {
	if main == nil {
		for _, c := range cs {
			if !c.apart && !c.future && c.sideOf == nil && (main == nil || c.first < main.first) {
				main = c
			}
		}
	}
	if main == nil || main.call || main.future || main.kinds["call"] > 0 {
		return
	}
	for pi := range d.paras {
		p := &d.paras[pi]
		for _, sent := range p.sents {
			s, e := sent[0], sent[1]
			k := doorstepAt(p.toks, s, e)
			if k < 0 {
				continue
			}
			who := d.doorstepSpeaker(pi, s, k)
			if who == nil || main.hasAttendee(who) || absentFrom(main, who) || d.doorstepElsewhere(pi, s, e, main) {
				continue
			}
			main.addAttendees(who)
			main.addParagraph(pi)
		}
	}
}

// doorstepAt returns where a doorstep phrase starts in [s, e), or -1:
// "on arrival", "on his way in", "as she arrived", "before going in",
// "arriving for the talks". An arrival with a capitalised place after it
// ("on arrival in Kyiv", "as he arrived at Andrews") is no doorstep.
func doorstepAt(toks []token, s, e int) int {
	for k := s; k+1 < e; k++ {
		end := -1
		switch toks[k].low {
		case "on":
			switch {
			case toks[k+1].low == "arrival":
				end = k + 2
			case k+3 < e && (toks[k+1].low == "his" || toks[k+1].low == "her" || toks[k+1].low == "their") && toks[k+2].low == "way" && (toks[k+3].low == "in" || toks[k+3].low == "into"):
				end = k + 4 // "on his way in", "on her way into the summit"
			}
		case "as":
			if k+2 < e && (toks[k+1].low == "he" || toks[k+1].low == "she" || toks[k+1].low == "they") && toks[k+2].low == "arrived" {
				end = k + 3
			}
		case "before":
			if toks[k+1].low == "going" && k+2 < e && (toks[k+2].low == "in" || toks[k+2].low == "into") {
				end = k + 3
			}
		case "arriving":
			if k+2 < e && (toks[k+1].low == "for" || toks[k+1].low == "at") && toks[k+2].low == "the" {
				end = k + 1
			}
		}
		if end < 0 {
			continue
		}
		if end+1 < e && (toks[end].low == "in" || toks[end].low == "at" || toks[end].low == "from" || toks[end].low == "into") && toks[end+1].cap {
			return -1 // "on arrival in Kyiv"
		}
		if end+2 < e && (toks[end].low == "in" || toks[end].low == "at") && toks[end+1].low == "the" && toks[end+2].cap && !meetingWord(toks[end+2].low) {
			return -1 // "as he arrived at the Kremlin"
		}
		return k
	}
	return -1
}

// meetingWord: a capitalised meeting noun after "the" ("at the Summit").
func meetingWord(w string) bool {
	return w == "summit" || w == "council" || w == "meeting" || w == "talks" || w == "conference"
}

// doorstepSpeaker returns who speaks in the clause before the doorstep
// phrase at k: a named speaker of a speech verb ("Tusk said on arrival",
// "said Tusk on arrival"), or the person a pronoun before the verb means
// ("he told reporters on arrival"). A speaking participle counts as the
// verb ("Kallas, speaking to reporters on her way in, was blunt").
func (d *doc) doorstepSpeaker(pi, s, k int) *personEntry {
	toks := d.paras[pi].toks
	v := -1
	for j := k - 1; j >= s && j >= k-8; j-- {
		if isSpeech(toks[j]) || toks[j].low == "speaking" || toks[j].low == "talking" {
			v = j
			break
		}
	}
	if v < 0 {
		return nil
	}
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.p == nil || m.poss || m.start < s || m.start >= k {
			continue
		}
		after := max(m.end, m.rend)
		if after == v || after+1 == v && toks[after].text == "," || m.rstart-1 == v {
			return m.p
		}
	}
	if toks[v].low != "speaking" && toks[v].low != "talking" {
		// "Merz, at his first full council, said before going in"
		if subj := d.subjectList(pi, v, clauseStart(toks, s, v), s); len(subj) == 1 {
			return subj[0]
		}
		if w := d.mainSubject(pi, clauseStart(toks, s, v), v); w.p != nil {
			return w.p
		}
	}
	if v > s && (toks[v-1].low == "he" || toks[v-1].low == "she") {
		return d.resolvePronoun(pi, v-1, toks[v-1].low == "she")
	}
	return nil
}

// doorstepElsewhere is placedElsewhere with dates left out ("since taking
// office in May" places no one).
func (d *doc) doorstepElsewhere(pi, s, e int, c *cluster) bool {
	toks := d.paras[pi].toks
	for k := s; k+1 < e; k++ {
		if (toks[k].low == "in" || toks[k].low == "at") && toks[k+1].cap && (isMonth(toks[k+1].low) || isDay(toks[k+1].low)) {
			return d.placedElsewhere(pi, s, k, c) || d.placedElsewhere(pi, k+2, e, c)
		}
	}
	return d.placedElsewhere(pi, s, e, c)
}
