package corpus

import (
	"slices"
	"strconv"
	"strings"
)

// cueWords are the first words of every cue, to skip other words fast.
var cueWords = func() map[string]bool {
	m := map[string]bool{"is": true, "are": true, ":": true, "seated": true, "sat": true, "sitting": true, "stayed": true, "instead": true, "together": true, "one": true, "at": true, "in": true, "as": true, "accompanied": true, "flanked": true, "joined": true, "representing": true, "attending": true, "present": true, "absent": true, "missing": true, "signing": true, "standing": true, "arrived": true, "arrives": true, "welcomed": true, "facing": true, "addressing": true, "briefing": true}
	for _, c := range absenceCues {
		m[c.words[0]] = true
	}
	for _, c := range attendanceAfter {
		m[c[0]] = true
	}
	for _, c := range attendanceBefore {
		m[c[0]] = true
	}
	for w := range byVerbs {
		m[w] = true
	}
	for w := range ownAbsenceWords {
		m[w] = true
	}
	for w := range praiseVerbs {
		m[w] = true
	}
	for w := range standInWords {
		m[w] = true
	}
	return m
}()

// absenceByFirst, afterByFirst and beforeByFirst index the cue lists by
// their first word (a cue's first word is always matched as written), in
// list order, so a token is tried against the few cues it can open.
var absenceByFirst, afterByFirst, beforeByFirst = func() (a, b, c map[string][]int) {
	a, b, c = map[string][]int{}, map[string][]int{}, map[string][]int{}
	for i, cue := range absenceCues {
		a[cue.words[0]] = append(a[cue.words[0]], i)
	}
	for i, cue := range attendanceAfter {
		b[cue[0]] = append(b[cue[0]], i)
	}
	for i, cue := range attendanceBefore {
		c[cue[0]] = append(c[cue[0]], i)
	}
	return a, b, c
}()

// anchorPreps open a phrase that places a sentence at a meeting ("At the
// start of Monday's meeting, ...", "During the talks, ...").
var anchorPreps = set(`at during in on`)

func matchAt(toks []token, k int, words []string) bool {
	if k+len(words) > len(toks) {
		return false
	}
	for i, w := range words {
		if toks[k+i].low != w {
			return false
		}
	}
	return true
}

