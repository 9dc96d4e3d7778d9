package corpus

import (
	"regexp"
	"slices"
	"strings"
)

// meetings finds the meetings the article reports.
func (d *doc) meetings() []Meeting {
	var clusters []*cluster
	var current *cluster
	var lastTold *cluster // the meeting told last in the last sentence that told one
	lastToldPi := -1
	var timelineLast *cluster // the meeting of the last timeline entry ("Geneva, May 10-11: ...", timeline.go)
	var listTo *cluster       // "The following ministers took part:" and the list after it
	var answerTo *cluster     // the meeting an interview's "Who was in the room?" asks about
	roster := false           // the list is a factbox's, under a "who took part" heading
	var delegTo *cluster      // the meeting a factbox's "THE U.S. DELEGATION" items seat their people at
	inDeleg := false          // reading the items under such a heading
	for pi := range d.paras {
		p := &d.paras[pi]
		if current != nil && (current.apart && (entryHeading(p.text) || slices.Contains(d.a.entries, pi)) ||
			current.call && (entryHeading(p.text) || slices.Contains(d.a.entries, pi) || slices.Contains(d.a.stamps, pi))) {
			// "15:30 GMT – Who is in the room?": a live blog's next entry is
			// about the story's meeting again, not the earlier round the
			// entry before recalled (nor the phone call it reported, under
			// a bare "14.05 CET" as well)
			if lead := storyLead(clusters); lead != nil {
				current = lead
			}
		}
		if isSubheading(p.text) {
			// "THE U.S. DELEGATION", then "* MARCO RUBIO - Secretary of
			// State. ...": each item's person is at the meeting the story
			// told before the first such heading ("THE EUROPEANS",
			// "RUSSIA": other people)
			inDeleg = delegationHeading(p.toks) && (delegTo != nil || current != nil && !current.future)
			if inDeleg && delegTo == nil {
				delegTo = current
			}
		} else if inDeleg {
			if e := d.itemHeadPerson(pi); e != nil {
				delegTo.addAttendees(e)
				delegTo.addParagraph(pi)
			} else {
				inDeleg = false
			}
		}
		if listTo == nil && current != nil && !current.future && d.rosterStarts(pi) {
			// a factbox's list of "Name, role" lines under a heading the
			// loader dropped ("WHO TOOK PART")
			listTo, roster = current, true
		}
		if listTo != nil {
			if es := d.listItemPeople(pi); es != nil && (!roster || d.rosterItem(pi)) {
				listTo.addAttendees(es...)
				listTo.addParagraph(pi)
				if !roster || !unpunctuated(p.toks) || len(p.toks) < 12 {
					continue
				}
				current = listTo // a longer item reads on: "..., flanked by X"
			} else if roster && unpunctuated(p.toks) && len(p.toks) <= 30 && !d.hasPerson(pi) {
				continue // "Officials of the general staff, who were not named"
			} else if capsHeading(p.toks) {
				continue // "THE U.S. SIDE": a heading inside the list
			} else {
				listTo, roster = nil, false
			}
		}
		if answerTo != nil {
			// the answer to "Q: Who was in the room?": the people it names
			answerTo.addAttendees(d.answerPeople(pi)...)
			answerTo.addParagraph(pi)
			answerTo = nil
		}
		if current != nil && !current.future && whoWasThereLine(p.text) {
			answerTo = current
			continue
		}
		if current != nil && introducesList(p.toks) {
			listTo = current
		}
		var scenes [][2]int // sentences with no meeting, read for a scene's day when needed
		var prevSent [2]int // the sentence before, in this paragraph
		for _, sent := range p.sents {
			d.current = current
			trs := d.triggers(pi, sent[0], sent[1])
			d.shareDates(p.toks, sent[0], sent[1], trs)
			d.thatMeetingElsewhere(pi, sent, prevSent, trs, current)
			prevSent = sent
			if len(trs) == 0 {
				scenes = append(scenes, sent)
			} else if len(scenes) > 0 {
				// "On a humid morning last Thursday it did its job. Costa and von
				// der Leyen ... were greeted by Xi": the scene's day
				d.sceneDate(pi, scenes, trs)
			}
			if thereOpening(p.toks, sent[0], sent[1]) && current != nil && current.place != "" {
				// "There, Bessent and Greer sat down with He": the place just told
				for i := range trs {
					if trs[i].place == "" {
						trs[i].place = current.place
					}
				}
			}
			for i := range trs {
				// "a day earlier", "the next day": counted from the meeting just told
				if trs[i].hasDate && trs[i].date.relSet && current != nil && current.hasDate && current.date.day != "" {
					if r, ok := resolveRel(trs[i].date, current.date.day); ok {
						trs[i].date = r
					}
				} else if trs[i].hasDate && trs[i].date.relSet && trs[i].date.restated != "" {
					// "five days later, on September 19", after a meeting told
					// with no day: the day written out
					r := dateRef{key: trs[i].date.restated, day: trs[i].date.restated, pos: trs[i].date.pos}
					trs[i].date = r
				}
			}
			var here *cluster
			hereBack := false // here is a meeting named back to ("the talks")
			for i := range trs {
				if trs[i].remote {
					continue
				}
				cur := current
				if here != nil && ownedMention(p.toks, trs[i]) && !trs[i].hasDate && trs[i].place == "" {
					cur = here // "met on Thursday, with Hegseth attending his first ministerial meeting"
				}
				if here != nil && i > 0 && partOfPrevious(p.toks, trs[i-1], trs[i]) && !trs[i].hasDate && trs[i].place == "" {
					cur = here // "joined the leaders for the morning session of the summit": one meeting
				}
				if here != nil && i > 0 && passiveOfPrevious(p.toks, trs[i-1], trs[i]) && !trs[i].hasDate && trs[i].place == "" && trs[i-1].c == here {
					cur = here
					trs[i].presence = true // (assign files it with the meeting its subject names)
				}
				if !trs[i].hasDate && trs[i].place == "" && conjoinedHeld(p.toks, &trs[i]) {
					for j := i - 1; j >= 0; j-- {
						if trs[j].verb && trs[j].c != nil && !trs[j].future {
							cur = trs[j].c // "received Haddad at the venue and held bilateral talks with him": one meeting
							break
						}
					}
				}
				if hostGathering(p.toks, &trs[i]) {
					d.assignHost(&clusters, &trs[i]).addParagraph(pi) // "on the sidelines of the SCO summit"
					continue
				}
				if i > 0 && sameCall(trs[i-1], trs[i]) {
					// "X and Y spoke by phone on Wednesday evening": the verb and
					// its line tell one call
					c := trs[i-1].c
					trs[i].c = c
					for _, p := range trs[i].callee {
						c.addAbsent(p, "by phone") // "... huddled in a side room and spoke by phone with Trump"
					}
					if !c.hasDate && trs[i].hasDate {
						c.date, c.hasDate = trs[i].date, true
					}
					continue
				}
				c := d.assign(&clusters, &trs[i], cur)
				if c == nil {
					continue
				}
				c.addParagraph(pi)
				if !c.future && (here == nil || bodyWhichMet(p.toks, trs[i]) || hereBack && trs[i].verb && trs[i].hasDate && !strings.HasPrefix(trs[i].date.key, "rel:") && c != here || hereBack && c != here && (c.mealApart && !here.mealApart || here.mealApart && trs[i].apart && len(trs[i].people) >= 2)) &&
					(!(trs[i].cs > sent[0] && (p.toks[trs[i].cs].low == "who" || p.toks[trs[i].cs].low == "which" || sinceRecalled(p.toks, trs[i]))) || bodyWhichMet(p.toks, trs[i]) || mainAfterRelative(p.toks, trs[i]) || objectAfterRelative(p.toks, trs[i])) {
					// (after an anchor told back to, "After the talks, ..." or
					// "Before the dinner, Carney held a bilateral meeting with
					// Schoof", the meal or the meeting of the main clause;
					// not a meeting told inside a relative clause: "Araghchi, who
					// separately held talks ..."; but "Before the talks, X was
					// received by Y on Saturday": the reception, not the talks
					// named to time it)
					here, hereBack = c, trs[i].anaphoric && !trs[i].verb
				}
			}
			shareHostPlace(trs)
			target := here
			if target == nil {
				target = current
			}
			if c := d.timelineEntry(&clusters, pi, sent, trs, timelineLast); c != nil {
				// "Stockholm, July 28-29: Bessent, Greer, He and Li agreed
				// to seek ...": an explainer's round, one entry each
				target, current, timelineLast = c, c, c
			}
			if here == nil && len(trs) == 0 && lastTold != nil && !lastTold.future && pi-lastToldPi <= 1 && thatOccasion(p.toks, sent[0], sent[1]) {
				// "..., when she dined with Leo. Dahl was accompanied on
				// that trip by Vos": the meeting the sentence before told
				// last
				target = lastTold
			}
			if here == nil && len(trs) == 0 && lastTold != nil && current != nil && lastTold != current && !lastTold.future && lastToldPi == pi &&
				lastTold.first == pi && lastTold.bornSent < sent[0] && current.first < pi && tookPartEnding(p.toks, sent[0], sent[1]) {
				// "The summit opened a day after Macron hosted a dinner on the
				// Sahel. Sall, Bazoum and Michel took part": the meeting the
				// sentence before told first, not the one it told back to
				target = lastTold
			}
			if k := lastTriggerBefore(trs, sent[1], func(t *trigger) bool { return t.c != nil && !t.future }); k >= 0 {
				lastTold, lastToldPi = trs[k].c, pi
			}
			if here == nil && current != nil && current.present() > 2 && twoOpening(p.toks, sent[0], sent[1]) {
				if pair := lastPair(clusters, pi); pair != nil {
					// "Starmer, who met Biden at the White House on Wednesday,
					// ... The two leaders were joined in the Oval Office by
					// Lammy and Blinken": the pair's meeting
					target = pair
				}
			}
			// "met Tshisekedi privately before the ceremony": a side meeting on
			// the day of the meeting it was held around
			for i := range trs {
				if trs[i].apart && trs[i].c != nil && !trs[i].hasDate {
					for j := range trs {
						if j != i && trs[j].anaphoric && trs[j].c != nil && trs[j].c != trs[i].c && trs[j].ti > trs[i].ti {
							trs[i].c.sideOf = trs[j].c
						}
					}
				}
			}
			// a call "during the visit" / "at the summit" is part of that meeting
			for i := range trs {
				if trs[i].call && trs[i].c != nil && current != nil && duringSentence(p.toks, sent[0], trs[i].ti) {
					trs[i].c.during = current
				}
			}
			if target == nil && len(trs) == 0 && (hasJoinedBy(p.toks, sent[0], sent[1]) || joiningWere(p.toks, sent[0], sent[1]) > 0) {
				// "Negotiators were joined in Istanbul on Friday by Fidan": a
				// meeting told only through who joined it
				tr := trigger{pi: pi, ti: sent[0], cs: sent[0], ce: sent[1], kind: "meeting"}
				tr.date, tr.hasDate = findDate(p.toks, sent[0], sent[1], d.day, false)
				tr.place = d.placeIn(pi, tr)
				target = d.assign(&clusters, &tr, nil)
				target.addParagraph(pi)
				current = target
			}
			if len(trs) == 0 && target != nil && target == current {
				if c := d.flashback(&clusters, pi, sent, current); c != nil {
					// "Starting on Monday, Oct. 6, Hamas negotiators led by
					// al-Hayya ...": a week before the summit just told,
					// another meeting
					target, current = c, c
				}
			}
			if target == nil && current == nil && len(trs) == 0 && seatedAtTable(p.toks, sent[0], sent[1]) {
				// "Guterres sat at the open end of the horseshoe": a meeting
				// told first through its room, its verb coming later if ever
				if list := d.scenePeople(pi, sent[0], sent[1]); len(list) > 0 {
					tr := trigger{pi: pi, ti: sent[0], cs: sent[0], ce: sent[1], kind: "meeting"}
					tr.date, tr.hasDate = findDate(p.toks, sent[0], sent[1], d.day, false)
					tr.place = d.placeIn(pi, tr)
					current = d.assign(&clusters, &tr, nil)
					current.addAttendees(list...)
					current.addParagraph(pi)
					d.clusters = clusters
					d.current = current
					continue
				}
			}
			if len(trs) == 0 && current != nil && !current.future && !current.call && pi-current.last <= 2 {
				// "Beside him were Rubio and Lutnick", "Vance sat closest to
				// the president": seated at the meeting just told
				if list := d.scenePeople(pi, sent[0], sent[1]); len(list) > 0 && !(current.place != "" && d.placedElsewhere(pi, sent[0], sent[1], current)) {
					// (not "marked the day in Kabul, where A and B stood
					// alongside him": another place, another occasion)
					d.sceneDay(current, pi, sent)
					current.addAttendees(list...)
					current.addParagraph(pi)
				}
			}
			if len(trs) == 0 && current != nil && current.sitting && !current.future && pi-current.last <= 6 {
				// "Linda Thomas-Greenfield, Permanent Representative of the
				// United States, said the veto ...": a delegate speaking at
				// the sitting just told
				if list := d.sittingSpeakers(pi, sent[0], sent[1]); len(list) > 0 {
					current.addAttendees(list...)
					current.addParagraph(pi)
				}
			}
			d.clusters = clusters
			target = d.stayedAwayTarget(pi, sent[0], sent[1], trs, target) // "Modi stayed home, sending X in his place" (stayedaway.go)
			d.sentenceCues(pi, sent[0], sent[1], trs, target)
			d.noteParties(pi, trs)
			d.partyReps(pi, sent[0], sent[1], trs)
			if here != nil && !(current != nil && !current.future && here != current && sideExchange(p.toks, trs)) {
				// (not "Kurti and Rama had a brief exchange on the margins":
				// the story goes on with the dinner)
				current = here
			}
			d.current = current
		}
		if listTo == nil && current != nil && !current.future && introducesList(p.toks) {
			listTo = current // "The delegations met in Geneva on Sunday. Here is who took part:"
		}
	}
	clusters = d.mergeClusters(clusters)
	d.ledeDate(clusters)
	d.ledePlace(clusters)
	d.storyPlace(clusters)
	d.sameDayDates(clusters)
	var main *cluster // the story's meeting: the first one with a day
	for _, c := range clusters {
		if c.hasDate && c.date.day != "" && !c.weak && !c.apart && (main == nil || c.first < main.first) {
			main = c
		}
	}
	d.doorstepRemarks(main, clusters) // "Tusk said on arrival" (doorsteps.go)
	for _, c := range clusters {
		s := c.sideOf
		if s != nil && (!s.hasDate || s.date.day == "") || s == nil && c.separate {
			s = main
		} else if s == nil && c.side && main != nil && main.date.until == "" {
			s = main // a bilateral on the sidelines of a one-day meeting: that day
		}
		if s != nil && s != c && !c.hasDate && s.hasDate && s.date.day != "" && !s.weak {
			c.date, c.hasDate = s.date, true
		}
	}
	return foldEchoes(d.render(clusters))
}

