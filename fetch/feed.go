package fetch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/parley-bot/parley/corpus"
)

// summaryRunes: a feed item with less text than this carries a summary or
// a teaser, not the article, so its page is fetched and extracted.
const summaryRunes = 600

// contentRunes: text shorter than this is too generic ("Read more") to
// identify an article by its content.
const contentRunes = 200

// FeedRequest is what a poller knows of a feed from its previous polls.
type FeedRequest struct {
	Conditional
	// Seen, when set, reports whether an item key (Item.Link or
	// Item.Content) was ingested before. A seen link is skipped before its
	// page is fetched; seen content after.
	Seen func(key string) bool
}

// Item is one new feed item.
type Item struct {
	// Link is the item's canonical link (corpus.CanonicalURL); "" when
	// it has none. Content is ContentKey of its text ("" when too short).
	// Both are keys for FeedRequest.Seen next time.
	Link    string
	Content string
	// Article is what to index: the article from the feed, or from its
	// page when the feed gave only a summary. Nil when nothing could be
	// read.
	Article *corpus.Article
	// Err is why the item could not be read in full: its page failed (an
	// *Error naming the page), or it has no text and no link. With Err
	// set, Article is the feed's own summary, or nil.
	Err error
	// Duplicate marks an item whose text another item of the feed (or a
	// seen one) already has; it is not to be indexed.
	Duplicate bool
}

// FeedResult is one read of a feed.
type FeedResult struct {
	URL   string // after redirects
	Title string
	// Items are the new items in feed order: seen links and links
	// repeated within the feed are left out (and counted).
	Items []Item
	Seen  int // items skipped as seen before
	// Validators for the next conditional request.
	ETag         string
	LastModified string
	// NotModified is true when the server answered 304: no Items.
	NotModified bool
}

// Articles returns the articles to index: every item with an article,
// duplicates left out.
func (r *FeedResult) Articles() []*corpus.Article {
	var out []*corpus.Article
	for _, it := range r.Items {
		if it.Article != nil && !it.Duplicate {
			out = append(out, it.Article)
		}
	}
	return out
}

// Failed returns the items that could not be read in full.
func (r *FeedResult) Failed() []Item {
	var out []Item
	for _, it := range r.Items {
		if it.Err != nil {
			out = append(out, it)
		}
	}
	return out
}

// Feed reads an RSS, Atom or JSON feed with a conditional GET. Items that
// carry only a summary, or only a link, get their page fetched and
// extracted (a few at a time); an item whose page fails keeps the feed's
// summary, if any, and is listed with its error. Items are deduplicated by
// canonical link and by content. An error means the feed itself could not
// be read.
func (c *Client) Feed(ctx context.Context, raw string, req FeedRequest) (*FeedResult, error) {
	r, err := c.get(ctx, raw, acceptFeed, req.Conditional)
	if err != nil {
		return nil, err
	}
	if r.code == 304 {
		return &FeedResult{
			URL:          r.url,
			ETag:         firstNonEmpty(r.etag, req.ETag),
			LastModified: firstNonEmpty(r.modified, req.LastModified),
			NotModified:  true,
		}, nil
	}
	if sniff(r.contentType, r.body) == kindHTML {
		msg := "this is an HTML page, not a feed"
		if alt := feedLinks(r.body, r.url); len(alt) > 0 {
			msg += "; the page names its feed: " + alt[0]
		}
		return nil, &Error{URL: raw, Err: fmt.Errorf("%w: %s", corpus.ErrNotFeed, msg)}
	}
	return c.readFeed(ctx, raw, r, req.Seen)
}

// readFeed parses a fetched feed and completes its items.
func (c *Client) readFeed(ctx context.Context, raw string, r *response, seen func(string) bool) (*FeedResult, error) {
	if seen == nil {
		seen = func(string) bool { return false }
	}
	arts, errs := corpus.ParseFeed(raw, r.body)
	if len(arts) == 0 && len(errs) == 1 && errors.Is(errs[0], corpus.ErrNotFeed) {
		return nil, &Error{URL: raw, Err: unwrapLoad(errs[0])}
	}
	res := &FeedResult{URL: r.url, ETag: r.etag, LastModified: r.modified}
	for _, e := range errs {
		res.Items = append(res.Items, Item{Err: &Error{URL: raw, Err: unwrapLoad(e)}})
	}
	links := map[string]bool{}
	var pending []int
	for _, a := range arts {
		if res.Title == "" {
			res.Title = a.Source
		}
		key := corpus.CanonicalURL(a.URL)
		if key != "" {
			if links[key] {
				continue
			}
			links[key] = true
			if seen(key) {
				res.Seen++
				continue
			}
		}
		if key != "" && utf8.RuneCountInString(a.Text()) < summaryRunes {
			pending = append(pending, len(res.Items))
		}
		res.Items = append(res.Items, Item{Link: key, Article: a})
	}
	c.completeItems(ctx, res.Items, pending)
	dedupeContent(res, seen)
	return res, nil
}

// completeItems fetches the pages of the items at the indexes pending,
// PageConcurrency at a time.
func (c *Client) completeItems(ctx context.Context, items []Item, pending []int) {
	sem := make(chan struct{}, c.opt.PageConcurrency)
	var wg sync.WaitGroup
	for _, i := range pending {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			it := &items[i]
			page, err := c.Article(ctx, it.Article.URL)
			if err != nil {
				it.Err = err
				var fe *Error
				switch {
				case len(it.Article.Paragraphs) == 0:
					it.Article = nil
				case errors.As(err, &fe):
					it.Err = &Error{URL: fe.URL, Err: fmt.Errorf("%w; the feed's summary was kept instead", fe.Err)}
				}
				return
			}
			it.Article = merge(it.Article, page)
		})
	}
	wg.Wait()
}

// dedupeContent marks items whose text an earlier item, or a seen one,
// already has.
func dedupeContent(res *FeedResult, seen func(string) bool) {
	texts := map[string]bool{}
	for i := range res.Items {
		it := &res.Items[i]
		if it.Article == nil {
			continue
		}
		it.Content = ContentKey(it.Article)
		if it.Content == "" {
			continue
		}
		if texts[it.Content] || seen(it.Content) {
			it.Duplicate = true
			continue
		}
		texts[it.Content] = true
	}
}

// merge completes the article extracted from an item's page with what the
// feed said. The item's ID is kept: an item is the same article whether
// its page was read or only its summary, whatever canonical URL the page
// declares.
func merge(item, page *corpus.Article) *corpus.Article {
	page.ID = item.ID
	if page.Title == "" {
		page.Title = item.Title
	}
	if page.Published.IsZero() {
		page.Published = item.Published
	}
	if len(page.Authors) == 0 {
		page.Authors = item.Authors
	}
	// ParseHTML falls back on the host name for an outlet; the feed's
	// title is a better one.
	if item.Source != "" && (page.Source == "" || page.Source == host(page.URL) || page.Source == host(item.URL)) {
		page.Source = item.Source
	}
	return page
}

// ContentKey identifies an article by its text, whatever its URL: a hash
// of its paragraphs with case and spacing folded. It returns "" for text
// too short to tell articles apart.
func ContentKey(a *corpus.Article) string {
	text := strings.ToLower(strings.Join(strings.Fields(a.Text()), " "))
	if utf8.RuneCountInString(text) < contentRunes {
		return ""
	}
	sum := sha256.Sum256([]byte(text))
	return "text:" + hex.EncodeToString(sum[:16])
}

func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func unwrapLoad(err error) error {
	var le corpus.LoadError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