// sentenceCues applies the attendance and absence cues of sentence [s, e)
// to the meeting it is about.
func (d *doc) sentenceCues(pi, s, e int, trs []trigger, fallback *cluster) {
	toks := d.paras[pi].toks
	var c *cluster
	var redirect *cluster // the meeting a travel cue named by its place
	lastNote := ""
	defer func() {
		if lastNote == "attended" && c != nil && !c.future {
			d.lastPresence.pi, d.lastPresence.end, d.lastPresence.c = pi, e, c
		}
	}()
	if lp := d.lastPresence; lp.c != nil && followOn(toks, s, e, pi, lp.pi, lp.end, "so") {
		// "Rutte and von der Leyen were also connected. So was Italian
		// Prime Minister Giorgia Meloni": present too
		list, _ := d.parseList(pi, s+2, e)
		lp.c.addAttendees(list...)
	}
	if la := d.lastAbsence; la.c != nil && (followOn(toks, s, e, pi, la.pi, la.end, "neither") || followOn(toks, s, e, pi, la.pi, la.end, "nor")) {
		// "X was not invited. Neither was the junta's leader, Gen. Y": the
		// same absence
		list, _ := d.parseList(pi, s+2, e)
		for _, p := range list {
			la.c.addAbsent(p, la.note)
		}
	}
	if a := forSideColon(toks, s, e); a > 0 && fallback != nil && !fallback.future {
		// "For the Local: President Dwayne Rutledge, ...": one side's team
		// (a room's list, "In the room ...:", read as far as it goes)
		if list, end := d.semicolonList(pi, a, e); len(list) > 0 && (end >= e || toks[end].kind == kPunct || toks[s].low == "in") {
			fallback.addAttendees(list...)
			fallback.addParagraph(pi)
		}
	}
	if a := amongPresentWere(toks, s, e); a > 0 && fallback != nil && !fallback.future {
		// "Among the 15 heads of state in attendance in the port city were A and B"
		if list, _ := d.semicolonList(pi, a, e); len(list) > 0 {
			fallback.addAttendees(list...)
			fallback.addParagraph(pi)
		}
	}
	if a := groupIncluding(toks, s, e); a > 0 && fallback != nil && !fallback.future && len(trs) == 0 {
		// "Leaders including A, B and C gave it their unanimous backing":
		// members of the gathering told, doing something there
		if list, end := d.parseList(pi, a, e); len(list) > 0 && end < e && groupDeedAt(toks, end) {
			fallback.addAttendees(list...)
			fallback.addParagraph(pi)
		}
	}
	if in, out := d.seatTakenBy(pi, s, e); in != nil && fallback != nil && !fallback.future {
		// "X took Y's seat", "The chair that was to have been Y's was
		// taken instead by X": X there in Y's place
		fallback.addAttendees(in)
		if out != nil && !fallback.hasAttendee(out) {
			fallback.addAbsent(out, "sent someone in their place")
		}
		fallback.addParagraph(pi)
	}
	if a, w := seatedOppositeWere(toks, s, e); a > 0 && fallback != nil && !fallback.future {
		// "Sitting across from them with Kim were his sister A and B":
		// the other side of the table, with the one they sat beside
		if list, _ := d.semicolonList(pi, a, e); len(list) > 0 {
			fallback.addAttendees(list...)
			if w > 0 {
				with, _ := d.parseList(pi, w, a-1)
				fallback.addAttendees(with...)
			}
			fallback.addParagraph(pi)
		}
	}
	if p := d.namedEnvoy(pi, s, e, fallback); p != nil {
		fallback.addAttendees(p) // "received a Saudi envoy ... The envoy, Fahd al-Otaibi, ..."
		fallback.addParagraph(pi)
	}
	for k := s; k < e; k++ {
		if !toks[k].in(lxCue, cueWords) && !negatedAux(toks[k].low) {
			continue
		}
		// the meeting named in the cue's clause, else the next one named in
		// the sentence, else the sentence's or the story's current one
		c = fallback
		best, bestTi := -1, -1
		if k+1 < e && toks[k+1].low == "by" && inFutureClause(trs, k) {
			c = nil // "is expected to sign the accord witnessed by Vidal": the planned signing's witness, not the story meeting's
		}
		for i := range trs {
			tr := &trs[i]
			if tr.c == nil || tr.future {
				continue
			}
			if tr.cs > k && (toks[tr.cs].low == "who" || toks[tr.cs].low == "which") {
				continue // "Also at the table were Kallas, who signed the pact with ...": the list's meeting
			}
			if aroundAside(trs, tr, k) {
				continue // "The signing, held before the summit opened, brought together A and B": the signing's people
			}
			if subjectAsideAt(toks, s, tr.ti, k) {
				// "Haddad, invited after a call between Dahl and Renner,
				// stayed away": not from the call, but from the meeting
				// told before the sentence
				if c == tr.c && d.current != nil && d.current != tr.c && !d.current.future {
					c = d.current
				}
				continue
			}
			// the nearest meeting after the cue ("did not take part in the
			// talks"), else the nearest before it
			dist := tr.ti - k
			if dist < 0 {
				dist = 100 - dist
			}
			if k < tr.cs || k >= tr.ce {
				dist += 1000
			}
			if best < 0 || dist < best {
				c, best, bestTi = tr.c, dist, tr.ti
			}
		}
		if w := withAbsolute(toks, s, k); w > 0 {
			// "received A in the morning, with B and C in the room, and then
			// met D": the people of a "with" phrase are at the meeting of the
			// clause it hangs on, not at the one told after it
			near := lastTriggerBefore(trs, w, func(t *trigger) bool { return t.c != nil && !t.future })
			if near >= 0 && bestTi > k {
				c, bestTi = trs[near].c, trs[near].ti
			}
		}
		if redirect != nil {
			c = redirect // the rest of "did not go to Istanbul and sent his delegation"
		}
		if c != nil && c.place != "" {
			if to := sentTo(toks, clauseStart(toks, s, k), k, e); to > 0 && !d.placesAgree(d.placeAfterTo(pi, to, e), c.place) {
				// "stayed in Ankara, where he held talks with Erdogan, and
				// sent Umerov to Istanbul in his place": the meeting at the
				// place the stand-in was sent to
				c = d.invitedTo(pi, to, e, c)
			}
		}
		if c != nil && c.apart && bestTi > k && speechBetween(toks, k, bestTi) && d.current != nil && !d.current.future {
			// "Zelenskiy, who did not attend, said he had been briefed by
			// Umerov": the meeting he missed is the one under way, not the
			// briefing his words report
			c = d.current
		}
		if hs := d.welcomedThenLeft(pi, s, k, e); len(hs) > 0 {
			if t := d.welcomedTalks(pi, trs, k, c); t != nil {
				for _, h := range hs {
					t.addAbsent(h, "welcomed the delegations, then left")
				}
				t.addParagraph(pi)
			}
		}
		if c == nil {
			if d.current != nil && !d.current.future {
				d.companionCues(pi, s, k, e, d.current) // "with Sefcovic to her right": beside someone at the meeting under way
			}
			continue
		}
		lastNote = d.ownAbsences(pi, s, k, e, c, lastNote) // "cancelled at the last minute", "his seat stayed empty"
		sc := c
		if (toks[k].low == "leaving" || toks[k].low == "left") && bestTi >= 0 && bestTi < k && whoAsideAround(toks, s, bestTi, k) && d.current != nil && !d.current.future {
			// "Trump, who met Xi in Busan, flew home and left Bessent to
			// take the U.S. seat": the seat at the meeting told before, not
			// at the one the aside recalls
			sc = d.current
		}
		lastNote = d.standInCues(pi, s, k, e, sc, lastNote) // "Varga stood in for Haddad"
		for _, find := range presenceFinders {
			if hs := find(d, pi, s, k, e); len(hs) > 0 && !futureBefore(trs, k) {
				c.addAttendees(hs...)
				c.addParagraph(pi)
			}
		}
		if hs := d.arrivedFor(pi, s, k, e, c); len(hs) > 0 && !futureBefore(trs, k) {
			c.addAttendees(hs...) // "Macron and Starmer arrived in the late afternoon, as did Rutte"
			c.addParagraph(pi)
			lastNote = "attended"
		}
		if (toks[k].low == "sat" || toks[k].low == "seated" || toks[k].low == "sitting") && k+1 < e && toks[k+1+rowPhrase(toks, k+1, e)].low == "between" && !futureBefore(trs, k) &&
			(meetingBefore(trs, k) || d.sitterAt(pi, s, k, c) || !otherOccasionOpening(toks, s, k)) {
			// "The meeting was hosted by Prince Khalid, who sat between A and
			// B as they signed": the two beside the host, at the meeting
			// under way (not "At a concert, X sat between A and B": another
			// occasion)
			if list, _ := d.parseList(pi, k+2+rowPhrase(toks, k+1, e), e); len(list) >= 2 {
				c.addAttendees(list...)
				if toks[k].low == "sat" {
					// "President Moen sat between Dahl and Renner while they
					// signed": the one between them too
					c.addAttendees(d.clauseSubject(pi, s, k)...)
				}
				c.addParagraph(pi)
			} else if p := d.withSitter(pi, s, k); p != nil && k+2 < e && toks[k+2].low == "them" {
				// "signed the document with Secretary of State Moen seated
				// between them"
				c.addAttendees(p)
				c.addParagraph(pi)
			}
		}
		if hs := d.thankedHosts(pi, k, e); len(hs) > 0 {
			c.addAttendees(hs...) // "thanked the Omani hosts"
			c.addParagraph(pi)
		}
		if toks[k].low == "led" && ledOutOf(toks, k, e) && !futureBefore(trs, k) {
			// "Schuster, who chairs the group, led the AOSIS delegations out
			// of the meeting": a walkout, led
			for _, p := range d.clauseSubject(pi, s, k) {
				c.addAbsent(p, "walked out")
			}
			lastNote = "walked out"
		}
		if toks[k].low == "left" && leftTheMeeting(toks, k, e) && !futureBefore(trs, k) {
			// "Trump left Wednesday afternoon's Situation Room meeting after
			// roughly 15 minutes": there, then gone
			for _, p := range d.clauseSubject(pi, s, k) {
				c.addAbsent(p, "left the meeting")
			}
			lastNote = "left the meeting"
		}
		if partialStay(toks, s, k, e) && !futureBefore(trs, k) {
			// "Rutte attended the opening part of the meeting before leaving
			// for another engagement", "left after the first session": there
			// for a part only, of the meeting told before the cue (not of
			// "talks in Warsaw" it left for)
			at := c
			if near := lastTriggerBefore(trs, k, func(t *trigger) bool { return t.c != nil && !t.future }); near >= 0 {
				at = trs[near].c
			} else if bestTi > k && fallback != nil && !fallback.future {
				at = fallback
			}
			for _, p := range d.clauseSubject(pi, s, k) {
				at.addAbsent(p, "left early")
			}
			lastNote = "left early"
		}
		for _, ci := range absenceCandidates(toks[k].low) {
			cue := absenceCues[ci]
			if cue.words[0] == "n't" && negatedAux(toks[k].low) {
				// "didn't take part": one token for "did" and "n't"
				if !matchAt(toks, k+1, cue.words[1:]) {
					continue
				}
				cue.words = append([]string{toks[k].low}, cue.words[1:]...)
			} else if !matchAt(toks, k, cue.words) {
				continue
			}
			if len(cue.words) == 1 && cue.words[0] == "sent" && (!(k+1 < e && toks[k+1].cap && titleWords[toks[k+1].low] && d.personSoonAfter(pi, k+1, min(e, k+7))) || sentThingAhead(toks, k+1, e)) {
				continue // only "sent Minister of State X", "sent Foreign Minister Y": someone in the sender's place
			}
			if cue.note == "left the room" && bestTi > k && purposeCall(toks, k+len(cue.words), bestTi) {
				continue // "stepped out of the room to phone Putin": on the call, and back
			}
			if len(cue.words) == 2 && cue.words[1] == "invited" && (cue.words[0] == "were" || cue.words[0] == "was") && !neitherBefore(toks, clauseStart(toks, s, k), k) && !(neitherBefore(toks, s, k) && len(d.neitherNorPeople(pi, neitherAt(toks, s, k), k)) >= 2) {
				continue
			}
			if (cue.words[0] == "remained" || cue.words[0] == "stayed") && cue.words[1] == "in" && !(expectedBefore(toks, s, k) && k+2 < e && toks[k+2].cap) {
				continue // "had been expected to attend but remained in Dublin", not "stayed in the room"
			}
			if cue.words[0] == "would" && !(neitherBefore(toks, s, k) && len(d.neitherNorPeople(pi, neitherAt(toks, s, k), k)) >= 1) {
				continue // "said that neither he nor Pezeshkian would take part", not "Macron would take part"
			}
			if (cue.words[0] == "travelled" || cue.words[0] == "traveled" || cue.words[0] == "made") && !neitherBefore(toks, clauseStart(toks, s, k), k) {
				continue // "Neither Burhan nor Dagalo travelled to Jeddah", not "Lavrov travelled to Jeddah"
			}
			if (cue.words[0] == "cancelled" || cue.words[0] == "canceled" || cue.words[0] == "called") && !tripAhead(toks, k+len(cue.words), e) {
				continue // "cancelled his trip", not "cancelled his order"
			}
			if (cue.words[0] == "not" || cue.words[0] == "n't") && cue.words[len(cue.words)-1] == "come" && !comeToMeeting(toks, k+len(cue.words), e) {
				continue // "did not come as a surprise", "did not come to an agreement"
			}
			if w := cue.words[len(cue.words)-1]; (cue.words[0] == "refused" || cue.words[0] == "declined" || cue.words[0] == "chose") && (w == "part" || w == "participate") && k+len(cue.words) < e && toks[k+len(cue.words)].low == "in" &&
				!missedEvent(toks, k+len(cue.words)+1, e) {
				continue // "has refused to take part in the court's proceedings": not a meeting
			}
			if w := cue.words[len(cue.words)-1]; (w == "part" || w == "participate") && voteAhead(toks, k+len(cue.words), e) {
				continue // "did not take part in the vote": stayed in the chamber, abstaining
			}
			if cue.words[0] == "left" && leavingWhileSpeaking(toks, s, k) {
				continue // "Varga said as she left the summit": there until its end
			}
			if cue.note == "walked out" && (outToPlace(toks, k+len(cue.words), e) || walkedOutManner(toks, s, k, k+len(cue.words), e)) {
				continue // "walked out to the hallway where reporters waited": out to speak, not a walkout
			}
			if (cue.note == "did not attend" || cue.note == "left before the talks" || cue.note == "skipped") && pressEventAhead(toks, k+len(cue.words), e) {
				continue // "did not attend the closing news conference", "left before the news conference", "skipping the closing news conference": not the meeting
			}
			if cue.note == "did not attend" && showAhead(toks, k+len(cue.words), e) {
				continue // "will not attend Wednesday's military parade": a show, not the meeting
			}
			if !cue.object && d.bodyRelativeBefore(pi, s, k) {
				continue // "repeated an offer to host talks, an offer the Kremlin has so far declined"
			}
			if cue.note == "refused entry" && !askedIn(toks, s, e) {
				continue // "asked to attend the meeting and had been refused", not "his request was refused"
			}
			if (cue.note == "not part of the meeting" || cue.note == "left out" && cue.words[len(cue.words)-1] == "of") && !partOfMeeting(toks, k+len(cue.words), e) {
				continue // "was not part of the delegation": no one said he was expected
			}
			if len(cue.words) == 1 && cue.words[0] == "waited" && !whileMet(toks, trs, k, e) {
				continue // "waited for the results", not "waited at the airport while Witkoff met Putin"
			}
			if cue.words[0] == "missed" && !missedEvent(toks, k+2, e) {
				continue // "nobody missed the point": no event missed
			}
			if cue.words[0] == "video" && ownBroadcast(toks, s, k, e) {
				continue // "said in his nightly video address": his own broadcast, no part in the talks
			}
			if cue.words[0] == "before" && !leavesTheTalks(toks, k+2, e) {
				continue // "before leaving for Paris": left afterwards
			}
			if cue.words[0] == "before" && welcomeBefore(toks, s, k, e) {
				continue // "..., and Parmelin welcomed both teams before leaving them to it": the host's (welcomedThenLeft)
			}
			if cue.words[0] == "not" && cue.words[1] == "in" && len(cue.words) == 2 && !(k+2 < e && toks[k+2].cap && k > 0 && (toks[k-1].low == "was" || toks[k-1].low == "were")) {
				continue // only "was not in Istanbul"
			}
			if (cue.note == "by phone" || cue.note == "by video") && talkVerbBefore(toks, clauseStart(toks, s, k), k) && !followedBefore(toks, max(s, clauseStart(toks, s, k)-1), k) {
				continue // "spoke with Trump by phone": a call of its own
			}
			if cue.words[len(cue.words)-1] == "line" && (c.call || c.kinds["call"] > 0) {
				continue // "Putin was on the line for 90 minutes": a party to the call itself
			}
			if (cue.note == "by phone" || cue.note == "by video") && c.call && k > s && meetingVerbs[toks[k-1].low] {
				continue // "Varga and Nowak met by phone": the call's own line, no one's absence
			}
			if (cue.words[0] == "dialled" || cue.words[0] == "dialed") && (c.call || c.kinds["call"] > 0 || d.heldRemotely(c)) {
				// "Lutnick dialed in from New Jersey" to a call, or to a
				// meeting held by video: a participant
				c.addAttendees(d.clauseSubject(pi, s, k)...)
				c.addParagraph(pi)
				continue
			}
			if at := k + len(cue.words) - boolInt(cue.words[len(cue.words)-1] == "to"); cue.note == "did not travel" && c.place != "" && d.travelsElsewhere(pi, at, e, c) {
				// "met Erdogan in Ankara but did not go to Istanbul and sent his
				// delegation": not absent from Ankara, but from the meeting told
				// before, when it may be in that place
				o := d.current
				if o == nil || o == c || o.future || !d.placesAgree(d.placeAfterTo(pi, at, e), o.place) || !sentAhead(toks, at, e) {
					// (without a stand-in sent there, it says only where someone was not)
					continue
				}
				c, redirect = o, o
			}
			if at := k + len(cue.words) - boolInt(cue.words[len(cue.words)-1] == "to"); cue.note == "did not travel" && c.place == "" && len(trs) == 0 && !c.future {
				// "Araghchi held a working dinner with Albusaidi after landing.
				// Larijani did not travel to Muscat": a sentence naming no
				// meeting of its own is absent from the meeting told at that
				// place, not from the smaller one told last without a place
				if o := d.toldAt(d.placeAfterTo(pi, at, e), c); o != nil {
					c, redirect = o, o
				}
			}
			if at := k + len(cue.words); cue.note == "did not attend" && at+2 < e && toks[at].low == "the" && toks[at+1].cap && meetingNouns[toks[at+2].low] != "" {
				// "did not attend the Baabda ceremony": absent from the meeting
				// told at that place, not from one told elsewhere
				if pl := d.placeName(pi, at+1, at+2); pl != "" && c.place != "" && !d.placesAgree(pl, c.place) && d.toldAsPlace(toks[at+1].low) {
					o := d.toldAt(pl, c)
					if o == nil {
						continue
					}
					c, redirect = o, o
				}
			}
			if len(cue.words) == 3 && cue.words[1] == "represented" && d.placeSubjectBefore(pi, k) && !(k+3 < e && (toks[k+3].low == "his" || toks[k+3].low == "her")) {
				// "Iran was represented by its ambassador": a country stood in
				// for, no one named absent (but "the US was represented by her
				// deputy": hers)
				continue
			}
			if best < 0 && cue.note == "not invited" {
				c = d.invitedTo(pi, k+len(cue.words), e, c)
			}
			var who []*personEntry
			if cue.object {
				a := k + len(cue.words)
				for a < e && (toks[a].low == "with" || toks[a].low == "to") {
					a++
				}
				var end int
				who, end = d.parseList(pi, a, e)
				if c := ellipticalAnd(toks, a, end, e); c > 0 {
					// "in place of President Pezeshkian, and Egypt by Prime
					// Minister Madbouly": the list ends before the next
					// country's delegate
					who, end = d.parseList(pi, a, c)
				}
				if c := andClauseAt(toks, a, end, e); c > 0 {
					// "in place of President Maamau, and Vanuatu's Salwai left
					// early": the list ends before the next clause's subject
					who, end = d.parseList(pi, a, c)
				}
				if len(who) > 0 && cue.note == "by phone" {
					continue // a call with someone: handled as a call
				}
				if len(who) == 0 && cue.note == "sent someone else" && !(a < e && goingWords[toks[a].low]) {
					continue // "opened with jokes rather than a lecture": no one stayed away
				}
				if cue.words[0] == "without" && a < e && (toks[a].low == "him" || toks[a].low == "her") && (a+1 >= e || toks[a+1].kind == kPunct) {
					// "met the leaders of France and Germany without him": the
					// one told just before, who is not at the meeting
					who = nil
					for _, p := range d.peopleBefore(pi, k, 8) {
						if c.isAbsent(p) {
							break // "Aliyev boycotted the meeting, which went ahead without him": told absent already
						}
						if !c.hasAttendee(p) && !inTriggers(trs, p) {
							who = []*personEntry{p}
							break
						}
					}
				}
				if objectOnly(cue.words) {
					// "met in Geneva without Lena Varga", "in the absence of
					// X": only the people named after it, at a meeting told
					// before it in the sentence, and never "without X's help"
					if len(who) == 0 || cue.words[0] != "in" && !meetingBefore(trs, k) || end < e && (toks[end].low == "'s" || toks[end].low == "'") {
						continue
					}
				}
			}
			if len(who) == 0 && cue.note == "by video" {
				// "About a dozen more players followed along on a video feed,
				// among them Jada Whitlock": the ones named after the group
				if a := amongThem(toks, k+len(cue.words), e); a > 0 {
					who, _ = d.parseList(pi, a, e)
				}
			}
			if len(who) == 0 && invertedCue(toks, s, k, cue.words[0]) {
				// "Notably absent from the talks was Lena Varga": the
				// subject follows the verb
				for j := k + len(cue.words); j < e; j++ {
					if toks[j].low == "was" || toks[j].low == "were" {
						who, _ = d.parseList(pi, j+1, e)
						break
					}
				}
				if len(who) == 0 {
					continue
				}
			}
			if len(cue.words) == 1 && cue.words[0] == "sent" {
				// "Zelensky sent Defense Minister Rustem Umerov instead": the
				// one named right before the verb (not "when the Kremlin named
				// Medinsky ..., Zelensky sent")
				for _, m := range d.paras[pi].ments {
					if m.kind == mPerson && !m.poss && m.end == k {
						who = []*personEntry{m.p}
					}
				}
				if len(who) == 0 {
					continue
				}
			}
			n := neitherAt(toks, clauseStart(toks, s, k), k)
			if len(who) == 0 && n < 0 && (cue.note == "not invited" || cue.note == "declined the invitation") {
				// "neither General X, the head of the army, nor his rival Y,
				// who commands the militia, was invited": the one named
				// after each of "neither" and "nor"
				if n := neitherAt(toks, s, k); n >= 0 {
					who = d.neitherNorPeople(pi, n, k)
				}
			}
			if len(who) == 0 && n >= 0 {
				// "talks that neither Ukraine nor its allies were invited to"
				who, _ = d.parseList(pi, n+1, k)
				if len(who) == 0 && bodyNotes[cue.note] {
					who = d.bodyAbsentees(pi, n, k)
				}
			}
			if len(who) == 0 && len(cue.words) == 3 && cue.words[0] == "in" && cue.words[2] == "place" {
				// "he sent Kuol Manyang in his place": the sender, not the one sent
				sender := false
				for j := k - 1; j >= s && j >= k-14; j-- {
					// (past "the party's Stormont leader, Matthew O'Toole,")
					if toks[j].low == "sent" || toks[j].low == "dispatched" || toks[j].low == "delegated" {
						sender = true
						who = d.subjectList(pi, j, s, s)
						if len(who) == 0 {
							who = []*personEntry{}
						}
						// the one sent went: "sent a senior officer from the
						// transport team, Mark Ellery, in his place"
						for _, m := range d.paras[pi].ments {
							if m.kind == mPerson && !m.poss && m.start > j && m.end <= k && !slices.Contains(who, m.p) {
								c.addAttendees(m.p)
								c.addParagraph(pi)
							}
						}
						break
					}
				}
				if !sender {
					// "Varga attended in his place": the stand-in was there
					c.addAttendees(d.clauseSubject(pi, s, k)...)
					c.addParagraph(pi)
					continue
				}
			}
			if f := followAt(toks, max(s, clauseStart(toks, s, k)-1), k); len(who) == 0 && f >= 0 && (cue.note == "by phone" || cue.note == "by video") {
				// "Witkoff remained in the United States and was following the
				// talks by phone": the one following
				who = d.subjectList(pi, f, s, s)
				if w := d.mainSubject(pi, s, f); len(who) == 0 && w.p != nil {
					who = []*personEntry{w.p}
				}
			}
			if len(who) == 0 {
				// "..., with Trump joining by video link": the one joining
				who = d.participleSubject(pi, s, k)
			}
			if len(who) == 0 {
				who = d.praisedFor(pi, clauseStart(toks, s, k), k) // "faulted Haddad for skipping the talks"
			}
			counted := len(who) == 0 && countedSubject(toks, clauseStart(toks, s, k), k)
			listed := false
			if len(who) == 0 && (counted || countedGroup(toks, clauseStart(toks, s, k), k)) {
				// "Four member states were not invited because they are
				// suspended: Mali, led by Colonel A, and Sudan, under General
				// B": the people the list after the colon names (and when it
				// names countries alone, no one named after it)
				if c := colonAfter(toks, k, e); c > 0 && c+1 < e {
					who = d.peopleIn(pi, c+1, e)
					counted, listed = counted || len(who) > 0, counted
				}
			}
			if counted && len(who) == 0 && !listed {
				// "Three leaders stayed away. A and B, both citing ..., sent
				// their ministers": the ones named next, not the last ones
				who = d.namedNext(pi, e)
			}
			if len(who) == 0 && !counted {
				who = d.clauseSubject(pi, s, k)
			}
			if len(who) == 0 && !counted {
				// "The 14 African members, led by A, with B and C among
				// them, stayed at their hotel": the members named in the aside
				who = d.groupAsideMembers(pi, s, k)
			}
			if len(who) == 0 && bodyNotes[cue.note] {
				who = d.bodyAbsentees(pi, clauseStart(toks, s, k), k)
			}
			for _, p := range who {
				if (cue.note == "did not travel" || cue.note == "declined to come") && c.hasAttendee(p) {
					continue // "Xi declined to travel, and the Europeans came to him": the host
				}
				if (cue.note == "by video" || cue.note == "by phone") && (c.virtual || virtualIn(trs)) && c.place == "" {
					// "a virtual summit ..., which Renner attended online": everyone
					// took part from afar, so joining online is taking part (but
					// a virtual meeting led from a room told has its room, and
					// those who "joined by video link" were away from it)
					c.addAttendees(p)
					continue
				}
				if o := d.current; cue.note == "not part of the meeting" && o != nil && o != c && !o.future && metIn(trs, c, p) {
					// "met Witkoff there on Friday, but he was not part of the
					// trilateral format": not part of the meeting under way, not
					// of his own
					o.addAbsent(p, cue.note)
					continue
				}
				c.addAbsent(p, cue.note)
			}
			if len(who) > 0 || bodyNotes[cue.note] || cue.note == "not present" {
				// (also "The United States was not on the call. Neither was
				// Hungary's Viktor Orbán": a country told absent first)
				d.noteAbsence(pi, e, cue.note, c)
			}
			lastNote = cue.note
		}
		if lastNote != "" && (matchAt(toks, k, []string{"as", "did"}) || matchAt(toks, k, []string{"as", "were"}) || matchAt(toks, k, []string{"as", "was"})) {
			// "Starmer took part by video link, as did Merz and Meloni"
			who, _ := d.parseList(pi, k+2, e)
			for _, p := range who {
				if lastNote == "attended" {
					c.addAttendees(p)
				} else {
					c.addAbsent(p, lastNote)
				}
			}
		}
		if toks[k].low == "with" && k > s && !(toks[k-1].text == "," || absoluteWith(toks, s, k)) && !futureBefore(trs, k) {
			// "sat at the head of the table with LeBlanc, the minister
			// responsible, at his side": beside the subject, comma or not
			if list, end := d.parseList(pi, k+1, e); len(list) > 0 && (sidePhraseAt(toks, end, e) || sidePhraseAt(toks, d.pastDescription(pi, end, e), e)) && !speakingBefore(toks, s, k) {
				c.addAttendees(list...)
				c.addParagraph(pi)
			}
		}
		if toks[k].low == "with" && k > s && (toks[k-1].text == "," || absoluteWith(toks, s, k)) && !futureBefore(trs, k) && !adviceBefore(toks, s, k) {
			// (not "ready to host a meeting between A and B, with Trump also
			// taking part": the planned meeting's)
			// "..., with Oman's foreign minister carrying messages between them"
			if list, end := d.parseList(pi, k+1, e); len(list) > 0 && (presenceAt(toks, end, e) || inTheRoomWith(toks, s, k, end, e)) {
				c.addAttendees(list...)
				c.addParagraph(pi)
				// "..., with Rubio leading the American side and Umerov
				// heading Kyiv's delegation": each "and X -ing" after it
				for j := end + 1; j+1 < e && j <= end+12; j++ {
					if toks[j].kind == kQuote || toks[j].text == ";" {
						break
					}
					if toks[j].low != "and" {
						continue
					}
					more, end2 := d.parseList(pi, j+1, e)
					if len(more) == 0 || !presenceAt(toks, end2, e) && !(toks[end].low == "speaking" || toks[end].low == "negotiating" || toks[end].low == "representing") && !(end2+1 < e && toks[end2].low == "for") {
						break // (but "with X speaking for the union and Y for the city": the verb left out)
					}
					c.addAttendees(more...)
					j, end = end2, end2
				}
			}
			if list := d.withPresence(pi, k+1, e); len(list) > 0 && !futureBefore(trs, k) {
				// "..., with Guterres in the chair and his envoy at his side"
				c.addAttendees(list...)
				c.addParagraph(pi)
			}
		}
		if (toks[k].low == "at" || toks[k].low == "in") && (k == s || k == s+1 && toks[s].low == "also") && k+3 < e && toks[k+1].low == "the" &&
			(meetingNouns[toks[k+2].low] != "" || toks[k+2].low == "talks") && (toks[k+3].low == "were" || toks[k+3].low == "was") {
			// "Also at the meeting were Rubio and Ushakov"
			list, _ := d.parseList(pi, k+4, e)
			c.addAttendees(list...)
			d.addRoster(c, pi, k+4, e)
			c.addParagraph(pi)
			lastNote = "attended"
		}
		if toks[k].low == "in" && k > s && (toks[k-1].low == "also" || beVerbs[toks[k-1].low]) && k+1 < e && toks[k+1].cap {
			// "Macron and Starmer, who were also in Tirana": at the meeting told there
			if m := d.meetingAt(pi, k+1, e); m != nil {
				v := k - 1
				if toks[v].low == "also" {
					v--
				}
				if v >= s && (toks[v].low == "were" || toks[v].low == "was") {
					var who []*personEntry
					if cs := clauseStart(toks, s, v); cs-2 > s && toks[cs-1].low == "who" && toks[cs-2].text == "," {
						who, _ = d.parseList(pi, s, cs-2) // "Macron and Starmer, who were also in Tirana"
					}
					if len(who) == 0 {
						who = d.clauseSubject(pi, s, v)
					}
					m.addAttendees(who...)
				}
			}
		}
		if sentStandIn(toks, s, k, e) && !negatedBefore(toks, clauseStart(toks, s, k), k) {
			// "Both men have instead sent trusted aides", "did not attend,
			// sending a team of officials instead"
			for _, p := range d.clauseSubject(pi, s, k) {
				c.addAbsent(p, "sent someone else")
			}
			lastNote = "sent someone else"
		}
		if p := d.inTheSeat(pi, s, k, e); p != nil {
			// "leaving his foreign minister, José Manuel Albares, in Spain's seat"
			c.addAttendees(p)
			c.addParagraph(pi)
		}
		if toks[k].low == "in" && k+1 < e && busyInMeetings(toks, s, k+1) && d.current != nil && !d.current.call && expectedThere(toks, s, k) {
			// "but Bessent was in meetings on Capitol Hill": absent from the
			// meeting told before
			for _, p := range d.clauseSubject(pi, s, k-1) {
				if !d.current.hasAttendee(p) {
					d.current.addAbsent(p, "in meetings elsewhere")
				}
			}
		}
		if toks[k].low == "stayed" && k+2 < e && toks[k+1].low == "in" && toks[k+2].cap {
			// "Putin stayed in Moscow": the meeting was elsewhere
			pl := d.placeName(pi, k+2, capRunEnd(toks, k+2, e))
			lp, lc := strings.ToLower(pl), strings.ToLower(c.place)
			if pl != "" && c.place != "" && !strings.Contains(lp, lc) && !strings.Contains(lc, lp) && !strings.EqualFold(pl, c.building) {
				// (staying is not travelling: a city told with "stayed in" is not the meeting's)
				for _, p := range d.clauseSubject(pi, s, k) {
					c.addAbsent(p, "did not attend")
				}
				lastNote = "did not attend"
			}
		}
		if toks[k].low == "instead" && !(k+1 < e && (toks[k+1].low == "of" || toks[k+1].low == "held" || meetingVerbs[toks[k+1].low])) && motionBefore(toks, clauseStart(toks, s, k), k) {
			// "Zelenskyy flew to Tirana for a European summit instead": absent
			// from the meeting told so far, not from the one he went to (but
			// "Dahl, who flew in on Saturday, instead held talks with Moen":
			// the talks she held are the meeting)
			to := c
			if d.current != nil {
				to = d.current // the meeting before this sentence
			}
			for _, p := range d.clauseSubject(pi, s, k) {
				to.addAbsent(p, "did not attend")
			}
			lastNote = "did not attend"
		}
		if n := absentListCue(toks, k, e); n > 0 {
			// "Who wasn't: Kaja Kallas." "Absent: Erdogan and Aliyev."
			list, _ := d.parseList(pi, k+n, e)
			for _, p := range list {
				c.addAbsent(p, "did not attend")
			}
			lastNote = "did not attend"
		}
		if toks[k].low == "instead" && !(k+1 < e && toks[k+1].low == "of") && !motionBefore(toks, clauseStart(toks, s, k), k) && d.current != nil {
			// "but she was in Warsaw instead": elsewhere, absent from the meeting told
			if at := beInPlaceBefore(toks, clauseStart(toks, s, k), k); at > 0 && !d.placesAgree(joinTokens(toks, at, capRunEnd(toks, at, k)), d.current.place) {
				for _, p := range d.clauseSubject(pi, s, at-2) {
					if !d.current.hasAttendee(p) {
						d.current.addAbsent(p, "elsewhere")
					}
				}
				lastNote = "elsewhere"
			}
		}
		if (toks[k].low == "absent" || toks[k].low == "missing") && k == s && k+1 < e && (toks[k+1].low == "were" || toks[k+1].low == "was") {
			// "Absent were Erdogan and Aliyev"
			list, _ := d.parseList(pi, k+2, e)
			for _, p := range list {
				c.addAbsent(p, "did not attend")
			}
			lastNote = "did not attend"
		}
		if w := joiningWere(toks, k, e); w > 0 && k == s {
			// "Joining Rubio at the table in Jeddah were Waltz and Witkoff":
			// the one joined and the ones joining
			host, _ := d.parseList(pi, k+1, w)
			list, _ := d.parseList(pi, w+1, e)
			if len(list) > 0 {
				c.addAttendees(host...)
				c.addAttendees(list...)
				c.addParagraph(pi)
				lastNote = "attended"
			}
		} else if toks[k].low == "representing" || toks[k].low == "attending" || toks[k].low == "joining" && k == s || toks[k].low == "present" && (k == s || alsoOpens(toks, s, k)) {
			// "Representing Ukraine were Umerov and Yermak", "Also present at
			// the meeting in the prime minister's office were X and Y"
			for j := k + 1; j < e && j <= k+invertedReach(toks[k].low); j++ {
				if toks[j].kind != kWord && toks[j].low != "'s" && toks[j].text != "’s" && toks[j].text != "'" {
					break
				}
				if toks[j].low == "were" || toks[j].low == "was" {
					list, _ := d.parseList(pi, j+1, e)
					if toks[k].low == "present" && c != nil && c.call && presentAtRoom(toks, k+1, j) {
						if room := d.latestInPerson(c); room != nil {
							c = room // "Also present at the reception were ...", after a call recalled: the reception
						}
					}
					c.addAttendees(list...)
					d.addRoster(c, pi, j+1, e)
					c.addParagraph(pi)
					lastNote = "attended"
					break
				}
			}
		}
		if d.accompaniedAttendee(pi, s, k, e, c) {
			lastNote = "attended" // "Cho Hyun and Wi Sung Lac accompanied Lee"
		}
		if d.companionCues(pi, s, k, e, c) {
			lastNote = "attended" // "With Medinsky were ...", "sat between X and Y"
		}
		if d.sideListCues(pi, s, k, e, trs, c) {
			lastNote = "attended" // "with A on the Korean side and B on the American side", "Putin brought Lavrov" (sidelists.go)
		}
		if toks[k].low == "joined" && k > s && (len(trs) == 0 || thatMeetingOnly(trs, k)) && !remoteAhead(toks, k+1, e) {
			// "Driscoll and Witkoff joined Rubio at the U.S. mission": the
			// meeting under way, with the one they joined
			if list, _ := d.parseList(pi, k+1, e); len(list) > 0 && d.personSoonAfter(pi, k+1, k+5) {
				if subj := d.subjectList(pi, k, clauseStart(toks, s, k), s); len(subj) > 0 {
					c.addAttendees(list...)
					c.addAttendees(subj...)
					c.addParagraph(pi)
					lastNote = "attended"
				}
			}
		}
		if (toks[k].low == "joined" || toks[k].low == "accompanied" || toks[k].low == "flanked") && !matchAt(toks, k+1, []string{"by"}) {
			// "was accompanied in the Oval Office by", "joined at the table by",
			// "joined at lunch and in the afternoon by"
			for j := k + 2; j < e && j <= k+8; j++ {
				if toks[j].low == "by" && !(j+1 < e && (toks[j+1].low == "phone" || toks[j+1].low == "video" || toks[j+1].low == "telephone")) {
					list, _ := d.parseList(pi, j+1, e)
					c.addAttendees(list...)
					c.addAttendees(d.subjectList(pi, k, clauseStart(toks, s, k), s)...)
					c.addParagraph(pi)
					lastNote = "attended"
					break
				}
				if toks[j].kind != kWord {
					break
				}
			}
		}
		if toks[k].text == ":" && k > s && meetingBefore(trs, k) {
			// "G7 leaders posed for a family photo on Monday: Carney, Starmer
			// and Meloni": a list that is the rest of the sentence
			if list, end := d.parseList(pi, k+1, e); len(list) >= 2 && end >= e-1 {
				c.addAttendees(list...)
				c.addParagraph(pi)
				lastNote = "attended"
			}
		}
		if (toks[k].low == "seated" || toks[k].low == "sat" || toks[k].low == "sitting") && k > s {
			// "Ramaphosa was seated next to Trump at the lunch"
			a := k + 1
			if matchAt(toks, a, []string{"next", "to"}) {
				a += 2
			} else if toks[a].low == "beside" {
				a++
			} else if n := seatNeighbour(toks, a, e); n > 0 {
				a = n // "sat in the front section, near A and B", "seated in the front row, a few places from A"
			}
			if a > k+1 {
				if list, _ := d.parseList(pi, a, e); len(list) > 0 {
					c.addAttendees(list...)
					c.addAttendees(d.subjectList(pi, k, clauseStart(toks, s, k), s)...)
					c.addParagraph(pi)
					lastNote = "attended"
				}
			}
		}
		if p := d.oneOfThosePresent(pi, s, k, e); p != nil {
			// "Emmanuel Macron, one of the leaders at the table, said"
			c.addAttendees(p)
			c.addParagraph(pi)
		}
		if b := byAfterDay(toks, k, e); b > 0 {
			// "convened on Saturday afternoon by the Cop29 president, Mukhtar Babayev"
			if r, ok := findDate(toks, k+1, b, d.day, false); ok && r.day != "" && c.hasDate && c.date.day != "" && r.day < c.date.day && absDays(r.day, c.date.day) == 1 {
				c.date = r // "summoned on Friday evening" for a session still going "by 2am on Saturday": its first day
			}
			list, _ := d.parseList(pi, b, e)
			c.addAttendees(list...)
			c.addParagraph(pi)
			lastNote = "attended"
		}
		if matchAt(toks, k, []string{"together", "with"}) && (broughtBefore(toks, s, k) || arrivedBefore(toks, s, k) && !futureBefore(trs, k)) {
			// ("Dermer, who arrived on 8 October together with Witkoff and Kushner")
			// "brought the negotiating blocs together with Hoekstra and Podesta"
			list, _ := d.parseList(pi, k+2, e)
			c.addAttendees(list...)
			c.addParagraph(pi)
			lastNote = "attended"
		}
		if (toks[k].low == "brought" || toks[k].low == "brings") && meetingSubject(toks, s, k) && d.personSoonAfter(pi, k+1, e) {
			// "The meeting, held under the C5+1 format, brought Tokayev,
			// Mirziyoyev and Japarov to Washington": the meeting's people
			list, _ := d.parseList(pi, k+1, e)
			c.addAttendees(list...)
			c.addParagraph(pi)
			lastNote = "attended"
		}
		if matchAt(toks, k, []string{"attended", "on", "the"}) && k+5 < e && toks[k+4].low == "side" && toks[k+5].low == "by" {
			// "was attended on the Indian side by Jaishankar and Doval"
			list, _ := d.parseList(pi, k+6, e)
			c.addAttendees(list...)
			c.addParagraph(pi)
			lastNote = "attended"
		}
		// lists told around the meeting, each read from where it starts
		// (see the finders below); all attended
		var from, to int
		semis, roster := false, false
		if w := withAlsoPresent(toks, s, k); w > 0 {
			from, to = w+1, k-1 // "..., with Bagheri and Araghchi also present"
		} else if v := signingWere(toks, s, k, e); v > 0 {
			from, to = v+1, e // "Signing for the government was retired general Emmanuel Bautista"
		} else if v := standingWere(toks, s, k, e); v > 0 {
			// "Standing behind the two principals were the witnesses: A; B; and C"
			from, to, semis = v+1, e, true
			if c := colonAfter(toks, from, e); c > 0 {
				from = c + 1
			}
		} else if a := listedAmong(toks, s, k, e); a > 0 {
			from, to = a, k // "The Japanese side listed its ambassador, Shigeo Yamada, among those present"
		} else if v := amongWere(toks, s, k, e); v > 0 {
			from, to, roster = v+1, e, true       // "Among the heads of state who did make the trip were Sisi, Abbas and Tamim"
			semis = semicolonAhead(toks, from, e) // "were the Prime Minister of India, Narendra Modi; the President of ..."
		} else if n := namedAsHead(toks, s, k, e); n > 0 {
			from, to = n, k // "The readout named Medinsky as its head"
		} else if toks[k].low == "as" && listedAs(toks, s, k) {
			from, to, roster = k+1, e, true // "The Kremlin listed the Russian delegation as Medinsky, who led it, Galuzin and Fomin"
		}
		if from > 0 {
			d.attendList(c, pi, from, to, semis, roster)
			lastNote = "attended"
		}
		if toks[k].low == "in" && c.place != "" && d.beInMeetingPlace(pi, s, k, e, c) {
			// "Tusk and Zelenskyy were also in Tirana, as were Costa and von
			// der Leyen": where the meeting was
			c.addAttendees(d.clauseSubject(pi, s, k)...)
			c.addParagraph(pi)
			lastNote = "attended"
		}
		for _, ci := range afterByFirst[toks[k].low] {
			cue := attendanceAfter[ci]
			after := cueMatch(toks, k, e, cue)
			if w := cue[len(cue)-1]; after > 0 && after+1 < e && toks[after].text == ":" && (w == "were" || w == "by" || w == "included") {
				after++ // "The heads of delegation were: A; B; and C"
			}
			if after < 0 {
				continue
			}
			if k >= s+2 && toks[k-1].low == "have" && modalWords[toks[k-2].low] {
				continue // "a lunch which would have included X and Y": it did not happen
			}
			if k >= s+1 && toks[k-1].low == "be" && len(cue) > 1 && cue[len(cue)-1] == "by" {
				continue // "teams ... to be led on the American side by X", "will be chaired by": still to come
			}
			c := d.ownersMeeting(pi, s, k, cue[0], c) // "Aliyev arrived with a delegation that included X": Aliyev's meeting
			if c.call && len(trs) == 0 && inPersonCue(cue) {
				// "The Japanese delegation included ...", told after a phone
				// call: the delegation sat at the talks told before the call
				if o := d.latestInPerson(c); o != nil {
					c = o
				}
			}
			if !meetingBefore(trs, e) && plannedAttendanceBefore(toks, s, k) {
				continue // "Qian is due to attend the dialogue later in the week, along with a US delegation led by X": not yet there
			}
			if cue[0] == "as" {
				// "took part in the dinner as a guest of Anwar": the host of
				// the meal or summit told before it in the clause (not "spent
				// the night at the palace as a guest of the king", a stay)
				near := lastTriggerBefore(trs, k, func(t *trigger) bool { return t.c != nil && !t.future && !t.verb && t.ti >= clauseStart(toks, s, k) })
				if near < 0 {
					continue
				}
				c = trs[near].c
			}
			if (cue[0] == "steered" || cue[0] == "overseen") && !meetingNounBefore(toks, s, k) {
				continue // "The session was steered by X", not "the Luanda process, steered by X"
			}
			if (cue[0] == "was" || cue[0] == "were") && (cue[1] == "supported" || cue[1] == "assisted") && !d.personEndsAt(pi, k-1) {
				continue // "Nasser was supported by his Foreign Minister, X": at his side (not "The plan was supported by X")
			}
			if cue[0] == "," && !chairedByBefore(toks, s, k) {
				continue // "..., chaired by X, supported by Y", not "the plan, supported by France"
			}
			if (cue[0] == "called" || cue[0] == "summoned") && !meetingNounBefore(toks, s, k) {
				continue // "a consultation called by Rafiyev", not "a move called by critics"
			}
			if cue[0] == "under" && len(cue) == 1 && !d.metUnder(pi, s, k, e) {
				continue // "met on Thursday under prime minister X", not "under pressure" or "talks under Trump"
			}
			if cue[0] == "side" && !(k-s >= 2 && k-s <= 4 && (toks[s].low == "on" || toks[s].low == "from") && toks[s+1].low == "the") {
				continue // only a sentence opening "On the US side: X and Y"
			}
			if cue[0] == "led" && walkoutNotes[lastNote] {
				// "got up and left, led by Schuster and Njewa": they led the walkout
				list, _ := d.parseList(pi, after, e)
				for _, p := range list {
					c.addAbsent(p, lastNote)
				}
				continue
			}
			if (cue[0] == "briefed" || cue[0] == "addressed") && !d.delegationBefore(toks, clauseStart(toks, s, k), k) {
				continue // "the meeting was briefed by", not "Zelenskiy was briefed by"
			}
			if (cue[0] == "drew" || cue[0] == "included" || cue[0] == "includes" || cue[0] == "include" || cue[0] == "comprised" || cue[0] == "consisted" || cue[0] == "made" || len(cue) > 1 && cue[1] == "composed") && !d.delegationBefore(toks, s, k) {
				continue // ("the delegation comprised", not "the plan comprised")
			}
			if (cue[0] == "led" || cue[0] == "headed" || cue[0] == "including") && len(trs) == 0 && d.flewElsewhere(pi, s, e, c) {
				continue // "A mediation team led by X flew into Niamey on August 3": its own trip, not the summit told
			}
			if cue[0] == "alongside" && len(trs) == 0 && (c.call || c.kinds["call"] > 0 || d.placedElsewhere(pi, s, e, c)) {
				continue // "Speaking in Helsinki alongside Stubb": an appearance, not this meeting
			}
			if cue[0] == "brought" && cue[1] == "the" {
				// "Martin brought the Tánaiste, Simon Harris, and his finance
				// minister, Paschal Donohoe": everyone brought along
				if list, _ := d.parseList(pi, after-1, e); len(list) > 0 {
					c.addAttendees(list...)
					c.addParagraph(pi)
					continue
				}
			}
			if cue[0] == "sent" && k+1 < e && (toks[k+1].low == "by" || toks[k+1].low == "from") {
				continue // "conveyed a personal letter sent by Putin": its sender, elsewhere
			}
			if (cue[0] == "sent" || cue[0] == "sending") && sentThingAhead(toks, k+1, e) {
				continue // "sent Secretary General Berg a letter": a letter went, not a person
			}
			if cue[0] == "sent" || cue[0] == "sending" || cue[0] == "brought" && cue[1] == "the" {
				// "Turkey sent its foreign minister, Hakan Fidan": the envoy
				// attends; "Yaqoob brought the Taliban's intelligence chief,
				// Abdul Haq Wasiq": so does the aide brought along
				for _, m := range d.paras[pi].ments {
					if m.kind == mPerson && m.start > k && m.start <= k+7 && m.start < e && !m.poss && !listBreak(toks, k+1, m.start) {
						c.addAttendees(m.p)
						if b := m.rstart - 1; b > k+1 && toks[b].text == "," && pluralRole(toks[b-1].low) {
							// "sent their foreign ministers, A and B": all of them
							list, _ := d.parseList(pi, m.rstart, e)
							c.addAttendees(list...)
						}
						break
					}
				}
				continue
			}
			if (cue[0] == "joined" || cue[0] == "attended") && k+2 < e && (toks[k+2].low == "video" || toks[k+2].low == "phone") {
				continue
			}
			if cue[0] == "together" && !broughtBefore(toks, s, k) && !hostedFor(toks, s, k) {
				continue // "Ruiz, together with Nowak, said": no meeting told by it
			}
			if cue[0] == "brought" && cue[1] != "together" && !d.personSoonAfter(pi, after, e) {
				continue // "brought along his own proposals"
			}
			list, end := d.parseList(pi, after, e)
			if (cue[0] == "led" || cue[0] == "headed") && k >= s+2 && toks[k-1].text == "," && polityNouns[toks[k-2].low] && negatedAfterAside(toks, end, e) {
				continue // "The three states, led by A, B and C, were not represented": their leaders, away
			}
			if a := amongThem(toks, after, e); len(list) == 0 && a > 0 {
				list, end = d.parseList(pi, a, e) // "Facing him were representatives of the parties, among them X and Y"
			}
			if w := cue[len(cue)-1]; w == "were" || w == ":" || (cue[0] == "included" || cue[0] == "includes" || cue[0] == "comprised" || cue[0] == "attended" || w == "by") && semicolonAhead(toks, after, e) {
				// "were the UK's energy secretary, Ed Miliband; the EU's ...";
				// "was flanked by A, a former ambassador; B, a former deputy
				// secretary, and C"
				if more, mend := d.semicolonList(pi, after, e); w != "by" || len(more) > len(list) {
					list, end = more, mend
				}
			}
			if k > s && (toks[k-1].low == "not" || toks[k-1].low == "also" && k-1 > s && toks[k-2].low == "not") && cue[len(cue)-1] == ":" {
				// "Not at the table: Hungary's Orbán, ..., and Slovakia's Fico"
				for _, p := range list {
					c.addAbsent(p, "not present")
				}
				lastNote = "not present"
				c.addParagraph(pi)
				continue
			}
			if !c.call && c.kinds["call"] == 0 && (cue[0] == "included" || cue[0] == "includes" || cue[0] == "were") && onTheLine(toks, s, k, false) {
				// "Those on the line included Starmer and Macron": on a call
				// into the meeting, not in the room
				for _, p := range list {
					c.addAbsent(p, "by phone")
				}
				c.addParagraph(pi)
				lastNote = "by phone"
				continue
			}
			c.addAttendees(list...)
			if w := cue[len(cue)-1]; len(list) > 0 && (w == "sat" || w == "were" || w == "was") {
				if a := alongWithAfter(toks, end, e); a > 0 {
					more, _ := d.parseList(pi, a, e) // "Across from them sat Medinsky, an aide to Putin who ..., along with Galuzin and Fomin"
					c.addAttendees(more...)
				}
			}
			if len(list) > 0 || cue[len(cue)-1] == "were" || cue[len(cue)-1] == "was" || cue[len(cue)-1] == "by" || cue[0] == "included" || cue[0] == "comprised" {
				d.addRoster(c, pi, after, e) // the rest of a list whose titles the reader stopped at
			}
			d.withAsideAttendees(pi, k, after, e, c)
			if cue[0] == "led" || cue[0] == "headed" || cue[0] == "accompanied" || cue[0] == "represented" {
				// "The Russian delegation was headed by Medinsky; Ukraine's by Umerov"
				if b := ellipticalBy(toks, end, e); b > 0 {
					more, _ := d.parseList(pi, b, e)
					c.addAttendees(more...)
				}
			}
			lastNote = "attended"
			if cue[0] == "face" || cue[0] == "together" {
				// "brought Medinsky face to face with Umerov", "brought Ruiz,
				// Spain's envoy, together with Nowak"
				for _, m := range d.paras[pi].ments {
					if m.kind == mPerson && (m.end >= k-2 && m.end <= k || m.rend >= k-2 && m.rend <= k) && !m.poss {
						c.addAttendees(m.p)
					}
				}
			}
			if (cue[0] == "joined" || cue[0] == "accompanied" || cue[0] == "flanked") && placeAppositionBefore(toks, s, k) {
				// "announced the deal at his official residence, Seri
				// Perdana, flanked by A and B": the sentence's subject was
				// flanked, not the building named
				if w := d.mainSubject(pi, s, k); w.p != nil {
					c.addAttendees(w.p)
				}
			} else if cue[0] == "joined" || cue[0] == "accompanied" || cue[0] == "flanked" || cue[0] == "brought" && len(list) > 0 {
				c.addAttendees(d.subjectList(pi, k, clauseStart(toks, s, k), s)...)
			}
			if v := seatedBefore(toks, clauseStart(toks, s, k), k); cue[0] == "alongside" && len(list) > 0 && len(trs) == 0 && v >= 0 {
				// "Vance sat on the sofa alongside Rubio and Witkoff": Vance too
				c.addAttendees(d.subjectList(pi, v, clauseStart(toks, s, v), s)...)
			}
			c.addParagraph(pi)
		}
		for _, ci := range beforeByFirst[toks[k].low] {
			cue := attendanceBefore[ci]
			if !matchAt(toks, k, cue) {
				continue
			}
			if b := bothAt(toks, k+len(cue), e); b > 0 && len(trs) == 0 {
				// "Rubio sat in on both": each of the two meetings just told
				if two := d.lastTwoApart(pi); two != nil {
					subj := d.subjectList(pi, k, clauseStart(toks, s, k), s)
					for _, o := range two {
						o.addAttendees(subj...)
						o.addParagraph(pi)
					}
					lastNote = "attended"
					continue
				}
			}
			c := c
			if o := d.sittingNamed(c, cue); o != nil {
				// "Erdan, who addressed the council after the vote", told after
				// another meeting: at the council's sitting
				c = o
			}
			if c.call && len(trs) == 0 && roomCue(cue) {
				// "X, Y and Z were also at the table", told after a call: at
				// the meeting held in person told before it
				if o := d.latestInPersonMin(c, 1); o != nil {
					c = o
				}
			}
			if callOnlyCue(cue) && !c.call {
				continue // "Macron joined from Paris": on a call, one of its parties; at a summit, remote
			}
			if k > s && toks[k-1].low == "who" && otherRoundsAhead(toks, k+len(cue), e) {
				continue // "Bessent, who sat in on earlier rounds, didn't take part this time": an aside on other meetings
			}
			if cue[len(cue)-1] == "briefing" && pressAudienceAhead(toks, k+len(cue), e) {
				continue // "gave a briefing to reporters": a press briefing, not the meeting's
			}
			if (cue[0] == "told" || cue[0] == "addressed" || cue[0] == "briefed" || cue[len(cue)-1] == "briefing") && (k+len(cue) < e && toks[k+len(cue)].low == "of" || c.call || d.placedElsewhere(pi, s, e, c) || toldFromAfar(toks, k+len(cue), e) || callInClause(toks, k+len(cue), e) || k >= 2 && toks[k-2].low == "what") {
				continue // "told the leaders of Congress in Washington", "in a letter": another audience, or from afar
			}
			if (cue[0] == "attended" || cue[0] == "represented") && agentAhead(toks, k+1, e) {
				continue // "was represented by her deputy": the one represented was not there
			}
			if cue[0] != "led" && cue[len(cue)-1] == "among" && absenteesAhead(toks, k+len(cue), e) {
				continue // "was among the absentees"
			}
			if cue[len(cue)-1] == "among" && bystandersAhead(toks, k+len(cue), e) {
				continue // "was among volunteers working at the media centre": around the meeting, not at it
			}
			if (cue[0] == "led" || cue[0] == "headed" || cue[0] == "leads" || cue[0] == "heads") && (!leadsDelegation(toks, k, e) || k+1 < e && toks[k+1].low == "by") {
				continue
			}
			if cue[0] == "joined" && cue[1] == "the" && membershipAhead(toks, k+2, e) {
				continue // "joined the ruling party for the second time": a member, not at the meeting
			}
			if cue[len(cue)-1] == "attending" && k+len(cue) < e && toks[k+len(cue)].kind == kWord && toks[k+len(cue)].low != "as" && toks[k+len(cue)].low != "too" {
				continue // "is attending as an observer", not "is attending a wedding"
			}
			if cue[len(cue)-1] == "to" && !besideWord(toks, k+len(cue), e) {
				continue // "sitting to her right", not "sitting to wait"
			}
			if cue[len(cue)-1] == "here" && k+len(cue) < e && toks[k+len(cue)].kind == kWord && toks[k+len(cue)].low != "too" {
				continue // "are also here" in a report from the meeting under way, not "are here to stay"
			}
			if cue[len(cue)-1] == "of" && cue[len(cue)-2] == "part" && !partyAhead(toks, k+len(cue), e) {
				continue // "were part of Wang's delegation", not "was part of the deal"
			}
			if (cue[0] == "watched" || len(cue) == 4 && cue[2] == "from") && !roomAhead(toks, k+len(cue), e) {
				continue // "watched from the hall", not "watched from the sidelines in Washington"
			}
			if cue[len(cue)-1] == "present" && presentAtScene(toks, k+len(cue), e) {
				continue // "who was present at the border for all three stages": at the exchange, not the talks
			}
			if cue[0] == "added" && !signatureAhead(toks, k+1, e) {
				continue // "added Cairo's signature to the document", not "added that ..."
			}
			if len(cue) == 2 && cue[1] == "through" && !sessionAhead(toks, k+2, e) {
				continue // "sat through all of it", "sat through the talks", not "sat through a traffic jam"
			}
			if cue[0] == "occupied" && !seatAhead(toks, k+1, e) {
				continue // "occupied Bolivia's chair in the hall", not "occupied Crimea"
			}
			if (cue[0] == "sat" || cue[0] == "were" || cue[0] == "was") && cue[1] == "on" && len(cue) == 3 && cue[2] != "hand" && !sideOfTable(toks, k+3, e) {
				continue // "sat on the Indian side of the table", not "sat on the committee"
			}
			if cue[0] == "in" || cue[0] == "at" || cue[0] == "around" {
				// "Vance was also in the room": only after a form of "to be"
				j := k - 1
				for j > s && (toks[j].low == "also" || toks[j].low == "not" || toks[j].low == "n't" || toks[j].low == "never" || toks[j].low == "both" || toks[j].low == "all") {
					j--
				}
				if j < s || (toks[j].low != "was" && toks[j].low != "were") {
					continue
				}
				if toks[k-1].low == "not" || toks[k-1].low == "n't" || toks[k-1].low == "never" {
					for _, p := range d.clauseSubject(pi, s, j) {
						c.addAbsent(p, "not present")
					}
					continue
				}
				subj := d.subjectList(pi, j, clauseStart(toks, s, j), s)
				if a := d.relativeAntecedent(pi, s, j); len(subj) == 0 && a != nil {
					subj = []*personEntry{a} // "Haddad, who was in the room, said"
				}
				if c := colonAfter(toks, k+1, e); len(subj) == 0 && c > 0 {
					subj, _ = d.parseList(pi, c+1, e) // "Three presidents were in the hall for the opening: A, B and C"
				}
				c.addAttendees(subj...)
				d.addSubjectRoster(c, pi, s, j)
				c.addParagraph(pi)
				lastNote = "attended"
				continue
			}
			if (cue[0] == "take" || cue[0] == "takes") && presentNotHeld(toks, s, k) {
				continue // "They will not take their seats until X is admitted": a caption's present only
			}
			if cue[0] == "made" && negatedBefore(toks, clauseStart(toks, s, k), k) {
				continue // "Not every leader made the trip" (the absence cues read "Neither A nor B made the trip")
			}
			if negatedBefore(toks, clauseStart(toks, s, k), k) && !(!strings.HasSuffix(toks[k].low, "ing") && negatedOnlyInAside(toks, s, clauseStart(toks, s, k), k)) {
				// "Neither Tshisekedi nor Kagame attended"
				for _, p := range d.clauseSubject(pi, s, k) {
					c.addAbsent(p, "did not attend")
					d.noteAbsence(pi, e, "did not attend", c)
				}
				lastNote = "did not attend"
				continue
			}
			if group := d.groupAntecedent(pi, s, k); len(group) > 0 {
				c.addAttendees(group...) // "A, and B, both of whom participated"
				c.addParagraph(pi)
				lastNote = "attended"
				continue
			}
			// "Kirill Dmitriev, the head of the fund, who joined the Russian
			// delegation"; "Fidan, who had led the earlier rounds, joined them"
			a := d.relativeAntecedent(pi, s, k)
			if a == nil && k > s && toks[k-1].text == "," {
				a = d.commaSubject(pi, s, k-1)
				if list := d.subjectList(pi, k, clauseStart(toks, s, k), s); a != nil && len(list) > 1 && slices.Contains(list, a) {
					// "McGurk and Witkoff, the envoy of Trump, took part": the
					// whole list before the apposition
					c.addAttendees(list...)
					a = nil
					c.addParagraph(pi)
					lastNote = "attended"
					continue
				}
			}
			if a != nil {
				c.addAttendees(a)
				d.addSubjectRoster(c, pi, s, k)
			} else {
				subj := d.subjectList(pi, k, listClauseStart(toks, s, k), s)
				if cs := clauseStart(toks, s, k); len(subj) == 0 && cs > s && (toks[cs-1].low == "but" || toks[cs-1].low == "and") {
					subj = d.clauseSubject(pi, s, k) // "Bendjama stayed in the chamber but told members"
				}
				c.addAttendees(subj...)
				d.addSubjectRoster(c, pi, s, k)
			}
			if cue[0] == "joined" && len(cue) == 2 && cue[1] == "them" && c.mealApart {
				// "The leaders' wives, A and B, joined them for a welcome
				// dinner": the leaders the story opened with dined too
				c.addAttendees(d.leadPrincipals(c)...)
			}
			// "Starmer and Macron sat on one side of the table; Meloni and
			// Stubb on the other": the elliptical second half
			if a := soDidAhead(toks, k+len(cue), e); a > 0 {
				// "Zelenska sat among the heads of delegation; so did
				// Steinmeier and Duda": there too
				more, _ := d.parseList(pi, a, e)
				c.addAttendees(more...)
			}
			for j := k + 1; j < e; j++ {
				if toks[j].text == ";" {
					if more, end := d.parseList(pi, j+1, e); len(more) > 0 && (end >= e-1 || sidePhrase(toks, end, e) > 0) {
						c.addAttendees(more...)
					}
					break
				}
			}
			c.addParagraph(pi)
			lastNote = "attended"
		}
	}
}

