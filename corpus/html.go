package corpus

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
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
// Metadata: title (without the " | Site" suffix pages add), authors
// (JSON-LD, author meta tags, else the byline), site name as Source
// (og:site_name, JSON-LD publisher, else the far end of the <title>),
// publication time (JSON-LD datePublished in any form, including @graph;
// article:published_time and other date meta tags; else the article's own
// <time datetime>), and URL (<link rel=canonical>, og:url, else pageURL).
//
// Paragraphs are the extracted content's block elements. Headings,
// figures, captions, page furniture inside the body (ad slots, related
// links, newsletter promos, share bars, author bios, embedded social
// posts, pull quotes; see furniture) and a press release's notes to
// editors are dropped; a pull quote repeating the text is dropped, and a
// quotation set apart after "X said:" is joined to it. The paragraphs then
// go through the same dateline and end-matter handling as plain text.
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
	ra, err := guard(func() (readability.Article, error) {
		// Classes are kept: they tell page furniture from text (see
		// furniture).
		p := readability.NewParser()
		p.KeepClasses = true
		return p.ParseDocument(doc, base)
	})
	if err != nil {
		return nil, LoadError{File: name, Err: fmt.Errorf("%w: readability: %v", ErrNoText, err)}
	}
	site := firstNonEmpty(normalizeSpace(ra.SiteName()), page.siteName, page.ld.publisher)
	a := &Article{
		Source: site,
		URL:    firstNonEmpty(page.canonical, pageURL),
	}
	a.Title, _ = cleanTitle(firstNonEmpty(normalizeSpace(ra.Title()), page.ld.headline), site, page.h1)
	for _, t := range []time.Time{page.ld.published, page.published, page.timeElem} {
		if !t.IsZero() {
			a.Published = t
			break
		}
	}
	if t, err := ra.PublishedTime(); err == nil {
		a.Published = t.UTC()
	}
	// Structured author lists beat the byline text, which may be cut
	// short or hold a date.
	addAuthors(a, page.ld.authors)
	if len(a.Authors) == 0 {
		addAuthors(a, page.authors)
	}
	if len(a.Authors) == 0 {
		readByline(ra.Byline(), a)
	}
	var paras []string
	if ra.Node != nil {
		paras = blockParagraphs(ra.Node)
	}
	if n := utf8.RuneCountInString(strings.Join(paras, " ")); n < minArticleRunes {
		return nil, LoadError{File: name, Err: fmt.Errorf("%w: no article found in the HTML (%d characters of text); save the article page itself, or paste its text into a .txt file", ErrNoText, n)}
	}
	paras = joinIntroducedQuotes(dropEchoes(cleanParagraphs(paras)))
	a.Paragraphs = cleanWire(paras, a, wireOpts{headings: true})
	if a.Source == "" {
		// "The Gazette :: News :: Headline": the far end is the site.
		if _, fromTitle := cleanTitle(page.title, "", []string{a.Title}); !strings.EqualFold(fromTitle, a.Title) {
			a.Source = fromTitle
		}
	}
	if a.Source == "" && base != nil {
		a.Source = strings.TrimPrefix(base.Hostname(), "www.")
	}
	return finish(name, a, "the page's text is only boilerplate; save the article page itself")
}

// addAuthors adds the names that look like people's ("Jane Doe", not
// "Ridgeline wire desk"); an agency's name ("Reuters") becomes the Source.
func addAuthors(a *Article, names []string) {
	for _, n := range names {
		if name, ok := agencyName(n); ok {
			a.Source = firstNonEmpty(a.Source, name)
		} else if nameLike(n) && !isRole(n) {
			a.Authors = appendUnique(a.Authors, fixCaps(n))
		}
	}
}

var bylineSepRE = regexp.MustCompile(`\s+[·•|]\s+`)

// readByline reads an HTML byline ("By Jane Doe and John Roe, Reuters")
// into Authors and, when it names an agency, Source.
func readByline(byline string, a *Article) {
	byline = normalizeSpace(byline)
	// "By Jane Doe · October 14, 2025 | Updated 2 hours ago": the
	// names are the part without a date.
	if parts := bylineSepRE.Split(byline, -1); len(parts) > 1 {
		byline = ""
		for _, part := range parts {
			if dateIn(part).IsZero() && !strings.ContainsAny(part, "0123456789") {
				byline = part
				break
			}
		}
	}
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
