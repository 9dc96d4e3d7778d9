package answer

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

// Several articles report one meeting; an index of many articles also
// holds reports of other meetings that look like it: the same place
// another day, a summit and its side bilaterals on one day, the second
// and third rounds of one negotiation between the same delegations. Two
// reports are taken to be of one meeting when
//
//   - their dates agree: both dated, within a day (a two-day meeting
//     dated by its first or its last day, then only when they also share a
//     place or summary word and two people); one undated, reported within
//     a day or two of the other's date; neither dated, published on the
//     same or the next day. A report with neither a date nor a
//     publication day agrees only when it shares most of its people;
//   - they name the same meeting: a distinctive word of summary or place
//     in common ("Alaska"), or, both dated, two people;
//   - their people are compatible: when both name two people or more, at
//     least one in common; and none of the other report's people is
//     someone the best report's own article places at another of its
//     meetings of that day or the next and not at this one (its writer
//     told the side meeting apart: the Russian delegation met Fidan at
//     Dolmabahçe, not at the Ciragan trilateral), nor, when the other
//     report adds people, one of the best report's people someone the
//     other's article places elsewhere (a summit's report does not join
//     its side bilateral's); and no one one report names as attending
//     the other names as absent;
//   - their headlines, when each is about its meeting, do not name
//     different rounds ("second round" against "third round").
//
// When unsure, a report is left out: the answer is the best-supported
// report's (see placeableFirst).

// placer returns the people a hit's article places at its other
// meetings of that day and neither at nor absent from the hit's (see
// elsewhereIn); nil when not known.
type placer func(h index.MeetingHit) map[string]bool

// sameMeeting keeps the best hit and the hits of other articles that
// report the same meeting, one per article. placed (nil: nobody is known
// to be elsewhere) tells who each article places at its other meetings:
// no one of the other report may be placed elsewhere by the best report's
// article, and, when the other report adds people, no one of the best
// report by the other's (a summit report does not join its side
// bilateral's).
func sameMeeting(hits []index.MeetingHit, placed placer) []index.MeetingHit {
	if placed == nil {
		placed = func(index.MeetingHit) map[string]bool { return nil }
	}
	out := []index.MeetingHit{hits[0]}
	taken := map[string]bool{hits[0].Article.ID: true}
	var elsewhere map[string]bool // read when a report passes the rest
	for _, h := range hits[1:] {
		if taken[h.Article.ID] {
			continue // the extractor told this article's meetings apart
		}
		if !sameReport(hits[0], h, nil) {
			continue
		}
		if elsewhere == nil {
			if elsewhere = placed(hits[0]); elsewhere == nil {
				elsewhere = map[string]bool{}
			}
		}
		if anyPlaced(h.Meeting, elsewhere) {
			continue
		}
		if addsPeople(hits[0].Meeting, h.Meeting) && anyPlaced(hits[0].Meeting, placed(h)) {
			continue
		}
		taken[h.Article.ID] = true
		out = append(out, h)
	}
	return out
}

// addsPeople tells whether b names someone a does not.
func addsPeople(a, b corpus.Meeting) bool {
	return sharedPeople(a, b) < len(b.Attendees)
}

// anyPlaced tells whether one of m's attendees is in placed.
func anyPlaced(m corpus.Meeting, placed map[string]bool) bool {
	for _, p := range m.Attendees {
		if placed[nameKey(p.Name)] {
			return true
		}
	}
	return false
}

// placeableFirst puts first, when the best hit's report cannot be placed
// in time (no meeting date, no publication day), the first hit after it
// that can, names as many people or more, one of them in common, and is
// as much its article's lead: both passed the search's Keep, so they name
// one meeting by a word of summary or place; the
// answer is the better-supported report, and the other joins it only if
// it shares most of its people (sameOccasion).
func placeableFirst(hits []index.MeetingHit) {
	if len(hits) < 2 || placeable(hits[0]) {
		return
	}
	for i := 1; i < len(hits); i++ {
		h := hits[i]
		if placeable(h) && len(h.Meeting.Attendees) >= len(hits[0].Meeting.Attendees) && (h.Lead || !hits[0].Lead) &&
			sharedAttendees(hits[0].Meeting, h.Meeting) > 0 {
			copy(hits[1:i+1], hits[:i])
			hits[0] = h
			return
		}
	}
}