// pastDescription returns, for a list ending at end before ", the
// minister responsible for intergovernmental affairs, ...", the comma
// that closes that description (no one named in it); else end.
func (d *doc) pastDescription(pi, end, e int) int {
	toks := d.paras[pi].toks
	if end < e && toks[end].kind == kWord && !toks[end].cap {
		// the list's reader took "X, the minister" and stopped at
		// "responsible for ...": the rest of the description
		for j := end + 1; j < e && j <= end+10; j++ {
			if toks[j].text == "," {
				return j
			}
			if toks[j].kind != kWord || toks[j].cap || isSpeech(toks[j]) {
				return end
			}
		}
		return end
	}
	if end+1 >= e || toks[end].text != "," || !isDeterminer(toks[end+1].low) {
		return end
	}
	for j := end + 2; j < e && j <= end+14; j++ {
		if toks[j].text == "," {
			if d.hasPersonIn(pi, end+1, j) {
				return end
			}
			return j
		}
		if toks[j].kind != kWord {
			return end
		}
	}
	return end
}

// speakingBefore reports a verb of speaking in tokens [s, k) ("Obama,
// speaking at the White House with Biden at his side"): the ones beside
// the speaker stood with him for his words, not at the talks.
func speakingBefore(toks []token, s, k int) bool {
	for j := s; j < k; j++ {
		if toks[j].low == "speaking" || toks[j].low == "addressing" || isSpeech(toks[j]) {
			return true
		}
	}
	return false
}

