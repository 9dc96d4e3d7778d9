package corpus

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestReadLD(t *testing.T) {
	tests := []struct {
		name, json               string
		ok                       bool
		headline, published, pub string
		authors                  []string
	}{
		{"plain NewsArticle", `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks end","datePublished":"2025-05-21T11:45:00+02:00","author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"@type":"Organization","name":"The Post"}}`,
			true, "Talks end", "2025-05-21T09:45:00Z", "The Post", []string{"Ana Ruiz"}},
		{"graph, array type, @id references", `{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"#org","name":"Polar Review"},{"@type":"Person","@id":"#p1","name":"Ingrid Lund"},{"@type":["NewsArticle","Article"],"headline":"Council meets","datePublished":"2025-05-21","author":[{"@id":"#p1"}],"publisher":{"@id":"#org"}}]}`,
			true, "Council meets", "2025-05-21T00:00:00Z", "Polar Review", []string{"Ingrid Lund"}},
		{"top-level array, author names as strings", `[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"Envoys meet","datePublished":"2025-01-02T03:04:05Z","author":["Jane Doe","John Roe"]}]`,
			true, "Envoys meet", "2025-01-02T03:04:05Z", "", []string{"Jane Doe", "John Roe"}},
		{"CDATA", `<![CDATA[{"@type":"BlogPosting","headline":"Day two","datePublished":"2025-07-22"}]]>`, true, "Day two", "2025-07-22T00:00:00Z", "", nil},
		{"only a web page", `{"@type":"WebPage","name":"Home","datePublished":"2025-01-01"}`, false, "", "", "", nil},
		{"not JSON", `{"@type":"NewsArticle",`, false, "", "", "", nil},
	}
	for _, tt := range tests {
		ld, ok := readLD(tt.json)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v", tt.name, ok)
			continue
		}
		pub := ""
		if !ld.published.IsZero() {
			pub = ld.published.Format(time.RFC3339)
		}
		if ld.headline != tt.headline || pub != tt.published || ld.publisher != tt.pub || !slices.Equal(ld.authors, tt.authors) {
			t.Errorf("%s: got %q %q %q %q", tt.name, ld.headline, pub, ld.publisher, ld.authors)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		title, site string
		h1          []string
		want, from  string
	}{
		{"Talks resume – The Lakeside Courier", "The Lakeside Courier", nil, "Talks resume", "The Lakeside Courier"},
		{"Talks resume | World news | Meridian", "", []string{"Talks resume"}, "Talks resume", "Meridian"},
		{"The Islander :: News :: Ferry strike ends", "", []string{"Ferry strike ends"}, "Ferry strike ends", "The Islander"},
		{"Talks resume - Northbridge News", "Northbridge News", []string{"Talks resume"}, "Talks resume", "Northbridge News"},
		// A dash inside the headline stays when nothing says it is a suffix.
		{"Ceasefire - what comes next", "", nil, "Ceasefire - what comes next", ""},
		{"Ceasefire - what comes next", "Daily", []string{"Ceasefire - what comes next"}, "Ceasefire - what comes next", ""},
		{"No separator here", "Site", nil, "No separator here", ""},
		// The site's logo in an <h1> is not the headline.
		{"Talks resume | The Courier", "The Courier", []string{"The Courier"}, "Talks resume", "The Courier"},
	}
	for _, tt := range tests {
		got, from := cleanTitle(tt.title, tt.site, tt.h1)
		if got != tt.want || from != tt.from {
			t.Errorf("cleanTitle(%q, %q, %q) = %q, %q; want %q, %q", tt.title, tt.site, tt.h1, got, from, tt.want, tt.from)
		}
	}
}

func TestFurnitureName(t *testing.T) {
	for names, want := range map[string]bool{
		"ad-slot": true, "div-gpt-ad-box1": true, "newsletter-promo": true, "twitter-tweet": true, "instagram-media": true,
		"pullQuote": true, "pull-quote": true, "wp-caption": true, "saboxplugin-wrap": true, "read-more-links": true,
		"sharedaddy sd-sharing-enabled": true, "story-continues": true,
		"article-body__paragraph": false, "story-body": false, "entry-content": false, "headline": false,
		"shadow": false, "loaded": false, "read": false, "pull-left": false, "block-elements": false, "more-text": false,
	} {
		if got := furnitureName(names); got != want {
			t.Errorf("furnitureName(%q) = %v, want %v", names, got, want)
		}
	}
}

