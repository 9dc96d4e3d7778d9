package corpus

// Meetings a sentence tells through a trip or a call for them: "travelled
// to Ankara on Tuesday for talks with Erdogan" (the traveller meets
// Erdogan), "joined Macron and Starmer for talks with Zelenskyy" (and
// Zelenskyy), "called on Tuesday for talks between Zelenskyy and Putin"
// (talks asked for, not held).

// askForVerbs before "for" ask for a meeting rather than tell one.
var askForVerbs = set(`called calls calling pushed pushing pressed pressing appealed appealing lobbied lobbying clamoured clamored`)

// forTalks completes the people of "for talks with" mentions and marks
// talks asked for as not held.
func (d *doc) forTalks(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	for i := range out {
		tr := &out[i]
		if tr.verb || tr.call || tr.future {
			continue
		}
		f := forBefore(toks, tr.cs, tr.ti)
		if f < 0 {
			continue
		}
		if demandBefore(toks, tr.cs, f) {
			tr.future = true // "Erdogan called on Tuesday for talks between Zelenskyy and Putin"
			continue
		}
		if tr.ti+1 >= tr.ce || toks[tr.ti+1].low != "with" {
			continue
		}
		for v := f - 1; v > tr.cs && v >= f-10; v-- {
			if toks[v].kind != kWord || toks[v].cap || !motionVerbs[toks[v].low] || negatedBefore(toks, tr.cs, v) {
				continue
			}
			// "Zelenskyy travelled to Ankara on Tuesday for talks with Erdogan"
			tr.people = dedupe(append(d.subjectList(pi, v, tr.ss, tr.ss), tr.people...))
			break
		}
	}
	for i := range out {
		tr := &out[i]
		if !tr.verb || tr.future || (toks[tr.ti].low != "joined" && toks[tr.ti].low != "joins") {
			continue
		}
		// "Merz joined Macron and Starmer for talks with Zelenskyy"
		for j := tr.ti + 1; j+2 < tr.ce && j < tr.ti+16; j++ {
			if meetingNouns[toks[j].low] != "" && toks[j+1].low == "with" && forBefore(toks, tr.ti, j) > 0 {
				list, _ := d.parseList(pi, j+2, tr.ce)
				tr.people = dedupe(append(tr.people, list...))
				break
			}
		}
	}
	return out
}

// forBefore returns the "for" that opens the meeting noun at k ("for
// talks", "for a first round of talks"), or -1.
func forBefore(toks []token, cs, k int) int {
	for j := k - 1; j >= cs && j >= k-4; j-- {
		if toks[j].low == "for" {
			return j
		}
		if toks[j].kind != kWord || !meetingModifier(toks[j]) && toks[j].low != "of" && toks[j].low != "round" {
			return -1
		}
	}
	return -1
}

// demandBefore reports a demand verb shortly before the "for" at f:
// "called for talks", "called on Tuesday for talks", "pressed for a
// meeting".
func demandBefore(toks []token, cs, f int) bool {
	for j := f - 1; j >= cs && j >= f-4; j-- {
		if askForVerbs[toks[j].low] {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}
