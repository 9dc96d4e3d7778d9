package corpus

// absenceCues are phrases saying someone was not there in person, with the
// note recorded for them. Matching is on lower-case token sequences.
var absenceCues = []struct {
	words  []string
	note   string
	object bool // the absent people follow the cue ("by phone with Putin")
}{
	{[]string{"by", "phone"}, "by phone", true},
	{[]string{"by", "telephone"}, "by phone", true},
	{[]string{"over", "the", "phone"}, "by phone", true},
	{[]string{"on", "the", "phone"}, "by phone", true},
	{[]string{"by", "video"}, "by video", false},
	{[]string{"via", "video"}, "by video", false},
	{[]string{"video", "link"}, "by video", false},
	{[]string{"videolink"}, "by video", false},
	{[]string{"virtually"}, "by video", false},
	{[]string{"remotely"}, "by video", false},
	{[]string{"not", "invited"}, "not invited", false},
	{[]string{"n't", "invited"}, "not invited", false},
	{[]string{"uninvited"}, "not invited", false},
	{[]string{"not", "attend"}, "did not attend", false},
	{[]string{"n't", "attend"}, "did not attend", false},
	{[]string{"declined", "to", "attend"}, "did not attend", false},
	{[]string{"not", "take", "part"}, "did not attend", false},
	{[]string{"not", "present"}, "did not attend", false},
	{[]string{"not", "join"}, "did not attend", false},
	{[]string{"skipped"}, "skipped", false},
	{[]string{"skipping"}, "skipped", false},
	{[]string{"skip"}, "skipped", false},
	{[]string{"stayed", "away"}, "stayed away", false},
	{[]string{"stay", "away"}, "stayed away", false},
	{[]string{"staying", "away"}, "stayed away", false},
	{[]string{"sent", "a", "delegation"}, "sent a delegation instead", false},
	{[]string{"sent", "his"}, "sent a delegation instead", false},
	{[]string{"sent", "her"}, "sent a delegation instead", false},
	{[]string{"left", "out"}, "left out", false},
	{[]string{"excluded"}, "left out", false},
	{[]string{"boycotted"}, "stayed away", false},
	{[]string{"absent", "from"}, "did not attend", false},
	{[]string{"was", "absent"}, "did not attend", false},
	{[]string{"pulled", "out"}, "did not attend", false},
	{[]string{"sat", "out"}, "skipped", false},
}

// attendanceCues introduce a list of people who attended.
var attendanceAfter = [][]string{
	{"in", "attendance", "were"}, {"in", "attendance", "was"}, {"attendance", "were"},
	{"attended", "by"}, {"joined", "by"}, {"also", "present", "were"}, {"present", "were"},
	{"led", "by"}, {"headed", "by"}, {"accompanied", "by"}, {"flanked", "by"}, {"included"},
	{"participants", "included"}, {"participants", "were"}, {"around", "the", "table", "were"},
}

// attendanceBefore follow the people who attended ("X and Y took part").
var attendanceBefore = [][]string{
	{"took", "part"}, {"taking", "part"}, {"participated"}, {"attended"}, {"were", "in", "attendance"},
	{"was", "in", "attendance"}, {"were", "present"}, {"was", "present"}, {"also", "attended"},
	{"joined", "the"}, {"sat", "in"},
}

// cueWords are the first words of every cue, to skip other words fast.
var cueWords = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range absenceCues {
		m[c.words[0]] = true
	}
	for _, c := range attendanceAfter {
		m[c[0]] = true
	}
	for _, c := range attendanceBefore {
		m[c[0]] = true
	}
	return m
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
func (d *doc) sentenceCues(pi, s, e int, trs []trigger, c *cluster) {
	if c == nil {
		return
	}
	toks := d.paras[pi].toks
	used := false
	for k := s; k < e; k++ {
		if !cueWords[toks[k].low] {
			continue
		}
		for _, cue := range absenceCues {
			if !matchAt(toks, k, cue.words) {
				continue
			}
			var who []*personEntry
			if cue.object {
				a := k + len(cue.words)
				for a < e && (toks[a].low == "with" || toks[a].low == "to") {
					a++
				}
				who, _ = d.parseList(pi, a, e)
			}
			if len(who) == 0 && !cue.object {
				// the people the clause opens with: "Meloni took part by video"
				who, _ = d.parseList(pi, clauseStart(toks, s, k), k)
				if len(who) == 0 {
					who = d.subjectList(pi, k, clauseStart(toks, s, k), s)
				}
			}
			if cue.note == "by phone" {
				continue // handled as a call on the same day
			}
			for _, p := range who {
				c.addAbsent(p, cue.note)
			}
			used = true
		}
		for _, cue := range attendanceAfter {
			if !matchAt(toks, k, cue) {
				continue
			}
			if cue[0] == "included" && !d.delegationBefore(toks, s, k) {
				continue
			}
			if (cue[0] == "joined" || cue[0] == "attended") && k+2 < e && (toks[k+2].low == "video" || toks[k+2].low == "phone") {
				continue
			}
			list, _ := d.parseList(pi, k+len(cue), e)
			c.addAttendees(list...)
			if cue[0] == "joined" || cue[0] == "accompanied" || cue[0] == "flanked" {
				c.addAttendees(d.subjectList(pi, k, clauseStart(toks, s, k), s)...)
			}
			used = true
			c.addParagraph(pi)
		}
		for _, cue := range attendanceBefore {
			if !matchAt(toks, k, cue) {
				continue
			}
			if cue[0] == "attended" && k+1 < e && toks[k+1].low == "by" {
				continue
			}
			c.addAttendees(d.subjectList(pi, k, clauseStart(toks, s, k), s)...)
			used = true
			c.addParagraph(pi)
		}
	}
	// "At the start of Monday's meeting, the German and French leaders ..."
	if !used && len(trs) > 0 && anchorPreps[toks[s].low] {
		tr := trs[0]
		comma := -1
		for k := tr.ti + 1; k < e && k < tr.ti+6; k++ {
			if toks[k].text == "," {
				comma = k
				break
			}
		}
		if !tr.future && !tr.call && comma > 0 && tr.ti < comma {
			list, _ := d.parseList(pi, comma+1, e)
			c.addAttendees(list...)
		}
	}
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

// delegationBefore reports whether "included" follows a delegation or
// group ("the delegation, led by X, included ...").
func (d *doc) delegationBefore(toks []token, s, k int) bool {
	for i := s; i < k; i++ {
		switch toks[i].low {
		case "delegation", "delegations", "team", "participants", "attendees", "guests", "meeting", "talks", "summit":
			return true
		}
	}
	return false
}
