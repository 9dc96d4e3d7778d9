package corpus

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page furniture that go-readability keeps because it sits inside the
// article body: ad slots, "Related" and newsletter boxes, share bars,
// author bios, photo captions, embedded social posts and pull quotes. It
// is recognised by the words of its class, id or data-component
// attribute ("ad-slot", "newsletter-promo", "twitter-tweet",
// "pull-quote"), and by custom element names (AMP's <amp-ad>).

// furnitureWords are words of class names that mark furniture; a class
// name is split into words at "-", "_" and case changes.
var furnitureWords = set(`ad ads adslot adunit advert adverts advertisement advertising dfp gpt sponsor sponsored
	promo promotion newsletter newsletters subscribe subscription signup paywall
	related recommended recommendations trending popular outbrain taboola
	share sharing sharebar sharedaddy social
	comment comments breadcrumb breadcrumbs tags
	pullquote caption credit credits bio saboxplugin
	embed tweet twitter instagram tiktok facebook`)

// furniturePhrases are two-word class names whose words alone are text
// ("read", "pull"): "read-more", "pull-quote", "author-bio".
var furniturePhrases = set(`read-more read-next more-stories most-read pull-quote author-bio about-author author-box
	story-continues tag-list`)

// furniture reports whether n is a piece of page furniture: its class, id
// or data-component says so and it holds less than half of the content's
// text (a wrapper with a careless class name keeps the article).
func furniture(n *html.Node, total int) bool {
	if tag(n) == atom.Blockquote && socialPost(n) {
		return true
	}
	names := attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "data-component") + " " + attr(n, "data-testid")
	if strings.Contains(n.Data, "-") {
		names += " " + n.Data // custom elements: <bsp-ad-slot>
	}
	if !furnitureName(names) {
		return false
	}
	return textRunes(n)*2 < total
}

// socialHosts are the sites whose posts pages embed as block quotes.
var socialHosts = regexp.MustCompile(`(?i)^https?://(?:www\.|mobile\.)?(?:twitter\.com|x\.com|instagram\.com|tiktok\.com|facebook\.com|threads\.net|bsky\.app|t\.me)/`)

// socialPost reports a block quote that is an embedded social-media post
// even when its class is gone: it links to the post on its site
// ("— EU Trade (@Trade_EU) <a href=https://x.com/...>October 14, 2025</a>").
// A pull quote or a quoted letter links nowhere.
func socialPost(n *html.Node) bool {
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && tag(n) == atom.A && socialHosts.MatchString(attr(n, "href")) {
			found = true
		}
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return found
}

func furnitureName(names string) bool {
	for _, tok := range strings.Fields(names) {
		words := classWords(tok)
		for i, w := range words {
			if furnitureWords[w] || i > 0 && furniturePhrases[words[i-1]+"-"+w] {
				return true
			}
		}
	}
	return false
}

// classWords splits "ad-slot", "newsletter_promo" or "pullQuote" into
// lower-case words.
func classWords(tok string) []string {
	var words []string
	var b strings.Builder
	prevLower := false
	emit := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range tok {
		switch {
		case r == '-' || r == '_' || r == '.' || r == ':':
			emit()
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			emit()
		}
		prevLower = unicode.IsLower(r)
		b.WriteRune(unicode.ToLower(r))
	}
	emit()
	return words
}

// skipElement reports custom elements that hold no text: AMP's ads,
// images, embeds and widgets (all but <amp-fit-text>), and other
// custom elements named as furniture.
func skipElement(name string) bool {
	name = strings.ToLower(name)
	if strings.HasPrefix(name, "amp-") {
		return name != "amp-fit-text" && name != "amp-accordion"
	}
	return false
}

var headingTags = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// endHeadingRE matches headings after which a page holds no more story:
// the notes and contacts of a press release, the author's biography.
var endHeadingRE = regexp.MustCompile(`(?i)^(?:notes? (?:to|for) (?:editors?|reporters)|media (?:enquiries|inquiries|contacts?)|press (?:enquiries|inquiries|contacts?|office)|for (?:further|more) information|contacts?|about the (?:authors?|writers?|reporters?))\s*:?$`)

// textRunes counts the non-space runes of n's text.
func textRunes(n *html.Node) int {
	c := 0
	for _, r := range textOf(n) {
		if !unicode.IsSpace(r) {
			c++
		}
	}
	return c
}
