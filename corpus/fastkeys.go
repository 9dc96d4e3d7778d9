package corpus

import (
	"strings"
	"unicode"
)

// Allocation-free shortcuts for tests extraction runs on every word; each
// gives exactly what the call it replaces gives.

// isUpperCase reports strings.ToUpper(s) == s without building the
// upper-case copy for plain ASCII.
func isUpperCase(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToUpper(s) == s
		}
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// wordKey is nameKey(t.text), reusing the token's lower-case form when
// the word is plain ASCII letters and digits (the key is then the word in
// lower case, which t.low already holds).
func wordKey(t token) string {
	if len(t.low) != len(t.text) {
		return nameKey(t.text)
	}
	for i := 0; i < len(t.text); i++ {
		c, l := t.text[i], t.low[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if l != c {
				return nameKey(t.text)
			}
		case c >= 'A' && c <= 'Z':
			if l != c+'a'-'A' {
				return nameKey(t.text)
			}
		default:
			return nameKey(t.text)
		}
	}
	return t.low
}

// firstOfSeveral returns fs[0] and true when fs := strings.Fields(s) has
// two or more fields, without building fs.
func firstOfSeveral(s string) (string, bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", false
	}
	if strings.TrimLeftFunc(s[i:], unicode.IsSpace) == "" {
		return "", false
	}
	return s[:i], true
}

// nameKeyIs reports nameKey(s) == k. A plain ASCII name's key is built in
// a stack buffer (appendASCIIKey, asciiKey's rules), so no string is
// allocated.
func nameKeyIs(s, k string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return nameKey(s) == k
		}
	}
	var buf [64]byte
	return string(appendASCIIKey(buf[:0], s)) == k
}

// keyed is m[nameKey(s)], building the key of a plain ASCII name in a
// buffer on the stack instead of a new string.
func keyed[V any](m map[string]V, s string) (V, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			v, ok := m[nameKey(s)]
			return v, ok
		}
	}
	var buf [64]byte
	v, ok := m[string(appendASCIIKey(buf[:0], s))]
	return v, ok
}

// newWordIn is newWord(p[i:j], i, j), slicing the lower-case form of a
// plain ASCII word with capitals out of *pl, p with A-Z in lower case
// (made on first use), instead of lower-casing each word on its own.
func newWordIn(p string, pl *string, i, j int) token {
	word := p[i:j]
	upper := false
	for k := 0; k < len(word); k++ {
		c := word[k]
		if c >= 0x80 {
			return newWord(word, i, j)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return newWord(word, i, j)
	}
	if *pl == "" {
		var b strings.Builder
		b.Grow(len(p))
		for k := 0; k < len(p); k++ {
			c := p[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		*pl = b.String()
	}
	low := (*pl)[i:j]
	return token{kind: kWord, text: word, low: low, cap: word[0] >= 'A' && word[0] <= 'Z', start: i, end: j, lex: lexOf(low)}
}

// appendLows appends the lower-case forms of tokens [s, e) to b, joined by
// sep: strings.Join of them without the slice and the string.
func appendLows(b []byte, toks []token, s, e int, sep byte) []byte {
	for k := s; k < e; k++ {
		if k > s {
			b = append(b, sep)
		}
		b = append(b, toks[k].low...)
	}
	return b
}

// fieldCount is len(strings.Fields(s)) without the slice.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}
