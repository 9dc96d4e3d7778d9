package corpus

// Meals apart. A dinner, breakfast or lunch told at its own hour ("the
// royal dinner on Tuesday evening", "a trilateral breakfast before the
// session began", "Earlier on Monday, Luxon held talks with Anwar over
// breakfast") is a gathering of its own, not the working session of the
// summit it belongs to, even with many of the same people on the same
// day. A meal with no time of its own stays with the meeting it is told
// in ("a meeting that ran two hours over lunch", "the talks were
// followed by a working lunch"), and so does a working meal, which is
// part of the day's programme. A later mention of the meal ("That
// dinner, hosted by the king, ...") goes back to the meal apart.

// mealNouns name a meal.
var mealNouns = set(`dinner dinners breakfast breakfasts lunch lunches luncheon banquet supper brunch`)

// mealAt returns the meal noun a trigger tells, or -1: the noun itself
// ("Tuesday evening's dinner", "over breakfast", "breakfast talks"), or
// one after "for"/"over"/"at" in a verb's clause ("hosted the leaders
// for dinner", "held talks with Anwar over breakfast").
func (d *doc) mealAt(tr *trigger) int {
	toks := d.paras[tr.pi].toks
	k := tr.ti
	if k >= len(toks) {
		return -1
	}
	if mealNouns[toks[k].low] {
		return k
	}
	if k > 0 && mealNouns[toks[k-1].low] && meetingNouns[toks[k].low] != "" {
		return k - 1 // "breakfast talks"
	}
	for j := k + 1; j+1 < tr.ce && j+1 < len(toks) && j <= k+12; j++ {
		if (toks[j].low == "for" || toks[j].low == "over" || toks[j].low == "at") && mealNouns[toks[j+1].low] {
			return j + 1
		}
	}
	return -1
}

// mealOwnTime reports a meal told with a time of its own: a part of the
// day in its clause ("on Tuesday evening", "Thursday night"), "before"
// or "after" a meeting or "beforehand" in its sentence, or a sentence
// opening "Earlier" or "Later". A working meal has none.
func (d *doc) mealOwnTime(tr *trigger, m int) bool {
	toks := d.paras[tr.pi].toks
	if m > 0 && toks[m-1].low == "working" {
		return false
	}
	for j := tr.cs; j < tr.ce && j < len(toks); j++ {
		switch toks[j].low {
		case "evening", "night", "morning", "afternoon", "beforehand":
			return true
		}
	}
	_, e := d.paras[tr.pi].sentenceOf(tr.ti)
	for j := tr.ss; j+2 < e; j++ {
		if (toks[j].low == "before" || toks[j].low == "after") && (meetingNouns[toks[j+1].low] != "" ||
			isDeterminer(toks[j+1].low) && meetingNouns[toks[j+2].low] != "") && toks[j+1].low != "dinner" && toks[j+2].low != "dinner" {
			return true
		}
	}
	return toks[tr.ss].low == "earlier" || toks[tr.ss].low == "later"
}

// mealFiling adjusts the cluster findCluster chose for trigger tr (c,
// possibly nil): a meal with its own time opens a meal apart rather than
// joining a meeting; a later mention of a meal goes to the meal apart told
// in the last few paragraphs; no other mention joins a meal apart. It
// returns the cluster to use (nil: a new one) and whether tr tells a meal
// apart.
func (d *doc) mealFiling(clusters []*cluster, tr *trigger, c *cluster) (*cluster, bool) {
	m := d.mealAt(tr)
	if m < 0 {
		if c != nil && c.mealApart {
			return nil, false
		}
		return c, false
	}
	if d.mealOwnTime(tr, m) {
		if c != nil && !c.mealApart {
			return nil, true
		}
		return c, true
	}
	toks := d.paras[tr.pi].toks
	if c != nil && c.mealApart || m != tr.ti || m == 0 || toks[m-1].low != "the" && toks[m-1].low != "that" && toks[m-1].low != "this" {
		return c, c != nil && c.mealApart // ("a similar dinner in June": another one)
	}
	// "That dinner, hosted by ...": the meal told just before
	for i := len(clusters) - 1; i >= 0; i-- {
		if u := clusters[i]; u.mealApart && !u.future && tr.pi-u.last <= 3 {
			return u, true
		}
	}
	return c, false
}
