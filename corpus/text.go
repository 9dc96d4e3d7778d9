package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseText parses a plain-text article, such as a wire story pasted from
// an agency feed. The text has no markup, so ParseText reads its layout:
//
//   - Paragraphs are separated by blank lines or are one per line. Text
//     hard-wrapped at a fixed width is re-joined, so a wrapped paragraph
//     becomes one paragraph.
//   - A short first line without a full stop is the title; "By ..." lines
//     and "Published: <date>" lines above the story give authors and date.
//   - The dateline, credit line, end matter and subheadings are handled as
//     described for cleanWire (see wire.go): the dateline goes to Place and
//     Source, the credit line to Authors and Source, the rest is dropped.
//
// The publication date stays zero unless the text states one; a file's
// modification time is not a publication date.
func ParseText(name string, data []byte) (*Article, error) {
	s, err := checkText(name, data)
	if err != nil {
		return nil, err
	}
	a := &Article{}
	a.Paragraphs = cleanWire(textParagraphs(s), a, wireOpts{title: true, headings: true})
	return finish(name, a, "the file holds no story text, only a title or end matter; add the text")
}

// wrapSlack is how much shorter than the wrap width a line may be and
// still count as wrapped: formatters that balance lines leave some room.
const wrapSlack = 10

// textParagraphs splits plain text into paragraphs, re-joining lines that
// were hard-wrapped.
func textParagraphs(s string) []string {
	var chunks [][]string
	var cur []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if cur != nil {
				chunks = append(chunks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		chunks = append(chunks, cur)
	}
	width, wrapped := wrapWidth(chunks)
	var out []string
	for _, c := range chunks {
		if !wrapped {
			out = append(out, c...)
			continue
		}
		out = append(out, unwrap(c, width)...)
	}
	return out
}

// wrapWidth guesses whether the text is hard-wrapped and at what width.
// In wrapped text the longest line is of a usual terminal width, most
// lines inside a block come close to it, and most of them stop mid-
// sentence. Text with one paragraph per line has lines of every length,
// nearly all ending a sentence.
func wrapWidth(chunks [][]string) (int, bool) {
	width, inner, near, stops := 0, 0, 0, 0
	for _, c := range chunks {
		if len(c) < 2 {
			continue
		}
		for _, l := range c {
			width = max(width, utf8.RuneCountInString(l))
		}
	}
	for _, c := range chunks {
		for i := 0; i+1 < len(c); i++ {
			inner++
			if utf8.RuneCountInString(c[i]) >= width-wrapSlack-5 {
				near++
			}
			if endsStop(c[i]) {
				stops++
			}
		}
	}
	return width, inner > 0 && width >= 40 && width <= 120 && near*2 >= inner && stops*2 < inner
}

// endsStop reports whether l ends a sentence (a full stop, question or
// exclamation mark, possibly inside closing quotes).
func endsStop(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(trimClosers(l))
	return strings.ContainsRune(".!?…", r)
}

// unwrap joins the wrapped lines of one block into paragraphs. A line ends
// a paragraph when the next line's first word would have fitted on it (so
// the break was intended), or when the next line opens a dateline or a
// list item.
func unwrap(lines []string, width int) []string {
	var out []string
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			first, _, _ := strings.Cut(l, " ")
			if utf8.RuneCountInString(prev)+1+utf8.RuneCountInString(first) <= width-wrapSlack ||
				isDateline(l) || isBullet(l) {
				out = append(out, b.String())
				b.Reset()
			} else if joinsWord(prev, l) {
				// "well-" + "known": keep the hyphen, no space
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return append(out, b.String())
}

// joinsWord reports a line ending in a hyphen after a letter followed by a
// line starting with a lower-case letter: a word split at the wrap.
func joinsWord(prev, next string) bool {
	if !strings.HasSuffix(prev, "-") || len(prev) < 2 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(before) && unicode.IsLower(first)
}

// isBullet reports a line that starts a list item.
func isBullet(l string) bool {
	for _, m := range []string{"- ", "* ", "• ", "— ", "– "} {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	return false
}