// A wrapper whose class happens to name furniture keeps the article it
// holds; a small box with that class inside the article goes.
func TestFurnitureKeepsTheArticle(t *testing.T) {
	page := strings.Replace(storyHTML, "%s", "", 1)
	page = strings.Replace(page, "<article>", `<article class="story has-ads promo-enabled">`, 1)
	page = strings.Replace(page, "</article>", `<div class="promo-box"><p>Our reporters have covered these talks since they began in the spring of 2019.</p></div></article>`, 1)
	a, err := ParseHTML("wrapped.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || strings.Contains(a.Text(), "Our reporters") {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
}

func TestPageFurnitureText(t *testing.T) {
	tests := []struct {
		p                      string
		promo, nav, stamp, bio bool
	}{
		{p: "Sign up for our morning newsletter", promo: true},
		{p: "Get the Courier in your inbox every morning.", promo: true},
		{p: "Advertisement · Scroll to continue", promo: true},
		{p: "Story continues below", promo: true},
		{p: "The union said it would sign up new members before the vote.", promo: false},
		{p: "Ministers subscribe to the view that the treaty needs our attention, she said.", promo: false},
		{p: "« Back to news | Print this story | E-mail a friend", nav: true},
		{p: "Home | World | Business", nav: true},
		{p: "Prices rose 3% | wages rose 2% | rents rose 5% in the year to March, the bureau said."},
		{p: "1 hr 12 min ago", stamp: true},
		{p: "3:42 p.m. GMT, November 6, 2025", stamp: true},
		{p: "Updated 17.52 BST", stamp: true},
		{p: "Talks end at 10"},
		// Captions are told by their markup (<figure>, "caption" classes):
		// a paragraph of text may end with a photo credit.
		{p: "Trawlers unload mackerel at a Bergen quay. Photo: Coastline Daily / Ola Berg"},
		{p: "March 2025 talks"},
		{p: "Priya Raman covers education for the Courier.", bio: true},
		{p: "Priya Raman said the talks would resume."},
	}
	a := &Article{Authors: []string{"Priya Raman"}}
	for _, tt := range tests {
		if got := isPromo(tt.p); got != tt.promo {
			t.Errorf("isPromo(%q) = %v", tt.p, got)
		}
		if got := isNavLine(tt.p); got != tt.nav {
			t.Errorf("isNavLine(%q) = %v", tt.p, got)
		}
		if got := isTimeStamp(tt.p); got != tt.stamp {
			t.Errorf("isTimeStamp(%q) = %v", tt.p, got)
		}
		if got := isBio(tt.p, a); got != tt.bio {
			t.Errorf("isBio(%q) = %v", tt.p, got)
		}
	}
}

func TestEndMatterNotes(t *testing.T) {
	tests := []struct {
		paras []string
		want  int
	}{
		{[]string{"The ministers met in London.", "They agreed a plan.", "ENDS", "Notes to editors: the meeting is annual."}, 2},
		{[]string{"The ministers met in London.", "They agreed a plan.", "Correction, May 22: An earlier version misspelled a name."}, 2},
		{[]string{"The ministers met in London.", "They agreed a plan.", "Published 4 March 2025"}, 2},
		{[]string{"The ministers met in London.", "They agreed a plan.", "Jane Doe is the bureau chief in Nairobi.",
			"A version of this article appears in print on Nov. 6, 2025, Section A, Page 9."}, 2},
		{[]string{"The ministers met in London.", "A correction of the figures was published on Monday."}, 2},
		{[]string{"The ministers met in London.", "The talks ends a year of silence, officials said."}, 2},
	}
	for _, tt := range tests {
		got := endMatter(slices.Clone(tt.paras), &Article{Authors: []string{"Jane Doe"}})
		if len(got) != tt.want {
			t.Errorf("endMatter(%q) = %q", tt.paras, got)
		}
	}
}

func TestJoinIntroducedQuotes(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"Foreign Secretary Rachel Linwood said:", "Shorter queues mean more trade."},
			[]string{`Foreign Secretary Rachel Linwood said: "Shorter queues mean more trade."`}},
		{[]string{"The minister added:", "We will meet again in May.", "Talks resume next week."},
			[]string{`The minister added: "We will meet again in May."`, "Talks resume next week."}},
		// Already quoted, a list, or no speech verb: unchanged.
		{[]string{"She said:", `"We are ready."`}, []string{"She said:", `"We are ready."`}},
		{[]string{"The agreement covers:", "Customs data and border queues."}, []string{"The agreement covers:", "Customs data and border queues."}},
		{[]string{"He said:", "the rest"}, []string{"He said:", "the rest"}},
	}
	for _, tt := range tests {
		if got := joinIntroducedQuotes(slices.Clone(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("joinIntroducedQuotes(%q) = %q", tt.in, got)
		}
	}
}

