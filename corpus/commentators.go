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
	if s < 2 || !invertedSaid[toks[s-1].low] {
		return false
	}
	return toks[s-2].kind == kQuote || toks[s-2].low == "," && s >= 3 && toks[s-3].kind == kQuote
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
