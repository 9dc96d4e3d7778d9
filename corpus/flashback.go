package corpus

import "time"

// flashbackDays is how many days before the meeting under way a sentence's
// own date must lie to tell another meeting: a day or two earlier is the
// eve of the same one ("Zelensky, who arrived on Sunday, ...").
const flashbackDays = 3

// flashback opens a meeting for a sentence with no meeting word of its own
// that is dated days before the meeting under way and tells who was there
// ("Starting on Monday, Oct. 6, Hamas negotiators led by Khalil al-Hayya
// and an Israeli team sat in separate wings of a hotel"): the people it
// names were at that earlier round, not at the meeting the story is about.
// The date must open the sentence, before anyone is named: in "Absent
// was Paetongtarn, whose suspension on July 1 ..." it dates a clause about
// her, not the sentence. It returns nil when the sentence carries no such
// date.
func (d *doc) flashback(clusters *[]*cluster, pi int, sent [2]int, current *cluster) *cluster {
	if current.future || !current.hasDate || current.date.day == "" {
		return nil
	}
	toks := d.paras[pi].toks
	dt, ok := findDate(toks, sent[0], sent[1], d.day, false)
	if !ok || dt.day == "" || dt.vague || dt.relSet {
		return nil
	}
	then, err1 := time.Parse(time.DateOnly, dt.day)
	now, err2 := time.Parse(time.DateOnly, current.date.day)
	if err1 != nil || err2 != nil || now.Sub(then) < flashbackDays*24*time.Hour {
		return nil
	}
	if !d.hasPersonIn(pi, dt.pos, sent[1]) || d.hasPersonIn(pi, sent[0], dt.pos) {
		return nil // the date fronts the sentence, its people come after it
	}
	tr := trigger{pi: pi, ti: sent[0], cs: sent[0], ce: sent[1], kind: "meeting", date: dt, hasDate: true}
	tr.place = d.placeIn(pi, tr)
	c := d.assign(clusters, &tr, nil)
	if c != nil {
		c.addParagraph(pi)
	}
	return c
}
