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
//     copyright lines, AFP desk slugs and Reuters contact lines; also a
//     press release's "ENDS" and what follows, "Published 4 March 2025"
//     stamps, correction and print-edition notes, and an author's bio
//     ("Jane Doe covers ..." when Jane Doe is an author).
//   - Page furniture that survives as text is dropped anywhere: ad labels
//     ("Advertisement", "Story continues below"), newsletter and
//     subscription promotions, lines of links between bars ("Back to news
//     | Print this story") and time stamps alone ("1 hr 12 min ago").
//   - Subheadings (short lines without terminal punctuation) are dropped
//     from plain text: they are not sentences, and as separate paragraphs
//     they would be useless search hits. The sentences around them stay
//     separate paragraphs. Markdown and HTML headings are dropped the same
//     way by their loaders.
//   - Metadata already set (front matter, JSON fields, HTML meta tags) wins
//     over what the text says.

// datelineReach is how many leading paragraphs may hold the dateline.
const datelineReach = 3

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
	// The dateline opens the first paragraph, or a later one when
	// unrecognised lines (a deck, a caption) come first.
	turns := transcriptTurns(paras)
	for i := 0; i < len(paras) && i < datelineReach; i++ {
		if turns && turnLabelRE.MatchString(paras[i]) {
			break // "PRESIDENT VOS: Good evening.": a transcript's first turn, no dateline
		}
		if rest, ok := applyDateline(paras[i], a); ok {
			if rest == "" {
				paras = append(paras[:i], paras[i+1:]...)
			} else {
				paras[i] = rest
			}
			break
		}
	}
	paras = endMatter(paras, a)
	out := paras[:0]
	listOpen := false // the last paragraph kept announced a list ("In attendance, by country, were:")
	for i, p := range paras {
		item := false
		switch {
		case opt.headings && isSubheading(p) && i+1 < len(paras) && isBullet(paras[i+1]) && !isBullet(p) && strings.ToUpper(p) == p:
			out = append(out, p) // a list's heading in capitals ("THE UKRAINIAN DELEGATION", "THE EUROPEANS"): which side its items are on
		case isSeparator(p), isCaption(p),
			startsAny(strings.ToLower(p[:min(len(p), 16)]), "read more", "related", "also read", "see also", "more coverage", "watch", "listen") && readMoreRE.MatchString(p),
			boilerplate[strings.ToLower(strings.Trim(p, " .:…»›→"))], isPromo(p), isNavLine(p):
		case isTimeStamp(p):
			if clockStampRE.MatchString(p) {
				a.stamps = append(a.stamps, len(out)) // "17.20 BST" alone on a line: a live blog's next entry opens
			}
		case isBullet(p):
			// A list item is text even when short; its marker is not.
			if p = strings.TrimSpace(trimBullet(p)); p != "" {
				out = append(out, p)
			}
		case opt.headings && isSubheading(p) && !listOpen && !quoteHeadline(p):
			if entryHeading(p) {
				a.entries = append(a.entries, len(out)) // (the entry opens with the next paragraph kept)
			}
		default:
			// a heading-shaped line under a list's colon is one of its items
			// ("Rwanda — President Paul Kagame")
			item = listOpen && isSubheading(p)
			out = append(out, p)
		}
		listOpen = item || len(out) > 0 && out[len(out)-1] == p && strings.HasSuffix(strings.TrimSpace(p), ":")
	}
	return out
}

