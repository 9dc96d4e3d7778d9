package corpus

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// cluster is one meeting: every trigger and cue that refers to it.
type cluster struct {
	kinds     map[string]int
	date      dateRef
	hasDate   bool
	place     string
	future    bool
	call      bool
	att       []*personEntry
	absent    []absentEntry
	paras     []int
	first     int
	bornSent  int      // first token of the sentence that first told it (in paragraph first)
	last      int      // latest paragraph that mentions it
	weak      bool     // its date was only inherited from another clause
	during    *cluster // a call made during this meeting ("during the visit")
	distinct  bool     // begun by "X met Y": not to be folded into the main meeting blindly
	apart     bool     // "Earlier on Monday, X met Y", "X and Y last met": never folded into another
	side      bool     // "X also held a bilateral meeting with Y": not folded into a larger meeting with them
	sideOf    *cluster // "met X before the ceremony": the meeting it was held around
	separate  bool     // "X and Y then met separately": some of a meeting's people apart, never folded back
	building  string   // the building it was in, when told ("the Elysée Palace")
	host      bool     // a gathering another meeting was held on the sidelines of (hosts.go)
	mealApart bool     // a meal told at its own hour: never folded into a meeting (meals.go)
	mealNoun  string   // that meal's noun ("dinner"), which names it
	roundtbl  bool     // told as a round table: "roundtable" names it
	sitting   bool     // a council's or assembly's sitting, whose delegates speak at it (sittings.go)
	virtual   bool     // told as a virtual or online gathering: everyone took part from afar
}

type absentEntry struct {
	e    *personEntry
	note string
}

func (c *cluster) addParagraph(pi int) {
	if pi > c.last {
		c.last = pi
	}
	for _, p := range c.paras {
		if p == pi {
			return
		}
	}
	c.paras = append(c.paras, pi)
}

func (c *cluster) addAttendees(es ...*personEntry) {
	for _, e := range es {
		if e == nil || c.hasAttendee(e) {
			continue
		}
		c.att = append(c.att, e)
	}
}

func (c *cluster) hasAttendee(e *personEntry) bool {
	for _, a := range c.att {
		if a == e {
			return true
		}
	}
	return false
}

func (c *cluster) addAbsent(e *personEntry, note string) {
	for _, a := range c.absent {
		if a.e == e {
			return
		}
	}
	c.absent = append(c.absent, absentEntry{e: e, note: note})
}

