package corpus

// Host gatherings. A meeting held "on the sidelines of the SCO summit" or
// "on the margins of the G7 ministerial" names two meetings: the side
// meeting told by the clause, and the gathering that hosts it. The
// gathering shares the side meeting's day and city, so it used to be
// filed as the same meeting, and whoever the article placed at the
// gathering ("Sharif also attended the summit", "Boluarte, who hosted the
// summit") became an attendee of the side meeting. The host gathering is
// filed as a meeting of its own, set apart from the story's meeting, and
// a later mention of its noun ("the summit") finds it rather than the
// side meeting.

// sideWords name the edge of a gathering another meeting is held at.
var sideWords = set(`sidelines sideline margins margin fringes fringe`)

// hostGathering reports the meeting noun of tr as the setting of another
// meeting: "on the sidelines of the Shanghai Cooperation Organisation
// (SCO) summit".
func hostGathering(toks []token, tr *trigger) bool {
	if tr.verb || tr.future || tr.whenE > tr.whenS {
		return false // (", where they spoke with Macron": told of the side meeting, kept with it)
	}
	for j := tr.ti - 1; j >= tr.ss+2 && j >= tr.ti-10; j-- {
		t := toks[j]
		if t.low == "of" {
			if j-4 >= tr.ss && toks[j-4].low == "again" {
				return false // "met in Nairobi, and again on the margins of the AU summit": the gathering tells the second meeting
			}
			return sideWords[toks[j-1].low] && toks[j-2].low == "the"
		}
		if t.kind == kPunct && t.text != "(" && t.text != ")" || t.kind == kQuote || meetingNouns[t.low] != "" {
			return false
		}
	}
	return false
}

// assignHost files a host gathering's mention: under a host gathering of
// the same kind told before, when places agree, else as a new meeting set
// apart from the story's.
func (d *doc) assignHost(clusters *[]*cluster, tr *trigger) *cluster {
	for _, c := range *clusters {
		if c.host && c.kinds[tr.kind] > 0 && placeFits(tr.place, c) {
			tr.c = c
			c.kinds[tr.kind]++
			c.last = tr.pi
			return c
		}
	}
	c := &cluster{kinds: map[string]int{tr.kind: 1}, first: tr.pi, bornSent: tr.ss, last: tr.pi, host: true, apart: true}
	c.date, c.hasDate, c.weak = tr.date, tr.hasDate, tr.weakDate
	c.place = tr.place
	*clusters = append(*clusters, c)
	tr.c = c
	return c
}

// hostFor returns the host gathering a later mention of its noun refers
// to ("the summit" after "on the sidelines of the SCO summit"), or nil.
func hostFor(clusters []*cluster, tr *trigger) *cluster {
	if tr.verb || tr.future || tr.call || tr.kind != "summit" && tr.kind != "conference" {
		return nil
	}
	for _, c := range clusters {
		if c.host && c.kinds[tr.kind] > 0 && placeFits(tr.place, c) && (!tr.hasDate || !c.hasDate || c.date.key == tr.date.key) {
			return c
		}
	}
	return nil
}

// shareHostPlace gives the side meetings of a sentence the place of the
// gathering they were held at, when the sentence told it only with the
// gathering ("held talks on the sidelines of the SCO summit in Tianjin").
func shareHostPlace(trs []trigger) {
	for i := range trs {
		h := trs[i].c
		if h == nil || !h.host || h.place == "" {
			continue
		}
		for j := range trs {
			if c := trs[j].c; c != nil && !c.host && c.place == "" && !trs[j].future {
				c.place = h.place
			}
		}
	}
}
