package corpus

import "strings"

// Timeline entries: an explainer's "How did they get here?" told as one
// paragraph a round, each opening with where and when it was held:
//
//	Geneva, May 10-11: Bessent and Greer met He for the first time ...
//	Stockholm, July 28-29: Bessent, Greer, He and Li agreed to seek ...
//	Madrid, September 14-15: The same four reached a framework ...
//
// Each entry is a meeting at its place on its day, of the people its
// first sentence opens with, or, when it opens with "The same four", "The
// negotiators", of the people of the entry before.

// timelineHead reads the "Place, Date:" an entry opens with: the place's
// text, its date, and the token after the colon (0 when the paragraph is
// no such entry).
func (d *doc) timelineHead(toks []token, e int) (string, dateRef, int) {
	k := 0
	for k < e && k < 4 && toks[k].kind == kWord && toks[k].cap {
		k++
	}
	if k == 0 || k >= e || toks[k].text != "," {
		return "", dateRef{}, 0
	}
	place := make([]string, 0, k)
	for _, t := range toks[:k] {
		place = append(place, t.text)
	}
	for j := k + 1; j < e && j <= k+7; j++ {
		if toks[j].text != ":" {
			continue
		}
		r, ok := findDate(toks, k+1, j, d.day, false)
		if !ok || r.vague || r.day == "" || r.pos != k+1 || j+1 >= e {
			return "", dateRef{}, 0
		}
		return strings.Join(place, " "), r, j + 1
	}
	return "", dateRef{}, 0
}

// sameGroup reports an entry's subject that names back to the people of
// the entry before ("The same four", "The four negotiators", "The
// negotiators", "The two teams") from k, with the number it gives (0 for
// none).
func sameGroup(toks []token, k, e int) (int, bool) {
	if k+1 >= e || toks[k].low != "the" {
		return 0, false
	}
	j := k + 1
	if toks[j].low == "same" {
		j++
	}
	n := 0
	if j < e && numberWords[toks[j].low] && toks[j].low != "both" && toks[j].low != "several" {
		n, _ = countBefore(toks, j+1) // (0 past "five": not checked)
		j++
	}
	if j < e && roundGroupNouns[toks[j].low] {
		j++
	} else if j == k+1 || n == 0 && toks[k+1].low == "same" && j == k+2 {
		return 0, false // "The talks", "The same day"
	}
	if j >= e || toks[j].kind != kWord || toks[j].cap {
		return 0, false
	}
	return n, true
}

// openerWords open a phrase set before an entry's subject.
var openerWords = set(`with after despite amid following before`)

// roundGroupNouns name the people of a negotiating round as a group.
var roundGroupNouns = set(`negotiators teams delegations envoys sides ministers officials leaders`)

// timelineEntry files the meeting a timeline entry's first sentence (sent)
// tells, when pi opens with "Place, Date:", and returns it (nil when the
// paragraph is no entry, or its sentence tells no meeting of people).
// prev is the meeting of the entry before.
func (d *doc) timelineEntry(clusters *[]*cluster, pi int, sent [2]int, trs []trigger, prev *cluster) *cluster {
	toks := d.paras[pi].toks
	if sent[0] != 0 {
		return nil
	}
	place, r, k := d.timelineHead(toks, sent[1])
	if k == 0 {
		return nil
	}
	n, group := sameGroup(toks, k, sent[1])
	for j := k + 1; !group && j < sent[1]; j++ {
		if toks[j].text == "," && toks[k].cap && openerWords[toks[k].low] {
			// "Kuala Lumpur, October 25-26: With the threat hanging over
			// the talks, the four negotiators produced the text"
			n, group = sameGroup(toks, j+1, sent[1])
		}
	}
	var people []*personEntry
	if group {
		if prev == nil || n > 0 && len(prev.att) != n {
			return nil
		}
		people = prev.att
	}
	for i := range trs {
		if trs[i].c != nil && !trs[i].future && trs[i].cs <= k && trs[i].ti > k {
			// "London, June 9-10: The negotiators met at Lancaster House,
			// joined this time by X": the meeting its verb tells, with the
			// group told back to
			c := trs[i].c
			c.addAttendees(people...)
			if c.place == "" {
				c.place = place // "Geneva, May 10-11: Bessent and Greer met He"
			}
			if !c.hasDate {
				c.date, c.hasDate = r, true
			}
			return c
		}
	}
	if len(trs) > 0 {
		return nil
	}
	if !group {
		list, end := d.parseList(pi, k, sent[1])
		if len(list) < 2 || end >= sent[1] || toks[end].kind != kWord || toks[end].cap {
			return nil // (not "Geneva, May 10: Talks opened")
		}
		people = list
	}
	tr := trigger{pi: pi, ti: k, cs: k, ce: sent[1], kind: "meeting", date: r, hasDate: true, place: place}
	c := d.assign(clusters, &tr, nil)
	if c == nil {
		return nil
	}
	c.addAttendees(people...)
	c.addParagraph(pi)
	return c
}
