package corpus

import (
	"slices"
	"strings"
)

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
	if !tr.verb && k >= 2 && (toks[k-2].low == "after" || toks[k-2].low == "before") && isDeterminer(toks[k-1].low) {
		return -1 // "After the talks, the two leaders moved on for dinner": the talks the meal followed
	}
	for j := k + 1; j+1 < tr.ce && j+1 < len(toks) && j <= k+12; j++ {
		if (toks[j].low == "for" || toks[j].low == "over" || toks[j].low == "at" || tr.verb && toks[j].low == "to" && toks[j-1].low == "down") && (mealNouns[toks[j+1].low] || tr.verb && mealAfterPrep(toks, j+1, min(tr.ce+1, len(toks))) > 0) {
			// ("joined them for a welcome dinner", "sat down to a 'social
			// dinner'": a verb's; "After the talks, Ishiba hosted Lee at a
			// dinner": not the talks')
			return mealAfterPrep(toks, j+1, min(tr.ce+1, len(toks)))
		}
	}
	return -1
}

// mealAfterPrep returns the meal noun a preposition's object starting at
// a ends on ("dinner", "a dinner", "a welcome dinner", "an informal
// working lunch"), or -1.
func mealAfterPrep(toks []token, a, e int) int {
	if a < e && mealNouns[toks[a].low] {
		return a
	}
	if a >= e || toks[a].low != "a" && toks[a].low != "an" {
		return -1
	}
	for j := a + 1; j < e && j <= a+4; j++ {
		if mealNouns[toks[j].low] {
			return j
		}
		if toks[j].kind == kQuote && mealNouns[quotedMeal(toks[j])] {
			return j // a "social dinner"
		}
		if toks[j].kind != kWord || toks[j].cap || prepositions[toks[j].low] || clauseBreak[toks[j].low] || functionWords[toks[j].low] {
			return -1
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
	from := tr.cs
	if from > tr.ss && from < len(toks) && toks[from].low == "when" {
		from = max(tr.ss, from-4) // "on Wednesday evening, when the two leaders sat down to dinner"
	}
	for j := from; j < tr.ce && j < len(toks); j++ {
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
		for i := len(clusters) - 1; i >= 0; i-- {
			if u := clusters[i]; u.mealApart && !u.future && u.first == tr.pi && u.bornSent == tr.ss {
				return u, true // "hosted Lee at a dinner": the verb and its meal, one meal
			}
		}
		if c != nil && !c.mealApart {
			if c.distinct && c.first == tr.pi && c.bornSent == tr.ss && len(c.paras) == 1 && len(c.kinds) == 1 && c.kinds["meeting"] > 0 && c.hasDate == tr.hasDate && c.date.key == tr.date.key {
				// "when the two leaders shook hands and sat down to a dinner":
				// the sentence's encounter was the meal
				return c, true
			}
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

// leadPrincipals returns the people of the story's lead meeting (other
// than meal) whom the first paragraph naming any of them names: the two
// leaders of a lede "A and B agreed Friday ...", whom "joined them for
// dinner" means after the talks were told. Nil unless two or three are
// named there.
func (d *doc) leadPrincipals(meal *cluster) []*personEntry {
	lead := d.leadMeeting()
	if lead == nil || lead == meal {
		return nil
	}
	for pi := range d.paras {
		var out []*personEntry
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && m.p != nil && !m.poss && lead.hasAttendee(m.p) && !slices.Contains(out, m.p) {
				out = append(out, m.p)
			}
		}
		if len(out) > 0 {
			if len(out) < 2 || len(out) > 3 {
				return nil
			}
			return out
		}
	}
	return nil
}

// quotedMeal returns the last word of a quoted span ("social dinner" in
// quotation marks: "dinner"), lower-cased, or "".
func quotedMeal(t token) string {
	f := strings.Fields(strings.ToLower(t.text))
	if len(f) == 0 || len(f) > 3 {
		return ""
	}
	return strings.Trim(f[len(f)-1], "\"'“”‘’.,")
}

// leadMeeting returns the first meeting told that is held in person, not
// planned, nor told apart or as a meal apart: the story's own.
func (d *doc) leadMeeting() *cluster {
	for _, o := range d.clusters {
		if !o.future && !o.apart && !o.call && !o.mealApart {
			return o
		}
	}
	return nil
}
