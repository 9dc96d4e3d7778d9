package corpus

// bodyWhichMet reports a meeting told through a relative clause on a body
// that met ("was preceded by a round of the joint border committee, which
// met in Accra on December 5"): a dated meeting of its own that names no
// one yet, so the sentences after it ("The Kenyan side was led by ...")
// tell who took part in it, not in the meeting told before.
func bodyWhichMet(toks []token, tr trigger) bool {
	return tr.verb && !tr.future && tr.hasDate && !tr.date.vague && len(tr.people) == 0 &&
		toks[tr.cs].low == "which" && tr.ti <= tr.cs+3 && tr.c != nil && len(tr.c.att) == 0
}
