package corpus

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file reads the conventions of news-agency copy that carry metadata
// inside the text: a dateline opening the first paragraph, bylines and
// "Published:" lines above it, a credit line and end matter below the
// story, and subheadings between paragraphs. Every loader runs its
// paragraphs through cleanWire, so an article reads the same whether it
// came as text, Markdown, HTML, JSON Lines or a feed item.
//
// Decisions:
//   - The dateline prefix ("KYIV, Ukraine (Reuters) - ") is removed from the
//     first paragraph and kept in Article.Place (and Article.Source, from
//     the agency code), so a search hit shows a readable sentence.
//   - End matter is not news text and is dropped: "___" separators, the
//     "X contributed reporting" paragraph, the credit line (its names go to
//     Authors, its outlet to Source), "Follow ... at https://..." lines,
//     copyright lines, AFP desk slugs and Reuters contact lines.
//   - Subheadings (short lines without terminal punctuation) are dropped
//     from plain text: they are not sentences, and as separate paragraphs
//     they would be useless search hits. The sentences around them stay
//     separate paragraphs. Markdown and HTML headings are dropped the same
//     way by their loaders.
//   - Metadata already set (front matter, JSON fields, HTML meta tags) wins
//     over what the text says.

// wireOpts chooses the heuristics that only make sense for text without
// markup.
type wireOpts struct {
	title    bool // a heading-like first paragraph is the title
	headings bool // heading-like paragraphs in the body are subheadings
}

// cleanWire reads the conventions above from paras into a and returns the
// body paragraphs that remain.
func cleanWire(paras []string, a *Article, opt wireOpts) []string {
	paras = cleanParagraphs(paras)
	paras = header(paras, a, opt)
	if len(paras) > 0 {
		if rest, ok := applyDateline(paras[0], a); ok {
			if rest == "" {
				paras = paras[1:]
			} else {
				paras[0] = rest
			}
		}
	}
	paras = endMatter(paras, a)
	out := paras[:0]
	for _, p := range paras {
		switch {
		case isSeparator(p):
		case isBullet(p):
			// A list item is text even when short; its marker is not.
			if p = strings.TrimSpace(trimBullet(p)); p != "" {
				out = append(out, p)
			}
		case opt.headings && isSubheading(p):
		default:
			out = append(out, p)
		}
	}
	return out
}

// trimBullet removes a list marker ("- ", "* ", "• ") from the start of p;
// dashes are kept, as a paragraph may open with one.
func trimBullet(p string) string {
	for _, m := range []string{"- ", "* ", "• "} {
		if strings.HasPrefix(p, m) {
			return p[len(m):]
		}
	}
	return p
}

var (
	metaLineRE = regexp.MustCompile(`(?i)^(published|posted|first published|date|updated|last updated)(?:\s+(?:on|at))?\s*:?\s+(.+)$`)
	advisoryRE = regexp.MustCompile(`(?i)^\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|repeats|writes through)\b[^)]*\)$`)
)

// header consumes the lines before the story body: title (when opt.title),
// bylines, "Published:" lines and agency advisories.
func header(paras []string, a *Article, opt wireOpts) []string {
	titleSeen := false
	for len(paras) > 1 {
		p := paras[0]
		if m := metaLineRE.FindStringSubmatch(p); m != nil {
			t, err := parseDate(strings.TrimSuffix(m[2], "."))
			if err != nil {
				break
			}
			if kind := strings.ToLower(m[1]); !strings.Contains(kind, "updated") && a.Published.IsZero() {
				a.Published = t
			}
		} else if advisoryRE.MatchString(p) || isSeparator(p) {
			// not text
		} else if names, src, ok := parseCredit(p); ok && hasByPrefix(p) {
			a.Authors = appendUnique(a.Authors, names...)
			a.Source = firstNonEmpty(a.Source, src)
		} else if opt.title && !titleSeen && isTitleLike(p) && !isDateline(p) {
			titleSeen = true
			if a.Title == "" {
				a.Title = p
			} else if !strings.EqualFold(a.Title, p) {
				break // a different line: leave it to the subheading rule
			}
		} else {
			break
		}
		paras = paras[1:]
	}
	return paras
}

