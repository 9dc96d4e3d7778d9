package corpus

import (
	"sort"
	"strings"
	"time"
)

// trigger is one mention of a meeting in the article's frame text.
type trigger struct {
	pi, ti  int
	cs, ce  int // its clause
	kind    string
	verb    bool
	future  bool
	call    bool
	date    dateRef
	hasDate bool
	place   string
	people  []*personEntry
	// anaphoric mentions ("the talks", "that meeting", "Monday's
	// meeting") refer to a meeting already reported
	anaphoric bool
	weakDate  bool     // the date was said elsewhere in the sentence
	remote    bool     // "joined by phone": someone's remote part in another meeting
	c         *cluster // where it was filed
}

// cluster is one meeting: every trigger and cue that refers to it.
type cluster struct {
	kinds    map[string]int
	date     dateRef
	hasDate  bool
	place    string
	future   bool
	call     bool
	att      []*personEntry
	absent   []absentEntry
	paras    []int
	first    int
	last     int      // latest paragraph that mentions it
	weak     bool     // its date was only inherited from another clause
	during   *cluster // a call made during this meeting ("during the visit")
	distinct bool     // begun by "X met Y": not to be folded into the main meeting blindly
	building string   // the building it was in, when told ("the Elysée Palace")
}

type absentEntry struct {
	e    *personEntry
	note string
}

// meetingNouns map the nouns that name a meeting to its kind.
var meetingNouns = map[string]string{
	"meeting": "meeting", "meetings": "meeting", "summit": "summit", "summits": "summit",
	"talks": "talks", "negotiations": "talks", "discussions": "talks", "consultations": "talks",
	"sit-down": "meeting", "conference": "conference", "session": "meeting", "encounter": "meeting",
	"tete-a-tete": "meeting", "face-to-face": "meeting", "gathering": "meeting",
	"ceremony": "meeting", "signing": "meeting", "videoconference": "call", "video-conference": "call",
	"lunch": "meeting", "dinner": "meeting", "breakfast": "meeting", "luncheon": "meeting",
}

// meetingVerbs are verbs whose subject and object meet.
var meetingVerbs = set(`met meet meets hosted host hosts hosting welcomed welcomes welcoming received receives
	sat talked huddled conferred gathered convened assembled`)

// futureCues before a meeting mention mark it as planned, not held.
var futureCues = set(`will would could might may shall 'll planned plans planning proposed propose
	possible potential future next upcoming expected expect prospective arrangements arranging arrange
	hoped-for proposal possibility prospect eventual hopes hope want wants wanted seek seeks seeking
	ready willing invited invite invites invitation offer offered agreed agree agrees suggest
	suggested consider considering schedule scheduled mooted floated toward towards agreeing`)

// clauseBreak words end the clause a meeting mention belongs to.
var clauseBreak = set(`after before while when whereas which where but because although though until
	since who whom whose ahead following unlike`)

// meetings finds the meetings the article reports.
func (d *doc) meetings() []Meeting {
	var clusters []*cluster
	var current *cluster
	for pi := range d.paras {
		p := &d.paras[pi]
		for _, sent := range p.sents {
			d.current = current
			trs := d.triggers(pi, sent[0], sent[1])
			d.shareDates(p.toks, sent[0], sent[1], trs)
			var here *cluster
			for i := range trs {
				if trs[i].remote {
					continue
				}
				c := d.assign(&clusters, &trs[i], current)
				if c == nil {
					continue
				}
				c.addParagraph(pi)
				if !c.future && here == nil {
					here = c
				}
			}
			target := here
			if target == nil {
				target = current
			}
			// a call "during the visit" / "at the summit" is part of that meeting
			for i := range trs {
				if trs[i].call && trs[i].c != nil && current != nil && duringSentence(p.toks, sent[0], trs[i].ti) {
					trs[i].c.during = current
				}
			}
			if target == nil && len(trs) == 0 && hasJoinedBy(p.toks, sent[0], sent[1]) {
				// "Negotiators were joined in Istanbul on Friday by Fidan": a
				// meeting told only through who joined it
				tr := trigger{pi: pi, ti: sent[0], cs: sent[0], ce: sent[1], kind: "meeting"}
				tr.date, tr.hasDate = findDate(p.toks, sent[0], sent[1], d.day, false)
				tr.place = d.placeIn(pi, tr)
				target = d.assign(&clusters, &tr, nil)
				target.addParagraph(pi)
				current = target
			}
			d.sentenceCues(pi, sent[0], sent[1], trs, target)
			if here != nil {
				current = here
			}
			d.current = current
		}
	}
	clusters = d.mergeClusters(clusters)
	d.ledeDate(clusters)
	return d.render(clusters)
}

