package corpus

import "strings"

// reporterOfGroup handles a reported clause whose subject is an unnamed
// group or thing: "Egypt's Foreign Ministry said both delegations had
// agreed “…”", "the government said leaders had agreed that “…”", "the
// ministry said in a statement it remained “…”". The group (w, found as
// the subject of the inner verb at v) is no speaker; the named body or
// person whose speech verb opens the clause is. It reports that outer
// speaker, when there is one in the sentence (from s) before v, with no
// quotation between them.
func (d *doc) reporterOfGroup(pi, v, s int, w who) (who, bool) {
	if w.p != nil || hasUpper(w.name) {
		return who{}, false // a named inner speaker speaks for themselves
	}
	toks := d.paras[pi].toks
	for o := v - 1; o >= s && o >= v-14; o-- {
		t := toks[o]
		if t.kind == kQuote {
			return who{}, false
		}
		if !isSpeech(t) || weakSpeechVerbs[t.low] || !clauseReportVerbs[t.low] {
			continue
		}
		if o > s && (isDeterminer(toks[o-1].low) || toks[o-1].low == "'s") {
			continue // "a statement": a noun
		}
		ow := d.verbSubject(pi, o, s)
		if !ow.ok || ow.p == nil && !hasUpper(ow.name) {
			if dw, ok := d.docSubject(pi, s, o); ok && (dw.p != nil || hasUpper(dw.name)) {
				ow = dw
			} else {
				return who{}, false
			}
		}
		return ow, true
	}
	return who{}, false
}

// clauseReportVerbs open a clause that reports what someone else did or said.
var clauseReportVerbs = set(`said says stated announced confirmed added noted reported wrote`)

// orgName drops the lower-case words that describe a body before its
// capitalised name: "opposition Congress" is Congress, "ruling Democratic
// Party" the Democratic Party. A name with no capitalised word, or one
// owned by a place or person ("China's commerce ministry"), is kept.
func orgName(name string) string {
	f := strings.Fields(name)
	i := 0
	for i < len(f)-1 && !hasUpper(f[i]) && !strings.HasSuffix(f[i], "'s") && !strings.HasSuffix(f[i], "’s") && f[i] != "of" {
		i++
	}
	if i == 0 || !hasUpper(f[i]) {
		return name
	}
	return strings.Join(f[i:], " ")
}