// tookPartEnding reports a sentence [s, e) that ends on its attendance
// verb, after the list of those who were there: "A, B and C took part",
// "... also attended", "... were present".
func tookPartEnding(toks []token, s, e int) bool {
	j := e - 1
	for j > s && toks[j].kind == kPunct {
		j--
	}
	if j <= s+1 {
		return false
	}
	w, v := toks[j].low, toks[j-1].low
	if v == "also" && j-2 > s {
		v = toks[j-2].low
	}
	switch {
	case w == "part" && v == "took", w == "attended", w == "participated":
		return true
	case w == "present" && (v == "were" || v == "was"):
		return true
	}
	return false
}

// thatOccasion reports a sentence that names back to the occasion just
// told: "on that trip", "during that visit", "at that dinner".
func thatOccasion(toks []token, s, e int) bool {
	for k := s; k+1 < e; k++ {
		if toks[k].low == "that" && (tripNouns[toks[k+1].low] || meetingNouns[toks[k+1].low] != "") && k > s && prepositions[toks[k-1].low] {
			return true
		}
	}
	return false
}

// conjoinedHeld reports a meeting noun told as "and held talks with": a
// verb phrase sharing its subject with the one before it.
func conjoinedHeld(toks []token, tr *trigger) bool {
	j := heldWith(toks, tr)
	return j > 0 && toks[j-1].low == "and"
}

