package corpus

import (
	"slices"
	"strings"
)

// Encounters told by verbs outside the meeting lexicon: "the emir brought
// Tshisekedi and Kagame together in Doha", "Abiy flew to Asmara and
// embraced Isaias", "Zelenskyy had his own hour with Trump", "the draft was
// delivered to Zelensky in Kyiv by Driscoll", "Gargash, who handed it to
// Araghchi".

// handedNouns are things handed over in person.
var handedNouns = set(`letter letters message messages draft text invitation note proposal proposals plan
	copy document documents memorandum reply response list`)

// handVerbs hand something over.
var handVerbs = set(`delivered handed`)

// encounterVerb reports a verb at k that tells two or more people met,
// though it is no meeting verb: "brought X and Y together", "embraced X",
// "had an hour with X", "delivered the letter to X", "handed it to X".
func (d *doc) encounterVerb(pi, s, k, e int) bool {
	toks := d.paras[pi].toks
	switch toks[k].low {
	case "brought", "brings":
		// "brought Tshisekedi and Kagame together"
		ps, end := d.parseList(pi, k+1, e)
		if len(ps) >= 2 && (end < e && toks[end].low == "together" || end-1 > k && toks[end-1].low == "together") {
			return true
		}
		// "brought Biden and Harris together in the Oval Office with the
		// four congressional leaders: A; B; and C": the list read on past
		// "together" into the ones after "with"
		j := togetherAt(toks, k, e)
		if j < 0 || j+1 < e && toks[j+1].low == "with" {
			return false // ("brought A and B together with C": the cue's, cues.go)
		}
		ps, end = d.parseList(pi, k+1, j)
		return len(ps) >= 2 && end == j // (not "brought A, B and C to Oslo together": the meeting told before)
	case "embraced", "hugged":
		return k > s && d.namesPeopleAt(pi, k+1, e)
	case "co-chaired", "co-hosted":
		// "X and his counterpart Y co-chaired the joint commission"
		return k > s && len(d.subjectList(pi, k, s, s)) >= 2
	case "had":
		// "had his own hour with Trump", "had an hour with Trump"
		j := k + 1
		for j < e && j <= k+3 && (isDeterminer(toks[j].low) || toks[j].low == "his" || toks[j].low == "her" || toks[j].low == "their" || toks[j].low == "own") {
			j++
		}
		return j+2 < e && (toks[j].low == "hour" || toks[j].low == "hours" || toks[j].low == "minutes") && toks[j+1].low == "with" && d.namesPeopleAt(pi, j+2, e)
	}
	if !toks[k].in(lxHand, handVerbs) || k == s {
		return false
	}
	return handedTo(toks, s, k, e) > 0 && d.namesPeopleAt(pi, handedTo(toks, s, k, e), e)
}

// togetherAt returns the "together" that closes "brought X and Y
// together" at verb k: the first one in the clause [k+1, e) within twenty
// tokens and before any semicolon or colon; -1 when there is none.
func togetherAt(toks []token, k, e int) int {
	for j := k + 1; j < e && j <= k+20; j++ {
		switch toks[j].text {
		case ";", ":":
			return -1
		}
		if toks[j].low == "together" {
			return j
		}
	}
	return -1
}

// withAfterTogether returns the token after the "with" that follows the
// "together" at j, past a short place or time phrase ("together in the
// Oval Office with", "together on Tuesday with"); 0 when there is none.
func withAfterTogether(toks []token, j, e int) int {
	for w := j + 1; w < e && w <= j+8; w++ {
		if toks[w].low == "with" {
			if w+1 < e {
				return w + 1
			}
			return 0
		}
		if toks[w].kind == kPunct || toks[w].low == "and" || toks[w].low == "but" || !toks[w].cap && !prepositions[toks[w].low] && !isDeterminer(toks[w].low) && toks[w].kind == kWord {
			return 0
		}
	}
	return 0
}

// handedTo returns the token after the "to" of "delivered the letter to",
// "handed it to", "was delivered to" at verb k, when the thing handed is a
// document or "it"; else 0.
func handedTo(toks []token, s, k, e int) int {
	doc := false
	for j := max(s, k-6); j < k; j++ {
		doc = doc || handedNouns[toks[j].low] // "The draft was delivered to"
	}
	for j := k + 1; j < e && j <= k+6; j++ {
		if toks[j].low == "over" || toks[j].low == "in" && j+1 < e && toks[j+1].cap {
			continue
		}
		if handedNouns[toks[j].low] || toks[j].low == "it" {
			doc = true
		}
		if toks[j].low == "to" {
			if !doc || j+1 >= e {
				return 0
			}
			return j + 1
		}
		if toks[j].kind != kWord {
			return 0
		}
	}
	return 0
}