// turnLabelRE matches a transcript turn's label in capitals: "PRESIDENT
// VOS: ", "ANCHOR JANE MOORE: ", "Q: ".
var turnLabelRE = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’\-]{0,40}: `)

// transcriptTurns reports paragraphs of which three or more open with a
// label in capitals and a colon: a transcript, whose first label is a
// speaker, not a dateline.
func transcriptTurns(paras []string) bool {
	n := 0
	for _, p := range paras {
		if turnLabelRE.MatchString(p) {
			n++
		}
	}
	return n >= 3
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

// metaLine matches metaLineRE ("Published: …") in p, looking for its
// first word before running it.
func metaLine(p string) []string {
	if !startsAny(strings.ToLower(p[:min(len(p), 16)]), "published", "posted", "first published", "date", "updated", "last updated") {
		return nil
	}
	return metaLineRE.FindStringSubmatch(p)
}

// shortDate returns the date of a line of at most eight words that holds
// one and does not end as a sentence; the zero time otherwise.
func shortDate(p string) time.Time {
	if wordsOver(p, 8) || endsStop(p) {
		return time.Time{}
	}
	return dateIn(p)
}

// isCaption reports a photo credit line (captionRE), which ends with its
// parenthesis.
func isCaption(p string) bool {
	return strings.HasSuffix(strings.TrimRight(p, " \t\n\f\r"), ")") && captionRE.MatchString(p)
}

// isCorrection reports a correction or editor's note (correctionRE),
// looking for its first words before running it.
func isCorrection(p string) bool {
	return startsAny(strings.ToLower(p[:min(len(p), 24)]), "this ", "correction", "clarification", "editor", "an earlier version", "a version of this") &&
		correctionRE.MatchString(p)
}

// bylineCredit reads a credit line that opens with "By".
func bylineCredit(p string) ([]string, string, bool) {
	if !hasByPrefix(p) {
		return nil, "", false
	}
	return parseCredit(p)
}

// header consumes the lines before the story body: title (when opt.title),
// bylines, "Published:" lines and agency advisories.
func header(paras []string, a *Article, opt wireOpts) []string {
	titleSeen := false
	for len(paras) > 1 {
		p := paras[0]
		if m := metaLine(p); m != nil && isStamp(m[2]) {
			// "Published: 2025-08-18", "Updated 6:51 PM EDT, August 18, 2025"
			if t := dateIn(m[2]); !t.IsZero() && !strings.Contains(strings.ToLower(m[1]), "updated") && a.Published.IsZero() {
				a.Published = t
			}
		} else if t := shortDate(p); !t.IsZero() {
			// a line holding only a date: "Mon 18 Aug 2025 22.51 BST"
			if a.Published.IsZero() {
				a.Published = t
			}
			if a.Place == "" {
				a.Place = placeAfterStamp(p) // a readout's "July 5, 2024, 16:45, The Kremlin, Moscow"
			}
		} else if strings.HasPrefix(p, "(") && advisoryRE.MatchString(p) || isSeparator(p) || isCaption(p) || isCorrection(p) {
			// not text
		} else if names, src, ok := bylineCredit(p); ok {
			a.Authors = appendUnique(a.Authors, names...)
			a.Source = firstNonEmpty(a.Source, src)
		} else if names := placedByline(p); names != nil {
			a.Authors = appendUnique(a.Authors, names...)
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
	contributedRE = regexp.MustCompile(`(?i)\bcontributed(?: additional)? reporting\b|\bcontributed to (?:this|the) (?:report|story|article)|` +
		`\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b.*\bcontributed\b|^(?:\p{Lu}[\p{L}'’\-]+ ){1,3}reported from\b`)
	followRE     = regexp.MustCompile(`(?i)^(?:follow|find|read|see|for more|more on|get|sign up)\b.*(?:https?://|www\.|\.com\b)`)
	copyrightRE  = regexp.MustCompile(`(?i)^(?:©|copyright\b|\(c\)\s*\d{4})`)
	slugRE       = regexp.MustCompile(`^[a-z]{2,6}(?:[/-][a-z0-9]{2,6}){1,5}$`)
	contactRE    = regexp.MustCompile(`^\(\(.*\)\)$`)
	innerStopRE  = regexp.MustCompile(`\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}`) // a sentence ends inside
	rightsRE     = regexp.MustCompile(`(?i)all rights reserved|may not be (?:published|reproduced|redistributed)|^our standards:|trust principles`)
	captionRE    = regexp.MustCompile(`(?i)\((?:AP|AFP|Reuters|EPA|Getty|Pool)[^()]*(?:photo|images|via|file)[^()]*\)\s*$`)
	readMoreRE   = regexp.MustCompile(`(?i)^(?:read more|related|also read|see also|more coverage|watch|listen)\s*:`)
	correctionRE = regexp.MustCompile(`(?i)^this (?:story|article|version|report) (?:has been |was )?(?:corrected|updated|changed|corrects|updates)\b|` +
		`^(?:correction|clarification|editor['’]?s note)\b[^:.]{0,40}:|^an earlier version of this (?:story|article|report)\b|` +
		`^a version of this (?:story|article|report) (?:appears|appeared) (?:in print|in the print edition)\b`)
	endsRE = regexp.MustCompile(`(?i)^[-–—#(]*\s*ends\s*[-–—#)]*$`)
	// adRE and promoRE are ad labels and newsletter or subscription
	// promotions that pages put between paragraphs.
	adRE    = regexp.MustCompile(`(?i)^(?:advertisement|sponsored content|(?:story|article) continues (?:below|after)|continue reading below|scroll to continue|article content)\b[^.!?]{0,40}$`)
	promoRE = regexp.MustCompile(`(?i)\b(?:sign up|subscribe|register)\b[^.!?]{0,40}\b(?:our|free)\b[^.!?]{0,40}\b(?:newsletters?|briefings?|inbox|e-?mails?|alerts?)\b|` +
		`^get (?:the|our) [^.!?]{1,40} (?:in|to) your inbox|^(?:subscribe|sign up) (?:now|today)\b`)
	bioRE = regexp.MustCompile(`^\s+(?:is|was|covers|writes|reports|has (?:covered|reported|written|been)|joined)\b`)
)

// isPromo reports an ad label or a newsletter or subscription promotion:
// a short paragraph ("Sign up for our morning newsletter").
func isPromo(p string) bool {
	if p == "" || wordsOver(p, 40) {
		return false
	}
	// (the patterns' fixed words first: a regular expression costs a pass
	// over the paragraph even when it cannot match)
	if c := p[0] | 0x20; (c == 'a' || c == 's' || c == 'c') && adRE.MatchString(p) {
		return true
	}
	l := strings.ToLower(p)
	return (strings.Contains(l, "sign up") || strings.Contains(l, "subscribe") || strings.Contains(l, "register") || strings.HasPrefix(l, "get ")) &&
		promoRE.MatchString(p)
}

// wordsOver reports whether p has more than n words (as strings.Fields
// splits it), reading no further than word n+1.
func wordsOver(p string, n int) bool { return fieldsOver(p, unicode.IsSpace, n) }

// fieldsOver reports whether p has more than n words split at sep (as
// strings.FieldsFunc splits it), reading no further than word n+1.
func fieldsOver(p string, sep func(rune) bool, n int) bool {
	words, in := 0, false
	for _, r := range p {
		if sep(r) {
			in = false
			continue
		}
		if !in {
			if words++; words > n {
				return true
			}
			in = true
		}
	}
	return false
}

// stampWordRE matches the words of a time stamp: times, dates, zones,
// "ago", "Updated".
var stampWordRE = regexp.MustCompile(`(?i)^(?:\d{1,4}(?:[:.]\d{2})?|[ap]\.?m\.?|(?-i:[A-Z]{2,5})|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|` +
	`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|` +
	`ago|just|now|min|mins|minutes?|h|hr|hrs|hours?|secs?|seconds?|days?|updated|posted|published|at|on|and|\d{1,2}(?:st|nd|rd|th))$`)

// clockStampRE matches a live blog's bare entry stamp: "17.20 BST",
// "09:35", "11.05am GMT".
var clockStampRE = regexp.MustCompile(`^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?$`)

// isTimeStamp reports a paragraph that is only a time stamp, as live
// blogs print above each entry: "3:42 p.m. GMT, November 6, 2025",
// "1 hr 12 min ago", "Updated 17.52 BST".
func isTimeStamp(p string) bool {
	if !strings.ContainsAny(p, "0123456789") {
		return false
	}
	sep := func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;|·•()", r) }
	if fieldsOver(p, sep, 10) {
		return false
	}
	words := strings.FieldsFunc(p, sep)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !stampWordRE.MatchString(strings.TrimRight(w, ".:")) && !stampWordRE.MatchString(w) {
			return false
		}
	}
	return true
}