// delegationLedBy returns where the people start after "delegation
// headed by", "team led by" within the first dozen tokens of an object
// at a, or 0.
func delegationLedBy(toks []token, a, e int) int {
	for j := a; j+2 < e && j < a+12; j++ {
		switch toks[j].low {
		case "delegation", "delegations", "team", "mission":
			if (toks[j+1].low == "headed" || toks[j+1].low == "led") && toks[j+2].low == "by" {
				return j + 3
			}
		}
		if toks[j].kind != kWord {
			return 0
		}
	}
	return 0
}

// twoOpening reports a sentence opened by "The two leaders", "The two
// men", "The pair": the two people of a meeting just told.
func twoOpening(toks []token, s, e int) bool {
	if s+1 >= e || toks[s].low != "the" {
		return false
	}
	if toks[s+1].low == "pair" {
		return true
	}
	return toks[s+1].low == "two" && s+2 < e && (rolesHead[toks[s+2].low] || toks[s+2].low == "men" || toks[s+2].low == "women")
}

// lastPair is the latest meeting told in paragraph pi or the one before
// with two people present, or nil.
func lastPair(clusters []*cluster, pi int) *cluster {
	var pair *cluster
	for _, c := range clusters {
		if !c.future && !c.call && c.last >= pi-1 && c.present() == 2 && (pair == nil || c.last > pair.last || c.last == pair.last && c.first >= pair.first) {
			pair = c
		}
	}
	return pair
}

// ownedMention reports a meeting noun owned by a pronoun ("his first
// ministerial meeting", "their talks"): the meeting told just before.
func ownedMention(toks []token, tr trigger) bool {
	if tr.verb || !tr.anaphoric {
		return false
	}
	for j := tr.ti - 1; j >= tr.cs && j >= tr.ti-4; j-- {
		switch toks[j].low {
		case "his", "her", "their":
			return true
		}
		if toks[j].kind != kWord || !meetingModifier(toks[j]) {
			return false
		}
	}
	return false
}

// phoneVerbs say one person called another ("called" is read apart: it
// is also "called on" and "called for").
var phoneVerbs = set(`telephoned phoned rang dialled dialed`)

// ownerInSentence returns the person named in the possessive earlier in
// k's sentence ("Mr. Modi's 75th birthday"), not one of not, or nil.
func (d *doc) ownerInSentence(pi, k int, not []*personEntry) *personEntry {
	p := &d.paras[pi]
	s, _ := p.sentenceOf(k)
	var out *personEntry
	for _, m := range p.ments {
		if m.kind == mPerson && m.poss && m.start >= s && m.start < k && !slices.Contains(not, m.p) {
			out = m.p
		}
	}
	return out
}

