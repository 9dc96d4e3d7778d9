package index

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a matched byte range [Start, End) of a passage or quote text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// normSpans sorts spans, drops empty or out-of-range ones, snaps them to
// rune boundaries and merges overlapping ones and ones separated only by
// spaces, so that a matched phrase is bolded as one run.
func normSpans(text string, spans []Span) []Span {
	out := spans[:0:0]
	for _, s := range spans {
		s.Start = min(max(s.Start, 0), len(text))
		s.End = min(max(s.End, 0), len(text))
		for s.Start < s.End && !utf8.RuneStart(text[s.Start]) {
			s.Start++
		}
		for s.End < len(text) && !utf8.RuneStart(text[s.End]) {
			s.End++
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 {
			last := &merged[n-1]
			if s.Start <= last.End || strings.Trim(text[last.End:s.Start], " ") == "" {
				if s.End > last.End {
					last.End = s.End
				}
				continue
			}
		}
		merged = append(merged, s)
	}
	return merged
}

// Highlight returns text as Discord markdown with the spans in **bold**
// and everything else escaped (see EscapeMarkdown), so article text can
// neither format the message nor produce a "**" of its own. Spans must be
// sorted and disjoint, as in PassageHit.Matches.
func Highlight(text string, spans []Span) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8 + 4*len(spans))
	e := escaper{b: &b, lineStart: true}
	pos := 0
	for _, s := range normSpans(text, spans) {
		if s.Start < pos {
			continue
		}
		// Bold only the span's core: "** word**" would not render.
		core := strings.TrimSpace(text[s.Start:s.End])
		if !visible(core) {
			continue
		}
		start := s.Start + strings.Index(text[s.Start:s.End], core)
		e.write(text[pos:start])
		b.WriteString("**")
		e.write(core)
		b.WriteString("**")
		e.lineStart = false
		pos = start + len(core)
	}
	e.write(text[pos:])
	return b.String()
}

// EscapeMarkdown makes text safe to show in a Discord message as it is:
//   - \ * _ ~ ` | [ ] < > @ are escaped with a backslash everywhere
//     (emphasis, code, spoilers, masked links, mentions, @everyone);
//   - # - + and "1." are escaped at the start of a line (headings,
//     subtext, lists);
//   - control characters other than newline and tab, and bidirectional
//     overrides, are dropped; carriage returns are dropped.
//
// Discord renders a backslash before punctuation as the punctuation
// alone, so the text reads as it was written.
func EscapeMarkdown(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	e := escaper{b: &b, lineStart: true}
	e.write(text)
	return b.String()
}

// escaper escapes consecutive pieces of one text, remembering where it
// is in the current line.
type escaper struct {
	b         *strings.Builder
	lineStart bool // only spaces since the last newline (or the start)
	listNum   bool // only spaces and then digits since the last newline
}

func (e *escaper) write(s string) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && escapeClass[c] == asciiPlain {
			// the common case: a letter or punctuation with no meaning
			e.b.WriteByte(c)
			e.lineStart, e.listNum = false, false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\n':
			e.b.WriteByte('\n')
			e.lineStart, e.listNum = true, false
		case r == '\t' || r == ' ':
			e.b.WriteRune(r)
			e.listNum = false
		case r == utf8.RuneError && n <= 1, dropRune(r):
			// invalid bytes and invisible controls are not shown
		case r >= '0' && r <= '9':
			e.b.WriteRune(r)
			e.listNum = e.lineStart || e.listNum
			e.lineStart = false
		default:
			// "12. text" starts an ordered list: escape its dot.
			if strings.ContainsRune(alwaysEscaped, r) ||
				(e.lineStart && strings.ContainsRune(lineStartEscaped, r)) ||
				(e.listNum && (r == '.' || r == ')')) {
				e.b.WriteByte('\\')
			}
			e.b.WriteRune(r)
			e.lineStart, e.listNum = false, false
		}
	}
}

const (
	alwaysEscaped    = "\\*_~`|[]<>@"
	lineStartEscaped = "#-+"
)

// escapeClass tells the ASCII characters that escaping copies as they are
// (asciiPlain) from those the general path looks at.
var escapeClass = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		if r == '\n' || r == '\t' || r == ' ' || r >= '0' && r <= '9' || r == '.' || r == ')' ||
			dropRune(r) || strings.ContainsRune(alwaysEscaped+lineStartEscaped, r) {
			t[c] = asciiSpecial
		}
	}
	return t
}()

// Classes of escapeClass.
const (
	asciiPlain = iota
	asciiSpecial
)

// dropRune reports characters that are removed from shown text: controls
// (other than newline and tab, handled before) and bidirectional
// overrides, which could reorder the rest of a message.
func dropRune(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// visible reports whether s has a character that escaping keeps.
func visible(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return r != utf8.RuneError && !dropRune(r) && !unicode.IsSpace(r)
	}) >= 0
}
