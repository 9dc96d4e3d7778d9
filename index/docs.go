package index

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/parley-bot/parley/corpus"
)

// The documents stored for one article. Sub-document ids are derived from
// the article id ("<id>/p3", "<id>/q0", "<id>/m1"), so an update can delete
// the old ones by id, and a hit names its article and paragraph without a
// stored field.

type articleDoc struct {
	Type       string     `json:"-"`
	Keys       string     `json:"k"`
	Title      string     `json:"title"`
	Source     string     `json:"source,omitempty"`
	SuggSource []string   `json:"sugg_source,omitempty"`
	URL        string     `json:"url,omitempty"`
	Published  *time.Time `json:"published,omitempty"`
	Authors    []string   `json:"authors,omitempty"`
	Dateline   string     `json:"dateline,omitempty"`
	Body       string     `json:"body"` // encodeBody(paragraphs)
	Hash       string     `json:"hash"`
	People     string     `json:"people,omitempty"` // JSON []corpus.Person
	NP         int        `json:"np"`
	NQ         int        `json:"nq"`
	NM         int        `json:"nm"`
}

type passageDoc struct {
	Type   string `json:"-"`
	Keys   string `json:"k"`
	Text   string `json:"text"`
	PubKey string `json:"pub_key,omitempty"`
}

type quoteDoc struct {
	Type        string   `json:"-"`
	Keys        string   `json:"k"`
	Text        string   `json:"quote"`
	Speaker     string   `json:"speaker,omitempty"`
	SuggSpeaker []string `json:"sugg_speaker,omitempty"`
	Role        string   `json:"role,omitempty"`
	Para        int      `json:"para"`
	PubKey      string   `json:"pub_key,omitempty"`
}

type meetingDoc struct {
	Type        string   `json:"-"`
	Keys        string   `json:"k"`
	Summary     string   `json:"summary,omitempty"`
	SuggMeeting []string `json:"sugg_meeting,omitempty"`
	Place       string   `json:"place,omitempty"`
	Attendees   []string `json:"attendees,omitempty"`
	Absent      []string `json:"absent,omitempty"`
	Context     string   `json:"context,omitempty"`
	Date        string   `json:"date,omitempty"`
	DateKnown   bool     `json:"date_known"`
	JSON        string   `json:"json"`
	PubKey      string   `json:"pub_key,omitempty"`
	Lead        int      `json:"lead,omitempty"` // 1 on the meeting its article leads with (leadMeeting)
}

func passageID(article string, n int) string { return article + "/p" + strconv.Itoa(n) }
func quoteID(article string, n int) string   { return article + "/q" + strconv.Itoa(n) }
func meetingID(article string, n int) string { return article + "/m" + strconv.Itoa(n) }

// splitSubID parses "<article>/<kind><n>"; ok is false for article ids.
func splitSubID(id string) (article string, kind byte, n int, ok bool) {
	i := strings.LastIndexByte(id, '/')
	if i < 0 || i+2 > len(id) {
		return "", 0, 0, false
	}
	n, err := strconv.Atoi(id[i+2:])
	if err != nil || n < 0 {
		return "", 0, 0, false
	}
	return id[:i], id[i+1], n, true
}

// Limits on one article, so that one article fits one batch.
const (
	maxIDBytes     = 256
	maxSubDocs     = 10000 // paragraphs, quotes or meetings per article
	maxSuggestKeys = 8     // word-start keys per suggestion value
)

// validateArticle says why an article cannot be indexed, or nil.
func validateArticle(a *corpus.Article) error {
	switch {
	case a == nil:
		return fmt.Errorf("nil article")
	case strings.TrimSpace(a.ID) == "":
		return fmt.Errorf("article %q has no id (call AssignID before indexing)", a.Title)
	case len(a.ID) > maxIDBytes:
		return fmt.Errorf("article id is %d bytes, at most %d allowed", len(a.ID), maxIDBytes)
	case strings.ContainsAny(a.ID, "/\x00"):
		return fmt.Errorf("article id %q contains '/' or NUL, reserved for passage ids", a.ID)
	case len(a.Paragraphs) > maxSubDocs:
		return fmt.Errorf("article %s has %d paragraphs, at most %d allowed", a.ID, len(a.Paragraphs), maxSubDocs)
	case len(a.Quotes) > maxSubDocs || len(a.Meetings) > maxSubDocs:
		return fmt.Errorf("article %s has too many quotes or meetings (at most %d each)", a.ID, maxSubDocs)
	}
	return nil
}

// suggestKeys returns the keys under which value is found by a prefix:
// the folded lower-case value from each word start, each followed by the
// separator and the value itself ("merz\x1fFriedrich Merz").
func suggestKeys(value string) []string {
	value = strings.Join(strings.Fields(value), " ")
	if value == "" {
		return nil
	}
	low := fold(strings.ToLower(value))
	var keys []string
	start := true
	for i, r := range low {
		if r == ' ' {
			start = true
			continue
		}
		if start {
			keys = append(keys, low[i:]+suggestSep+value)
			if len(keys) == maxSuggestKeys {
				break
			}
		}
		start = false
	}
	return keys
}

