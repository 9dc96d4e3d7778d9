package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/fetch"
	"github.com/parley-bot/parley/fetch/fetchtest"
)

func TestLimits(t *testing.T) {
	srv := fetchtest.NewServer(t)
	for i := range 8 {
		srv.Set(fmt.Sprintf("/hop/%d", i), fetchtest.Route{Status: 302, Location: fmt.Sprintf("/hop/%d", i+1)})
	}
	srv.Set("/hop/8", fetchtest.Route{Body: fetchtest.File("pages/oslo-fisheries.html")})
	srv.Set("/announced", fetchtest.Route{Body: strings.Repeat("<p>x</p>", 200)}) // 1,600 bytes, with Content-Length
	srv.Set("/report.pdf", fetchtest.Route{ContentType: "application/pdf", Body: "%PDF-1.7"})
	c := srv.Client(fetch.Options{Timeout: 300 * time.Millisecond, MaxBytes: 1000, MaxRedirects: 5})
	big := srv.Client(fetch.Options{Timeout: 2 * time.Second})

	tests := []struct {
		name   string
		client *fetch.Client
		path   string
		want   error
		says   string
	}{
		{"slow page", c, "/news/slow", fetch.ErrTimeout, "within 300ms"},
		{"streamed huge page", big, "/news/huge", fetch.ErrTooLarge, "stopped reading at the limit of 5 MiB"},
		{"announced large page", c, "/announced", fetch.ErrTooLarge, "1600 bytes announced"},
		{"six redirects", c, "/hop/2", fetch.ErrTooManyRedirects, "more than 5"},
		{"not a page", c, "/report.pdf", fetch.ErrUnsupported, "application/pdf"},
		{"missing page", c, "/news/missing-page", nil, "HTTP 404 Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.client.Article(context.Background(), srv.At(tt.path))
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) || !strings.Contains(err.Error(), tt.says) {
				t.Fatalf("err = %v, want %v saying %q", err, tt.want, tt.says)
			}
			var fe *fetch.Error
			if !errors.As(err, &fe) || fe.Source() != srv.At(tt.path) {
				t.Errorf("error does not name the URL: %#v", err)
			}
		})
	}
	// Five redirects are fine.
	if _, err := big.Article(context.Background(), srv.At("/hop/3")); err != nil {
		t.Errorf("five redirects: %v", err)
	}
	var se *fetch.StatusError
	if _, err := c.Article(context.Background(), srv.At("/news/missing-page")); !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("404: %v", err)
	}
}

func TestCancelIsNotATimeout(t *testing.T) {
	srv := fetchtest.NewServer(t)
	c := srv.Client(fetch.Options{Timeout: 5 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := c.Article(ctx, srv.At("/news/slow"))
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, fetch.ErrTimeout) {
		t.Errorf("err = %v, want the caller's deadline", err)
	}
}

func TestArticle(t *testing.T) {
	srv := fetchtest.NewServer(t)
	c := srv.Client(fetch.Options{})
	a, err := c.Article(context.Background(), srv.At("/news/oslo-fisheries"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Norway and Iceland reopen mackerel quota talks" || a.Source != "Harbour Gazette" ||
		!a.Published.Equal(time.Date(2025, 3, 14, 10, 15, 0, 0, time.UTC)) || a.URL != srv.At("/news/oslo-fisheries") {
		t.Errorf("metadata: %q %q %v %q", a.Title, a.Source, a.Published, a.URL)
	}
	text := a.Text()
	if !strings.Contains(text, "Atlantic mackerel") || strings.Contains(text, "All rights reserved") || strings.Contains(text, "Subscribe") {
		t.Errorf("extracted text:\n%s", text)
	}
	h := srv.Header("/news/oslo-fisheries")
	if h.Get("User-Agent") != fetch.UserAgent || !strings.Contains(h.Get("Accept"), "text/html") {
		t.Errorf("request headers: %v", h)
	}
	if _, err := c.Article(context.Background(), srv.At("/rss.xml")); !errors.Is(err, fetch.ErrIsFeed) {
		t.Errorf("Article(feed) = %v, want ErrIsFeed", err)
	}
}

// Fetch tells pages from feeds by their content when the label lies.
func TestFetchSniffs(t *testing.T) {
	srv := fetchtest.NewServer(t)
	srv.Set("/feed-as-html", fetchtest.Route{ContentType: "text/html", Body: fetchtest.File("atom.xml")})
	srv.Set("/page-as-xml", fetchtest.Route{ContentType: "text/xml", Body: fetchtest.File("pages/geneva-water.html")})
	srv.Set("/page-as-octets", fetchtest.Route{ContentType: "application/octet-stream", Body: fetchtest.File("pages/nairobi-mediation.html")})
	srv.Set("/notes.txt", fetchtest.Route{ContentType: "text/plain", Body: "just some words"})
	c := srv.Client(fetch.Options{})
	ctx := context.Background()

	arts, err := c.Fetch(ctx, srv.At("/feed-as-html"))
	if err != nil || len(arts) != 2 {
		t.Fatalf("feed labelled HTML: %d articles, %v", len(arts), err)
	}
	for path, title := range map[string]string{
		"/page-as-xml":    "Upstream and downstream states resume water-sharing talks in Geneva",
		"/page-as-octets": "Mediators bring river-basin ministers to Nairobi",
	} {
		arts, err := c.Fetch(ctx, srv.At(path))
		if err != nil || len(arts) != 1 || arts[0].Title != title {
			t.Errorf("%s: %v, %v", path, arts, err)
		}
	}
	if _, err := c.Fetch(ctx, srv.At("/notes.txt")); !errors.Is(err, fetch.ErrUnsupported) || !strings.Contains(err.Error(), "text/plain") {
		t.Errorf("plain text: %v", err)
	}
}
