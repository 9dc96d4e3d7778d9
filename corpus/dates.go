package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// dateRef is a date expression found near a meeting mention.
type dateRef struct {
	key   string // "2025-08-18"; "wd:1" (a weekday, no publication date); "m:2025-02" (a month)
	day   string // YYYY-MM-DD when resolved to a day
	vague bool   // "last week", "this week": a period, not a day
	pos   int    // token where the expression was found
	// rel: days from the day of the meeting the story is telling ("a day
	// earlier" is -1, "the next day" 1), when relSet
	rel    int
	relSet bool
	until  string // last day of a meeting over several days
	// restated: the day written out after a relative date ("five days
	// later, on September 19"), taken when the meeting it counts from has
	// none
	restated string
}

// countBefore reads the number of units before token k: "a day", "two
// days", "3 days".
func countBefore(toks []token, k int) (int, bool) {
	if k == 0 {
		return 0, false
	}
	w := toks[k-1].low
	switch w {
	case "a", "one", "an":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 60 {
		return n, true
	}
	return 0, false
}

// resolveRel turns a date relative to a meeting into that meeting's day
// plus the offset ("a day earlier" than a meeting on 2025-03-11).
func resolveRel(r dateRef, base string) (dateRef, bool) {
	t, err := time.Parse(time.DateOnly, base)
	if !r.relSet || err != nil {
		return r, false
	}
	out := day(t.AddDate(0, 0, r.rel))
	out.pos = r.pos
	return out, true
}

// findDate looks for a date expression in tokens [s, e) and resolves it
// against the publication time pub (zero when unknown). future tells a
// bare weekday to look forward ("will meet on Friday").
func findDate(toks []token, s, e int, pub time.Time, future bool) (dateRef, bool) {
	for k := s; k < e; k++ {
		if r, ok := dateAt(toks, k, e, pub, future); ok {
			r.pos = k
			r.until = spanEnd(toks, k, e, pub, future, r)
			return r, true
		}
	}
	return dateRef{}, false
}

// spanEnd reads the last day of "on Wednesday and Thursday", "from Monday
// to Wednesday" after the date r found at token k ("" when there is none).
func spanEnd(toks []token, k, e int, pub time.Time, future bool, r dateRef) string {
	if r.until != "" {
		return r.until // "May 10-11": the range written with the date
	}
	if r.day == "" || k+2 >= e {
		return ""
	}
	switch toks[k+1].low {
	case "and", "to", "through", "until", "-", "–":
	default:
		return ""
	}
	if !isDay(toks[k+2].low) {
		return ""
	}
	end, ok := dateAt(toks, k+2, e, pub, future)
	if !ok || end.day <= r.day {
		return ""
	}
	return end.day
}

// relativeUnits after a number make "two days earlier", "a week ago".
var relativeUnits = set(`day days week weeks month months year years hours`)

// dateAt reads a date expression at token k (before e).
func dateAt(toks []token, k, e int, pub time.Time, future bool) (dateRef, bool) {
	t := toks[k]
	if t.kind != kWord {
		return dateRef{}, false
	}
	prev, next := "", ""
	if k > 0 {
		prev = toks[k-1].low
	}
	if k+1 < e {
		next = toks[k+1].low
	}
	if wd, ok := weekdays[t.low]; ok {
		if r, ok := weekdayWithDate(toks, k, e, pub); ok {
			return r, true // "on Tuesday, March 18, 2025": the date written out
		}
		fwd := future || prev == "next" || prev == "coming"
		if prev == "last" || prev == "past" {
			fwd = false
		}
		if pub.IsZero() {
			return dateRef{key: "wd:" + strconv.Itoa(wd)}, true
		}
		if prev == "last" && time.Weekday(wd) == pub.Weekday() {
			return day(pub.AddDate(0, 0, -7)), true // "last Friday", written on a Friday
		}
		if intoSmallHours(toks, k) {
			// "a summit that stretched into the small hours of Friday":
			// the meeting began the evening before
			return day(resolveWeekday(pub, time.Weekday(wd), fwd).AddDate(0, 0, -1)), true
		}
		return day(resolveWeekday(pub, time.Weekday(wd), fwd)), true
	}
	switch t.low {
	case "yesterday":
		if !pub.IsZero() {
			return day(pub.AddDate(0, 0, -1)), true
		}
	case "today", "tonight":
		if !pub.IsZero() {
			return day(pub), true
		}
	case "morning", "afternoon", "evening", "night":
		// "this afternoon", "earlier this morning": the day the story was written
		if prev == "this" && !pub.IsZero() && t.low != "night" {
			return day(pub), true
		}
		if sameDay(toks, k, prev) {
			return dateRef{key: "rel:day:same", vague: true, rel: 0, relSet: true}, true
		}
	case "tomorrow":
		if !pub.IsZero() {
			return day(pub.AddDate(0, 0, 1)), true
		}
	case "weekend":
		// "over the weekend": the Saturday just past
		if (prev == "the" || prev == "this" || prev == "last") && !pub.IsZero() && !future {
			return day(resolveWeekday(pub, time.Saturday, false)), true
		}
	case "week", "month", "year":
		if prev == "last" || prev == "this" || prev == "next" || prev == "past" || prev == "previous" {
			return dateRef{key: t.low + ":" + prev, vague: true}, true
		}
	case "earlier", "later", "ago", "before":
		// "a day earlier", "two weeks ago": a time set apart from the story's
		if relativeUnits[prev] {
			r := dateRef{key: "rel:" + prev + ":" + t.low, vague: true}
			if n, ok := countBefore(toks, k-1); ok && (prev == "day" || prev == "days") {
				if t.low == "ago" {
					if !pub.IsZero() {
						return day(pub.AddDate(0, 0, -n)), true // "two days ago"
					}
				} else if t.low == "later" {
					r.rel, r.relSet = n, true
				} else {
					r.rel, r.relSet = -n, true
				}
			}
			return r, true
		}
	case "day":
		if sameDay(toks, k, prev) {
			return dateRef{key: "rel:day:same", vague: true, rel: 0, relSet: true}, true
		}
		// "the next day", "the following day", "the previous day", "the day before"
		if prev == "next" || prev == "following" {
			return dateRef{key: "rel:day:later", vague: true, rel: 1, relSet: true}, true
		}
		if prev == "previous" || prev == "preceding" || next == "before" && k > 0 && toks[k-1].low == "the" {
			return dateRef{key: "rel:day:earlier", vague: true, rel: -1, relSet: true}, true
		}
	}
	if (prev == "in" || prev == "since") && len(t.low) == 4 && startsDigit(t.low) {
		if y, err := strconv.Atoi(t.low); err == nil && y > 1900 && y < 2200 && (pub.IsZero() || y != pub.Year()) {
			return dateRef{key: "y:" + t.low, vague: true}, true
		}
	}
	if m, ok := months[t.low]; ok && (t.cap || strings.HasSuffix(t.low, ".")) && !(t.low == "may" && !startsDigit(next) && !startsDigit(prev) && (prev == "" || prev == "." || prev == "\"" || prev == "“")) {
		if r, ok := monthDate(toks, k, m, pub); ok {
			return r, true
		}
	}
	return dateRef{}, false
}

// intoSmallHours reports a weekday at k that ends a night's session run
// into it: "into the small hours of Friday", "until the early hours of
// Saturday", "into the wee hours of Monday".
func intoSmallHours(toks []token, k int) bool {
	if k < 5 || toks[k-1].low != "of" || toks[k-2].low != "hours" || toks[k-4].low != "the" {
		return false
	}
	switch toks[k-3].low {
	case "small", "early", "wee":
	default:
		return false
	}
	return toks[k-5].low == "into" || toks[k-5].low == "until" || toks[k-5].low == "till"
}

// sameDay reports "the same evening", "that same day" at k: the day of the
// meeting just told ("Demeke met Tshisekedi separately the same evening").
func sameDay(toks []token, k int, prev string) bool {
	return prev == "same" && k >= 2 && (toks[k-2].low == "the" || toks[k-2].low == "that")
}

func day(t time.Time) dateRef {
	d := t.Format(time.DateOnly)
	return dateRef{key: d, day: d}
}

// resolveWeekday returns the most recent such weekday on or before pub, or
// the next one after pub when forward.
func resolveWeekday(pub time.Time, wd time.Weekday, forward bool) time.Time {
	if forward {
		diff := (int(wd) - int(pub.Weekday()) + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return pub.AddDate(0, 0, diff)
	}
	diff := (int(pub.Weekday()) - int(wd) + 7) % 7
	return pub.AddDate(0, 0, -diff)
}

// monthDate reads "Aug. 15", "August 15, 2025", "15 August" or a bare
// month ("in February") around the month word at token k, and a range of
// days ("May 10-11", "9–10 June"), whose last day it keeps as until.
func monthDate(toks []token, k, m int, pub time.Time) (dateRef, bool) {
	dayNum, year, lastDay := 0, 0, 0
	if k+1 < len(toks) {
		n, ok := dayNumber(toks[k+1].low)
		j := k // the token before the year's comma
		if a, b, isRange := dayRangeAt(toks, k+1); isRange {
			n, ok, lastDay = a, true, b // "May 10-11", "May 10 – 11, 2025"
			if !strings.ContainsAny(toks[k+1].low, "-–") {
				j = k + 2 // the range written as three tokens
			}
		}
		if ok {
			dayNum = n
			if j+3 < len(toks) && toks[j+2].text == "," {
				if y, err := strconv.Atoi(toks[j+3].low); err == nil && y > 1900 && y < 2200 {
					year = y
				}
			} else if j+2 < len(toks) {
				if y, err := strconv.Atoi(toks[j+2].low); err == nil && y > 1900 && y < 2200 {
					year = y
				}
			}
		} else if y, err := strconv.Atoi(toks[k+1].low); err == nil && y > 1900 && y < 2200 {
			year = y
		}
	}
	if dayNum == 0 && k > 0 {
		if n, ok := dayNumber(toks[k-1].low); ok {
			dayNum = n
			if a, b, ok := dayRangeAt(toks, k-1); ok {
				dayNum, lastDay = a, b // "9-10 June"
			} else if k >= 3 && (toks[k-2].text == "–" || toks[k-2].text == "-") {
				if a, ok := dayNumber(toks[k-3].low); ok && a < n {
					dayNum, lastDay = a, n // "9 – 10 June"
				}
			}
			if k+1 < len(toks) {
				if y, err := strconv.Atoi(toks[k+1].low); err == nil && y > 1900 && y < 2200 {
					year = y
				}
			}
		}
	}
	if year == 0 {
		if pub.IsZero() {
			if dayNum == 0 {
				return dateRef{key: fmt.Sprintf("m:%02d", m)}, true
			}
			return dateRef{key: fmt.Sprintf("md:%02d-%02d", m, dayNum)}, true
		}
		year = pub.Year()
		// a month later than publication is last year's, unless near
		if int(pub.Month())+2 < m {
			year--
		}
	}
	if dayNum == 0 {
		return dateRef{key: fmt.Sprintf("m:%04d-%02d", year, m)}, true
	}
	t := time.Date(year, time.Month(m), dayNum, 12, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(m) {
		return dateRef{}, false
	}
	r := day(t)
	if end := time.Date(year, time.Month(m), lastDay, 12, 0, 0, 0, time.UTC); lastDay > dayNum && end.Month() == time.Month(m) {
		r.until = end.Format(time.DateOnly)
	}
	return r, true
}

// dayRangeAt reads a range of days starting at token k: "10-11" written
// as one token, or "10 – 11" as three.
func dayRangeAt(toks []token, k int) (first, last int, ok bool) {
	w := toks[k].low
	if i := strings.IndexAny(w, "-–"); i > 0 {
		a, okA := dayNumber(w[:i])
		b, okB := dayNumber(strings.TrimLeft(w[i:], "-–"))
		return a, b, okA && okB && a < b
	}
	if k+2 < len(toks) && (toks[k+1].text == "–" || toks[k+1].text == "-") {
		a, okA := dayNumber(w)
		b, okB := dayNumber(toks[k+2].low)
		return a, b, okA && okB && a < b
	}
	return 0, 0, false
}

// dayNumber parses "15", "15th", "1st", "3rd".
func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(s, ",")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func startsDigit(s string) bool { return s != "" && unicode.IsDigit(rune(s[0])) }