// encounterPeople returns who took part in the encounter told by verb k:
// the subject (or the agent after "by") and the ones after "to", "with"
// or the verb.
func (d *doc) encounterPeople(pi, s int, tr *trigger) []*personEntry {
	toks := d.paras[pi].toks
	k := tr.ti
	var out []*personEntry
	switch toks[k].low {
	case "co-chaired", "co-hosted":
		return d.subjectList(pi, k, tr.cs, s)
	case "brought", "brings", "embraced", "hugged":
		out = append(out, d.subjectList(pi, k, tr.cs, s)...)
		if j := togetherAt(toks, k, tr.ce); j > k+1 && toks[k].low != "embraced" && toks[k].low != "hugged" {
			// "brought Biden and Harris together in the Oval Office with
			// the four congressional leaders: ...": the ones brought, then
			// the ones they were brought together with
			obj, _ := d.parseList(pi, k+1, j)
			out = append(out, obj...)
			if w := withAfterTogether(toks, j, tr.ce); w > 0 {
				_, se := d.paras[pi].sentenceOf(k)
				more, _ := d.parseList(pi, w, se) // (on past the clause's semicolons: "leaders: A, the majority leader; B; and C")
				out = append(out, more...)
			}
			return dedupe(out)
		}
		obj, _ := d.parseList(pi, k+1, tr.ce)
		return dedupe(append(out, obj...))
	case "had":
		out = append(out, d.subjectList(pi, k, tr.cs, s)...)
		for a := k + 1; a < tr.ce; a++ {
			if toks[a].low == "with" {
				obj, _ := d.parseList(pi, a+1, tr.ce)
				if a+1 < tr.ce && (toks[a+1].low == "him" || toks[a+1].low == "her") && (len(obj) == 0 || slices.Contains(out, obj[0])) {
					// "Rutte had his own half-hour with him": the one named
					// before, not the subject himself
					obj = nil
					if o := d.otherPerson(pi, a+1, out); o != nil {
						obj = []*personEntry{o}
					}
				}
				return dedupe(append(out, obj...))
			}
		}
		return out
	}
	to := handedTo(toks, tr.cs, k, tr.ce)
	if to == 0 {
		return nil
	}
	obj, end := d.parseList(pi, to, tr.ce)
	if b := byAhead(toks, end, tr.ce); b > 0 && k > s && beVerbs[toks[k-1].low] {
		// "The draft was delivered to Zelensky in Kyiv on Thursday by Driscoll"
		by, _ := d.parseList(pi, b, tr.ce)
		return dedupe(append(by, obj...))
	}
	if g := d.byAgentBeforeWho(pi, s, k); g != nil {
		out = append(out, g) // "delivered by Gargash, adviser to the president, who handed it to Araghchi"
	} else if a := d.relativeAntecedent(pi, s, k); a != nil {
		out = append(out, a) // "Gargash, diplomatic adviser to the president, who handed it to Araghchi"
	} else {
		out = append(out, d.subjectList(pi, k, tr.cs, s)...)
	}
	return dedupe(append(out, obj...))
}

// encounterWords are the verbs encounterVerb reads besides handVerbs.
var encounterWords = set(`brought brings embraced hugged had co-chaired co-hosted`)

// byAgentBeforeWho returns the agent of "was delivered by X, ..., who
// handed it to Y": the "by" name the relative clause at verb k goes on
// about, past any description of X.
func (d *doc) byAgentBeforeWho(pi, s, k int) *personEntry {
	toks := d.paras[pi].toks
	w := k - 1
	for w > s && toks[w].low != "who" && k-w < 3 {
		w--
	}
	if w <= s || toks[w].low != "who" {
		return nil
	}
	for j := w - 1; j > s && j >= w-20; j-- {
		if toks[j].low == "by" {
			if ps, _ := d.parseList(pi, j+1, w); len(ps) > 0 {
				return ps[0]
			}
			return nil
		}
	}
	return nil
}

// callOnlyCue reports an attendance cue that places someone on a call
// ("joined from Paris", "logged on", "were also connected"): only a call's
// parties are told so.
func callOnlyCue(cue []string) bool {
	switch cue[0] {
	case "logged":
		return true
	case "joined", "also":
		return cue[len(cue)-1] == "from"
	case "were", "was":
		return cue[len(cue)-1] == "connected"
	}
	return false
}