// isNavLine reports a line of links as pages print them between bars:
// "« Back to news | Print this story | E-mail a friend".
func isNavLine(p string) bool {
	parts := strings.Split(p, "|")
	if len(parts) < 3 {
		return false
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if len(strings.Fields(part)) > 5 || endsStop(part) {
			return false
		}
	}
	return true
}

// isBio reports an author's biography: a paragraph that opens with one of
// the article's authors and says what they do ("Jane Doe covers ...").
func isBio(p string, a *Article) bool {
	for _, n := range a.Authors {
		if rest, ok := strings.CutPrefix(p, n); ok && bioRE.MatchString(rest) {
			return true
		}
	}
	return false
}

// isEndLine reports a line of end matter: a contributor line, a "follow
// us" link, copyright and rights notices, a slug, a contact line, a
// correction. Each pattern's fixed words are looked for first: a regular
// expression costs a pass over the paragraph even when it cannot match.
func isEndLine(p string) bool {
	l := strings.ToLower(p)
	has, starts := strings.Contains, strings.HasPrefix
	return (has(l, "contributed") || has(l, "reported from")) && contributedRE.MatchString(p) ||
		startsAny(l, "follow", "find", "read", "see", "for more", "more on", "get", "sign up") && followRE.MatchString(p) ||
		startsAny(l, "©", "copyright", "(c)") && copyrightRE.MatchString(p) ||
		(has(l, "all rights reserved") || has(l, "may not be ") || starts(l, "our standards:") || has(l, "trust principles")) && rightsRE.MatchString(p) ||
		len(p) <= slugMaxBytes && slugRE.MatchString(p) ||
		starts(p, "((") && strings.HasSuffix(p, "))") ||
		isCorrection(p)
}