func overlap(a, b []*personEntry) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// assign files a meeting mention under an existing meeting or a new one.
func (d *doc) assign(clusters *[]*cluster, tr *trigger, current *cluster) *cluster {
	var c *cluster
	meal := false
	if !tr.future && !tr.apart {
		if tr.presence && !tr.hasDate && current != nil && !current.call {
			c = current // "Their ministers initialled the text in their presence"
		}
		if c == nil && (tr.weakDate || tr.anaphoric && tr.hasDate && tr.date.day == "" && strings.HasPrefix(tr.date.key, "wd:")) {
			// an inherited date is a hint: match as an undated mention first
			// (so is a weekday that cannot be resolved: "who opened the
			// meeting on Wednesday morning" in wire copy without a date)
			strong := *tr
			strong.hasDate = false
			c = d.findCluster(*clusters, &strong, current)
			if c != nil && !tr.weakDate && c.hasDate && !c.weak && (periodDate(c.date) || otherWeekday(c.date, tr.date) && max(tr.date.pos-tr.ti, tr.ti-tr.date.pos) <= 4) {
				// "Thursday's meeting" is not the one "last met in November",
				// nor, in wire copy without a date, "Friday's Putin meeting"
				// the one "on Monday" (a weekday of the mention itself, not
				// of "Rashad, who arrived on Thursday, sat in on the meeting")
				c = nil
			}
			if c != nil && tr.weakDate && c.hasDate && !c.weak && outsidePeriod(tr.date, c.date) && tr.date.pos > tr.ti && tr.date.pos < tr.ce && tr.date.pos-tr.ti <= 10 {
				c = nil // "Lund and Dunmore met for dinner in Chicago in September": not the talks of October 30
			}
			if c != nil && tr.weakDate && !tr.anaphoric && c.hasDate && !c.weak && tr.date.pos >= tr.ss && tr.date.pos < tr.ti &&
				(outsidePeriod(tr.date, c.date) || strings.HasPrefix(c.date.key, "wd:") && periodKey(tr.date.key)) {
				// "In March 2022, Vos flew to the capital with Moen and met
				// Dahl at the palace": not Wednesday's meeting at the palace
				// (nor, in copy without a date, "were last at the palace in
				// October, when they met Dahl" the one "on Wednesday")
				c = nil
			}
		}
		if c == nil {
			c = d.findCluster(*clusters, tr, current)
		}
		if c != nil && c.sitting != tr.sitting && tr.verb && (len(tr.people) >= 1 || tr.sitting && len(c.att) >= 1) && !tr.presence && !(tr.hasDate && c.hasDate) {
			// "the US vetoed a draft ... In Washington, Arab ministers met
			// Silva": a council's vote and an encounter of people told beside
			// it, undated, are two meetings
			c = nil
		}
		c, meal = d.mealFiling(*clusters, tr, c)
		if c == nil && tr.hasDate && current != nil && d.beganEarlier(tr, current) {
			// "The talks began on Monday": the first day of the meeting told
			c = current
			c.date, c.weak = tr.date, false
		}
	}
	if c == nil {
		c = &cluster{kinds: map[string]int{}, future: tr.future, call: tr.call, first: tr.pi, bornSent: tr.ss}
		c.distinct = (tr.verb || tr.headed) && len(tr.people) >= 2 // "X met Y": a meeting of its own
		if toks := d.paras[tr.pi].toks; toks[tr.ti].low == "roundtable" || toks[tr.ti].low == "round-table" || toks[tr.ti].low == "roundtables" ||
			toks[tr.ti].low == "round" && tr.ti+1 < len(toks) && toks[tr.ti+1].low == "table" {
			c.roundtbl = true // first told as a round table: "roundtable" names it
		}
		c.apart = tr.apart
		c.side = tr.side && tr.apart || tr.headed
		if tr.verb && len(tr.people) == 0 && !tr.hasDate && !tr.anaphoric && sideMeeting(d.paras[tr.pi].toks, tr.ss, tr.ti, tr.ce) {
			// "The foreign ministers also met briefly on the margins": a side
			// meeting, whose people are named after it, on the summit's day
			c.side = true
		}
		for _, o := range *clusters {
			if !tr.hasDate && d.indefSubset(tr, o) && o != current {
				// (kept apart from the summit when undated mentions are
				// folded in, on the day of the encounter told before it)
				c.side = true
				if current != nil && !current.future && current.date.until == "" {
					c.sideOf = current // (not a day of a meeting of several days)
				}
				break
			}
		}
		if (meal || tr.next || tr.around > 0 || tr.apart && (d.inSideRoom(tr) || sameDayOpening(d.paras[tr.pi].toks, tr.ss) && current != nil && current.date.day != "")) && !tr.hasDate && current != nil && !current.future {
			// "a breakfast before the session", "met in a side room", "Earlier
			// the same day, X held talks with Y": on the session's day
			c.sideOf = current
		}
		if len(tr.people) >= 2 && (d.heldApart(tr) || tr.apart && privateNouns[d.paras[tr.pi].toks[tr.ti].low] || tr.apart && !tr.hasDate && current != nil && current.date.until == "" && d.sideSession(tr)) {
			c.separate = true
			if current != nil && !current.future {
				c.sideOf = current // (on the day of the meeting it broke off from)
			}
		}
		*clusters = append(*clusters, c)
	}
	tr.c = c
	c.sitting = c.sitting || tr.sitting
	c.virtual = c.virtual || tr.virtual
	c.mealApart = c.mealApart || meal
	if meal && c.mealNoun == "" {
		if m := d.mealAt(tr); m >= 0 {
			w := d.paras[tr.pi].toks[m].low
			if d.paras[tr.pi].toks[m].kind == kQuote {
				w = quotedMeal(d.paras[tr.pi].toks[m]) // (a "social dinner")
			}
			c.mealNoun = strings.TrimSuffix(w, "s") // ("dinners")
		}
	}
	c.kinds[tr.kind]++
	c.last = tr.pi
	if tr.hasDate && (!c.hasDate || c.weak && !tr.weakDate) {
		c.date, c.hasDate, c.weak = tr.date, true, tr.weakDate
	}
	if tr.hasDate && tr.date.until != "" && c.date.day == tr.date.day {
		c.date.until = tr.date.until
	}
	if tr.place != "" && c.place == "" {
		c.place = tr.place
	}
	if isBuilding(strings.ToLower(tr.place)) && c.building == "" {
		c.building = tr.place
	}
	if !tr.call {
		c.call = false
	}
	if len(c.att) == 0 && d.heldApart(tr) {
		c.separate = true // (a mention with no one named, then "X and Y met separately")
	}
	c.addAttendees(tr.people...)
	for _, p := range tr.callee {
		c.addAbsent(p, "by phone")
	}
	return c
}