// chairedByBefore reports a meeting's chair cue ("steered by", "chaired
// by", "led by") in tokens [s, k) after a meeting noun: the helpers
// named after ", supported by" sat with the chairs.
func chairedByBefore(toks []token, s, k int) bool {
	for j := s + 1; j+1 < k; j++ {
		switch toks[j].low {
		case "steered", "chaired", "co-chaired", "led", "moderated", "convened":
			if toks[j+1].low == "by" && meetingNounBefore(toks, s, j) {
				return true
			}
		}
	}
	return false
}

// leftTheMeeting reports "left" at k with a meeting noun for its object,
// past a possessive day and other modifiers ("left Wednesday afternoon's
// Situation Room meeting"), and a time or manner after it ("after roughly
// 15 minutes", "early", "before it ended"): someone who walked out.
// ("left the meeting" itself is an absence cue of its own.)
func leftTheMeeting(toks []token, k, e int) bool {
	j := k + 1
	if j < e && toks[j].low == "the" {
		return false // "left the meeting": the cue list's
	}
	for j < e && j <= k+7 && toks[j].kind == kWord && meetingNouns[toks[j].low] == "" && (toks[j].cap || toks[j].low == "'s" || isDay(toks[j].low) || dayParts[toks[j].low] || meetingModifier(toks[j]) && !prepositions[toks[j].low]) {
		j++
	}
	if j >= e || j == k+1 || meetingNouns[toks[j].low] == "" {
		return false
	}
	for a := j + 1; a < e && a <= j+6; a++ {
		switch toks[a].low {
		case "after", "early", "before", "midway", "halfway":
			return true
		}
	}
	return false
}

// partialStay reports someone at the meeting for its first part only, at k:
// "before leaving" after an opening part in the sentence ("attended the
// opening part of the meeting before leaving for another engagement",
// "addressed the first session ... before leaving in the afternoon"), or
// "left after" an opening part ("left after the first session").
func partialStay(toks []token, s, k, e int) bool {
	if k+2 < e && toks[k].low == "before" && toks[k+1].low == "leaving" {
		for j := s; j < k; j++ {
			if openingPartAt(toks, j, k) {
				return true
			}
		}
		return false
	}
	if k+2 < e && toks[k].low == "left" && toks[k+1].low == "after" {
		j := k + 2
		if toks[j].low == "the" || toks[j].low == "its" {
			j++
		}
		return openingPartAt(toks, j, e)
	}
	return false
}

// openingPartAt reports "opening" or "first" at j with a bounded opening
// part of a meeting right after it, past one modifier: "opening part",
// "first session", "opening plenary session", "first hour". ("the first
// part of the evening" is vaguer: writers use it of people who stayed for
// most of it.)
func openingPartAt(toks []token, j, e int) bool {
	if j >= e || toks[j].low != "opening" && toks[j].low != "first" {
		return false
	}
	for a := j + 1; a < e && a <= j+2; a++ {
		switch toks[a].low {
		case "part":
			return toks[j].low == "opening"
		case "session", "hour", "minutes", "round", "segment", "address", "speeches", "remarks":
			return true
		}
		if toks[a].kind != kWord {
			return false
		}
	}
	return false
}

// besideWord reports "her right", "his left", "the right" at k: a seat
// beside someone.
func besideWord(toks []token, k, e int) bool {
	return k+1 < e && (toks[k].low == "his" || toks[k].low == "her" || toks[k].low == "their" || toks[k].low == "the") &&
		(toks[k+1].low == "right" || toks[k+1].low == "left")
}

// sideOfTable reports "side" or "table" within a few tokens of k.
func sideOfTable(toks []token, k, e int) bool {
	for j := k; j < e && j < k+4; j++ {
		if toks[j].low == "side" || toks[j].low == "table" {
			return true
		}
	}
	return false
}

// otherOccasionOpening reports a sentence [s, k) that opens on an
// occasion other than a meeting: "At a concert in Nairobi, ...", "During
// the parade, ...".
func otherOccasionOpening(toks []token, s, k int) bool {
	if s+2 >= k || toks[s].low != "at" && toks[s].low != "during" || !isDeterminer(toks[s+1].low) {
		return false
	}
	for j := s + 2; j < k && j <= s+4; j++ {
		if toks[j].kind != kWord || toks[j].cap {
			return false
		}
		if meetingNouns[toks[j].low] != "" {
			return false
		}
		if j+1 < k && (toks[j+1].text == "," || prepositions[toks[j+1].low]) {
			return true // "At a concert in Nairobi,"
		}
	}
	return false
}

// sitterAt reports a subject of the verb at k, every one of them at the
// meeting c already: "Prince Khalid, who sat between ...", told as its
// host.
func (d *doc) sitterAt(pi, s, k int, c *cluster) bool {
	subj := d.clauseSubject(pi, s, k)
	for _, p := range subj {
		if !c.hasAttendee(p) {
			return false
		}
	}
	return len(subj) > 0
}

// withSitter returns the person named right after "with" and right before
// the seating word at k: "with Secretary of State Moen seated between
// them".
func (d *doc) withSitter(pi, s, k int) *personEntry {
	toks := d.paras[pi].toks
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.end == k && m.rstart > s && toks[m.rstart-1].low == "with" {
			return m.p
		}
	}
	return nil
}

// meetingBefore reports a meeting held (not planned) told in the sentence
// before token k.
func meetingBefore(trs []trigger, k int) bool {
	for _, tr := range trs {
		if tr.ti < k && !tr.future && !tr.remote && tr.c != nil {
			return true
		}
	}
	return false
}

// listClauseStart is clauseStart for a list of people before an
// attendance cue, where an acronym in brackets goes on with the list:
// "Chun Yung-woo of the Republic of Korea (ROK), Kenichiro Sasae of Japan
// and Alexander Losyukov of Russia attended".
func listClauseStart(toks []token, s, k int) int {
	for i := k - 1; i >= s; i-- {
		if isClauseBreak(toks, i) && !(toks[i].kind == kPunct && shortParen(toks, i)) {
			return i + 1
		}
	}
	return s
}

// voteAhead reports "in the vote", "in the voting", "in the ballot" at k.
func voteAhead(toks []token, k, e int) bool {
	if k+1 >= e || toks[k].low != "in" {
		return false
	}
	j := k + 1
	if isDeterminer(toks[j].low) && j+1 < e {
		j++
	}
	switch toks[j].low {
	case "vote", "votes", "voting", "ballot", "balloting":
		return true
	}
	return false
}

// whileMet reports a "while" clause after the cue at k that holds a
// meeting mention: "waited with the aircraft at the airport while
// Witkoff met the Russian leader".
func whileMet(toks []token, trs []trigger, k, e int) bool {
	for j := k + 1; j < e && j <= k+12; j++ {
		if toks[j].low != "while" {
			continue
		}
		for i := range trs {
			if trs[i].ti > j && trs[i].ti <= j+6 && !trs[i].future {
				return true
			}
		}
		return false
	}
	return false
}

// sentTo returns the "to" of "sent Umerov to Istanbul" told from s up to k:
// the place a stand-in was sent to, else -1.
func sentTo(toks []token, s, k, e int) int {
	for j := k; j >= s; j-- {
		if toks[j].low == "sent" || toks[j].low == "sending" || toks[j].low == "dispatched" {
			for t := j + 1; t < e-1 && t <= j+6; t++ {
				if toks[t].low == "to" && toks[t+1].cap && toks[t+1].kind == kWord {
					return t
				}
			}
			return -1
		}
	}
	return -1
}

