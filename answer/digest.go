package answer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/parley-bot/parley/corpus"
)

// digestMaxArticles bounds one day's digest; a busier day is cut to the
// most recent articles.
const digestMaxArticles = 50

// Digest returns the digest of one day in one time zone: the articles
// published that day, each with a short summary, its meetings and its most
// newsworthy quotes.
func (s *Service) Digest(ctx context.Context, p DigestParams) (*DigestAnswer, error) {
	tzName := p.TZ
	if tzName == "" {
		tzName = "UTC"
	}
	loc, err := time.LoadLocation(tzName)
	if err != nil {
		return nil, &InputError{Option: "tz", Value: p.TZ, Reason: "unknown time zone; use an IANA name such as UTC, Europe/Kyiv or America/New_York"}
	}
	var day time.Time
	if p.Date == "" {
		n := s.now().In(loc)
		day = time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, loc)
	} else {
		d, err := time.ParseInLocation(DateLayout, p.Date, loc)
		if err != nil {
			return nil, &InputError{Option: "date", Value: p.Date, Reason: "want a date as YYYY-MM-DD, e.g. 2025-08-18"}
		}
		day = d
	}
	from, to := day, day.AddDate(0, 0, 1) // calendar day: 23 or 25 hours across DST changes
	if !p.Since.IsZero() && !p.Until.IsZero() {
		if !p.Since.Before(p.Until) {
			return nil, &InputError{Option: "since", Value: p.Since.Format(time.RFC3339), Reason: "must be before until"}
		}
		from, to = p.Since, p.Until
	}
	arts, err := s.idx.Articles(ctx, from, to, digestMaxArticles)
	if err != nil {
		return nil, fmt.Errorf("digest %s: %w", day.Format(DateLayout), err)
	}
	ans := &DigestAnswer{Date: day.Format(DateLayout), TZ: tzName, Articles: []DigestArticle{}}
	if !p.Since.IsZero() && !p.Until.IsZero() {
		since, until := p.Since.In(loc), p.Until.In(loc)
		ans.Since, ans.Until = &since, &until
	}
	for _, a := range arts {
		ans.Articles = append(ans.Articles, digestArticle(a))
	}
	ans.Articles = groupStories(ans.Articles)
	return ans, nil
}

func digestArticle(a *corpus.Article) DigestArticle {
	d := DigestArticle{Article: a.Ref(), Story: a.Title, Summary: Lead(a.Paragraphs, 2, 320), Quotes: []QuoteHit{}, Meetings: currentMeetings(a)}
	for _, q := range topQuotes(a.Quotes, 3) {
		passage := ""
		if q.Paragraph >= 0 && q.Paragraph < len(a.Paragraphs) {
			passage = a.Paragraphs[q.Paragraph]
		}
		d.Quotes = append(d.Quotes, QuoteHit{Text: q.Text, Speaker: q.Speaker, Role: q.Role, Article: d.Article, Passage: passage})
	}
	return d
}

// newsWords mark a quote as being about the negotiation itself.
var newsWords = []string{"ceasefire", "cease-fire", "peace", "talks", "deal", "agreement", "sanction", "security", "guarantee", "troops", "nuclear", "tariff", "truce", "hostage", "prisoner", "territory", "negotiat", "war", "summit", "withdraw"}

// topQuotes picks the n most newsworthy quotes, kept in article order: a
// named speaker, a sentence-sized length and words about the negotiation.
func topQuotes(qs []corpus.Quote, n int) []corpus.Quote {
	type scored struct {
		i, score int
	}
	var ss []scored
	for i, q := range qs {
		score := 0
		if q.Speaker != "" {
			score += 3
		}
		if q.Role != "" {
			score++
		}
		words := len(strings.Fields(q.Text))
		if words >= 8 && words <= 45 {
			score += 2
		} else if words < 5 {
			score -= 2
		}
		lower := strings.ToLower(q.Text)
		hits := 0
		for _, w := range newsWords {
			if strings.Contains(lower, w) {
				hits++
			}
		}
		score += min(hits, 3)
		ss = append(ss, scored{i, score})
	}
	slices.SortStableFunc(ss, func(a, b scored) int { return b.score - a.score })
	if len(ss) > n {
		ss = ss[:n]
	}
	slices.SortFunc(ss, func(a, b scored) int { return a.i - b.i })
	out := make([]corpus.Quote, 0, len(ss))
	for _, s := range ss {
		out = append(out, qs[s.i])
	}
	return out
}

// Lead returns the first sentences (at most maxSentences, at most maxLen
// bytes, cut at a word) of an article's first substantial paragraph.
func Lead(paragraphs []string, maxSentences, maxLen int) string {
	var p string
	for _, para := range paragraphs {
		if len(strings.Fields(para)) >= 8 {
			p = para
			break
		}
	}
	if p == "" && len(paragraphs) > 0 {
		p = paragraphs[0]
	}
	sents := Sentences(p)
	if len(sents) > maxSentences {
		sents = sents[:maxSentences]
	}
	out := strings.Join(sents, " ")
	for len(out) > maxLen && len(sents) > 1 {
		sents = sents[:len(sents)-1]
		out = strings.Join(sents, " ")
	}
	return cutWords(out, maxLen)
}