// passiveAgent returns the one person a sentence [s, e) with no person
// for subject names as the agent of its passive verb ("The American team
// was led by Brendan Lynch, ..."), who a "he" or "she" in the next
// sentence most likely means; nil when there is none or more than one
// person in the sentence.
func (d *doc) passiveAgent(pi, s, e int) *personEntry {
	toks := d.paras[pi].toks
	var agent *personEntry
	n := 0
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.start < s || m.start >= e || m.p == nil {
			continue
		}
		n++
		r := m.rstart
		if m.start < r {
			r = m.start
		}
		if r-3 >= s && toks[r-1].low == "by" && beVerbs[toks[r-3].low] && pastVerb(toks[r-2]) {
			agent = m.p
		}
	}
	if n != 1 {
		return nil
	}
	return agent
}

// previousSubjects returns the list of people the sentence before token k
// (in this paragraph, else the last of the one before) opens with, when
// it is followed by its verb: "Sharaa and Trump first met in Riyadh ...".
func (d *doc) previousSubjects(pi, k int) []*personEntry {
	p := &d.paras[pi]
	qi, ps, pe := pi, -1, -1
	for _, st := range p.sents {
		if st[1] <= k {
			ps, pe = st[0], st[1]
		}
	}
	if ps < 0 {
		if pi == 0 || len(d.paras[pi-1].sents) == 0 {
			return nil
		}
		qi = pi - 1
		last := d.paras[qi].sents[len(d.paras[qi].sents)-1]
		ps, pe = last[0], last[1]
	}
	toks := d.paras[qi].toks
	ps = openerEnd(toks, ps, pe) // "If you are just joining us: on Friday, A, B and C laid wreaths"
	out, end := d.parseList(qi, ps, pe)
	if len(out) < 2 || end >= pe || toks[end].kind != kWord || toks[end].cap {
		return nil
	}
	return out
}

// openerEnd returns where a sentence's subject starts after an opening
// set off by a colon or a comma ("If you are just joining us:", "on
// Friday,", "In Hiroshima,"), or s.
func openerEnd(toks []token, s, e int) int {
	for j := s; j < e && j < s+8; j++ {
		if toks[j].text == ":" {
			s = j + 1
			break
		}
		if toks[j].kind != kWord {
			break
		}
	}
	if s < e && (prepositions[toks[s].low] || isDay(toks[s].low) || apartWords[toks[s].low]) {
		for j := s + 1; j < e && j < s+6; j++ {
			if toks[j].text == "," {
				return j + 1
			}
			if toks[j].kind != kWord {
				break
			}
		}
	}
	return s
}

// elsewhereThanCurrent reports a place named in the sentence of token k
// ("in New York", "at the White House") that is not the place of the
// meeting under way: a "they met again" there is another meeting, of the
// ones who met, not of everyone at the first.
func (d *doc) elsewhereThanCurrent(pi, k int) bool {
	c := d.current
	if c == nil || c.place == "" {
		return false
	}
	p := &d.paras[pi]
	s, e := p.sentenceOf(k)
	for j := s; j+1 < e; j++ {
		if (p.toks[j].low == "in" || p.toks[j].low == "at") && p.toks[j+1].cap && p.toks[j+1].kind == kWord && !isMonth(p.toks[j+1].low) && !isDay(p.toks[j+1].low) {
			if !strings.Contains(strings.ToLower(c.place), p.toks[j+1].low) {
				return true
			}
		}
	}
	return false
}

// envoyNouns name an unnamed visitor received ("received a Saudi envoy"),
// whose name the next sentence may give ("The envoy, Fahd al-Otaibi, ...").
var envoyNouns = set(`envoy envoys emissary delegation ambassador minister adviser advisor official officials`)

