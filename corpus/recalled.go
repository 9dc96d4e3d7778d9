package corpus

// Meetings that are not the one under way: one after the other
// ("separately, first X and then Y"), earlier rounds, "that meeting" after
// an event placed elsewhere, and the dates of rounds that ran several days.

import (
	"slices"
	"strings"
	"time"
)

// buildingInCity reports "the meeting at the Palais des Nations" told
// right after a meeting placed only in a city: a building there, unless the
// meeting already has another building.
func buildingInCity(place string, c *cluster) bool {
	return place != "" && isBuilding(strings.ToLower(place)) && c.place != "" && !isBuilding(strings.ToLower(c.place)) && c.building == ""
}

// separately splits "Guterres received the two leaders separately, first
// Christodoulides and then Tatar" into one meeting per person received:
// the subject with each of them.
func (d *doc) separately(pi int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	found := false
	for _, tr := range out {
		for j := tr.ti + 1; j < tr.ce && j <= tr.ti+8; j++ {
			found = found || toks[j].low == "separately"
		}
	}
	if !found {
		return out
	}
	var res []trigger
	for _, tr := range out {
		sep := -1
		for j := tr.ti + 1; j < tr.ce && j <= tr.ti+8; j++ {
			if toks[j].low == "separately" {
				sep = j
				break
			}
		}
		if !tr.verb || tr.future || tr.call || sep < 0 || !meetingVerbs[toks[tr.ti].low] || !thenAfter(toks, sep, tr.ce) {
			// ("met separately with Dermer and al-Hayya": indirect talks, one
			// meeting; "separately, first X and then Y": one after the other)
			res = append(res, tr)
			continue
		}
		subj := d.subjectList(pi, tr.ti, tr.cs, tr.ss)
		var objs []*personEntry
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && !m.poss && m.start > sep && m.start < tr.ce && !slices.Contains(subj, m.p) {
				objs = append(objs, m.p) // "separately, first Christodoulides and then Tatar"
			}
		}
		objs = dedupe(objs)
		if len(subj) == 0 || len(objs) < 2 {
			res = append(res, tr)
			continue
		}
		for _, o := range objs {
			one := tr
			one.remote = false // ("received the two leaders separately": the object names come after)
			one.apart = true   // each its own meeting, not the one under way
			one.people = dedupe(append(append([]*personEntry(nil), subj...), o))
			res = append(res, one)
		}
	}
	return res
}

// thenAfter reports "then" in tokens (k, e): "first X and then Y".
func thenAfter(toks []token, k, e int) bool {
	for j := k + 1; j < e; j++ {
		if toks[j].low == "then" {
			return true
		}
	}
	return false
}

// roundHeldVerbs tell that a round took place: "the round, held in Addis
// Ababa", "the round ended on Tuesday".
var roundHeldVerbs = set(`held ended began opened concluded closed wrapped resumed took lasted finished broke`)

