package corpus

// Deeds: people news places at a meeting by what they did there, in the
// meeting the cue's clause names (or the one under way):
//
//	"Zeyoudi, the minister who chaired the conference, ..."; "Díaz-Canel
//	hosted the ceremony"
//	"The communique read by Nduva called for ..."
//	"Leyva ... witnessed the signing"; "..., as Starmer and Modi looked on"
//	"Delaney observed from the back of the room"
//	"The text was signed ... by Reynolds and Goyal"; "with Lavrov and
//	Wang Yi among those present"
//
// A perfect ("who had chaired the earlier rounds") or a plan ("will
// chair the session") places nobody.

// deedWords are the cue words the deed cues start at.
var deedWords = set(`chaired co-chaired hosted co-hosted presided moderated read witnessed looked observed signed among`)

func init() {
	for w := range deedWords {
		cueWords[w] = true
	}
}

// deedCues returns the people the deed at token k of the sentence [s, e)
// places at the meeting.
func (d *doc) deedCues(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k == s && toks[k].low != "read" || !deedWords[toks[k].low] {
		return nil
	}
	if k > s && (perfectOrPlan[toks[k-1].low] || k-1 > s && perfectOrPlan[toks[k-2].low] && isLyAdverb(toks[k-1])) {
		return nil
	}
	switch toks[k].low {
	case "read":
		return d.readBy(pi, s, k, e)
	case "signed":
		return d.signedBy(pi, s, k, e)
	case "among":
		return d.amongPresent(pi, s, k, e)
	case "looked":
		// "as Starmer and Modi looked on"
		if k+1 < e && toks[k+1].low == "on" && (k+2 == e || toks[k+2].kind != kWord) {
			return d.deedSubject(pi, s, k)
		}
	case "observed":
		// "observed from the back of the room", "observed the talks"
		if k+1 < e && (toks[k+1].low == "from" || meetingObject(toks, k+1, e)) {
			return d.deedSubject(pi, s, k)
		}
	case "presided":
		if k+1 < e && toks[k+1].low == "over" && meetingObject(toks, k+2, e) {
			return d.deedSubject(pi, s, k)
		}
	default: // chaired, hosted, moderated, witnessed
		if meetingObject(toks, k+1, e) {
			return d.deedSubject(pi, s, k)
		}
	}
	return nil
}

// perfectOrPlan words before a verb put the deed before the meeting told
// or after it: "had chaired", "will host".
var perfectOrPlan = set(`had has have 'd will would to shall may might could should`)

// meetingObject reports a meeting noun phrase at k: "the session", "both
// rounds", "the signing", "the one-day meeting", "it".
func meetingObject(toks []token, k, e int) bool {
	if k >= e {
		return false
	}
	switch toks[k].low {
	case "the", "its", "their", "both", "his", "her", "it":
		// (not "that session", "this meeting": a meeting pointed back to
		// may be another than the one the clause is routed to)
		if toks[k].low == "it" {
			return true // "chaired it from Riyadh"
		}
		k++
	default:
		return false
	}
	for j := k; j < e && j <= k+3; j++ {
		if meetingNouns[toks[j].low] != "" || toks[j].low == "round" || toks[j].low == "rounds" {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// deedSubject returns who did the deed at verb k: the antecedent of a
// relative "who" ("Zeyoudi, the minister who chaired the conference"),
// else the clause's subject.
func (d *doc) deedSubject(pi, s, k int) []*personEntry {
	toks := d.paras[pi].toks
	if a := d.relativeAntecedent(pi, s, k); a != nil {
		return []*personEntry{a}
	}
	if k-1 > s && toks[k-1].low == "who" {
		// "Varga, the Togolese minister who chaired": the person the
		// description belongs to, named just before it
		var best *personEntry
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && !m.poss && m.end <= k-1 && m.end >= k-12 && m.start >= s {
				best = m.p
			}
		}
		if best != nil {
			return []*personEntry{best}
		}
		return nil
	}
	return d.subjectList(pi, k, clauseStart(toks, s, k), s)
}

// readBy reads "the communique read by Nduva", "the final declaration,
// read by the host, ...": the reader was at the meeting.
func (d *doc) readBy(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k+1 >= e || toks[k+1].low != "by" {
		return nil
	}
	doc := false
	for j := k - 1; j >= s && j >= k-3; j-- {
		switch toks[j].low {
		case "communique", "communiqué", "declaration", "statement", "resolution", "text", "conclusions":
			doc = true
		}
	}
	if !doc {
		return nil
	}
	list, _ := d.parseList(pi, k+2, e)
	return list
}

// signedBy reads the passive "was signed at Chequers by Reynolds and
// Goyal", "was signed ... by Rodríguez, who heads the delegation, and by
// Blyde": the signers were at the signing.
func (d *doc) signedBy(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k == s || toks[k-1].low != "was" && toks[k-1].low != "were" {
		return nil
	}
	var out []*personEntry
	for j := k + 1; j < e && (len(out) == 0 && j <= k+14 || len(out) > 0); j++ {
		if toks[j].low != "by" || j+1 < e && byMedium[toks[j+1].low] {
			continue
		}
		list, end := d.parseList(pi, j+1, e)
		out = append(out, list...)
		j = max(j, end-1)
	}
	return out
}

// byMedium after "by" name a medium, not an agent ("by phone").
var byMedium = set(`phone telephone video videolink video-link letter email mail proxy`)

// amongPresent reads "with Lavrov and Wang Yi among those present" (or
// "among the participants"): the people of the "with" phrase before it.
func (d *doc) amongPresent(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k+2 >= e || !(toks[k+1].low == "those" && (toks[k+2].low == "present" || toks[k+2].low == "attending") || toks[k+1].low == "the" && (toks[k+2].low == "participants" || toks[k+2].low == "attendees")) {
		return nil
	}
	for j := k - 1; j > s && j >= k-14; j-- {
		if toks[j].low == "with" {
			if list, end := d.parseList(pi, j+1, k); end == k {
				return list
			}
			return nil
		}
	}
	return nil
}
