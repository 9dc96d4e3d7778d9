package fetch

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// kind is what a fetched body holds.
type kind int

const (
	kindUnknown kind = iota
	kindHTML
	kindFeed
)

// sniff tells an HTML page from a feed. The body's root element decides
// first, since servers often label feeds text/html or text/plain and pages
// text/xml; the Content-Type decides when the body is not conclusive.
func sniff(contentType string, body []byte) kind {
	switch rootElement(body) {
	case "rss", "feed", "rdf:rdf", "rdf":
		return kindFeed
	case "html":
		return kindHTML
	}
	mt := mediaType(contentType)
	head := bytes.TrimSpace(bytes.TrimPrefix(body[:min(len(body), 4096)], []byte("\ufeff")))
	if bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte("jsonfeed.org/version")) {
		return kindFeed
	}
	switch {
	case strings.Contains(mt, "html"):
		return kindHTML
	case strings.Contains(mt, "rss"), strings.Contains(mt, "atom"), mt == "application/feed+json":
		return kindFeed
	}
	// No root element seen and no useful label: a fragment of HTML
	// without <html> is still a page.
	if bytes.HasPrefix(head, []byte("<")) && mt != "application/json" {
		return kindHTML
	}
	return kindUnknown
}

// rootElement returns the lower-case name of the body's first element,
// skipping a byte-order mark, white space, processing instructions,
// comments and the doctype; "" when the body does not start with markup.
func rootElement(body []byte) string {
	b := body[:min(len(body), 64<<10)]
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return ""
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return ""
			}
			b = b[i+3:]
		case bytes.HasPrefix(b, []byte("<!")):
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return ""
			}
			b = b[i+1:]
		case bytes.HasPrefix(b, []byte("<")):
			end := bytes.IndexAny(b[1:], " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return strings.ToLower(string(b[1 : 1+end]))
		default:
			return ""
		}
	}
}

// feedLinks returns the feeds an HTML page advertises with
// <link rel="alternate" type="application/rss+xml" href="…">, resolved
// against base.
func feedLinks(body []byte, base string) []string {
	b, _ := url.Parse(base)
	z := html.NewTokenizer(bytes.NewReader(body))
	var out []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom == atom.Body {
				return out
			}
			if t.DataAtom != atom.Link {
				continue
			}
			var rel, typ, href string
			for _, a := range t.Attr {
				switch strings.ToLower(a.Key) {
				case "rel":
					rel = strings.ToLower(a.Val)
				case "type":
					typ = strings.ToLower(a.Val)
				case "href":
					href = strings.TrimSpace(a.Val)
				}
			}
			if !strings.Contains(rel, "alternate") || !(strings.Contains(typ, "rss") || strings.Contains(typ, "atom")) || href == "" {
				continue
			}
			if u, err := url.Parse(href); err == nil && b != nil {
				out = append(out, b.ResolveReference(u).String())
			}
		}
	}
}
