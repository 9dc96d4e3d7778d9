package answer

import (
	"time"
)

// DateLayout is the date format of every option and answer: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// parseDay parses an optional YYYY-MM-DD option value as midnight UTC.
// The zero time means the option was not given.
func parseDay(option, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(DateLayout, v)
	if err != nil {
		return time.Time{}, &InputError{Option: option, Value: v, Reason: "want a date as YYYY-MM-DD, e.g. 2025-08-18"}
	}
	return t, nil
}

// dayRange turns inclusive since/until option values into the half-open
// [since, until) range the index filters on.
func dayRange(since, until string) (from, to time.Time, err error) {
	if from, err = parseDay("since", since); err != nil {
		return
	}
	if to, err = parseDay("until", until); err != nil {
		return
	}
	if !to.IsZero() {
		to = to.AddDate(0, 0, 1)
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		err = &InputError{Option: "since", Value: since, Reason: "is after --until " + until}
	}
	return
}
