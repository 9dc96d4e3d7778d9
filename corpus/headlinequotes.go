package corpus

import (
	"strings"
	"unicode/utf8"
)

// quoteHeadline reports a heading-shaped line that gives someone's words:
// "17:50 GMT – Hamas: 'We have given our list'", "Sisi: “good news from
// Sharm el-Sheikh”". Live blogs head their entries so; the line is kept as
// a paragraph (its quotation is the speaker's) instead of being dropped as
// a subheading.
func quoteHeadline(p string) bool {
	i := strings.LastIndex(p, ": ")
	if i <= 0 {
		return false
	}
	who, words := p[:i], strings.TrimSpace(p[i+2:])
	if len(strings.Fields(who)) > 8 || len(strings.Fields(words)) < 3 {
		return false
	}
	open, _ := utf8.DecodeRuneInString(words)
	last, _ := utf8.DecodeLastRuneInString(words)
	switch open {
	case '\'', '"', '“', '‘', '«':
	default:
		return false
	}
	return last == '\'' || last == '"' || last == '”' || last == '’' || last == '»'
}