var (
	// datelineRE matches "PLACE[, Region][, Month Day] [(AGENCY)] SEP" at the
	// start of a paragraph; applyDateline checks the parts it captured.
	datelineRE = regexp.MustCompile(`^` +
		`(?:(?P<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|da|do|dos|del|la|le|el|al|es|sur|am|an|of|upon))*)` +
		`(?P<quals>(?:,[ \t]*[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*(?:[ \t]+[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*){0,3})*)[ \t]*)?` +
		`(?:\((?P<agency>[^()\n]{1,40})\)[ \t]*)?` +
		`(?P<sep>—|–|--|-|_|:)(?P<post>[ \t]*)`)
	monthDayRE = regexp.MustCompile(`(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$`)
	yearRE     = regexp.MustCompile(`^(?:19|20)\d\d$`)
	// notPlaces are all-capitals words that open a paragraph like a
	// dateline but are kickers.
	notPlaces = map[string]bool{"BREAKING": true, "UPDATE": true, "EXCLUSIVE": true, "ANALYSIS": true, "FACTBOX": true,
		"EXPLAINER": true, "CORRECTED": true, "URGENT": true, "FLASH": true, "WATCH": true, "LIVE": true, "OPINION": true,
		"EDITORIAL": true, "NOTE": true, "EDITOR'S NOTE": true, "EDITOR’S NOTE": true, "ADVISORY": true, "UPDATED": true}
)

// dateline is what a dateline says.
type dateline struct {
	place, agency string
	date          time.Time // zero unless the dateline gives a year
	rest          string    // the paragraph after the dateline
}

// parseDateline reads a dateline at the start of p. Without an agency code
// the place must be in capitals ("LONDON —"), so a paragraph opening with
// a capitalised word and a dash is not mistaken for one.
func parseDateline(p string) (dateline, bool) {
	m := datelineRE.FindStringSubmatchIndex(p)
	if m == nil {
		return dateline{}, false
	}
	group := func(name string) string {
		i := datelineRE.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return p[m[2*i]:m[2*i+1]]
	}
	place, agencyCode, sep, post := group("place"), strings.TrimSpace(group("agency")), group("sep"), group("post")
	var d dateline
	d.rest = strings.TrimSpace(p[m[1]:])
	if place == "" && agencyCode == "" {
		return dateline{}, false
	}
	if agencyCode != "" {
		name, ok := agencyName(strings.SplitN(agencyCode, "/", 2)[0])
		if !ok {
			if !looksLikeOutlet(agencyCode) {
				return dateline{}, false
			}
			name = agencyCode
		}
		d.agency = name
		if len(strings.Fields(place)) > 5 {
			return dateline{}, false
		}
	} else {
		if strings.ToUpper(place) != place || letters(place) < 2 || notPlaces[place] {
			return dateline{}, false
		}
		// A hyphen or en dash glued to the next word is a compound
		// ("NATO-led"), not a dateline.
		if (sep == "-" || sep == "–" || sep == "_" || sep == ":") && post == "" {
			return dateline{}, false
		}
	}
	if sep == "-" && post == "" && d.rest != "" && agencyCode == "" {
		return dateline{}, false
	}
	parts := []string{place}
	var monthDay string
	for _, q := range strings.Split(group("quals"), ",") {
		q = strings.TrimSpace(q)
		switch {
		case q == "":
		case monthDayRE.MatchString(q):
			monthDay = q
		case yearRE.MatchString(q):
			if monthDay != "" {
				if t, err := parseDate(monthDay + " " + q); err == nil {
					d.date = t
				}
			}
		default:
			parts = append(parts, q)
		}
	}
	if place != "" {
		d.place = strings.Join(parts, ", ")
	}
	return d, true
}

// isDateline reports whether p opens with a dateline.
func isDateline(p string) bool { _, ok := parseDateline(p); return ok }

// applyDateline reads the dateline opening p into a (Place, Source and
// Published when a has none) and returns p without it.
func applyDateline(p string, a *Article) (string, bool) {
	d, ok := parseDateline(p)
	if !ok {
		return p, false
	}
	a.Place = firstNonEmpty(a.Place, d.place)
	a.Source = firstNonEmpty(a.Source, d.agency)
	if a.Published.IsZero() {
		a.Published = d.date
	}
	return d.rest, true
}

