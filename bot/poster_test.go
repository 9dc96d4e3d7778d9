package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/bot/internal/fakediscord"
	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/internal/syncbuf"
	"github.com/parley-bot/parley/schedule"
	"github.com/parley-bot/parley/schedule/schedtest"
)

// digestRun is a digest scheduler driving the real Poster against a fake
// Discord on a fake clock, over a real subscription store.
type digestRun struct {
	t      *testing.T
	fake   *fakediscord.Server
	clock  *schedtest.Clock
	subs   *schedule.Store
	path   string
	poster *Poster
	logger *slog.Logger
	logs   *syncbuf.Buffer
	cancel context.CancelFunc
	done   chan error
}

func newDigestRun(t *testing.T, start time.Time) *digestRun {
	t.Helper()
	fake := fakediscord.New(secretToken, testAppID, 45*time.Second)
	t.Cleanup(fake.Close)
	logger, logs := newLogger()
	poster, err := NewPoster(testConfig(t, fake, nil), realService(t), logger)
	if err != nil {
		t.Fatal(err)
	}
	r := &digestRun{t: t, fake: fake, clock: schedtest.NewClock(t, start), poster: poster, logger: logger, logs: logs}
	r.subs, r.path = openSubs(t)
	t.Cleanup(r.stop)
	return r
}

// start runs a scheduler and waits until it sleeps.
func (r *digestRun) start() {
	r.t.Helper()
	n := r.clock.Armed()
	sched := schedule.NewScheduler(r.subs, r.poster.Post, schedule.Options{
		Clock: r.clock, Logger: r.logger, Backoff: []time.Duration{}, MaxWait: time.Hour,
	})
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel, r.done = cancel, make(chan error, 1)
	go func() { r.done <- sched.Run(ctx) }()
	r.clock.WaitArmed(n + 1)
}

// stop stops the scheduler, as a process exiting.
func (r *digestRun) stop() {
	if r.cancel == nil {
		return
	}
	r.cancel()
	if err := <-r.done; err != nil {
		r.t.Errorf("scheduler: %v", err)
	}
	r.cancel = nil
}

// restart stops the scheduler, reopens the store and starts again.
func (r *digestRun) restart() {
	r.t.Helper()
	r.stop()
	if err := r.subs.Close(); err != nil {
		r.t.Fatal(err)
	}
	s, err := schedule.Open(r.path, 0)
	if err != nil {
		r.t.Fatal(err)
	}
	r.subs = s
	r.t.Cleanup(func() { s.Close() })
	r.start()
}

func (r *digestRun) subscribe(channel, hhmm, tz string, skipEmpty bool) {
	r.t.Helper()
	n := r.clock.Armed()
	_, err := r.subs.Subscribe(schedule.Subscription{GuildID: testGuildID, ChannelID: channel, Time: hhmm, TZ: tz,
		SkipEmpty: skipEmpty, CreatedAt: r.clock.Now()})
	if err != nil {
		r.t.Fatal(err)
	}
	if r.cancel != nil {
		r.clock.WaitArmed(n + 1)
	}
}

// posted returns the messages the fake received, per channel, as
// "date: first line" for each day's first message, checking every message
// against Discord's limits.
func (r *digestRun) posted() map[string][]string {
	r.t.Helper()
	out := map[string][]string{}
	for _, q := range r.fake.Requests() {
		ch, ok := strings.CutPrefix(q.Path, fakediscord.APIPath+"channels/")
		if !ok || q.Method != "POST" {
			continue
		}
		ch = strings.TrimSuffix(ch, "/messages")
		checkMessage(r.t, q.Body)
		var m discordgo.MessageSend
		if err := json.Unmarshal(q.Body, &m); err != nil {
			r.t.Fatal(err)
		}
		if q.Header.Get("Authorization") != "Bot "+secretToken {
			r.t.Errorf("post to %s not authorised with the bot token", ch)
		}
		first, _, _ := strings.Cut(m.Content, "\n")
		if !strings.Contains(first, "continued") {
			out[ch] = append(out[ch], first)
		}
	}
	return out
}

