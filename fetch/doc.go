// Package fetch reads article pages and feeds from URLs that users supply,
// safely: only http and https; only public internet addresses, checked on
// the address actually dialled after DNS resolution (so on every redirect,
// and DNS rebinding cannot slip through); a cap on redirects, on the body
// size and on the time of each fetch; a polite User-Agent; conditional
// GETs for feeds.
//
// Client.Fetch takes any URL (behind `parley ingest URL`), Client.Article
// an article page, Client.Feed a feed, whose items that carry only a
// summary get their page fetched and extracted. Pages go through
// corpus.ParseHTML, feeds through corpus.ParseFeed.
package fetch
