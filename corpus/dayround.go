package corpus

import "slices"

// A day's round of calls told as its close: "He then went to the Grand
// Serail to see Salam and ended the day in Ain al-Tineh with Speaker
// Berri" is a meeting of the visitor with Berri at Ain al-Tineh, the next
// of the day, and the place belongs to it, not to the visit to Salam. So
// is its opening: "Dahl began the day at the palace, where President Vos
// received her" is a meeting of Dahl with Vos at the palace.

// dayEndVerbs open or close a day, a visit or a tour with an encounter.
var dayEndVerbs = set(`ended ends finished finishes wrapped closed concluded rounded began begins started starts opened`)

// dayOpenVerbs open the day: its first encounter, not the next one.
var dayOpenVerbs = set(`began begins started starts opened`)

// dayNouns are the spans such a verb opens or closes.
var dayNouns = set(`day evening visit tour trip morning afternoon stay`)

// endedDayWith adds the encounter of each "ended the day in P with X" of
// the sentence [s, e) to out: the subject of the encounter told before it
// in the sentence (or of its own clause) with X, at P, on the same day.
func (d *doc) endedDayWith(pi, s, e int, out []trigger) []trigger {
	toks := d.paras[pi].toks
	for k := s + 1; k < e; k++ {
		if !dayEndVerbs[toks[k].low] || inside(out, k) {
			continue
		}
		j := k + 1
		if j < e && (toks[j].low == "up" || toks[j].low == "off") {
			j++ // "wrapped up the day", "rounded off his visit"
		}
		if j+1 >= e || toks[j].low != "the" && !possessivePronoun(toks[j].low) || !dayNouns[toks[j+1].low] {
			continue
		}
		j += 2
		place := ""
		if j+1 < e && (toks[j].low == "in" || toks[j].low == "at") {
			// "in Ain al-Tineh", "at the presidential palace in Baabda": the
			// place phrase runs to a comma or the "with"
			b := j + 1
			for b < e && b < j+10 && toks[b].kind == kWord && toks[b].low != "with" {
				b++
			}
			place = d.placeIn(pi, trigger{pi: pi, ti: k, ss: s, cs: j, ce: b, verb: true})
			if place == "" {
				continue
			}
			j = b
		}
		var obj []*personEntry
		end := j
		switch {
		case j+1 < e && toks[j].low == "with":
			obj, end = d.parseList(pi, j+1, e)
		case place != "" && j+2 < e && toks[j].text == "," && toks[j+1].low == "where":
			// "began the day at the palace in Baabda, where President Aoun
			// handed him a reply": the one who received him there
			if m, ok := d.personFrom(pi, j+2); ok {
				obj, end = []*personEntry{m.p}, m.end
			}
		}
		if len(obj) == 0 {
			continue
		}
		var prev *trigger
		if toks[k-1].low == "and" {
			for i := len(out) - 1; i >= 0; i-- {
				if out[i].ti < k && out[i].verb && !out[i].future && !out[i].call && !out[i].remote {
					prev = &out[i]
					break
				}
			}
		}
		var subj []*personEntry
		if prev != nil {
			for _, p := range prev.people {
				if !d.mentionedBetween(pi, prev.ti+1, k, p) && !slices.Contains(obj, p) {
					subj = append(subj, p) // the one who went on, not the one he saw first
				}
			}
		} else {
			for _, p := range d.subjectList(pi, k, s, s) {
				if !slices.Contains(obj, p) {
					subj = append(subj, p)
				}
			}
		}
		if len(subj) == 0 {
			continue
		}
		tr := trigger{pi: pi, ti: k, ss: s, cs: k, ce: end, kind: "meeting", verb: true, place: place, next: !dayOpenVerbs[toks[k].low]}
		tr.people = dedupe(append(subj, obj...))
		if prev != nil {
			tr.date, tr.hasDate = prev.date, prev.hasDate
			if prev.place == place && place != "" {
				// the place of the day's close, read into the clause before it
				before := *prev
				before.ce = k - 1
				prev.place = d.placeIn(pi, before)
			}
		} else {
			tr.date, tr.hasDate = d.triggerDate(toks, tr)
		}
		out = append(out, tr)
	}
	return out
}

// mentionedBetween reports a mention of p among tokens [a, b).
func (d *doc) mentionedBetween(pi, a, b int, p *personEntry) bool {
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.p == p && m.start >= a && m.start < b {
			return true
		}
	}
	return false
}
