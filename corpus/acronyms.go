package corpus

// Bodies the article names in full once and by a shorter name after: by
// their initials ("the Department of Foreign Affairs (DFA) said ... The
// DFA said") or by their head noun ("the Office of the High Commissioner
// for Peace ... the peace office said").

import "strings"

// acronymName returns the full name the article gives an acronym in
// "Full Name (ACR)", or "" when it spells out none.
func (d *doc) acronymName(acr string) string {
	if d.acrs == nil {
		d.acrs = map[string]string{}
		for pi := range d.paras {
			toks := d.paras[pi].toks
			for i := 1; i+2 < len(toks); i++ {
				if toks[i].text != "(" || toks[i+2].text != ")" || !isAcronym(toks[i+1].text) {
					continue
				}
				if full := spelledOut(toks, i, toks[i+1].text); full != "" {
					if _, seen := d.acrs[toks[i+1].text]; !seen {
						d.acrs[toks[i+1].text] = full
					}
				}
			}
		}
	}
	return d.acrs[acr]
}

// spelledOut reads the capitalised name ending right before token i
// ("Department of Foreign Affairs" before "(DFA)") and returns it when
// the initials of its capitalised words follow the acronym's letters in
// order, the first initial being the acronym's first letter ("Officials
// of the Ministry of External Affairs (MEA)": from "Ministry").
func spelledOut(toks []token, i int, acr string) string {
	a := i
	for a-1 >= 0 && i-(a-1) <= 10 {
		t := toks[a-1]
		if t.kind != kWord || !t.cap && !joinWords[t.low] {
			break
		}
		a--
	}
	letters := []rune(strings.ToUpper(acr))
	for ; a < i; a++ {
		if toks[a].cap && !joinWords[toks[a].low] && initialsFollow(toks, a, i, letters) {
			return joinTokens(toks, a, i)
		}
	}
	return ""
}

// initialsFollow reports whether the capitalised words of tokens [a, i),
// two at least, have initials that follow letters in order, the first
// on its first letter.
func initialsFollow(toks []token, a, i int, letters []rune) bool {
	li, caps := 0, 0
	for k := a; k < i; k++ {
		if !toks[k].cap || joinWords[toks[k].low] {
			continue
		}
		r := []rune(strings.ToUpper(toks[k].text))[0]
		if caps == 0 && r != letters[0] {
			return false
		}
		for li < len(letters) && letters[li] != r {
			li++
		}
		if li == len(letters) {
			return false
		}
		li++
		caps++
	}
	return caps >= 2
}

// joinWords may stand between the capitalised words of a body's name.
var joinWords = set(`of for and the on in de la del des du`)

// acronymSpeaker reads tokens [a, b) as a body by its initials, with or
// without "the" ("the DFA", "UNSMIL"): the name the article spells out for
// them, else the initials themselves.
func (d *doc) acronymSpeaker(toks []token, a, b int) (who, bool) {
	if b-a == 2 && toks[a].low == "the" {
		a++
	}
	if b-a != 1 || len(toks[a].text) < 3 || !isAcronym(toks[a].text) {
		return who{}, false
	}
	if full := d.acronymName(toks[a].text); full != "" {
		return who{name: full, ok: true}, true
	}
	if _, known := d.gaz.Lookup(toks[a].text); known {
		return who{}, false // the gazetteer's own body: its rules apply
	}
	return who{name: toks[a].text, ok: true}, true
}

// namedBodyFor resolves "the peace office" (tokens [s, e): "the", lower-
// case modifiers, a body noun) to a body named in full earlier in the
// article whose name is headed by that noun and holds every modifier:
// "the Office of the High Commissioner for Peace". It returns "" when
// there is none.
func (d *doc) namedBodyFor(pi, s, e int) string {
	toks := d.paras[pi].toks
	if e-s < 3 {
		return ""
	}
	head := toks[e-1].low
	var mods []string
	for k := s + 1; k < e-1; k++ {
		mods = append(mods, toks[k].low)
	}
	for qi := pi; qi >= 0 && qi >= pi-8; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = s
		}
		for x := end - 1; x >= 0; x-- {
			if !q.toks[x].cap || q.toks[x].low != head {
				continue
			}
			b := x + 1
			for b < end && q.toks[b].kind == kWord && (q.toks[b].cap || joinWords[q.toks[b].low]) {
				b++
			}
			for b > x+1 && !q.toks[b-1].cap {
				b--
			}
			if !properBody(q.toks, x, b) {
				continue
			}
			all := true
			for _, m := range mods {
				found := false
				for k := x + 1; k < b; k++ {
					if q.toks[k].low == m && q.toks[k].cap {
						found = true
					}
				}
				all = all && found
			}
			if all {
				return joinTokens(q.toks, x, b)
			}
		}
	}
	return ""
}
