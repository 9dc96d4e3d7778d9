package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clauseOpeners are words that open a clause as well as a phrase
// ("before Trump landed", "after the minister left").
var clauseOpeners = set(`before after since until till once`)

// pastVerbs are common verbs of a subordinate clause's subject that do
// not end in -ed.
var pastVerbs = set(`was is had has did met spoke left took went came sat flew began gave told said
	got won lost saw held arrived landed wrote made drove rode stood ran`)

// clauseSubject reports a mention that is the subject of a clause opened
// by a word that is also a preposition ("Minutes before Trump landed at
// the base, he posted ..."): its verb follows the name, so the name is no
// object of a preposition and may be what a later "he" means.
func clauseSubject(toks []token, m mention) bool {
	if m.rstart < 1 || !clauseOpeners[toks[m.rstart-1].low] || m.poss {
		return false
	}
	k := m.end
	if m.rend > k && m.rend < len(toks) && toks[m.end].text == "," {
		k = m.rend + 1 // "before Rubio, the secretary of state, arrived"
		if k < len(toks) && toks[k].text == "," {
			k++
		}
	}
	if k >= len(toks) || toks[k].kind != kWord || toks[k].cap {
		return false
	}
	low := toks[k].low
	return pastVerbs[low] || len(low) > 4 && strings.HasSuffix(low, "ed")
}

// lowerAfterHyphen reports a compound whose part after a hyphen is in
// lower case ("African-led", "Kyiv-based"), which a title would
// capitalise.
func lowerAfterHyphen(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == '-' {
			r, _ := utf8.DecodeRuneInString(w[i+1:])
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// pronounOpens reports a sentence from s whose subject, right before the
// verb at v, is a bare "they" or "it" opening it ("They added that",
// "It said the pact").
func pronounOpens(toks []token, s, v int) bool {
	return v == s+1 && (toks[s].low == "they" || toks[s].low == "it")
}

// quotingOpener reads a sentence from s opened by "Quoting NAME," (or
// "Citing NAME,") before the quotation at qi: the outlet that reports
// only carries the named person's words.
func (d *doc) quotingOpener(pi, s, qi int) (who, bool) {
	toks := d.paras[pi].toks
	if s >= qi || toks[s].low != "quoting" && toks[s].low != "citing" {
		return who{}, false
	}
	for _, m := range d.paras[pi].ments {
		if m.kind != mPerson || m.poss || m.rstart > s+1 || m.start < s+1 || m.start > s+4 {
			continue
		}
		end := m.end
		if m.rend > end {
			end = m.rend
		}
		if end < qi && toks[end].text == "," {
			return d.personWho(m), true
		}
	}
	return who{}, false
}

// openingGerund reports a capitalised participle opening a run of
// capitalised words toks[s:e] ("Quoting Anwar Ibrahim", "Citing Prime
// Minister Modi"): a verb opening the sentence, not the first word of a
// name. A two-word run counts only before a title, as a name like
// "Channing Tatum" is two words too.
func openingGerund(toks []token, s, e int) bool {
	low := toks[s].low
	if len(low) < 6 || !strings.HasSuffix(low, "ing") || !toks[s].cap || s > 0 && toks[s-1].kind == kWord {
		return false
	}
	return e-s >= 3 || titleWords[toks[s+1].low]
}

// titleAfterArticle reports a quotation at token qi that is a title-cased
// name with its full stop inside the marks ("a “Free and Open
// Indo-Pacific.”"), right after an article: a name the sentence uses,
// not words someone said.
func titleAfterArticle(toks []token, qi int, text string) bool {
	if qi == 0 || !isDeterminer(toks[qi-1].low) {
		return false
	}
	t := strings.TrimRight(text, ".")
	return t != text && isTitle(t) && strings.ToUpper(t) != t // (not a shout: "a “COMPLETE AND TOTAL CEASEFIRE.”")
}

// lowerStart reports text whose first letter is in lower case.
func lowerStart(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}