// reportDays are the days a report's meeting may have been held on, first
// to last: its date, else its article's day and the day before; none when
// neither is known.
func reportDays(h index.MeetingHit) (first, last string) {
	if h.Meeting.Date != "" {
		return h.Meeting.Date, ""
	}
	if h.Article.Published.IsZero() {
		return "", ""
	}
	p := h.Article.Published.UTC()
	return p.AddDate(0, 0, -1).Format(time.DateOnly), p.Format(time.DateOnly)
}

// placeable tells whether a report can be placed in time: its meeting is
// dated, or its article's publication day is known.
func placeable(h index.MeetingHit) bool {
	return h.Meeting.Date != "" || !h.Article.Published.IsZero()
}

// sameReport tells whether h reports best's meeting (see the rules
// above).
func sameReport(best, h index.MeetingHit, elsewhere map[string]bool) bool {
	a, b := best.Meeting, h.Meeting
	if !mayBeSameMeeting(a, b) || !sameOccasion(best, h) {
		return false
	}
	if len(a.Attendees) >= 2 && len(b.Attendees) >= 2 && sharedPeople(a, b) == 0 {
		return false
	}
	if n := min(len(a.Attendees), len(b.Attendees)); n >= 4 && 2*sharedPeople(a, b) < n {
		return false // two full rooms with few people in common: two meetings of that day and city (Iran-US and Ukraine-Russia talks in Geneva, the same envoys at both)
	}
	if anyPlaced(b, elsewhere) {
		return false
	}
	if absentThere(a, b) || absentThere(b, a) {
		return false
	}
	if best.Lead && h.Lead {
		ra, rb := roundOf(best.Article.Title), roundOf(h.Article.Title)
		if ra != "" && rb != "" && ra != rb {
			return false
		}
	}
	return true
}

// mayBeSameMeeting is sameReportedMeeting with dates a day apart allowed
// when the two share a place or summary word and two people: the first
// and second day of a two-day meeting.
func mayBeSameMeeting(a, b corpus.Meeting) bool {
	if a.Date == "" || b.Date == "" || a.Date == b.Date {
		return sameReportedMeeting(a, b)
	}
	if d, ok := daysApart(a.Date, b.Date); !ok || d > 1 {
		return false
	}
	return shareWord(a.Summary+" "+a.Place, b.Summary+" "+b.Place) && sharedPeople(a, b) >= 2
}

// sameOccasion tells whether two reports can be of one meeting when one
// or both do not date it (both dated, mayBeSameMeeting has compared the
// dates): an undated report published on the dated one's day or up to two
// days after, two undated reports published on the same or the next day.
// A report whose article's day is unknown cannot be placed: it must share
// most of its people (two at least). Two undated "Paris meeting"s months
// apart are not one.
func sameOccasion(a, b index.MeetingHit) bool {
	da, db := a.Meeting.Date, b.Meeting.Date
	if da != "" && db != "" {
		return true
	}
	pa, pb := a.Article.Published, b.Article.Published
	switch {
	case da != "" && !pb.IsZero():
		return reportedAfter(da, pb)
	case db != "" && !pa.IsZero():
		return reportedAfter(db, pa)
	case da == "" && db == "" && !pa.IsZero() && !pb.IsZero():
		d, _ := daysApart(pa.UTC().Format(time.DateOnly), pb.UTC().Format(time.DateOnly))
		return d <= 1
	}
	return mostPeopleShared(a.Meeting, b.Meeting)
}

// reportedAfter tells whether an article published at pub can report a
// meeting held on day: from the day before (time zones) to two days after.
func reportedAfter(day string, pub time.Time) bool {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return false
	}
	p, _ := time.Parse(time.DateOnly, pub.UTC().Format(time.DateOnly))
	gap := p.Sub(d)
	return gap >= -24*time.Hour && gap <= 2*24*time.Hour
}

