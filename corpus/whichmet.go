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

// mainAfterRelative reports a verb that comes right after the comma
// closing a relative clause its clause was taken to open: "Pakistan's
// National Security Committee, which brings together the civilian and
// military leadership, met on Thursday" — the body met, told in the main
// clause, on a day and with no one named yet (not "Xi, who shook their
// hands, posed for the cameras": his relative clause goes on).
func mainAfterRelative(toks []token, tr trigger) bool {
	if !tr.verb || !tr.hasDate || len(tr.people) > 0 || toks[tr.cs].low != "which" && toks[tr.cs].low != "who" || tr.ti < 2 {
		return false
	}
	return toks[tr.ti-1].text == "," && tr.ti-1 > tr.cs
}

// objectAfterRelative reports a meeting noun in the object of a verb that
// comes right after the comma closing a relative clause its clause was
// taken to open: "Vidal, who holds the presidency this month, chaired
// Thursday's meeting" — the main clause tells the meeting, on its day.
func objectAfterRelative(toks []token, tr trigger) bool {
	if tr.verb || !tr.hasDate || toks[tr.cs].low != "which" && toks[tr.cs].low != "who" {
		return false
	}
	j := tr.ti - 1
	for j > tr.cs && toks[j].text != "," && tr.ti-j <= 5 {
		j--
	}
	return j > tr.cs && toks[j].text == "," && j+1 < tr.ti && toks[j+1].kind == kWord && !toks[j+1].cap && pastVerb(toks[j+1])
}
