package corpus

import (
	"errors"
	"os"
	"strings"
	"testing"
)

const storyHTML = `<html><head><title>Envoys agree on a timetable - Example News</title>%s</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Envoys agree on a timetable</h1>
<p>Envoys from the two delegations agreed on Wednesday on a timetable for the next three rounds of talks, which will alternate between the two capitals.</p>
<p>The first round is due in the second week of next month, a spokesman for the mediators said, adding that both sides had accepted the agenda.</p>
</article><footer>© Example News</footer></body></html>`

func TestParseHTMLURL(t *testing.T) {
	// Without a site name, the title's " - Example News" names the
	// outlet; a bare title leaves the page's host.
	const bare = "<title>Envoys agree on a timetable</title>"
	tests := []struct {
		name, head, pageURL, wantURL, wantSource string
	}{
		{"relative canonical", bare + `<link rel="canonical" href="/world/envoys-timetable">`, "https://www.example.org/world/envoys-timetable?utm_source=x",
			"https://www.example.org/world/envoys-timetable", "example.org"},
		{"og:url", bare + `<meta property="og:url" content="https://example.org/a">`, "", "https://example.org/a", ""},
		{"page url fallback", bare, "https://news.example.com/b", "https://news.example.com/b", "news.example.com"},
		{"relative canonical without page url", bare + `<link rel="canonical" href="/c">`, "", "", ""},
		{"site name wins over host", `<meta property="og:site_name" content="Example News">`, "https://example.org/d", "https://example.org/d", "Example News"},
		{"site name from the title", "", "https://example.org/e", "https://example.org/e", "Example News"},
		{"site name from the title without page url", "", "", "", "Example News"},
	}
	for _, tt := range tests {
		page := storyHTML
		if strings.HasPrefix(tt.head, bare) {
			page = strings.Replace(page, "<title>Envoys agree on a timetable - Example News</title>", "", 1)
		}
		a, err := ParseHTML(tt.name+".html", []byte(strings.Replace(page, "%s", tt.head, 1)), tt.pageURL)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if a.URL != tt.wantURL || a.Source != tt.wantSource {
			t.Errorf("%s: URL %q source %q; want %q %q", tt.name, a.URL, a.Source, tt.wantURL, tt.wantSource)
		}
		if a.Title != "Envoys agree on a timetable" || len(a.Paragraphs) != 2 {
			t.Errorf("%s: title %q, %d paragraphs %q", tt.name, a.Title, len(a.Paragraphs), a.Paragraphs)
		}
	}
}

func TestParseHTMLLegacyCharset(t *testing.T) {
	page := strings.Replace(storyHTML, "%s", `<meta charset="windows-1252">`, 1)
	page = strings.Replace(page, "adding that both", "adding \x93both\x94", 1)
	a, err := ParseHTML("legacy.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text(), "adding “both”") {
		t.Errorf("windows-1252 quotes not decoded: %q", a.Text())
	}
}

func TestParseHTMLUTF16(t *testing.T) {
	page := strings.Replace(storyHTML, "%s", "", 1)
	data := []byte{0xff, 0xfe} // UTF-16LE byte-order mark
	for _, r := range page {
		data = append(data, byte(r), byte(r>>8))
	}
	a, err := ParseHTML("utf16.html", data, "")
	if err != nil || a.Title != "Envoys agree on a timetable" {
		t.Errorf("UTF-16 page: %v, %+v", err, a)
	}
}

func TestParseHTMLNoArticle(t *testing.T) {
	pages := map[string]string{
		"error page":  `<html><body><nav><a href="/">Home</a></nav><h1>Page not found</h1><p>Try the search.</p></body></html>`,
		"only links":  `<html><body><ul><li><a href="/1">One story about talks in a capital city far away</a></li><li><a href="/2">Another story about a summit that ended without a deal</a></li><li><a href="/3">A third story</a></li></ul></body></html>`,
		"empty body":  `<html><head><title>x</title></head><body></body></html>`,
		"binary data": "\x00\x00\x01",
	}
	for name, page := range pages {
		_, err := ParseHTML(name+".html", []byte(page), "")
		var le LoadError
		if !errors.As(err, &le) || le.File != name+".html" {
			t.Errorf("%s: error %v, want a LoadError naming the file", name, err)
		}
		if !errors.Is(err, ErrNoText) && !errors.Is(err, ErrNotText) {
			t.Errorf("%s: error %v wraps neither ErrNoText nor ErrNotText", name, err)
		}
	}
}

// TestSameArticleSameID: an article keeps its ID however it arrives.
func TestSameArticleSameID(t *testing.T) {
	const url = "https://example.org/world/envoys-timetable"
	md := "---\ntitle: Envoys agree on a timetable\nurl: " + url + "\n---\n\nA different copy of the text.\n"
	fromMD, err := ParseMarkdown("a.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	head := `<link rel="canonical" href="http://www.example.org/world/envoys-timetable/">`
	fromHTML, err := ParseHTML("page", []byte(strings.Replace(storyHTML, "%s", head, 1)), url+"?utm_source=feed")
	if err != nil {
		t.Fatal(err)
	}
	if fromMD.ID != fromHTML.ID {
		t.Errorf("same URL, different IDs: md %s, html %s", fromMD.ID, fromHTML.ID)
	}

	// Without a URL the ID comes from title and text, so a wire story read
	// as plain text and as Markdown with the same content matches.
	txt := "Envoys agree on a timetable\n\nOSLO (AP) — Envoys agreed on Wednesday.\n\nThey meet again in May.\n\nJane Doe, The Associated Press\n"
	mdCopy := "---\ntitle: Envoys agree on a timetable\nsource: The Associated Press\nauthor: Jane Doe\nplace: OSLO\n---\n\nOSLO (AP) — Envoys agreed on Wednesday.\n\nThey meet again in May.\n"
	a, err := ParseText("story.txt", []byte(txt))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseMarkdown("story.md", []byte(mdCopy))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != b.ID || a.Hash() != b.Hash() {
		t.Errorf("text and Markdown copies differ:\n%+v\n%+v", a, b)
	}
}

func TestParseHTMLFixtureBoilerplate(t *testing.T) {
	data, err := os.ReadFile("testdata/load/harbour-gazette-jsonld.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseHTML("harbour.html", data, "")
	if err != nil {
		t.Fatal(err)
	}
	text := a.Text()
	for _, junk := range []string{"cookies", "Home", "Related stories", "Quota talks stall", "All rights reserved", "Advertisement", "Trawlers moored", "Years of disputes", "window.tracking"} {
		if strings.Contains(text, junk) {
			t.Errorf("boilerplate %q kept in the article text", junk)
		}
	}
}