// daysApart is the number of days between two YYYY-MM-DD days.
func daysApart(a, b string) (int, bool) {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return int(d / (24 * time.Hour)), true
}

// mostPeopleShared tells whether two meetings share two people or more,
// and at least half of the shorter list.
func mostPeopleShared(a, b corpus.Meeting) bool {
	n := sharedAttendees(a, b)
	return n >= 2 && 2*n >= min(len(a.Attendees), len(b.Attendees))
}

// sharedPeople counts the people named in both meetings: b's attendees
// whom a names as attending or absent.
func sharedPeople(a, b corpus.Meeting) int {
	return attendingOf(b, namesOf(a.Attendees, a.Absent))
}

// sharedAttendees counts the people both meetings name as attending.
func sharedAttendees(a, b corpus.Meeting) int {
	return attendingOf(b, namesOf(a.Attendees, nil))
}

// absentThere tells whether someone b names as attending a names as
// absent: another sitting, or another day.
func absentThere(a, b corpus.Meeting) bool {
	return attendingOf(b, namesOf(nil, a.Absent)) > 0
}

// namesOf is the set of name keys of the people and absentees given.
func namesOf(people []corpus.Person, absent []corpus.Absence) map[string]bool {
	in := make(map[string]bool, len(people)+len(absent))
	for _, p := range people {
		in[nameKey(p.Name)] = true
	}
	for _, p := range absent {
		in[nameKey(p.Name)] = true
	}
	return in
}

// attendingOf counts m's attendees whose name key is in names.
func attendingOf(m corpus.Meeting, names map[string]bool) int {
	n := 0
	for _, p := range m.Attendees {
		if names[nameKey(p.Name)] {
			n++
		}
	}
	return n
}

// articleReader returns a reader of the index's articles that reads each
// once. The first error reading one is kept in *err; that article is nil.
func (s *Service) articleReader(ctx context.Context, err *error) func(id string) *corpus.Article {
	arts := map[string]*corpus.Article{}
	return func(id string) *corpus.Article {
		art, ok := arts[id]
		if !ok {
			a, aerr := s.idx.Article(ctx, id)
			if aerr != nil && *err == nil {
				*err = aerr
			}
			arts[id], art = a, a
		}
		return art
	}
}

// placerOf returns who each hit's article places elsewhere (see
// elsewhereIn), its articles read by read; an article not read places no
// one.
func placerOf(read func(id string) *corpus.Article) placer {
	return func(h index.MeetingHit) map[string]bool {
		art := read(h.Article.ID)
		if art == nil {
			return nil
		}
		return elsewhereIn(art.Meetings, h.Meeting)
	}
}

// elsewhereIn returns the people meetings place at a meeting other than
// best held within a day of it (both undated will do), and neither at
// nor absent from best.
func elsewhereIn(meetings []corpus.Meeting, best corpus.Meeting) map[string]bool {
	out := map[string]bool{}
	for _, m := range meetings {
		if m.Summary == best.Summary && m.Date == best.Date && m.Place == best.Place || !nearDays(m.Date, best.Date) {
			continue
		}
		for _, p := range m.Attendees {
			out[nameKey(p.Name)] = true
		}
	}
	for _, p := range best.Attendees {
		delete(out, nameKey(p.Name))
	}
	for _, p := range best.Absent {
		delete(out, nameKey(p.Name))
	}
	return out
}

// nearDays tells whether two meetings' days are within a day of each
// other, or both unknown: a meeting the article recalls from another
// week may have had the same people.
func nearDays(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	d, ok := daysApart(a, b)
	return ok && d <= 1
}

// roundWord finds the round a headline names: "second round", "round
// three", "5th round".
var roundWord = regexp.MustCompile(`(?i)\b(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+round|round\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\b`)

var roundNumber = map[string]string{
	"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}

// roundOf is the number of the round a headline names, "" when none.
func roundOf(title string) string {
	m := roundWord.FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	w := strings.ToLower(m[1] + m[2])
	if n, ok := roundNumber[w]; ok {
		return n
	}
	return strings.TrimRight(w, "stndrh")
}
