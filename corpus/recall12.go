package corpus

// Earlier meetings an article recalls in a clause of their own: "their
// first meeting since November last year in San Francisco, when Kishida
// met Xi" tells, in its when-clause, the earlier meeting the story's is
// measured from. That clause is its own meeting, with its own people: they
// do not join the story's meeting, and the story's people do not join it.

import "strings"

// recalledWhen sets apart a meeting verb told in a ", when" clause that
// hangs on a "since" phrase: "..., their first meeting since May in Lima,
// when Holm met Xi" is an earlier meeting than the story's. Its date is
// only one told from "since" on; the story's day told earlier in the
// sentence is not its day.
func recalledWhen(toks []token, s int, tr *trigger) {
	if !tr.verb || tr.future || len(tr.people) < 2 || !whenAfterComma(toks, tr.cs) {
		return
	}
	since := -1
	for k := tr.cs - 2; k > s && k >= tr.cs-10; k-- {
		if toks[k].low == "since" {
			since = k
			break
		}
		if toks[k].kind == kQuote || toks[k].text == ";" || toks[k].text == "," {
			return
		}
	}
	if since < 0 {
		return
	}
	tr.apart = true
	if !tr.hasDate || tr.date.pos < since {
		// a time of its own, no day: the sentence's day is the story's
		tr.date, tr.hasDate = dateRef{key: "rel:since:" + strings.Join(entryNames(tr.people), "+"), vague: true, pos: since}, true
	}
}

// distantVisit reads a meeting told in a clause set apart in time from the
// sentence's main one ("The visit came three days after Orban travelled
// to Kyiv to meet Zelenskiy", "a week after Orban went to Kyiv for talks
// with Zelenskiy"): the clause's subject, named right after "after", is
// one of its people even when the verb that meets is further on, and the
// meeting is another occasion than the story's.
func (d *doc) distantVisit(pi, s int, tr *trigger) {
	toks := d.paras[pi].toks
	if tr.future || tr.anaphoric || tr.call || !distantClause(toks, tr.cs) {
		return
	}
	if len(tr.people) < 2 {
		m, ok := d.personFrom(pi, tr.cs+1)
		if !ok || m.end > tr.ti {
			return
		}
		tr.people = dedupe(append([]*personEntry{m.p}, tr.people...))
	}
	if len(tr.people) >= 2 {
		tr.apart = true
	}
}
