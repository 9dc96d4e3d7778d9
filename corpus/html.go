package corpus

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// minArticleRunes is the least text an HTML page must yield to count as an
// article; less is an error page, a menu or a teaser.
const minArticleRunes = 120

// ParseHTML extracts the article from an HTML page with go-readability,
// which drops navigation, footers, ads and similar boilerplate. pageURL is
// the address the page was fetched from ("" for a file); it resolves a
// relative canonical link and is the URL of last resort.
//
// Metadata: title, byline (as Authors), site name (as Source),
// publication time (JSON-LD datePublished, article:published_time, else
// the first <time datetime>), and URL (<link rel=canonical>, og:url, else
// pageURL). Paragraphs are the extracted content's block elements;
// headings, figures and captions are dropped, and the paragraphs go
// through the same dateline and end-matter handling as plain text.
// Pages in legacy encodings are decoded using their declared charset.
func ParseHTML(name string, data []byte, pageURL string) (*Article, error) {
	if !utf8.Valid(data) {
		// Legacy single-byte pages, or UTF-16 with a byte-order mark;
		// binary data decodes to text with NUL bytes, which checkText
		// rejects.
		enc, _, _ := charset.DetermineEncoding(data, "text/html")
		if dec, err := enc.NewDecoder().Bytes(data); err == nil {
			data = dec
		}
	}
	if _, err := checkText(name, data); err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, LoadError{File: name, Err: fmt.Errorf("%w: not parseable as HTML: %v", ErrNoText, err)}
	}
	base, _ := url.Parse(pageURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	page := pageMeta(doc, base)
	ra, err := guard(func() (readability.Article, error) { return readability.FromDocument(doc, base) })
	if err != nil {
		return nil, LoadError{File: name, Err: fmt.Errorf("%w: readability: %v", ErrNoText, err)}
	}
	a := &Article{
		Title:  normalizeSpace(ra.Title()),
		Source: normalizeSpace(ra.SiteName()),
		URL:    firstNonEmpty(page.canonical, pageURL),
	}
	if t, err := ra.PublishedTime(); err == nil {
		a.Published = t.UTC()
	} else if !page.published.IsZero() {
		a.Published = page.published
	}
	readByline(ra.Byline(), a)
	var paras []string
	if ra.Node != nil {
		paras = blockParagraphs(ra.Node)
	}
	if n := utf8.RuneCountInString(strings.Join(paras, " ")); n < minArticleRunes {
		return nil, LoadError{File: name, Err: fmt.Errorf("%w: no article found in the HTML (%d characters of text); save the article page itself, or paste its text into a .txt file", ErrNoText, n)}
	}
	a.Paragraphs = cleanWire(paras, a, wireOpts{})
	if a.Source == "" && base != nil {
		a.Source = strings.TrimPrefix(base.Hostname(), "www.")
	}
	return finish(name, a, "the page's text is only boilerplate; save the article page itself")
}

// readByline reads an HTML byline ("By Jane Doe and John Roe, Reuters")
// into Authors and, when it names an agency, Source.
func readByline(byline string, a *Article) {
	byline = normalizeSpace(byline)
	if byline == "" {
		return
	}
	if name, ok := agencyName(strings.TrimPrefix(byline, "By ")); ok {
		a.Source = firstNonEmpty(a.Source, name)
		return
	}
	if !hasByPrefix(byline) {
		byline = "By " + byline
	}
	if names, src, ok := parseCredit(byline); ok {
		a.Authors = appendUnique(a.Authors, names...)
		a.Source = firstNonEmpty(a.Source, src)
		return
	}
	// A byline that is not a clean list ("Staff and agencies") still
	// yields the parts that look like names.
	for _, n := range splitNames(byline) {
		if nameLike(n) && !isRole(n) {
			a.Authors = appendUnique(a.Authors, fixCaps(n))
		}
	}
}

// page holds metadata read from the document before readability edits it.
type page struct {
	canonical string
	published time.Time
}

// pageMeta finds the canonical URL and the first <time datetime> (for
// pages without publication meta tags).
func pageMeta(doc *html.Node, base *url.URL) page {
	var p page
	var ogURL string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if p.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					p.canonical = resolve(attr(n, "href"), base)
				}
			case atom.Meta:
				if ogURL == "" && attr(n, "property") == "og:url" {
					ogURL = resolve(attr(n, "content"), base)
				}
			case atom.Time:
				if p.published.IsZero() {
					if t, err := parseDate(attr(n, "datetime")); err == nil && attr(n, "datetime") != "" {
						p.published = t
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	p.canonical = firstNonEmpty(p.canonical, ogURL)
	return p
}

// resolve makes ref absolute against base; it returns "" for a relative
// reference without a base.
func resolve(ref string, base *url.URL) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || ref == "" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

// guard runs a third-party parser, turning a panic on hostile input into
// an error, so one bad page cannot bring down a batch or the bot.
func guard[T any](parse func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parser failed: %v", r)
		}
	}()
	return parse()
}
