package corpus

import (
	"math"
	"os"
	"strings"
)

// The roster model, a measurement (roster_loso_test.go,
// roster_unseen_test.go): after the rules have read the meetings, every
// person the article names whom no rule placed at a meeting (as attendee
// or absentee) is scored against the article's main meeting (the one with
// the most attendees, when the rules placed two or more there), with
// features read from the whole article, and added as an attendee when the
// score is above zero. The weights are fitted by logistic regression. It
// is kept as test code: measured on unseen sets it adds right attendees
// and few wrong ones, but it overrides the rules' deliberate exclusions
// (see testdata/roster/README.md).

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
	rfCount
)

// rosterFeatureNames name the features for reports.
var rosterFeatureNames = [rfCount]string{"bias", "quoted", "quoted-here", "ment-here", "with-attendee", "with-meet-word",
	"leader-role", "official-role", "comment-role", "first-pos", "mentions", "other-meeting", "remote-cue", "far",
	"past-subject", "main-meeting", "known", "planned-cue", "recalled-cue", "elsewhere-cue",
	"near", "here-share", "same-side", "listed", "attend-cue", "meet-sent-here", "speech-only"}

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
// most attendees) unless ROSTER_ALL is set: measured on text no rule was
// written from, adding to the other meetings cost more wrong attendees
// than it found right ones.
var rosterMainOnly = os.Getenv("ROSTER_ALL") == ""

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
	type at struct{ pi, s, e, k int }
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
			ments[m.p] = append(ments[m.p], at{pi, s, e, m.start})
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
			for _, m := range ms {
				speech, meet := false, false
				p := &d.paras[m.pi]
				for _, pi := range c.paras {
					if m.pi-pi <= 2 && pi-m.pi <= 2 {
						f[rfFar] = 0
					}
					dist = min(dist, max(m.pi-pi, pi-m.pi))
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
				}
				if !speech || meet {
					f[rfSpeechOnly] = 0
				}
			}
			f[rfNear] = 1 / (1 + float64(dist))
			f[rfHereShare] = float64(here) / float64(len(ms))
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
	remoteWords       = set(`phone telephone video videolink video-link virtually remotely absent skipped declined stayed boycotted invited`)
	plannedWords      = set(`will would planned plans expected hopes hoped proposed next upcoming`)
	recalledWords     = set(`last previous earlier ago former past`)
	attendWords       = set(`attended attending joined joining alongside accompanied accompanying flanked delegation delegations present participants included including took sat led leading arrived`)
	pastIrregular     = set(`said met held sat led told flew came went spoke took made gave saw stood brought sent`)
)
