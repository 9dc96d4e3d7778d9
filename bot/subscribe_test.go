package bot

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/schedule"
)

// TestDigestSubscriptions runs /digest subscribe, list and unsubscribe in
// both modes against a real subscription store, as an admin of two
// servers and as a member without Manage Server.
func TestDigestSubscriptions(t *testing.T) {
	now := time.Date(2025, 8, 16, 5, 0, 0, 0, time.UTC)
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			subs, _ := openSubs(t)
			h := m.start(t, &fixture{}, func(c *Config) {
				c.RateBurst = 100
				c.Extras = Extras{Subs: subs, Now: func() time.Time { return now }}
			})
			sub := func(perms, channel, hhmm, tz string, more ...opt) string {
				opts := append([]opt{chOpt(channel), str3(optTime, hhmm), str3(optTimezone, tz)}, more...)
				return h.ask(t, command(t, testGuildID, "700", perms, "digest", "subscribe", opts...))
			}

			got := sub(permsAdmin, "701", "8:00", "Europe/Paris")
			// 08:00 in Paris on 2025-08-16 is 06:00 UTC, an hour away.
			wantContains(t, got, "Subscribed <#701>", "**08:00 Europe/Paris**", "<t:1755324000:F>", "Sat 16 Aug 08:00")
			if strings.Contains(got, "cannot post") {
				t.Errorf("a posting bot says it cannot post: %s", got)
			}
			s, err := subs.Get(testGuildID, "701")
			if err != nil || s.Time != "08:00" || s.TZ != "Europe/Paris" || s.CreatedBy != "600" || !s.CreatedAt.Equal(now) || s.SkipEmpty {
				t.Fatalf("stored %+v, %v", s, err)
			}

			got = sub(permsAdmin, "701", "18:30", "UTC", boolOpt(optSkip))
			wantContains(t, got, "Updated the subscription of <#701>", "18:30 UTC", "nothing on a day without news")
			if s, _ := subs.Get(testGuildID, "701"); s.Time != "18:30" || !s.SkipEmpty {
				t.Errorf("resubscribing did not replace: %+v", s)
			}
			sub(permsAdmin, "702", "23:59", "America/New_York")
			// Another server, same store: kept apart.
			h.ask(t, command(t, "801", "710", permsAdmin, "digest", "subscribe", chOpt("711"), str3(optTime, "07:00"), str3(optTimezone, "Asia/Tokyo")))

			for _, tt := range []struct{ hhmm, tz, want string }{
				{"25:00", "UTC", `time "25:00": out of range; use HH:MM`},
				{"noon", "UTC", `time "noon": not HH:MM`},
				{"08:00", "Mars/Base", `timezone "Mars/Base": unknown IANA zone name`},
				{"08:00", "Local", `timezone "Local"`},
			} {
				got := sub(permsAdmin, "703", tt.hhmm, tt.tz)
				wantContains(t, got, "That did not work: "+tt.want)
			}
			if _, err := subs.Get(testGuildID, "703"); !errors.Is(err, schedule.ErrNotFound) {
				t.Errorf("a refused subscription was stored: %v", err)
			}

			// A member without Manage Server cannot change anything, but may look.
			wantContains(t, sub(permsMember, "704", "08:00", "UTC"), "You need the **Manage Server** permission")
			wantContains(t, h.ask(t, command(t, testGuildID, "700", permsMember, "digest", "unsubscribe", chOpt("701"))), "Manage Server")
			if l, _ := subs.List(testGuildID); len(l) != 2 {
				t.Errorf("member changed the subscriptions: %+v", l)
			}
			got = h.ask(t, command(t, testGuildID, "700", permsMember, "digest", "list"))
			wantContains(t, got, "<#701> at 18:30 UTC, skipping days without news — next <t:", "<#702> at 23:59 America/New\\_York")
			if strings.Contains(got, "711") {
				t.Errorf("another server's subscription is listed: %s", got)
			}

			// Unsubscribe: the channel given; another server's is not found.
			got = h.ask(t, command(t, testGuildID, "700", permsAdmin, "digest", "unsubscribe", chOpt("711")))
			wantContains(t, got, "<#711> has no digest subscription")
			got = h.ask(t, command(t, testGuildID, "700", permsAdmin, "digest", "unsubscribe", chOpt("702")))
			wantContains(t, got, "Stopped the daily digest in <#702>", "<#701> at 18:30 UTC")
			// Without a channel, from a channel that has none: the only one left.
			got = h.ask(t, command(t, testGuildID, "700", permsAdmin, "digest", "unsubscribe"))
			wantContains(t, got, "Stopped the daily digest in <#701>", "no digest subscription")
			if l, _ := subs.List(""); len(l) != 1 || l[0].GuildID != "801" {
				t.Errorf("left %+v, want only server 801's", l)
			}
			wantContains(t, h.ask(t, command(t, testGuildID, "700", permsAdmin, "digest", "unsubscribe")), "This server has no digest subscription.")
		})
	}
}

// TestExtrasNotConfigured: without extras, the new commands say so.
func TestExtrasNotConfigured(t *testing.T) {
	h := startHTTP(t, &fixture{}, func(c *Config) { c.RateBurst = 100 })
	for _, raw := range [][]byte{
		command(t, testGuildID, "700", permsAdmin, "digest", "subscribe", chOpt("701"), str3(optTime, "08:00"), str3(optTimezone, "UTC")),
		command(t, testGuildID, "700", permsAdmin, "digest", "unsubscribe"),
		command(t, testGuildID, "700", permsAdmin, "digest", "list"),
		command(t, testGuildID, "700", permsAdmin, "feeds", "list"),
		command(t, testGuildID, "700", permsAdmin, "ingest", "", str3(optURL, "https://example.org/a")),
	} {
		wantContains(t, h.ask(t, raw), "is not configured on this Parley bot")
	}
}

// TestSubscribeWithoutPosting: a bot that cannot post (serve without a
// token) keeps the subscription and says it cannot post it.
func TestSubscribeWithoutPosting(t *testing.T) {
	subs, _ := openSubs(t)
	h := &handlers{svc: &fixture{}, x: Extras{Subs: subs, NotPosting: true}, log: discardLogger()}
	req := reqOf(t, command(t, testGuildID, "700", permsAdmin, "digest", "subscribe", chOpt("701"), str3(optTime, "08:00"), str3(optTimezone, "UTC")))
	resp, err := h.subscribe(t.Context(), req)
	if err != nil {
		t.Fatal(err)
	}
	wantContains(t, resp.Data.Content, "Subscribed <#701>", "cannot post them yet")
	if _, err := subs.Get(testGuildID, "701"); err != nil {
		t.Errorf("not stored: %v", err)
	}
}
