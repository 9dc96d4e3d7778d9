package corpus

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/mmcdole/gofeed"
	xhtml "golang.org/x/net/html"
)

// ParseFeed parses an RSS, Atom or JSON feed with gofeed. Each item
// becomes an article: its title, its link as URL, its publication (else
// update) time, its authors, the feed's title as Source, and a body from
// the item's content, else its description, with HTML reduced to
// paragraphs and run through the same dateline and end-matter handling as
// plain text.
//
// Many feeds carry only a link for some items. Such an item is returned
// with its metadata and URL but no Paragraphs: the caller fetches the URL
// and parses the page with ParseHTML (its ID, taken from the URL, stays
// the same). Load and Parse report such items as errors instead, since a
// file cannot fetch anything. An item with neither text nor link is an
// error. A file that is not a feed yields a single error.
func ParseFeed(name string, data []byte) ([]*Article, []LoadError) {
	if len(bytes.TrimSpace(data)) == 0 || bytes.IndexByte(data, 0) >= 0 {
		if _, err := checkText(name, data); err != nil {
			return nil, []LoadError{asLoadError(name, err)}
		}
	}
	feed, err := guard(func() (*gofeed.Feed, error) { return gofeed.NewParser().Parse(bytes.NewReader(data)) })
	if err != nil {
		return nil, []LoadError{{File: name, Err: fmt.Errorf("%w (%v); check that the file is an RSS, Atom or JSON feed", ErrNotFeed, err)}}
	}
	source := plainText(feed.Title)
	var arts []*Article
	var errs []LoadError
	for i, it := range feed.Items {
		a := feedArticle(it, source)
		if len(a.Paragraphs) == 0 && a.URL == "" {
			errs = append(errs, LoadError{File: name, Err: fmt.Errorf("%w: item %d %q has no text and no link; add a description or content", ErrNoText, i+1, a.Title)})
			continue
		}
		a.AssignID()
		arts = append(arts, a)
	}
	return arts, errs
}

// feedArticle turns one feed item into an article.
func feedArticle(it *gofeed.Item, source string) *Article {
	a := &Article{Title: plainText(it.Title), Source: source, URL: strings.TrimSpace(it.Link)}
	if a.URL == "" && len(it.Links) > 0 {
		a.URL = strings.TrimSpace(it.Links[0])
	}
	if a.URL == "" && CanonicalURL(it.GUID) != "" {
		a.URL = strings.TrimSpace(it.GUID)
	}
	if it.PublishedParsed != nil {
		a.Published = it.PublishedParsed.UTC()
	} else if it.UpdatedParsed != nil {
		a.Published = it.UpdatedParsed.UTC()
	}
	people := it.Authors
	if len(people) == 0 && it.Author != nil {
		people = []*gofeed.Person{it.Author}
	}
	for _, p := range people {
		if p != nil {
			a.Authors = appendUnique(a.Authors, splitNames(plainText(p.Name))...)
		}
	}
	body := it.Content
	if strings.TrimSpace(plainText(body)) == "" {
		body = it.Description
	}
	a.Paragraphs = cleanWire(fragmentParagraphs(body), a, wireOpts{})
	return a
}

// fragmentParagraphs splits an HTML or plain-text fragment from a feed into
// paragraphs.
func fragmentParagraphs(s string) []string {
	if !htmlTagRE.MatchString(s) {
		return textParagraphs(html.UnescapeString(s))
	}
	doc, err := xhtml.Parse(strings.NewReader(s))
	if err != nil {
		return nil
	}
	return blockParagraphs(doc)
}

// plainText strips tags and entities from a feed's short text field.
func plainText(s string) string {
	return normalizeSpace(html.UnescapeString(htmlTagRE.ReplaceAllString(s, " ")))
}