func TestDropEchoes(t *testing.T) {
	story := "Lopes was careful. “We have a text on beef. We do not yet have a text on sugar,” she said."
	tests := []struct {
		in, want []string
	}{
		{[]string{story, "“We have a text on beef.”"}, []string{story}},
		{[]string{"“We do not yet have a text on sugar”", story}, []string{story}},
		{[]string{"Talks resume on Monday in Geneva.", "Talks resume on Monday in Geneva."}, []string{"Talks resume on Monday in Geneva."}},
		// Short phrases that recur are text, not echoes.
		{[]string{"He declined.", "He declined to comment on the talks."}, []string{"He declined.", "He declined to comment on the talks."}},
		{[]string{"The talks resume.", "Officials said the talks resume in May."}, []string{"The talks resume.", "Officials said the talks resume in May."}},
	}
	for _, tt := range tests {
		if got := dropEchoes(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("dropEchoes(%q) = %q", tt.in, got)
		}
	}
}

// The article's own time stamp wins over a "Latest" list above it, and
// date meta tags that readability does not read are used.
func TestHTMLPublished(t *testing.T) {
	ticker := `<ul class="latest"><li><time datetime="2025-10-15T07:02:00Z">07:02</time> <a href="/x">Markets</a></li></ul>`
	tests := []struct {
		name, head, body, want string
	}{
		{"marked time after a ticker", "", ticker + `<time itemprop="datePublished" datetime="2025-10-14T16:10:00-03:00">Oct 14</time>`, "2025-10-14T19:10:00Z"},
		{"time inside the article", "", ticker, "2025-10-14T19:10:00Z"},
		{"meta name=date", `<meta name="date" content="2025-04-29">`, "", "2025-04-29T00:00:00Z"},
		{"govuk first published", `<meta name="govuk:first-published-at" content="2025-03-04T12:30:00.000+00:00">`, "", "2025-03-04T12:30:00Z"},
		{"parsely-page JSON", `<meta name="parsely-page" content='{"title":"Envoys agree","pub_date":"2025-06-01T08:00:00Z","authors":["Ana Ruiz"]}'>`, "", "2025-06-01T08:00:00Z"},
		{"modified is not published", `<meta name="last-modified" content="2025-03-05">`, "", ""},
	}
	for _, tt := range tests {
		page := strings.Replace(storyHTML, "%s", tt.head, 1)
		page = strings.Replace(page, "<nav>", tt.body+"<nav>", 1)
		if tt.name == "time inside the article" {
			page = strings.Replace(page, "<h1>", `<h1>Envoys agree on a timetable</h1><time datetime="2025-10-14T19:10:00Z">Oct 14</time><h1 hidden>`, 1)
		}
		a, err := ParseHTML(tt.name+".html", []byte(page), "")
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !a.Published.IsZero() {
			got = a.Published.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}

// An embedded post is dropped by its link to the post even when the page
// has lost its class; a block quote of text stays.
func TestEmbeddedPostWithoutClass(t *testing.T) {
	post := `<blockquote><p>Productive talks today with our partners. Next stop: Brasília.</p>&mdash; EU Trade (@Trade_EU) <a href="https://twitter.com/Trade_EU/status/1">October 14, 2025</a></blockquote>`
	letter := `<blockquote><p>We ask both delegations to return to the table before the harvest begins.</p></blockquote>`
	page := strings.Replace(storyHTML, "%s", "", 1)
	page = strings.Replace(page, "</article>", post+letter+"</article>", 1)
	a, err := ParseHTML("embed.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	text := a.Text()
	if strings.Contains(text, "Productive talks") || strings.Contains(text, "@Trade_EU") || !strings.Contains(text, "return to the table") {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
}

// A logo heading linking home does not stand for the headline.
func TestLogoHeading(t *testing.T) {
	page := strings.Replace(storyHTML, "%s", `<meta property="og:title" content="Envoys agree on a timetable | Example News">`, 1)
	page = strings.Replace(page, "<nav>", `<h1 class="logo"><a href="/">Example News</a></h1><nav>`, 1)
	page = strings.Replace(page, "<h1>Envoys agree on a timetable</h1>", "<h2>Envoys agree on a timetable</h2>", 1)
	a, err := ParseHTML("logo.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Title, "Envoys agree on a timetable") {
		t.Errorf("title %q is the logo", a.Title)
	}
}