func (d *doc) findCluster(clusters []*cluster, tr *trigger, current *cluster) *cluster {
	if h := hostFor(clusters, tr); h != nil {
		return h // "the summit", after a meeting "on the sidelines of the summit"
	}
	if low := d.paras[tr.pi].toks[tr.ti].low; (low == "gathering" || low == "gatherings") && tr.anaphoric && !tr.future && !tr.call {
		for _, c := range clusters {
			if c.host && !tr.apart && (tr.place == "" || c.place != "" && placeFits(tr.place, c)) && (!tr.hasDate || !c.hasDate || c.date.key == tr.date.key) {
				return c // "were also in Paris for the gathering": the summit the deal was struck beside
			}
		}
	}
	heldApart := d.heldApart(tr) // (asked once: the loops below read it per meeting)
	for _, c := range clusters {
		if c.future || c.call != tr.call {
			continue
		}
		if tr.headed && (c.present() > len(tr.people) || overlap(tr.people, c.att) < len(tr.people)) {
			// "Dahl and Vos: breakfast on Tuesday", in a list of the
			// summit's bilaterals: not the summit, nor the item before
			continue
		}
		if tr.hasDate {
			if tr.verb && len(tr.people) >= 2 && (c.distinct || periodDate(tr.date) && len(c.att) >= 2) && overlap(tr.people, c.att) < 2 {
				// "Rubio spoke today with Sybiha" and "Rubio met today with
				// Sikorski": two encounters of one day, with other people (or
				// of one month: "Witkoff met Araghchi in April", "Grossi met
				// Araghchi in April")
				continue
			}
			if tr.verb && tr.call && c.call && len(tr.people) >= 1 && len(tr.people) <= 2 && len(c.att) >= 2 && overlap(tr.people, c.att) < len(tr.people) {
				continue // "spoke with Putin by phone on Wednesday and then called Zelenskyy": two calls of one day
			}
			if heldApart && c.present() > len(tr.people) && presentOverlap(tr.people, c) < len(tr.people) {
				continue // "He met separately with Witkoff on Saturday morning": a side meeting of that day
			}
			if c.apart && !tr.anaphoric && len(tr.people) >= 2 && len(c.att) >= 2 && overlap(tr.people, c.att) < len(tr.people) {
				continue // "After meeting Aoun on Monday, Barrack held talks with Berri": that day's other encounter
			}
			if tr.anaphoric && len(tr.people) >= 2 && len(c.att) >= 2 && overlap(tr.people, c.att) == 0 {
				continue // "Trump said his meeting with Xi on Thursday ...", after a dinner of others that day
			}
			if c.hasDate && (c.date.key == tr.date.key || c.date.until != "" && tr.date.day > c.date.day && tr.date.day <= c.date.until) &&
				(samePlace(tr.place, c.place) || tr.anaphoric && !d.twoCities(tr.place, c.place)) {
				return c // (a later day of talks held "on Wednesday and Thursday")
			}
			continue
		}
		if tr.place != "" && (strings.EqualFold(c.place, tr.place) || strings.EqualFold(c.building, tr.place)) {
			if len(tr.people) >= 2 && len(c.att) >= 2 && overlap(tr.people, c.att) == 0 {
				continue // "At the first, in Cairo, Sewilam received Habtamu": other people, same city
			}
			return c
		}
	}
	if tr.hasDate {
		return nil
	}
	if tr.anaphoric && !tr.verb && tr.ti != tr.ss+1 && d.demonstrativeOfJustTold(tr, current) {
		return current // "Fidan and Kalin also attended that meeting": the one just told, not an earlier one they were at
	}
	var best *cluster
	bestN := 0
	for _, c := range clusters {
		if c.future || c.call != tr.call {
			continue
		}
		if len(tr.people) >= 2 && c.present() > len(tr.people) && (heldApart || tr.verb && tr.place != "" && c.place != "" && isBuilding(strings.ToLower(tr.place)) && !samePlace(tr.place, c.place) ||
			tr.verb && c.place == "" && c.building == "" && tr.pi-c.last > 1 && isBuilding(strings.ToLower(tr.place))) {
			continue // "Lutnick and LeBlanc then met separately in the Roosevelt Room": a meeting of their own
		}
		if d.indefSubset(tr, c) && c != current || tr.headed && c.present() > len(tr.people) {
			// "Dahl also had a 45-minute meeting with Vos", told after
			// another encounter: two of the summit's leaders at a meeting of
			// their own (right after the summit, it may be the summit told
			// again)
			continue
		}
		if n := overlap(tr.people, c.att); n > bestN && n >= 2 && (tr.place == "" || c.place == "" || d.placesAgree(tr.place, c.place) || c.building != "" && d.placesAgree(tr.place, c.building)) {
			best, bestN = c, n // (the same people in another city: another meeting)
		}
	}
	if best != nil {
		return best
	}
	// "the summit" after a summit and a later side meeting: the latest
	// meeting of that kind
	if tr.anaphoric && !tr.verb && d.demonstrativeOfJustTold(tr, current) {
		return current // "... at their summit in Anchorage on August 15. That meeting brought together ...": the summit
	}
	if tr.anaphoric && !tr.verb && tr.kind == "meeting" && !tr.hasDate && current != nil && !current.future && !current.call && current.first == tr.pi &&
		current.kinds["meeting"] == 0 && current.hasDate && current.date.day != "" && d.placesAgree(tr.place, current.place) {
		return current // "... the third round of talks in Istanbul on 23 July. ...; the meeting at the palace lasted an hour": "meeting" names those talks
	}
	if tr.anaphoric && !tr.verb && d.justTold(tr, current) {
		return current // "Asif and Yaqoob sat across from each other on October 18. The talks were attended by ...": those talks
	}
	if tr.anaphoric && !tr.verb {
		var best *cluster
		onlyOfKind := d.onlyOfKind(clusters, tr)
		for _, c := range clusters {
			if c.future || c.call != tr.call || c.kinds[tr.kind] == 0 || tr.pi-c.last > 6 && c != onlyOfKind || c.first == tr.pi && c.bornSent == tr.ss ||
				!d.placesAgree(tr.place, c.place) {
				// (a meeting first told in this very sentence is not the one "the meeting" refers back to)
				continue
			}
			if best == nil || c.last > best.last {
				best = c
			}
		}
		if best != nil && (current == nil || current.kinds[tr.kind] == 0) && overlap(tr.people, best.att) == len(tr.people) {
			// ("Merz, at his first G7 summit": someone the summit already has)
			return best
		}
	}
	if tr.anaphoric && !tr.verb && len(tr.people) > 0 && current != nil && overlap(tr.people, current.att) == 0 {
		// "After their meeting, Araghchi wrote": the latest meeting he was
		// at, not the one just told without him
		var back *cluster
		for _, c := range clusters {
			if c != current && !c.future && c.call == tr.call && tr.pi-c.last <= 6 && overlap(tr.people, c.att) == len(tr.people) &&
				d.placesAgree(tr.place, c.place) && (back == nil || c.last >= back.last) {
				back = c
			}
		}
		if back != nil {
			return back
		}
	}
	if tr.signedDef && !tr.hasDate && current != nil && current.call == tr.call && current.hasDate && tr.pi-current.last <= 1 && d.venueIn(tr.place, current) {
		// "... signed an agreement in Barbados on Tuesday. The document was
		// signed at the Hilton hotel in Bridgetown by A and B": that signing
		return current
	}
	// an undated mention right after a meeting was reported is about it,
	// unless it names another place or other people
	if current != nil && current.call == tr.call && (tr.pi-current.last <= 1 || tr.anaphoric && tr.pi-current.last <= 6) &&
		(placeFits(tr.place, current) || tr.anaphoric && (d.placesAgree(tr.place, current.place) || buildingInCity(tr.place, current))) &&
		!(tr.indef && tr.place != "" && !strictlyAt(tr.place, current)) &&
		!(tr.indef && len(tr.people) >= 2 && overlap(tr.people, current.att) < len(tr.people)) &&
		!(heldApart && current.present() > len(tr.people)) &&
		(len(tr.people) == 0 || len(current.att) == 0 || overlap(tr.people, current.att) > 0 && !(tr.verb && len(tr.people) >= 2) ||
			overlap(tr.people, current.att) == len(tr.people) || tr.anaphoric) {
		// "Before the talks, Araghchi met Tajani": a meeting of its own when it
		// names people the current one does not have
		return current
	}
	return nil
}

