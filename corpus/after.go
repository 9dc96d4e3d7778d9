package corpus

// Attribution in the sentence after a quotation: "“…” That was how
// Zelensky put it on Monday." / "“…” The words were Merz's."

// afterOpeners open a sentence that points back at the quotation before it.
var afterOpeners = set(`that this those these such so the`)

// afterCues in that sentence tell that it names who said the words.
var afterCues = set(`put said says say wrote writes told words remarks comments verdict message assessment warning
	answer reply response view
	phrase phrasing line argued insisted`)

// afterBlockers tell of someone answering or taking up the words, not
// saying them.
var afterBlockers = set(`echoed repeated rejected dismissed criticised criticized disputed answered responded
	countered welcomed praised mocked quoted cited shared`)

// afterSpeaker finds the speaker of an unattributed quotation at r in the
// sentence right after it in the same paragraph, when that sentence points
// back at the words ("That was how X put it", "Those were the words of X",
// "So said X", "The words were X's").
func (d *doc) afterSpeaker(r qref) (who, bool) {
	p := &d.paras[r.pi]
	if k := r.ti + 1; k+1 < len(p.toks) && isDash(p.toks[k].text) {
		// "“…” — Volodymyr Zelensky, president of Ukraine": a pull
		// quote signed with the speaker's name
		for _, m := range p.ments {
			if m.kind == mPerson && !m.poss && m.rstart == k+1 && (m.rend >= len(p.toks) || p.toks[m.rend].kind == kPunct) {
				return d.personWho(m), true
			}
		}
	}
	_, e := p.sentenceOf(r.ti)
	ns, ne := -1, -1
	if r.ti+2 < e && isDash(p.toks[r.ti+1].text) {
		// "“…” — that was the message from Klitschko": the words, a dash,
		// then the sentence pointing back at them
		ns, ne = r.ti+2, e
	} else if e != r.ti+1 && !(e == r.ti+2 && p.toks[r.ti+1].text == ".") {
		return who{}, false // the quotation does not end its sentence
	}
	for _, st := range p.sents {
		if ns < 0 && st[0] == e {
			ns, ne = st[0], st[1]
		}
	}
	if ns < 0 && e >= len(p.toks) && r.pi+1 < len(d.paras) && len(d.paras[r.pi+1].sents) > 0 {
		// the words end their paragraph; the next one opens by pointing back
		p = &d.paras[r.pi+1]
		ns, ne = p.sents[0][0], p.sents[0][1]
	}
	if ns < 0 || ne-ns < 3 || !afterOpeners[p.toks[ns].low] {
		return who{}, false
	}
	if p.toks[ns].low == "the" && !afterCues[p.toks[ns+1].low] {
		return who{}, false // "The talks ...": a new sentence about something else
	}
	cue := false
	for k := ns; k < ne; k++ {
		if p.toks[k].kind == kQuote || afterBlockers[p.toks[k].low] {
			return who{}, false // ("That message was echoed by Starmer": someone else's answer)
		}
		if afterCues[p.toks[k].low] {
			cue = true
		}
	}
	if !cue {
		return who{}, false
	}
	for _, m := range p.ments {
		if m.kind == mPerson && m.start >= ns && m.start < ne {
			return d.personWho(m), true
		}
	}
	return who{}, false
}
