package corpus

import "strings"

// Helpers for reading lists of participants: group nouns ("the two
// leaders"), descriptions before names, sides, counterparts and offices.

// groupSize reads "the two leaders", "both presidents", "the three men":
// how many people the phrase refers back to (0 when it is not such a phrase).
func groupSize(toks []token, s, e int) int {
	if e-s == 2 && toks[s].low == "the" && (toks[s+1].low == "two" || toks[s+1].low == "pair" || toks[s+1].low == "duo") {
		return 2 // "The two then sat down"
	}
	n := 0
	for k := s; k < e; k++ {
		switch toks[k].low {
		case "two", "both":
			n = 2
		case "three":
			n = 3
		case "the", "their":
		case "leaders", "presidents", "men", "women", "ministers", "premiers", "sides'", "heads", "delegates":
			if k == e-1 {
				return n
			}
		default:
			if n > 0 && k == e-1 && pluralRole(toks[k].low) {
				return n // "the two Federal Councillors"
			}
			if n > 0 && k < e-1 && (toks[k].cap || portfolioMods[toks[k].low] || groupRankMods[toks[k].low]) {
				continue // "the two Federal Councillors", "the two foreign ministers", "the two chief delegates"
			}
			return 0
		}
	}
	return 0
}

// groupRankMods are the lower-case words of rank or standing that may
// stand between the count and the noun of a group phrase: "the two chief
// delegates", "the two senior negotiators", "the two visiting ministers".
var groupRankMods = set(`visiting chief head lead senior top principal`)

