package fetch

import (
	"context"
	"errors"
	"fmt"

	"github.com/parley-bot/parley/corpus"
)

// ErrIsFeed means Article was given the URL of a feed.
var ErrIsFeed = errors.New("the URL is a feed, not an article page")

// Article fetches an article page and extracts the article from it
// (corpus.ParseHTML: readability, metadata, datelines). A URL that turns
// out to be a feed is an error wrapping ErrIsFeed; Fetch takes either.
func (c *Client) Article(ctx context.Context, raw string) (*corpus.Article, error) {
	r, err := c.get(ctx, raw, acceptPage, Conditional{})
	if err != nil {
		return nil, err
	}
	switch sniff(r.contentType, r.body) {
	case kindFeed:
		return nil, &Error{URL: raw, Err: fmt.Errorf("%w; add it as a feed or ingest it with Fetch", ErrIsFeed)}
	case kindUnknown:
		return nil, &Error{URL: raw, Err: unsupported(r)}
	}
	return c.page(raw, r)
}

// page extracts the article from a fetched HTML body.
func (c *Client) page(raw string, r *response) (*corpus.Article, error) {
	a, err := corpus.ParseHTML(raw, r.body, r.url)
	if err != nil {
		var le corpus.LoadError
		if errors.As(err, &le) {
			err = le.Err // the URL is already in Error
		}
		return nil, &Error{URL: raw, Err: err}
	}
	return a, nil
}

// Fetch reads whatever raw points to: an article page becomes one article,
// a feed becomes its items (pages fetched for items that carry only a
// summary, as Feed does). Items that could not be read are returned as an
// errors.Join of *Error, one per item, beside the articles that could;
// each *Error has Source and Reason methods for reports. This is the
// fetcher behind `parley ingest URL`.
func (c *Client) Fetch(ctx context.Context, raw string) ([]*corpus.Article, error) {
	r, err := c.get(ctx, raw, acceptAny, Conditional{})
	if err != nil {
		return nil, err
	}
	switch sniff(r.contentType, r.body) {
	case kindHTML:
		a, err := c.page(raw, r)
		if err != nil {
			return nil, err
		}
		return []*corpus.Article{a}, nil
	case kindFeed:
		res, err := c.readFeed(ctx, raw, r, nil)
		if err != nil {
			return nil, err
		}
		var errs []error
		for _, it := range res.Failed() {
			errs = append(errs, it.Err)
		}
		return res.Articles(), errors.Join(errs...)
	}
	return nil, &Error{URL: raw, Err: unsupported(r)}
}

func unsupported(r *response) error {
	ct := r.contentType
	if ct == "" {
		ct = "no Content-Type"
	}
	return fmt.Errorf("%w (%s); give the address of an article page or of an RSS/Atom feed", ErrUnsupported, ct)
}