// TestScheduledDigestsExactlyOnce drives the scheduler with the real
// Poster across two local midnights and a restart: one post per day per
// subscription, the day with news as embeds, days without a note or (with
// skip_empty) nothing.
func TestScheduledDigestsExactlyOnce(t *testing.T) {
	r := newDigestRun(t, time.Date(2025, 8, 15, 20, 0, 0, 0, time.UTC))
	r.start()
	r.subscribe("701", "23:30", "UTC", false)
	r.subscribe("702", "00:15", "Europe/Paris", true) // 22:15 UTC the day before
	r.clock.AdvanceTo(time.Date(2025, 8, 17, 12, 0, 0, 0, time.UTC))
	r.restart()
	r.clock.AdvanceTo(time.Date(2025, 8, 17, 20, 0, 0, 0, time.UTC)) // nothing due
	r.restart()
	r.clock.AdvanceTo(time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC))

	got := r.posted()
	want := map[string][]string{
		"701": {
			"No negotiation news in Parley's index for 2025-08-15 (UTC) — the 24 hours to 23:30.",
			"**Daily digest for 2025-08-16 (UTC)** — the 24 hours to 23:30: 2 articles",
			"No negotiation news in Parley's index for 2025-08-17 (UTC) — the 24 hours to 23:30.",
		},
		// Each post covers the 24 hours before it: the articles of the 16th
		// (07:00 and 18:30 UTC) go out at 00:15 on the 17th in Paris. The
		// posts of the 16th and 18th have no news and skip_empty is set.
		"702": {"**Daily digest for 2025-08-17 (Europe/Paris)** — the 24 hours to 00:15: 2 articles"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("posts:\n%v\nwant:\n%v\nlogs:\n%s", got, want, r.logs)
	}
	// The digest with news carries the articles as embeds, links safe.
	for _, q := range r.fake.Requests() {
		if strings.Contains(string(q.Body), "Daily digest for 2025-08-16 (UTC)") {
			checkAnswer(t, q.Body, true, false, "Anchorage summit ends without a ceasefire deal")
		}
	}
	for ch, day := range map[string]string{"701": "2025-08-17", "702": "2025-08-18"} {
		if s, _ := r.subs.Get(testGuildID, ch); s.LastPosted != day || s.Paused {
			t.Errorf("%s: %+v, want LastPosted %s", ch, s, day)
		}
	}
	checkNoToken(t, r.logs.String())
}

// TestPostRefusedPauses: Discord's 403 and 404 (and their JSON codes)
// pause the subscription with the reason, which /digest list shows; a
// 500 does not.
func TestPostRefusedPauses(t *testing.T) {
	r := newDigestRun(t, time.Date(2025, 8, 16, 6, 0, 0, 0, time.UTC))
	r.fake.FailChannel("701", 403, 50013, "Missing Permissions")
	r.fake.FailChannel("702", 404, 10003, "Unknown Channel")
	r.fake.FailChannel("703", 500, 0, "Internal Server Error")
	for _, ch := range []string{"701", "702", "703", "704"} {
		r.subscribe(ch, "08:00", "UTC", false)
	}
	r.start()
	r.clock.AdvanceTo(time.Date(2025, 8, 16, 9, 0, 0, 0, time.UTC))

	for _, tt := range []struct {
		ch     string
		paused bool
		reason string
	}{
		{"701", true, "Discord refused the post (HTTP 403, code 50013: Missing Permissions); Parley needs View Channel, Send Messages and Embed Links there"},
		{"702", true, "Discord refused the post (HTTP 404, code 10003: Unknown Channel)"},
		{"703", false, ""},
		{"704", false, ""},
	} {
		s, err := r.subs.Get(testGuildID, tt.ch)
		if err != nil {
			t.Fatal(err)
		}
		if s.Paused != tt.paused || !strings.Contains(s.PauseReason, tt.reason) {
			t.Errorf("%s: paused %v (%q), want %v (%q)", tt.ch, s.Paused, s.PauseReason, tt.paused, tt.reason)
		}
		if tt.ch == "703" && (s.LastError == "" || s.LastPosted != "") {
			t.Errorf("703: a 500 is a failed try: %+v", s)
		}
		if tt.ch == "704" && s.LastPosted != "2025-08-16" {
			t.Errorf("704 not posted: %+v", s)
		}
	}
	if !strings.Contains(r.logs.String(), "digest subscription paused") {
		t.Errorf("pause not logged:\n%s", r.logs)
	}

	// /digest list shows the pause and its reason.
	h := &handlers{svc: &fixture{}, x: Extras{Subs: r.subs, Now: r.clock.Now}, log: discardLogger()}
	resp, err := h.listSubs(t.Context(), reqOf(t, command(t, testGuildID, "700", permsMember, "digest", "list")))
	if err != nil {
		t.Fatal(err)
	}
	wantContains(t, resp.Data.Content, "<#701> at 08:00 UTC — **paused**: Discord refused the post (HTTP 403, code 50013: Missing Permissions)",
		"`/digest subscribe` again to resume", "<#703> at 08:00 UTC — today's post is overdue; last try failed: post digest to channel 703: HTTP 500",
		"<#704> at 08:00 UTC — next <t:1755417600:R>")
}