// onlyOfKind returns the one meeting held before tr of tr's kind when
// that kind is a named format ("the video conference", told again seven
// paragraphs after "a video conference chaired by Calviño"), or nil:
// with one such meeting in the story, "the conference" is it however far
// back it was told.
func (d *doc) onlyOfKind(clusters []*cluster, tr *trigger) *cluster {
	if tr.kind != "conference" {
		return nil
	}
	var only *cluster
	for _, c := range clusters {
		if c.future || c.kinds[tr.kind] == 0 {
			continue
		}
		if only != nil {
			return nil
		}
		only = c
	}
	return only
}

// mergeClusters folds undated mentions into the dated meeting they share
// a place or participants with, and turns a phone call held the same day
// as an in-person meeting into "by phone" absences of that meeting.
func (d *doc) mergeClusters(cs []*cluster) []*cluster {
	var out []*cluster
	for _, c := range cs {
		if c.future {
			continue
		}
		out = append(out, c)
	}
	merged := map[*cluster]bool{}
	for _, u := range out {
		if u.hasDate && !u.weak || u.separate {
			continue
		}
		var best *cluster
		bestN := 0
		for _, c := range out {
			if c == u || !c.hasDate || c.weak || merged[c] || c.call != u.call || c.apart || c.mealApart != u.mealApart {
				continue
			}
			if !d.placesAgree(u.place, c.place) {
				continue // "The Geneva round" is not the London talks
			}
			if u.distinct && len(u.att) >= 2 && len(c.att) > len(u.att) && otherBuilding(u.place, c) {
				// "A and B negotiated at the Cabinet Office until 2am", told
				// beside the summit at Hartwell House: two of its people in a
				// building of their own (as "then met separately in the
				// Roosevelt Room" is kept apart when first told)
				continue
			}
			if periodDate(c.date) && !(u.place != "" && strings.EqualFold(u.place, c.place)) {
				continue // a meeting known only by its month ("in May 2024") takes no undated mention blindly
			}
			if u.apart && !(u.place != "" && strings.EqualFold(u.place, c.place) ||
				c.place == "" && len(u.att) > 0 && overlap(u.att, c.att) == len(u.att)) {
				continue // a meeting set apart joins only one told at its place or with all its people
			}
			if u.side && len(u.att) >= 2 && len(c.att) > len(u.att) {
				continue // "Albanese also held a bilateral meeting with Manele": two of the retreat's leaders, apart
			}
			if u.hasDate && absDays(u.date.day, c.date.day) > 1 {
				continue
			}
			if u.apart && u.hasDate && u.date.day != "" && c.date.day != "" && u.date.day != c.date.day {
				continue // "On 3 April, on the eve of the summit, A met B": a day of its own
			}
			if pairOfLarger(u, c) {
				continue
			}
			if c.separate && len(u.att) > len(c.att) {
				continue // a meeting held apart takes in no larger one: "Zelenskiy, who met the crown prince, did not attend the talks"
			}
			if u.distinct && len(u.att) >= 2 && len(c.att) >= 2 && overlap(u.att, c.att) == 0 {
				continue // "At the first, in Cairo, Sewilam received Habtamu": other people altogether, though in the same city
			}
			n := overlap(u.att, c.att)
			if u.place != "" && strings.EqualFold(u.place, c.place) {
				n += 2
			}
			if !u.hasDate && c.date.day != "" && len(c.att) == 0 && len(u.att) >= 2 && slices.Contains(c.paras, u.first) && c.first <= u.first {
				n += 2 // "India and China held the 31st round in Beijing on Thursday. The Indian delegation was led by A, the Chinese by B": its people, told after it, before a round recalled with them
			}
			if n > bestN && (n >= 2 || n == len(u.att) && n > 0) {
				best, bestN = c, n
			}
		}
		if best == nil && !u.apart {
			// an article about one dated meeting: its undated mentions are
			// about it unless they name another place
			var only *cluster
			count := 0
			for _, c := range out {
				if c.hasDate && !c.weak && !c.date.vague && c.date.day != "" && !c.call && !merged[c] && !c.apart && c.mealApart == u.mealApart {
					only = c
					count++
				}
			}
			if count == 1 && !u.call && placeFits(u.place, only) && placeFits(u.building, only) && (!u.hasDate || absDays(u.date.day, only.date.day) <= 1 && !(u.weak && u.date.day != only.date.day)) &&
				(!u.distinct || len(u.att)-overlap(u.att, only.att) <= 1 && overlap(u.att, only.att) >= 1) &&
				(len(u.att) <= 1 || len(only.att) == 0 || overlap(u.att, only.att) > 0) && !pairOfLarger(u, only) {
				// (other people altogether make another meeting)
				best = only
			}
		}
		if best != nil {
			best.absorb(u)
			merged[u] = true
		}
	}
	var final []*cluster
	for _, c := range out {
		if merged[c] {
			continue
		}
		final = append(final, c)
	}
	// calls on the day of an in-person meeting
	var result []*cluster
	for _, c := range final {
		if !c.call {
			result = append(result, c)
			continue
		}
		var host *cluster
		for _, m := range final {
			if !m.call && !c.apart && m.hasDate && c.hasDate && m.date.key == c.date.key && (overlap(m.att, c.att) > 0 || len(c.att) == 1) {
				host = m
			}
		}
		if host == nil && !c.hasDate && c.during != nil {
			// "During the visit, the leaders spoke by phone with Trump":
			// remote participation in the meeting under way
			host = c.during
		}
		if host == nil {
			result = append(result, c)
			continue
		}
		for _, e := range c.att {
			if !host.hasAttendee(e) {
				host.addAbsent(e, "by phone")
			}
		}
		for _, p := range c.paras {
			host.addParagraph(p)
		}
	}
	return result
}

