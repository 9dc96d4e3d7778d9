package index

import (
	"time"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Passages, quotes and meetings carry their article's publication time as
// keywords, not as a bleve datetime: a datetime is indexed as sixteen
// numeric terms and their doc values on every document, which cost about
// half the raw text in index size. Instead each sub-document has its UTC
// day, month and year (a range filter is a handful of day, month and year
// terms) and a minute-precision sort key with doc values. Sub-document
// date filters therefore work on whole UTC days: Since is taken from the
// start of its day and Until to the end of the day before it when it is
// not midnight. Article documents keep the exact datetime (Articles,
// Stats).

// fPubKey is the publication minute as sortKey writes it, with doc
// values: it breaks ties between equal scores (ranked.go) and sorts
// quotes (quoteSortKey). Days, months and years are keys (keys.go).
const fPubKey = "pub_key"

// sortDigits are 64 characters in ASCII order: fixed-width numbers
// written with them sort as strings the way they sort as numbers.
const sortDigits = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"

// sortNumber writes n (0 <= n < 64^width) in width sortDigits.
func sortNumber(n int64, width int) string {
	b := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		b[i] = sortDigits[n%64]
		n /= 64
	}
	return string(b)
}

// sortKey is the minute of t since 1900 in five sortDigits (good until
// after 3900): short, because tie-breaks read it from doc values, whose
// cost grows with their size.
func sortKey(t time.Time) string {
	m := int64(t.Sub(time.Date(minFilterYear, 1, 1, 0, 0, 0, 0, time.UTC)) / time.Minute)
	return sortNumber(max(m, 0), 5)
}

// Open-ended filters are clamped to these years, so a range is a bounded
// number of terms.
const (
	minFilterYear = 1900
	maxFilterYear = 2200
)

// pubKeys are the date fields of a sub-document: its sort key and its
// day, week (its Monday), month and year keys.
type pubKeys struct {
	Key, Day, Week, Month, Year string
}

func pubKeysFor(t time.Time) pubKeys {
	if t.IsZero() {
		return pubKeys{}
	}
	t = t.UTC()
	monday := t.AddDate(0, 0, -(int(t.Weekday())+6)%7)
	return pubKeys{Key: sortKey(t), Day: t.Format(time.DateOnly), Week: monday.Format(time.DateOnly),
		Month: t.Format("2006-01"), Year: t.Format("2006")}
}

// quoteSortKey orders quotes by "-pub_key": newest article first, then
// the article's quotes in order (n < maxSubDocs < 64^3).
func quoteSortKey(key string, n int) string {
	if key == "" {
		return ""
	}
	return key + sortNumber(int64(maxSubDocs-1-n), 3)
}

func addPubFields(dm *mapping.DocumentMapping) {
	dm.AddFieldMappingsAt(fPubKey, keywordField(fPubKey, false, true))
}

// pubRangeQuery matches sub-documents published in the UTC days covering
// [since, until); zero means open. It is the year, month, week and day
// terms that tile the range, larger ones first (a week only where it does
// not take days from a whole month): a union of fewer posting lists.
func pubRangeQuery(since, until time.Time) query.Query {
	lo := time.Date(minFilterYear, 1, 1, 0, 0, 0, 0, time.UTC)
	hi := time.Date(maxFilterYear, 1, 1, 0, 0, 0, 0, time.UTC)
	if !since.IsZero() {
		s := since.UTC()
		lo = maxTime(lo, time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, time.UTC))
	}
	if !until.IsZero() {
		u := until.UTC()
		end := time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC)
		if end.Before(u) {
			end = end.AddDate(0, 0, 1)
		}
		hi = minTime(hi, end)
	}
	var keys []string
	term := func(prefix, value string) { keys = append(keys, prefix+value) }
	for d := lo; d.Before(hi); {
		switch {
		case d.YearDay() == 1 && !d.AddDate(1, 0, 0).After(hi):
			term(keyYear, d.Format("2006"))
			d = d.AddDate(1, 0, 0)
		case d.Day() == 1 && !d.AddDate(0, 1, 0).After(hi):
			term(keyMonth, d.Format("2006-01"))
			d = d.AddDate(0, 1, 0)
		case d.Weekday() == time.Monday && !d.AddDate(0, 0, 7).After(hi) && !splitsMonth(d, hi):
			term(keyWeek, d.Format(time.DateOnly))
			d = d.AddDate(0, 0, 7)
		default:
			term(keyDay, d.Format(time.DateOnly))
			d = d.AddDate(0, 0, 1)
		}
	}
	if len(keys) == 0 {
		return query.NewMatchNoneQuery()
	}
	return newDayRange(keys, lo, hi)
}

// splitsMonth reports whether the week from monday runs into a month
// that ends before hi, which a month term would cover whole.
func splitsMonth(monday, hi time.Time) bool {
	next := time.Date(monday.Year(), monday.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	return next.Before(monday.AddDate(0, 0, 7)) && !next.AddDate(0, 1, 0).After(hi)
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
