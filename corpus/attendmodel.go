package corpus

import (
	"math"
	"slices"
	"strings"
)

// The attendance model. After the rules have read the meetings, every
// person the article names whom no rule placed at a meeting (as attendee
// or absentee), and of whom the article says nothing against presence
// (vetoed), is scored against the article's main meeting — the one the
// rules placed most people at, two or more — with features read from the
// whole article: where and how often the person is named, the role, the
// words around the mentions. Above zero, the person is added as an
// attendee. The weights (rosterWeights) are logistic regression fitted on
// the rules' first-run output on 25 released sets (text the rules had not
// been written from) and on devset26-31, with the threshold half a logit
// stricter than the F1 optimum; TestRosterWeights prints them and
// testdata/roster/README.md gives the measures.

// Roster features, by index into a rosterFeatures vector.
const (
	rfBias         = iota
	rfQuoted       // the person speaks a quote anywhere in the article
	rfQuotedHere   // ... in a paragraph that tells the meeting
	rfMentHere     // named in a paragraph that tells the meeting
	rfWithAttendee // named in a sentence that names an attendee of the meeting
	rfWithMeetWord // named in a sentence with a meeting noun or verb
	rfLeaderRole   // role of a head of state or government
	rfOfficialRole // role of a delegation member (minister, envoy, negotiator, adviser)
	rfCommentRole  // role of a commentator (analyst, expert, spokesperson, resident)
	rfFirstPos     // position of the first mention, 0 (lead) .. 1 (last paragraph)
	rfMentions     // log(1 + mentions)
	rfOtherMeeting // placed at another meeting (attendee or absent there)
	rfRemoteCue    // named in a sentence with a phone/video/absence word
	rfFar          // never named within two paragraphs of the meeting
	rfPastSubject  // named just before a past-tense verb in a meeting paragraph
	rfMainMeeting  // the meeting is the article's largest
	rfKnown        // a figure of the gazetteer
	rfPlannedCue   // named in a sentence about a planned or hoped-for meeting
	rfRecalledCue  // named in a sentence about an earlier time ("last year", "in 2018")
	rfElsewhereCue // named in a sentence saying he spoke or was elsewhere ("said in Kyiv")
	rfNear         // 1/(1+d), d the fewest paragraphs between a mention and the meeting's
	rfHereShare    // share of the mentions in the meeting's paragraphs
	rfSameSide     // holds an office of the country an attendee's office is of
	rfListed       // named next to an attendee ("X and Y", "X, Y")
	rfAttendCue    // named in a sentence with an attendance word (attended, joined, alongside, delegation)
	rfMeetSentHere // named in a sentence with a meeting word, in the meeting's paragraphs
	rfSpeechOnly   // every mention is in a sentence that reports words and tells no meeting
	rfDependent    // every mention is someone else's principal or relative ("adviser to President X", "X's envoy")
	rfNegCue       // named in a sentence with a negation (not, never, neither, nor)
	rfWithAbsent   // named in a sentence that names an absentee of the meeting
	rfNoFullName   // never named with two words or more ("Santiago" read as a person)
	rfSpeaksOnly   // every mention is in a sentence that reports words (meeting words or not)
	rfCount
)

type rosterFeatures [rfCount]float64

// rosterCand is one person scored against one meeting (an index into
// the meetings scored).
type rosterCand struct {
	m int
	e *personEntry
	f rosterFeatures
}

// rosterMeeting is what the model reads of a meeting: the paragraphs
// that tell it and who the rules placed there.
type rosterMeeting struct {
	paras       []int
	att, absent []*personEntry
}

func (m *rosterMeeting) has(e *personEntry) bool {
	for _, x := range m.att {
		if x == e {
			return true
		}
	}
	for _, x := range m.absent {
		if x == e {
			return true
		}
	}
	return false
}

func (m *rosterMeeting) attends(e *personEntry) bool {
	for _, x := range m.att {
		if x == e {
			return true
		}
	}
	return false
}

func (w *rosterFeatures) score(f *rosterFeatures) float64 {
	s := 0.0
	for i := range f {
		s += w[i] * f[i]
	}
	return s
}

// rosterMainOnly scores only the article's main meeting (the one with the
// most attendees): measured on text no rule was written from, adding to
// the other meetings cost more wrong attendees than it found right ones.
// The fitting tests clear it when ROSTER_ALL is set.
var rosterMainOnly = true

