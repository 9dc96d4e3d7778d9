package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Defaults for Options left zero.
const (
	DefaultTimeout         = 20 * time.Second
	DefaultMaxBytes        = 5 << 20
	DefaultMaxRedirects    = 5
	DefaultPageConcurrency = 4
	// UserAgent names the bot and where to read about it, so a site's
	// operator can tell who is fetching.
	UserAgent = "ParleyBot/0.1 (+https://github.com/parley-bot/parley)"
)

// Sentinel errors, wrapped by the errors Client methods return.
var (
	// ErrBadURL means the URL is not one that may be fetched: only
	// absolute http and https URLs with a host are.
	ErrBadURL = errors.New("bad URL (only absolute http:// and https:// URLs can be fetched)")
	// ErrTooLarge means the body is over Options.MaxBytes; reading stopped there.
	ErrTooLarge = errors.New("response too large")
	// ErrTooManyRedirects means the chain of redirects is longer than Options.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrTimeout means the fetch did not finish within Options.Timeout.
	ErrTimeout = errors.New("timed out")
	// ErrUnsupported means the response is neither an HTML page nor a feed.
	ErrUnsupported = errors.New("not an HTML page or a feed")
)

// Options configure a Client. Zero values take the defaults above.
type Options struct {
	Timeout         time.Duration // whole fetch, body included
	MaxBytes        int64         // body cap, after decompression
	MaxRedirects    int
	PageConcurrency int // article pages fetched at once for one feed
	UserAgent       string

	// AllowPrivate lets fetches reach loopback, private, link-local and
	// CGNAT addresses (PARLEY_ALLOW_PRIVATE_URLS=1; for tests and local
	// setups). Cloud metadata, multicast and reserved addresses stay
	// refused.
	AllowPrivate bool
	// Allow, when set, is asked about each address the rules above refuse;
	// true lets the connection through. Tests use it to reach their own
	// httptest server and nothing else.
	Allow func(netip.AddrPort) bool
}

// Client fetches user-supplied URLs safely: http and https only, public
// addresses only (checked on the address actually dialled, on every
// redirect), bounded in time, size and redirects. It is safe for
// concurrent use.
type Client struct {
	hc  *http.Client
	opt Options
}

// New returns a Client with opt's limits.
func New(opt Options) *Client {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.PageConcurrency <= 0 {
		opt.PageConcurrency = DefaultPageConcurrency
	}
	if opt.UserAgent == "" {
		opt.UserAgent = UserAgent
	}
	g := guard{allowPrivate: opt.AllowPrivate, allow: opt.Allow}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: g.control}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would be the dialled address, defeating the guard
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           32,
		MaxIdleConnsPerHost:    4,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  opt.Timeout,
		MaxResponseHeaderBytes: 64 << 10,
	}
	hc := &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.MaxRedirects {
				return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, opt.MaxRedirects)
			}
			if _, err := CheckURL(req.URL.String()); err != nil {
				return err
			}
			return nil
		},
	}
	return &Client{hc: hc, opt: opt}
}

// CheckURL trims raw and checks that it is an absolute http or https URL
// with a host; it returns the trimmed URL.
func CheckURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if strings.ContainsAny(raw, " \t\r\n") {
		return "", fmt.Errorf("%w: %q contains white space (encode it as %%20, or give one URL at a time)", ErrBadURL, raw)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("%w: %q is not a URL: %v", ErrBadURL, raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("%w: %q", ErrBadURL, raw)
	}
	if u.Host == "" || u.Hostname() == "" {
		return "", fmt.Errorf("%w: %q has no host", ErrBadURL, raw)
	}
	if u.User != nil {
		return "", fmt.Errorf("%w: %q carries a user name or password; remove it", ErrBadURL, raw)
	}
	return raw, nil
}

// Error is a failed fetch of one URL. Source and Reason split it for
// reports that list the URL and the problem apart.
type Error struct {
	URL string
	Err error
}

func (e *Error) Error() string { return "fetch " + e.URL + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Source returns the URL that failed.
func (e *Error) Source() string { return e.URL }

// Reason returns what went wrong, without the URL.
func (e *Error) Reason() string { return e.Err.Error() }

// StatusError is a response with an HTTP status other than success (or
// 304 for a conditional request).
type StatusError struct {
	Code   int
	Status string
}

func (e *StatusError) Error() string { return "HTTP " + e.Status }

// Conditional holds the validators of a previous response, for a
// conditional GET.
type Conditional struct {
	ETag         string
	LastModified string
}

// response is a fetched body and what came with it.
type response struct {
	url         string // after redirects
	code        int
	contentType string
	etag        string
	modified    string
	body        []byte
}

// Accept headers: what a page fetch, a feed fetch and a fetch of either
// prefer.
const (
	acceptPage = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
	acceptFeed = "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
	acceptAny  = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)

// get fetches raw with the client's limits. A 304 answer to a conditional
// request is returned with no body; any other status but 2xx is a
// StatusError. Errors are *Error.
func (c *Client) get(ctx context.Context, raw, accept string, cond Conditional) (*response, error) {
	raw, err := CheckURL(raw)
	if err != nil {
		return nil, &Error{URL: raw, Err: err}
	}
	r, err := c.do(ctx, raw, accept, cond)
	if err != nil {
		return nil, &Error{URL: raw, Err: err}
	}
	return r, nil
}

func (c *Client) do(parent context.Context, raw, accept string, cond Conditional) (*response, error) {
	ctx, cancel := context.WithTimeout(parent, c.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, raw, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", accept)
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, c.explain(parent, ctx, raw, err)
	}
	defer resp.Body.Close()
	r := &response{
		url:         resp.Request.URL.String(),
		code:        resp.StatusCode,
		contentType: resp.Header.Get("Content-Type"),
		etag:        resp.Header.Get("ETag"),
		modified:    resp.Header.Get("Last-Modified"),
	}
	if resp.StatusCode == http.StatusNotModified && (cond.ETag != "" || cond.LastModified != "") {
		return r, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{Code: resp.StatusCode, Status: resp.Status}
	}
	if mt := mediaType(r.contentType); binaryType(mt) {
		return nil, fmt.Errorf("%w: the server sent %s", ErrUnsupported, mt)
	}
	if resp.ContentLength > c.opt.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes announced, the limit is %s", ErrTooLarge, resp.ContentLength, mib(c.opt.MaxBytes))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBytes+1))
	if err != nil {
		return nil, c.explain(parent, ctx, raw, err)
	}
	if int64(len(body)) > c.opt.MaxBytes {
		return nil, fmt.Errorf("%w: stopped reading at the limit of %s", ErrTooLarge, mib(c.opt.MaxBytes))
	}
	r.body = body
	return r, nil
}

// explain turns a transport error into one a user can act on.
func (c *Client) explain(parent, ctx context.Context, raw string, err error) error {
	if parent.Err() != nil {
		return parent.Err()
	}
	if ctx.Err() != nil || isTimeout(err) {
		return fmt.Errorf("%w: no complete answer within %s", ErrTimeout, c.opt.Timeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.URL != raw {
			return fmt.Errorf("redirected to %s: %w", ue.URL, ue.Err)
		}
		return ue.Err
	}
	return err
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func mediaType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt
}

// binaryType reports media types that are certainly not pages or feeds,
// so their bodies are not even read.
func binaryType(mt string) bool {
	for _, p := range []string{"image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/gzip"} {
		if strings.HasPrefix(mt, p) {
			return true
		}
	}
	return false
}

func mib(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