// indefSubset reports an undated meeting told with an indefinite article
// between people who are all at the larger meeting c: "Dahl also had a
// 45-minute meeting with Vos", after a summit of Dahl, Vos and Renner, is
// a meeting of the two, not more of the summit (a meal is not: "the two
// delegations moved on to a working lunch").
func (d *doc) indefSubset(tr *trigger, c *cluster) bool {
	if mealNouns[d.paras[tr.pi].toks[tr.ti].low] {
		return false // "moved to the Cabinet Room for a working lunch": more of the visit
	}
	return tr.indef && !tr.anaphoric && !tr.future && !c.future && c.call == tr.call && len(tr.people) >= 2 &&
		c.present() > len(tr.people) && overlap(tr.people, c.att) == len(tr.people)
}

// pairOfLarger reports a dated meeting c of two people ("Starmer, who met
// Biden at the White House on Wednesday") that an undated gathering u has
// among more people: two of the gathering's leaders on a day of their
// own, not the gathering.
func pairOfLarger(u, c *cluster) bool {
	n := overlap(u.att, c.att)
	return c.distinct && c.kinds["summit"] == 0 && c.kinds["conference"] == 0 && n >= 2 && len(u.att)-n >= 2 && len(u.att) > len(c.att)+1
}

func (c *cluster) absorb(u *cluster) {
	if !c.hasDate && u.hasDate {
		c.date, c.hasDate, c.weak = u.date, true, u.weak
	}
	for k, v := range u.kinds {
		c.kinds[k] += v
	}
	if c.place == "" {
		c.place = u.place
	}
	c.addAttendees(u.att...)
	for _, a := range u.absent {
		c.addAbsent(a.e, a.note)
	}
	for _, p := range u.paras {
		c.addParagraph(p)
	}
}

// render turns meetings into the article's Meeting values.
func (d *doc) render(cs []*cluster) ([]Meeting, []bool) {
	var out []Meeting
	var apart []bool
	for _, c := range cs {
		absent := map[*personEntry]bool{}
		for _, a := range c.absent {
			absent[a.e] = true
		}
		var att []Person
		for _, e := range c.att {
			if absent[e] || d.notPerson(e) {
				continue // (a place or a body taken for a name: notpeople.go)
			}
			if d.principalOnly(c, e) || d.quotedOnly(c, e) {
				continue // "Trump's envoy met Maduro" (principals.go); "..., said X" (commentators.go)
			}
			if pressRole(d.entryWho(e).role) {
				continue // "Our correspondent Ian Fell was there": reporting it, no party to it
			}
			if d.countryByMinister(c, e) {
				continue // "talks that also brought in Greece and Turkey", their foreign ministers named
			}
			att = append(att, Person{Name: e.name, Role: d.entryWho(e).role})
		}
		if len(att) < 1 {
			continue
		}
		m := Meeting{Summary: c.summary(att, d.gaz), Date: c.date.day, Place: c.place, Attendees: att, Absent: []Absence{}}
		for _, a := range c.absent {
			if d.notPerson(a.e) {
				continue // (a place taken for a name: "St Vincent")
			}
			m.Absent = append(m.Absent, Absence{Name: a.e.name, Note: a.note})
		}
		sort.Ints(c.paras)
		m.Paragraphs = c.paras
		out = append(out, m)
		apart = append(apart, c.separate || c.mealApart) // (a meal at its own hour echoes no meeting: "The night before the signing, Vos hosted them at a dinner")
	}
	return out, apart
}

// nameSuffixes end a name after the family name: "Marcos Jr.".
var nameSuffixes = set(`jr sr`)

// pressRole reports a role of the press ("correspondent", "BBC
// reporter", "anchor"): someone who covers a meeting, not one of its
// participants.
func pressRole(role string) bool {
	if role == "Host" {
		return true // "Host Jane Moore": a programme's host, as a title ("the summit's host" is another)
	}
	fs := strings.Fields(strings.ToLower(role))
	return len(fs) > 0 && pressRoles[fs[len(fs)-1]]
}

var pressRoles = set(`correspondent correspondents reporter reporters journalist journalists anchor presenter columnist`)