// lastPeople returns the n distinct people named most recently before
// token ti of paragraph pi (this paragraph and the one before).
func (d *doc) lastPeople(pi, ti, n int) []*personEntry {
	var out []*personEntry
	for qi := pi; qi >= 0 && qi >= pi-1 && len(out) < n; qi-- {
		ms := d.paras[qi].ments
		for i := len(ms) - 1; i >= 0 && len(out) < n; i-- {
			m := ms[i]
			if m.kind != mPerson || qi == pi && m.start >= ti {
				continue
			}
			dup := false
			for _, o := range out {
				if o == m.p {
					dup = true
				}
			}
			if !dup {
				out = append(out, m.p)
			}
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

// ofDescription reports a name inside a description, after "of": "the
// director of the Shin Bet security service" names no second person.
func ofDescription(toks []token, s, k int) bool {
	if !isDeterminer(toks[s].low) {
		return false
	}
	head := false
	for j := s; j < k; j++ {
		if rolesHead[toks[j].low] {
			head = true
		}
		if toks[j].low == "of" && head {
			return true
		}
	}
	return false
}

// hyphenNames splits "Trump-Putin" into the people it names.
func (d *doc) hyphenNames(t token) []*personEntry {
	if !strings.Contains(t.text, "-") || !t.cap {
		return nil
	}
	var out []*personEntry
	for _, part := range strings.Split(t.text, "-") {
		if part == "" {
			continue
		}
		if h := d.reg.headByFamily(nameKey(part)); h != nil {
			out = append(out, h) // "the first Trump-Kim summit": the leader, not his sister Kim Yo Jong
		} else if e := d.reg.resolveSingle(part, false); e != nil {
			out = append(out, e)
		} else {
			return nil
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// nameAfterComma looks a few tokens ahead of a list that cannot go on for a
// comma (or closing parenthesis) followed by a named person, and returns
// where that name starts (else i).
func (d *doc) nameAfterComma(pi, i, e int) int {
	toks := d.paras[pi].toks
	for j := i; j < e && j < i+12; j++ {
		t := toks[j]
		if t.kind == kQuote || t.kind == kPunct && strings.Contains(".;:", t.text) {
			return i
		}
		if t.kind == kWord && !t.cap && !npTok(t) && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") ||
			isSpeech(t) || verbAdverbs[t.low]) && !(j+1 < e && !isSpeech(t) && rolesHead[toks[j+1].low]) &&
			!(j > 0 && (isDeterminer(toks[j-1].low) || numberWords[toks[j-1].low]) && !isSpeech(t) && j+1 < e && toks[j+1].kind == kWord && !toks[j+1].cap) {
			// (after an article or "both" it is a modifier: "two drivers from the bargaining committee, X and Y",
			// "the heads of both negotiating delegations, X for the government and Y for the guerrillas")
			return i // a verb: another clause, not a description before a name ("policy planning director" is one)
		}
		if t.text == "," || t.text == ")" {
			for _, m := range d.paras[pi].ments {
				if m.kind == mPerson && m.start >= j+1 && (m.rstart <= j+3 || m.start <= j+7 && descriptionRun(toks, j+1, m.start)) {
					// (", former ambassador to Washington Simon Karam")
					return j + 1
				}
			}
		}
	}
	return i
}

// nounsBeforeName extends a list item over plain nouns that stand between a
// description and a name: "Mr Lammy's cabinet colleague Nick
// Thomas-Symonds", "Trump's son-in-law Jared Kushner". It returns where the
// item ends (j when there is no such name).
func (d *doc) nounsBeforeName(pi, j, e int) int {
	toks := d.paras[pi].toks
	k := j
	for k < e && k < j+3 && plainNoun(toks[k]) {
		k++
	}
	if k == j || k >= e {
		return j
	}
	to := k
	if toks[k].text == "," {
		to = k + 1 // "Brazil's environment minister, Marina Silva"
	}
	for _, m := range d.paras[pi].ments {
		if m.kind == mPerson && (m.rstart >= j && m.rstart <= k || m.start == to) && m.start >= j && m.end <= e {
			return m.end
		}
	}
	return j
}

// plainNoun reports a lower-case word that can be part of a description:
// not a function word, verb form or adverb.
func plainNoun(t token) bool {
	if t.kind != kWord || t.cap || functionWords[t.low] || prepositions[t.low] || verbAdverbs[t.low] || isSpeech(t) ||
		holdVerbs[t.low] || meetingVerbs[t.low] || listConnectors[t.low] || meetingNouns[t.low] != "" {
		return false
	}
	return !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") && !strings.HasSuffix(t.low, "ly")
}

// pluralPossessive reports the apostrophe of "the two countries’ directors"
// at token j, which the tokenizer may have taken for a quote mark.
func pluralPossessive(toks []token, i, j, e int) bool {
	return j > i && j+1 < e && (toks[j].text == "’" || toks[j].text == "'") && strings.HasSuffix(toks[j-1].low, "s") &&
		toks[j+1].kind == kWord && !toks[j+1].cap
}

// sidePhrase returns the length of "on the American side", "on the other",
// "for the government", "for the ELN" inside a list of participants (0 when
// there is none at token i).
func sidePhrase(toks []token, i, e int) int {
	if i+2 < e && toks[i].low == "to" && besideWord(toks, i+1, e) {
		return 3 // "von der Leyen to her left"
	}
	if i+2 < e && toks[i].low == "for" && toks[i+1].low == "the" || i+1 < e && i > 0 && toks[i].low == "for" && toks[i+1].cap && toks[i+1].kind == kWord && toks[i-1].cap {
		// "Getachew Reda for the TPLF and Redwan Hussien for the federal
		// government", "Lena Dahl for Russia and Omar Haddad for Ukraine"
		from := i + 1
		if toks[i+1].low == "the" {
			from = i + 2
		}
		for j := from; j <= e && j <= i+5; j++ {
			if j == e || toks[j].low == "and" || toks[j].text == "," || toks[j].text == "." || toks[j].text == ";" {
				if j > from {
					return j - i
				}
				return 0
			}
			if toks[j].kind != kWord || from == i+1 && !toks[j].cap {
				return 0
			}
		}
		return 0
	}
	if i >= e || toks[i].low != "on" || i+2 >= e || toks[i+1].low != "the" && toks[i+1].low != "its" && toks[i+1].low != "their" {
		return 0
	}
	for j := i + 2; j < e && j <= i+5; j++ {
		switch toks[j].low {
		case "side", "sides":
			return j + 1 - i
		case "other":
			if j+1 < e && toks[j+1].low == "side" {
				return j + 2 - i
			}
			return j + 1 - i
		}
		if toks[j].kind != kWord {
			return 0
		}
	}
	return 0
}

// counterpart resolves "his Chinese counterpart" (tokens [s, e)) to whoever
// holds, in that country on the article's date, the office its owner holds.
func (d *doc) counterpart(pi, s, e int) *personEntry {
	toks := d.paras[pi].toks
	if e-s < 3 || toks[e-1].low != "counterpart" || toks[s].low != "his" && toks[s].low != "her" {
		return nil
	}
	return d.counterpartOf(pi, s, toks[s:e])
}

// counterparts resolves "his British, French and German counterparts"
// (tokens [s, e)) to the holders of the owner's office in each country.
func (d *doc) counterparts(pi, s, e int) []*personEntry {
	toks := d.paras[pi].toks
	if e-s < 3 || toks[e-1].low != "counterparts" || toks[s].low != "his" && toks[s].low != "her" {
		return nil
	}
	var out []*personEntry
	for k := s + 1; k < e-1; k++ {
		t := toks[k]
		if t.kind != kWord || !t.cap {
			if t.text == "," || t.low == "and" {
				continue
			}
			return nil
		}
		span := []token{toks[s], t, {kind: kWord, text: "counterpart", low: "counterpart"}}
		if c := d.counterpartOf(pi, s, span); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// counterpartOf resolves a phrase ("his", nationality…, "counterpart"),
// paragraph pi's tokens or made up, its owner resolved from token s of
// paragraph pi.
func (d *doc) counterpartOf(pi, s int, span []token) *personEntry {
	owner := d.resolvePronoun(pi, s, span[0].low == "her")
	if owner == nil {
		return nil
	}
	name, n := d.entityAt(span, 1, len(span)-1)
	if n == 0 {
		return nil
	}
	if c := d.namedCounterpart(pi, s, owner, name); c != nil || owner.fig == nil {
		return c // the other side's holder of the office the article gave the owner
	}
	day := dayOf(d.day)
	for _, o := range owner.fig.Offices {
		if !o.heldOn(day) {
			continue
		}
		t := o.Title
		switch t {
		case "president", "prime minister", "chancellor", "premier", "king", "emir":
			t = "leader"
		}
		if h := d.holder(name, t); h != nil && h != owner {
			return h
		}
	}
	return nil
}

// titleAfter reports an office title starting at token k: "chancellor",
// "foreign minister", "secretary general", "top diplomat" is not one.
func titleAfter(toks []token, k, e int) bool {
	for j := k; j < e && j < k+3; j++ {
		low := toks[j].low
		if titleOf(low) != "" || low == "secretary-general" || low == "secretary" && j+1 < e && toks[j+1].low == "general" ||
			(low == "minister" || low == "ministers") && j > k {
			return true
		}
		if !roleMods[low] && low != "foreign" {
			return false
		}
	}
	return false
}

// isHeadRole reports a role of a head of state or government.
func isHeadRole(role string) bool {
	r := strings.ToLower(role)
	if strings.Contains(r, "vice") || strings.Contains(r, "deputy") || strings.Contains(r, "former") {
		return false
	}
	for _, w := range []string{"president", "prime minister", "premier", "chancellor", "king", "emir", "crown prince"} {
		if strings.Contains(r, w) {
			return !strings.Contains(r, "commission") && !strings.Contains(r, "council") && !strings.Contains(r, "of the ")
		}
	}
	return false
}

// namedLeader returns the head of state or government of country that the
// text named most recently before token ti (this paragraph and the one
// before): "the Qatari leader" after "Qatar's prime minister, Sheikh
// Mohammed".
func (d *doc) namedLeader(pi, ti int, country string) *personEntry {
	key := d.gaz.canonicalOf(country)
	for qi := pi; qi >= 0 && qi >= pi-1; qi-- {
		ms := d.paras[qi].ments
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.kind != mPerson || qi == pi && m.start >= ti || m.p.fig == nil {
				continue
			}
			if o, ok := m.p.fig.OfficeOn(d.day); ok && d.gaz.canonicalOf(o.Of) == key && isHeadRole(o.Title) {
				return m.p
			}
		}
	}
	return nil
}

// earlierInSentence returns the latest person named before token ti in its
// sentence who can be the pronoun's antecedent, even after a preposition.
func (d *doc) earlierInSentence(pi, ti int, female bool) *personEntry {
	p := &d.paras[pi]
	s, _ := p.sentenceOf(ti)
	var out *personEntry
	for _, m := range p.ments {
		if m.kind == mPerson && m.start >= s && m.start < ti && !m.poss && (female && !m.p.male || !female && !m.p.female) {
			out = m.p
		}
	}
	return out
}
