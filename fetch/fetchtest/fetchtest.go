// Package fetchtest serves feeds and article pages from a local httptest
// server for tests of fetching and polling: an RSS and an Atom feed with
// validators, full and summary-only items, article pages, a page that
// never finishes, a huge page, a redirect to a private address and a feed
// that fails. Fixtures are under testdata/, written for these tests.
package fetchtest

import (
	"embed"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/fetch"
)

//go:embed testdata
var files embed.FS

// Published is when the fixture feeds were last modified.
var Published = time.Date(2025, 3, 14, 15, 0, 0, 0, time.UTC)

// HugeSize is the size of the page at /news/huge: over fetch's default cap.
const HugeSize = fetch.DefaultMaxBytes + 1<<20

// Route is what the server answers at one path.
type Route struct {
	Status      int    // default 200
	ContentType string // default text/html
	// Body is sent with "{{base}}" replaced by the server's URL.
	Body string
	// ETag and Modified, when set, are sent and make matching conditional
	// requests get 304 Not Modified.
	ETag     string
	Modified time.Time
	Location string // for a redirect Status
	Hang     bool   // never answer; return when the client gives up
	Size     int64  // stream this many bytes of filler HTML, no Content-Length
}

// Server is a test web server with feeds and pages. Routes can be changed
// while it runs; it counts requests per path.
type Server struct {
	*httptest.Server
	mu     sync.Mutex
	routes map[string]Route
	hits   map[string]int
	last   map[string]http.Header
}

// NewServer starts a server with the default routes:
//
//	/rss.xml     RSS 2.0, ETag "rss-v1": a full item, summary-only and
//	             link-only items whose pages are below, a slow, a huge, a
//	             redirected and a missing page, a repeated link and a copy
//	             of the full item under another link
//	/atom.xml    Atom, ETag "atom-v1": a full entry and a summary-only one
//	/broken.xml  500 Internal Server Error
//	/news/…      the article pages; /news/slow hangs, /news/huge is
//	             HugeSize bytes, /news/moved redirects to 127.0.0.1:9
//
// It is closed when the test ends.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{routes: map[string]Route{}, hits: map[string]int{}, last: map[string]http.Header{}}
	s.Set("/rss.xml", Route{ContentType: "application/rss+xml; charset=utf-8", Body: File("rss.xml"), ETag: `"rss-v1"`, Modified: Published})
	s.Set("/atom.xml", Route{ContentType: "application/atom+xml", Body: File("atom.xml"), ETag: `"atom-v1"`, Modified: Published})
	s.Set("/broken.xml", Route{Status: http.StatusInternalServerError, ContentType: "text/plain", Body: "database unavailable"})
	for _, p := range []string{"oslo-fisheries", "nairobi-mediation", "geneva-water", "syndicated-copy"} {
		s.Set("/news/"+p, Route{ContentType: "text/html; charset=utf-8", Body: File("pages/" + p + ".html")})
	}
	s.Set("/news/slow", Route{Hang: true})
	s.Set("/news/huge", Route{Size: HugeSize})
	s.Set("/news/moved", Route{Status: http.StatusFound, Location: "http://127.0.0.1:9/news/internal"})
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

// File returns a fixture from testdata/ ("rss.xml", "pages/oslo-fisheries.html").
func File(name string) string {
	b, err := files.ReadFile("testdata/" + name)
	if err != nil {
		panic("fetchtest: " + err.Error())
	}
	return string(b)
}

// Set replaces the route at path.
func (s *Server) Set(path string, r Route) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[path] = r
}

// Hits returns how many requests path has had.
func (s *Server) Hits(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// Header returns the headers of the last request for path (nil if none).
func (s *Server) Header(path string) http.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last[path]
}

// At returns the server's URL for path.
func (s *Server) At(path string) string { return s.URL + path }

// Allow lets a fetch.Client reach this server's exact address and no other
// private one (fetch.Options.Allow).
func (s *Server) Allow(ap netip.AddrPort) bool {
	own, err := netip.ParseAddrPort(s.Listener.Addr().String())
	return err == nil && ap == own
}

// Client returns a fetch.Client with opt that may reach this server.
func (s *Server) Client(opt fetch.Options) *fetch.Client {
	opt.Allow = s.Allow
	return fetch.New(opt)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.last[r.URL.Path] = r.Header.Clone()
	rt, ok := s.routes[r.URL.Path]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch {
	case rt.Hang:
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
		return
	case rt.Location != "":
		http.Redirect(w, r, rt.Location, rt.Status)
		return
	case rt.Size > 0:
		w.Header().Set("Content-Type", "text/html")
		filler := []byte(strings.Repeat("<p>Filler paragraph of a page far too large to read.</p>\n", 64))
		for n := int64(0); n < rt.Size; n += int64(len(filler)) {
			if _, err := w.Write(filler); err != nil {
				return
			}
		}
		return
	}
	h := w.Header()
	if rt.ETag != "" {
		h.Set("ETag", rt.ETag)
	}
	if !rt.Modified.IsZero() {
		h.Set("Last-Modified", rt.Modified.UTC().Format(http.TimeFormat))
	}
	if notModified(r, rt) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	ct := rt.ContentType
	if ct == "" {
		ct = "text/html; charset=utf-8"
	}
	h.Set("Content-Type", ct)
	if rt.Status != 0 {
		w.WriteHeader(rt.Status)
	}
	_, _ = w.Write([]byte(strings.ReplaceAll(rt.Body, "{{base}}", s.URL)))
}

// notModified applies the conditional-request rules: If-None-Match wins
// over If-Modified-Since.
func notModified(r *http.Request, rt Route) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		return rt.ETag != "" && inm == rt.ETag
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" && !rt.Modified.IsZero() {
		t, err := http.ParseTime(ims)
		return err == nil && !rt.Modified.Truncate(time.Second).After(t)
	}
	return false
}