// triggers finds the meeting mentions of a sentence with their clause,
// date, place and participants.
func (d *doc) triggers(pi, s, e int) []trigger {
	toks := d.paras[pi].toks
	var out []trigger
	for k := s; k < e; k++ {
		t := toks[k]
		if t.kind != kWord || t.cap && k != s {
			continue
		}
		tr := trigger{pi: pi, ti: k}
		switch {
		case meetingNouns[t.low] != "":
			if t.low == "meeting" && k+1 < e && (toks[k+1].low == "with" || toks[k+1].cap) && !isDeterminer(prevLow(toks, k)) && prevLow(toks, k) != "'s" && prevLow(toks, k) != "his" && prevLow(toks, k) != "her" && prevLow(toks, k) != "their" {
				tr.verb, tr.kind = true, "meeting" // "after meeting Putin"
			} else {
				tr.kind = meetingNouns[t.low]
			}
		case t.low == "round" && k+2 < e && toks[k+1].low == "of" && meetingNouns[toks[k+2].low] != "":
			tr.kind = "talks"
			k += 2
		case (t.low == "round" || t.low == "rounds") && k > s && roundWords[toks[k-1].low]:
			tr.kind = "talks"
		case (t.low == "spoke" || t.low == "speaks" || t.low == "speaking" || t.low == "spoken") && k+1 < e && spokeWith(toks, k+1, e):
			tr.verb, tr.kind = true, "talks"
		case t.low == "signed" && k+1 < e && toks[k+1].low == "by" && k > s && signsAgreement(toks, max(s, k-3), k):
			// "a peace agreement signed by the two foreign ministers"
			tr.verb, tr.kind = true, "meeting"
		case t.low == "spent" && spentWith(toks, k+1, e):
			tr.verb, tr.kind = true, "talks"
		case (t.low == "signed" || t.low == "sign" || t.low == "signs") && signsAgreement(toks, k+1, e):
			tr.verb, tr.kind = true, "meeting"
		case meetingVerbs[t.low]:
			if (t.low == "sat") && !(k+2 < e && toks[k+1].low == "down") {
				continue
			}
			tr.verb, tr.kind = true, "meeting"
		case (t.low == "video" || t.low == "conference") && k+1 < e && toks[k+1].low == "call":
			tr.kind, tr.call = "call", true
			k++
		case t.low == "phone" || t.low == "telephone" || t.low == "phoned" || t.low == "videoconference" ||
			(t.low == "call" || t.low == "calls") && k+1 < e && (toks[k+1].low == "with" || toks[k+1].low == "between") && prevLow(toks, k) != "to":
			tr.kind, tr.call = "call", true
			if t.low == "phone" && k+1 < e && toks[k+1].low == "call" {
				k++
			}
		default:
			continue
		}
		if tr.verb && !tr.call {
			// "Rubio and Lavrov talked by phone": a call
			for j := k + 1; j < e && j <= k+3; j++ {
				if toks[j].low == "phone" || toks[j].low == "telephone" || toks[j].low == "video" {
					tr.call, tr.kind = true, "call"
				}
			}
		}
		tr.cs, tr.ce = clauseAround(toks, s, e, tr.ti)
		tr.future = isFuture(toks, tr.cs, tr.ti, tr.verb)
		tr.date, tr.hasDate = d.triggerDate(toks, tr)
		tr.place = d.placeIn(pi, tr)
		tr.people = d.triggerPeople(pi, s, &tr)
		if tr.verb && !tr.hasDate && (toks[s].low == "before" || toks[s].low == "ahead" || toks[s].low == "after") && len(tr.people) >= 2 {
			// "Before the talks, Araghchi met Tajani": an event of its own
			tr.date, tr.hasDate = dateRef{key: "rel:" + toks[s].low + ":" + strings.Join(entryNames(tr.people), "+"), vague: true}, true
		}
		tr.anaphoric = !tr.verb && isAnaphoric(toks, tr.cs, tr.ti)
		out = append(out, tr)
	}
	return out
}

