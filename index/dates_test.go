package index

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestPubRangeQueryTerms(t *testing.T) {
	d := func(s string) time.Time { return day(s + "T00:00:00Z") }
	tests := []struct {
		since, until time.Time
		want         []string // field=value
	}{
		{d("2025-03-10"), d("2025-03-12"), []string{"k=d:2025-03-10", "k=d:2025-03-11"}},
		{d("2025-03-30"), d("2025-05-02"), []string{"k=d:2025-03-30", "k=d:2025-03-31", "k=m:2025-04", "k=d:2025-05-01"}},
		{d("2024-12-31"), d("2026-01-02"), []string{"k=d:2024-12-31", "k=y:2025", "k=d:2026-01-01"}},
		{day("2025-03-10T13:00:00Z"), day("2025-03-10T14:00:00Z"), []string{"k=d:2025-03-10"}},
		{d("2025-03-10"), d("2025-03-10"), nil},
		{d("2025-03-10"), d("2025-03-01"), nil},
	}
	for _, tt := range tests {
		js := queryJSON(t, pubRangeQuery(tt.since, tt.until))
		var got []string
		var dq struct {
			Disjuncts []map[string]string `json:"disjuncts"`
		}
		if err := json.Unmarshal([]byte(js), &dq); err == nil {
			for _, c := range dq.Disjuncts {
				got = append(got, c["field"]+"="+c["term"])
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%v..%v: %v, want %v (%s)", tt.since, tt.until, got, tt.want, js)
		}
	}
	// open ends stay within the clause limit
	for _, q := range []string{queryJSON(t, pubRangeQuery(time.Time{}, time.Time{})), queryJSON(t, pubRangeQuery(time.Time{}, d("2025-06-15")))} {
		if n := strings.Count(q, `"term"`); n == 0 || n > maxClauseCount {
			t.Errorf("open range: %d terms", n)
		}
	}
}

// Sort keys order as their times do, quotes within an article in order.
func TestSortKeys(t *testing.T) {
	times := []time.Time{
		time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1999, 12, 31, 23, 59, 0, 0, time.UTC),
		time.Date(2025, 3, 4, 15, 30, 0, 0, time.UTC), time.Date(2025, 3, 4, 15, 31, 0, 0, time.UTC),
		time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), time.Date(2199, 12, 31, 23, 59, 0, 0, time.UTC),
	}
	for i := 1; i < len(times); i++ {
		a, b := sortKey(times[i-1]), sortKey(times[i])
		if len(a) != 5 || len(b) != 5 || a >= b {
			t.Errorf("sortKey(%v) = %q, sortKey(%v) = %q: not increasing", times[i-1], a, times[i], b)
		}
	}
	k := sortKey(times[2])
	if q0, q1 := quoteSortKey(k, 0), quoteSortKey(k, 1); q0 <= q1 || q1 <= sortKey(times[1]) || q0 >= quoteSortKey(sortKey(times[3]), maxSubDocs-1) {
		t.Errorf("quote keys out of order: %q %q", q0, q1)
	}
	if quoteSortKey("", 3) != "" {
		t.Error("undated quote got a key")
	}
}

// The terms of a range cover each day in it once and no other day.
func TestPubRangeQueryTiles(t *testing.T) {
	d0 := time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)
	for _, span := range [][2]int{{0, 1}, {3, 17}, {10, 45}, {11, 60}, {0, 400}, {40, 48}, {12, 19}} {
		since, until := d0.AddDate(0, 0, span[0]), d0.AddDate(0, 0, span[1])
		var dq struct {
			Disjuncts []map[string]string `json:"disjuncts"`
		}
		if err := json.Unmarshal([]byte(queryJSON(t, pubRangeQuery(since, until))), &dq); err != nil {
			t.Fatal(err)
		}
		covered := map[string]int{}
		for _, c := range dq.Disjuncts {
			term := c["term"]
			for d := since.AddDate(0, 0, -400); d.Before(until.AddDate(0, 0, 400)); d = d.AddDate(0, 0, 1) {
				pk := pubKeysFor(d)
				for _, k := range []string{keyDay + pk.Day, keyWeek + pk.Week, keyMonth + pk.Month, keyYear + pk.Year} {
					if k == term {
						covered[pk.Day]++
					}
				}
			}
		}
		for d := since.AddDate(0, 0, -400); d.Before(until.AddDate(0, 0, 400)); d = d.AddDate(0, 0, 1) {
			want := 0
			if !d.Before(since) && d.Before(until) {
				want = 1
			}
			if got := covered[d.Format(time.DateOnly)]; got != want {
				t.Errorf("%v..%v: day %s covered %d times, want %d", since, until, d.Format(time.DateOnly), got, want)
				break
			}
		}
		if n := len(dq.Disjuncts); n > 20 && span[1]-span[0] < 100 {
			t.Errorf("%v..%v: %d terms", since, until, n)
		}
	}
}
