package answer

// Reading a who question: the words that describe the meeting, and the
// date, month or day of the year it gives.

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/parley-bot/parley/index"
)

var (
	isoDate   = regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2})\b`)
	monthDate = regexp.MustCompile(`(?i)\b(?:on\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dayMonth  = regexp.MustCompile(`(?i)\b(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b`)
)

// whoFiller are the words of a who-question that do not describe the
// meeting itself.
var whoFiller = map[string]bool{
	"who": true, "whom": true, "which": true, "what": true, "leaders": true, "people": true, "officials": true,
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "did": true, "does": true, "do": true,
	"attended": true, "attend": true, "attending": true, "attendees": true, "attendance": true, "present": true,
	"at": true, "in": true, "on": true, "the": true, "a": true, "an": true, "of": true, "to": true, "for": true, "there": true,
	"took": true, "take": true, "taking": true, "part": true, "participated": true, "participate": true, "participants": true,
	"joined": true, "join": true, "went": true, "go": true, "came": true, "come": true, "showed": true, "up": true,
	"list": true, "tell": true, "me": true, "show": true, "us": true, "please": true, "and": true,
	"met": true, "meet": true, "represented": true, "led": true, "headed": true, "chaired": true, "co-chaired": true,
	"hosted": true, "negotiated": true, "sat": true, "signed": true, "witnessed": true,
	"not": true, "absent": true, "missing": true, "missed": true, "skipped": true, "invited": true, "boycotted": true,
	"declined": true, "stayed": true, "away": true, "didn't": true, "didnt": true,
	"see": true, "saw": true, "host": true, "receive": true, "received": true, "welcome": true, "welcomed": true,
	"talk": true, "speak": true, "spoke": true, "will": true, "has": true, "have": true,
	"negotiators": true, "negotiator": true, "participant": true, "delegates": true, "delegate": true, "guests": true, "signatories": true,
}

// inTheRoom is how a question says "there" without naming a place.
var inTheRoom = regexp.MustCompile(`(?i)\b(?:in|around|at)\s+the\s+(?:room|table)\b`)

// whenWhere opens a question for a meeting's date or place; its asking
// words ("held", "take place") say nothing of which meeting.
var whenWhere = regexp.MustCompile(`(?i)^\s*(?:when|where)\b|\b(?:held|hold|convened|convene)\b|\b(?:take|takes|took|taking)\s+place\b`)

// meetingQuery turns a description or a whole question ("who was at the
// Alaska summit?") into the words that describe the meeting, and a date
// when the question gives one.
func meetingQuery(q string) (desc, date string) {
	if m := isoDate.FindStringSubmatch(q); m != nil {
		date = m[1]
		q = strings.Replace(q, m[0], " ", 1)
	} else if m := monthDate.FindStringSubmatch(q); m != nil {
		if t, err := time.Parse("Jan 2 2006", monthAbbrev(m[1])+" "+m[2]+" "+m[3]); err == nil {
			date = t.Format(DateLayout)
			q = strings.Replace(q, m[0], " ", 1)
		}
	} else if m := dayMonth.FindStringSubmatch(q); m != nil {
		if t, err := time.Parse("Jan 2 2006", monthAbbrev(m[2])+" "+m[1]+" "+m[3]); err == nil {
			date = t.Format(DateLayout)
			q = strings.Replace(q, m[0], " ", 1)
		}
	}
	q = inTheRoom.ReplaceAllString(q, " ")
	if askWhenWhere.MatchString(q) {
		q = whenWhere.ReplaceAllString(q, " ")
	}
	var kept []string
	for _, w := range strings.Fields(q) {
		bare := strings.Trim(w, "?!.,;:")
		if bare == "" || bare != "US" && whoFiller[strings.ToLower(bare)] {
			continue
		}
		kept = append(kept, bare)
	}
	return strings.Join(kept, " "), date
}

func monthAbbrev(m string) string {
	m = strings.ToLower(m)
	if len(m) > 3 {
		m = m[:3]
	}
	return strings.ToUpper(m[:1]) + m[1:]
}

// monthYear is a month of a year in a question: "December 2023", "in Dec.
// 2023".
var monthYear = regexp.MustCompile(`(?i)(?:^|\s)(?:in\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b`)

// monthOf takes a month and year out of a meeting description: "EU summit
// December 2023" is the EU summit in 2023-12.
func monthOf(desc string) (rest, month string) {
	m := monthYear.FindStringSubmatchIndex(desc)
	if m == nil {
		return desc, ""
	}
	t, err := time.Parse("Jan 2006", monthAbbrev(desc[m[2]:m[3]])+" "+desc[m[4]:m[5]])
	if err != nil {
		return desc, ""
	}
	rest = strings.Join(strings.Fields(desc[:m[0]]+" "+desc[m[1]:]), " ")
	return rest, t.Format("2006-01")
}

