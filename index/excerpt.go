package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Excerpt returns Highlight(text, spans) when it is at most maxRunes runes
// long, and otherwise the highlighted window of text around the first
// span that fits in maxRunes, cut at spaces and marked with "…" where
// text was left out. Markers and escapes are never cut in half. It
// returns "" when maxRunes is too small for even one word.
func Excerpt(text string, spans []Span, maxRunes int) string {
	if maxRunes <= 0 {
		return ""
	}
	full := Highlight(text, spans)
	if utf8.RuneCountInString(full) <= maxRunes {
		return full
	}
	spans = normSpans(text, spans)
	focus := 0
	if len(spans) > 0 {
		focus = spans[0].Start
	}
	// Largest window (in bytes of text) whose rendering fits: rendering
	// grows with the window, so search on its length.
	best := ""
	lo, hi := 1, len(text)
	for lo <= hi {
		mid := (lo + hi) / 2
		out := renderWindow(text, spans, focus, mid)
		if utf8.RuneCountInString(out) <= maxRunes {
			best, lo = out, mid+1
		} else {
			hi = mid - 1
		}
	}
	return best
}

// renderWindow highlights about size bytes of text around focus: a
// quarter before it, the rest after, widened to whole words.
func renderWindow(text string, spans []Span, focus, size int) string {
	start := focus - size/4
	if start < 0 {
		start = 0
	}
	end := start + size
	if end > len(text) {
		end = len(text)
		if start = end - size; start < 0 {
			start = 0
		}
	}
	start, end = wordBounds(text, start, end)
	if start >= end {
		return ""
	}
	var win []Span
	for _, s := range spans {
		if s.End <= start || s.Start >= end {
			continue
		}
		win = append(win, Span{Start: max(s.Start, start) - start, End: min(s.End, end) - start})
	}
	out := Highlight(strings.TrimSpace(text[start:end]), trimShift(text[start:end], win))
	if start > 0 {
		out = "…" + out
	}
	if end < len(text) {
		out += "…"
	}
	return out
}

// wordBounds moves start forward and end backward to spaces, unless
// that would leave nothing.
func wordBounds(text string, start, end int) (int, int) {
	if start > 0 && !isSpaceBefore(text, start) {
		if i := strings.IndexFunc(text[start:end], unicode.IsSpace); i >= 0 {
			start += i
		}
	}
	for start < end && !utf8.RuneStart(text[start]) {
		start++
	}
	if end < len(text) && !isSpaceAt(text, end) {
		if i := strings.LastIndexFunc(text[start:end], unicode.IsSpace); i > 0 {
			end = start + i
		}
	}
	for end > start && end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	return start, end
}

func isSpaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

// trimShift shifts spans of s to the coordinates of strings.TrimSpace(s).
func trimShift(s string, spans []Span) []Span {
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	out := make([]Span, 0, len(spans))
	for _, sp := range spans {
		out = append(out, Span{Start: sp.Start - lead, End: sp.End - lead})
	}
	return out
}
