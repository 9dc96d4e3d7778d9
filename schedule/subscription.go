package schedule

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zones must load on hosts without a zoneinfo database (scratch images)
)

// dateLayout is the layout of local dates (LastPosted, Delivery.Date).
const dateLayout = "2006-01-02"

// Subscription is one channel's daily digest: where, when (a wall-clock time
// in a time zone), and what the scheduler has done with it.
type Subscription struct {
	GuildID   string `json:"guild_id"`
	ChannelID string `json:"channel_id"`
	// Time is the local time of day of the post, "HH:MM" on a 24-hour clock.
	Time string `json:"time"`
	// TZ is the IANA name of the zone Time and dates are in, e.g. "Europe/Berlin".
	TZ string `json:"tz"`
	// SkipEmpty asks for no post at all on a day with no news (instead of a
	// one-line "nothing today"). The scheduler only passes it on to Post.
	SkipEmpty bool `json:"skip_empty,omitempty"`
	// CreatedBy and CreatedAt say who set the subscription up as it is now and
	// when: subscribing a channel again replaces them. A day whose post time
	// is before CreatedAt is not posted (the schedule starts after it is set).
	CreatedBy string    `json:"created_by,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	// Paused subscriptions are not posted; PauseReason says why (the channel
	// was deleted, the bot lost access). Subscribing again resumes.
	Paused      bool   `json:"paused,omitempty"`
	PauseReason string `json:"pause_reason,omitempty"`
	// LastPosted is the local date (YYYY-MM-DD, in TZ) of the last digest
	// delivered.
	LastPosted string `json:"last_posted,omitempty"`
	// Posting is the local date of a post that was started and whose outcome
	// was not recorded; it counts as posted (see the package documentation).
	Posting string `json:"posting,omitempty"`
	// LastError is the error of the last failed post, empty after a success.
	LastError string `json:"last_error,omitempty"`
}

// Validate checks the fields a user sets and normalises Time ("9:05" becomes
// "09:05"). Its errors name the option at fault and what is expected.
func (s *Subscription) Validate() error {
	if strings.TrimSpace(s.GuildID) == "" {
		return errors.New("guild: missing guild ID (digest subscriptions are per server)")
	}
	if strings.TrimSpace(s.ChannelID) == "" {
		return errors.New("channel: missing channel ID")
	}
	hh, mm, err := parseClock(s.Time)
	if err != nil {
		return err
	}
	s.Time = fmt.Sprintf("%02d:%02d", hh, mm)
	if _, err := loadZone(s.TZ); err != nil {
		return err
	}
	return nil
}

// parseClock parses "HH:MM" (or "H:MM") on a 24-hour clock.
func parseClock(v string) (hh, mm int, err error) {
	bad := func(why string) error {
		return fmt.Errorf("time %q: %s; use HH:MM on a 24-hour clock, e.g. 08:30 or 18:00", v, why)
	}
	h, m, ok := strings.Cut(strings.TrimSpace(v), ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return 0, 0, bad("not HH:MM")
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh < 0 || mm < 0 {
		return 0, 0, bad("not HH:MM")
	}
	if hh > 23 || mm > 59 {
		return 0, 0, bad("out of range")
	}
	return hh, mm, nil
}

// zones caches loaded zones: time.LoadLocation reads the zone file each call.
var zones sync.Map // name -> *time.Location

// loadZone loads an IANA zone, refusing names whose meaning depends on the
// host ("Local", "").
func loadZone(name string) (*time.Location, error) {
	if name == "" {
		return nil, errors.New("timezone: missing; give an IANA zone name such as Europe/Berlin, America/New_York or UTC")
	}
	if name == "Local" {
		return nil, errors.New(`timezone "Local": depends on the server; give an IANA zone name such as Europe/Berlin or UTC`)
	}
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err == nil {
		zones.Store(name, loc)
	}
	if err != nil {
		return nil, fmt.Errorf("timezone %q: unknown IANA zone name (names are case-sensitive, e.g. Europe/Berlin, America/New_York, Asia/Tokyo, UTC)", name)
	}
	return loc, nil
}

// LocalDate returns the date of t in loc as YYYY-MM-DD.
func LocalDate(t time.Time, loc *time.Location) string {
	return t.In(loc).Format(dateLayout)
}

// addDays returns the date n days after date (YYYY-MM-DD).
func addDays(date string, n int) (string, error) {
	d, err := time.Parse(dateLayout, date)
	if err != nil {
		return "", fmt.Errorf("date %q: want YYYY-MM-DD: %w", date, err)
	}
	return d.AddDate(0, 0, n).Format(dateLayout), nil
}

// ScheduledAt returns the instant the digest of the local date day
// (YYYY-MM-DD) is due. When Time does not exist that day (skipped by a
// daylight-saving change) it is the first instant after the gap; when it
// occurs twice (clocks turned back) it is the first occurrence.
func (s Subscription) ScheduledAt(day string) (time.Time, error) {
	hh, mm, err := parseClock(s.Time)
	if err != nil {
		return time.Time{}, err
	}
	loc, err := loadZone(s.TZ)
	if err != nil {
		return time.Time{}, err
	}
	d, err := time.Parse(dateLayout, day)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD: %w", day, err)
	}
	return wallInstant(d.Year(), d.Month(), d.Day(), hh, mm, loc), nil
}

// NextPost returns when the next digest not yet posted is due, as the
// scheduler sees it: today's time if today's digest is still to come or
// overdue (then it is before now), otherwise tomorrow's. It returns zero for
// a paused subscription. Useful for status displays.
func (s Subscription) NextPost(now time.Time) (time.Time, error) {
	if s.Paused {
		return time.Time{}, nil
	}
	_, due, err := s.nextDay(now)
	return due, err
}

// nextDay returns the first local date, today or tomorrow, whose digest is
// not posted and is scheduled after the subscription was set up, and when
// it is due.
func (s Subscription) nextDay(now time.Time) (day string, due time.Time, err error) {
	loc, err := loadZone(s.TZ)
	if err != nil {
		return "", time.Time{}, err
	}
	day = LocalDate(now, loc)
	if due, err = s.ScheduledAt(day); err != nil {
		return "", time.Time{}, err
	}
	if !s.postedOn(day) && !due.Before(s.CreatedAt) {
		return day, due, nil
	}
	next := day
	if s.Posting > next {
		next = s.Posting
	}
	if s.LastPosted > next {
		next = s.LastPosted
	}
	if day, err = addDays(next, 1); err != nil {
		return "", time.Time{}, err
	}
	due, err = s.ScheduledAt(day)
	return day, due, err
}

// postedOn reports whether the digest of day counts as posted: delivered,
// or started and never recorded. Dates compare as strings; a later date
// covers an earlier one, so a clock set back never brings a repeat.
func (s Subscription) postedOn(day string) bool {
	return s.LastPosted >= day || (s.Posting != "" && s.Posting >= day)
}

// civil returns t's wall clock in loc as a UTC time, for comparisons.
func civil(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// wallInstant returns the first instant whose wall clock in loc reads the
// given date and time, or, when that reading is skipped, the first instant
// after it. time.Date leaves the choice in gaps and overlaps unspecified
// (and it differs between zones), so the candidates are checked here.
func wallInstant(y int, mo time.Month, d, hh, mm int, loc *time.Location) time.Time {
	want := time.Date(y, mo, d, hh, mm, 0, 0, time.UTC)
	t := time.Date(y, mo, d, hh, mm, 0, 0, loc)
	start, end := t.ZoneBounds()
	// Offsets in force around t: its own period's and its neighbours'.
	probes := []time.Time{t}
	if !start.IsZero() {
		probes = append(probes, start.Add(-time.Nanosecond))
	}
	if !end.IsZero() {
		probes = append(probes, end)
	}
	var best time.Time
	for _, p := range probes {
		_, off := p.Zone()
		c := want.Add(-time.Duration(off) * time.Second).In(loc)
		if civil(c, loc).Equal(want) && (best.IsZero() || c.Before(best)) {
			best = c
		}
	}
	if !best.IsZero() {
		return best
	}
	// The reading falls in a gap: the transition that jumps over it is the
	// first instant after it.
	if civil(t, loc).After(want) {
		return start
	}
	return end
}