func prevLow(toks []token, k int) string {
	if k == 0 {
		return ""
	}
	return toks[k-1].low
}

// clauseAround returns the clause of sentence [s, e) holding token k.
func clauseAround(toks []token, s, e, k int) (int, int) {
	cs, ce := s, e
	for i := k - 1; i >= s; i-- {
		if isClauseBreak(toks, i) {
			cs = i
			break
		}
	}
	for i := k + 1; i < e; i++ {
		if isClauseBreak(toks, i) {
			ce = i
			break
		}
	}
	return cs, ce
}

func isClauseBreak(toks []token, i int) bool {
	t := toks[i]
	if t.kind == kPunct {
		return t.text == ";" || t.text == "—" || t.text == "–" || t.text == "(" || t.text == ")"
	}
	if t.kind == kQuote {
		return true
	}
	return clauseBreak[t.low] && !(t.low == "following" && i > 0 && toks[i-1].low == "the")
}

// isFuture reports whether the meeting mention at token k is planned or
// hypothetical: a future cue shortly before it in its clause.
func isFuture(toks []token, cs, k int, verb bool) bool {
	from := k - 4
	if from < cs {
		from = cs
	}
	for i := from; i < k; i++ {
		if futureCues[toks[i].low] {
			return true
		}
	}
	if verb && k > cs && toks[k-1].low == "to" {
		// "had flown to Ankara to meet Erdogan": a purpose, not a plan
		for i := k - 2; i >= cs && i >= k-6; i-- {
			if motionVerbs[toks[i].low] {
				return false
			}
		}
		return true
	}
	return false
}

// bodyWords name bodies, not places.
var bodyWords = set(`council committee commission assembly union organization organisation group alliance
	forum conference coalition party bank fund agency ministry department board court tribunal
	cabinet parliament congress senate`)

// motionVerbs in the past make "to meet" the purpose of a trip that
// happened.
var motionVerbs = set(`flew flown travelled traveled came went arrived returned headed visited sailed drove
	moved move moves`)

// triggerDate finds the date of a meeting mention: a weekday or date
// right before it ("Monday's talks", "Friday's Putin meeting") or anywhere
// in its clause.
func (d *doc) triggerDate(toks []token, tr trigger) (dateRef, bool) {
	from := tr.ti - 4
	if from < tr.cs {
		from = tr.cs
	}
	if r, ok := findDate(toks, from, tr.ti, d.day, tr.future); ok {
		return r, true
	}
	return findDate(toks, tr.cs, tr.ce, d.day, tr.future)
}

// notPlaceBefore are nouns after which "in X" names where something
// happens other than the meeting ("the war in Ukraine").
var notPlaceBefore = set(`war invasion conflict fighting peace ceasefire crisis troops forces presence
	interests territory aggression security situation attack attacks offensive aid soldiers people
	region regions cities city land lands occupation`)

// placeIn finds where a meeting took place: "at the White House", "in
// Geneva", "the Alaska summit", "a U.S. military base in Alaska".
func (d *doc) placeIn(pi int, tr trigger) string {
	toks := d.paras[pi].toks
	place := ""
	// a capitalised modifier right before the noun: "the White House meetings"
	if !tr.verb {
		k := tr.ti
		for k-1 >= tr.cs && toks[k-1].cap && toks[k-1].kind == kWord && !isDay(toks[k-1].low) && !functionWords[toks[k-1].low] {
			k--
		}
		if k < tr.ti {
			if pl := d.placeName(pi, k, tr.ti); pl != "" {
				place = pl
			}
		}
	}
	for k := tr.cs; k < tr.ce; k++ {
		t := toks[k]
		if k > tr.ti && (t.low == "to" && k+1 < tr.ce && !toks[k+1].cap && !isDeterminer(toks[k+1].low) || isSpeech(t)) {
			break // "to press for an agreement reached in Ohrid": another matter
		}
		if t.low != "in" && t.low != "at" && !(t.low == "to" && k > 0 && motionVerbs[toks[k-1].low]) {
			continue
		}
		if k > 0 && notPlaceBefore[toks[k-1].low] {
			continue
		}
		a := k + 1
		for a < tr.ce && (isDeterminer(toks[a].low) && !toks[a].cap || toks[a].kind == kWord && !toks[a].cap && roleMods[toks[a].low]) {
			a++
		}
		b := a
		for b < tr.ce && toks[b].kind == kWord && (toks[b].cap || nameParticles[toks[b].low] && b > a) {
			b++
		}
		if b > a && b < tr.ce && isBuilding(toks[b].low) {
			b++ // "the Hilton hotel"
		}
		if b > a {
			if pl := d.placeName(pi, a, b); pl != "" {
				place = pl // the last, most specific place wins
			}
		}
	}
	return place
}