// triggerPeople finds who takes part according to the mention itself.
func (d *doc) triggerPeople(pi, s int, tr *trigger) []*personEntry {
	toks := d.paras[pi].toks
	var out []*personEntry
	k := tr.ti
	if !tr.verb && (toks[k].low == "visit" || toks[k].low == "visits") {
		if country := d.visitToSeat(toks, k, tr.ce); country != "" {
			// "Carney's second visit to the White House": the visitor and the
			// host, when the article names the host
			if v := d.visitor(pi, tr.cs, k); v != nil {
				out = append(out, v)
			}
			if h := d.holder(country, "leader"); h != nil && d.mentioned(h) {
				out = append(out, h)
			}
		}
	}
	if !tr.verb && followedRemotely(toks, tr.cs, k, tr.ce) {
		// "was following the talks by phone": a remote part, an absence
		tr.remote = true
		return nil
	}
	if tr.verb && toks[k].low == "alongside" {
		// "Speaking in Helsinki alongside Finland's president, Alexander
		// Stubb, Zelensky said": the one alongside and the speaker
		obj, _ := d.parseList(pi, k+1, len(toks))
		if len(obj) == 0 {
			if m, ok := d.personFrom(pi, k+1); ok {
				obj = []*personEntry{m.p}
			}
		}
		var subj []*personEntry
		if toks[s].cap && strings.HasSuffix(toks[s].low, "ing") {
			_, se := d.paras[pi].sentenceOf(k)
			for c := k + 1; c+1 < se; c++ {
				if toks[c].text != "," {
					continue
				}
				if m, ok := d.personFrom(pi, c+1); ok && !slices.Contains(obj, m.p) {
					subj = []*personEntry{m.p} // the main clause's subject after the opening phrase
					break
				}
			}
		} else {
			subj = d.clauseSubject(pi, s, k)
		}
		return dedupe(append(subj, obj...))
	}
	if tr.verb && (encounterWords[toks[k].low] || handVerbs[toks[k].low]) {
		return d.encounterPeople(pi, s, tr) // "brought X and Y together", "handed it to X"
	}
	if tr.verb {
		if b := passiveBy(toks, tr.cs, k, tr.ce); b > 0 {
			// "were received at the guesthouse by Elkhereiji and Phee": the
			// agents and the ones received
			if obj, _ := d.parseList(pi, b, tr.ce); len(obj) > 0 {
				return dedupe(append(d.subjectList(pi, k, tr.cs, s), obj...))
			}
		}
		if who := d.praisedPeople(pi, tr); len(who) > 0 {
			out = append(out, who...) // "praised Varga for meeting Haddad": the one praised, not the one praising
		} else {
			out = append(out, d.subjectList(pi, k, tr.cs, s)...)
		}
		a := k + 1
		if toks[k].low == "played" {
			a = k + 3 // "played host to"
		}
		if toks[k].low == "sat" && a < tr.ce && (toks[a].low == "across" || toks[a].low == "opposite") {
			// "sat across the table from Witkoff", "sat opposite Lavrov"
			for j := a; j < tr.ce && j < a+5; j++ {
				if toks[j].low == "from" || toks[j].low == "opposite" {
					a = j + 1
				}
			}
		}
		if w := tableWith(toks, a, tr.ce); toks[k].low == "sat" && w > 0 {
			a = w // "sat at the table with Anastasiades, Akinci, Kotzias and Cavusoglu"
		}
		if toks[k].low == "sat" && matchAt(toks, a, []string{"down", "for"}) && a+3 < tr.ce && meetingNouns[toks[a+2].low] != "" && toks[a+3].low == "with" {
			a += 4 // "sat down for breakfast with Johnson": the one breakfasted with
		}
		if toks[k].low == "paid" || toks[k].low == "pays" || toks[k].low == "paying" {
			a = max(a, d.paidCallOn(pi, k+1, tr.ce)) // "paid a courtesy call on"
		}
		if credentialVerbs[toks[k].low] {
			a = max(a, d.credentialsTo(pi, k+1, tr.ce)) // "presented her credentials to"
		}
		if toks[k].low == "spent" || toks[k].low == "had" || discussVerbs[toks[k].low] || toks[k].low == "raised" {
			for a < tr.ce && toks[a].low != "with" {
				a++
			}
		}
		if w := touredWith(toks, a, tr.ce); w > 0 && (toks[k].low == "toured" || toks[k].low == "tours" || toks[k].low == "touring") {
			a = w // "toured the site with X": the one who toured it too
		}
		if (toks[k].low == "called" || toks[k].low == "calls") && a < tr.ce && toks[a].low == "on" {
			a++ // "called on"
		}
		if (toks[k].low == "shook" || toks[k].low == "shake" || toks[k].low == "shakes") && a < tr.ce && toks[a].low == "hands" {
			a++ // "shook hands with"
		}
		if (toks[k].low == "met" || toks[k].low == "meet" || toks[k].low == "caught") && a < tr.ce && toks[a].low == "up" {
			a++ // "met up with", "caught up with"
		}
		for a < tr.ce && (toks[a].low == "with" || toks[a].low == "down" || toks[a].low == "by" || (toks[a].low == "through" || toks[a].low == "via") && a == k+1 || isDay(toks[a].low) || nowWords[toks[a].low] || verbAdverbs[toks[a].low] || isLyAdverb(toks[a]) || toks[a].low == "on" || toks[a].low == "to" && speakForms[toks[k].low]) {
			a++
		}
		ce := tr.ce
		if toks[k].low == "called" || toks[k].low == "calls" {
			// "called on Modi at his 7, Lok Kalyan Marg residence": the one
			// called on, not the address
			for j := a + 1; j < ce; j++ {
				if (toks[j].low == "at" || toks[j].low == "in") && toks[j-1].kind == kWord {
					ce = j
					break
				}
			}
		}
		obj, end := d.parseList(pi, a, ce)
		if len(obj) > 0 && d.absoluteWithAhead(pi, a, ce, end) {
			// "talked for three hours, with their defence ministers, A and B,
			// at their side": the ones beside the subject, not the ones talked to
			obj = nil
		}
		if len(obj) > 0 && end >= tr.ce-1 {
			obj = append(obj, d.listAfterRelative(pi, tr.ce)...)
		}
		if ce < len(toks) && toks[ce].text == ";" && colonAfter(toks, a, ce) > 0 {
			// "met in the Oval Office with the four congressional leaders: A;
			// Senator B of New York, the majority leader; ... and C": the
			// list runs on past the clause's semicolons
			_, se := d.paras[pi].sentenceOf(a)
			if more, _ := d.semicolonList(pi, a, se); len(more) > len(obj) {
				obj = more
			}
		}
		if len(obj) == 0 && groupBefore(toks, a, tr.ce) {
			// "sat down with the presidents of the four countries — Lula,
			// Milei, Peña and Lacalle Pou —": the names set off by dashes
			obj = d.dashList(pi, tr.ce)
		}
		if len(obj) == 0 && !objectVerbs[toks[k].low] {
			// "met in Brussels on Wednesday with Macron and Merz"
			if w := withAfterSetting(toks, a, tr.ce); w > 0 {
				obj, _ = d.parseList(pi, w+1, tr.ce)
			}
		}
		if len(obj) == 0 && welcomeVerbs[toks[k].low] {
			// "received on Wednesday at the National Palace the Secretary of
			// State, Marco Rubio": the object after the day and the place
			if j := objectAfterSetting(toks, a, tr.ce); j > 0 {
				obj, _ = d.parseList(pi, j, tr.ce)
			}
		}
		if len(obj) == 0 && toks[k].low == "signed" {
			// "was signed in Pretoria on 2 November by X and Y"
			if b := byAhead(toks, a, tr.ce); b > 0 {
				obj, _ = d.parseList(pi, b, tr.ce)
			}
		}
		if len(obj) == 0 {
			// "received a delegation led by Witkoff"
			if b := ledByAfter(toks, a, tr.ce); b > 0 {
				obj, _ = d.parseList(pi, b, tr.ce)
			}
		}
		if len(obj) == 0 {
			// "met a delegation of Tamil leaders from the north, including A, B and C"
			if b := includingAfter(toks, a, tr.ce); b > 0 {
				obj, _ = d.parseList(pi, b, tr.ce)
			}
		}
		if len(obj) <= 1 && a < tr.ce && (toks[a].low == "him" || toks[a].low == "her") && (len(obj) == 0 || slices.Contains(out, obj[0])) {
			// "Aoun, who appointed Karam, received him": not the subject himself
			obj = nil
			var o *personEntry
			if phoneVerbs[toks[k].low] || toks[k].low == "called" {
				o = d.ownerInSentence(pi, a, out) // "On September 16, Mr. Modi's 75th birthday, Trump telephoned him"
			}
			if o == nil {
				o = d.otherPerson(pi, a, out)
			}
			if o != nil {
				obj = []*personEntry{o}
			}
		}
		if len(obj) == 0 {
			// "Nowak, whom Ruiz met in Madrid": the one the relative clause hangs on
			obj = d.whomAntecedent(pi, s, tr.cs)
		}
		if len(obj) == 0 && hostVerbs[toks[k].low] && a+1 < tr.ce && toks[a].low == "the" && toks[a+1].low == "same" && groupObject(toks, a, tr.ce) {
			// "Rubio hosted the same ministers on January 21": the people of
			// the meeting just told, at another meeting (past "It was the
			// second time the four had met", which names no one)
			for i := len(d.clusters) - 1; i >= 0; i-- {
				if c := d.clusters[i]; !c.future && c.present() >= 2 {
					obj = c.presentAttendees()
					break
				}
			}
		}
		if len(obj) == 0 {
			if b := delegationLedBy(toks, a, tr.ce); b > 0 {
				// "received the Chinese Party and government delegation
				// headed by Li Hongzhong": the delegation's head
				obj, _ = d.parseList(pi, b, tr.ce)
			}
		}
		if len(obj) == 0 && objectVerbs[toks[k].low] && !roleObject(toks, a, tr.ce) && !(hostVerbs[toks[k].low] && groupObject(toks, a, tr.ce)) &&
			!(welcomeVerbs[toks[k].low] && roleObjectAfterSetting(toks, a, tr.ce)) {
			// "welcomed the deal", "received a letter": no one was met (but
			// "hosted the Sahel leaders" met people the story may name next)
			tr.remote = true
			return nil
		}
		return dedupe(append(out, obj...))
	}
	if privateNouns[toks[k].low] {
		// "Iwaya raised the issue with Rubio in a brief one-on-one": the
		// subject and the one the clause has him deal "with"
		if w := d.withBefore(pi, s, tr.cs, k); len(w) == 2 {
			return w
		}
	}
	if heads := d.theirEarlierMeeting(pi, tr); len(heads) == 2 {
		return heads // "Their first meeting, in May, lasted longer": the two leaders' earlier one
	}
	if who := d.praisedPeople(pi, tr); len(who) > 0 {
		return who // "thanked Haddad for hosting the talks": the one thanked, not the one thanking
	}
	// owner and modifiers before the noun: "Trump's summit", "his
	// meeting", "Friday's Putin meeting", "the Trump-Putin summit"
	for j := k - 1; j >= tr.cs && j >= k-5; j-- {
		t := toks[j]
		if t.kind != kWord {
			break
		}
		if hs := d.hyphenNames(t); hs != nil {
			out = append(out, hs...)
			continue
		}
		if t.low == "his" || t.low == "her" {
			if r := d.resolvePronoun(pi, j, t.low == "her"); r != nil {
				out = append(out, r)
			}
			break
		}
		if (t.low == "first" || t.low == "second" || t.low == "third") && j-1 >= tr.cs && toks[j-1].low == "their" {
			continue // "in their first summit"
		}
		if t.low == "their" && j > tr.cs && (toks[j-1].low == "in" || toks[j-1].low == "at" || toks[j-1].low == "during") {
			// "Lee and Xi agreed Saturday to put ties back on track in their
			// first summit": the pair the sentence opens with
			if subj := d.mainSubjectList(pi, s, tr); len(subj) >= 2 {
				out = append(out, subj...)
			}
			break
		}
		if m, ok := d.mentionAt(pi, j); ok && m.kind == mPerson {
			out = append(out, m.p)
			j = m.start
			continue
		}
		if isDeterminer(t.low) || t.low == "their" || t.low == "its" || !modifierWord(t) {
			break
		}
	}
	if tr.call && followedCall(toks, max(0, tr.cs-1), k) {
		tr.remote = true // "was following the talks by phone": remote participation, an absence
		return nil
	}
	if tr.call {
		n := callNoun(toks, k, tr.ce) // ("a phone call": the noun "call")
		if takenCall(toks, tr.cs, n, tr.ce) {
			// "Nowak received a phone call from Varga", "Varga made a call to Nowak"
			if obj, _ := d.parseList(pi, n+2, tr.ce); len(obj) > 0 {
				v := n - 2
				if toks[n-1].low == "phone" || toks[n-1].low == "telephone" {
					v--
				}
				return dedupe(append(d.subjectList(pi, v, tr.cs, s), obj...))
			}
		}
		if !slices.ContainsFunc(toks[max(tr.cs, n-8):n], func(t token) bool { return talkVerbs[t.low] }) {
			for j := n - 1; j >= s && j >= n-10; j-- {
				if callTopicVerbs[toks[j].low] {
					if subj := d.subjectList(pi, j, s, s); len(subj) >= 2 && !negatedTopic(toks, s, j) {
						return subj // "Varga and Nowak discussed the border in a phone call"
					}
					break
				}
			}
		}
		// "speaking by phone with Putin", "Macron and Zelenskiy spoke with
		// Trump by phone", "held a phone call with": both sides take part
		for j := k - 1; j >= tr.cs && j >= k-8; j-- {
			if j == k-8 {
				if v := d.talkedToAppositive(pi, tr.cs, k); v > 0 {
					j = v // "spoke to Scotland's first minister, John Swinney, by phone": the verb before a longer object
				}
			}
			if talkVerbs[toks[j].low] {
				out = append(out, d.subjectList(pi, j, tr.cs, s)...)
				for a := j + 1; a < tr.ce && a < j+4+callDetour(toks, j+1, tr.ce); a++ {
					if toks[a].low == "with" || toks[a].low == "to" {
						if a+1 < tr.ce && (toks[a+1].low == "both" || toks[a+1].low == "each") {
							break // "spoken by phone to both leaders": whom, the article told before
						}
						obj, _ := d.parseList(pi, a+1, tr.ce)
						out = append(out, obj...)
						break
					}
				}
				break
			}
			if joinVerbs[toks[j].low] {
				tr.remote = true // "took part by phone": remote participation, an absence
				return nil
			}
			if beVerbs[toks[j].low] && k-2 > j && toks[k-2].low == "on" && toks[k-1].low == "the" && !(k+1 < tr.ce && toks[k+1].low == "with") && onlyCompany(toks, j+1, k-2) {
				tr.remote = true // "Benavides was with us on the phone from Washington": remote participation, an absence
				return nil
			}
			if beVerbs[toks[j].low] && j == k-3 && toks[k-2].low == "on" && k+1 < tr.ce && toks[k+1].low == "with" {
				// "Ruiz was on the phone with Nowak"
				out = append(out, d.subjectList(pi, j, tr.cs, s)...)
				break
			}
		}
		if len(out) == 0 {
			out = append(out, d.callInClause(pi, s, k, tr)...) // "Ruiz and Nowak agreed in a phone call in May"
		}
		if len(out) == 0 && includingCall(toks, tr.cs, k) {
			out = append(out, d.mainSubjectList(pi, s, tr)...) // "working the phones, including a call with Minns"
		}
		out = append(out, d.callJoiners(pi, k)...) // ", in a call that Rutte later joined"
		if len(out) == 0 && (toks[s].low == "in" || toks[s].low == "during") && tr.ti < s+6 {
			// "In a phone call with Putin on Tuesday, Trump said ...": the
			// sentence's subject is the other side
			out = append(out, d.mainSubjectList(pi, s, tr)...)
		}
	}
	// "with X and Y", "between X and Y" shortly after the noun
	meal := toks[k].low == "dinner" || toks[k].low == "lunch" || toks[k].low == "breakfast" || toks[k].low == "reception"
	reach := k + 6
	if w := withAfterSetting(toks, k+1, tr.ce); w > reach && !tr.verb {
		reach = w // "hosted the ceremony at the White House on Thursday with X and Y"
	}
	for a := k + 1; a < tr.ce && a <= reach; a++ {
		if yearComma(toks, a) {
			reach += 2 // "a telephone conversation on December 9, 2023 between Ali and Gonsalves"
			continue
		}
		if toks[a].low == "with" || toks[a].low == "between" || toks[a].low == "involving" || toks[a].low == "by" && a == k+1 && !(tr.call && a+1 < tr.ce && callMedium(toks[a+1].low)) || meal && toks[a].low == "for" && a == k+1 ||
			toks[a].low == "of" && a == k+1 && (d.leadersOf(pi, a+1, tr.ce) > 0 || d.namedPersonAt(pi, a+1)) {
			end := tr.ce
			if end < len(toks) && toks[end].text == "(" {
				_, end = d.paras[pi].sentenceOf(a) // the list runs past "(DGMOs)"
			}
			from := a + 1
			if toks[a].low == "of" && !d.namedPersonAt(pi, a+1) {
				from = d.leadersOf(pi, a+1, tr.ce)
			}
			obj, _ := d.parseList(pi, from, end)
			out = append(out, obj...)
			break
		}
		if tr.call && toks[a].low == "by" && a+1 < tr.ce && callMedium(toks[a+1].low) {
			a++ // "held talks by phone with Trump": the medium, then the other side
			continue
		}
		if toks[a].kind != kWord || otherMeetingAt(toks, k, a) {
			break // ("The talks followed a phone call between Ruiz and Haddad": the call's)
		}
	}
	// "a summit in Rome that Varga attended": the people its own clause names
	out = append(out, d.ownRelativePeople(pi, k, tr.ce)...)
	// "for talks with", "during the talks", "at the start of Monday's
	// meeting", "after a trilateral meeting": the sentence's subject takes part
	if !tr.call && !negatedBefore(toks, tr.cs, k) {
		if anchor := anchorBefore(toks, tr.cs, k); anchor != "" && !(anchor == "for" && stayedFor(toks, tr.cs, k)) {
			if anchor != "after" && anchor != "following" || len(out) == 0 && !tr.anaphoric || introPhrase(toks, s, k) && len(out) > 0 {
				// ("Speaking in Ankara after talks with Erdogan, Zelensky said": the
				// sentence's subject had the talks)
				if tr.cs > s && toks[tr.cs].low == "who" {
					// "Zelenskyy, who had challenged him to come, flew to Tirana for
					// a European summit": the person the relative clause is about
					if a := d.commaSubject(pi, s, tr.cs+1); a != nil {
						out = append(out, a)
					} else if c := d.commaSubject(pi, s, commaAfter(toks, tr.cs, k)); c != nil {
						out = append(out, c)
					}
				} else if tr.cs > s && isClauseBreak(toks, tr.cs) && toks[tr.cs].low != anchor && !(toks[tr.cs].text == ")" && positionWords[toks[tr.cs-1].low]) && !abbreviationClose(toks, tr.cs) {
					// "..., but the Ukrainian president joined the talks"
					sub, _ := d.parseList(pi, tr.cs+1, k)
					if len(sub) > 0 && toks[tr.cs].text == ";" {
						sub = append(d.semicolonItemsBefore(pi, tr.cs+1, s), sub...) // "Vice President X; the Minister of Foreign Affairs, Y, and Z, were also at the summit"
					}
					out = append(out, sub...)
				} else if sub := d.introSubject(pi, s, k, tr.cs); len(sub) > 0 {
					// "When Bessent and He emerged from two days of talks, ..."
					out = append(out, sub...)
				} else {
					out = append(out, d.mainSubjectList(pi, s, tr)...)
					if anchor == "at" && (tr.cs == s || abbreviationClose(toks, tr.cs)) {
						out = append(out, d.handedTo(pi, s, k)...) // "Tinubu on Sunday handed over the chairmanship to Bio at the end of the summit"
					}
					if anchor == "during" || anchor == "at" {
						// "Xi told Albanese during a meeting in Beijing"
						out = append(out, d.addressee(pi, s, k)...)
						if c := commaAfter(toks, k, tr.ce); tr.cs == s && c > k && anchorPreps[toks[s].low] {
							// "At a meeting in Vienna, Ruiz told Nowak that ..."
							_, se := d.paras[pi].sentenceOf(k)
							out = append(out, d.addressee(pi, c+1, se)...)
							out = append(out, d.handedTo(pi, c+1, se)...) // "..., Tinubu handed the chair to Bio"
						}
					}
				}
			}
		}
	}
	// "Zelenskiy said in Ankara after talks with Erdogan": the sentence's
	// subject had them
	out = append(out, d.afterAdjunctSubject(pi, s, tr, dedupe(out))...)
	if b := joinedAtBy(toks, tr.cs, k, tr.ce); b > 0 {
		// "Ruiz was joined at the talks in Doha by envoy Nowak"
		obj, _ := d.parseList(pi, b, tr.ce)
		out = append(out, obj...)
	}
	// the subject of "held talks", "hosted a summit", "attended the meeting"
	j := k - 1
	for j >= tr.cs && (toks[j].kind == kWord && !holdVerbs[toks[j].low] && (meetingModifier(toks[j]) || demonstrative(toks[j].low) && !isDeterminer(toks[j+1].low) && !possessivePronoun(toks[j+1].low)) || toks[j].kind == kQuote && quotedModifier(toks, j)) {
		j-- // (`had a "constructive" pull-aside`; "chaired that meeting", "hosted this call", not "told reporters that the meeting")
	}
	if j > tr.cs+1 && toks[j].low == "of" && spanNouns[toks[j-1].low] {
		// "ended two days of talks"
		j -= 2
		for j >= tr.cs && toks[j].kind == kWord && !holdVerbs[toks[j].low] && (meetingModifier(toks[j]) || approximators[toks[j].low]) {
			j-- // ("held about two hours of talks")
		}
	}
	if j > tr.cs && (toks[j].low == "over" || toks[j].low == "at") && holdVerbs[toks[j-1].low] {
		j-- // "presided over the signing"
	}
	if j >= tr.cs && (holdVerbs[toks[j].low] || calledOne(toks, j, k)) && !negatedBefore(toks, tr.cs, j) && !unrealised(toks, tr.cs, j) && !auxiliaryOf(toks, j, k) {
		out = append(out, d.subjectList(pi, j, tr.cs, s)...)
		// "Nowak, with whom Ruiz held talks": the other side
		out = append(out, d.whomAntecedent(pi, s, tr.cs)...)
	}
	return dedupe(out)
}

