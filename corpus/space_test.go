package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// spaceCases are strings with every kind of white space and invisible
// character, at the ends and between words, and invalid UTF-8.
var spaceCases = []string{
	"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\r\nb", "a\vb", "a\fb", "a\u00a0b", "a\u0085b", "a\u2009b", "a\u3000b",
	"a\u200bb", "a\u00adb", "a\ufeffb", "\ufeffa", "a\x00b", "a\x7fb", "a\x1bb", "é è", "é  è", "\xff\xfe a", "a \xff", "Zelenskyy’s “peace plan”",
	"tab\tat\tend\t", "\n\nlead", "one two three", "x\u2028y", "x\u2029y", "a\u1680b",
}

// TestSpaceFastPaths checks the quick checks of normalizeSpace and
// cleanParagraphs against what they stand for, on the cases above and on
// every line of every test article.
func TestSpaceFastPaths(t *testing.T) {
	lines := append([]string(nil), spaceCases...)
	filepath.Walk("testdata", func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			if b, err := os.ReadFile(p); err == nil {
				lines = append(lines, strings.Split(string(b), "\n")...)
			}
		}
		return nil
	})
	for _, s := range lines {
		if got, want := normalizeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := clean(s), cleanSlow(s); got != want {
			t.Errorf("clean(%q) = %v, want %v", s, got, want)
		}
	}
	for r := rune(0); r < 0x3100; r++ {
		s := "a" + string(r) + "b"
		if got, want := clean(s), normalizeSpace(strings.Map(dropInvisible, s)) == s; got != want || got != cleanSlow(s) {
			t.Errorf("clean(%q) (U+%04X, space %v) = %v, want %v", s, r, unicode.IsSpace(r), got, want)
		}
		if got, want := normalizeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// cleanSlow is clean without its ASCII path: every rune through
// unicode.IsSpace and dropInvisible.
func cleanSlow(s string) bool {
	prevSpace := true
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		if unicode.IsSpace(r) || dropInvisible(r) < 0 {
			return false
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}
