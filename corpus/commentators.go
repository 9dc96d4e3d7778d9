package corpus

// A voice quoted about a meeting is not a guest at it: "'A handful of
// petrostates turned a treaty into a hostage,' said Graham Forbes, who led
// Greenpeace's delegation", "said Reed Calloway, author of a study of the
// era". quotedOnly finds an attendee named in the meeting's paragraphs only
// in such an inverted attribution ("said X"); anyone also told as a doer
// there ("Forbes walked out of the room") keeps his seat.

// invertedSaid are the verbs of an attribution put before its speaker.
var invertedSaid = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "wrote": true, "writes": true,
	"argued": true, "argues": true, "noted": true, "notes": true, "observed": true, "warned": true,
	"recalled": true, "recalls": true,
}

// invertedAttribution reports a mention right after a "said" of its own quote: the
// quote closed just before the verb, or the sentence holds a quote.
func invertedAttribution(toks []token, m mention) bool {
	s := m.rstart
	if m.start < s {
		s = m.start
	}
	if s < 2 || !invertedSaid[toks[s-1].low] || attendedClause(toks, max(m.end, m.rend)) {
		return false
	}
	return toks[s-2].kind == kQuote || toks[s-2].low == "," && s >= 3 && toks[s-3].kind == kQuote
}

// attendedClause reports ", who attended the talks" (took part, sat in,
// accompanied someone, was in the room, was part of someone's team) after
// a name ending at k: the speaker says it was there.
func attendedClause(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].low != "who" {
		return false
	}
	j := k + 2
	for j < len(toks) && (toks[j].low == "also" || toks[j].low == "had") {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	switch w, next := toks[j].low, toks[j+1].low; {
	case w == "attended" || w == "accompanied":
		return true
	case w == "took" && next == "part", w == "sat" && next == "in":
		return true
	case w == "was" || w == "were":
		return next == "in" && j+3 < len(toks) && toks[j+3].low == "room" || next == "at" && j+3 < len(toks) && toks[j+3].low == "table" ||
			next == "part" && j+2 < len(toks) && toks[j+2].low == "of" && partyAhead(toks, j+3, len(toks))
	}
	return false
}

// quotedOnly reports an attendee of c named in c's paragraphs only as the
// speaker of a quote put before him.
func (d *doc) quotedOnly(c *cluster, e *personEntry) bool {
	return d.namedOnlyAs(c, e, invertedAttribution)
}

// namedOnlyAs reports e named in c's paragraphs, and every time in the
// way ok tells (only as a quote's speaker, only as the one an envoy acted
// for).
func (d *doc) namedOnlyAs(c *cluster, e *personEntry, ok func([]token, mention) bool) bool {
	n := 0
	for _, pi := range c.paras {
		p := &d.paras[pi]
		for _, m := range p.ments {
			if m.kind != mPerson || m.p != e {
				continue
			}
			if !ok(p.toks, m) {
				return false
			}
			n++
		}
	}
	return n > 0
}
