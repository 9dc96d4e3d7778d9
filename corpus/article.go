package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is one news article: its metadata, its body as paragraphs, and
// what extraction found in it.
type Article struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`    // outlet, e.g. "The Associated Press"
	URL       string    `json:"url"`       // canonical URL, when known
	Published time.Time `json:"published"` // zero when unknown
	Authors   []string  `json:"authors,omitempty"`
	Place     string    `json:"place,omitempty"` // dateline place, e.g. "WASHINGTON"
	// Filed is the day the dateline names ("GENEVA, July 18 (AP)"), when
	// it is within days of Published: relative days in the copy count
	// from it. Zero when the dateline gives none.
	Filed      time.Time `json:"-"`
	Paragraphs []string  `json:"paragraphs"`
	// entries are the paragraphs that open a live blog's entry, whose
	// time-stamped heading ("16:55 GMT – ...") the loader dropped.
	entries []int
	// stamps are the paragraphs that open a live blog's entry under a bare
	// time stamp ("17.20 BST" alone on its line) the loader dropped.
	stamps []int

	// Filled by Extract.
	Quotes   []Quote   `json:"quotes,omitempty"`
	People   []Person  `json:"people,omitempty"`
	Meetings []Meeting `json:"meetings,omitempty"`
}

// Ref is the short reference to an article that every answer carries.
type Ref struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	URL       string    `json:"url"`
	Published time.Time `json:"published"`
	Author    string    `json:"author"`
}

// Ref returns the article's reference.
func (a *Article) Ref() Ref {
	return Ref{
		ID:        a.ID,
		Title:     a.Title,
		Source:    a.Source,
		URL:       a.URL,
		Published: a.Published,
		Author:    strings.Join(a.Authors, ", "),
	}
}

// Quote is a direct quotation and who said it.
type Quote struct {
	Text      string `json:"text"`    // without its quote marks
	Speaker   string `json:"speaker"` // full name or organisation; empty when unknown
	Role      string `json:"role"`    // as the article gives it
	Paragraph int    `json:"paragraph"`
}

// Person is someone the article names, with the role it gives them.
type Person struct {
	Name string `json:"name"`
	Role string `json:"role"`
	// Inferred marks a meeting attendee the attendance model added (named
	// near the meeting, with nothing against presence) rather than one a
	// rule read from the text.
	Inferred bool `json:"inferred,omitempty"`
}

// Absence is a person named in connection with a meeting who did not attend
// in person, with a short note saying how ("by phone", "not invited").
type Absence struct {
	Name string `json:"name"`
	Note string `json:"note"`
}

// Meeting is a meeting, summit, call or round of talks an article reports.
type Meeting struct {
	Summary    string    `json:"summary"` // e.g. "White House meeting"
	Date       string    `json:"date"`    // YYYY-MM-DD, empty when unknown
	Place      string    `json:"place"`
	Attendees  []Person  `json:"attendees"`
	Absent     []Absence `json:"absent"`
	Paragraphs []int     `json:"paragraphs,omitempty"` // evidence, indexes into Article.Paragraphs
}

// Text returns the article body as one string, paragraphs separated by blank
// lines.
func (a *Article) Text() string { return strings.Join(a.Paragraphs, "\n\n") }

// Hash is a digest of everything an article's index entry depends on
// (extraction rules included), so a re-ingest can tell "unchanged" from
// "updated".
func (a *Article) Hash() string {
	h := sha256.New()
	h.Write([]byte("extract:" + ExtractVersion + "\x00"))
	for _, s := range []string{a.Title, a.Source, a.URL, a.Published.UTC().Format(time.RFC3339), strings.Join(a.Authors, "\x1f"), a.Place, a.Filed.Format(time.DateOnly)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	for _, p := range a.Paragraphs {
		h.Write([]byte(p))
		h.Write([]byte{1})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// AssignID sets the article's stable ID: from its canonical URL when it has
// one, else from its title and body, so the same article read twice gets
// the same ID.
func (a *Article) AssignID() {
	if a.ID != "" {
		return
	}
	var key string
	if u := CanonicalURL(a.URL); u != "" {
		key = "url:" + u
	} else {
		key = "text:" + strings.ToLower(strings.TrimSpace(a.Title)) + "\x00" + normalizeSpace(a.Text())
	}
	sum := sha256.Sum256([]byte(key))
	a.ID = hex.EncodeToString(sum[:8])
}

// CanonicalURL normalises an article URL for identity: lower-case scheme and
// host, no fragment, no tracking parameters, no trailing slash. It returns ""
// for anything that is not an absolute http(s) URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Scheme = "https" // http and https copies of a page are the same article
	u.Host = strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	u.Fragment = ""
	u.User = nil
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "ref" || lk == "cmpid" || lk == "ocid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u.String()
}

func normalizeSpace(s string) string {
	if singleSpaced(s) {
		return s // most text already is: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether s has no white space but single plain
// spaces between words, so normalizeSpace would return it unchanged.
func singleSpaced(s string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c < utf8.RuneSelf:
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return false
			}
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}