// countryByMinister reports a leader the article never names, read from
// a country named as a party to meeting c, when another of c's attendees
// holds an office of that country: the talks "brought in Greece and
// Turkey" through "the foreign ministers ..., Greece's Gerapetritis and
// Turkey's Fidan", not through their leaders.
func (d *doc) countryByMinister(c *cluster, e *personEntry) bool {
	if e.fig == nil || d.mentioned(e) {
		return false
	}
	o, ok := e.fig.OfficeOn(d.day)
	if !ok || o.Of == "" {
		return false
	}
	for _, a := range c.att {
		if a == e || a.fig == nil || c.isAbsent(a) {
			continue
		}
		if ao, ok := a.fig.OfficeOn(d.day); ok && ao.Of == o.Of {
			return true
		}
	}
	return false
}

// summary is a short handle for the meeting: "White House meeting",
// "Alaska summit", "Trump–Putin call".
func (c *cluster) summary(att []Person, g *Gazetteer) string {
	kind, best := "meeting", 0
	for _, k := range []string{"summit", "talks", "conference", "call", "meeting"} {
		if n := c.kinds[k]; n > best || k == "summit" && n > 0 {
			kind, best = k, n
			if k == "summit" {
				break
			}
		}
	}
	if c.mealApart && c.mealNoun != "" && c.kinds["summit"] == 0 {
		kind = c.mealNoun // "Huis ten Bosch palace dinner"
	} else if c.roundtbl && kind == "meeting" {
		kind = "roundtable" // "Berlaymont roundtable"
	}
	if c.place != "" {
		return c.place + " " + kind
	}
	if len(att) >= 2 && len(att) <= 3 {
		var names []string
		for _, a := range att {
			fs := strings.Fields(a.Name)
			if len(fs) > 1 && (romanNumeral(fs[len(fs)-1]) || nameSuffixes[strings.ToLower(strings.TrimRight(fs[len(fs)-1], ".,"))]) {
				fs = fs[:len(fs)-1] // "King Charles III": Charles; "Ferdinand Marcos Jr.": Marcos
			}
			n := patronymicShort(fs)
			if n == "" {
				n = surnameOf(fs) // "von der Leyen", "De Croo" whole
			}
			if len(fs) == 2 && koreanGiven(fs[1]) {
				n = fs[0] // "Lee Jae-myung": the family name comes first
			}
			if g != nil && len(fs) >= 2 {
				if f, ok := g.Lookup(a.Name); ok {
					if familyFirst(f) && len(fs) == 2 || familyFirstAsian(f) && nameKey(fs[0]) == nameKey(strings.Fields(f.Name)[0]) {
						n = fs[0] // "Xi Jinping", "Zhang Jun", "Yoon Suk Yeol": the family name comes first
					}
				} else if _, ok := g.Lookup(fs[1] + " " + fs[0]); ok && len(fs) == 2 {
					n = fs[0] // "Kishida Fumio", as NHK writes Fumio Kishida: the family name first
				}
			}
			if !slices.Contains(names, n) {
				names = append(names, n) // (the Macrons once)
			}
		}
		if len(names) >= 2 {
			return strings.Join(names, "–") + " " + kind
		}
	}
	return kind
}

// placesAgree reports whether two places told for meetings can be one:
// either is unknown, one holds the other ("Doha" and "Qatar", by the
// gazetteer's capitals), or samePlace says so.
func (d *doc) placesAgree(a, b string) bool {
	if a == "" || b == "" || samePlace(a, b) {
		return true
	}
	if isBuilding(strings.ToLower(a)) && isBuilding(strings.ToLower(b)) {
		return true // "the Oval Office" may be in "the White House"
	}
	if c, ok := d.gaz.Country(a); ok && strings.EqualFold(c.Capital, b) {
		return true
	}
	if c, ok := d.gaz.Country(b); ok && strings.EqualFold(c.Capital, a) {
		return true
	}
	return false
}

// twoCities reports two places that cannot hold each other: neither a
// building, a country or a body ("flew on to Tirana for the summit" on the
// day of the talks in Istanbul is not at them).
func (d *doc) twoCities(a, b string) bool {
	for _, p := range []string{a, b} {
		if p == "" || isBuilding(strings.ToLower(p)) {
			return false
		}
		if _, ok := d.gaz.Country(p); ok {
			return false
		}
		if _, ok := d.gaz.Organisation(p); ok {
			return false
		}
	}
	return !samePlace(a, b)
}

// strictlyAt reports a place named like the meeting's place or building
// ("Tirana" is not at "Dolmabahce Palace", though a city may hold a building).
func strictlyAt(place string, c *cluster) bool {
	lp := strings.ToLower(place)
	for _, q := range []string{c.place, c.building} {
		lq := strings.ToLower(q)
		if q != "" && (strings.Contains(lp, lq) || strings.Contains(lq, lp)) {
			return true
		}
	}
	return false
}

// samePlace reports whether two place names can be the same place ("Ciragan
// Palace" and "Istanbul" cannot be told apart; equal or nested names are).
func samePlace(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if strings.Contains(la, lb) || strings.Contains(lb, la) {
		return true
	}
	// a building can be inside a city: "the Hilton hotel" and "Barbados"
	return isBuilding(la) != isBuilding(lb)
}

