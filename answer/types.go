package answer

import (
	"time"

	"github.com/parley-bot/parley/corpus"
)

// The JSON shapes of the CLI contract (shared/spec/CLI.md). Extra fields are
// allowed; these names are not to change.

// IngestReport is the answer of ingest.
type IngestReport struct {
	Added     int          `json:"added"`
	Updated   int          `json:"updated"`
	Unchanged int          `json:"unchanged"`
	Failed    []FailedItem `json:"failed"`
	Articles  int          `json:"articles"` // articles in the index afterwards
}

// FailedItem names an input that could not be ingested and why.
type FailedItem struct {
	Source string `json:"source"` // file path (with line for JSONL) or URL
	Error  string `json:"error"`
}

// SearchAnswer is the answer of search.
type SearchAnswer struct {
	Query string      `json:"query"`
	Total int         `json:"total"`
	Hits  []SearchHit `json:"hits"`
}

// SearchHit is one matching passage.
type SearchHit struct {
	Article   corpus.Ref `json:"article"`
	Passage   string     `json:"passage"`
	Highlight string     `json:"highlight"`
	Score     float64    `json:"score"`
}

// QuotesAnswer is the answer of quotes.
type QuotesAnswer struct {
	Keyword string     `json:"keyword"`
	Speaker string     `json:"speaker"`
	Total   int        `json:"total"`
	Quotes  []QuoteHit `json:"quotes"`
	// InPassage: none of the speaker's quotations has the keyword in its
	// own words; these are the speaker's quotations from passages that
	// have it ("what did Meloni say about Ukraine").
	InPassage bool `json:"in_passage,omitempty"`
}

// QuoteHit is one quotation with its source.
type QuoteHit struct {
	Text      string     `json:"text"`
	Speaker   string     `json:"speaker"`
	Role      string     `json:"role"`
	Article   corpus.Ref `json:"article"`
	Passage   string     `json:"passage"`
	Highlight string     `json:"highlight,omitempty"`
}

// WhoAnswer is the answer of who.
type WhoAnswer struct {
	Meeting   string       `json:"meeting"`
	Date      string       `json:"date"`
	Place     string       `json:"place,omitempty"`
	Attendees []Attendee   `json:"attendees"`
	Absent    []Absentee   `json:"absent"`
	Sources   []corpus.Ref `json:"sources,omitempty"`
	// Asked answers a question about one person ("was Vance at the
	// White House meeting?"), when the question named one.
	Asked *AskedAbout `json:"asked,omitempty"`
	// Others are other meetings the question also matches, best first
	// (at most three), so a reader can ask again with a date or place.
	Others []OtherMeeting `json:"others,omitempty"`
}

// OtherMeeting is a meeting a who question matches besides the one
// answered, with the article that reports it.
type OtherMeeting struct {
	Meeting string     `json:"meeting"`
	Date    string     `json:"date"`
	Place   string     `json:"place,omitempty"`
	Article corpus.Ref `json:"article"`
}

// Statuses of a person asked about.
const (
	AskedAttended = "attended"  // among the attendees
	AskedAbsent   = "absent"    // named as not there in person
	AskedNotNamed = "not_named" // the reports name them neither way
)

// AskedAbout is what the reports of a meeting say about one person asked
// about: there, not there in person (with the note), or not named.
type AskedAbout struct {
	Name   string `json:"name"`   // as the answer names them, else as asked
	Status string `json:"status"` // AskedAttended, AskedAbsent or AskedNotNamed
	Note   string `json:"note,omitempty"`
}

// Attendee is a person who attended, with the passages that say so.
type Attendee struct {
	Name     string     `json:"name"`
	Role     string     `json:"role"`
	Evidence []Evidence `json:"evidence"`
	// Inferred: no report says in so many words that the person attended;
	// the attendance model placed them from where the articles name them.
	Inferred bool `json:"inferred,omitempty"`
}

// Evidence is a passage supporting an answer.
type Evidence struct {
	Article corpus.Ref `json:"article"`
	Passage string     `json:"passage"`
}

// Absentee is someone named with the meeting who did not attend in person.
type Absentee struct {
	Name string `json:"name"`
	Note string `json:"note"`
}

// AskAnswer is the answer of ask: which use case the question was routed to
// and that use case's answer.
type AskAnswer struct {
	Intent string `json:"intent"` // who | quotes | search | digest
	Answer any    `json:"answer"`
}

// DigestAnswer is the answer of digest.
type DigestAnswer struct {
	Date string `json:"date"`
	TZ   string `json:"tz"`
	// Since and Until are set when the digest covers a window instead of
	// Date's calendar day (a scheduled post: the 24 hours to its time).
	Since    *time.Time      `json:"since,omitempty"`
	Until    *time.Time      `json:"until,omitempty"`
	Articles []DigestArticle `json:"articles"`
}

// DigestArticle is one article of a digest.
type DigestArticle struct {
	Article corpus.Ref `json:"article"`
	// Story names the story the article belongs to (its meeting, or its
	// headline when it reports none); articles of one story are adjacent,
	// the biggest story first.
	Story    string           `json:"story"`
	Summary  string           `json:"summary"`
	Quotes   []QuoteHit       `json:"quotes"`
	Meetings []corpus.Meeting `json:"meetings"`
}

// ExtractReport is what the extractor finds in one file (extract command).
type ExtractReport struct {
	File     string           `json:"file"`
	Article  corpus.Ref       `json:"article"`
	Quotes   []corpus.Quote   `json:"quotes"`
	People   []corpus.Person  `json:"people"`
	Meetings []corpus.Meeting `json:"meetings"`
}

// StatsAnswer is the answer of stats.
type StatsAnswer struct {
	Articles   int    `json:"articles"`
	Passages   int    `json:"passages"`
	Quotes     int    `json:"quotes"`
	Meetings   int    `json:"meetings"`
	Sources    int    `json:"sources"`
	First      string `json:"first"`
	Last       string `json:"last"`
	IndexBytes int64  `json:"index_bytes"`
}

// Sentence says in plain words what the reports say about the person:
// "Yes: Mark Rutte (NATO Secretary-General) is among the attendees."
func (a *AskedAbout) Sentence() string {
	switch a.Status {
	case AskedAttended:
		if a.Note != "" {
			return "Yes: " + a.Name + " (" + a.Note + ") is among the attendees."
		}
		return "Yes: " + a.Name + " is among the attendees."
	case AskedAbsent:
		if a.Note != "" {
			return "No: " + a.Name + " was not there in person (" + a.Note + ")."
		}
		return "No: " + a.Name + " was not there in person."
	}
	return "The reports of this meeting name " + a.Name + " neither among the attendees nor as absent."
}
