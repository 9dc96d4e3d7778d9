package corpus

import (
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode"

	"github.com/goccy/go-yaml"
)

// ParseMarkdown parses a Markdown article with optional YAML front matter
// between "---" lines. Front matter fields: title, source, url (or link),
// published (or date), author or authors (a name or a list), place (or
// dateline), id.
//
// The body's paragraphs are its blocks separated by blank lines; list
// items and block quotes are paragraphs too. Markup that is not text is
// removed: emphasis, inline code marks, links (their text is kept),
// images, HTML tags and comments, code blocks. Headings (ATX "## ..." and
// setext), paragraphs that are wholly bold and one-line paragraphs that
// read as subheadings (short, no terminal punctuation) are dropped, as for
// plain text; the first level-one heading is the title when the front
// matter gives none. The body then goes through the same dateline and
// end-matter handling as plain text.
func ParseMarkdown(name string, data []byte) (*Article, error) {
	s, err := checkText(name, data)
	if err != nil {
		return nil, err
	}
	a := &Article{}
	body, fmErr := frontMatter(name, s, a)
	if fmErr != nil {
		return nil, fmErr
	}
	paras, h1 := markdownParagraphs(body)
	a.Title = firstNonEmpty(a.Title, h1)
	a.Paragraphs = cleanWire(paras, a, wireOpts{headings: true})
	return finish(name, a, "the Markdown has no body text; add the article below the front matter")
}

// frontMatter reads the YAML front matter at the start of s, if any, into
// a and returns the body after it.
func frontMatter(name, s string, a *Article) (string, error) {
	first, rest, _ := strings.Cut(s, "\n")
	if strings.TrimRight(first, " \t") != "---" {
		return s, nil
	}
	var yamlText string
	end := -1
	lines := strings.SplitAfter(rest, "\n")
	for i, l := range lines {
		if t := strings.TrimRight(l, " \t\n"); t == "---" || t == "..." {
			yamlText = strings.Join(lines[:i], "")
			end = i
			break
		}
	}
	if end < 0 {
		return "", LoadError{File: name, Line: 1, Err: fmt.Errorf("%w: front matter opened with \"---\" is never closed; add a \"---\" line after the metadata", ErrFrontMatter)}
	}
	var m meta
	if err := yaml.Unmarshal([]byte(yamlText), &m); err != nil {
		line, msg := 0, err.Error()
		var ye yaml.Error
		if errors.As(err, &ye) {
			msg = ye.GetMessage()
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				line = tk.Position.Line + 1 // the YAML starts on the file's second line
			}
		}
		return "", LoadError{File: name, Line: line, Err: fmt.Errorf("%w: not valid YAML: %s; fix the metadata between the \"---\" lines", ErrFrontMatter, msg)}
	}
	if err := m.apply(a); err != nil {
		return "", LoadError{File: name, Err: fmt.Errorf("front matter: %w", err)}
	}
	return strings.Join(lines[end+1:], ""), nil
}

var (
	atxHeadingRE  = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	setextRE      = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	fenceRE       = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	listItemRE    = regexp.MustCompile(`^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	refDefRE      = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+`)
	tableRuleRE   = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	htmlCommentRE = regexp.MustCompile(`(?s)<!--.*?-->`)
)