// clauseStart returns where the clause holding token k starts.
func clauseStart(toks []token, s, k int) int {
	for i := k - 1; i >= s; i-- {
		if isClauseBreak(toks, i) {
			return i + 1
		}
	}
	return s
}

// topicParticiples open a clause on what a speaker spoke of, after a comma.
var topicParticiples = set(`referring citing alluding describing recalling`)

// placedElsewhere reports a sentence that says it happens "in" or "at" a
// capitalised place other than meeting c's (up to a clause on what was
// spoken of: ", referring to ...").
func (d *doc) placedElsewhere(pi, s, e int, c *cluster) bool {
	toks := d.paras[pi].toks
	for k := s; k+1 < e; k++ {
		if k > s && toks[k-1].text == "," && topicParticiples[toks[k].low] {
			break // "she told the Council, referring to reports of troops in Sudan": what was spoken of, not where
		}
		if k > s && toks[k-1].text == "," && (toks[k].low == "who" || toks[k].low == "which") && d.earlierAside(toks, k, e) {
			// "Prince William, who was in Rio earlier in the week, also
			// addressed the session": where he was before
			for k+1 < e && toks[k+1].text != "," {
				k++
			}
			continue
		}
		if (toks[k].low == "in" || toks[k].low == "at") && toks[k+1].cap && toks[k+1].kind == kWord {
			pl := toks[k+1].text
			if _, ok := d.gaz.Country(pl); ok && nationalities[toks[k+1].low] {
				continue
			}
			if c.place == "" || !d.placesAgree(pl, c.place) {
				return true
			}
		}
	}
	return false
}

// flewElsewhere reports a sentence [s, e) that takes its subject "into",
// "to" or "in" a place other than meeting c's by a verb of motion ("flew
// into Niamey", "arrived in Bamako").
func (d *doc) flewElsewhere(pi, s, e int, c *cluster) bool {
	toks := d.paras[pi].toks
	for k := s; k+2 < e; k++ {
		if !motionVerbs[toks[k].low] || toks[k].low == "came" || toks[k].low == "returned" {
			continue
		}
		j := k + 1
		if toks[j].low != "into" && toks[j].low != "to" && toks[j].low != "in" {
			continue
		}
		if toks[j+1].cap && toks[j+1].kind == kWord && !d.placesAgree(joinTokens(toks, j+1, capRunEnd(toks, j+1, e)), c.place) {
			return true
		}
	}
	return false
}

// travelsElsewhere reports "(on) to <Place>" right after a travel cue
// naming a place that is not meeting c's.
func (d *doc) travelsElsewhere(pi, k, e int, c *cluster) bool {
	toks := d.paras[pi].toks
	for j := k; j < e && j < k+3; j++ {
		if toks[j].low == "to" && j+1 < e && toks[j+1].cap {
			pl := joinTokens(toks, j+1, capRunEnd(toks, j+1, e))
			if _, country := d.gaz.Country(pl); country && c.place != "" && !isBuilding(strings.ToLower(c.place)) && !d.gaz.IsCapital(c.place) && standInNear(toks, k-25, e) {
				if _, other := d.gaz.Country(c.place); !other {
					return false // "did not travel to Brazil" for a summit in Rio de Janeiro: a city the country may hold
				}
			}
			return !d.placesAgree(pl, c.place)
		}
	}
	return false
}

// invitedTo picks the meeting of "was not invited to Windsor" when the
// sentence names no meeting: the first one told at that place, since the
// main event comes before the side visits there ("where she was received by
// the King").
func (d *doc) invitedTo(pi, k, e int, c *cluster) *cluster {
	toks := d.paras[pi].toks
	if k+1 >= e || toks[k].low != "to" || !toks[k+1].cap {
		return c
	}
	place := strings.ToLower(toks[k+1].text)
	for _, o := range d.clusters {
		if o.future || o.call {
			continue
		}
		for _, p := range []string{o.place, o.building} {
			if p != "" && strings.Contains(" "+strings.ToLower(p)+" ", " "+place+" ") {
				return o
			}
		}
	}
	return c
}

// byVerbs take their participants after "by" even with a day between:
// "convened on Saturday afternoon by Babayev".
var byVerbs = set(`convened chaired hosted attended opened moderated mediated co-chaired co-hosted summoned`)

// byAfterDay returns where the list starts after "VERB on DAY [PART] by",
// or -1.
func byAfterDay(toks []token, k, e int) int {
	if !byVerbs[toks[k].low] || k+3 >= e || toks[k+1].low != "on" || !isDay(toks[k+2].low) {
		return -1
	}
	j := k + 3
	if j < e && dayParts[toks[j].low] {
		j++
	}
	if j+1 < e && toks[j].low == "by" {
		return j + 1
	}
	return -1
}

// meetingSubject reports a sentence [s, k) whose subject is a meeting
// noun: "The meeting, held under ..., brought", "This week's summit
// brings".
func meetingSubject(toks []token, s, k int) bool {
	for j := s; j < k && j <= s+4; j++ {
		if meetingNouns[toks[j].low] != "" {
			return j+1 == k || toks[j+1].text == "," || toks[j+1].low == "brought" || toks[j+1].low == "brings"
		}
		if toks[j].kind != kWord || toks[j].text == "," {
			return false
		}
	}
	return false
}

// inFutureClause reports a cue at k inside the clause of a planned or
// purposed meeting told before it ("is to sign the accord witnessed by X",
// "will meet Y accompanied by Z"), with no meeting held named between.
// (Read only for a presence told "by" someone: an absence in such a
// clause, "would only come to meet X; stayed home", is the story's.)
func inFutureClause(trs []trigger, k int) bool {
	near := lastTriggerBefore(trs, k, func(*trigger) bool { return true })
	return near >= 0 && trs[near].future && trs[near].verb && k >= trs[near].cs && k < trs[near].ce
}

// aroundAside reports a mention named inside another's "held shortly before
// the summit opened" aside, read from a cue after that aside: the cue tells
// of the mention the aside hangs on.
func aroundAside(trs []trigger, tr *trigger, k int) bool {
	for i := range trs {
		if o := &trs[i]; o != tr && o.around > 0 && o.ti < tr.ti && tr.ti < o.around && k >= o.around {
			return true
		}
	}
	return false
}

// subjectAsideAt reports the meeting mention at ti inside an aside
// between a subject and the cue at k that closes it: "Haddad, invited at
// the last minute after a call between Dahl and Renner, stayed away".
// What the subject stayed away from is told outside the participle's
// aside. (Not a relative clause: "Modi, who has attended most summits,
// stayed home" is about the summit all the same.)
func subjectAsideAt(toks []token, s, ti, k int) bool {
	if ti >= k || k-1 <= ti || toks[k-1].text != "," {
		return false
	}
	for j := ti + 1; j < k-1; j++ {
		if toks[j].kind == kPunct && toks[j].text != "." {
			return false
		}
	}
	for a := ti - 1; a > s; a-- {
		if toks[a].kind != kPunct {
			continue
		}
		if toks[a].text != "," || a+1 >= ti {
			return false
		}
		// a participle with no object ("invited at the last minute"), not
		// the main verb after an apposition ("Eriksen, hosted a breakfast
		// ..., attended by X")
		return !toks[a+1].cap && pastVerb(toks[a+1]) && !isDeterminer(toks[a+2].low) && !possessivePronoun(toks[a+2].low) && !(k+1 < len(toks) && toks[k+1].low == "by")
	}
	return false
}

// whoAsideAround reports the token ti inside a relative aside set off by
// commas that closes before k: "Trump, who met Xi in Busan on Thursday,
// flew home".
func whoAsideAround(toks []token, s, ti, k int) bool {
	w := -1
	for j := ti - 1; j > s; j-- {
		if toks[j].kind == kPunct {
			if toks[j].text == "," && j+1 < ti && toks[j+1].low == "who" {
				w = j
			}
			break
		}
	}
	if w < 0 {
		return false
	}
	for j := ti + 1; j < k; j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// placeAppositionBefore reports a building's name set off by commas
// right before the cue at k: "at his official residence, Seri Perdana,
// flanked by ...".
func placeAppositionBefore(toks []token, s, k int) bool {
	if k-2 < s || toks[k-1].text != "," || !toks[k-2].cap {
		return false
	}
	r := k - 2
	for r-1 > s && toks[r-1].cap && toks[r-1].kind == kWord {
		r--
	}
	return r-1 > s && toks[r-1].text == "," && afterPlacePreposition(toks, r)
}

// broughtBefore reports "brought" shortly before k in sentence [s, ...).
func broughtBefore(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-8; j-- {
		if toks[j].low == "brought" {
			return true
		}
	}
	return false
}

// presentGroups name the people of a meeting in "one of the leaders at the
// table".
var presentGroups = set(`leaders ministers negotiators participants delegates people officials envoys heads`)

// oneOfThosePresent returns the person of "Name, one of the leaders at the
// table, said": the apposition puts them at the meeting.
func (d *doc) oneOfThosePresent(pi, s, k, e int) *personEntry {
	toks := d.paras[pi].toks
	if k-1 <= s || toks[k-1].text != "," || !matchAt(toks, k, []string{"one", "of", "the"}) || k+4 >= e || !presentGroups[toks[k+3].low] {
		return nil
	}
	j := k + 4
	if !(matchAt(toks, j, []string{"at", "the", "table"}) || matchAt(toks, j, []string{"in", "the", "room"}) || toks[j].low == "present") {
		return nil
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.end == k-1 {
			return m.p
		}
	}
	return nil
}

// goingWords after "rather than" / "instead of" tell the subject's own
// absence: "sent his deputy instead of going himself".
var goingWords = set(`attending attend going go coming come travelling traveling travel flying fly appearing appear
	joining join being be taking take leading lead heading head representing represent`)

// objectOnly reports an absence cue whose absentees can only be named
// after it ("without", "in the absence of").
func objectOnly(words []string) bool {
	return words[0] == "without" || words[0] == "in" && len(words) >= 3 && (words[1] == "place" || words[2] == "absence")
}

// invertedCue reports an absence cue opening its clause with the verb
// still to come ("Notably absent from the talks was X", "Missing from
// the summit were X and Y").
func invertedCue(toks []token, s, k int, first string) bool {
	cs := clauseStart(toks, s, k)
	if first == "absentee" || first == "absentees" {
		// "One notable absentee from the embassy was X", "The most
		// conspicuous absentees were X and Y": the noun opens the clause
		// after a few words that only count or grade it
		if k-cs > 4 {
			return false
		}
		for j := cs; j < k; j++ {
			if toks[j].kind != kWord || toks[j].cap && j > cs || !absenteeGrades[toks[j].low] {
				return false
			}
		}
		return true
	}
	if !absentAdjectives[first] {
		return false
	}
	return k == cs || k == cs+1 && (toks[cs].low == "also" || strings.HasSuffix(toks[cs].low, "ly"))
}

// absenteeGrades count or grade an absentee put before the verb ("one
// notable absentee", "the most conspicuous absentees").
var absenteeGrades = set(`one a an the two three most notable conspicuous glaring striking only big biggest main chief
	other another prominent notably conspicuously`)

// absentAdjectives open an absence cue that can come before its verb.
var absentAdjectives = set(`absent missing notably conspicuously`)

// comeToMeeting reports what follows "did not come" at k as the end of the
// clause or the meeting or place not come to ("did not come to the
// talks", "did not come to Geneva").
func comeToMeeting(toks []token, k, e int) bool {
	if k >= e || toks[k].kind != kWord || toks[k].low == "because" || toks[k].low == "after" || toks[k].low == "and" || toks[k].low == "in" && k+1 < e && toks[k+1].low == "person" {
		return true
	}
	if toks[k].low != "to" || k+1 >= e {
		return false
	}
	if toks[k+1].cap && toks[k+1].kind == kWord {
		return true
	}
	return k+2 < e && isDeterminer(toks[k+1].low) && (meetingNouns[toks[k+2].low] != "" || toks[k+2].low == "table")
}

// participleSubject returns the person named right before a participle
// that ends at cue k ("with Trump joining by video", "Merz taking part
// remotely"), or the whole list after "with" that ends with them ("with
// Marles and Nakatani joining by video").
func (d *doc) participleSubject(pi, s, k int) []*personEntry {
	toks := d.paras[pi].toks
	j := k - 1
	if j > s && (toks[j].low == "by" || toks[j].low == "via") {
		j-- // "by video link": the cue read from "video"
	}
	if j > s && toks[j].low == "part" {
		j--
	}
	if j <= s || !strings.HasSuffix(toks[j].low, "ing") || toks[j].cap {
		return nil
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && (m.end == j || m.rend == j) {
			// "with Marles and Nakatani joining by video": the whole list
			for w := j - 1; w > s && w >= j-16; w-- {
				if toks[w].low == "with" {
					if list, end := d.parseList(pi, w+1, j); end == j && slices.Contains(list, m.p) {
						return list
					}
					break
				}
			}
			return []*personEntry{m.p}
		}
	}
	return nil
}

// toldFromAfar reports a message sent rather than spoken in the room in
// tokens [k, e): "in a letter", "by video", "via a message".
func toldFromAfar(toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		switch toks[j].low {
		case "letter", "message", "video", "videolink", "phone", "telephone", "statement", "post", "recording", "recorded":
			return true
		}
	}
	return false
}

