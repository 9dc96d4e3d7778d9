package bot

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Discord's limits on what a message may carry. discordgo checks none of
// them; a message over any of them is rejected whole.
const (
	maxContent       = 2000
	maxEmbeds        = 10
	maxEmbedTitle    = 256
	maxEmbedDesc     = 4096
	maxEmbedFields   = 25
	maxFieldName     = 256
	maxFieldValue    = 1024
	maxFooter        = 2048
	maxAuthorName    = 256
	maxEmbedTotal    = 6000
	maxRows          = 5
	maxButtonsPerRow = 5
	maxButtonLabel   = 80
	maxCustomID      = 100
	maxChoices       = 25
	maxChoiceName    = 100
	maxChoiceValue   = 100
)

const ellipsis = "…"

// textLen counts s the way Discord does, in UTF-16 code units, so a limit
// is never exceeded by characters outside the Basic Multilingual Plane.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// prefixWithin returns the longest prefix of s, cut on a rune boundary,
// whose textLen is at most max.
func prefixWithin(s string, max int) string {
	n := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > max {
			return s[:i]
		}
		n += w
	}
	return s
}

// wordCut shortens s to at most max units, preferring to end at a word
// boundary unless that would lose more than a third of the text.
func wordCut(s string, max int) string {
	cut := prefixWithin(s, max)
	if len(cut) == len(s) {
		return cut
	}
	next, _ := utf8.DecodeRuneInString(s[len(cut):])
	if !unicode.IsSpace(next) {
		if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > 0 && i >= len(cut)*2/3 {
			cut = cut[:i]
		}
	}
	return strings.TrimRightFunc(cut, unicode.IsSpace)
}

// truncatePlain shortens text that Discord shows as it is (footers, author
// names, button labels, choice names) to max units, on a word boundary,
// ending in "…".
func truncatePlain(s string, max int) string {
	if textLen(s) <= max {
		return s
	}
	if max < 1 {
		return ""
	}
	return wordCut(s, max-1) + ellipsis
}

// truncateMarkdown shortens Discord markdown to max units on a word
// boundary, ending in "…". It never leaves half an escape sequence
// (a lone trailing backslash) and never leaves a **bold** run open: the cut
// either drops a dangling "**" or closes the run before the ellipsis.
func truncateMarkdown(s string, max int) string {
	if textLen(s) <= max {
		return s
	}
	if max < 1 {
		return ""
	}
	budget := max - 1
	for budget > 0 {
		cut := wordCut(s, budget)
		cut = trimBrokenMarkup(cut)
		if boldOpen(cut) {
			i := lastBoldMarker(cut)
			if strings.TrimSpace(cut[i+2:]) == "" {
				cut = trimBrokenMarkup(strings.TrimRightFunc(cut[:i], unicode.IsSpace))
			} else {
				cut += "**"
			}
		}
		if textLen(cut)+1 <= max && !boldOpen(cut) {
			return cut + ellipsis
		}
		budget -= 2
	}
	return ellipsis
}

// trimBrokenMarkup removes what a cut can leave half-done at the end: an
// unescaped single '*' (half of a "**") and an odd trailing backslash.
func trimBrokenMarkup(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, "*") && !escapedAt(s, len(s)-1) && !strings.HasSuffix(s, "**"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\\") && !escapedAt(s, len(s)-1):
			s = s[:len(s)-1]
		default:
			return s
		}
	}
}

// escapedAt reports whether the byte at s[i] is preceded by an odd number
// of backslashes.
func escapedAt(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

// boldMarkers returns the byte offsets of the unescaped "**" markers in s.
func boldMarkers(s string) []int {
	var at []int
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			i++ // skip the escaped byte
		case s[i] == '*' && i+1 < len(s) && s[i+1] == '*':
			at = append(at, i)
			i++
		}
	}
	return at
}

func boldOpen(s string) bool { return len(boldMarkers(s))%2 == 1 }

func lastBoldMarker(s string) int {
	m := boldMarkers(s)
	if len(m) == 0 {
		return -1
	}
	return m[len(m)-1]
}

// cutChoiceValue shortens an autocomplete value without an ellipsis: the
// value is what the user's option becomes, so it stays a real prefix.
func cutChoiceValue(s string) string {
	if textLen(s) <= maxChoiceValue {
		return s
	}
	return wordCut(s, maxChoiceValue)
}

// joinWithin joins lines with sep, stopping before the total would pass
// max, and ends with "…and N more" when lines were left out. Whole lines
// are kept or left out, so masked links are never cut.
func joinWithin(lines []string, sep string, max int) string {
	var b strings.Builder
	for i, l := range lines {
		more := ""
		if rest := len(lines) - i - 1; rest > 0 {
			more = sep + moreLine(rest)
		}
		add := l
		if i > 0 {
			add = sep + l
		}
		if textLen(b.String())+textLen(add)+textLen(more) > max {
			// Keep room for the note about what was left out.
			note := moreLine(len(lines) - i)
			if i > 0 {
				note = sep + note
			}
			if textLen(b.String())+textLen(note) <= max {
				b.WriteString(note)
			}
			return b.String()
		}
		b.WriteString(add)
	}
	return b.String()
}

func moreLine(n int) string {
	if n == 1 {
		return "…and 1 more"
	}
	return "…and " + strconv.Itoa(n) + " more"
}
