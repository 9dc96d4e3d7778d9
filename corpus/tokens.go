package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	kWord  tkind = iota
	kPunct       // one punctuation rune
	kQuote       // a whole quotation, marks included
)

// token is a word, a punctuation mark or a whole quotation of a paragraph's
// text outside quotation marks (its "frame").
type token struct {
	kind       tkind
	cap        bool   // starts with an upper-case letter
	nw         int8   // nameWord memo: 0 unknown, 1 yes, -1 no
	lex        uint16 // lexicon flags (lexflags.go), 0 when not looked up
	text       string
	low        string
	start, end int // byte range in the paragraph
	q          int // index into the paragraph's quote spans (kQuote)
}

// abbreviations keep their full stop as part of the word and never end a
// sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "capt": true, "prof": true, "st": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "jr": true, "sr": true, "vs": true,
	"adm": true, "maj": true, "sgt": true, "pres": true, "ft": true, "mt": true, "rev": true,
	"amb": true, "cmdr": true, "brig": true, "corp": true, "inc": true, "eng": true, "hon": true, "rt": true,
	"lieut": true,
}

// nickname reports a quote span holding one capitalised word between a
// capitalised word and another ("Ferdinand “Bongbong” Marcos Jr.",
// "Charles E. 'Chuck' Schumer"): a nickname inside a name, no quotation.
func nickname(p string, s qspan, toks []token) bool {
	if len(toks) == 0 || toks[len(toks)-1].kind != kWord || !toks[len(toks)-1].cap || s.end-s.start > 40 {
		return false
	}
	in := strings.Trim(p[s.start:s.end], "\"'“”‘’«» ")
	if in == "" || strings.ContainsAny(in, " .,;:!?") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(in); !unicode.IsUpper(r) {
		return false
	}
	rest := strings.TrimLeft(p[s.end:], " ")
	if len(rest) == len(p[s.end:]) {
		return false // a space after the closing mark
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// styleApostrophe returns the end of a Malay style written with an
// apostrophe ("Dato'", "Dato’") when the word [i, j) is one, else j.
func styleApostrophe(p string, i, j int) int {
	if !strings.EqualFold(p[i:j], "dato") {
		return j
	}
	for _, a := range []string{"'", "’"} {
		if strings.HasPrefix(p[j:], a) {
			return j + len(a)
		}
	}
	return j
}

// startsUpper reports a word that opens with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// tokenize splits paragraph p into tokens; each quote span becomes one kQuote
// token.
func tokenize(p string, spans []qspan) []token {
	toks := make([]token, 0, len(p)/5+4)
	var pl string // p with A-Z in lower case, made for the first such word
	si := 0
	for i := 0; i < len(p); {
		if si < len(spans) && i >= spans[si].start {
			s := spans[si]
			if nickname(p, s, toks) {
				// Ferdinand "Bongbong" Marcos Jr.: the name goes on past it
				i = s.end
				si++
				continue
			}
			toks = append(toks, token{kind: kQuote, text: p[s.start:s.end], start: s.start, end: s.end, q: si})
			i = s.end
			si++
			continue
		}
		r, w := utf8.DecodeRuneInString(p[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b':
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(p, i, spans, si)
			if k := styleApostrophe(p, i, j); k > j {
				j = k // "Dato' Seri": the Malay style keeps its apostrophe
			}
			word := p[i:j]
			toks = append(toks, newWordIn(p, &pl, i, j))
			i = j
			// possessive 's / plural possessive '
			if i < len(p) && (p[i] == '\'' || strings.HasPrefix(p[i:], "’")) && (si >= len(spans) || spans[si].start != i) {
				aw := 1
				if p[i] != '\'' {
					aw = len("’")
				}
				nx := runeAfter(p, i+aw)
				if (nx == 's' || nx == 'S') && !isWordRune(runeAfter(p, i+aw+1)) {
					toks = append(toks, token{kind: kWord, text: p[i : i+aw+1], low: "'s", start: i, end: i + aw + 1})
					i += aw + 1
				} else if !isWordRune(nx) && strings.HasSuffix(strings.ToLower(word), "s") {
					toks = append(toks, token{kind: kWord, text: p[i : i+aw], low: "'", start: i, end: i + aw})
					i += aw
				}
			}
		case r == '-' && wireDash(p, i):
			// "camps -- a group", "the Quad - Albanese, Modi - gathered": a
			// dash typed as hyphens
			n := 1
			if strings.HasPrefix(p[i:], "--") {
				n = 2
			}
			toks = append(toks, token{kind: kPunct, text: "—", low: "—", start: i, end: i + n})
			i += n
		default:
			toks = append(toks, token{kind: kPunct, text: p[i : i+w], low: p[i : i+w], start: i, end: i + w})
			i += w
		}
	}
	return toks
}

// oldSpellings are hyphenated forms of the older press ("to-day",
// "to-night"), read as the words now written.
var oldSpellings = map[string]string{"to-day": "today", "to-night": "tonight", "to-morrow": "tomorrow"}

func newWord(word string, start, end int) token {
	r, _ := utf8.DecodeRuneInString(word)
	low := lower(word)
	if n, ok := oldSpellings[low]; ok {
		low = n
	}
	return token{kind: kWord, text: word, low: low, cap: unicode.IsUpper(r), start: start, end: end, lex: lexOf(low)}
}

// lower is strings.ToLower without an allocation for words already in
// lower case, with "’" folded to "'".
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
	}
	return s
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// platformBefore reports " on ", " via " or " to " right before byte i:
// "posted on X", where X is the platform, not an initial.
func platformBefore(p string, i int) bool {
	return strings.HasSuffix(p[:i], " on ") || strings.HasSuffix(p[:i], " via ") || strings.HasSuffix(p[:i], " to ")
}

// wordEnd finds where the word starting at byte i ends: letters and digits,
// joined by hyphens, inner apostrophes (don't, al-Sa'id) and the dots of
// initials and abbreviations (U.S., Mr.).
func wordEnd(p string, i int, spans []qspan, si int) int {
	j := i
	dots := false
	for j < len(p) {
		if si < len(spans) && j >= spans[si].start {
			return j
		}
		r, w := utf8.DecodeRuneInString(p[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		nx := runeAfter(p, j+w)
		switch {
		case (r == '-' || r == '‐' || r == '&') && isWordRune(nx):
			j += w
			continue
		case (r == '\'' || r == '’') && unicode.IsLetter(nx) && !((nx == 's' || nx == 'S') && !isWordRune(runeAfter(p, j+w+1))):
			j += w
			continue
		case r == '+' && j-i >= 2 && !isWordRune(nx) && isUpperCase(p[i:j]):
			// "OPEC+", "BRICS+": the plus belongs to the body's name
			return j + w
		case (r == '.' || r == ',') && unicode.IsDigit(nx) && j > i && unicode.IsDigit(runeBefore(p, j)):
			j += w
			continue
		case r == '.':
			word := p[i:j]
			seg := word
			if k := strings.LastIndexAny(word, ".-"); k >= 0 {
				seg = word[k+1:] // ("Canada-U.S.": initials after a hyphen)
			}
			if word == "X" && !dots && platformBefore(p, i) {
				return j // "called it a great meeting on X. Trump told reporters": the platform, then a full stop
			}
			if utf8.RuneCountInString(seg) == 1 && unicode.IsUpper([]rune(seg)[0]) || dots && utf8.RuneCountInString(seg) == 1 {
				// initials: U.S., J.D., E.U.
				dots = true
				j += w
				if unicode.IsLetter(nx) && unicode.IsUpper(nx) && runeAfter(p, j+1) == '.' {
					continue
				}
				return j
			}
			if abbreviations[strings.ToLower(word)] {
				return j + w
			}
			if n := domainEnd(p, i, j+w); n > 0 {
				return n // "told Civil.ge", "Report.az said": an outlet named by its web address
			}
			if (word == "a" || word == "p") && strings.HasPrefix(p[j:], ".m.") {
				// "at 10 a.m. today": the time, one word, no full stop; but
				// "ended at 11 p.m. Harlow said": the stop ends the sentence too
				if next := strings.Fields(p[j+len(".m."):]); len(next) > 0 && startsUpper(next[0]) && !isDay(strings.ToLower(strings.Trim(next[0], ",."))) && !isMonth(strings.ToLower(strings.Trim(next[0], ",."))) {
					return j + len(".m")
				}
				return j + len(".m.")
			}
			if word == "Ma" && mariaAhead(p, j+w) {
				return j + w // "Ma. Theresa P. Lazaro": the Filipino short form of Maria
			}
		}
		return j
	}
	return j
}

// sentences splits a paragraph's tokens into sentences, returned as
// [start, end) token ranges.
func sentences(toks []token, p string, spans []qspan) [][2]int {
	var out [][2]int
	start := 0
	for i, t := range toks {
		end := false
		switch t.kind {
		case kPunct:
			if t.text == "." || t.text == "!" || t.text == "?" {
				end = i+1 == len(toks) || startsSentence(toks[i+1])
			}
		case kWord:
			// "the U.S." at the end of a sentence
			if strings.HasSuffix(t.text, ".") && i+1 < len(toks) && strings.Count(t.text, ".") > 1 && toks[i+1].cap && sentenceOpener[toks[i+1].low] {
				end = true
			}
		case kQuote:
			c := strings.TrimSpace(p[spans[t.q].inStart:spans[t.q].inEnd])
			if strings.HasSuffix(c, ".") && i+1 < len(toks) && startsSentence(toks[i+1]) {
				end = true
			}
		}
		if end {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

func startsSentence(t token) bool {
	return t.kind == kQuote || t.cap || (t.kind == kWord && unicode.IsDigit(rune(t.text[0])))
}

// sentenceOpener lists words that typically open a sentence, used to end a
// sentence after an abbreviation such as "U.S.".
var sentenceOpener = map[string]bool{
	"the": true, "a": true, "he": true, "she": true, "it": true, "they": true, "we": true, "but": true,
	"in": true, "on": true, "at": true, "after": true, "this": true, "that": true, "his": true, "her": true,
	"their": true, "and": true, "as": true, "i": true, "there": true, "some": true, "many": true,
}

// wireDash reports a dash typed as hyphens at i: "--", or a "-" with a
// space on each side when the paragraph has another such ("the leaders -
// A, B and C - gathered"); a lone one, or one after ")", may end a
// dateline ("ANKARA (Reuters) - ").
func wireDash(p string, i int) bool {
	if strings.HasPrefix(p[i:], "--") && !strings.HasPrefix(p[i:], "---") {
		return true
	}
	if !spacedHyphen(p, i) {
		return false
	}
	n := 0
	for j := strings.Index(p, " - "); j >= 0; {
		if spacedHyphen(p, j+1) {
			n++
		}
		k := strings.Index(p[j+1:], " - ")
		if k < 0 {
			break
		}
		j += 1 + k
	}
	return n >= 2
}

// spacedHyphen reports a "-" at i with a space on each side, not after
// ")" (a dateline's "(AP) - ").
func spacedHyphen(p string, i int) bool {
	return i >= 2 && p[i] == '-' && p[i-1] == ' ' && p[i-2] != ')' && i+1 < len(p) && p[i+1] == ' '
}

// mariaAhead reports a given name after "Ma." at byte i: a space, then a
// capitalised word that is no function word and is followed by another
// capitalised word or an initial ("Ma. Theresa P. Lazaro", "Ma. Lourdes
// Sereno"), as Filipino names are written. "Jack Ma. The company" is a
// sentence's end.
func mariaAhead(p string, i int) bool {
	if i >= len(p) || p[i] != ' ' {
		return false
	}
	fields := strings.Fields(p[i:])
	if len(fields) < 2 {
		return false
	}
	first, second := fields[0], fields[1]
	r, _ := utf8.DecodeRuneInString(first)
	r2, _ := utf8.DecodeRuneInString(second)
	return unicode.IsUpper(r) && unicode.IsUpper(r2) && !functionWords[strings.ToLower(first)] && utf8.RuneCountInString(first) > 2
}

// webDomains are the endings of outlets' web addresses that news copy
// names them by ("Civil.ge", "Report.az", "Axios.com").
var webDomains = set(`com net org ge az am kz uz kg tj md ua ru by info news`)

// domainEnd returns the end of an outlet's web address whose name runs
// from i up to the dot before k ("Civil.ge": the capitalised name, the
// dot, a known domain ending, then no more letters), else 0.
func domainEnd(p string, i, k int) int {
	if !unicode.IsUpper(runeAfter(p, i)) {
		return 0
	}
	e := k
	for e < len(p) && p[e] >= 'a' && p[e] <= 'z' {
		e++
	}
	if e == k || !webDomains[p[k:e]] || isWordRune(runeAfter(p, e)) {
		return 0
	}
	return e
}