// roundHeld reports a held-verb within three words after a bare "round"
// (k is the token after it), skipping a comma.
func roundHeld(toks []token, k, e int) bool {
	for j := k; j < e && j < k+3; j++ {
		if roundHeldVerbs[toks[j].low] {
			return true
		}
		if toks[j].text != "," && toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// purposeOfVerb reports a meeting noun told as the purpose of a meeting
// verb just before it in the clause: "Sewilam received Habtamu for two
// days of talks" is one meeting, the verb's.
func (d *doc) purposeOfVerb(pi, e int, out []trigger, toks []token, tr *trigger) bool {
	if tr.verb || tr.call || anchorBefore(toks, tr.cs, tr.ti) != "for" {
		return false
	}
	for i := range out {
		o := &out[i]
		if o.verb && !o.call && !o.remote && !o.future && o.ti < tr.ti && o.ce >= tr.ti && len(o.people) >= 2 {
			o.kind = tr.kind // ("hosted X for talks": talks)
			return true
		}
		if o.verb && !o.call && !o.remote && !o.future && o.ti < tr.ti && o.ce >= tr.ti && len(o.people) == 1 && tr.anaphoric {
			// "leaders met Vice President X for the partnership summit,
			// which Y co-chaired": the verb's meeting, with the one who
			// chaired it
			if holders := d.relativeHolders(pi, tr, e); len(holders) > 0 {
				o.kind = tr.kind
				o.people = dedupe(append(o.people, holders...))
				return true
			}
		}
	}
	return false
}

// leadersOf reports "(meeting) of the actual leaders, Vučić and Kurti":
// after "of", a group noun of people and then, after a comma, a name.
func (d *doc) leadersOf(pi, k, e int) int {
	toks := d.paras[pi].toks
	for j := k; j < e && j < k+5; j++ {
		if toks[j].text == "," {
			if j > k && peopleGroups[toks[j-1].low] && d.personSoonAfter(pi, j+1, e) {
				return j + 1 // the names, not the group ("the two leaders" might be others)
			}
			return -1
		}
		if toks[j].kind != kWord {
			return -1
		}
	}
	return -1
}

// peopleGroups name the people of a meeting as a group.
var peopleGroups = set(`leaders presidents ministers negotiators envoys premiers sides delegations heads chiefs`)

// spanWords count the days of a meeting told as "two-day", "three-day".
var spanWords = map[string]int{"two-day": 2, "three-day": 3, "four-day": 4, "five-day": 5, "2-day": 2, "3-day": 3}

// endedSpan moves the date of "the two-day meeting ... ended on Tuesday"
// (a span word before the noun at k, an ending verb just before the date)
// back to the meeting's first day, keeping the last as its end.
func endedSpan(toks []token, cs, k int, r dateRef) dateRef {
	n := 0
	for j := k - 1; j >= cs && j >= k-4; j-- {
		if v, ok := spanWords[toks[j].low]; ok {
			n = v
			break
		}
	}
	if n < 2 || r.day == "" || r.vague || r.pos < 2 || r.pos <= k {
		return r
	}
	ended := false
	for j := r.pos - 1; j > k && j >= r.pos-3; j-- {
		switch toks[j].low {
		case "ended", "closed", "concluded", "finished", "wrapped":
			ended = true
		}
	}
	t, err := time.Parse(time.DateOnly, r.day)
	if !ended || err != nil {
		return r
	}
	first := t.AddDate(0, 0, -(n - 1)).Format(time.DateOnly)
	r.until, r.day, r.key = r.day, first, first
	return r
}

// thatMeetingElsewhere reads "The two sides agreed in Geneva in May to cut
// tariffs. That meeting brought together Bessent, Greer and He.": a
// demonstrative "that meeting" opening a sentence points at the event the
// sentence before placed elsewhere, not at the meeting under way.
func (d *doc) thatMeetingElsewhere(pi int, sent, prev [2]int, trs []trigger, current *cluster) {
	toks := d.paras[pi].toks
	if current == nil || prev[1] <= prev[0] || (toks[sent[0]].low != "that" && toks[sent[0]].low != "those") {
		return
	}
	for i := range trs {
		tr := &trs[i]
		if tr.verb || !tr.anaphoric || tr.ti != sent[0]+1 || tr.place != "" {
			continue
		}
		pl := ""
		for j := prev[0]; j+1 < prev[1]; j++ {
			if toks[j].low == "in" && toks[j+1].cap && toks[j+1].kind == kWord && !isMonth(toks[j+1].low) {
				pl = d.placeName(pi, j+1, capRunEnd(toks, j+1, prev[1]))
				break
			}
		}
		if pl == "" || current.place != "" && d.placesAgree(pl, current.place) {
			continue
		}
		tr.anaphoric, tr.place = false, pl
		if r, ok := findDate(toks, prev[0], prev[1], d.day, false); ok {
			tr.date, tr.hasDate = r, true
		}
	}
}

// sinceBefore reports a date at token k told as a point since which
// something holds ("since the November 2024 ceasefire", "since 2022"): not
// the day of the meeting.
func sinceBefore(toks []token, cs, k int) bool {
	for j := k - 1; j >= cs && j >= k-8; j-- {
		if toks[j].low == "since" && sincePhraseEnd(toks, j) > k {
			return true // "since the spring of 2022"
		}
	}
	for j := k - 1; j >= cs && j >= k-3; j-- {
		if toks[j].low == "since" {
			return true
		}
		if toks[j].kind != kWord || !isDeterminer(toks[j].low) && !toks[j].cap {
			return false
		}
	}
	return false
}

// sceneDate gives the meeting verbs of a sentence that tells no day the
// latest day told in the paragraph's earlier sentences with no meeting
// (scenes), as a weak date.
func (d *doc) sceneDate(pi int, scenes [][2]int, trs []trigger) {
	need := false
	for i := range trs {
		if !trs[i].hasDate && trs[i].verb && !trs[i].future {
			need = true
		}
	}
	if !need {
		return
	}
	toks := d.paras[pi].toks
	for j := len(scenes) - 1; j >= 0; j-- {
		r, ok := findDate(toks, scenes[j][0], scenes[j][1], d.day, false)
		if !ok || r.day == "" || r.vague {
			continue
		}
		for i := range trs {
			if !trs[i].hasDate && trs[i].verb && !trs[i].future {
				trs[i].date, trs[i].hasDate, trs[i].weakDate = r, true, true
			}
		}
		return
	}
}

// sceneDay dates an undated meeting c with the day a scene line [sent)
// seating its people gives: "A and B sat on either side of C in the East
// Room on Friday afternoon" is the day of the signing just told, not of
// a meeting recalled further down that would otherwise take it in.
func (d *doc) sceneDay(c *cluster, pi int, sent [2]int) {
	if c.hasDate {
		return
	}
	toks := d.paras[pi].toks
	r, ok := findDate(toks, sent[0], sent[1], d.day, false)
	if !ok || r.day == "" || r.vague || r.relSet || isFuture(toks, sent[0], r.pos, false) || sinceBefore(toks, sent[0], r.pos) ||
		r.pos > 0 && toks[r.pos-1].low == "last" {
		return
	}
	c.date, c.hasDate = r, true
}

// sinceTimeWords may stand in a "since" phrase of time: "since the spring
// of 2022", "since early last year", "since then".
var sinceTimeWords = set(`the early late mid last then of start beginning end spring summer autumn fall winter year month week`)

// sinceAnchors are the words that make a "since" phrase one of time.
var sinceAnchors = set(`then last spring summer autumn fall winter`)

// sincePhraseEnd returns where the time phrase opened by "since" at i ends
// ("since 2022", "since the spring of 2022", "since last year"), else -1:
// a preposition, not a clause ("since the war began").
func sincePhraseEnd(toks []token, i int) int {
	anchor := false
	j := i + 1
	for ; j < len(toks) && toks[j].kind == kWord; j++ {
		t := toks[j].low
		switch {
		case startsDigit(t) || isMonth(t) && toks[j].cap || sinceAnchors[t]:
			anchor = true
		case sinceTimeWords[t]:
		default:
			if anchor {
				return j
			}
			return -1
		}
	}
	if anchor {
		return j
	}
	return -1
}
