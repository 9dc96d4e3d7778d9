package corpus

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipTags hold no article text: scripts, page furniture, media and
// headings (subheadings are dropped, as in plain text).
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Footer: true,
	atom.Header: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Figure: true,
	atom.Figcaption: true, atom.Iframe: true, atom.Svg: true, atom.Select: true, atom.Template: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Picture: true, atom.Img: true, atom.Video: true, atom.Audio: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Input: true, atom.Textarea: true, atom.Menu: true,
	atom.Dialog: true, atom.Math: true,
}

// blockTags start a new paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dd: true, atom.Dt: true,
	atom.Blockquote: true, atom.Pre: true, atom.Body: true, atom.Html: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Center: true, atom.Hr: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Caption: true, atom.Fieldset: true,
}

// boilerplate are whole paragraphs that pages put inside article bodies
// and that are never news text.
var boilerplate = map[string]bool{
	"advertisement": true, "skip advertisement": true, "story continues below advertisement": true,
	"continue reading": true, "share": true, "share this article": true, "read more": true,
	"related": true, "related stories": true, "related articles": true, "recommended": true,
	"most read": true, "sign up": true, "subscribe": true, "listen to this article": true,
}

// blockParagraphs returns the text of n's block elements, one paragraph
// each. Paragraphs that are all link text ("Read more: ..."), wholly bold
// without a full stop (subheadings), or known boilerplate are dropped.
func blockParagraphs(n *html.Node) []string {
	w := &blockWalker{total: textRunes(n)}
	if n.Type == html.ElementNode && w.skip(n) {
		return nil
	}
	w.block(n)
	w.flush()
	return w.paras
}

type blockWalker struct {
	paras []string
	buf   strings.Builder
	total int // non-space runes in the whole content
	// Non-space runes collected, those inside links, those outside bold
	// type and those of <time> elements.
	runes, linkRunes, plainRunes, timeRunes int
	brs                                     int  // <br> elements since the last text
	stop                                    bool // the end matter has begun
}

// skip reports an element that holds no article text: see skipTags,
// furnitureClass and endHeadingRE. A heading that opens the end matter
// ("Notes to editors") stops the walk.
func (w *blockWalker) skip(n *html.Node) bool {
	t := tag(n)
	if headingTags[t] {
		if endHeadingRE.MatchString(normalizeSpace(textOf(n))) {
			w.stop = true
		}
		return true
	}
	if skipTags[t] || skipElement(n.Data) {
		return true
	}
	return furniture(n, w.total)
}

func (w *blockWalker) block(n *html.Node) {
	for c := n.FirstChild; c != nil && !w.stop; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && w.skip(c):
			w.flush()
		case c.Type == html.ElementNode && (blockTags[tag(c)] || containsBlock(c)):
			w.flush()
			if tag(c) == atom.Li {
				// A list item is text even when short, as in plain
				// text; cleanWire removes the marker.
				w.buf.WriteString("• ")
			}
			w.block(c)
			w.flush()
		default:
			w.inline(c, false, false, false)
		}
	}
}

func (w *blockWalker) inline(n *html.Node, inLink, inBold, inTime bool) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		for _, r := range n.Data {
			if unicode.IsSpace(r) {
				continue
			}
			w.brs = 0
			w.runes++
			if inLink {
				w.linkRunes++
			}
			if !inBold {
				w.plainRunes++
			}
			if inTime {
				w.timeRunes++
			}
		}
		return
	case html.ElementNode:
		if w.skip(n) {
			return
		}
		switch tag(n) {
		case atom.Time:
			inTime = true
		case atom.Br:
			// Old pages separate paragraphs with <br><br>.
			if w.brs++; w.brs >= 2 {
				w.flush()
			} else {
				w.buf.WriteByte(' ')
			}
			return
		case atom.A:
			inLink = true
		case atom.B, atom.Strong:
			inBold = true
		}
	default:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.inline(c, inLink, inBold, inTime)
	}
}

func (w *blockWalker) flush() {
	text := normalizeSpace(w.buf.String())
	// Dates next to links ("Markets fall 3 May") are neither text nor
	// links; a paragraph of dates only is a time stamp.
	runes, links, plain := w.runes-w.timeRunes, w.linkRunes, w.plainRunes
	w.buf.Reset()
	w.runes, w.linkRunes, w.plainRunes, w.timeRunes, w.brs = 0, 0, 0, 0, 0
	switch {
	case text == "" || text == "•":
	case runes <= 0:
	case links*10 >= runes*9:
	case plain == 0 && !endsWithPunct(text) && !strings.HasPrefix(text, "• "):
	case boilerplate[strings.ToLower(strings.Trim(text, " .:…»›→"))]:
	default:
		w.paras = append(w.paras, text)
	}
}

// containsBlock reports whether an inline element wraps block elements
// (as old pages do with <font> or <a> around paragraphs).
func containsBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[tag(c)] || containsBlock(c)) {
			return true
		}
	}
	return false
}

// tag returns n's element name as an atom. Elements that readability
// creates carry only their name, not the atom.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}