// isBuilding reports a place that names a building or room rather than a
// city or country.
func isBuilding(place string) bool {
	for w := range strings.FieldsSeq(place) {
		switch w {
		case "hotel", "palace", "house", "residence", "embassy", "hall", "centre", "center", "building",
			"office", "room", "base", "headquarters", "villa", "castle", "ministry", "consulate", "airport",
			"mansion", "lodge", "resort", "complex", "chancellery", "kremlin", "élysée", "elysee", "quai",
			"palais", "palazzo", "stadium", "pavilion", "château", "chateau", "casa", "palacio", "quinta", "maison", "schloss", "dacha",
			"secretariat", "bhavan", "manor", "ranch":
			return true
		}
	}
	return false
}

// absDays is the number of days between two YYYY-MM-DD dates (a large
// number when either is not a day).
func absDays(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 1 << 20
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// ledeDate dates the article's main meeting, when no mention of it carries a
// date, with the day the first paragraph gives ("Trump said Thursday he had
// agreed with Xi ..." above "The two leaders met ... in Busan").
func (d *doc) ledeDate(cs []*cluster) {
	var main *cluster
	for _, c := range cs {
		if !c.future && (main == nil || c.first < main.first) {
			main = c
		}
	}
	if main == nil || main.hasDate || main.first > 2 || len(d.paras) == 0 {
		return
	}
	// the opening paragraphs before the meeting is first named ("Carney,
	// who sat to his left on Tuesday" in a scene before "his visit")
	for pi := 0; pi <= main.first && pi < len(d.paras); pi++ {
		toks := d.paras[pi].toks
		for k := range toks {
			if r, ok := dateAt(toks, k, len(toks), d.day, false); ok && !r.vague && r.day != "" {
				if isFuture(toks, 0, k, false) || sinceBefore(toks, 0, k) || k > 0 && toks[k-1].low == "last" {
					return
				}
				main.date, main.hasDate = r, true
				return
			}
		}
	}
	if !d.day.IsZero() && main.first <= 2 && clockIn(d.paras[main.first].toks) {
		// a pool report's "POTUS greeted President Dahl at the West Wing
		// portico at 11:58": the time of day of the day it was filed
		main.date, main.hasDate = day(d.day), true
		return
	}
	if main.first == 0 && !d.day.IsZero() && presentLede(d.paras[0].toks) {
		// "These are the latest developments as US and Ukrainian delegations
		// meet in Geneva": a live report of a meeting under way that day
		main.date, main.hasDate = day(d.day), true
	}
}

// clockIn reports a clock time with a colon in tokens: "11:58", "at 10:05
// a.m." (clockMark's colon; a point, "10.30", may be a decimal).
func clockIn(toks []token) bool {
	for e := range toks {
		if toks[e].text == ":" && clockMark(toks, e) {
			return true
		}
	}
	return false
}

// presentLede reports a lede that tells a meeting in the present tense:
// "as the delegations meet in Geneva", "Leaders are meeting in Rome",
// "Iran and the US hold talks in Muscat" (not "will meet", not "are due to
// meet").
func presentLede(toks []token) bool {
	for k, t := range toks {
		switch t.low {
		case "meet", "hold":
			if k == 0 || isFuture(toks, 0, k, true) || toks[k-1].low == "to" || modalWords[toks[k-1].low] || toks[k-1].low == "n't" || toks[k-1].low == "not" || toks[k-1].low == "did" || toks[k-1].low == "do" {
				continue
			}
			if t.low == "hold" && !(k+1 < len(toks) && (toks[k+1].low == "talks" || toks[k+1].low == "a" || toks[k+1].low == "their")) {
				continue
			}
			if toks[k-1].kind == kWord && !toks[k-1].cap && !strings.HasSuffix(toks[k-1].low, "s") && toks[k-1].low != "delegations" {
				continue // "they could meet", "to meet": only a plural subject right before
			}
			return true
		case "meeting":
			if k > 0 && (toks[k-1].low == "are" || toks[k-1].low == "is") && !isFuture(toks, 0, k, true) {
				return true
			}
		case "latest":
			// "These are the latest updates from the second round of talks in
			// Rome": a live page of the day's meeting
			if k+2 < len(toks) && (toks[k+1].low == "updates" || toks[k+1].low == "developments") && (toks[k+2].low == "from" || toks[k+2].low == "on" || toks[k+2].low == "at") {
				return true
			}
		}
	}
	return false
}

func entryNames(es []*personEntry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.name
	}
	return out
}

// placeFits reports whether a mention's place can be the meeting's: the same
// or nested places, but not a second, different building ("the Elysée" and
// then "the Quai d'Orsay" are two meetings in Paris).
// venueIn reports a place that may lie inside meeting c's: none, one that
// agrees with it, or a venue that is neither a country nor a capital ("El
// Laguito", "the Sheraton hotel").
func (d *doc) venueIn(place string, c *cluster) bool {
	if place == "" || d.placesAgree(place, c.place) || c.place == "" {
		return true
	}
	if _, ok := d.gaz.Country(place); ok {
		return false
	}
	return !d.gaz.IsCapital(place) || isBuilding(strings.ToLower(place))
}

// otherBuilding reports a building, place, that is not the one the
// meeting c was told at (c names a building of its own).
func otherBuilding(place string, c *cluster) bool {
	if place == "" || !isBuilding(strings.ToLower(place)) {
		return false
	}
	b := c.building
	if b == "" && isBuilding(strings.ToLower(c.place)) {
		b = c.place
	}
	return b != "" && !samePlace(place, b)
}

func placeFits(place string, c *cluster) bool {
	if place == "" {
		return true
	}
	if c.building != "" && isBuilding(strings.ToLower(place)) && !samePlace(place, c.building) {
		return false
	}
	return samePlace(place, c.place)
}

