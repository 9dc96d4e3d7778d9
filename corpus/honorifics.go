package corpus

import "strings"

// honorificOnly reports a role that is only an honorific or a court style
// ("Mr.", "His Highness", "H.E. Dr."): it names no office, so the
// appositive after the name gives the role. An empty role holds none
// either.
func honorificOnly(role string) bool {
	n, poss := 0, false
	for f := range strings.FieldsSeq(role) {
		var buf [24]byte // the word in lower case, without a new string
		if len(f) > len(buf) {
			return false
		}
		low := buf[:len(f)]
		for k := 0; k < len(f); k++ {
			c := f[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[k] = c
		}
		switch {
		case honorifics[string(low)], ethiopianStyles[f]:
		case n == 0 && (string(low) == "his" || string(low) == "her" || string(low) == "their"):
			poss = true
		default:
			return false
		}
		n++
	}
	// (an empty role holds none: roleText dropped the honorifics it had;
	// a lone "his" is a possessive, no style)
	return !(poss && n == 1)
}

// courtStyles are styles that stand for the person they were given to
// ("His Highness said", "Her Majesty noted").
var courtStyles = set(`highness excellency majesty holiness eminence`)

// styledSpeaker resolves a speaker phrase toks[s:e] that is only a court
// style ("His Highness", "His Excellency") to the person the article last
// styled so before token ti of paragraph pi, else the first it styled so.
func (d *doc) styledSpeaker(pi, s, e int) (*personEntry, bool) {
	p := &d.paras[pi]
	style := ""
	for k := s; k < e; k++ {
		low := p.toks[k].low
		switch {
		case courtStyles[low]:
			style = low
		case k == s && (low == "his" || low == "her"):
		default:
			return nil, false
		}
	}
	if style == "" {
		return nil, false
	}
	styled := func(q *para, m mention) bool {
		if m.kind != mPerson {
			return false
		}
		for k := m.rstart; k < m.start; k++ {
			if q.toks[k].low == style {
				return true
			}
		}
		return false
	}
	for qi := pi; qi >= 0; qi-- {
		q := &d.paras[qi]
		for mi := len(q.ments) - 1; mi >= 0; mi-- {
			if m := q.ments[mi]; (qi < pi || m.start < s) && styled(q, m) {
				return m.p, true
			}
		}
	}
	for qi := pi; qi < len(d.paras); qi++ {
		for _, m := range d.paras[qi].ments {
			if styled(&d.paras[qi], m) {
				return m.p, true
			}
		}
	}
	// no one styled so: "His Majesty" is the monarch told of last
	// ("King Abdullah II received ... His Majesty stressed")
	if royals := styleHolders[style]; royals != "" {
		for qi := pi; qi >= 0 && qi >= pi-3; qi-- {
			q := &d.paras[qi]
			for mi := len(q.ments) - 1; mi >= 0; mi-- {
				m := q.ments[mi]
				if m.kind != mPerson || qi == pi && m.start >= s {
					continue
				}
				for _, w := range strings.Fields(strings.ToLower(m.role + " " + m.p.role + " " + m.p.name)) {
					if strings.Contains(" "+royals+" ", " "+w+" ") {
						return m.p, true
					}
				}
			}
		}
	}
	return nil, true
}

// styleHolders are the titles of those a court style belongs to.
var styleHolders = map[string]string{
	"majesty":  "king queen sultan emperor empress monarch",
	"highness": "emir sheikh prince princess sultan crown",
}

// portfolioOf reports a run toks[s:e] whose name part toks[n:e] is one
// word after a title's "of" ("Minister of Planning", "Secretary of
// Tourism"): the word is the portfolio, not a person's name.
func portfolioOf(toks []token, s, n, e int) bool {
	if n-2 < s || toks[n-1].low != "of" || !(titleWords[toks[n-2].low] || rolesHead[toks[n-2].low]) {
		return false
	}
	if e-n == 1 {
		return true
	}
	// "Minister of Water Resources and Irrigation": a portfolio of
	// several words
	for k := n; k < e; k++ {
		if !portfolioNouns[toks[k].low] && !portfolioMods[toks[k].low] && !peoplesNoun(toks[k]) {
			return false
		}
	}
	return e-n <= 4
}

// portfolioLead returns where the name starts in a run toks[s:e] whose
// name part toks[n:e] opens with a portfolio after a title's "of"
// ("Minister of Information Yemane Gebremeskel", "Minister of Water and
// Irrigation Ana Ruiz") and still has two name words after it; else n.
func portfolioLead(toks []token, s, n, e int) int {
	if n-2 < s || toks[n-1].low != "of" || !(titleWords[toks[n-2].low] || rolesHead[toks[n-2].low]) {
		return n
	}
	k := n
	for k < e && (portfolioNouns[toks[k].low] || portfolioMods[toks[k].low] || peoplesNoun(toks[k]) || k > n && toks[k].low == "and") {
		k++
	}
	if k == n || e-k < 2 || toks[k-1].low == "and" {
		return n
	}
	return k
}

// portfolioNouns name what a ministry is for, beyond portfolioMods.
var portfolioNouns = set(`water resources irrigation affairs planning development mines minerals petroleum oil gas
	fisheries tourism security housing lands natural public works infrastructure investment youth sports
	women family social welfare science technology digital climate electricity power waters rights
	initiatives indigenous gender equality human migration diaspora minorities`)
