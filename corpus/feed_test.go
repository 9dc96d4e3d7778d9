package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestParseFeedLinkOnlyItems(t *testing.T) {
	const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Linked only</title><link>https://example.org/linked?utm_source=rss</link></item>
<item><title>Permalink guid</title><guid>https://example.org/guid-story</guid><description>Short text from the feed.</description></item>
<item><title>Nothing</title></item>
</channel></rss>`
	arts, errs := ParseFeed("desk.rss", []byte(rss))
	if len(arts) != 2 || len(errs) != 1 {
		t.Fatalf("got %d articles, %d errors (%v); want 2 and 1", len(arts), len(errs), errs)
	}
	if a := arts[0]; a.URL == "" || len(a.Paragraphs) != 0 || a.ID == "" {
		t.Errorf("link-only item: %+v; want URL and ID, no paragraphs", a)
	}
	if a := arts[1]; a.URL != "https://example.org/guid-story" || a.Source != "Desk" || len(a.Paragraphs) != 1 {
		t.Errorf("guid item: %+v", a)
	}
	if !errors.Is(errs[0], ErrNoText) || !strings.Contains(errs[0].Error(), `item 3 "Nothing"`) {
		t.Errorf("error = %v", errs[0])
	}

	// The page fetched for the link-only item gets the same ID.
	page := strings.Replace(storyHTML, "%s", "", 1)
	a, err := ParseHTML("page", []byte(page), "https://example.org/linked")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != arts[0].ID {
		t.Errorf("page ID %s != feed item ID %s", a.ID, arts[0].ID)
	}
}

func TestParseFeedJSONFeed(t *testing.T) {
	const jf = `{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Desk",
"items": [{"id": "1", "url": "https://example.org/j1", "title": "Talks end",
"content_html": "<p>PRAGUE (Reuters) - Talks ended on Friday.</p><p>Both sides left.</p>",
"date_published": "2025-02-03T10:00:00Z", "authors": [{"name": "Eva Novak"}]}]}`
	arts, errs := ParseFeed("desk.json.xml", []byte(jf))
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("got %v, %v", arts, errs)
	}
	a := arts[0]
	if a.Place != "PRAGUE" || a.Source != "JSON Desk" || a.Authors[0] != "Eva Novak" || a.Paragraphs[0] != "Talks ended on Friday." || a.Published.IsZero() {
		t.Errorf("JSON feed item: %+v", a)
	}
}

func TestParseFeedNotAFeed(t *testing.T) {
	for name, data := range map[string]string{
		"html.xml":  "<html><body><p>Not a feed</p></body></html>",
		"empty.rss": "  \n",
		"bin.atom":  "\x00\x01",
	} {
		arts, errs := ParseFeed(name, []byte(data))
		if len(arts) != 0 || len(errs) != 1 || errs[0].File != name {
			t.Errorf("%s: got %d articles, errors %v; want one error naming the file", name, len(arts), errs)
		}
	}
}