// listedAs reports "as" at k closing "listed the Russian delegation",
// "named its team": the members follow.
func listedAs(toks []token, s, k int) bool {
	team := false
	for j := k - 1; j >= s && j >= k-6; j-- {
		switch toks[j].low {
		case "delegation", "team", "delegates", "negotiators", "members", "participants":
			team = true
		case "listed", "named", "identified", "gave":
			return team
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// semicolonAhead reports a semicolon in [k, e): a list whose items carry
// their own commas ("included Kyrylo Budanov, the head of the Presidential
// Office; Chief of the General Staff Andrii Hnatov; and ...").
func semicolonAhead(toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		if toks[j].text == ";" {
			return true
		}
	}
	return false
}

// roomAhead reports a part of the room at k: "watched from the hall",
// "from the front row", "from the gallery".
func roomAhead(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+2; j++ {
		switch toks[j].low {
		case "hall", "gallery", "room", "front", "floor", "back", "stage", "podium", "balcony", "audience", "wings":
			return true
		}
	}
	return false
}

// sceneNouns are places a person is present at that hold no talks: "at
// the border", "at the crossing", "at the airport".
var sceneNouns = set(`border borders crossing checkpoint frontier airport airfield tarmac handover exchange swap funeral
	rally hospital scene site front frontline bedside graveside`)

// presentAtScene reports "at the border", "at the Belarusian border" right
// after a "was present" cue at k: where someone was instead of the talks.
func presentAtScene(toks []token, k, e int) bool {
	if k >= e || toks[k].low != "at" && toks[k].low != "on" {
		return false
	}
	for j := k + 1; j < e && j <= k+4; j++ {
		if toks[j].kind != kWord {
			return false
		}
		if isDeterminer(toks[j].low) || toks[j].cap {
			continue
		}
		return sceneNouns[toks[j].low]
	}
	return false
}

// signatureAhead reports "signature" or "signatures" a few words after k:
// "added Cairo's signature to the document".
func signatureAhead(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+4; j++ {
		if toks[j].low == "signature" || toks[j].low == "signatures" {
			return true
		}
	}
	return false
}

// seatAhead reports a seat, chair or place a few words after k: "occupied
// Bolivia's chair in the hall", "occupied the Saudi seat".
func seatAhead(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+4; j++ {
		switch toks[j].low {
		case "seat", "chair", "place", "seats", "chairs":
			return true
		}
	}
	return false
}

// sessionAhead reports what someone "sat through" at k as the meeting
// told: "all of it", "it", "them", "every session", "the whole meeting",
// "seven hours of talks" (a meeting's noun in the next few words).
func sessionAhead(toks []token, k, e int) bool {
	if k < e && (toks[k].low == "it" || toks[k].low == "them" || toks[k].low == "all" || toks[k].low == "every" || toks[k].low == "each") {
		return true
	}
	for j := k; j < e && j <= k+4; j++ {
		if meetingNouns[toks[j].low] != "" || toks[j].low == "session" || toks[j].low == "sessions" || toks[j].low == "hours" {
			return true
		}
	}
	return false
}

// amongWere returns the "were" of a sentence opening "Among the heads of
// state who did make the trip were ..." (k the sentence's first token
// "among"), when the group is of people who came: not "Among the absentees
// were", nor "Among those who stayed away were". 0 otherwise.
func amongWere(toks []token, s, k, e int) int {
	if k != s || toks[k].low != "among" {
		return 0
	}
	group := false
	for j := k + 1; j < e && j <= k+14; j++ {
		switch w := toks[j].low; {
		case w == "were" || w == "was":
			if j+1 < e && (toks[j+1].low == "not" || toks[j+1].low == "absent") || !group {
				return 0
			}
			return j
		case absentGroupWords[w]:
			return 0
		case officeGroups[w] || w == "guests" || w == "participants" || w == "attendees" || w == "those" || w == "dignitaries" || w == "delegates":
			group = true
		}
	}
	return 0
}

// absentGroupWords in an "Among ..." group make it one of absentees.
var absentGroupWords = set(`absent absentees missing skipped stayed absence not n't no-shows declined`)

// withAlsoPresent returns the "with" opening "with X and Y also present"
// when k is its "present", 0 otherwise.
func withAlsoPresent(toks []token, s, k int) int {
	if toks[k].low != "present" || k-2 < s || toks[k-1].low != "also" {
		return 0
	}
	for j := k - 2; j >= s && j >= k-15; j-- {
		if toks[j].low == "with" {
			return j
		}
		if toks[j].kind == kPunct && toks[j].text != "," && toks[j].text != "." {
			return 0
		}
	}
	return 0
}

// signingWere returns the "was" of a sentence opening "Signing for the
// government was ..." or "Signing on behalf of Norway were ...", 0
// otherwise ("signing" must be a cue word's sentence start: see sentenceCues).
func signingWere(toks []token, s, k, e int) int {
	if k != s || toks[k].low != "signing" || k+1 >= e || toks[k+1].low != "for" && toks[k+1].low != "on" && toks[k+1].low != "as" {
		return 0
	}
	for j := k + 2; j < e && j <= k+10; j++ {
		if toks[j].low == "was" || toks[j].low == "were" {
			return j
		}
		if toks[j].kind == kPunct {
			return 0
		}
	}
	return 0
}

// andClauseAt returns the comma of ", and" inside a list [a, end) when the
// word at end is a verb, so the last "item" is the next clause's subject
// ("..., and Vanuatu's Salwai left after the morning session"); 0 when not.
func andClauseAt(toks []token, a, end, e int) int {
	if end >= e || toks[end].kind != kWord || toks[end].cap || !(pastVerb(toks[end]) || clauseVerbs[toks[end].low]) {
		return 0
	}
	for j := end - 1; j > a; j-- {
		if toks[j].low == "and" && toks[j-1].text == "," {
			return j - 1
		}
	}
	return 0
}

// clauseVerbs are irregular past forms that open a clause's predicate.
var clauseVerbs = set(`left went came stayed flew sent took gave told said was were did made led`)

// placeSubjectBefore reports a capitalised word right before k that is no
// person's name: "Iran was represented by", not "Nowak was represented by".
func (d *doc) placeSubjectBefore(pi, k int) bool {
	toks := d.paras[pi].toks
	if k == 0 || !toks[k-1].cap || toks[k-1].kind != kWord {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.start < k && m.end >= k {
			return false
		}
	}
	return true
}

// amongThem returns the token after "among them" in [k, e) (a list's
// named members after its description), 0 when there is none.
func amongThem(toks []token, k, e int) int {
	for j := k; j+2 < e && j < k+15; j++ {
		if toks[j].low == "among" && toks[j+1].low == "them" {
			return j + 2
		}
	}
	return 0
}

// standingWere returns the "were" of a sentence opening "Standing behind
// the two principals were", "Seated beside him were", "Sitting on Dahl's
// side of the table were", 0 otherwise.
func standingWere(toks []token, s, k, e int) int {
	if k != s || toks[k].low != "standing" && toks[k].low != "seated" && toks[k].low != "sitting" || k+1 >= e {
		return 0
	}
	switch toks[k+1].low {
	case "behind", "beside", "next", "alongside", "around", "with", "at", "near",
		"on", "to", "across", "opposite", "in", "directly": // "Sitting on her side of the table were", "Seated to his left was"
	default:
		return 0
	}
	for j := k + 2; j < e && j <= k+10; j++ {
		if toks[j].low == "were" || toks[j].low == "was" {
			return j
		}
		if toks[j].kind == kPunct && toks[j].text != "," {
			return 0
		}
	}
	return 0
}

// listedAmong returns where the people of "listed X among those present"
// begin when k is that "among", 0 otherwise.
func listedAmong(toks []token, s, k, e int) int {
	if toks[k].low != "among" || k+2 >= e || !(toks[k+1].low == "those" && (toks[k+2].low == "present" || toks[k+2].low == "attending" || toks[k+2].low == "in") ||
		(toks[k+1].low == "its" || toks[k+1].low == "the" || toks[k+1].low == "their") && (toks[k+2].low == "members" || toks[k+2].low == "delegates" || toks[k+2].low == "participants")) {
		return 0
	}
	for j := k - 1; j >= s && j >= k-15; j-- {
		switch toks[j].low {
		case "listed", "named", "included", "counted":
			return j + 1
		}
	}
	return 0
}

// beInMeetingPlace reports "was (also) in <the meeting's place>" at k:
// "Zelenskyy was also in Tirana".
func (d *doc) beInMeetingPlace(pi, s, k, e int, c *cluster) bool {
	toks := d.paras[pi].toks
	if k+1 >= e || !toks[k+1].cap || toks[k+1].kind != kWord {
		return false
	}
	j := k - 1
	if j > s && (toks[j].low == "also" || toks[j].low == "all" || toks[j].low == "both") {
		j--
	}
	if j < s || toks[j].low != "was" && toks[j].low != "were" {
		return false
	}
	place := joinTokens(toks, k+1, capRunEnd(toks, k+1, e))
	return d.placesAgree(place, c.place)
}

// onTheLine reports "on the line", "on the phone", "on speakerphone",
// "by phone" in [a, b): someone joining by phone ("Those on the line
// included ..."); with calls, "on a call" and "on the call" too (a stretch
// of time "spent on the phone with Putin"), which without it stay the
// parties of a call ("Those on the call included ...").
func onTheLine(toks []token, a, b int, calls bool) bool {
	for j := a; j+1 < b; j++ {
		if toks[j].low != "on" && toks[j].low != "by" {
			continue
		}
		next := toks[j+1].low
		if next == "speakerphone" || callMedium(next) {
			return true
		}
		if j+2 < b && (next == "the" || next == "a") {
			switch w := toks[j+2].low; {
			case w == "line" || w == "speakerphone" || callMedium(w):
				return true
			case w == "call" && calls:
				return true
			}
		}
	}
	return false
}

// namedAsHead returns where the person of "named X as its head" begins
// when k is that "as", 0 otherwise.
func namedAsHead(toks []token, s, k, e int) int {
	if toks[k].low != "as" || k+2 >= e || toks[k+1].low != "its" && toks[k+1].low != "the" && toks[k+1].low != "their" {
		return 0
	}
	switch toks[k+2].low {
	case "head", "leader", "chief", "chair":
	default:
		return 0
	}
	for j := k - 1; j > s && j >= k-8; j-- {
		if toks[j].low == "named" || toks[j].low == "listed" {
			if j+1 < k && toks[j+1].cap {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

// attendList adds the people listed in tokens [a, b) of paragraph pi to
// c: a semicolon list when semis and its items carry their own commas,
// and the rest of a roster whose titles the list reader stopped at when
// roster.
func (d *doc) attendList(c *cluster, pi, a, b int, semis, roster bool) {
	var list []*personEntry
	if semis {
		list, _ = d.semicolonList(pi, a, b)
	}
	if len(list) == 0 {
		list, _ = d.parseList(pi, a, b)
	}
	c.addAttendees(list...)
	if roster {
		d.addRoster(c, pi, a, b)
	}
	c.addParagraph(pi)
}

// absoluteWith reports "with" at k after a date or a time ("ended in
// Havana on Feb. 6 with Grabe and Beltrán signing an extension"): an
// absolute phrase, as after a comma, not a meeting's partner ("met with").
func absoluteWith(toks []token, s, k int) bool {
	p := toks[k-1]
	if n, err := strconv.Atoi(p.low); err == nil && n >= 1 && n <= 31 {
		for j := k - 2; j >= s && j >= k-3; j-- {
			if isMonth(toks[j].low) {
				return true
			}
		}
		return false
	}
	return isDay(p.low) || p.low == "morning" || p.low == "afternoon" || p.low == "evening" || p.low == "night"
}

// presenceFinders read, from the token at k of a sentence [s, e), people
// a construction puts at the meeting under way: "Lula opened on Sunday (6),
// in Rio de Janeiro, the 17th Summit of ..." (openedBy); a transcript's
// "On the American side, Rubio, Waltz and Witkoff." (verblessSideAt);
// "sitting across the table from counterparts from Britain and Japan —
// Reeves and Kato —" (acrossTheTable); "by President Lacalle Pou, as host,
// and ..." (asHost).
var presenceFinders = []func(d *doc, pi, s, k, e int) []*personEntry{
	(*doc).openedBy, (*doc).verblessSideAt, (*doc).acrossTheTable, (*doc).asHost, (*doc).frontedPlace, (*doc).facingSide,
	(*doc).addressingOpening, (*doc).welcomedHost,
}

// facingSide returns the subject of a clause that goes on "facing a
// Chinese delegation led by He", "facing their counterparts": the subject
// sat across from the other side, at the meeting. A dashed list after
// the subject's noun counts whole ("The US team -- A, B and C --
// returned to Lancaster House, facing ...").
func (d *doc) facingSide(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if toks[k].low != "facing" || k+2 >= e || k == s || toks[k-1].text != "," {
		return nil
	}
	j := k + 1
	if isDeterminer(toks[j].low) || possessivePronoun(toks[j].low) {
		j++
	}
	ok := false
	for x := j; x < e && x <= j+3; x++ {
		switch toks[x].low {
		case "delegation", "delegations", "team", "teams", "counterpart", "counterparts", "side", "negotiators":
			ok = true
		}
	}
	if !ok {
		return nil
	}
	var out []*personEntry
	for a := s; a < k; a++ {
		if toks[a].text == "--" || toks[a].text == "—" || toks[a].text == "–" {
			for b := a + 1; b < k; b++ {
				if toks[b].text == toks[a].text || toks[b].text == "--" {
					list, _ := d.parseList(pi, a+1, b)
					out = append(out, list...)
					break
				}
			}
			break
		}
	}
	if len(out) > 0 {
		return out
	}
	return d.clauseSubject(pi, s, k)
}

// frontedPlace returns the people listed after a place in the meeting
// put first: "In the front rows of the plenary were A, B and C", "Also at
// the launch were A and B", "Around the table at the palace were ...". The
// place is a meeting's noun or a seat in its room, named in the few words
// between the preposition that opens the sentence and "were".
func (d *doc) frontedPlace(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if !(k == s || k == s+1 && toks[s].low == "also") {
		return nil
	}
	switch toks[k].low {
	case "in", "at", "around", "round", "inside", "on":
	default:
		return nil
	}
	seat := false
	for j := k + 1; j < e && j <= k+10; j++ {
		w := toks[j].low
		if w == "were" || w == "was" || w == "sat" && seat && toks[k].low != "on" {
			// ("Round the table this afternoon sat A; B; and C": the older
			// "round", the verb of sitting)
			if !seat || j+1 >= e {
				return nil
			}
			list, _ := d.parseList(pi, j+1, e)
			return list
		}
		if toks[j].kind != kWord || clauseBreak[w] || meetingVerbs[w] {
			return nil
		}
		if meetingNouns[w] != "" || seatWords[w] {
			seat = true
		}
	}
	return nil
}

// seatWords are the places in a meeting's room where its people sit or
// stand, and the events a launch or signing is: "the front rows", "the
// launch".
var seatWords = set(`row rows table seats stage dais podium launch room hall front`)

// sentThings are what is sent to someone rather than someone sent: "sent
// Berg a letter".
var sentThings = set(`letter letters message messages note invitation invitations copy congratulations greetings gift proposal draft text reply`)

// sentThingAhead reports a thing sent within a few words of k, after the
// person it went to: "sent Secretary General Berg a letter afterwards".
func sentThingAhead(toks []token, k, e int) bool {
	for j := k; j < e && j < k+9; j++ {
		if sentThings[toks[j].low] && j > k && (isDeterminer(toks[j-1].low) || possessivePronoun(toks[j-1].low)) {
			return true
		}
		if toks[j].text == "," || toks[j].text == ";" || prepositions[toks[j].low] {
			return false // "sent envoy X to Naypyitaw with a letter": X went
		}
	}
	return false
}

// openedBy returns the subject of "opened" at k when the meeting it
// opened comes after a time and a place (openedAcross).
func (d *doc) openedBy(pi, s, k, e int) []*personEntry {
	if toks := d.paras[pi].toks; toks[k].low != "opened" || !openedAcross(toks, k, e) {
		return nil
	}
	return d.clauseSubject(pi, s, k)
}

// verblessSideAt reads verblessSide at a sentence's start, or after a
// transcript's speaker label ("OKAFOR: On the American side, ...").
func (d *doc) verblessSideAt(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k == s || k == s+2 && toks[s+1].text == ":" && strings.ToUpper(toks[s].text) == toks[s].text {
		return d.verblessSide(pi, k, e)
	}
	return nil
}

// asHost returns the person named right before ", as host," at k (or "as
// the host", "as co-host", "as chair") and the people coordinated after
// it ("by Uruguayan President Luis Lacalle Pou, as host, and the
// President of the European Commission, Ursula von der Leyen"): the host
// of the meeting and those with the host.
func (d *doc) asHost(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if k <= s+1 || toks[k].low != "as" || toks[k-1].text != "," {
		return nil
	}
	j := k + 1
	if j < e && toks[j].low == "the" {
		j++
	}
	if j >= e {
		return nil
	}
	switch toks[j].low {
	case "host", "co-host", "chair", "co-chair":
	default:
		return nil
	}
	j++
	if j >= e || toks[j].text != "," && toks[j].kind == kWord {
		return nil // "as host of the talks ...": another construction
	}
	var out []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.end == k-1 && m.p != nil {
			out = append(out, m.p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	if j+1 < e && toks[j].text == "," && toks[j+1].low == "and" {
		more, _ := d.parseList(pi, j+2, e)
		out = append(out, more...)
	}
	return out
}

// ellipticalAnd returns the comma of ", and Egypt by" inside the list read
// from a to end (an elliptical "was represented by" for another
// country), or 0.
func ellipticalAnd(toks []token, a, end, e int) int {
	for j := a + 1; j+2 < e && j < end; j++ {
		if toks[j].low != "and" || toks[j-1].text != "," {
			continue
		}
		for b := j + 2; b < e && b <= j+4; b++ {
			if toks[b].low == "by" && capRun(toks, j+1, b) {
				return j - 1
			}
		}
	}
	return 0
}

// openedAcross reports "opened" at k whose object, a meeting, comes after
// a time and a place set off by commas: "opened on Sunday (6), in Rio de
// Janeiro, the 17th Summit of BRICS Heads of State" (the plain "opened the
// summit" is an attendanceBefore cue).
func openedAcross(toks []token, k, e int) bool {
	j := k + 1
	asides := 0
	for j < e && j <= k+14 {
		switch t := toks[j]; {
		case t.text == "," || t.text == "(" || t.text == ")" || t.low == "on" || t.low == "in" || isDay(t.low) || startsDigit(t.low) || isMonth(t.low):
			asides++
			j++
		case t.cap && t.kind == kWord && j > k+1 && toks[j-1].low != "the" || placeParticle(t.low) && toks[j-1].cap:
			j++ // the place's name ("Rio de Janeiro")
		case t.low == "the":
			if asides == 0 {
				// "opened the Commonwealth Heads of Government Meeting": a
				// named meeting right after the verb
				for m := j + 1; m < e && m <= j+7; m++ {
					if toks[m].cap && toks[m].meetingNoun() != "" && m > j+1 {
						return true
					}
					if toks[m].kind != kWord || !(toks[m].cap || toks[m].low == "of" || isOrdinalNumber(toks[m].low)) {
						return false
					}
				}
				return false
			}
			for m := j + 1; m < e && m <= j+4; m++ {
				if toks[m].meetingNoun() != "" {
					return true
				}
				if toks[m].kind != kWord || !(toks[m].cap || isOrdinalNumber(toks[m].low) || roundMods[toks[m].low]) {
					return false
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// standInNear reports a stand-in told in tokens [a, e): "China was
// represented by Li Qiang, as Xi did not travel to Brazil" (someone was
// expected, and another came), not "Trump, who was in Washington and did
// not travel to Switzerland" (no one was awaited).
func standInNear(toks []token, a, e int) bool {
	for j := max(a, 0); j < e; j++ {
		switch toks[j].low {
		case "represented", "instead", "sent", "deputised", "deputized", "replaced":
			return true
		}
	}
	return false
}

// pressAudienceAhead reports the press as the audience of a briefing
// given at k: "gave a briefing to reporters", "to the media".
func pressAudienceAhead(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+6; j++ {
		switch toks[j].low {
		case "reporters", "journalists", "press", "media", "correspondents", "newsmen":
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// leavingWhileSpeaking reports "as he" or "while she" right before "left"
// at k, after a verb of speech ("Varga said as she left the summit",
// "told reporters as he left the talks"): words on the way out, from
// someone who was there to the end.
func leavingWhileSpeaking(toks []token, s, k int) bool {
	if k-2 < s || toks[k-2].low != "as" && toks[k-2].low != "while" {
		return false
	}
	switch toks[k-1].low {
	case "he", "she", "they", "i", "we":
	default:
		return false
	}
	for j := k - 3; j >= s && j >= k-6; j-- {
		if speechVerbs[toks[j].low] {
			return true
		}
		if toks[j].kind == kQuote {
			return false
		}
	}
	return false
}

// outToPlace reports "to the hallway", "into the corridor", "onto the
// steps" at k after "walked out": a walk out to a place, not out of the
// meeting in protest.
func outToPlace(toks []token, k, e int) bool {
	if k+2 >= e || toks[k].low != "to" && toks[k].low != "into" && toks[k].low != "onto" {
		return false
	}
	return toks[k+1].low == "the" || toks[k+1].low == "a"
}

// negatedOnlyInAside reports that every negation of the clause [cs, k)
// lies in a relative aside set off by commas, which may open before the
// clause in the sentence from s: "Renner, whose country joined this year
// but is not a party to the deal, also attended the plenary" attended (a
// cue in "-ing" is left to the negation: "Haddad, who did not attend,
// offered to host talks with Vos also taking part" tells no attendance).
func negatedOnlyInAside(toks []token, s, cs, k int) bool {
	for j := s; j < k; j++ {
		if j > s && toks[j-1].text == "," && (toks[j].low == "who" || toks[j].low == "whose" || toks[j].low == "which") {
			for j+1 < k && toks[j+1].text != "," {
				j++
			}
			if j+1 >= k {
				return false // (the aside runs up to the cue: "X, who did not attend")
			}
			continue
		}
		if j < cs {
			continue
		}
		switch toks[j].low {
		case "not", "n't", "never", "without", "no", "neither", "nor":
			return false
		}
	}
	return true
}

// walkedOutManner reports "walked out" at k (the cue ending at a) told
// as the end of a visit, not a walkout: with the manner of leaving after
// it ("walked out smiling", "walked out talking about partnership"), or
// after "walked into" the place in the same sentence ("walked into the
// palace, spent two hours with Vos and walked out").
func walkedOutManner(toks []token, s, k, a, e int) bool {
	if a < e && toks[a].kind == kWord && !toks[a].cap && strings.HasSuffix(toks[a].low, "ing") && !walkoutGerunds[toks[a].low] {
		return true
	}
	for j := s; j+1 < k; j++ {
		if toks[j].low == "walked" && (toks[j+1].low == "into" || toks[j+1].low == "in") {
			return true
		}
	}
	return false
}

// walkoutGerunds after "walked out" still tell a walkout ("walked out
// protesting the agenda").
var walkoutGerunds = set(`protesting complaining denouncing accusing during`)

// pressEventAhead reports a news conference or briefing as the object at
// k: "did not attend the closing news conference", "skipped the press
// briefing afterwards".
func pressEventAhead(toks []token, k, e int) bool {
	for j := k; j+1 < e && j <= k+4; j++ {
		if (toks[j].low == "news" || toks[j].low == "press") && (toks[j+1].low == "conference" || toks[j+1].low == "briefing") {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// plannedAttendanceBefore reports a verb of attending told as still to
// come before token k in sentence [s, k): "is due to attend", "will
// attend", "is expected to join" (the people of a list after it are the
// planned meeting's, not the one told).
func plannedAttendanceBefore(toks []token, s, k int) bool {
	for j := s + 1; j < k; j++ {
		switch toks[j].low {
		case "attend", "join":
			if toks[j-1].low == "will" || toks[j-1].low == "to" && isDueTo(toks, s, j) {
				return true
			}
		}
	}
	return false
}

// showAhead reports a show or spectacle as the object at k, past a
// determiner, a day's possessive and a few lower-case modifiers: "did not
// attend Wednesday's military parade", "will not attend the opening
// concert" (an occasion no one meets at, not the meeting told).
func showAhead(toks []token, k, e int) bool {
	for j := k; j < e && j <= k+4; j++ {
		w := toks[j].low
		if shows[w] {
			return true
		}
		switch {
		case toks[j].kind != kWord:
			return false
		case isDeterminer(w) || j == k && toks[j].cap && j+1 < e && toks[j+1].low == "'s":
			continue // "the", "Wednesday" of "Wednesday's"
		case w == "'s" || w == "’s" || !toks[j].cap:
			continue
		}
		return false
	}
	return false
}

// shows are spectacles watched, not meetings: parades, concerts, matches.
var shows = set(`parade parades concert concerts festival match game exhibition fireworks air-show`)

// acrossTheTable returns the people on both sides of "sitting across the
// table from X" at k ("across"): the one sitting and those faced, named
// right after it or set off by dashes after a group ("counterparts from
// Britain, France and Japan - Reeves, Lombard and Kato -").
func (d *doc) acrossTheTable(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if toks[k].low != "across" || k == s || !sideVerbs[toks[k-1].low] || !matchAt(toks, k+1, []string{"the", "table", "from"}) {
		return nil
	}
	j := k + 4
	var faced []*personEntry
	if groupBefore(toks, j, e) {
		for m := j; m < e && m <= j+12; m++ {
			if isDash(toks[m].text) {
				faced = d.dashList(pi, m)
				break
			}
		}
	}
	if len(faced) == 0 {
		faced, _ = d.parseList(pi, j, e)
	}
	if len(faced) == 0 {
		return nil
	}
	return append(d.clauseSubject(pi, s, k-1), faced...)
}

// arrivedBefore reports an arrival a few words before k: "who arrived on 8
// October together with Witkoff", "flew in together with".
func arrivedBefore(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-6; j-- {
		switch toks[j].low {
		case "arrived", "arrives", "landed":
			return true
		case "in":
			if j > s && (toks[j-1].low == "flew" || toks[j-1].low == "came") {
				return true
			}
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// verblessSide returns the people of a sentence without a verb that
// names a side of the table and lists who sat on it, as a transcript or a
// scene-setter says it: "On the American side, Secretary of State Marco
// Rubio, Mike Waltz and Steve Witkoff." "Across the table, Sergey Lavrov
// and Yuri Ushakov, who is Putin's adviser."
func (d *doc) verblessSide(pi, s, e int) []*personEntry {
	toks := d.paras[pi].toks
	j := s
	switch {
	case matchAt(toks, s, []string{"on", "the"}):
		j = s + 2
		for j < e && j < s+6 && toks[j].kind == kWord && toks[j].low != "side" {
			j++
		}
		if j >= e || toks[j].low != "side" {
			return nil
		}
		j++
	case matchAt(toks, s, []string{"across", "the", "table"}):
		j = s + 3
	case matchAt(toks, s, []string{"opposite", "them"}), matchAt(toks, s, []string{"facing", "them"}):
		j = s + 2
	default:
		return nil
	}
	if j >= e || toks[j].text != "," {
		return nil
	}
	list, end := d.parseList(pi, j+1, e)
	if len(list) == 0 {
		return nil
	}
	if end < e && toks[end].text != "." && !(toks[end].text == "," && end+1 < e && (toks[end+1].low == "who" || toks[end+1].low == "whose")) && toks[end].low != "who" {
		return nil // a verb follows: "On the American side, Rubio said ..."
	}
	return list
}

// heldRemotely reports a meeting told as held over video or the phone as
// a whole ("a ministerial meeting held entirely by video link"): one
// paragraph of it says "held ... by video" or "held ... online".
func (d *doc) heldRemotely(c *cluster) bool {
	for _, pi := range c.paras {
		toks := d.paras[pi].toks
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].low != "held" {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if toks[j].low == "online" || toks[j].low == "virtually" || (toks[j].low == "by" || toks[j].low == "via" || toks[j].low == "over") && j+1 < len(toks) && (callMedium(toks[j+1].low) || toks[j+1].low == "videoconference") {
					return true
				}
			}
		}
	}
	return false
}

// otherRoundsAhead reports earlier or other meetings as the object of an
// attendance verb at k: "sat in on earlier rounds", "attended previous
// meetings", "took part in past sessions".
func otherRoundsAhead(toks []token, k, e int) bool {
	for j := k; j+1 < e && j <= k+3; j++ {
		switch toks[j].low {
		case "earlier", "previous", "past", "prior", "other":
			n := toks[j+1].low
			return n == "rounds" || n == "meetings" || n == "sessions" || n == "talks" || n == "summits" || n == "visits"
		case "on", "in", "at", "the":
		default:
			return false
		}
	}
	return false
}

// negatedAux reports an auxiliary with its negation written as one token:
// "didn't", "wasn’t", "won't".
func negatedAux(low string) bool {
	return len(low) > 3 && (strings.HasSuffix(low, "n't") || strings.HasSuffix(low, "n’t"))
}

// absenceCandidates returns the absence cues a token can open: those
// indexed by the token, and for "didn't" those written with "n't".
func absenceCandidates(low string) []int {
	if negatedAux(low) {
		return absenceByFirst["n't"]
	}
	return absenceByFirst[low]
}

// afterEvent open what "arrived after" an event names ("after the talks",
// "after it ended"), not a time of day ("shortly after six").
var afterEvent = set(`the it they talks a an his her their most all`)

// arrivedFor returns the people who "arrived" at k for meeting c, told in
// this paragraph or the one before ("Merz hosted European leaders at the
// Chancellery. Macron, Starmer and Tusk arrived in the late afternoon, as
// did Rutte"): the subject of a main clause, when the arrival is not
// placed in another city, not after the meeting or too late for it, and c
// is not a meeting still to come.
func (d *doc) arrivedFor(pi, s, k, e int, c *cluster) []*personEntry {
	toks := d.paras[pi].toks
	came := toks[k].low == "came" && k+1 < e && (cameWhen[toks[k+1].low] || toks[k+1].low == "a" && k+2 < e && cameAWhen[toks[k+2].low]) // "Putin came a little later"
	if toks[k].low != "arrived" && toks[k].low != "arrives" && !came || k == s || c.future || c.last < pi-1 {
		return nil
	}
	if w := toks[k-1].low; w == "who" || w == "had" || w == "has" || w == "have" || w == "never" || w == "not" {
		return nil
	}
	for j := k + 1; j < e && j <= k+4; j++ {
		if w := toks[j].low; w == "with" && j == k+1 || w == "after" && j+1 < e && afterEvent[toks[j+1].low] || w == "late" && j > k+1 && toks[j-1].low == "too" || w == "to" || w == "from" || w == "back" || w == "home" {
			return nil // "arrived after the talks had ended", "too late", "arrived to protest", "arrived back in Kyiv"; "arrived with a delegation" is a cue of its own
		}
	}
	if d.placedElsewhere(pi, k+1, e, c) {
		return nil // "arrived in Doha on Sunday" for talks in Cairo
	}
	who := d.clauseSubject(pi, s, k)
	if len(who) > 0 {
		who = append(who, d.afterHim(pi, k, e)...) // ", Petro Poroshenko shortly after him"
	}
	return who
}

// cameWhen follow "came" when it tells an arrival: "came later", "came
// shortly before"; cameAWhen follow "came a": "came a little later", not
// "came a long way".
var (
	cameWhen  = set(`later shortly soon last first early late`)
	cameAWhen = set(`little bit few day short`)
)

// afterHim returns the person of an elliptical arrival after a comma in
// the sentence of the verb at k: "Vladimir Putin came a little later,
// Petro Poroshenko shortly after him".
func (d *doc) afterHim(pi, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	for _, m := range d.paras[pi].ments {
		st := m.start
		if m.rstart < st && m.rstart > k {
			st = m.rstart // ("President Tomas Reyes": the title opens the item)
		}
		if m.kind != mPerson || st <= k || st >= e || toks[st-1].text != "," {
			continue
		}
		j := m.end
		if j < e && (toks[j].low == "shortly" || toks[j].low == "soon" || toks[j].low == "just" || toks[j].low == "right") {
			j++
		}
		if j+1 < e && (toks[j].low == "after" || toks[j].low == "before") && (toks[j+1].low == "him" || toks[j+1].low == "her" || toks[j+1].low == "them") {
			return []*personEntry{m.p}
		}
	}
	return nil
}

// earlierAside reports a relative clause at k, up to its closing comma,
// told at an earlier time ("who was in Rio de Janeiro earlier in the
// week", "who had flown in from Paris the day before").
func (d *doc) earlierAside(toks []token, k, e int) bool {
	for j := k + 1; j < e && toks[j].text != ","; j++ {
		switch toks[j].low {
		case "earlier", "before", "previously":
			return true
		}
	}
	return false
}

// alongWithAfter returns the token after ", along with" (", together
// with", ", alongside") at or after k in the sentence, where a list of
// those present goes on past a long aside, else 0.
func alongWithAfter(toks []token, k, e int) int {
	for j := k; j+2 < e; j++ {
		if toks[j].kind == kQuote || toks[j].text == ";" {
			return 0
		}
		if toks[j].text != "," {
			continue
		}
		if toks[j+1].low == "along" && toks[j+2].low == "with" || toks[j+1].low == "together" && toks[j+2].low == "with" {
			return j + 3
		}
		if toks[j+1].low == "alongside" {
			return j + 2
		}
	}
	return 0
}

// welcomedThenLeft returns the host who "welcomed" both sides at k and
// then left them to it in the same sentence: "welcomed both men but left
// them to talk alone", "welcomed both delegations on Saturday morning
// before leaving them to it", "welcomed the delegations and then
// withdrew", "... before the doors closed". The host opened the talks but
// did not take part: absent, not an attendee.
func (d *doc) welcomedThenLeft(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if !welcomeThenLeave(toks, k, e) {
		return nil
	}
	if a := d.relativeAntecedent(pi, s, k); a != nil {
		return []*personEntry{a} // "Anwar Ibrahim, who welcomed both delegations ..."
	}
	list := d.subjectList(pi, k, clauseStart(toks, s, k), s)
	if toks[k-1].text == "," {
		if a := d.commaSubject(pi, s, k-1); a != nil && !slices.Contains(list, a) {
			return []*personEntry{a} // "..., and Guy Parmelin, the economy minister, welcomed both teams"
		}
	}
	return list
}

// welcomedSides returns the object noun of "welcomed" at k when it is the
// meeting's sides ("welcomed both delegations", "welcomed the two
// teams"), else -1.
func welcomedSides(toks []token, k, e int) int {
	if toks[k].low != "welcomed" || k+2 >= e {
		return -1
	}
	j := k + 1
	if toks[j].low == "both" || toks[j].low == "the" || toks[j].low == "each" {
		j++
	}
	if j < e && toks[j].low == "two" {
		j++
	}
	if j >= e {
		return -1
	}
	switch toks[j].low {
	case "delegations", "teams", "men", "sides", "leaders", "negotiators", "parties", "ministers", "delegation", "team":
		return j
	}
	return -1
}

// welcomedHost returns who "welcomed the delegations" (welcomedSides) and
// did not then leave (welcomedThenLeft): the host, at the meeting.
func (d *doc) welcomedHost(pi, s, k, e int) []*personEntry {
	toks := d.paras[pi].toks
	if welcomedSides(toks, k, e) < 0 || welcomeThenLeave(toks, k, e) || k == s || negatedBefore(toks, clauseStart(toks, s, k), k) {
		return nil
	}
	if a := d.relativeAntecedent(pi, s, k); a != nil {
		return []*personEntry{a}
	}
	return d.subjectList(pi, k, clauseStart(toks, s, k), s)
}

// welcomeThenLeave reports "welcomed" at k with both sides as its object
// and a leaving told after it in the sentence (welcomedThenLeft).
func welcomeThenLeave(toks []token, k, e int) bool {
	j := welcomedSides(toks, k, e)
	if j < 0 {
		return false
	}
	for x := j + 1; x < e; x++ {
		switch toks[x].low {
		case "withdrew", "withdrawing", "departed":
			return true
		case "left", "leaving":
			if x+1 < e && (toks[x+1].low == "them" || toks[x+1].low == "the" || toks[x+1].low == "before") {
				return true
			}
		case "doors":
			if x+1 < e && toks[x+1].low == "closed" {
				return true
			}
		case "way":
			if x >= 2 && toks[x-1].low == "the" && toks[x-2].low == "of" {
				return true // "got out of the way"
			}
		}
	}
	return false
}

// withAbsolute returns the "with" that opens, after a comma, the phrase
// ending at the cue at k (", with Dahl and Renner in the room", ", with
// Vos looking on"), or 0.
func withAbsolute(toks []token, s, k int) int {
	if toks[k].low == "with" {
		if k > s && toks[k-1].text == "," {
			return k
		}
		return 0
	}
	for j := k - 1; j > s && j >= k-12; j-- {
		if toks[j].low == "with" {
			if toks[j-1].text == "," {
				return j
			}
			return 0
		}
		if toks[j].kind == kQuote || toks[j].kind == kPunct && toks[j].text != "," && toks[j].text != "'s" {
			return 0
		}
	}
	return 0
}

// welcomedTalks returns the talks a host's welcome at k opened: the
// meeting of the most people told before the sentence (not a meeting the
// sentence itself tells, "met Bessent and He separately on Friday, and
// Parmelin welcomed both teams ...", nor the welcome's own mention).
func (d *doc) welcomedTalks(pi int, trs []trigger, k int, c *cluster) *cluster {
	var own *cluster
	for i := range trs {
		if trs[i].ti == k {
			own = trs[i].c
		}
	}
	var best *cluster
	for _, o := range d.clusters {
		if o == own || o.future || o.apart || len(o.att) < 2 || bornHere(trs, o) {
			continue
		}
		if best == nil || len(o.att) > len(best.att) {
			best = o // the meeting of the most people told before the sentence
		}
	}
	if cur := d.current; best != nil && cur != nil && cur != best && !cur.future && cur.hasDate && best.hasDate && cur.date.day != "" && best.date.day != "" &&
		absDays(cur.date.day, best.date.day) > 1 && len(cur.att) >= 2 && cur.last >= pi-1 {
		// "On 10 July, A and B met in Abu Dhabi. The host welcomed both men
		// and then left them": the meeting just recalled on a day of its
		// own, not the larger one the story told before it
		return cur
	}
	if best != nil {
		return best
	}
	return c
}

// bornHere reports a meeting first told by one of the sentence's own
// mentions trs.
func bornHere(trs []trigger, o *cluster) bool {
	for _, tr := range trs {
		if tr.c == o && o.first == tr.pi && o.bornSent == tr.ss {
			return true
		}
	}
	return false
}

// welcomeBefore reports a "welcomed" in [s, k) that welcomeThenLeave
// reads.
func welcomeBefore(toks []token, s, k, e int) bool {
	for j := s; j < k; j++ {
		if toks[j].low == "welcomed" && welcomeThenLeave(toks, j, e) {
			return true
		}
	}
	return false
}

// inPersonCue reports an attendance cue that tells of people in the room:
// a delegation's members, those who joined or accompanied someone.
func inPersonCue(cue []string) bool {
	switch cue[0] {
	case "included", "includes", "include", "comprised", "accompanied", "flanked":
		return true
	case "joined":
		return len(cue) > 1 && cue[1] == "by" // (not "led by": "The RSF, led by Gen. Dagalo, said" names a leader)
	}
	return false
}

// bothAt reports "both" right after an attendance verb at k, alone or
// with "on" or "in" before it ("sat in on both", "attended both", "took
// part in both"); it returns the token after it, or 0.
func bothAt(toks []token, k, e int) int {
	if k < e && (toks[k].low == "on" || toks[k].low == "in") {
		k++
	}
	if k >= e || toks[k].low != "both" {
		return 0
	}
	return k + 1
}

// lastTwoApart returns the two meetings last told apart ("held separate
// meetings with A and with B") in this paragraph or the one before, else
// nil.
func (d *doc) lastTwoApart(pi int) []*cluster {
	var two []*cluster
	for i := len(d.clusters) - 1; i >= 0 && len(two) < 2; i-- {
		o := d.clusters[i]
		if !o.apart || o.future || o.last < pi-1 {
			break
		}
		two = append(two, o)
	}
	if len(two) < 2 {
		return nil
	}
	return two
}

// seatedBefore returns a verb of sitting or standing in [cs, k) ("sat on
// the sofa alongside", "stood alongside"), or -1.
func seatedBefore(toks []token, cs, k int) int {
	for j := k - 1; j >= cs && j >= k-8; j-- {
		switch toks[j].low {
		case "sat", "seated", "sitting", "stood", "standing":
			return j
		}
	}
	return -1
}

// ledOutOf reports "led ... out" after "led" at k: "led the AOSIS
// delegations out of the meeting", "led the LDC negotiators out".
func ledOutOf(toks []token, k, e int) bool {
	for j := k + 1; j < e && j <= k+6; j++ {
		if toks[j].low == "out" {
			return j+1 >= e || toks[j+1].kind != kWord || toks[j+1].low == "of" || toks[j+1].low == "a" || toks[j+1].low == "after" || toks[j+1].low == "in"
		}
		if toks[j].kind != kWord || toks[j].low == "by" {
			return false
		}
	}
	return false
}

// roomCue reports a cue that places people in a room or at a table:
// somewhere no call is held.
func roomCue(cue []string) bool {
	for _, w := range cue {
		if w == "table" || w == "room" || w == "hall" {
			return true
		}
	}
	return false
}

// latestInPerson returns the meeting held in person told last before the
// call c, with two people or more, else nil.
func (d *doc) latestInPerson(c *cluster) *cluster {
	return d.latestInPersonMin(c, 2)
}

// latestInPersonMin is latestInPerson with at least min people.
func (d *doc) latestInPersonMin(c *cluster, min int) *cluster {
	var best *cluster
	for _, o := range d.clusters {
		if o == c || o.call || o.future || o.apart || len(o.att) < min || o.kinds["call"] > 0 {
			continue
		}
		if best == nil || o.last >= best.last {
			best = o
		}
	}
	return best
}

// forSideColon returns where the list starts in a sentence that opens
// with one side's name and a colon ("For the Local: A, B and C", "For
// the government: A; B", "In the room for the US side, per the White
// House: A, B and C", "Around the table on the US side, from pool's
// vantage point: A, B"), or -1.
func forSideColon(toks []token, s, e int) int {
	if matchAt(toks, s, []string{"in", "the", "room"}) || matchAt(toks, s, []string{"around", "the", "table"}) || matchAt(toks, s, []string{"at", "the", "table"}) {
		// "In the room for the US side, per the White House: A, B and C",
		// "Around the table on the US side, from pool's vantage point: A, B"
		for j := s + 3; j+1 < e && j <= s+14; j++ {
			if toks[j].text == ":" {
				return j + 1
			}
			if toks[j].kind == kQuote || toks[j].kind == kPunct && toks[j].text != "," || pastVerb(toks[j]) && !toks[j].cap {
				return -1
			}
		}
		return -1
	}
	if s+2 >= e || toks[s].low != "for" {
		return -1
	}
	for j := s + 1; j < e && j <= s+5; j++ {
		if toks[j].text == ":" {
			if j == s+1 || j+1 >= e {
				return -1
			}
			return j + 1
		}
		if toks[j].kind != kWord || !(toks[j].cap || toks[j].low == "the" || toks[j].low == "'s") {
			return -1
		}
	}
	return -1
}

// amongPresentWere returns where the names start in a sentence opening
// "Among the ... in attendance (in the city) were A and B" (or "present",
// "attending"), its words between the cue parts any, or -1.
func amongPresentWere(toks []token, s, e int) int {
	if s+4 >= e || toks[s].low != "among" {
		return -1
	}
	present := false
	for j := s + 1; j+1 < e && j <= s+20; j++ {
		switch toks[j].low {
		case "attendance", "present", "attending":
			present = true
		case "were", "was":
			if present {
				return j + 1
			}
			return -1
		}
		if toks[j].kind != kWord && toks[j].text != "," {
			return -1
		}
	}
	return -1
}

// groupIncluding returns the token after "including" in a sentence that
// opens on a group of a gathering and names some of them ("Leaders
// including A and B ...", "Ministers, including A, ..."), or -1.
func groupIncluding(toks []token, s, e int) int {
	j := s
	if j+1 < e && (toks[j].low == "other" || toks[j].low == "fellow") {
		j++
	}
	switch toks[j].low {
	case "leaders", "ministers", "delegates", "participants":
	default:
		return -1
	}
	j++
	if j < e && toks[j].text == "," {
		j++
	}
	if j+1 >= e || toks[j].low != "including" {
		return -1
	}
	return j + 1
}

// groupDeedAt reports a verb in the simple past at k, past a closing
// comma, after the people of groupIncluding: "gave it their backing",
// "rose to applaud" (not "have said", "will vote").
func groupDeedAt(toks []token, k int) bool {
	if toks[k].text == "," && k+1 < len(toks) {
		k++
	}
	if toks[k].kind != kWord || toks[k].cap {
		return false
	}
	switch toks[k].low {
	case "gave", "rose", "stood", "took", "came", "sat":
		return true
	case "need", "used", "proposed":
		return false
	}
	return pastVerb(toks[k])
}

// seatedOppositeWere returns where the list starts after a sentence
// opening "Sitting across from them were", "Seated opposite him, with
// Kim, were" (the other side of a table), and where the "with" phrase's
// names start (0 when there is none); -1 when the sentence opens
// otherwise.
func seatedOppositeWere(toks []token, s, e int) (int, int) {
	if s+4 >= e || toks[s].low != "sitting" && toks[s].low != "seated" {
		return -1, 0
	}
	j := s + 1
	switch {
	case matchAt(toks, j, []string{"across", "from"}):
		j += 2
	case toks[j].low == "opposite" || toks[j].low == "facing":
		j++
	default:
		return -1, 0
	}
	if j >= e || !objPronoun(toks[j].low) {
		return -1, 0
	}
	j++
	w := 0
	if j < e && toks[j].text == "," {
		j++
	}
	if j+1 < e && toks[j].low == "with" {
		w = j + 1
		j = w
		for j < e && j <= w+4 && toks[j].low != "were" && toks[j].low != "was" {
			j++ // "with Kim", "with the leader"
		}
	}
	if j < e && toks[j].text == "," {
		j++
	}
	if j+1 < e && (toks[j].low == "were" || toks[j].low == "was") {
		return j + 1, w
	}
	return -1, 0
}

// metIn reports person p named as a party of a meeting mention of the
// sentence that c holds.
func metIn(trs []trigger, c *cluster, p *personEntry) bool {
	for i := range trs {
		if trs[i].c == c && slices.Contains(trs[i].people, p) {
			return true
		}
	}
	return false
}

// expectedBefore reports "had been expected" or "was expected" before k
// in the sentence from s: a plan the rest of the sentence undoes.
func expectedBefore(toks []token, s, k int) bool {
	for j := s + 1; j < k; j++ {
		if toks[j].low == "expected" && (toks[j-1].low == "been" || toks[j-1].low == "was" || toks[j-1].low == "were") {
			return true
		}
	}
	return false
}

// neitherNorPeople returns the first person named within a few words
// after "neither" at n and after each "nor" before k.
func (d *doc) neitherNorPeople(pi, n, k int) []*personEntry {
	toks := d.paras[pi].toks
	var out []*personEntry
	for j := n; j < k; j++ {
		if toks[j].low != "neither" && toks[j].low != "nor" {
			continue
		}
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && !m.poss && m.start > j && m.start <= j+7 && m.start < k {
				out = append(out, m.p)
				break
			}
		}
	}
	return out
}

// noteAbsence records the absence a sentence ending at e of paragraph pi
// told, for a "Neither was X" after it.
func (d *doc) noteAbsence(pi, e int, note string, c *cluster) {
	d.lastAbsence.pi, d.lastAbsence.end, d.lastAbsence.note, d.lastAbsence.c = pi, e, note, c
}

// followOn reports a sentence [s, e) of paragraph pi that opens with
// opener and a verb standing for the sentence before ("So was X",
// "Neither was X", "Nor did X"), that sentence ending at prevEnd of
// paragraph prevPi: it only adds X to what the one before told.
func followOn(toks []token, s, e, pi, prevPi, prevEnd int, opener string) bool {
	if pi != prevPi || s < prevEnd || s > prevEnd+1 || s+2 >= e || toks[s].low != opener {
		return false
	}
	switch toks[s+1].low {
	case "was", "were", "did", "had":
		return true
	}
	return false
}

// metUnder reports the "under" at k of "met on Thursday under prime
// minister Shehbaz Sharif": a body's meeting verb shortly before it in the
// clause, and a titled person right after it, who chairs.
func (d *doc) metUnder(pi, s, k, e int) bool {
	toks := d.paras[pi].toks
	verb := false
	for j := k - 1; j >= s && j >= k-6; j-- {
		if toks[j].kind != kWord && toks[j].text != "," {
			break
		}
		if toks[j].low == "met" || toks[j].low == "meets" || toks[j].low == "convened" || toks[j].low == "gathered" || toks[j].low == "sat" {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.rstart == k+1 && m.start > m.rstart && m.start <= k+5 && m.start < e {
			return true // ("under prime minister Shehbaz Sharif": his title first)
		}
	}
	return false
}

// countedSubject reports a clause [cs, k) whose subject is a count of
// people, not yet named: "Three leaders stayed away", "Two ministers sent
// deputies" (not "The three leaders", "Both leaders").
func countedSubject(toks []token, cs, k int) bool {
	if k-cs < 2 || k-cs > 4 || !(numberWords[toks[cs].low] || isDigits(toks[cs].text)) || toks[cs].low == "one" || toks[cs].low == "both" {
		return false
	}
	for j := cs + 1; j < k; j++ {
		if toks[j].kind != kWord || toks[j].cap && j > cs+1 {
			return false
		}
	}
	return strings.HasSuffix(toks[k-1].low, "s") || toks[k-1].low == "people" || toks[k-1].low == "men" || toks[k-1].low == "women" || (beVerbs[toks[k-1].low] || negationAux[toks[k-1].low] || toks[k-1].low == "have") && strings.HasSuffix(toks[k-2].low, "s")
}

// countedGroup reports a clause [cs, k) whose subject is a count of
// countries or members, up to six words with a body's acronym among them:
// "Four AU member states were", "Three countries have" (not "The four
// states").
func countedGroup(toks []token, cs, k int) bool {
	if k-cs < 2 || k-cs > 6 || !(numberWords[toks[cs].low] || isDigits(toks[cs].text)) || toks[cs].low == "one" || toks[cs].low == "both" {
		return false
	}
	end := k
	if beVerbs[toks[k-1].low] || negationAux[toks[k-1].low] || toks[k-1].low == "have" {
		end--
	}
	for j := cs + 1; j < end; j++ {
		if toks[j].kind != kWord {
			return false
		}
	}
	switch toks[end-1].low {
	case "states", "countries", "members", "nations", "governments":
		return true
	}
	return false
}

// peopleIn returns the people named (not as possessors) in [from, to) of
// paragraph pi, in order and once each.
func (d *doc) peopleIn(pi, from, to int) []*personEntry {
	var out []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && m.p != nil && !m.poss && m.start >= from && m.end <= to && !slices.Contains(out, m.p) {
			out = append(out, m.p)
		}
	}
	return out
}

// namedNext returns the list of people that opens the sentence after the
// one ending at e (in this paragraph or the next): "Prime Minister A and
// President B, both citing ..., sent ..."; nil when it opens otherwise.
func (d *doc) namedNext(pi, e int) []*personEntry {
	qi, from := pi, e
	if e >= len(d.paras[pi].toks) {
		if pi+1 >= len(d.paras) {
			return nil
		}
		qi, from = pi+1, 0
	}
	q := &d.paras[qi]
	_, to := q.sentenceOf(from)
	var out []*personEntry
	at := from
	for _, m := range q.ments {
		if m.kind != mPerson || m.p == nil || m.poss || m.rstart < at {
			continue
		}
		if m.rstart >= to {
			break
		}
		for j := at; j < m.rstart; j++ {
			if l := q.toks[j].low; l != "and" && l != "," && l != "'s" && !q.toks[j].cap {
				return out // the list is over: "A and B, both citing ..."
			}
		}
		out = append(out, m.p)
		at = m.rend
		if at < to && q.toks[at].text == "," && !(at+1 < to && (q.toks[at+1].low == "and" || q.toks[at+1].cap)) {
			break
		}
	}
	return out
}

// groupAsideMembers returns the people named in the aside after a group
// that opens the clause before the cue at k: "The 14 African members, led
// by A, with B and C among them, stayed at their hotel" gives A, B and C.
// Nil when the clause opens otherwise.
func (d *doc) groupAsideMembers(pi, s, k int) []*personEntry {
	toks := d.paras[pi].toks
	a := s
	for a < k && toks[a].kind == kWord && a < s+6 {
		a++ // "The 14 African members"
	}
	if a == s || a >= k || toks[a].text != "," || toks[a-1].cap || !strings.HasSuffix(toks[a-1].low, "s") || toks[k-1].text != "," || k-1 <= a+1 {
		return nil
	}
	var out []*personEntry
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.p == nil || m.poss {
			continue
		}
		if m.start < a && m.start >= s {
			return nil // a person opens the clause: its subject, read elsewhere
		}
		if m.start > a && m.end < k && !slices.Contains(out, m.p) {
			out = append(out, m.p)
		}
	}
	return out
}

// toldAsPlace reports the word w told as a place somewhere in the
// article: right after "in", "at" or "to" (or "the" after them), "at
// Baabda Palace" (not "Russian-Ukrainian", which names no place).
func (d *doc) toldAsPlace(w string) bool {
	for pi := range d.paras {
		toks := d.paras[pi].toks
		for j := 1; j < len(toks); j++ {
			if toks[j].low != w {
				continue
			}
			p := j - 1
			if toks[p].low == "the" && p > 0 {
				p--
			}
			if toks[p].low == "in" || toks[p].low == "at" || toks[p].low == "to" {
				return true
			}
		}
	}
	return false
}

// toldAt returns the latest meeting held so far, other than c, that was
// told at place (a stated place, not one left open) and seats more people
// than c, or nil.
func (d *doc) toldAt(place string, c *cluster) *cluster {
	if place == "" {
		return nil
	}
	var at *cluster
	for _, o := range d.clusters {
		if o != c && !o.future && !o.call && strings.EqualFold(o.place, place) && o.present() > c.present() {
			at = o
		}
	}
	return at
}

// bystanderNouns name people around a meeting who take no part in it.
var bystanderNouns = set(`volunteers residents protesters protestors demonstrators spectators onlookers crowds crowd fans
	students passers-by bystanders well-wishers`)

// bystandersAhead reports such a group in the few words from k: "among
// volunteers", "among the crowds of well-wishers".
func bystandersAhead(toks []token, k, e int) bool {
	for j := k; j < e && j < k+3; j++ {
		if bystanderNouns[toks[j].low] {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// sittingNamed returns the latest sitting of a council or assembly told so
// far when a cue names the body ("told the council", "addressed the
// assembly") and meeting c is no sitting, else nil.
func (d *doc) sittingNamed(c *cluster, cue []string) *cluster {
	if c == nil || c.sitting || len(cue) < 2 || cue[len(cue)-2] != "the" {
		return nil
	}
	if w := cue[len(cue)-1]; w != "council" && w != "assembly" && w != "chamber" {
		return nil
	}
	for i := len(d.clusters) - 1; i >= 0; i-- {
		if o := d.clusters[i]; o.sitting && !o.future {
			return o
		}
	}
	return nil
}

// lastTriggerBefore returns the index of the latest mention in trs told
// before token k that ok accepts, or -1.
func lastTriggerBefore(trs []trigger, k int, ok func(*trigger) bool) int {
	near := -1
	for i := range trs {
		if trs[i].ti < k && ok(&trs[i]) && (near < 0 || trs[i].ti > trs[near].ti) {
			near = i
		}
	}
	return near
}

// seatTakenBy returns the stand-in and the one stood in for in a sentence
// [s, e) that tells someone taking another's seat: "Moen took Haddad's
// seat" (not "took his place as prime minister", an office), "The chair
// that was to have been Haddad's was taken instead by Moen".
func (d *doc) seatTakenBy(pi, s, e int) (*personEntry, *personEntry) {
	p := &d.paras[pi]
	toks := p.toks
	owner := func(k int) *mention { // a possessive mention opening at token k: "Haddad's", "Patriarch Haddad's"
		for i := range p.ments {
			if m := &p.ments[i]; m.kind == mPerson && m.poss && (m.start == k || m.rstart == k) {
				return m
			}
		}
		return nil
	}
	for k := s + 1; k+3 < e; k++ {
		switch toks[k].low {
		case "took", "takes":
			subj, ok := d.mentionAt(pi, k-1)
			o := owner(k + 1)
			if !ok || subj.poss || subj.start < s || o == nil || o.end+1 >= e || !seatNouns[toks[o.end+1].low] || o.end+2 < e && toks[o.end+2].low == "as" {
				continue
			}
			return subj.p, o.p
		case "taken":
			j := k + 1
			if toks[j].low == "instead" {
				j++
			}
			if !beVerbs[toks[k-1].low] || j+1 >= e || toks[j].low != "by" {
				continue
			}
			in, ok := d.personFrom(pi, j+1)
			if !ok {
				continue
			}
			var out *personEntry
			seat := false
			for i := s + 1; i < k; i++ {
				seat = seat || seatNouns[toks[i].low] && toks[i-1].low == "the"
				if o := owner(i); seat && o != nil {
					out = o.p
				}
			}
			if seat {
				return in.p, out
			}
		}
	}
	return nil, nil
}

// negatedAfterAside reports a negated verb right after the comma that
// closes an appositive at end: ", were not represented", ", did not
// attend", ", never came".
func negatedAfterAside(toks []token, end, e int) bool {
	if end < e && toks[end].text == "," {
		end++
	} else if end < 1 || end >= e || toks[end-1].text != "," {
		return false // (the list may have taken the closing comma as its own)
	}
	for j := end; j < e && j < end+3; j++ {
		switch toks[j].low {
		case "not", "n't", "never":
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// adviceBefore reports a modal of advice in the sentence before token k
// ("He should spend more of it on the road, with Faye and Mahama beside
// him"): a scene wished for, not one told (not "would" and the like, which
// reported words use: "told them he would be proud ..., with Pence beside
// him").
func adviceBefore(toks []token, s, k int) bool {
	for j := s; j < k; j++ {
		if w := toks[j].low; w == "should" || w == "must" || w == "ought" {
			return true
		}
	}
	return false
}

// soDidAhead returns where the list starts in an elliptical clause after
// k that says the same of others: "; so did A and B", ", and so were A
// and B", a live blog's "and so are A and B"; else 0.
func soDidAhead(toks []token, k, e int) int {
	for j := k; j+2 < e; j++ {
		if toks[j].low != "so" {
			continue
		}
		if p := toks[j-1]; p.text != ";" && p.low != "and" {
			return 0
		}
		switch toks[j+1].low {
		case "did", "was", "were", "are", "is":
			return j + 2
		}
		return 0
	}
	return 0
}

// rowPhrase returns the length of a seat's place at k, "in the front row",
// "in the third row", "at the table" (as in "was seated in the front row
// between A and B"), else 0; k+length stays below e.
func rowPhrase(toks []token, k, e int) int {
	if k >= e || toks[k].low != "in" && toks[k].low != "at" {
		return 0
	}
	for j := k + 1; j < e-1 && j <= k+4; j++ {
		switch toks[j].low {
		case "row", "table", "pew":
			return j + 1 - k
		}
		if toks[j].kind != kWord || toks[j].cap {
			return 0
		}
	}
	return 0
}

// seatNeighbour returns where the neighbours start after a seat verb when
// a short place phrase leads to them: "in the front section reserved for
// heads of delegation, near A and B", "in the front row, a few places
// from A", "two rows behind A"; else 0.
func seatNeighbour(toks []token, k, e int) int {
	for j := k; j < e-1 && j <= k+12; j++ {
		t := toks[j]
		if t.text == ";" || t.text == "." || t.kind == kWord && clauseBreak[t.low] && t.low != "who" {
			return 0
		}
		switch t.low {
		case "near":
			return j + 1
		case "from", "behind":
			if j > k && (toks[j-1].low == "places" || toks[j-1].low == "seats" || toks[j-1].low == "rows") {
				return j + 1
			}
		}
	}
	return 0
}

// presentNotHeld reports a modal, a negation or "to" in the two tokens
// before the bare verb at k: "will not take their seats", "refused to
// take their places" (not a caption's "A and B take their seats").
func presentNotHeld(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-2; j-- {
		if w := toks[j].low; modalWords[w] || w == "not" || w == "n't" || w == "to" || w == "never" {
			return true
		}
	}
	return false
}

// thatMeetingOnly reports a sentence whose only meeting mentions are
// nouns after the "joined" at k that point back to a meeting already
// told ("A and B joined Rubio for that session"): the one they joined,
// not a meeting of their own.
func thatMeetingOnly(trs []trigger, k int) bool {
	for i := range trs {
		if trs[i].verb || !trs[i].anaphoric || trs[i].ti < k || trs[i].future {
			return false
		}
	}
	return true
}

// hostedFor reports a host's clause before the "together with" at k:
// "Merz hosted a working dinner at the Chancellery for a group of leaders
// together with Zelenskyy", "convened the ministers together with": the
// one named after it was a guest too.
func hostedFor(toks []token, s, k int) bool {
	for j := k - 1; j >= s && j >= k-14; j-- {
		if toks[j].kind != kWord && toks[j].text != "," {
			return false
		}
		switch toks[j].low {
		case "hosted", "hosts", "convened", "convenes", "gathered", "gathers":
			return true
		}
	}
	return false
}