// markdownParagraphs returns the text paragraphs of a Markdown body and
// the text of its first level-one heading.
func markdownParagraphs(body string) (paras []string, h1 string) {
	body = htmlCommentRE.ReplaceAllString(body, "")
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			if p := markdownInline(strings.Join(cur, "\n")); p != "" {
				paras = append(paras, p)
			}
		}
		cur = nil
	}
	fence := ""
	for _, line := range strings.Split(body, "\n") {
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(line), fence) {
				fence = ""
			}
			continue
		}
		if m := fenceRE.FindStringSubmatch(line); m != nil {
			flush()
			fence = m[1]
			continue
		}
		// Block quotes are read as their content.
		for {
			t := strings.TrimLeft(line, " ")
			if !strings.HasPrefix(t, ">") {
				break
			}
			line = strings.TrimPrefix(t[1:], " ")
		}
		switch {
		case strings.TrimSpace(line) == "":
			flush()
		case atxHeadingRE.MatchString(line):
			flush()
			if m := atxHeadingRE.FindStringSubmatch(line); m[1] == "#" && h1 == "" {
				h1 = markdownInline(m[2])
			}
		case setextRE.MatchString(line) && len(cur) == 1:
			if strings.HasPrefix(strings.TrimSpace(line), "=") && h1 == "" {
				h1 = markdownInline(cur[0])
			}
			cur = nil // the line above was a heading
		case isSeparator(strings.TrimSpace(line)):
			flush()
			paras = append(paras, "___") // kept for cleanWire's end-matter rule
		case refDefRE.MatchString(line), tableRuleRE.MatchString(line) && strings.Contains(line, "|"):
		case listItemRE.MatchString(line):
			flush()
			// Keep a marker so cleanWire knows a short item is not a heading.
			cur = append(cur, "- "+listItemRE.ReplaceAllString(line, ""))
		default:
			cur = append(cur, line)
		}
	}
	flush()
	return paras, h1
}

var (
	imageRE       = regexp.MustCompile(`!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])`)
	linkRE        = regexp.MustCompile(`\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	autolinkRE    = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	htmlTagRE     = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	codeSpanRE    = regexp.MustCompile("(`+)([^`]+?)`+")
	escapeRE      = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
	boldOnlyRE    = regexp.MustCompile(`^(?:\*\*|__)[^*_]+(?:\*\*|__)$`)
	hardBreakRE   = regexp.MustCompile(`(?:  +|\\)\n`)
	escapePrivate = '\uE000' // stands in for escaped characters while emphasis is removed
)

// markdownInline turns one Markdown block into plain text. A block that is
// wholly bold and reads as a heading returns "".
func markdownInline(s string) string {
	if !strings.ContainsAny(s, "*_[]<>`\\&") {
		return normalizeSpace(s) // plain text: nothing to strip
	}
	s = strings.TrimSpace(hardBreakRE.ReplaceAllString(s, "\n"))
	if boldOnlyRE.MatchString(s) && !endsWithPunct(strings.Trim(s, "*_")) {
		return ""
	}
	// Hide escaped characters so the emphasis scan leaves them alone.
	var escaped []rune
	s = escapeRE.ReplaceAllStringFunc(s, func(m string) string {
		escaped = append(escaped, []rune(m[1:])[0])
		return string(escapePrivate)
	})
	s = codeSpanRE.ReplaceAllString(s, "$2")
	s = imageRE.ReplaceAllString(s, "")
	s = linkRE.ReplaceAllString(s, "$1")
	s = autolinkRE.ReplaceAllString(s, "$1")
	s = htmlTagRE.ReplaceAllString(s, "")
	s = stripEmphasis(s)
	if len(escaped) > 0 {
		i := 0
		s = strings.Map(func(r rune) rune {
			if r == escapePrivate && i < len(escaped) {
				i++
				return escaped[i-1]
			}
			return r
		}, s)
	}
	return normalizeSpace(html.UnescapeString(s))
}

// stripEmphasis removes runs of "*" and "_" that open or close emphasis:
// those touching a word on one side only. Runs inside a word (snake_case)
// or standing between spaces ("3 * 4") are text and stay.
func stripEmphasis(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		r := rs[i]
		if r != '*' && r != '_' {
			b.WriteRune(r)
			i++
			continue
		}
		j := i
		for j < len(rs) && rs[j] == r {
			j++
		}
		prev, next := ' ', ' '
		if i > 0 {
			prev = rs[i-1]
		}
		if j < len(rs) {
			next = rs[j]
		}
		if flanks(prev, next) == flanks(next, prev) {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String()
}

// flanks reports whether a delimiter run with before on one side and after
// on the other is left-flanking in CommonMark's sense (it can open
// emphasis); swapping the arguments gives right-flanking.
func flanks(before, after rune) bool {
	if unicode.IsSpace(after) {
		return false
	}
	if isPunct(after) {
		return unicode.IsSpace(before) || isPunct(before)
	}
	return true
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