// rosterPick returns the candidates to add: for each person, the meeting
// where the score is highest, when it is above zero.
func rosterPick(cands []rosterCand, score func(*rosterFeatures) float64) []int {
	best := map[*personEntry]int{}
	var order []*personEntry
	for i := range cands {
		e := cands[i].e
		j, ok := best[e]
		if !ok {
			order = append(order, e)
		}
		if !ok || score(&cands[i].f) > score(&cands[j].f) {
			best[e] = i
		}
	}
	var out []int
	for _, e := range order {
		if i := best[e]; score(&cands[i].f) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// rosterCandidates lists the people no rule placed at a meeting, with
// their features for each of the meetings.
func (d *doc) rosterCandidates(ms []rosterMeeting) []rosterCand {
	if len(ms) == 0 {
		return nil
	}
	placed := map[*personEntry]int{}
	main := 0
	for i := range ms {
		if len(ms[i].att) > len(ms[main].att) {
			main = i
		}
		for _, e := range ms[i].att {
			placed[e]++
		}
		for _, e := range ms[i].absent {
			placed[e]++
		}
	}
	// every person's mentions: paragraph and sentence
	type at struct{ pi, s, e, k, n int }
	ments := map[*personEntry][]at{}
	var order []*personEntry
	for pi := range d.paras {
		p := &d.paras[pi]
		for _, m := range p.ments {
			if m.kind != mPerson || m.p == nil {
				continue
			}
			if _, ok := ments[m.p]; !ok {
				order = append(order, m.p)
			}
			s, e := p.sentenceOf(m.start)
			ments[m.p] = append(ments[m.p], at{pi, s, e, m.start, m.end - m.start})
		}
	}
	quoted := map[string][]int{}
	for _, q := range d.a.Quotes {
		quoted[q.Speaker] = append(quoted[q.Speaker], q.Paragraph)
	}
	var out []rosterCand
	for mi := range ms {
		if rosterMainOnly && mi != main || len(ms[mi].att) < 2 {
			continue // (a meeting the rules placed fewer than two people at may be none)
		}
		c := &ms[mi]
		inC := map[int]bool{}
		for _, pi := range c.paras {
			inC[pi] = true
		}
		sides := map[string]bool{}
		for _, e := range c.att {
			if s := d.sideOf(e); s != "" {
				sides[s] = true
			}
		}
		for _, e := range order {
			if c.has(e) || e.fig == nil && e.role == "" && len(quoted[e.name]) == 0 {
				continue // (names the rules could not tie to a person: "Modern Art")
			}
			var f rosterFeatures
			f[rfBias] = 1
			qs := quoted[e.name]
			if len(qs) > 0 {
				f[rfQuoted] = 1
			}
			for _, pi := range qs {
				if inC[pi] {
					f[rfQuotedHere] = 1
				}
			}
			role := strings.ToLower(d.entryWho(e).role)
			f[rfLeaderRole] = b2f(hasAnyWord(role, leaderRoleWords))
			f[rfOfficialRole] = b2f(hasAnyWord(role, officialRoleWords))
			f[rfCommentRole] = b2f(hasAnyWord(role, commentRoleWords))
			ms := ments[e]
			f[rfFirstPos] = float64(ms[0].pi) / float64(len(d.paras))
			f[rfMentions] = math.Log1p(float64(len(ms)))
			if placed[e] > 0 {
				f[rfOtherMeeting] = 1
			}
			if mi == main {
				f[rfMainMeeting] = 1
			}
			if e.fig != nil {
				f[rfKnown] = 1
			}
			if s := d.sideOf(e); s != "" && sides[s] {
				f[rfSameSide] = 1
			}
			f[rfFar] = 1
			here, dist := 0, len(d.paras)
			f[rfSpeechOnly] = 1
			f[rfDependent] = 1
			f[rfNoFullName] = 1
			f[rfSpeaksOnly] = 1
			for _, m := range ms {
				if m.n >= 2 {
					f[rfNoFullName] = 0
				}
				if j := m.k + m.n; j < m.e && presentAux[d.paras[m.pi].toks[j].low] {
					f[rfPlannedCue] = 1 // "X is attending a wedding", "X will join": not a past sitting
				}
				speech, meet := false, false
				p := &d.paras[m.pi]
				for _, pi := range c.paras {
					if m.pi-pi <= 2 && pi-m.pi <= 2 {
						f[rfFar] = 0
					}
					dist = min(dist, max(m.pi-pi, pi-m.pi))
				}
				if !d.dependentMention(p, m.k) {
					f[rfDependent] = 0
				}
				if d.listedWithAttendee(p, m.k, c) {
					f[rfListed] = 1
				}
				if inC[m.pi] {
					here++
					f[rfMentHere] = 1
					if pastAfter(p.toks, m.k) {
						f[rfPastSubject] = 1
					}
				}
				for _, m2 := range p.ments {
					if m2.kind == mPerson && m2.p != e && m2.start >= m.s && m2.start < m.e && c.attends(m2.p) {
						f[rfWithAttendee] = 1
					}
					if m2.kind == mPerson && m2.p != e && m2.start >= m.s && m2.start < m.e && c.has(m2.p) && !c.attends(m2.p) {
						f[rfWithAbsent] = 1
					}
				}
				for k := m.s; k < m.e; k++ {
					t := p.toks[k]
					if t.kind != kWord {
						continue
					}
					if meetingNouns[t.low] != "" || meetingVerbs[t.low] {
						f[rfWithMeetWord] = 1
						meet = true
						if inC[m.pi] {
							f[rfMeetSentHere] = 1
						}
					}
					if attendWords[t.low] {
						f[rfAttendCue] = 1
					}
					if speechVerbs[t.low] {
						speech = true
					}
					if negWords[t.low] || strings.HasSuffix(t.low, "n't") || strings.HasSuffix(t.low, "n’t") {
						f[rfNegCue] = 1
					}
					if remoteWords[t.low] {
						f[rfRemoteCue] = 1
					}
					if plannedWords[t.low] {
						f[rfPlannedCue] = 1
					}
					if recalledWords[t.low] || len(t.low) == 4 && (strings.HasPrefix(t.low, "19") || strings.HasPrefix(t.low, "20")) && isDigits(t.low) {
						f[rfRecalledCue] = 1
					}
					if k+2 < m.e && (t.low == "said" || t.low == "spoke" || t.low == "speaking") && p.toks[k+1].low == "in" && p.toks[k+2].cap {
						f[rfElsewhereCue] = 1
					}
					if k+2 < m.e && (t.low == "heading" || t.low == "headed" || t.low == "travelling" || t.low == "traveling" || t.low == "bound") &&
						(p.toks[k+1].low == "to" || p.toks[k+1].low == "for") && p.toks[k+2].cap {
						f[rfElsewhereCue] = 1 // "heading to Lome"
					}
					if k+1 < m.e && (t.low == "spoke" || t.low == "spoken" || t.low == "talked") && (p.toks[k+1].low == "with" || p.toks[k+1].low == "to") {
						f[rfRemoteCue] = 1 // an encounter of its own, often a call
					}
				}
				if !speech || meet {
					f[rfSpeechOnly] = 0
				}
				if !speech {
					f[rfSpeaksOnly] = 0
				}
			}
			f[rfNear] = 1 / (1 + float64(dist))
			f[rfHereShare] = float64(here) / float64(len(ms))
			if vetoed(&f) {
				continue
			}
			out = append(out, rosterCand{m: mi, e: e, f: f})
		}
	}
	return out
}

// sideOf is the country or body a known person's office on the article
// date is of ("" when unknown).
func (d *doc) sideOf(e *personEntry) string {
	if e.fig == nil {
		return ""
	}
	o, ok := e.fig.OfficeOn(d.day)
	if !ok {
		return ""
	}
	return strings.ToLower(o.Of)
}

// listedWithAttendee reports a mention at token k coordinated with an
// attendee's: "X and Y", "X, Y and Z", "Y and X".
func (d *doc) listedWithAttendee(p *para, k int, c *rosterMeeting) bool {
	for _, m := range p.ments {
		if m.kind != mPerson || m.p == nil || !c.attends(m.p) {
			continue
		}
		a, b := m.end, k // attendee before
		if m.start > k {
			a, b = k+1, m.start // (k's name may run on: skip capitalised words)
			for a < b && p.toks[a].kind == kWord && p.toks[a].cap {
				a++
			}
		}
		if b-a >= 1 && b-a <= 2 {
			ok := true
			for j := a; j < b; j++ {
				if t := p.toks[j]; !(t.low == "and" || t.text == ",") {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func hasAnyWord(s string, words map[string]bool) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '\'' || r == '’' }) {
		if words[w] {
			return true
		}
	}
	return false
}

// pastAfter reports a past-tense verb right after the name ending at k's
// mention (skipping an appositive is left to the rules).
func pastAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.kind != kWord {
			return false
		}
		if t.cap {
			continue // the rest of the name
		}
		return strings.HasSuffix(t.low, "ed") || pastIrregular[t.low]
	}
	return false
}

var (
	leaderRoleWords   = set(`president prime premier chancellor king queen emir sheikh sultan crown leader chairman taoiseach`)
	officialRoleWords = set(`minister secretary envoy negotiator negotiators adviser advisor ambassador mediator delegation delegate commissioner chief general commander deputy undersecretary representative director head counterpart`)
	commentRoleWords  = set(`analyst expert spokesperson spokesman spokeswoman professor researcher resident fellow journalist scholar lecturer former observer activist economist`)
	negWords          = set(`not never neither nor`)
	presentAux        = set(`is are will would has have`)
	remoteWords       = set(`phone telephone video videolink video-link virtually remotely absent skipped declined stayed boycotted invited television televised tv livestream dialled dialed`)
	plannedWords      = set(`will would planned plans expected hopes hoped proposed next upcoming`)
	recalledWords     = set(`last previous earlier ago former past once`)
	attendWords       = set(`attended attending joined joining alongside accompanied accompanying flanked delegation delegations present participants included including took sat led leading arrived`)
	pastIrregular     = set(`said met held sat led told flew came went spoke took made gave saw stood brought sent`)
)

// vetoed: nothing ties the person to the meeting (no attendee, meeting or
// attendance word in their sentences; only reported words with no attendee
// or attendance word), or the article says something against their
// presence that a rule may have read — named only as someone's principal
// or relative, never in full, or in a sentence with a negation, an
// absentee of the meeting, a remote or stay-away word, an earlier time, a
// plan or a present-tense aside, or "said in <Place>". Vetoed people are
// no candidates.
func vetoed(f *rosterFeatures) bool {
	if f[rfSpeaksOnly] > 0 && f[rfWithAttendee]+f[rfAttendCue]+f[rfListed] == 0 {
		return true // "X told reporters afterwards that the meeting had been useful"
	}
	if f[rfWithAttendee]+f[rfAttendCue]+f[rfWithMeetWord]+f[rfListed] == 0 {
		return true // named with no attendee, meeting or attendance word: nothing ties the person to it
	}
	return f[rfDependent] > 0 || f[rfNoFullName] > 0 || f[rfNegCue] > 0 || f[rfWithAbsent] > 0 ||
		f[rfRemoteCue] > 0 || f[rfRecalledCue] > 0 || f[rfPlannedCue] > 0 || f[rfElsewhereCue] > 0
}

// dependentMention reports the mention starting at token k as someone
// else's principal or relative rather than a participant: possessive
// ("X's envoy"), governed by "of", "to", "for", "under" or by a "by" that
// is no attendance verb's ("an adviser to President X", "named by
// President X"; "joined by X" is not), or reached through a determiner
// from "of", "to", "from", "for" or "under" ("a letter from his wife, X",
// "the son of the movement's late founder, X").
func (d *doc) dependentMention(p *para, k int) bool {
	for _, m := range p.ments {
		if m.kind != mPerson || m.start != k {
			continue
		}
		if m.poss {
			return true
		}
		b := m.start
		if m.rstart < b && m.rstart >= 0 {
			b = m.rstart
		}
		for j := b; j+1 < m.start; j++ {
			if w := p.toks[j].low; (w == "to" || w == "for" || w == "under") && p.toks[j+1].cap &&
				(leaderRoleWords[p.toks[j+1].low] || officialRoleWords[p.toks[j+1].low]) {
				return true // "the special envoy to President X": X is the principal
			}
		}
		for n := 0; n < 3 && b > 0 && p.toks[b-1].kind == kWord && p.toks[b-1].cap; n++ {
			b-- // a title the mention did not take in ("to President X")
		}
		if b > 0 {
			switch p.toks[b-1].low {
			case "of", "to", "for", "under":
				return true
			case "by":
				return b < 2 || !byParticipants[p.toks[b-2].low]
			}
		}
		det := false
		for j, n := b-1, 0; j >= 0 && n < 6; j, n = j-1, n+1 {
			t := p.toks[j]
			switch {
			case t.low == "the" || possessivePronoun(t.low) || strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s"):
				det = true
			case t.low == "of" || t.low == "to" || t.low == "from" || t.low == "for" || t.low == "under":
				return det
			case t.text == "," || t.kind == kWord && !t.cap:
			default:
				return false
			}
		}
		return false
	}
	return false
}

// byParticipants are the verbs whose "by" names a participant ("joined by
// X"), not a principal.
var byParticipants = set(`joined accompanied flanked led headed chaired co-chaired hosted attended represented received followed greeted met visited`)

// rosterWeights are the attendance model's weights, printed by
//
//	ROSTER_SHIFT=0.5 ROSTER_FIT=1 ROSTER_EXTRA="devset26 devset27 devset28 devset29 devset30 devset31" \
//	go test ./corpus -run TestRosterWeights -v
//
// (the features vetoed are never set in a candidate: their weights are 0).
var rosterWeights = rosterFeatures{
	-2.0973, // bias
	-0.1758, // quoted
	-0.4078, // quoted-here
	0.7106,  // ment-here
	-0.0268, // with-attendee
	0.0939,  // with-meet-word
	-0.1103, // leader-role
	0.5066,  // official-role
	-0.1494, // comment-role
	-1.0108, // first-pos
	0.2745,  // mentions
	-1.4770, // other-meeting
	0.0000,  // remote-cue
	-0.6760, // far
	-0.2903, // past-subject
	-0.0061, // main-meeting
	0.0672,  // known
	0.0000,  // planned-cue
	0.0000,  // recalled-cue
	0.0000,  // elsewhere-cue
	0.6994,  // near
	0.4488,  // here-share
	-0.0438, // same-side
	0.1061,  // listed
	0.2564,  // attend-cue
	-0.1853, // meet-sent-here
	-0.4236, // speech-only
	0.0000,  // dependent
	0.0000,  // neg-cue
	0.0000,  // with-absent
	0.0000,  // no-full-name
	-0.2540, // speaks-only
}

// rosterMeetings is what the model reads of the meetings the rules found:
// their paragraphs and the people placed there.
func (d *doc) rosterMeetings(ms []Meeting) []rosterMeeting {
	byName := map[string]*personEntry{}
	for _, e := range d.reg.list {
		if _, ok := byName[e.name]; !ok {
			byName[e.name] = e
		}
	}
	out := make([]rosterMeeting, 0, len(ms))
	for _, m := range ms {
		rm := rosterMeeting{paras: m.Paragraphs}
		for _, p := range m.Attendees {
			if e := byName[p.Name]; e != nil {
				rm.att = append(rm.att, e)
			}
		}
		for _, ab := range m.Absent {
			if e := byName[ab.Name]; e != nil {
				rm.absent = append(rm.absent, e)
			}
		}
		out = append(out, rm)
	}
	return out
}

// addLikelyAttendees lets the attendance model with weights w add people
// to the meetings ms, each with the paragraph that names them nearest to
// the meeting as evidence.
func (d *doc) addLikelyAttendees(ms []Meeting, w *rosterFeatures) {
	if len(ms) == 0 || *w == (rosterFeatures{}) {
		return
	}
	cands := d.rosterCandidates(d.rosterMeetings(ms))
	for _, i := range rosterPick(cands, w.score) {
		c := cands[i]
		m := &ms[c.m]
		m.Attendees = append(m.Attendees, Person{Name: c.e.name, Role: d.entryWho(c.e).role, Inferred: true})
		if pi := d.nearestMention(c.e, m.Paragraphs); pi >= 0 && !slices.Contains(m.Paragraphs, pi) {
			m.Paragraphs = append(slices.Clone(m.Paragraphs), pi)
			slices.Sort(m.Paragraphs)
		}
	}
}

// nearestMention is the paragraph naming e that is closest to one of
// paras (-1 when e is named nowhere).
func (d *doc) nearestMention(e *personEntry, paras []int) int {
	best, bestD := -1, 1<<30
	for pi := range d.paras {
		named := false
		for _, m := range d.paras[pi].ments {
			if m.kind == mPerson && m.p == e {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		dist := 1 << 29
		for _, q := range paras {
			dist = min(dist, max(pi-q, q-pi))
		}
		if dist < bestD {
			best, bestD = pi, dist
		}
	}
	return best
}