// slugMaxBytes is the longest line slugRE matches (six letters, then five
// parts of a separator and six).
const slugMaxBytes = 6 + 5*7

// startsAny reports whether s starts with any of the prefixes.
func startsAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

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
	// "ENDS" closes a press release; the notes after it are no story.
	for i := len(paras) - 1; i > 0; i-- {
		if strings.EqualFold(strings.Trim(paras[i], "-–—#() \t\n\f\r"), "ends") && endsRE.MatchString(paras[i]) {
			paras = paras[:i]
			break
		}
	}
	for len(paras) > 1 {
		p := paras[len(paras)-1]
		if m := metaLineRE.FindStringSubmatch(p); m != nil && isStamp(m[2]) {
			// "Published 4 March 2025" below the story
			paras = paras[:len(paras)-1]
			continue
		}
		if !readCredit(p, a) && !isBio(p, a) && !isPromo(p) && !isSeparator(p) && !isEndLine(p) {
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

// isStamp reports whether the rest of a "Published"/"Updated" line is a
// time stamp ("August 18, 2025", "6:51 PM EDT") rather than a sentence
// ("Updated figures show a rise.").
func isStamp(s string) bool {
	words := len(strings.Fields(s))
	if !dateIn(s).IsZero() {
		return words <= 12
	}
	return words <= 6 && strings.ContainsAny(s, "0123456789") && !endsStop(s)
}

// placedByline reads a byline that gives the reporters' place instead of
// "By": "Jane Doe in Kyiv", "Jane Doe and John Roe in Brussels".
func placedByline(p string) []string {
	who, where, ok := strings.Cut(p, " in ")
	if !ok || endsWithPunct(p) || len(strings.Fields(p)) > 12 || !headingShape(where, 4, 40) {
		return nil
	}
	var names []string
	for _, n := range splitNames(who) {
		if !nameLike(n) {
			return nil
		}
		names = append(names, fixCaps(n))
	}
	return names
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
	if whoWasThereLine(p) {
		return false // "Q: Who was in the room?": a question the next paragraph answers with the meeting's people (qanda.go)
	}
	if attributableLine(p) {
		return false // "Quotes attributable to Minister Lena Dahl": the speaker of the quotations under it (attributableHeading)
	}
	if headingShape(p, 12, 100) && !endsWithPunct(p) {
		return true
	}
	return strings.HasSuffix(p, "?") && headingShape(p, 8, 60) && !strings.ContainsAny(p, "\"“”")
}

// attributableLine reports a media release's line that names the speaker
// of the quotations below it: "Quotes attributable to Premier Lena Dahl",
// "Comments attributed to the minister".
func attributableLine(p string) bool {
	if !strings.Contains(p, "ttribut") || len(p) > 300 {
		return false // (asked of every paragraph: no lower-casing and splitting for the many that cannot be one)
	}
	f := strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(p), ":")))
	return len(f) >= 4 && len(f) <= 20 && quoteHeadNouns[f[0]] && (f[1] == "attributable" || f[1] == "attributed") && f[2] == "to"
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

// endsWithPunct reports whether p ends with terminal punctuation, looking
// through closing quotation marks and brackets.
func endsWithPunct(p string) bool {
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

// placeAfterStamp returns the place a date line ends with, after its date
// and time ("July 5, 2024, 16:45, The Kremlin, Moscow" → "Kremlin,
// Moscow"), or "": the parts after the last one with a digit, when each
// is capitalised words.
func placeAfterStamp(p string) string {
	parts := strings.Split(p, ",")
	last := -1
	for i, part := range parts {
		if strings.ContainsAny(part, "0123456789") {
			last = i
		}
	}
	if last < 0 || last == len(parts)-1 {
		return ""
	}
	var out []string
	for _, part := range parts[last+1:] {
		part = strings.TrimPrefix(strings.TrimSpace(part), "The ")
		if part == "" {
			return ""
		}
		for _, w := range strings.Fields(part) {
			if r := []rune(w); !unicode.IsUpper(r[0]) {
				return ""
			}
		}
		out = append(out, part)
	}
	return strings.Join(out, ", ")
}