const suggestSep = "\x1f"

// normSource is the outlet as filtered: spaces collapsed; the analyzer
// lower-cases and folds it.
func normSource(s string) string { return strings.Join(strings.Fields(s), " ") }

// docsFor builds every document of a; the caller has validated it.
func docsFor(a *corpus.Article) (map[string]any, error) {
	var pub *time.Time
	if !a.Published.IsZero() {
		t := a.Published.UTC()
		pub = &t
	}
	src := sourceKey(a.Source)
	pk := pubKeysFor(a.Published)
	body, err := encodeBody(a.Paragraphs)
	if err != nil {
		return nil, fmt.Errorf("encode body of %s: %w", a.ID, err)
	}
	people := ""
	if len(a.People) > 0 {
		b, err := json.Marshal(a.People)
		if err != nil {
			return nil, fmt.Errorf("encode people of %s: %w", a.ID, err)
		}
		people = string(b)
	}
	docs := make(map[string]any, 1+len(a.Paragraphs)+len(a.Quotes)+len(a.Meetings))
	docs[a.ID] = &articleDoc{
		Type: typeArticle, Keys: keysFor(typeArticle, src, pubKeys{}), Title: a.Title, Source: a.Source, SuggSource: suggestKeys(a.Source),
		URL: a.URL, Published: pub, Authors: a.Authors, Dateline: a.Place, Body: body, Hash: a.Hash(),
		People: people, NP: len(a.Paragraphs), NQ: len(a.Quotes), NM: len(a.Meetings),
	}
	passageKeys := keysFor(typePassage, src, pk)
	for i, p := range a.Paragraphs {
		docs[passageID(a.ID, i)] = &passageDoc{Type: typePassage, Keys: passageKeys, Text: p, PubKey: pk.Key}
	}
	for i, q := range a.Quotes {
		docs[quoteID(a.ID, i)] = &quoteDoc{
			Type: typeQuote, Text: q.Text, Speaker: q.Speaker, SuggSpeaker: suggestKeys(q.Speaker),
			Role: q.Role, Para: q.Paragraph, Keys: keysFor(typeQuote, src, pk),
			PubKey: quoteSortKey(pk.Key, i),
		}
	}
	lead := leadMeeting(a.Meetings)
	for i, m := range a.Meetings {
		b, err := json.Marshal(m)
		if err != nil {
			return nil, fmt.Errorf("encode meeting %d of %s: %w", i, a.ID, err)
		}
		md := &meetingDoc{
			Type: typeMeeting, Summary: m.Summary, SuggMeeting: suggestKeys(m.Summary), Place: m.Place,
			Date: m.Date, DateKnown: m.Date != "", JSON: string(b), Keys: keysFor(typeMeeting, src, pk),
			PubKey: pk.Key, Context: meetingContext(a, m, i == lead),
		}
		if i == lead {
			md.Lead = 1
		}
		for _, p := range m.Attendees {
			md.Attendees = append(md.Attendees, p.Name)
		}
		for _, p := range m.Absent {
			md.Absent = append(md.Absent, p.Name)
		}
		docs[meetingID(a.ID, i)] = md
	}
	return docs, nil
}

// BleveType tells bleve each document's type (its TypeField lookup reads
// Go field names, not JSON names).
func (d *articleDoc) BleveType() string { return d.Type }

// BleveType implements bleve's classifier.
func (d *passageDoc) BleveType() string { return d.Type }

// BleveType implements bleve's classifier.
func (d *quoteDoc) BleveType() string { return d.Type }

// BleveType implements bleve's classifier.
func (d *meetingDoc) BleveType() string { return d.Type }

// meetingContext is what a meeting is about beyond its summary: the first
// two paragraphs that report it and, for the article's lead meeting, its
// title, so "Sudan talks" finds the talks an article headlined on Sudan
// reports in Manama, and "consultation mechanism" the talks whose lead
// says only "talks in Manila" and whose next paragraph names the
// mechanism, while a meeting the article only recalls does not take the
// headline's words. (All its paragraphs took the index from 1.85x to
// 1.98x the raw text at 100,000 articles.)
func meetingContext(a *corpus.Article, m corpus.Meeting, lead bool) string {
	var b strings.Builder
	if lead {
		b.WriteString(a.Title)
	}
	n := 0
	for _, p := range m.Paragraphs {
		if p < 0 || p >= len(a.Paragraphs) {
			continue
		}
		b.WriteString("\n" + a.Paragraphs[p])
		if n++; n == 2 {
			break
		}
	}
	return b.String()
}

// leadMeeting is the index of the meeting an article reports first (the
// one its headline is about), -1 with none.
func leadMeeting(ms []corpus.Meeting) int {
	lead, first := -1, 0
	for i, m := range ms {
		if len(m.Paragraphs) == 0 {
			continue
		}
		if lead < 0 || m.Paragraphs[0] < first {
			lead, first = i, m.Paragraphs[0]
		}
	}
	if lead < 0 && len(ms) > 0 {
		lead = 0
	}
	return lead
}