// placeName accepts tokens [a, b) as a place: not a person, date,
// nationality or organisation acting as a speaker.
func (d *doc) placeName(pi, a, b int) string {
	p := &d.paras[pi]
	for _, m := range p.ments {
		if m.kind == mPerson && m.start < b && m.end > a {
			return ""
		}
	}
	for k := a; k < b; k++ {
		if isDay(p.toks[k].low) || isMonth(p.toks[k].low) {
			return ""
		}
	}
	if b-a == 1 && (nationalities[p.toks[a].low] || strings.ToUpper(p.toks[a].text) == p.toks[a].text && len(p.toks[a].text) > 1) {
		return ""
	}
	name := joinTokens(p.toks, a, b)
	if _, ok := d.gaz.Organisation(name); ok {
		return ""
	}
	for k := a; k < b; k++ {
		if bodyWords[p.toks[k].low] {
			return "" // "the General Council meeting": a body, not a place
		}
	}
	return name
}

// triggerPeople finds who takes part according to the mention itself.
func (d *doc) triggerPeople(pi, s int, tr *trigger) []*personEntry {
	toks := d.paras[pi].toks
	var out []*personEntry
	k := tr.ti
	if tr.verb {
		out = append(out, d.subjectList(pi, k, tr.cs, s)...)
		a := k + 1
		if toks[k].low == "spent" {
			for a < tr.ce && toks[a].low != "with" {
				a++
			}
		}
		for a < tr.ce && (toks[a].low == "with" || toks[a].low == "down" || toks[a].low == "by" || isDay(toks[a].low) || verbAdverbs[toks[a].low] || isLyAdverb(toks[a]) || toks[a].low == "on") {
			a++
		}
		obj, _ := d.parseList(pi, a, tr.ce)
		if len(obj) == 0 && objectVerbs[toks[k].low] {
			// "welcomed the deal", "received a letter": no one was met
			tr.remote = true
			return nil
		}
		return dedupe(append(out, obj...))
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
		if m, ok := d.mentionAt(pi, j); ok && m.kind == mPerson {
			out = append(out, m.p)
			j = m.start
			continue
		}
		if isDeterminer(t.low) || t.low == "their" || t.low == "its" || !modifierWord(t) {
			break
		}
	}
	if tr.call {
		// "speaking by phone with Putin", "Macron and Zelenskiy spoke with
		// Trump by phone", "held a phone call with": both sides take part
		for j := k - 1; j >= tr.cs && j >= k-8; j-- {
			if talkVerbs[toks[j].low] {
				out = append(out, d.subjectList(pi, j, tr.cs, s)...)
				for a := j + 1; a < tr.ce && a < j+4; a++ {
					if toks[a].low == "with" || toks[a].low == "to" {
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
		}
		if len(out) == 0 && (toks[s].low == "in" || toks[s].low == "during") && tr.ti < s+6 {
			// "In a phone call with Putin on Tuesday, Trump said ...": the
			// sentence's subject is the other side
			out = append(out, d.mainSubjectList(pi, s, tr)...)
		}
	}
	// "with X and Y", "between X and Y" shortly after the noun
	meal := toks[k].low == "dinner" || toks[k].low == "lunch" || toks[k].low == "breakfast" || toks[k].low == "reception"
	for a := k + 1; a < tr.ce && a <= k+6; a++ {
		if toks[a].low == "with" || toks[a].low == "between" || toks[a].low == "by" && a == k+1 || meal && toks[a].low == "for" && a == k+1 {
			obj, _ := d.parseList(pi, a+1, tr.ce)
			out = append(out, obj...)
			break
		}
		if toks[a].kind != kWord {
			break
		}
	}
	// "for talks with", "during the talks", "at the start of Monday's
	// meeting", "after a trilateral meeting": the sentence's subject takes part
	if !tr.call && !negatedBefore(toks, tr.cs, k) {
		if anchor := anchorBefore(toks, tr.cs, k); anchor != "" {
			if anchor != "after" && anchor != "following" || len(out) == 0 && !tr.anaphoric {
				if tr.cs > s && isClauseBreak(toks, tr.cs) && toks[tr.cs].low != anchor {
					// "..., but the Ukrainian president joined the talks"
					sub, _ := d.parseList(pi, tr.cs+1, k)
					out = append(out, sub...)
				} else {
					out = append(out, d.mainSubjectList(pi, s, tr)...)
				}
			}
		}
	}
	// the subject of "held talks", "hosted a summit", "attended the meeting"
	j := k - 1
	for j >= tr.cs && toks[j].kind == kWord && !holdVerbs[toks[j].low] && modifierWord(toks[j]) {
		j--
	}
	if j > tr.cs && (toks[j].low == "over" || toks[j].low == "at") && holdVerbs[toks[j-1].low] {
		j-- // "presided over the signing"
	}
	if j >= tr.cs && holdVerbs[toks[j].low] && !negatedBefore(toks, tr.cs, j) {
		out = append(out, d.subjectList(pi, j, tr.cs, s)...)
	}
	return dedupe(out)
}

// roundWords before "round" make it a round of talks ("the first round").
var roundWords = set(`first second third fourth fifth sixth seventh eighth ninth tenth latest previous
	last new next final opening fresh another this that`)

// objectVerbs are meeting verbs only when their object is someone.
var objectVerbs = set(`welcomed welcomes welcoming received receives receiving hosted host hosts hosting`)

// talkVerbs make a phone call a conversation between their subject and
// object; joinVerbs make it someone's remote part in a meeting.
var talkVerbs = set(`spoke speaking speaks talked talking talks held holding had having called calling
	phoned phoning`)
var joinVerbs = set(`joined joining joins participated participating attended attending took taking
	dialled dialed listened`)

// holdVerbs take a meeting as their object; their subject takes part.
var holdVerbs = set(`mediated brokered facilitated moderated organised organized co-chaired co-hosted
	presided chaired told addressed briefed held hold holds holding hosted host hosts attended attend attends attending joined
	join joins chaired chair chairs convened convene had has have wrapped concluded began opened
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
	if !tr.future {
		if tr.weakDate {
			// an inherited date is a hint: match as an undated mention first
			strong := *tr
			strong.hasDate = false
			c = d.findCluster(*clusters, &strong, current)
		}
		if c == nil {
			c = d.findCluster(*clusters, tr, current)
		}
	}
	if c == nil {
		c = &cluster{kinds: map[string]int{}, future: tr.future, call: tr.call, first: tr.pi}
		c.distinct = tr.verb && len(tr.people) >= 2 // "X met Y": a meeting of its own
		*clusters = append(*clusters, c)
	}
	tr.c = c
	c.kinds[tr.kind]++
	c.last = tr.pi
	if tr.hasDate && (!c.hasDate || c.weak && !tr.weakDate) {
		c.date, c.hasDate, c.weak = tr.date, true, tr.weakDate
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
	c.addAttendees(tr.people...)
	return c
}

func (d *doc) findCluster(clusters []*cluster, tr *trigger, current *cluster) *cluster {
	for _, c := range clusters {
		if c.future || c.call != tr.call {
			continue
		}
		if tr.hasDate {
			if c.hasDate && c.date.key == tr.date.key && (samePlace(tr.place, c.place) || tr.anaphoric) {
				return c
			}
			continue
		}
		if tr.place != "" && (strings.EqualFold(c.place, tr.place) || strings.EqualFold(c.building, tr.place)) {
			return c
		}
	}
	if tr.hasDate {
		return nil
	}
	var best *cluster
	bestN := 0
	for _, c := range clusters {
		if c.future || c.call != tr.call {
			continue
		}
		if n := overlap(tr.people, c.att); n > bestN && n >= 2 {
			best, bestN = c, n
		}
	}
	if best != nil {
		return best
	}
	// "the summit" after a summit and a later side meeting: the latest
	// meeting of that kind
	if tr.anaphoric && !tr.verb && len(tr.people) == 0 {
		var best *cluster
		for _, c := range clusters {
			if c.future || c.call != tr.call || c.kinds[tr.kind] == 0 || tr.pi-c.last > 6 {
				continue
			}
			if best == nil || c.last > best.last {
				best = c
			}
		}
		if best != nil && (current == nil || current.kinds[tr.kind] == 0) {
			return best
		}
	}
	// an undated mention right after a meeting was reported is about it,
	// unless it names another place or other people
	if current != nil && current.call == tr.call && (tr.pi-current.last <= 1 || tr.anaphoric && tr.pi-current.last <= 6) &&
		(placeFits(tr.place, current) || tr.anaphoric) &&
		(len(tr.people) == 0 || len(current.att) == 0 || overlap(tr.people, current.att) > 0 && !(tr.verb && len(tr.people) >= 2) ||
			overlap(tr.people, current.att) == len(tr.people) || tr.anaphoric) {
		// "Before the talks, Araghchi met Tajani": a meeting of its own when it
		// names people the current one does not have
		return current
	}
	return nil
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
		if u.hasDate && !u.weak {
			continue
		}
		var best *cluster
		bestN := 0
		for _, c := range out {
			if c == u || !c.hasDate || c.weak || merged[c] || c.call != u.call {
				continue
			}
			if u.hasDate && absDays(u.date.day, c.date.day) > 1 {
				continue
			}
			n := overlap(u.att, c.att)
			if u.place != "" && strings.EqualFold(u.place, c.place) {
				n += 2
			}
			if n > bestN && (n >= 2 || n == len(u.att) && n > 0) {
				best, bestN = c, n
			}
		}
		if best == nil {
			// an article about one dated meeting: its undated mentions are
			// about it unless they name another place
			var only *cluster
			count := 0
			for _, c := range out {
				if c.hasDate && !c.weak && !c.date.vague && c.date.day != "" && !c.call && !merged[c] {
					only = c
					count++
				}
			}
			if count == 1 && !u.call && placeFits(u.place, only) && placeFits(u.building, only) && (!u.hasDate || absDays(u.date.day, only.date.day) <= 1) &&
				(!u.distinct || len(u.att)-overlap(u.att, only.att) <= 1 && overlap(u.att, only.att) >= 1) {
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
			if !m.call && m.hasDate && c.hasDate && m.date.key == c.date.key && (overlap(m.att, c.att) > 0 || len(c.att) == 1) {
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
func (d *doc) render(cs []*cluster) []Meeting {
	var out []Meeting
	for _, c := range cs {
		absent := map[*personEntry]bool{}
		for _, a := range c.absent {
			absent[a.e] = true
		}
		var att []Person
		for _, e := range c.att {
			if absent[e] {
				continue
			}
			att = append(att, Person{Name: e.name, Role: d.entryWho(e).role})
		}
		if len(att) < 2 && !(len(att) == 1 && len(c.absent) > 0) {
			continue
		}
		m := Meeting{Summary: c.summary(att), Date: c.date.day, Place: c.place, Attendees: att, Absent: []Absence{}}
		for _, a := range c.absent {
			m.Absent = append(m.Absent, Absence{Name: a.e.name, Note: a.note})
		}
		sort.Ints(c.paras)
		m.Paragraphs = c.paras
		out = append(out, m)
	}
	return out
}

// summary is a short handle for the meeting: "White House meeting",
// "Alaska summit", "Trump–Putin call".
func (c *cluster) summary(att []Person) string {
	kind, best := "meeting", 0
	for _, k := range []string{"summit", "talks", "conference", "call", "meeting"} {
		if n := c.kinds[k]; n > best || k == "summit" && n > 0 {
			kind, best = k, n
			if k == "summit" {
				break
			}
		}
	}
	if c.place != "" {
		return c.place + " " + kind
	}
	if len(att) >= 2 && len(att) <= 3 {
		var names []string
		for _, a := range att {
			f := strings.Fields(a.Name)
			names = append(names, f[len(f)-1])
		}
		return strings.Join(names, "–") + " " + kind
	}
	return kind
}

// isAnaphoric reports whether the meeting noun at token k is definite:
// "the talks", "that meeting", "Monday's meeting", "his meeting".
func isAnaphoric(toks []token, cs, k int) bool {
	for j := k - 1; j >= cs && j >= k-4; j-- {
		switch toks[j].low {
		case "the", "that", "this", "these", "those", "'s", "his", "her", "their", "its", "same":
			return true
		case "a", "an", "such", "any", "direct", "new", "another", "other", "more", "further":
			return false
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// distanceWords between two events say they are at different times
// ("days after Trump hosted Putin").
var distanceWords = set(`days weeks months years hours day week month year decades earlier later last
	previous ago`)

// shareDates gives an undated meeting mention a date said elsewhere in its
// sentence ("spoke by phone with Putin on Monday before hosting Zelensky",
// "shook hands on Friday after a trilateral meeting"), unless the sentence
// puts a distance between them ("days after") or the date belongs to a
// planned meeting.
func (d *doc) shareDates(toks []token, s, e int, trs []trigger) {
	for i := range trs {
		tr := &trs[i]
		if tr.hasDate || tr.future {
			continue
		}
		for k := s; k < e; k++ {
			r, ok := dateAt(toks, k, e, d.day, false)
			if !ok || r.vague && !strings.HasPrefix(r.key, "y:") && !strings.HasPrefix(r.key, "m:") {
				continue
			}
			future := false
			for j := range trs {
				if trs[j].future && k >= trs[j].cs && k < trs[j].ce {
					future = true
				}
			}
			if future {
				continue
			}
			lo, hi := tr.ti, k
			if lo > hi {
				lo, hi = hi, lo
			}
			apart := false
			for x := lo; x < hi; x++ {
				if distanceWords[toks[x].low] {
					apart = true
				}
			}
			if !apart {
				r.pos = k
				tr.date, tr.hasDate, tr.weakDate = r, true, true
				break
			}
		}
	}
}

// spokeWith reports "spoke with Putin", "spoke directly": talks, not a
// phone call or a word to reporters.
func spokeWith(toks []token, k, e int) bool {
	if toks[k].low == "for" {
		// "spoke for nearly three hours"
		for j := k + 1; j < e && j <= k+4; j++ {
			if toks[j].low == "hours" || toks[j].low == "hour" || toks[j].low == "minutes" {
				return true
			}
		}
		return false
	}
	if isLyAdverb(toks[k]) && k+1 < e && toks[k+1].low == "with" {
		k++ // "spoke briefly with Macron"
	}
	if toks[k].low == "on" && k+2 < e && isDay(toks[k+1].low) {
		k += 2 // "had spoken on Friday with Munir"
	}
	switch toks[k].low {
	case "with", "directly", "face-to-face", "privately", "one-on-one", "separately":
	default:
		return false
	}
	for j := k; j < e && j < k+5; j++ {
		switch toks[j].low {
		case "phone", "telephone", "video", "reporters", "journalists", "media", "press":
			return false
		}
	}
	return true
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
	for _, w := range strings.Fields(place) {
		switch w {
		case "hotel", "palace", "house", "residence", "embassy", "hall", "centre", "center", "building",
			"office", "room", "base", "headquarters", "villa", "castle", "ministry", "consulate", "airport",
			"mansion", "lodge", "resort", "complex", "chancellery", "kremlin", "élysée", "elysee", "quai":
			return true
		}
	}
	return false
}

// partOf are nouns of "at the start of the meeting".
var partOf = set(`start end sidelines margins margin beginning conclusion opening close outset course
	middle height wake`)

// anchorBefore returns the preposition that governs the meeting noun at k
// ("for", "during", "at", "in", "after", "following"), or "".
func anchorBefore(toks []token, cs, k int) string {
	j := k - 1
	for j >= cs {
		t := toks[j]
		if t.kind != kWord {
			return ""
		}
		if t.low == "of" && j-1 >= cs && partOf[toks[j-1].low] {
			j -= 2
			continue
		}
		if modifierWord(t) {
			j--
			continue
		}
		switch t.low {
		case "for", "during", "at", "after", "following":
			return t.low
		case "from":
			// "emerged from two days of talks", "returned from the summit"
			if j > cs {
				switch toks[j-1].low {
				case "emerged", "returned", "back", "fresh", "home":
					return "during"
				}
			}
		}
		return ""
	}
	return ""
}

// mainSubjectList returns the people a sentence opens with, after an
// introductory phrase: "At the start of the meeting, the German and French
// leaders praised ...".
func (d *doc) mainSubjectList(pi, s int, tr *trigger) []*personEntry {
	toks := d.paras[pi].toks
	_, e := d.paras[pi].sentenceOf(s)
	start := s
	if introWords[toks[s].low] || prepositions[toks[s].low] || toks[s].low == "at" {
		for k := s; k < e; k++ {
			if toks[k].text == "," {
				start = k + 1
				break
			}
		}
		if start == s {
			return nil
		}
	}
	if start >= tr.ti && start <= tr.ce && tr.ti > s {
		// the list would be the meeting phrase itself
		if start == tr.ti {
			return nil
		}
	}
	out, _ := d.parseList(pi, start, e)
	return out
}

func nearParagraphs(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x-y <= 1 && y-x <= 1 {
				return true
			}
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

// modifierWord reports words that can stand between a preposition or verb
// and a meeting noun: "a virtual gathering", "Monday's hastily assembled
// meeting", "their first round".
func modifierWord(t token) bool {
	if prepositions[t.low] || functionWords[t.low] && !isDeterminer(t.low) && t.low != "his" && t.low != "her" && t.low != "their" && t.low != "its" {
		return false
	}
	return isDeterminer(t.low) || t.low == "'s" || t.low == "'" || t.cap || numberWords[t.low] || t.low == "his" ||
		t.low == "her" || t.low == "their" || t.low == "its" ||
		!functionWords[t.low] && !prepositions[t.low] && !speechVerbs[t.low] && !holdVerbs[t.low] &&
			!meetingVerbs[t.low] && !verbAdverbs[t.low]
}

// negatedBefore reports a negation in the clause before token k ("did not
// take part in the talks").
func negatedBefore(toks []token, cs, k int) bool {
	for j := cs; j < k; j++ {
		switch toks[j].low {
		case "not", "n't", "never", "without", "no", "neither", "nor":
			return true
		}
	}
	return false
}

// duringSentence reports a sentence that places what follows during a
// meeting already reported: "During the visit, ...", "While the talks went
// on, ...".
func duringSentence(toks []token, s, k int) bool {
	for j := s; j < k && j < s+3; j++ {
		switch toks[j].low {
		case "during", "while", "meanwhile", "midway":
			return true
		}
	}
	return false
}

// signsAgreement reports "signed an agreement", "signed a set of accords":
// a signing where the signatories meet.
func signsAgreement(toks []token, k, e int) bool {
	for j := k; j < e && j < k+6; j++ {
		switch toks[j].low {
		case "agreement", "agreements", "accord", "accords", "deal", "declaration", "treaty", "pact",
			"memorandum", "communique", "communiqué", "ceasefire", "truce", "protocol", "framework":
			return true
		}
	}
	return false
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
	if main == nil || main.hasDate || main.first > 1 || len(d.paras) == 0 {
		return
	}
	toks := d.paras[0].toks
	for k := range toks {
		if r, ok := dateAt(toks, k, len(toks), d.day, false); ok && !r.vague && r.day != "" {
			if isFuture(toks, 0, k, false) {
				return
			}
			main.date, main.hasDate = r, true
			return
		}
	}
}

// spentWith reports "spent nearly four hours with Araghchi".
func spentWith(toks []token, k, e int) bool {
	for j := k; j < e && j < k+6; j++ {
		if toks[j].low == "with" {
			return j > k
		}
		if toks[j].kind != kWord {
			return false
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

// hasJoinedBy reports "were joined ... by" in tokens [s, e).
func hasJoinedBy(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].low == "joined" && k > s && (toks[k-1].low == "were" || toks[k-1].low == "was") {
			for j := k + 1; j < e && j <= k+6; j++ {
				if toks[j].low == "by" {
					return true
				}
			}
		}
	}
	return false
}

// placeFits reports whether a mention's place can be the meeting's: the same
// or nested places, but not a second, different building ("the Elysée" and
// then "the Quai d'Orsay" are two meetings in Paris).
func placeFits(place string, c *cluster) bool {
	if place == "" {
		return true
	}
	if c.building != "" && isBuilding(strings.ToLower(place)) && !samePlace(place, c.building) {
		return false
	}
	return samePlace(place, c.place)
}
