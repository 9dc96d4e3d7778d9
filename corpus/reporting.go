package corpus

// Attribution through a go-between: an outlet or a readout that carries
// someone's words ("was quoted by IRNA as saying", "told Al Jazeera",
// "according to a readout from the State Department").

// quotedAsSaying reads "X was quoted by OUTLET as saying" (X speaks) and
// "OUTLET quoted X as saying" (X speaks) for the speech verb at token v of
// the sentence starting at s. ok is false when the verb is not of that
// form.
func (d *doc) quotedAsSaying(pi, v, s int) (who, bool) {
	toks := d.paras[pi].toks
	if v-1 <= s || toks[v-1].low != "as" {
		return who{}, false
	}
	switch toks[v].low {
	case "saying", "telling", "writing", "stating", "warning", "adding":
	default:
		return who{}, false
	}
	for q := v - 2; q >= s && q >= v-16; q-- {
		t := toks[q]
		if t.kind == kQuote || t.text == ";" {
			return who{}, false
		}
		if t.low != "quoted" && t.low != "cited" {
			continue
		}
		a := q - 1
		for a >= s && (verbAdverbs[toks[a].low] || isLyAdverb(toks[a])) {
			a--
		}
		if a < q-1 && passiveAux[toks[q-1].low] || a < q-1 && passiveAux[toks[a+1].low] {
			// passive: the subject of "was quoted" speaks
			w := d.verbSubject(pi, q, s)
			return w, w.ok
		}
		if q+1 < v-1 {
			w := d.npSpeaker(pi, q+1, v-1, false)
			if !w.ok {
				w = d.unknownName(pi, q+1, v-1)
			}
			return w, w.ok
		}
		return who{}, false
	}
	return who{}, false
}

// passiveAux are the auxiliaries of a passive "was quoted".
var passiveAux = set(`was were is are been being be`)

// docNouns name a document whose author speaks through it.
var docNouns = set(`readout statement communique communiqué transcript report letter summary account release
	readouts statements`)

// accordingTo reads the phrase after "according to" starting at token a:
// a person or body, or the author of a document ("a State Department
// readout", "the Kremlin's account", "a readout from the State
// Department", "a statement issued by the ministry"). It returns the
// speaker, the end of the phrase, and whether the speaker is the author of
// a document rather than someone quoted directly.
func (d *doc) accordingTo(pi, a int) (who, int, bool) {
	toks := d.paras[pi].toks
	n := len(toks)
	j := a
	for j < n && toks[j].kind == kWord && (isDeterminer(toks[j].low) || toks[j].cap || toks[j].low == "'s" || toks[j].low == "'" || roleMods[toks[j].low] || orgHeads[toks[j].low]) && !docNouns[toks[j].low] {
		j++
	}
	if j < n && docNouns[toks[j].low] {
		doc := j
		// the owner or author before the document noun
		x := doc
		for x > a && (toks[x-1].low == "'s" || toks[x-1].low == "'") {
			x--
		}
		y := x
		for y > a && toks[y-1].cap && toks[y-1].kind == kWord {
			y--
		}
		if y < x {
			w := d.npSpeaker(pi, y, x, false)
			if !w.ok || w.name == "" && w.p == nil {
				w = who{name: joinTokens(toks, y, x), ok: true}
			}
			return w, doc + 1, true
		}
		// ... or after it: "a readout from the State Department"
		k := doc + 1
		if k < n && (toks[k].low == "issued" || toks[k].low == "released" || toks[k].low == "published") {
			k++
		}
		if k < n && (toks[k].low == "from" || toks[k].low == "by" || toks[k].low == "of") {
			b := npForward(toks, k+1)
			w := d.npSpeaker(pi, k+1, b, false)
			if !w.ok {
				w = d.unknownName(pi, k+1, b)
			}
			if w.ok {
				return w, b, true
			}
		}
		return who{}, doc + 1, true
	}
	b := npForward(toks, a)
	w := d.npSpeaker(pi, a, b, false)
	if !w.ok {
		w = d.unknownName(pi, a, b)
	}
	return w, b, false
}

// thatClauseBetween reports "and that" (or ", that") in tokens [a, b): the
// words after it continue a reported clause begun before ("told Modi that
// ..., according to a readout, and that ...").
func thatClauseBetween(toks []token, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if (toks[k].low == "and" || toks[k].text == ",") && toks[k+1].low == "that" {
			return true
		}
	}
	return false
}
