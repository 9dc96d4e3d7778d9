package corpus

import "time"

// Days and partners told outside a meeting's own clause: the clause a
// ", when ..." or ", where ..." clause hangs on, and a long "spent ... with".

// whenAfterComma reports a clause opened by ", when".
func whenAfterComma(toks []token, cs int) bool {
	return cs >= 1 && toks[cs].low == "when" && toks[cs-1].text == ","
}

// whenClauseDate finds the date a ", when ..." clause hangs on: the one
// nearest before the comma in the clause before it ("in Montevideo last
// December, when").
func (d *doc) whenClauseDate(toks []token, s int, tr trigger) (dateRef, bool) {
	if tr.future || tr.cs < s+2 {
		return dateRef{}, false
	}
	pcs, _ := clauseAround(toks, s, tr.cs, tr.cs-1)
	for k := tr.cs - 1; k >= pcs && k >= tr.cs-6; k-- {
		if r, ok := dateAt(toks, k, tr.cs-1, d.day, false); ok && !sinceBefore(toks, pcs, k) {
			r.pos = k
			return r, true
		}
	}
	return dateRef{}, false
}

// whereClauseDate finds the day of the clause a ", where ..." clause
// hangs on: the date nearest before "where", in the clause before it, when
// that clause tells of getting there ("travelled on Thursday to ...") or
// of something done at the place ("was struck on July 27 at Turnberry").
func (d *doc) whereClauseDate(toks []token, s int, tr trigger) (dateRef, bool) {
	if tr.cs < s+2 || tr.future {
		return dateRef{}, false
	}
	pcs, _ := clauseAround(toks, s, tr.cs, tr.cs-1)
	motion := false
	for k := pcs; k < tr.cs; k++ {
		motion = motion || motionVerbs[toks[k].low]
	}
	if !motion {
		// "The deal was struck on July 27 at Turnberry, where Trump and von
		// der Leyen met": the day the place was told with
		for k := tr.cs - 1; k >= pcs; k-- {
			if r, ok := dateAt(toks, k, tr.cs, d.day, false); ok && !sinceBefore(toks, pcs, k) {
				r.pos = k
				return r, true
			}
		}
		return dateRef{}, false
	}
	for k := tr.cs - 1; k >= pcs; k-- {
		if motionVerbs[toks[k].low] {
			break // (a date before the journey is another moment's)
		}
		if r, ok := dateAt(toks, k, tr.cs, d.day, false); ok {
			r.pos = k
			return r, true
		}
	}
	for k := tr.cs - 1; k >= pcs && k >= tr.cs-12; k-- {
		if !motionVerbs[toks[k].low] {
			continue
		}
		// "travelled on Thursday to": the date right after the verb
		for j := k + 1; j < tr.cs && j <= k+3; j++ {
			if r, ok := dateAt(toks, j, tr.cs, d.day, false); ok {
				r.pos = j
				return r, true
			}
		}
		break
	}
	return dateRef{}, false
}

// spentLongWith reports "spent most of the afternoon at the palace going
// through the text with the EU's chief negotiator, Ana Brandão": a longer
// stretch before "with", then a person.
func (d *doc) spentLongWith(pi, k, e int) bool {
	toks := d.paras[pi].toks
	for j := k; j < e && j < k+18; j++ {
		if toks[j].low == "with" {
			return j > k && d.personSoonAfter(pi, j+1, e)
		}
		if toks[j].kind != kWord || j > k && toks[j].low == "and" {
			return false
		}
	}
	return false
}

// spentHoursIn reports "spent more than four hours in separate rooms",
// "spent three hours at the table", "spent the night negotiating": a
// stretch of time told as the meeting itself (its people are the subject).
func spentHoursIn(toks []token, k, e int) bool {
	for j := k; j < e && j < k+5; j++ {
		switch low := toks[j].low; {
		case (low == "day" || isDay(low)) && j+1 < e && (toks[j+1].low == "locked" || toks[j+1].low == "negotiating" || toks[j+1].low == "behind"):
			return true // "spent most of Tuesday locked in talks", not "spent two days talking to officials"
		case low == "hours" || low == "minutes" || low == "hour" || low == "night" || low == "evening" || low == "afternoon" || low == "morning":
			if j+1 < e {
				switch toks[j+1].low {
				case "in", "at", "negotiating", "talking", "locked", "behind", "around", "discussing":
					return !(toks[j+1].low == "in" && j+2 < e && toks[j+2].cap) // (not "spent two hours in Tehran")
				case "on":
					return onALink(toks, j+2, e) // "spent about an hour on the link discussing export controls"
				}
			}
			return false
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// onALink reports "the link", "the line", "a video call", "the phone" at
// k: the line a stretch of time was spent on, a call or video conference
// (not "on the proposal", "on Ukraine").
func onALink(toks []token, k, e int) bool {
	if k < e && (toks[k].low == "the" || toks[k].low == "a") {
		k++
	}
	for ; k < e && toks[k].low == "video"; k++ {
	}
	if k >= e {
		return false
	}
	switch toks[k].low {
	case "link", "line", "call", "screen":
		return true
	}
	return callMedium(toks[k].low) || toks[k-1].low == "video" && toks[k].low == "conference"
}

// peopleOnDay reads a meeting's people as of the day it was held when that
// day is long past ("met the leaders of France and Germany on 5 October
// 2023": the leaders then, not now).
func (d *doc) peopleOnDay(pi, s int, tr *trigger) []*personEntry {
	if tr.hasDate && tr.date.day != "" && !d.day.IsZero() {
		if then, err := time.Parse(time.DateOnly, tr.date.day); err == nil && d.day.Sub(then) > 60*24*time.Hour {
			saved := d.day
			d.day = then
			defer func() { d.day = saved }()
		}
	}
	return d.triggerPeople(pi, s, tr)
}

// spentOnALink reports "an hour on the link", "two hours on a video
// call" after "spent": time spent on a line, the meeting a call.
func spentOnALink(toks []token, k, e int) bool {
	for j := k; j < e && j < k+5; j++ {
		if toks[j].low == "on" {
			return j > k && onALink(toks, j+1, e)
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}
