package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qspan is one stretch of quoted text inside a paragraph: the marks and what
// they enclose. A quotation that runs over several paragraphs has one qspan
// per paragraph.
type qspan struct {
	start, end     int // byte range including the marks
	inStart, inEnd int // byte range of the content
	closed         bool
	single         bool // opened by a single quote mark
}

// content returns the quoted text of s in paragraph p, trimmed.
func (s qspan) content(p string) string { return strings.TrimSpace(p[s.inStart:s.inEnd]) }

// findQuoteSpans finds the top-level quotations of one paragraph. Quote marks
// nested inside a quotation are part of its content; apostrophes (don’t,
// Ukraine’s, ’90s, rock ’n’ roll, Russians’) are not quote marks.
func findQuoteSpans(p string) []qspan {
	var spans []qspan
	i := 0
	for i < len(p) {
		r, w := utf8.DecodeRuneInString(p[i:])
		kind := openerKind(p, i, r, w)
		if kind == 0 {
			i += w
			continue
		}
		single := kind == '\''
		end, inEnd, closed := findCloser(p, i+w, r, single)
		if single && !closed && !singleMayRunOn(p, i) {
			i += w // a lone single mark is an apostrophe, not a quotation
			continue
		}
		spans = append(spans, qspan{start: i, end: end, inStart: i + w, inEnd: inEnd, closed: closed, single: single})
		i = end
	}
	return spans
}

// openerKind reports whether the rune r at byte i opens a quotation: '"' for
// a double mark, an apostrophe for a single one, 0 when it does not.
func openerKind(p string, i int, r rune, w int) rune {
	switch r {
	case '“', '«', '„', '"':
		return '"'
	case '‘', '\'', '‹':
		prev, next := runeBefore(p, i), runeAfter(p, i+w)
		if !opensWord(prev) || next == 0 || unicode.IsSpace(next) {
			return 0
		}
		if isElision(p[i+w:]) {
			return 0
		}
		return '\''
	}
	return 0
}

// opensWord reports whether prev (the rune before a mark) lets the mark open
// a quotation: start of text, space, or opening punctuation.
func opensWord(prev rune) bool {
	return prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:“\"«„", prev)
}

var elisions = []string{"em ", "em,", "em.", "til ", "tis ", "twas ", "cause ", "n’ ", "n' ", "n ", "round ", "bout "}

// isElision reports whether the text after an apostrophe-like mark is a
// clipped word ('90s, 'em, rock 'n' roll) rather than quoted text.
func isElision(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if unicode.IsDigit(r) {
		j := 0
		for j < len(after) && after[j] >= '0' && after[j] <= '9' {
			j++
		}
		return j < len(after) && after[j] == 's' || j == 2
	}
	low := strings.ToLower(after)
	for _, e := range elisions {
		if strings.HasPrefix(low, e) {
			return true
		}
	}
	return false
}

// findCloser looks for the mark that closes a quotation opened by open,
// starting at byte from. It returns the end of the span (after the closing
// mark), the end of the content, and whether a closer was found; an unclosed
// quotation runs to the end of the paragraph.
func findCloser(p string, from int, open rune, single bool) (end, inEnd int, closed bool) {
	nested := rune(0) // opener of a nested double quotation inside a single one
	for i := from; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		if nested != 0 {
			if closesDouble(nested, r) {
				nested = 0
			}
			i += w
			continue
		}
		if single {
			if r == '“' || r == '«' || r == '„' || (r == '"' && opensWord(runeBefore(p, i))) {
				nested = r
				i += w
				continue
			}
			if (r == '’' || r == '\'' || r == '›') && closesSingle(p, i, w) {
				return i + w, i, true
			}
		} else if closesDouble(open, r) {
			return i + w, i, true
		}
		i += w
	}
	return len(p), len(p), false
}

func closesDouble(open, r rune) bool {
	switch open {
	case '“':
		return r == '”' || r == '"'
	case '«':
		return r == '»'
	case '„':
		return r == '“' || r == '”'
	case '"':
		return r == '"' || r == '”'
	}
	return false
}

// closesSingle decides whether the single mark at byte i closes a single
// quotation: it must follow text and not run into a word; a plural
// possessive (the Russians’ demands) is skipped when a later mark can close.
func closesSingle(p string, i, w int) bool {
	prev, next := runeBefore(p, i), runeAfter(p, i+w)
	if prev == 0 || unicode.IsSpace(prev) || unicode.IsLetter(next) || unicode.IsDigit(next) {
		return false
	}
	if (prev == 's' || prev == 'S') && next == ' ' {
		after := strings.TrimLeft(p[i+w:], " ")
		r, _ := utf8.DecodeRuneInString(after)
		if unicode.IsLower(r) {
			for j := i + w; j < len(p); {
				r2, w2 := utf8.DecodeRuneInString(p[j:])
				if (r2 == '’' || r2 == '\'' || r2 == '‘') && j > 0 {
					pv, nx := runeBefore(p, j), runeAfter(p, j+w2)
					if unicode.IsSpace(pv) && unicode.IsLetter(nx) {
						// "made 'good progress' and ... 'as soon as possible'":
						// another quotation opens first, so this mark closes
						return true
					}
					if r2 != '‘' && !unicode.IsSpace(pv) && !unicode.IsLetter(nx) && !unicode.IsDigit(nx) {
						return false // a later closer exists: this one is a possessive
					}
				}
				j += w2
			}
		}
	}
	return true
}

// singleMayRunOn reports whether an unclosed single quotation at byte i can
// be a quotation running on to the next paragraph: only when it opens the
// paragraph or follows a colon.
func singleMayRunOn(p string, i int) bool {
	before := strings.TrimSpace(p[:i])
	return before == "" || strings.HasSuffix(before, ":")
}

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func runeAfter(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// opensWithQuote reports whether paragraph p starts with a quotation mark
// (used to continue a quotation left open at the end of the previous one).
func opensWithQuote(spans []qspan, p string) bool {
	return len(spans) > 0 && strings.TrimSpace(p[:spans[0].start]) == ""
}

// cleanQuote tidies quoted text: trims spaces and a trailing comma that
// belongs to the sentence around the quotation rather than to the words.
func cleanQuote(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ",;: ")
	return strings.TrimSpace(s)
}