// roleObject reports an object "a Saudi envoy", "an emissary of the
// king", "a delegation led by ..." at a: someone was received, named later
// or not at all.
func roleObject(toks []token, a, e int) bool {
	if a >= e || toks[a].low != "a" && toks[a].low != "an" {
		return false
	}
	for j := a + 1; j < e && j <= a+4; j++ {
		if envoyNouns[toks[j].low] {
			return true
		}
		if toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// roleObjectAfterSetting reports a role object ("a delegation", "an
// envoy") after the day and the place that stand between a verb of
// welcome and it, in the word order of protocol news: "received in audience this Thursday at the Palais de
// Lomé a ministerial delegation of the Confederation".
func roleObjectAfterSetting(toks []token, a, e int) bool {
	for j := a; j < e && j < a+12; j++ {
		t := toks[j]
		if (t.low == "a" || t.low == "an") && j > a {
			return roleObject(toks, j, e)
		}
		if t.text == "," {
			continue // "received on Thursday, at the palace, a delegation"
		}
		if t.kind != kWord || clauseBreak[t.low] || listConnectors[t.low] || t.low == "and" || t.low == "or" || isSpeech(t) {
			return false
		}
	}
	return false
}

// groupObject reports an object at a naming a group of people by their
// office ("the Sahel leaders", "his counterparts", "the heads of the
// three delegations", "foreign ministers of the bloc"), not something of
// theirs ("the leaders' statement").
func groupObject(toks []token, a, e int) bool {
	if a < e && (isDeterminer(toks[a].low) || toks[a].low == "his" || toks[a].low == "her" || toks[a].low == "their" || toks[a].low == "its" || toks[a].low == "fellow") {
		a++
	}
	if a < e && toks[a].low == "same" {
		a++
	}
	if a+1 < e && groupQuantities[toks[a].low] && toks[a+1].low == "of" {
		a += 2 // "hosted a group of European leaders"
	}
	for j := a; j < e && j <= a+4; j++ {
		if toks[j].kind != kWord || prepositions[toks[j].low] || clauseBreak[toks[j].low] {
			return false
		}
		if officeGroups[toks[j].low] {
			return !(j+1 < e && (toks[j+1].low == "'s" || toks[j+1].low == "'"))
		}
	}
	return false
}

// groupQuantities count a group before "of": "a group of European
// leaders", "a handful of ministers".
var groupQuantities = set(`group number handful dozen dozens host clutch string delegation team panel mission`)

// hostVerbs host a meeting: "hosted the Sahel leaders" puts the host at
// it ("welcomed the delegations" may be an opening left at once, "received
// the heads of the delegations" a courtesy call of its own).
var hostVerbs = set(`hosted host hosts hosting`)

// officeGroups are plural offices a group of people is named by.
var officeGroups = set(`leaders counterparts ministers presidents premiers heads envoys negotiators delegates delegations chiefs
	mediators guarantors facilitators`)

// namedEnvoy returns the person a sentence [s, e) names right after "The
// envoy," ("The envoy, Fahd al-Otaibi, an adviser, ...") when the meeting
// c under way was told in this paragraph or the one before with a visitor
// left unnamed ("received a Saudi envoy").
func (d *doc) namedEnvoy(pi, s, e int, c *cluster) *personEntry {
	toks := d.paras[pi].toks
	if c == nil || c.future || pi-c.first > 1 || s+3 >= e || toks[s].low != "the" || !envoyNouns[toks[s+1].low] || toks[s+2].text != "," {
		return nil
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && !m.poss && m.start == s+3 && m.p != nil {
			return m.p
		}
	}
	return nil
}

// companyVerbs tell who came along: "arrived with a delegation that
// included X", "came with", "was accompanied by".
var companyVerbs = set(`arrived came accompanied flew travelled traveled`)

// ownersMeeting returns, for a cue at k that tells who came along with the
// sentence's subject, the latest meeting of the last two paragraphs that
// subject attended, when c (the meeting the cue would go to) is not one of
// theirs; else c.
func (d *doc) ownersMeeting(pi, s, k int, first string, c *cluster) *cluster {
	if c == nil {
		return c
	}
	toks := d.paras[pi].toks
	company := companyVerbs[first]
	for j := s; j < k && !company; j++ {
		company = companyVerbs[toks[j].low] // "arrived with a delegation that included"
	}
	if !company {
		return c
	}
	w := d.mainSubject(pi, s, k)
	if w.p == nil || c.hasAttendee(w.p) {
		return c
	}
	for i := len(d.clusters) - 1; i >= 0; i-- {
		o := d.clusters[i]
		if o != c && !o.future && pi-o.last <= 1 && o.hasAttendee(w.p) {
			return o
		}
	}
	return c
}

// includingList returns the people a subject names in an "including"
// apposition that ends at the comma j before its verb: "Foreign ministers
// of the bloc, including Kenya's Omar Haddad and Ghana's Sara Khalil, met".
func (d *doc) includingList(pi, ss, j int) []*personEntry {
	toks := d.paras[pi].toks
	for i := j - 1; i > ss && i >= j-25; i-- {
		if toks[i].low == "including" && toks[i-1].text == "," {
			if out, end := d.parseList(pi, i+1, j); len(out) > 0 && end == j {
				return out
			}
			return nil
		}
	}
	return nil
}
