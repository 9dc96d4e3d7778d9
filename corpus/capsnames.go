package corpus

// Names printed in capitals: factboxes, pool reports and rosters set the
// names they list in capitals ("* MARCO RUBIO - Secretary of State"). A
// run of two to four such words that a paragraph in mixed case sets off
// as a list item's head is read as the name in title case; a heading in
// capitals ("THE U.S. SIDE") is left alone.

import (
	"strings"
	"unicode"
)

// titleCaseNames rewrites, in place, the capitalised name runs of a
// paragraph's tokens to title case.
func (d *doc) titleCaseNames(toks []token) {
	lower := false // a word not all in capitals
	for _, t := range toks {
		if t.kind == kWord && !isUpperCase(t.text) {
			lower = true
			break
		}
	}
	if !lower {
		return // a heading, all in capitals
	}
	for i := 1; i+1 < len(toks); i++ {
		// "Mr. ENDO Kazuya", "H.E. Mr. ISHIBA Shigeru": a Japanese family
		// name set in capitals before the given name, after an honorific
		if capsWord(toks[i]) && len(toks[i].text) >= 3 && (honorifics[toks[i-1].low] || titleWords[toks[i-1].low]) && toks[i+1].kind == kWord && toks[i+1].cap && !isUpperCase(toks[i+1].text) && !orgHeads[toks[i].low] && !notNameWords[toks[i].low] {
			toks[i].text = titleWord(toks[i].text)
			toks[i].nw = 0
		}
	}
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && j < i+5 && capsWord(toks[j]) {
			j++
		}
		if j-i >= 2 && j-i <= 4 && itemHead(toks, i, j) && !d.capsBody(toks, i, j) && (toks[j].text != ":" || d.knownCapsName(toks, i, j)) {
			// (a newsletter's "BIGGER PICTURE:" heads a section: a colon
			// takes a name the gazetteer knows)
			for k := i; k < j; k++ {
				toks[k].text = titleWord(toks[k].text)
				toks[k].nw = 0
			}
		}
		i = max(j, i+1)
	}
}

// capsWord reports a word of two letters or more in capitals only.
func capsWord(t token) bool {
	if t.kind != kWord || len(t.text) < 2 || strings.Contains(t.text, ".") {
		return false
	}
	letters := 0
	for _, r := range t.text {
		switch {
		case unicode.IsLower(r), unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 2
}

// itemHead reports a run [i, j) that opens its paragraph (after a bullet)
// and is followed by a dash, comma or colon: the head of a list item.
func itemHead(toks []token, i, j int) bool {
	for k := 0; k < i; k++ {
		if toks[k].kind == kWord {
			return false
		}
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].text {
	case "-", "–", "—", ",", ":", "(":
		return true
	}
	return false
}

// knownCapsName reports a run that, in title case, is a figure the
// gazetteer knows ("MARCO RUBIO:").
func (d *doc) knownCapsName(toks []token, i, j int) bool {
	_, ok := d.gaz.Lookup(titleRun(toks, i, j))
	return ok
}

// titleRun returns the words [i, j) in title case, joined by spaces.
func titleRun(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(titleWord(toks[k].text))
	}
	return b.String()
}

// capsBody reports a run that names a body or country ("UNITED NATIONS -").
func (d *doc) capsBody(toks []token, i, j int) bool {
	n := titleRun(toks, i, j)
	if _, ok := d.gaz.Organisation(n); ok {
		return true
	}
	if _, ok := d.gaz.Country(n); ok {
		return true
	}
	for k := i; k < j; k++ {
		if orgHeads[toks[k].low] || notNameWords[toks[k].low] || titleWords[toks[k].low] {
			return true
		}
	}
	return false
}

// titleWord writes a word in capitals in title case, each part of a
// hyphenated or apostrophised word too ("AL-KHULAIFI", "O'BRIEN").
func titleWord(w string) string {
	rs := []rune(strings.ToLower(w))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == '-' || r == '\'' || r == '’'
	}
	return string(rs)
}

// capsHeading reports a short paragraph in capitals only: a heading
// ("THE U.S. SIDE", "WHO WAS THERE").
func capsHeading(toks []token) bool {
	if len(toks) == 0 || len(toks) > 8 {
		return false
	}
	words := 0
	for _, t := range toks {
		if t.kind != kWord {
			continue
		}
		words++
		if !isUpperCase(t.text) {
			return false
		}
	}
	return words > 0
}