// absoluteWithAhead reports a list ending at end that opens with ", with"
// after a, no one named before it, and is followed by a presence phrase
// ("at their side", "carrying messages"): an absolute phrase, not the
// verb's object.
func (d *doc) absoluteWithAhead(pi, a, ce, end int) bool {
	toks := d.paras[pi].toks
	for j := a; j+1 < end && j < ce; j++ {
		if toks[j].text == "," && toks[j+1].low == "with" {
			if d.hasPersonIn(pi, a, j) {
				return false // "sat down with Lula, with Rubio and Vieira joining them": Lula is the object
			}
			e := end
			if e < len(toks) && toks[e].text == "," {
				e++
			}
			return presenceAt(toks, e, len(toks))
		}
	}
	return false
}

// callDetour returns how many tokens from a tell how or when a call was
// made before the one called: "spoke separately by telephone on Sunday
// to X" (separately by telephone on Sunday: six).
func callDetour(toks []token, a, e int) int {
	n := 0
	for j := a; j < e && n < 8; j++ {
		t := toks[j].low
		switch {
		case t == "separately" || t == "by" || t == "on" || t == "over" || callMedium(t) || t == "telephone" || isDay(t) || verbAdverbs[t] || isLyAdverb(toks[j]):
			n++
		default:
			return n
		}
	}
	return n
}