// cutWords shortens s to at most n bytes at a word boundary, adding "…".
func cutWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexFunc(s[:n-len("…")], unicode.IsSpace)
	if cut <= 0 {
		cut = n - len("…")
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRightFunc(s[:cut], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// abbreviations end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true, "sen": true, "rep": true,
	"gov": true, "st": true, "jr": true, "sr": true, "vs": true, "no": true, "jan": true, "feb": true, "aug": true, "sept": true,
	"sep": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "inc": true, "co": true, "corp": true,
}

// Sentences splits text into sentences at ., ! or ? followed by a space and
// an upper-case letter or an opening quote, skipping abbreviations and
// initials.
func Sentences(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("\"'”’)", rs[j]) {
			j++
		}
		if j >= len(rs) || !unicode.IsSpace(rs[j]) {
			continue
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k >= len(rs) || !(unicode.IsUpper(rs[k]) || strings.ContainsRune("\"“‘'«", rs[k])) {
			continue
		}
		if c == '.' && j == i+1 {
			w := i - 1
			for w >= start && (unicode.IsLetter(rs[w]) || rs[w] == '.') {
				w--
			}
			word := strings.ToLower(string(rs[w+1 : i]))
			if abbreviations[word] || len([]rune(word)) == 1 {
				continue
			}
		}
		out = append(out, strings.TrimSpace(string(rs[start:j])))
		start = k
		i = k - 1
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}

// currentMeetings are the meetings an article reports as news: those dated
// within a week or so of its publication, or, when it dates none, the first
// one it names. Past meetings recalled for background ("their 2021 Geneva
// summit") stay out of the digest.
func currentMeetings(a *corpus.Article) []corpus.Meeting {
	out := []corpus.Meeting{}
	var undated *corpus.Meeting
	for i, m := range a.Meetings {
		if m.Date == "" {
			if undated == nil {
				undated = &a.Meetings[i]
			}
			continue
		}
		d, err := time.Parse(DateLayout, m.Date)
		if err != nil || a.Published.IsZero() {
			continue
		}
		pub := a.Published.UTC().Truncate(24 * time.Hour)
		if !d.Before(pub.AddDate(0, 0, -8)) && !d.After(pub.AddDate(0, 0, 2)) {
			out = append(out, m)
		}
	}
	if len(out) == 0 && undated != nil {
		out = append(out, *undated)
	}
	return out
}

// groupStories orders a day's articles by story: reports of one meeting,
// or articles whose headlines share most of their words, go together under
// one name; the story with the most articles comes first, then the
// newest.
func groupStories(arts []DigestArticle) []DigestArticle {
	type story struct {
		name    string
		meeting *corpus.Meeting
		words   map[string]bool
		members []DigestArticle
	}
	var stories []*story
	for _, a := range arts {
		var m *corpus.Meeting
		if len(a.Meetings) > 0 {
			m = &a.Meetings[0]
		}
		words := titleWords(a.Article.Title)
		var into *story
		for _, s := range stories {
			if m != nil && s.meeting != nil && sameReportedMeeting(*s.meeting, *m) || overlap(s.words, words) >= 0.5 {
				into = s
				break
			}
		}
		if into == nil {
			into = &story{name: a.Article.Title, meeting: m, words: words}
			if m != nil && m.Summary != "" {
				into.name = m.Summary
				if m.Date != "" {
					into.name += " (" + m.Date + ")"
				}
			}
			stories = append(stories, into)
		}
		a.Story = into.name
		into.members = append(into.members, a)
	}
	slices.SortStableFunc(stories, func(a, b *story) int { return len(b.members) - len(a.members) })
	out := make([]DigestArticle, 0, len(arts))
	for _, s := range stories {
		out = append(out, s.members...)
	}
	return out
}

// sameReportedMeeting tells whether two articles' meetings are one: not on
// different dates, and sharing a distinctive word of summary or place
// ("Alaska"), or, both dated that day, two participants. Two leaders who
// meet often share people across meetings, so without dates the people
// alone do not tell.
func sameReportedMeeting(a, b corpus.Meeting) bool {
	if a.Date != "" && b.Date != "" && a.Date != b.Date {
		return false
	}
	if shareWord(a.Summary+" "+a.Place, b.Summary+" "+b.Place) {
		return true
	}
	return a.Date != "" && b.Date != "" && sharedPeople(a, b) >= 2
}

// titleWords are a headline's content words, lower-cased.
func titleWords(title string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) > 3 && !titleStop[w] {
			out[w] = true
		}
	}
	return out
}

var titleStop = map[string]bool{"with": true, "after": true, "over": true, "from": true, "into": true, "says": true, "said": true, "will": true, "their": true, "about": true, "amid": true, "talks": true, "news": true, "live": true}

// overlap is the share of the smaller word set found in the other.
func overlap(a, b map[string]bool) float64 {
	if len(a) < 2 || len(b) < 2 {
		return 0
	}
	n := 0
	for w := range b {
		if a[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}
