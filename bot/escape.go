package bot

import (
	"net/url"
	"strings"
)

// escapeMarkdown makes article or user text literal in Discord markdown:
// emphasis, spoilers, code, strike-through, masked links and mention
// syntax everywhere; headings, block quotes and list markers at the start
// of a line. Discord treats a backslash before any ASCII punctuation as an
// escape, so the text reads the same once rendered.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '*', '_', '~', '`', '|', '[', ']', '<', '>', '@', '#':
			if c == '@' {
				// "@everyone" and "@here" render as mentions even when
				// allowed_mentions keeps them from pinging.
				if !mentionAt(s, i) {
					b.WriteByte(c)
					lineStart = false
					continue
				}
			}
			if (c == '#' || c == '>') && !lineStart {
				b.WriteByte(c)
				lineStart = false
				continue
			}
			b.WriteByte('\\')
			b.WriteByte(c)
		case '-', '+':
			// "- item" would become a list.
			if lineStart && i+1 < len(s) && s[i+1] == ' ' {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		case '\n':
			b.WriteByte(c)
			lineStart = true
			continue
		case ' ', '\t':
			b.WriteByte(c)
			continue // spaces keep lineStart as it is
		default:
			if lineStart && c >= '0' && c <= '9' {
				// "1. item" would become a numbered list.
				j := i
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if j+1 < len(s) && s[j] == '.' && s[j+1] == ' ' {
					b.WriteString(s[i:j])
					b.WriteString("\\.")
					i = j
					lineStart = false
					continue
				}
			}
			b.WriteByte(c)
		}
		lineStart = false
	}
	return b.String()
}

// mentionAt reports whether the '@' at s[i] starts "@everyone" or "@here".
func mentionAt(s string, i int) bool {
	rest := s[i+1:]
	return strings.HasPrefix(rest, "everyone") || strings.HasPrefix(rest, "here")
}

// oneLine folds line breaks and runs of spaces so a title or name stays on
// one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// safeURL returns raw as a link target when it is an absolute http(s) URL,
// or "" when it is anything else (javascript:, relative, garbage).
func safeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 2048 {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ""
	}
	s := u.String()
	// Parentheses and angle brackets would end a masked link early.
	return strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E", " ", "%20").Replace(s)
}

// maskedLink renders text as a markdown link to raw when raw is safe, or as
// plain escaped text otherwise.
func maskedLink(text, raw string) string {
	t := escapeMarkdown(oneLine(text))
	if u := safeURL(raw); u != "" {
		return "[" + t + "](" + u + ")"
	}
	return t
}