// calledOne reports "called a meeting", "called an emergency summit" at
// j: the one who called it is there (not "called the talks a success").
func calledOne(toks []token, j, k int) bool {
	return (toks[j].low == "called" || toks[j].low == "calls") && j+1 < k && (toks[j+1].low == "a" || toks[j+1].low == "an")
}

// auxiliaryOf reports "has" or "had" at j as the auxiliary of a
// participle before the meeting noun at k ("has rejected talks"), not the
// verb that holds them ("has talks").
func auxiliaryOf(toks []token, j, k int) bool {
	switch toks[j].low {
	case "has", "have", "had":
	default:
		return false
	}
	n := j + 1
	if n < k && (verbAdverbs[toks[n].low] || isLyAdverb(toks[n])) {
		n++
	}
	return n < k && !toks[n].cap && (strings.HasSuffix(toks[n].low, "ed") || strings.HasSuffix(toks[n].low, "en")) && !holdVerbs[toks[n].low]
}

// stayedFor reports "stayed in Washington for budget negotiations": a
// stay verb before the "for" that governs the meeting noun at k tells
// where someone was, not that they took part.
func stayedFor(toks []token, cs, k int) bool {
	for j := k - 1; j >= cs && j >= k-10; j-- {
		if stayVerbs[toks[j].low] {
			return true
		}
	}
	return false
}

// unrealised reports a hold verb told as an intention ("had been expected
// to join the talks", "was due to attend"): its subject may not have
// taken part.
func unrealised(toks []token, cs, j int) bool {
	if j-2 < cs || toks[j-1].low != "to" {
		return false
	}
	for i := j - 2; i >= cs && i >= j-4; i-- {
		if intentionWords[toks[i].low] {
			return true
		}
	}
	return false
}

