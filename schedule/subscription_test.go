package schedule_test

import (
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/schedule"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name     string
		sub      schedule.Subscription
		wantErr  string // substring; empty: valid
		wantTime string
	}{
		{"valid", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "08:30", TZ: "Europe/Berlin"}, "", "08:30"},
		{"one-digit hour is padded", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "9:05", TZ: "UTC"}, "", "09:05"},
		{"midnight", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "00:00", TZ: "Asia/Kolkata"}, "", "00:00"},
		{"last minute", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "23:59", TZ: "UTC"}, "", "23:59"},
		{"hour 24", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "24:00", TZ: "UTC"}, `time "24:00": out of range`, ""},
		{"minute 60", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "12:60", TZ: "UTC"}, `time "12:60"`, ""},
		{"12-hour clock", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "9am", TZ: "UTC"}, `time "9am": not HH:MM`, ""},
		{"seconds", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "09:00:00", TZ: "UTC"}, `time "09:00:00"`, ""},
		{"negative", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "-1:30", TZ: "UTC"}, `time "-1:30"`, ""},
		{"empty time", schedule.Subscription{GuildID: "g", ChannelID: "c", TZ: "UTC"}, `time "": not HH:MM`, ""},
		{"unknown zone", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "08:00", TZ: "Mars/Olympus_Mons"}, `timezone "Mars/Olympus_Mons": unknown IANA zone`, ""},
		{"zone in wrong case", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "08:00", TZ: "europe/berlin"}, `timezone "europe/berlin"`, ""},
		{"empty zone", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "08:00"}, "timezone: missing", ""},
		{"server's zone", schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "08:00", TZ: "Local"}, `timezone "Local": depends on the server`, ""},
		{"no guild", schedule.Subscription{ChannelID: "c", Time: "08:00", TZ: "UTC"}, "guild: missing", ""},
		{"no channel", schedule.Subscription{GuildID: "g", Time: "08:00", TZ: "UTC"}, "channel: missing", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := tt.sub
			err := sub.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				if sub.Time != tt.wantTime {
					t.Errorf("Time = %q, want %q", sub.Time, tt.wantTime)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Validate error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestScheduledAt(t *testing.T) {
	tests := []struct {
		name, tz, time, day string
		want                string // RFC 3339
	}{
		{"ordinary day", "Europe/Berlin", "09:00", "2024-06-01", "2024-06-01T09:00:00+02:00"},
		{"UTC", "UTC", "00:00", "2024-02-29", "2024-02-29T00:00:00Z"},
		{"half-hour zone", "Asia/Kolkata", "07:15", "2024-01-10", "2024-01-10T07:15:00+05:30"},
		{"New York gap: first instant after it", "America/New_York", "02:30", "2024-03-10", "2024-03-10T03:00:00-04:00"},
		{"New York gap start", "America/New_York", "02:00", "2024-03-10", "2024-03-10T03:00:00-04:00"},
		{"New York just before the gap", "America/New_York", "01:59", "2024-03-10", "2024-03-10T01:59:00-05:00"},
		{"New York just after the gap", "America/New_York", "03:00", "2024-03-10", "2024-03-10T03:00:00-04:00"},
		{"New York repeated hour: first occurrence", "America/New_York", "01:30", "2024-11-03", "2024-11-03T01:30:00-04:00"},
		{"New York after the repeated hour", "America/New_York", "02:00", "2024-11-03", "2024-11-03T02:00:00-05:00"},
		{"Berlin gap", "Europe/Berlin", "02:30", "2024-03-31", "2024-03-31T03:00:00+02:00"},
		{"Berlin repeated hour: first occurrence", "Europe/Berlin", "02:30", "2024-10-27", "2024-10-27T02:30:00+02:00"},
		{"Lord Howe half-hour gap", "Australia/Lord_Howe", "02:15", "2024-10-06", "2024-10-06T02:30:00+11:00"},
		{"Lord Howe half-hour repeat", "Australia/Lord_Howe", "01:45", "2024-04-07", "2024-04-07T01:45:00+11:00"},
		{"southern hemisphere gap", "Australia/Sydney", "02:30", "2024-10-06", "2024-10-06T03:00:00+11:00"},
		{"midnight skipped (Santiago)", "America/Santiago", "00:00", "2024-09-08", "2024-09-08T01:00:00-03:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := schedule.Subscription{Time: tt.time, TZ: tt.tz}
			got, err := s.ScheduledAt(tt.day)
			if err != nil {
				t.Fatal(err)
			}
			if want := mustTime(t, tt.want); !got.Equal(want) {
				t.Errorf("ScheduledAt(%s) = %s, want %s", tt.day, got, want)
			}
		})
	}
	if _, err := (schedule.Subscription{Time: "09:00", TZ: "UTC"}).ScheduledAt("2024-13-01"); err == nil {
		t.Error("ScheduledAt(2024-13-01): no error")
	}
}

func TestNextPost(t *testing.T) {
	base := schedule.Subscription{GuildID: "g", ChannelID: "c", Time: "09:00", TZ: "Europe/Berlin",
		CreatedAt: mustTime(t, "2024-05-01T00:00:00Z")}
	now := mustTime(t, "2024-06-01T10:00:00+02:00")
	tests := []struct {
		name   string
		change func(*schedule.Subscription)
		now    string
		want   string // empty: zero time
	}{
		{"before today's time", nil, "2024-06-01T08:00:00+02:00", "2024-06-01T09:00:00+02:00"},
		{"today overdue", nil, "", "2024-06-01T09:00:00+02:00"},
		{"today posted", func(s *schedule.Subscription) { s.LastPosted = "2024-06-01" }, "", "2024-06-02T09:00:00+02:00"},
		{"today in flight counts as posted", func(s *schedule.Subscription) { s.Posting = "2024-06-01" }, "", "2024-06-02T09:00:00+02:00"},
		{"subscribed after today's time", func(s *schedule.Subscription) { s.CreatedAt = now.Add(-time.Minute) }, "", "2024-06-02T09:00:00+02:00"},
		{"a later date posted (zone changed)", func(s *schedule.Subscription) { s.LastPosted = "2024-06-02" }, "", "2024-06-03T09:00:00+02:00"},
		{"paused", func(s *schedule.Subscription) { s.Paused = true }, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := base
			if tt.change != nil {
				tt.change(&s)
			}
			n := now
			if tt.now != "" {
				n = mustTime(t, tt.now)
			}
			got, err := s.NextPost(n)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if !got.IsZero() {
					t.Errorf("NextPost = %s, want zero", got)
				}
				return
			}
			if want := mustTime(t, tt.want); !got.Equal(want) {
				t.Errorf("NextPost = %s, want %s", got, want)
			}
		})
	}
}

func mustTime(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
