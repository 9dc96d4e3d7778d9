package bot

import (
	"net/url"
	"strings"

	"github.com/parley-bot/parley/index"
)

// escapeMarkdown makes article or user text literal in Discord markdown.
// It is the index's escaper, so plain fields are escaped by the same rules
// as the highlights the index returns.
func escapeMarkdown(s string) string { return index.EscapeMarkdown(s) }

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