var intentionWords = set(`expected due set scheduled planned supposed meant hoped intended wanted`)

// meetingQualifiers stand before a meeting noun though they are function
// words or adverbs elsewhere: "a second round of talks", "a long meeting",
// "their third meeting", "a fresh round".
var meetingQualifiers = set(`first second third fourth fifth sixth seventh eighth ninth tenth latest new fresh
	long lengthy brief short final last another earlier previous prior further additional`)

// meetingModifier reports a word that may stand between a hold verb and
// its meeting noun.
func meetingModifier(t token) bool {
	return modifierWord(t) || meetingQualifiers[t.low] || durationWord(t.low)
}

// durationWord reports a length written as one word: "40-minute",
// "two-hour", "hour-long", "day-long".
func durationWord(w string) bool {
	for _, suf := range []string{"-minute", "-hour", "-day", "hour-long", "day-long", "-long"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
}

// spanNouns measure a meeting: "two days of talks".
var spanNouns = set(`day days hour hours week weeks minutes rounds`)

// approximators come before a number: "about two hours of talks".
var approximators = set(`about around nearly almost roughly some over barely`)

// objectVerbs are meeting verbs only when their object is someone.
var objectVerbs = set(`welcomed welcomes welcoming received receives receiving hosted host hosts hosting greeted greets
	visited visits visiting entertained`)

// talkedToAppositive returns the talk verb of "spoke to Oslo's mayor,
// Tomas Renner, by phone" when its object, a role and the name set off by
// commas, runs right up to the "by" before the medium at k (longer than
// the few words a plain object takes); else -1.
func (d *doc) talkedToAppositive(pi, cs, k int) int {
	toks := d.paras[pi].toks
	if k-1 <= cs || toks[k-1].low != "by" {
		return -1
	}
	for j := k - 8; j >= cs && j >= k-16; j-- {
		if toks[j].kind != kWord && toks[j].text != "," && toks[j].low != "'s" {
			return -1
		}
		if !talkVerbs[toks[j].low] || j+2 >= k || toks[j+1].low != "to" && toks[j+1].low != "with" {
			continue
		}
		obj, end := d.parseList(pi, j+2, k-1)
		if len(obj) == 1 && (end == k-1 || end == k-2 && toks[end].text == ",") {
			return j
		}
		return -1
	}
	return -1
}

// talkVerbs make a phone call a conversation between their subject and
// object; joinVerbs make it someone's remote part in a meeting.
var talkVerbs = set(`spoke spoken speaking speaks talked talking talks held holding had having called calling
	phoned phoning`)
var joinVerbs = set(`joined joining joins participated participating attended attending took taking
	dialled dialed listened`)

// holdVerbs take a meeting as their object; their subject takes part.
var holdVerbs = set(`mediated brokered facilitated moderated organised organized co-chaired co-hosted
	presided chaired told addressed briefed held hold holds holding hosted host hosts attended attend attends attending joined
	join joins chaired chair chairs convened convene had has have wrapped concluded began opened opens
	led leads lead ending ended end began begin started start resumed resume`)

// mentionAt returns the person mention whose name ends at token j.
func (d *doc) mentionAt(pi, j int) (mention, bool) {
	for _, m := range d.paras[pi].ments {
		if m.end-1 == j && m.kind == mPerson {
			return m, true
		}
	}
	return mention{}, false
}

// namedPersonAt reports a person named in full (two words or more, or a
// figure the gazetteer knows) from token j, with or without a title: "a
// meeting of Sergey Lavrov and Marco Rubio" (not "of Special
// Representatives talks").
func (d *doc) namedPersonAt(pi, j int) bool {
	m, ok := d.personFrom(pi, j)
	return ok && (m.end-m.start >= 2 || m.p.fig != nil)
}

// partOf are nouns of "at the start of the meeting".
var partOf = set(`start end sidelines margins margin beginning conclusion opening close outset course
	middle height wake`)

// introducesList reports a paragraph that ends with a colon after words of
// attendance: "The following ministers took part:", "Participants:".
func introducesList(toks []token) bool {
	n := len(toks)
	if n < 2 || toks[n-1].text != ":" {
		return false
	}
	a := max(0, n-8)
	for j := n - 2; j > a; j-- {
		if toks[j].text == "." || toks[j].text == "!" || toks[j].text == "?" {
			a = j + 1 // "The margins were busy. In brief:": the words of the closing sentence only
			break
		}
	}
	for j := a; j < n-1; j++ {
		switch toks[j].low {
		case "part", "attended", "attending", "participants", "attendees", "present", "included", "delegation",
			"delegations", "participated", "table", "room", "were":
			return true
		}
	}
	return false
}

// delegationHeading reports a heading that names a side's delegation or
// team: "THE U.S. DELEGATION", "KYIV'S NEGOTIATORS", "THE ISRAELI TEAM".
func delegationHeading(toks []token) bool {
	for _, t := range toks {
		switch t.low {
		case "delegation", "delegations", "side", "team", "negotiators", "negotiating":
			return true
		}
	}
	return false
}

// itemHeadPerson returns the person a list item of any length opens with
// ("Marco Rubio - Secretary of State. Led the U.S. side ..."), or nil.
func (d *doc) itemHeadPerson(pi int) *personEntry {
	toks, ms := d.paras[pi].toks, d.paras[pi].ments
	if len(ms) == 0 {
		return nil
	}
	if m := ms[0]; m.kind == mPerson && !m.poss && m.start <= 2 && m.rstart <= 2 && m.end < len(toks) && strings.Contains("-–—,:(", toks[m.end].text) {
		return m.p // (not "Zelenskiy stayed in Kyiv and spoke to the delegation by phone": the story again)
	}
	return nil
}

// listItemPerson returns the person a list item names first ("Kaja Kallas,
// EU foreign policy chief"), or nil when the paragraph is not such an item.
func (d *doc) listItemPerson(pi int) *personEntry {
	p := &d.paras[pi]
	if len(p.toks) == 0 || len(p.toks) > 25 {
		return nil
	}
	for _, m := range p.ments {
		if m.kind == mPerson && m.rstart <= 3 && !m.poss {
			return m.p
		}
	}
	return nil
}

// listItemPeople returns everyone a list item opens with: "German
// Chancellor Friedrich Merz and French President Emmanuel Macron, seated
// side by side", "Italian PM Giorgia Meloni, Polish PM Donald Tusk and
// Danish PM Mette Frederiksen, whose country ..."; nil when the paragraph
// is not such an item.
func (d *doc) listItemPeople(pi int) []*personEntry {
	first := d.listItemPerson(pi)
	if first == nil {
		return nil
	}
	p := &d.paras[pi]
	for _, m := range p.ments {
		if m.p != first || m.kind != mPerson {
			continue
		}
		list, _ := d.parseList(pi, m.rstart, len(p.toks))
		if len(list) > 1 && list[0] == first {
			return list
		}
		if w := d.itemWith(pi, max(m.end, m.rend)); w != nil && w != first {
			// "Costa, as host, with his chief of cabinet Pedro Lourtie taking notes"
			return []*personEntry{first, w}
		}
		break
	}
	return []*personEntry{first}
}

// itemWith returns the person a list item brings along with "with" after
// its first person (from token a): "Costa, as host, with his chief of
// cabinet Pedro Lourtie taking notes"; nil when a clause of its own
// comes first ("Merz, who spoke with Trump") or the "with" is a call's.
func (d *doc) itemWith(pi, a int) *personEntry {
	toks := d.paras[pi].toks
	for j := a; j < len(toks) && j < a+8; j++ {
		switch toks[j].low {
		case "who", "which", "whose", "whom", "after", "before", "spoke", "talked", "met", "phone", "video", "call":
			return nil
		}
		if toks[j].low != "with" {
			continue
		}
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && !m.poss && m.start > j && m.start <= j+7 && m.rstart > j {
				k := max(m.end, m.rend)
				if k < len(toks) && (toks[k].low == "by" || toks[k].low == "on") {
					return nil // "with Zelenskyy by video"
				}
				return m.p
			}
		}
		return nil
	}
	return nil
}