func reqOf(t *testing.T, raw []byte) *Request {
	t.Helper()
	var it discordgo.Interaction
	if err := json.Unmarshal(raw, &it); err != nil {
		t.Fatal(err)
	}
	return newRequest(&it)
}

// TestDigestMessagesSplit: a big day is split into messages of whole
// articles within Discord's limits, in order, up to maxDigestMessages.
func TestDigestMessagesSplit(t *testing.T) {
	long := strings.Repeat("Negotiators traded drafts late into the night over the corridor terms. ", 12)
	digest := func(n int) *answer.DigestAnswer {
		a := &answer.DigestAnswer{Date: "2025-08-16", TZ: "Europe/Kyiv"}
		for i := range n {
			a.Articles = append(a.Articles, answer.DigestArticle{
				Article: corpus.Ref{Title: fmt.Sprintf("Article %02d about the talks", i), Source: "Harbor Wire", URL: "https://news.example.com/" + fmt.Sprint(i)},
				Summary: long,
				Quotes:  []answer.QuoteHit{{Text: strings.Repeat("We will keep talking until there is a deal ", 6), Speaker: "Mara Vance", Role: "envoy"}},
				Meetings: []corpus.Meeting{{Summary: "Vienna round " + strings.Repeat("with many delegations ", 10), Date: "2025-08-16", Place: "Vienna",
					Attendees: []corpus.Person{{Name: "Mara Vance"}, {Name: "Tomas Reyes"}}}},
			})
		}
		return a
	}
	if msgs := digestMessages(&answer.DigestAnswer{Date: "2025-08-16", TZ: "UTC"}); msgs != nil {
		t.Errorf("empty day: %d messages", len(msgs))
	}
	more := regexp.MustCompile(`…and (\d+) more: ` + "`/digest show date:2025-08-16 tz:Europe/Kyiv`")
	for _, n := range []int{1, 7, 23, 80} {
		msgs := digestMessages(digest(n))
		if len(msgs) == 0 || len(msgs) > maxDigestMessages || (n == 1 && len(msgs) != 1) {
			t.Fatalf("n=%d: %d messages", n, len(msgs))
		}
		var titles []string
		for i, m := range msgs {
			b, _ := json.Marshal(m)
			checkMessage(t, b)
			if len(m.Embeds) == 0 || len(m.Embeds) > maxEmbeds || embedsLen(m.Embeds) > maxEmbedTotal {
				t.Errorf("n=%d message %d: %d embeds, %d characters", n, i, len(m.Embeds), embedsLen(m.Embeds))
			}
			if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
				t.Errorf("message %d allows mentions", i)
			}
			for _, e := range m.Embeds {
				titles = append(titles, e.Title)
				// Packing moves whole articles; it never shortens one.
				if !strings.Contains(e.Description, long[:400]) {
					t.Errorf("n=%d: description shortened to fit: %q", n, e.Description)
				}
			}
		}
		left := 0
		if sm := more.FindStringSubmatch(msgs[len(msgs)-1].Content); sm != nil {
			left, _ = strconv.Atoi(sm[1])
		}
		if len(titles)+left != n || !sort.StringsAreSorted(titles) {
			t.Errorf("n=%d: %d articles shown, %d announced as more, in order: %v", n, len(titles), left, sort.StringsAreSorted(titles))
		}
		if n == 80 && (left == 0 || len(msgs) != maxDigestMessages) {
			t.Errorf("n=80: %d messages, %d more", len(msgs), left)
		}
		wantContains(t, msgs[0].Content, fmt.Sprintf("**Daily digest for 2025-08-16 (Europe/Kyiv)**: %d article", n))
	}
}
