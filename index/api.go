package index

// This file fixes the index's public API so that the packages above it can
// be written in parallel. Implementations live in the other files.

import (
	"time"

	"github.com/parley-bot/parley/corpus"
)

// UpsertResult counts what an Upsert did.
type UpsertResult struct {
	Added     int
	Updated   int
	Unchanged int
	Failed    []Failure // articles that could not be indexed; the rest were
}

// Filter narrows a search. Zero values mean "no limit". Passages, quotes
// and meetings are filtered by whole UTC days: a Since or Until that is
// not midnight UTC counts from the start of its day, or to the end of it.
// Articles (Index.Articles) are filtered to the second.
type Filter struct {
	Since  time.Time // published at or after
	Until  time.Time // published before (callers pass the day after --until)
	Source string    // outlet, matched case-insensitively and exactly
}

// SearchRequest is a passage search.
type SearchRequest struct {
	Query  string // user text: words, "quoted phrases", -exclusions
	Filter Filter
	Limit  int // capped at MaxLimit; 0 means DefaultLimit
	Offset int // capped at MaxOffset
}

// PassageHit is one matching paragraph.
type PassageHit struct {
	Article   corpus.Ref
	Paragraph int     // index into the article's paragraphs
	Passage   string  // plain text
	Highlight string  // Discord markdown: matched terms in **bold**, the rest escaped
	Matches   []Span  // matched byte ranges of Passage, for Excerpt
	Score     float64 // relevance
}

// SearchResult is a page of passage hits and the total number of matches.
type SearchResult struct {
	Total int
	Hits  []PassageHit
	// Relaxed is true when no passage had all the words, and the hits are
	// passages with some of them (best first).
	Relaxed bool
	// Approx is true when Total is an estimate: a phrase search with more
	// candidates than it checks (see verify.go).
	Approx bool
}

// QuoteRequest searches quotations by keyword and speaker.
type QuoteRequest struct {
	Keywords string // user text as in SearchRequest.Query; empty matches all quotes
	Speaker  string // full or partial name; empty matches any speaker
	// SpeakerAliases are other spellings of Speaker ("Zelenskiy" for
	// "Zelenskyy"); a quote by any of them matches.
	SpeakerAliases []string
	Filter         Filter
	Limit          int
	Offset         int
}

// QuoteHit is one quotation with its article and paragraph.
type QuoteHit struct {
	Quote     corpus.Quote
	Article   corpus.Ref
	Passage   string // the paragraph the quote is in, plain text
	Highlight string // the quote text with matched terms in **bold**, the rest escaped
	Matches   []Span // matched byte ranges of Quote.Text
	Score     float64
}

// QuoteResult is a page of quote hits.
type QuoteResult struct {
	Total   int
	Hits    []QuoteHit
	Relaxed bool // as in SearchResult, for the keywords
	Approx  bool // as in SearchResult
	// InPassage: no quotation of the speaker has the keywords in its own
	// words; these are the speaker's quotations whose paragraph has them
	// all, newest first (only with both keywords and a speaker).
	InPassage bool
}

// MeetingRequest finds meetings by description ("Alaska summit").
type MeetingRequest struct {
	Query string // user text matched against summary, place, names and context
	// AnyWord matches meetings with any word of Query rather than first
	// those with every word.
	AnyWord bool
	// Loose, when set, is searched too when the search is for any word
	// (with AnyWord, or when no meeting has every word), its hits joining
	// the page: "Doha" as well as "Doha talks", whose generic word may
	// fill a page with meetings called talks.
	Loose string
	Date  string // YYYY-MM-DD; empty means any date
	// DateEnd (YYYY-MM-DD, a week after Date at most), with Date, widens
	// it to the days from Date to DateEnd.
	DateEnd string
	// Month (YYYY-MM), when Date is empty, keeps meetings of that month, and
	// undated ones reported by an article published in it.
	Month string
	// MonthDay (MM-DD), when Date is empty, keeps meetings held on that day
	// of any year ("the talks on May 16"), and undated ones.
	MonthDay string
	// MonthOfYear (MM), when Date and Month are empty, keeps meetings held
	// in that month of any year ("the talks in June"), and undated ones.
	MonthOfYear string
	Limit       int
	// Keep, when set, is asked about every hit after the best one, in
	// rank order, with the best hit's meeting; the hits it rejects are
	// dropped before their articles and paragraphs are read.
	Keep func(best, m corpus.Meeting) bool
	// Dropped, when set, is told each hit Keep rejects, in rank order
	// (its article filled in when Accept or Prefer had it read).
	Dropped func(h MeetingHit)
	// Accept, when set, is asked about every hit that did not match every
	// word of Query (found when no meeting has them all, or with no
	// searchable words), with its article and evidence filled in; the hits
	// it rejects are dropped (the best hit is the first it accepts).
	Accept func(h MeetingHit) bool
	// Order, when set, ranks the hits Accept judged, higher first (ties
	// keep the search's order), before Keep compares them with the best.
	// With Order, when no meeting has every word of Query, the meetings
	// with two thirds of its words join the page of those with any.
	Order func(h MeetingHit) int
	// Weigh, when set with Order, is given the hits Accept judged, with
	// their evidence and articles, before Order ranks them one by one: the
	// question's words may weigh by how many of them carry each.
	Weigh func(hits []MeetingHit)
	// Prefer, when set, is asked, in rank order, whether a hit should
	// take the best hit's place (after Accept and Order, before Keep);
	// the first it prefers does. With Prefer, every hit's evidence is
	// read before Keep.
	Prefer func(best, h MeetingHit) bool
	// WidenRecalled, with Accept, searches for any word too when every
	// meeting with every word of Query is one its article recalls rather
	// than leads with: the words may all be in a recalled meeting's
	// paragraphs ("the 37th summit; the last was at the Élysée") and not
	// in those of the meeting the article is about. The other meetings of
	// those articles that have a word follow them, judged by Accept and
	// ranked by Order among themselves, for Prefer to weigh.
	WidenRecalled bool
}

// MeetingHit is one meeting as one article reports it, with the paragraphs
// that support it.
type MeetingHit struct {
	Meeting  corpus.Meeting
	Article  corpus.Ref
	Evidence map[int]string // paragraph index → paragraph text, for Meeting.Paragraphs
	Score    float64
	// Lead tells the meeting its article reports first (the one its
	// headline is about) from one it recalls or mentions later; the
	// indexer marks it when it writes the meeting.
	Lead bool
	// Body is its article's paragraphs, in order; read only with
	// MeetingRequest.Prefer.
	Body []string
}

// Stats are corpus and index figures.
type Stats struct {
	Articles   int
	Passages   int
	Quotes     int
	Meetings   int
	Sources    int
	First      time.Time // earliest publication
	Last       time.Time // latest publication
	IndexBytes int64
}

// Limits on user-controlled sizes.
const (
	DefaultLimit  = 5
	MaxLimit      = 50
	MaxOffset     = 500
	MaxQueryBytes = 512
)