// commaAfter returns the first comma in tokens (a, b), or a.
func commaAfter(toks []token, a, b int) int {
	for j := a + 1; j < b; j++ {
		if toks[j].text == "," {
			return j
		}
	}
	return a
}

// listAfterRelative continues a list of people that a relative clause
// interrupts: "met Rustem Umerov, who heads the Ukrainian team, and Andriy
// Yermak" (k is the token the clause ended at, "who").
func (d *doc) listAfterRelative(pi, k int) []*personEntry {
	p := &d.paras[pi]
	toks := p.toks
	if k < 1 || k >= len(toks) || toks[k-1].text != "," || toks[k].low != "who" && toks[k].low != "which" {
		return nil
	}
	_, se := p.sentenceOf(k)
	j := k + 1
	for j < se && toks[j].text != "," && toks[j].kind != kQuote {
		j++
	}
	if j+2 >= se || toks[j].text != "," || toks[j+1].low != "and" || !d.personSoonAfter(pi, j+2, se) {
		return nil
	}
	end := j + 2
	for end < se && !isClauseBreak(toks, end) {
		end++
	}
	out, _ := d.parseList(pi, j+2, end)
	return out
}

// whomAntecedent returns the people a clause opening with "whom" or "with
// whom" at cs hangs on: "Piotr Nowak, whom Ana Ruiz met", "Nowak, with
// whom Ruiz held talks".
func (d *doc) whomAntecedent(pi, s, cs int) []*personEntry {
	toks := d.paras[pi].toks
	if cs <= s || cs >= len(toks) || toks[cs].low != "whom" {
		return nil
	}
	c := cs - 1
	if toks[c].low == "with" {
		c--
	}
	if c <= s || toks[c].text != "," {
		return nil
	}
	for start := max(s, c-20); start < c; start++ {
		if out, end := d.parseList(pi, start, c); end == c && len(out) > 0 {
			return out
		}
	}
	return nil
}

// joinedAtBy returns where the agent starts in "was joined at the talks
// in Doha on Thursday by X" (the meeting noun at k), or -1.
func joinedAtBy(toks []token, cs, k, ce int) int {
	if k-4 < cs || toks[k-3].low != "joined" || !(toks[k-4].low == "was" || toks[k-4].low == "were") ||
		!(toks[k-2].low == "at" || toks[k-2].low == "for" || toks[k-2].low == "in") {
		return -1
	}
	for j := k + 1; j < ce && j <= k+10; j++ {
		if toks[j].low == "by" {
			return j + 1
		}
		if toks[j].kind != kWord || clauseBreak[toks[j].low] {
			return -1
		}
	}
	return -1
}

// ownRelativePeople returns the people a relative clause after the
// meeting noun at k says took part ("a summit in Rome that Lena Varga
// attended", "the talks, which Ruiz and Nowak chaired").
func (d *doc) ownRelativePeople(pi, k, ce int) []*personEntry {
	toks := d.paras[pi].toks
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].kind == kQuote || toks[j].text == ";" {
			return nil
		}
		if toks[j].low != "that" && toks[j].low != "which" {
			continue
		}
		_, se := d.paras[pi].sentenceOf(j)
		list, end := d.parseList(pi, j+1, se)
		if len(list) > 0 && end < se && relativeHoldVerbs[toks[end].low] {
			return list
		}
		return nil
	}
	return nil
}

// relativeHoldVerbs tell who took part in a meeting from a relative clause.
var relativeHoldVerbs = set(`attended hosted chaired joined convened co-chaired led`)

// introSubject returns the subject of an opening subordinate clause that
// holds the meeting noun at k ("When Bessent and He emerged from two days
// of talks, ..."), or nil.
func (d *doc) introSubject(pi, s, k, cs int) []*personEntry {
	toks := d.paras[pi].toks
	if cs != s || !introConj[toks[s].low] || !introPhrase(toks, s, k) {
		return nil
	}
	sub, _ := d.parseList(pi, s+1, k)
	return sub
}

// callTakers take or place a call: "received a phone call from X".
var callTakers = set(`received receives got gets took takes made makes placed places returned`)

// callNoun is the "call" of "phone call" at k, else k.
func callNoun(toks []token, k, e int) int {
	if (toks[k].low == "phone" || toks[k].low == "telephone") && k+1 < e && toks[k+1].low == "call" {
		return k + 1
	}
	return k
}

// sameCall tells whether trigger b, right after a in one sentence, tells
// the call a told: both calls of the same two or more people.
func sameCall(a, b trigger) bool {
	return a.c != nil && a.call && b.call && !a.future && !b.future && a.ce >= b.ti && len(a.people) >= 2 && len(b.people) == len(a.people) && overlap(a.people, b.people) == len(a.people)
}

// sideExchange reports a sentence whose meeting is "a brief exchange" on
// the margins: an aside the story goes on from, not the meeting it is now
// about.
func sideExchange(toks []token, trs []trigger) bool {
	for _, tr := range trs {
		if tr.c != nil && tr.side && (toks[tr.ti].low == "exchange" || toks[tr.ti].low == "exchanges") {
			return true
		}
	}
	return false
}

// yearComma reports the comma of a date before its year at a: "December
// 9, 2023".
func yearComma(toks []token, a int) bool {
	return a > 0 && a+1 < len(toks) && toks[a].text == "," && isDigits(toks[a-1].low) && len(toks[a+1].low) == 4 && isDigits(toks[a+1].low)
}

// onlyCompany reports tokens [a, b) that say no more than whom someone
// was with ("with us", "also"): "was with us on the phone".
func onlyCompany(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		switch toks[j].low {
		case "with", "us", "them", "him", "her", "also", "there":
		default:
			return false
		}
	}
	return true
}

// entryHeadingRE matches the time stamp a live blog opens an entry's
// heading with: "16:55 GMT – ", "9.40am BST - ".
var entryHeadingRE = regexp.MustCompile(`^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?[–—-]\s`)

// entryHeading reports a live blog's entry heading: a time stamp, a dash
// and the entry's headline ("16:55 GMT – Omani minister shuttling").
func entryHeading(p string) bool {
	return entryHeadingRE.MatchString(p)
}

// storyLead returns the meeting a story opened with: the first one told,
// held and not set apart from the story, or nil.
func storyLead(clusters []*cluster) *cluster {
	for _, c := range clusters {
		if !c.future && !c.apart && !c.call {
			return c
		}
	}
	return nil
}

// sinceRecalled reports a meeting told in a "since" clause that dates an
// earlier one ("the first formal talks since A and B met at the border in
// June"): recalled to measure the time since, not the meeting the story
// goes on about.
func sinceRecalled(toks []token, tr trigger) bool {
	return tr.verb && tr.cs < len(toks) && toks[tr.cs].low == "since" && tr.hasDate && !tr.future
}
