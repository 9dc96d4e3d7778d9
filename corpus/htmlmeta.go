package corpus

import (
	"encoding/json"
	"html"
	"net/url"
	"regexp"
	"strings"
	"time"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads page metadata that go-readability misses: JSON-LD in
// @graph form or with an array @type, authors and publishers given by
// @id reference, date meta tags other than article:published_time
// (<meta name="date">, govuk:first-published-at, itemprop=datePublished),
// every <meta name="author">, the article's own <time> rather than the
// first on the page, and the headline without its " | Site" suffix.

// page holds metadata read from the document before readability edits it.
type page struct {
	canonical string
	published time.Time // from meta tags or JSON-LD that readability does not read
	timeElem  time.Time // the article's <time datetime>, the last resort
	ld        ldArticle
	authors   []string // <meta name="author"> and the like, in order
	siteName  string   // og:site_name, application-name
	h1        []string // the text of the page's level-one headings
	title     string   // the <title> element
}

// ldArticle is what the JSON-LD article object of a page says.
type ldArticle struct {
	headline, publisher string
	published           time.Time
	authors             []string
}

// ldArticleTypes are the schema.org types of a news article's JSON-LD.
var ldArticleTypes = regexp.MustCompile(`^(?:(?:Analysis|Background|Opinion|Reportage|Review)?NewsArticle|Article|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting)$`)

// dateMetaRE matches the names of meta tags that carry the publication
// time; dateMetaExact are names too short to match by pattern.
var (
	dateMetaRE    = regexp.MustCompile(`(?i)(?:^|[:._-])(?:first[_-]?)?publi(?:shed|sh|cation)[_-]?(?:at|date|time|on)?$|datepublished$|^pub[_-]?date$|^date[_-]?published$`)
	dateMetaExact = set(`date dc.date dc.date.issued dcterms.date dcterms.issued dcterms.created sailthru.date citation_publication_date citation_date article.published`)
)

// pageMeta reads the metadata of doc (before readability edits it).
func pageMeta(doc *xhtml.Node, base *url.URL) page {
	var p page
	var ogURL string
	var inArticle int
	var firstTime, articleTime, markedTime time.Time
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if p.title == "" {
					p.title = normalizeSpace(textOf(n))
				}
			case atom.H1:
				if h := normalizeSpace(textOf(n)); h != "" && !homeLink(n) {
					p.h1 = append(p.h1, h)
				}
			case atom.Link:
				if p.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					p.canonical = resolve(attr(n, "href"), base)
				}
			case atom.Meta:
				p.readMeta(n, base, &ogURL)
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && p.ld.published.IsZero() {
					if ld, ok := readLD(textOf(n)); ok {
						p.ld = ld
					}
				}
			case atom.Time:
				dt := attr(n, "datetime")
				if t, err := parseDate(dt); err == nil && dt != "" {
					switch {
					case markedTime.IsZero() && (strings.Contains(strings.ToLower(attr(n, "itemprop")), "published") || hasAttr(n, "pubdate") || strings.Contains(strings.ToLower(attr(n, "class")), "publish")):
						markedTime = t
					case articleTime.IsZero() && inArticle > 0:
						articleTime = t
					case firstTime.IsZero():
						firstTime = t
					}
				}
			case atom.Article, atom.Main:
				inArticle++
				defer func() { inArticle-- }()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	p.canonical = firstNonEmpty(p.canonical, ogURL)
	for _, t := range []time.Time{markedTime, articleTime, firstTime} {
		if !t.IsZero() {
			p.timeElem = t
			break
		}
	}
	return p
}

// readMeta reads one <meta> element.
func (p *page) readMeta(n *xhtml.Node, base *url.URL, ogURL *string) {
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	content := html.UnescapeString(attr(n, "content"))
	if content == "" {
		return
	}
	switch {
	case key == "parsely-page" || key == "parsely-metadata":
		// Parse.ly's JSON: {"title": ..., "pub_date": ..., "authors": [...]}
		var pm struct {
			PubDate string   `json:"pub_date"`
			Authors []string `json:"authors"`
			Author  string   `json:"author"`
		}
		if json.Unmarshal([]byte(content), &pm) == nil {
			if t, err := parseDate(pm.PubDate); err == nil && p.published.IsZero() && pm.PubDate != "" {
				p.published = t
			}
			for _, n := range append(pm.Authors, pm.Author) {
				if n = normalizeSpace(n); n != "" {
					p.authors = appendUnique(p.authors, n)
				}
			}
		}
	case key == "og:url":
		if *ogURL == "" {
			*ogURL = resolve(content, base)
		}
	case key == "og:site_name" || key == "application-name":
		p.siteName = firstNonEmpty(p.siteName, normalizeSpace(content))
	case key == "author" || key == "article:author" || key == "parsely-author" || key == "dc.creator" || key == "sailthru.author":
		if !strings.Contains(content, "://") {
			p.authors = appendUnique(p.authors, splitNames(content)...)
		}
	case p.published.IsZero() && !strings.Contains(key, "modif") && !strings.Contains(key, "updat") &&
		(dateMetaExact[key] || dateMetaRE.MatchString(key)):
		if t, err := parseDate(content); err == nil {
			p.published = t
		}
	}
}

