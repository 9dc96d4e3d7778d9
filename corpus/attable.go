package corpus

// People a sentence seats at a meeting in a trailing "with" phrase: "The
// first round took place on May 16 at the palace, also with Fidan, Umerov
// and Medinsky at the table", "the talks opened in Doha, with Ruiz and
// Nowak in attendance".

// tableTails end a "with" list that seats its people at the meeting.
var tableTails = [][]string{
	{"at", "the", "table"}, {"around", "the", "table"}, {"round", "the", "table"},
	{"in", "attendance"}, {"in", "the", "room"}, {"present"},
	// "with Renner attending", "with the diplomat Vos in the middle"
	{"attending"}, {"mediating"}, {"in", "the", "middle"}, {"in", "the", "chair"},
	// "with A, B and C among those at the table"
	{"among", "those", "at", "the", "table"}, {"among", "those", "around", "the", "table"},
	{"among", "those", "present"}, {"among", "those", "in", "the", "room"}, {"among", "those", "attending"},
	{"among", "those", "taking", "part"}, {"among", "the", "participants"}, {"among", "the", "attendees"},
}

// withAtTable returns the people of a "with ... at the table" phrase after
// the meeting mention tr and before the sentence's end e, unless another
// meeting is named first.
func (d *doc) withAtTable(pi int, tr *trigger, e int) []*personEntry {
	toks := d.paras[pi].toks
	for j := tr.ti + 1; j < e; j++ {
		if j > tr.ce && (meetingNouns[toks[j].low] != "" || meetingVerbs[toks[j].low]) || toks[j].text == ";" {
			return nil // ("..., a week after talks with Ruiz at the table": the other talks')
		}
		if toks[j].low != "with" || !(toks[j-1].text == "," || toks[j-1].low == "also" || toks[j-1].low == "and") {
			continue
		}
		list, end := d.parseList(pi, j+1, e)
		if len(list) == 0 {
			return nil
		}
		if other := d.otherSideList(pi, end, e); len(other) > 0 {
			return append(list, other...) // "with A and B on one side of the table and C and D on the other"
		}
		for x := j + 2; x <= end; x++ {
			// the tail ends the list ("with A and B at the table"), or the
			// list reads past it ("with A and B around the table, along
			// with the secretary general, C")
			for _, tail := range tableTails {
				if x+len(tail) <= e && matchWords(toks, x, tail) && !(x+len(tail) < e && toks[x+len(tail)].low == "of") {
					return list // (not "in the middle of the threat of tariffs")
				}
			}
		}
		return nil
	}
	return nil
}

// otherSideList reads "on one side (of the table) and C and D on the
// other" after a "with" list ending at k: the people of the other side.
func (d *doc) otherSideList(pi, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if !matchWords(toks, k, []string{"on", "one", "side"}) {
		return nil
	}
	a := k + 3
	if matchWords(toks, a, []string{"of", "the", "table"}) {
		a += 3
	}
	if a >= e || toks[a].low != "and" {
		return nil
	}
	for o := a + 2; o < e && o < a+25; o++ {
		if matchWords(toks, o, []string{"on", "the", "other"}) {
			if list, end := d.parseList(pi, a+1, o); end == o {
				return list
			}
			return nil
		}
	}
	return nil
}

// matchWords reports the words ws at tokens from k.
func matchWords(toks []token, k int, ws []string) bool {
	for i, w := range ws {
		if k+i >= len(toks) || toks[k+i].low != w {
			return false
		}
	}
	return true
}
