package corpus

import "strings"

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