// monthDayRe and dayMonthRe are a day without a year in a question: "on
// May 16", "16th May".
var (
	monthDayRe = regexp.MustCompile(`(?i)(?:^|\s)(?:on\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}\b)?(?:,?\s+\d{4}\b)?\b`)
	dayMonthRe = regexp.MustCompile(`(?i)(?:^|\s)(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`)
)

// dayOf takes a day given without its year out of a meeting description
// ("Istanbul talks on May 16") and returns it as "MM-DD": the meeting
// asked about was held on that day of some year. A full date or a month
// and year were taken out before.
func dayOf(desc string) (rest, monthDay string) {
	m, mon, day := monthDayRe.FindStringSubmatchIndex(desc), 2, 4
	if m == nil {
		m, mon, day = dayMonthRe.FindStringSubmatchIndex(desc), 4, 2
	}
	if m == nil {
		return desc, ""
	}
	t, err := time.Parse("Jan 2 2006", monthAbbrev(desc[m[mon]:m[mon+1]])+" "+desc[m[day]:m[day+1]]+" 2024") // a leap year: "Feb 29" too
	if err != nil {
		return desc, ""
	}
	rest = strings.Join(strings.Fields(desc[:m[0]]+" "+desc[m[1]:]), " ")
	return rest, t.Format("01-02")
}

// reportedOnDay keeps, for a question about a day of the year ("on
// August 18") that some report dates a meeting on, the undated meetings
// whose article was published on that day or the two after it, as a full
// date does in the index: an undated meeting reported on another day, or
// in an article without a date, is not that day's. When no report dates
// a meeting that day, the undated ones stay.
func reportedOnDay(hits []index.MeetingHit, monthDay string) []index.MeetingHit {
	if monthDay == "" {
		return hits
	}
	dated := false
	for _, h := range hits {
		dated = dated || strings.HasSuffix(h.Meeting.Date, "-"+monthDay)
	}
	if !dated {
		return hits // no report dates a meeting that day: the undated ones may be it
	}
	out := hits[:0]
	for _, h := range hits {
		if h.Meeting.Date == "" && (h.Article.Published.IsZero() || !nearMonthDay(h.Article.Published, monthDay)) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// nearMonthDay reports t on the month-day md (MM-DD) or up to two days
// after it, in t's year.
func nearMonthDay(t time.Time, md string) bool {
	d, err := time.Parse(time.DateOnly, fmt.Sprintf("%d-%s", t.Year(), md))
	if err != nil {
		return false
	}
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return !day.Before(d) && !day.After(d.AddDate(0, 0, 2))
}

// monthOnlyRe is a month without a day or a year in a question: "in June",
// "during early Sept." ("June 2025" and "on June 3" were taken out
// before); monthBareRe a full month name standing alone ("the June
// talks", "talks June" once "in" is dropped as filler; "May" only so
// written) before a meeting word or ending the description, not a
// name's first word ("June Carter", "Jan Berg"), a day's month ("May 16")
// or another thing's ("the April hike").
var (
	monthOnlyRe = regexp.MustCompile(`(?i)(?:^|\s)(?:in|during)\s+(?:early\s+|late\s+|mid-)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`)
	monthBareRe = regexp.MustCompile(`(?:^|\s)(?i:early\s+|late\s+|mid-)?((?i:january|february|march|april|june|july|august|september|october|november|december)|May)\b(\s+[\p{Lu}\d])?`)
)

// monthOnly takes a month given without day or year out of a meeting
// description ("US-China talks in June") and returns it as "MM".
func monthOnly(desc string) (rest, month string) {
	m := monthOnlyRe.FindStringSubmatchIndex(desc)
	if m != nil && desc[m[2]:m[3]] == "may" {
		m = nil // ("who may attend": a verb)
	}
	if m == nil {
		if m = monthBareRe.FindStringSubmatchIndex(desc); m == nil || m[4] >= 0 {
			return desc, "" // (none, or a name: "June Carter")
		}
		if after := strings.Fields(desc[m[1]:]); len(after) > 0 && !askMeetingWord.MatchString(after[0]) {
			return desc, "" // "confirming April hike": the month of something else
		}
		m = m[:4]
	}
	t, err := time.Parse("Jan", monthAbbrev(desc[m[2]:m[3]]))
	if err != nil {
		return desc, ""
	}
	rest = strings.Join(strings.Fields(desc[:m[0]]+" "+desc[m[1]:]), " ")
	return rest, t.Format("01")
}

// inMonth reports a hit dated in the month MM (of any year), or undated
// and reported by an article published in that month or in the first three
// days of the next.
func inMonth(h index.MeetingHit, month string) bool {
	if d := h.Meeting.Date; d != "" {
		return len(d) >= 7 && d[5:7] == month
	}
	p := h.Article.Published
	if p.IsZero() {
		return false
	}
	return p.Format("01") == month || p.Day() <= 3 && p.AddDate(0, 0, -p.Day()).Format("01") == month
}
