package corpus

// Meetings told as held the day before another: "On the eve of Friday's
// summit, Scholz held a phone call with Zelenskyy", "Ruiz called Nowak on
// the eve of the talks". They are meetings of their own, a day earlier,
// not someone's remote part in the meeting named.

// eveOfMeeting returns where "eve of" opens a phrase naming a meeting in
// tokens [s, e) ("the eve of Friday's summit", "the eve of the talks"),
// and the token of that meeting's noun; -1 when there is none.
func eveOfMeeting(toks []token, s, e int) (int, int) {
	for j := s; j+1 < e; j++ {
		if toks[j].low != "eve" || toks[j+1].low != "of" || j == s || toks[j-1].low != "the" {
			continue
		}
		for m := j + 2; m < e && m <= j+6; m++ {
			if toks[m].kind != kWord && toks[m].low != "'s" && toks[m].text != "’s" {
				break
			}
			if meetingNouns[toks[m].low] != "" || toks[m].low == "round" || toks[m].low == "visit" {
				return j, m
			}
		}
	}
	return -1, -1
}

// onTheEve sets a meeting told as held on the eve of another apart from it,
// on the day before: the day named for the other meeting less one, or one
// day before the meeting the story is telling.
func onTheEve(toks []token, s, e int, tr *trigger) {
	j, m := eveOfMeeting(toks, s, e)
	if j < 0 || tr.ti >= j-1 && tr.ti <= m || len(tr.people) < 2 || tr.future {
		return // (the meeting named after "eve of" is that meeting itself)
	}
	tr.apart = true
	if tr.hasDate && (tr.date.pos < j || tr.date.pos > m) {
		return // a day of its own: "on the eve of the summit, on Thursday"
	}
	if tr.hasDate && tr.date.day != "" && !tr.date.vague {
		// "the eve of Friday's summit": the Thursday
		if r, ok := resolveRel(dateRef{rel: -1, relSet: true}, tr.date.day); ok {
			r.pos = tr.ti // the trigger's own day, whatever meeting is named between
			tr.date = r
			return
		}
	}
	tr.date, tr.hasDate = dateRef{key: "rel:eve", vague: true, rel: -1, relSet: true, pos: tr.ti}, true
}