var (
	contributedRE = regexp.MustCompile(`(?i)\bcontributed\b[^.]{0,60}\.?["”]?$|\bcontributed to (?:this|the) (?:report|story|article)|^(?:\p{Lu}[\p{L}'’\-]+ ){1,3}reported from\b`)
	followRE      = regexp.MustCompile(`(?i)^(?:follow|find|read|see|more|for more|get|sign up)\b.*(?:https?://|www\.|\.com\b)`)
	copyrightRE   = regexp.MustCompile(`(?i)^(?:©|copyright\b|\(c\)\s*\d{4})`)
	slugRE        = regexp.MustCompile(`^[a-z]{2,6}(?:[/-][a-z0-9]{2,6}){1,5}$`)
	contactRE     = regexp.MustCompile(`^\(\(.*\)\)$`)
	innerStopRE   = regexp.MustCompile(`\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}`) // a sentence ends inside
	correctionRE  = regexp.MustCompile(`(?i)^this (?:story|article|version|report) (?:has been |was )?(?:corrected|updated|changed|corrects|updates)\b`)
)

// endMatter drops the lines after the story (credit line, contributor
// paragraph, separators, links, copyright) and reads authors and outlet
// from the credit line.
func endMatter(paras []string, a *Article) []string {
	// Everything after a separator near the end is end matter.
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-4; i-- {
		if isSeparator(paras[i]) {
			for _, p := range paras[i+1:] {
				readCredit(p, a)
			}
			paras = paras[:i]
			break
		}
	}
	for len(paras) > 1 {
		p := paras[len(paras)-1]
		if !readCredit(p, a) && !isSeparator(p) && !contributedRE.MatchString(p) && !followRE.MatchString(p) &&
			!copyrightRE.MatchString(p) && !slugRE.MatchString(p) && !contactRE.MatchString(p) && !correctionRE.MatchString(p) {
			break
		}
		paras = paras[:len(paras)-1]
	}
	return paras
}

// readCredit reads p into a if it is a credit line.
func readCredit(p string, a *Article) bool {
	names, src, ok := parseCredit(p)
	if !ok {
		return false
	}
	if len(a.Authors) == 0 {
		a.Authors = names
	}
	a.Source = firstNonEmpty(a.Source, src)
	return true
}

// isSeparator reports a line of rule characters such as "___" or "* * *".
func isSeparator(p string) bool {
	n := 0
	for _, r := range p {
		switch {
		case strings.ContainsRune("_*=~#-–—•·", r):
			n++
		case r == ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// isSubheading reports a line that reads as a subheading, not a sentence:
// short, capitalised, without terminal punctuation (or a very short
// question with no quotation in it: "What's next?").
func isSubheading(p string) bool {
	if headingShape(p, 12, 100) && !endsSentence(p) {
		return true
	}
	return strings.HasSuffix(p, "?") && headingShape(p, 8, 60) && !strings.ContainsAny(p, "\"“”")
}

// isTitleLike reports a first line that can be a headline: up to 30 words,
// not ending like a statement (a question or exclamation is fine).
func isTitleLike(p string) bool {
	if !headingShape(p, 30, 200) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(trimClosers(p))
	return !strings.ContainsRune(".:;,…—", r)
}

// headingShape checks length and that p starts like a heading: a capital
// letter or digit, possibly after an opening quotation mark.
func headingShape(p string, maxWords, maxRunes int) bool {
	if utf8.RuneCountInString(p) > maxRunes || len(strings.Fields(p)) > maxWords || strings.Contains(p, "://") ||
		innerStopRE.MatchString(p) {
		return false
	}
	s := strings.TrimLeft(p, "\"“‘'«(")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// endsSentence reports whether p ends with terminal punctuation, looking
// through closing quotation marks and brackets.
func endsSentence(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(trimClosers(p))
	return strings.ContainsRune(".!?…:;,—", r)
}

func trimClosers(p string) string { return strings.TrimRight(p, "\"”’'»)] ") }

// letters counts the letters in s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
