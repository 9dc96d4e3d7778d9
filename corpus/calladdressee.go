package corpus

// A call told by a sentence that opens with it, its people after the
// comma: "In a phone call on Friday, Trump told Putin that ...".

// addressVerbs tell what one side of a call said to the other: "told
// Lavrov", "urged Putin".
var addressVerbs = set(`told urged asked assured warned informed thanked pressed invited congratulated reassured promised`)

// callAddressee returns the subject of a sentence that opens with a call
// and the person it addressed: "In a phone call on Friday, Trump told
// Putin that ...", "During the call, Rubio urged Lavrov to ...".
func (d *doc) callAddressee(pi int, tr *trigger) (subj, obj *personEntry) {
	toks := d.paras[pi].toks
	s := tr.ss
	for s < tr.ti && s < tr.ss+8 && toks[s].low != "in" && toks[s].low != "during" && toks[s].low != "over" {
		s++ // past a dateline: "WASHINGTON (Reuters) - In a phone call"
	}
	if s >= tr.ti || tr.ti > s+5 || s > tr.ss && !dashLike(toks[s-1].text) {
		return nil, nil
	}
	comma := -1
	for j := tr.ti + 1; j < len(toks) && j <= tr.ti+8; j++ {
		if toks[j].text == "," {
			comma = j
			break
		}
		if toks[j].kind == kPunct || toks[j].kind == kQuote {
			return nil, nil
		}
	}
	if comma < 0 {
		return nil, nil
	}
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.start <= comma {
			continue
		}
		if m.start > comma+6 || m.poss {
			return nil, nil // the subject comes first
		}
		v := max(m.end, m.rend)
		if v+1 >= len(toks) || !addressVerbs[toks[v].low] {
			return nil, nil
		}
		if o, ok := d.personFrom(pi, v+1); ok {
			return m.p, o.p
		}
		return nil, nil
	}
	return nil, nil
}

func dashLike(s string) bool { return isDash(s) || s == "-" }
