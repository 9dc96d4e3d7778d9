package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// deicticPlaceNouns after "this" or "the" point back to the dateline place:
// "gathered in this Red Sea resort", "talks here in the capital".
var deicticPlaceNouns = set(`resort city capital town port village island enclave kingdom emirate
	country nation`)

// datelinePlace is the article's dateline place as a meeting place: its
// first part ("KINSHASA, Congo" → "Kinshasa"), written as the article
// writes it when the text has it, otherwise in title case with particles
// in lower case ("SHARM EL-SHEIKH" → "Sharm el-Sheikh"). "" when the
// article has no dateline.
func (d *doc) datelinePlace() string {
	pl := strings.TrimSpace(strings.SplitN(d.a.Place, ",", 2)[0])
	if pl == "" || letters(pl) < 2 {
		return ""
	}
	if strings.ToUpper(pl) != pl {
		return pl // metadata already in mixed case
	}
	for _, text := range append([]string{d.a.Title}, d.a.Paragraphs...) {
		if s := findFold(text, pl); s != "" && strings.ToUpper(s) != s {
			return s
		}
	}
	return titlePlace(pl)
}

// findFold returns the text of the first whole-word, case-insensitive
// occurrence of needle in text, or "".
func findFold(text, needle string) string {
	lt, ln := strings.ToLower(text), strings.ToLower(needle)
	if len(lt) != len(text) || len(ln) != len(needle) {
		return "" // case folding changed byte lengths; do not risk offsets
	}
	for from := 0; from < len(lt); {
		i := strings.Index(lt[from:], ln)
		if i < 0 {
			return ""
		}
		i += from
		j := i + len(ln)
		if wordEdge(text, i, true) && wordEdge(text, j, false) {
			return text[i:j]
		}
		from = i + 1
	}
	return ""
}

// wordEdge reports whether offset i of s is a word boundary: no letter
// right before it (before=true) or right at it.
func wordEdge(s string, i int, before bool) bool {
	if before {
		if i == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return !unicode.IsLetter(r)
	}
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r)
}

// titlePlace writes an all-capitals place name in title case: "NEW YORK"
// → "New York", "SHARM EL-SHEIKH" → "Sharm el-Sheikh", "DAR ES SALAAM" →
// "Dar es Salaam".
func titlePlace(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			lp := strings.ToLower(p)
			if (i > 0 || j > 0) && (nameParticles[lp] || lp == "es" || lp == "of" || lp == "sur" || lp == "am" || lp == "upon") {
				parts[j] = lp
				continue
			}
			r, n := utf8.DecodeRuneInString(lp)
			parts[j] = string(unicode.ToUpper(r)) + lp[n:]
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// pointsHome reports whether the clause [s, e) places what it tells at the
// dateline place: "here", "in this resort", "in the capital" with no other
// capital named.
func pointsHome(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		t := toks[k]
		if t.kind != kWord {
			continue
		}
		if t.low == "here" && !(k+1 < e && (toks[k+1].low == "is" || toks[k+1].low == "are" || toks[k+1].low == "'s")) {
			return true
		}
		if t.low != "in" && t.low != "at" && t.low != "to" {
			continue
		}
		j := k + 1
		if j >= e || toks[j].low != "this" && toks[j].low != "the" {
			continue
		}
		demo := toks[j].low == "this"
		// "this Red Sea resort": up to three modifiers before the noun
		for n := j + 1; n < e && n <= j+4; n++ {
			if toks[n].kind != kWord {
				break
			}
			if deicticPlaceNouns[toks[n].low] {
				if n+1 < e && toks[n+1].low == "of" {
					break // "the city of Goma": named
				}
				if demo || toks[n].low == "capital" && n == j+1 {
					return true
				}
				break
			}
			if !toks[n].cap && !demo {
				break
			}
		}
	}
	return false
}

// ledePlace gives the story's meeting, told in the lead paragraph without a
// place, the dateline place: "SHARM EL-SHEIKH — More than 20 leaders
// gathered on Monday for a summit". Calls have no place of their own.
func (d *doc) ledePlace(cs []*cluster) {
	var main *cluster
	for _, c := range cs {
		if !c.future && (main == nil || c.first < main.first) {
			main = c
		}
	}
	if main == nil || main.place != "" || main.first > 0 || main.call || main.apart || main.kinds["call"] > 0 {
		return
	}
	main.place = d.datelinePlace()
}

// sameDayOpeners open a sentence that tells the next part of the day just
// dated: "In the morning, ...", "Later, ...", "That evening, ...",
// "Afterwards, ...".
var sameDayOpeners = [][]string{
	{"in", "the", "morning"}, {"in", "the", "afternoon"}, {"in", "the", "evening"}, {"later"}, {"that", "morning"},
	{"that", "afternoon"}, {"that", "evening"}, {"later", "that", "day"}, {"earlier", "that", "day"}, {"then"},
	{"afterwards", ","}, {"afterward", ","}, {"after", "that", ","},
	{"on", "the", "margins"}, {"on", "the", "sidelines"}, {"on", "the", "fringes"},
}

// sentenceBeforeDate returns the day named in the sentence before the one
// starting at token s of paragraph pi (the last one of the paragraph
// before when it opens its own).
func (d *doc) sentenceBeforeDate(pi, s int) (dateRef, bool) {
	q, a, b := pi, -1, -1
	for _, st := range d.paras[pi].sents {
		if st[0] < s {
			a, b = st[0], st[1]
		}
	}
	if a < 0 {
		if q = pi - 1; q < 0 || len(d.paras[q].sents) == 0 {
			return dateRef{}, false
		}
		st := d.paras[q].sents[len(d.paras[q].sents)-1]
		a, b = st[0], st[1]
	}
	r, ok := findDate(d.paras[q].toks, a, b, d.day, false)
	if !ok || r.vague || r.day == "" {
		return dateRef{}, false
	}
	return r, true
}

// sameDayDates gives an undated meeting told in a sentence opening "In the
// morning," or "Later," the date of the story's first dated meeting, when
// that meeting was told before it; one opening "On the sidelines," its
// place too.
func (d *doc) sameDayDates(cs []*cluster) {
	var main *cluster
	for _, c := range cs {
		if c.hasDate && c.date.day != "" && !c.future && (main == nil || c.first < main.first) {
			main = c
		}
	}
	for _, c := range cs {
		if c.hasDate || c.future || main == nil || c.first < main.first || c.first >= len(d.paras) {
			continue
		}
		toks := d.paras[c.first].toks
		for _, o := range sameDayOpeners {
			if matchAt(toks, c.bornSent, o) {
				if o[0] == "on" && c.place == "" {
					c.place = main.place // "On the sidelines, Merz met Tusk": where the summit was
				}
				if o[0] == "on" && main.date.until != "" {
					break // on one of the summit's days, which is not told
				}
				if o[len(o)-1] == "," {
					// "The talks opened on Monday. Afterwards, ...": after
					// what the sentence before told, on its day if it names one
					if r, ok := d.sentenceBeforeDate(c.first, c.bornSent); ok {
						c.date, c.hasDate = r, true
						break
					}
					if main.date.until != "" {
						break
					}
				}
				c.date, c.hasDate = main.date, true
				break
			}
		}
	}
}