// readLD reads the first article object in a JSON-LD script: a single
// object, an array of objects, or a @graph, with an @type that is a
// string or an array. Authors and publisher given as {"@id": ...} are
// looked up in the same graph.
func readLD(text string) (ldArticle, bool) {
	var v any
	text = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(text), "<![CDATA["), "]]>"))
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		return ldArticle{}, false
	}
	var objs []map[string]any
	var collect func(v any)
	collect = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				collect(x)
			}
		case map[string]any:
			objs = append(objs, v)
			collect(v["@graph"])
		}
	}
	collect(v)
	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok {
			byID[id] = o
		}
	}
	deref := func(v any) map[string]any {
		o, _ := v.(map[string]any)
		if id, ok := o["@id"].(string); ok && o["name"] == nil {
			if full, ok := byID[id]; ok {
				return full
			}
		}
		return o
	}
	for _, o := range objs {
		if !ldTypeIs(o["@type"]) {
			continue
		}
		var ld ldArticle
		ld.headline, _ = o["headline"].(string)
		ld.headline = normalizeSpace(html.UnescapeString(ld.headline))
		if s, ok := o["datePublished"].(string); ok {
			ld.published, _ = parseDate(s)
		}
		authors := o["author"]
		if _, ok := authors.([]any); !ok {
			authors = []any{authors}
		}
		for _, a := range authors.([]any) {
			if s, ok := a.(string); ok {
				ld.authors = appendUnique(ld.authors, splitNames(s)...)
			} else if name, ok := deref(a)["name"].(string); ok {
				ld.authors = appendUnique(ld.authors, normalizeSpace(html.UnescapeString(name)))
			}
		}
		if name, ok := deref(o["publisher"])["name"].(string); ok {
			ld.publisher = normalizeSpace(html.UnescapeString(name))
		}
		return ld, true
	}
	return ldArticle{}, false
}

func ldTypeIs(t any) bool {
	switch t := t.(type) {
	case string:
		return ldArticleTypes.MatchString(t)
	case []any:
		for _, x := range t {
			if ldTypeIs(x) {
				return true
			}
		}
	}
	return false
}

// titleSepRE splits a page title into the headline and the site's name
// and section: "Headline | Section | Site", "Site :: News :: Headline".
var titleSepRE = regexp.MustCompile(`\s+(?:[|•·:~]{1,2}|[-–—]{1,2}|/)\s+`)

// cleanTitle removes the site's name (and section) that pages add to the
// headline: "Headline – The Courier" becomes "Headline". The site name is
// recognised when it is known (og:site_name, JSON-LD publisher) or when
// the rest of the title is the page's <h1>. It returns the headline and
// the site name the title gave, if any.
func cleanTitle(title, site string, h1 []string) (string, string) {
	parts := titleSepRE.Split(title, -1)
	if len(parts) < 2 {
		return title, ""
	}
	seps := titleSepRE.FindAllString(title, -1)
	join := func(i, j int) string { // parts[i:j] with their separators
		var b strings.Builder
		for k := i; k < j; k++ {
			if k > i {
				b.WriteString(seps[k-1])
			}
			b.WriteString(parts[k])
		}
		return b.String()
	}
	// The headline is the longest run of parts matching an <h1>, else
	// what remains when the known site name is cut from either end.
	for i := range parts {
		for j := len(parts); j > i; j-- {
			if j-i == len(parts) {
				continue
			}
			cand := join(i, j)
			if strings.EqualFold(cand, site) {
				continue
			}
			for _, h := range h1 {
				if strings.EqualFold(cand, h) {
					if i == 0 {
						return cand, parts[len(parts)-1]
					}
					return cand, parts[0]
				}
			}
		}
	}
	if site != "" {
		if strings.EqualFold(parts[len(parts)-1], site) {
			return join(0, len(parts)-1), site
		}
		if strings.EqualFold(parts[0], site) {
			return join(1, len(parts)), site
		}
	}
	return title, ""
}

// homeLink reports a heading that is the site's logo: a link to the home
// page ("<h1><a href="/">The Courier</a></h1>").
func homeLink(n *xhtml.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && c.DataAtom == atom.A {
			if u, err := url.Parse(attr(c, "href")); err == nil && (u.Path == "/" || u.Path == "") && u.Fragment == "" {
				return true
			}
		}
		if c.Type == xhtml.ElementNode && homeLink(c) {
			return true
		}
	}
	return false
}

func textOf(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func hasAttr(n *xhtml.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}