// outsidePeriod reports a month or a year, p, that a day, r, is not in.
func outsidePeriod(p, r dateRef) bool {
	if r.day == "" {
		return false
	}
	for _, pre := range []string{"m:", "y:"} {
		if v, ok := strings.CutPrefix(p.key, pre); ok {
			return !strings.HasPrefix(r.day, v)
		}
	}
	return false
}

// periodKey reports the key of a named month or year ("m:2022-03",
// "m:10", "y:2019").
func periodKey(key string) bool {
	return strings.HasPrefix(key, "m:") || strings.HasPrefix(key, "y:")
}

// periodDate reports a date that names a month, year or week rather than a
// day ("in May 2024", "last month").
func periodDate(r dateRef) bool {
	for _, p := range []string{"m:", "y:", "month:", "year:", "week:", "rel:"} {
		if strings.HasPrefix(r.key, p) {
			return true
		}
	}
	return false
}

// beganEarlier reports "the talks began on Monday" told of meeting c, dated
// one to three days before the day c was given.
func (d *doc) beganEarlier(tr *trigger, c *cluster) bool {
	if !tr.anaphoric || tr.future || tr.call != c.call || !c.hasDate || c.date.day == "" || tr.date.day == "" {
		return false
	}
	toks := d.paras[tr.pi].toks
	began := false
	for j := tr.ti + 1; j < tr.ce && j <= tr.ti+2; j++ {
		switch toks[j].low {
		case "began", "opened", "started", "kicked", "got":
			began = true
		}
	}
	if !began {
		return false
	}
	a, err1 := time.Parse(time.DateOnly, tr.date.day)
	b, err2 := time.Parse(time.DateOnly, c.date.day)
	if err1 != nil || err2 != nil {
		return false
	}
	gap := b.Sub(a).Hours() / 24
	return gap >= 1 && gap <= 3
}

// otherWeekday reports whether two dates are unresolved weekdays ("wd:1",
// in copy without a publication date) at least three days apart either
// way round the week: two days, so two meetings, as two resolved dates
// would be. Nearer weekdays may be one round told over several days
// ("on Friday and again on Saturday morning"; "after the Saturday
// meeting"), which a dated story would tell by its dates.
func otherWeekday(a, b dateRef) bool {
	x, okA := strings.CutPrefix(a.key, "wd:")
	y, okB := strings.CutPrefix(b.key, "wd:")
	if !okA || !okB || a.until != "" || b.until != "" {
		return false
	}
	i, errA := strconv.Atoi(x)
	j, errB := strconv.Atoi(y)
	if errA != nil || errB != nil {
		return false
	}
	d := (i - j + 7) % 7
	return min(d, 7-d) >= 3
}

// romanNumeral reports a regnal number written in Roman numerals ("III").
func romanNumeral(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return true
}

// koreanGiven reports a given name written as two syllables joined by a
// hyphen, the second in lower case ("Jae-myung", "Sung-lac"): Korean
// names put the family name before it.
func koreanGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && b[0] >= 'a' && b[0] <= 'z' && a[0] >= 'A' && a[0] <= 'Z'
}

// demonstrativeOfJustTold reports "That meeting", "Those talks" opening a
// sentence right after the sentence that first told current in the same
// paragraph: the meeting just told, whatever noun named it ("their summit
// in Anchorage ... That meeting").
func (d *doc) demonstrativeOfJustTold(tr *trigger, current *cluster) bool {
	toks := d.paras[tr.pi].toks
	if current == nil || current.future || current.first != tr.pi || current.bornSent >= tr.ss {
		return false
	}
	if tr.ti-2 >= tr.ss && attendedThat[toks[tr.ti-2].low] && (toks[tr.ti-1].low == "that" || toks[tr.ti-1].low == "this") {
		// "Fidan and Kalin also attended that meeting": the one just told,
		// though they were at an earlier one too
		return tr.kind == "meeting" || current.kinds[tr.kind] > 0
	}
	if tr.ti != tr.ss+1 {
		return false
	}
	switch toks[tr.ss].low {
	case "that", "those", "this":
	default:
		return false
	}
	return tr.kind == "meeting" || current.kinds[tr.kind] > 0
}

// presentOverlap counts the people of es that meeting c has present (not
// absent from it).
func presentOverlap(es []*personEntry, c *cluster) int {
	n := 0
	for _, e := range es {
		if c.hasAttendee(e) && !c.isAbsent(e) {
			n++
		}
	}
	return n
}

// patronymicShort gives the short form news copy uses for a name built
// on "bin" (son of): "Sheikh Tamim" for "Sheikh Tamim bin Hamad Al
// Thani", "Al Ansari" for "Majed bin Mohammed Al Ansari"; "" when the
// name has no such shape ("Mohammed bin Salman" keeps "bin Salman").
func patronymicShort(fs []string) string {
	b := slices.IndexFunc(fs, func(f string) bool { l := strings.ToLower(f); return l == "bin" || l == "ibn" || l == "bint" })
	if b < 1 {
		return ""
	}
	if b >= 2 && nameStyles[strings.ToLower(fs[0])] {
		return fs[0] + " " + fs[1]
	}
	for i := len(fs) - 2; i > b; i-- {
		if fs[i] == "Al" || fs[i] == "Al-" {
			return strings.Join(fs[i:], " ")
		}
	}
	return ""
}

// attendedThat are verbs of attending whose object "that meeting" points
// at the meeting just told.
var attendedThat = set(`attended attend joined join`)
