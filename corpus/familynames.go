package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qualifyingMention reports a mention that only qualifies another phrase
// or tells of a past office holder: an owner ("Kim Jong Un's sister"),
// the object of "of" ("the sister of leader Kim Jong Un"), or a name after
// "then", "former" or "late" ("then Premier Li Keqiang"). A bare family
// name later in the text means someone told of in their own right.
func qualifyingMention(toks []token, m mention) bool {
	if m.poss {
		return true
	}
	for k := m.rstart; k < m.start; k++ {
		if low := toks[k].low; low == "then" || low == "former" || low == "late" || strings.HasPrefix(low, "then-") || strings.HasPrefix(low, "ex-") {
			return true
		}
	}
	if b := m.rstart - 1; b >= 0 {
		switch toks[b].low {
		case "of", "then", "former", "late":
			return true
		}
	}
	return false
}

// givenNameTail reports a name that ends in a hyphenated given name whose
// second part is in lower case ("Cho Jung-tai", "Lee Jae-myung"), with
// the key of that whole last word: its tail ("tai") is no surname, unlike
// "Okonjo-Iweala" or "al-Sisi".
func givenNameTail(name string) (bool, string) {
	fs := strings.Fields(name)
	if len(fs) < 2 {
		return false, ""
	}
	last := fs[len(fs)-1]
	i := strings.LastIndexByte(last, '-')
	if i <= 0 || i+1 >= len(last) {
		return false, ""
	}
	r, _ := utf8.DecodeRuneInString(last[i+1:])
	if !unicode.IsLower(r) || arabicPrefix(token{text: last}) {
		return false, ""
	}
	return true, nameKey(last)
}

// givenNameTails returns the keys of the lower-case tails of f's
// hyphenated given names ("yul" of "Cho Tae-yul"), so that a spelling
// without the hyphen ("Cho Tae Yul") indexes no surname either.
func givenNameTails(f *Figure) map[string]bool {
	var tails map[string]bool
	for _, n := range append([]string{f.Name}, f.Aliases...) {
		if lower, _ := givenNameTail(n); lower {
			fs := strings.Fields(nameKey(n))
			if tails == nil {
				tails = map[string]bool{}
			}
			tails[fs[len(fs)-1]] = true
		}
	}
	return tails
}

// knownHe reports a given name that makes "He" the family name of a
// person the gazetteer knows ("He Lifeng, speaking to reporters, ...":
// no pronoun even at the opening of a sentence).
func knownHe(given token) bool {
	_, ok := DefaultGazetteer().Lookup("He " + given.text)
	return ok
}

// insideMention reports a token inside a person mention's name.
func insideMention(ms []mention, i int) bool {
	for _, m := range ms {
		if m.kind == mPerson && m.start <= i && i < m.end {
			return true
		}
	}
	return false
}
