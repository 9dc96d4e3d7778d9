package bot

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// End-to-end tests: real interactions (testdata/interactions/*.json) sent
// through discordgo's real client (gateway) or as signed HTTP requests,
// answered by the bot, and checked as the fake Discord received them.

const ephemeralFlag = 64

func flags(d map[string]any) int {
	f, _ := d["flags"].(float64)
	return int(f)
}

func TestEveryCommand(t *testing.T) {
	tests := []struct {
		file      string
		typ       int  // response type
		ephemeral bool // flag 64
		embeds    bool // at least one embed
		buttons   bool // paging buttons
		contains  string
	}{
		{"search", 4, false, true, true, "Passages 1–5 of 8 for “ceasefire talks”"},
		{"search_private", 4, true, true, false, "source Harbor Wire"},
		{"search_empty", 4, false, false, false, "No passages found for “zebra xylophone” (since 2025-01-01)"},
		{"search_bad_date", 4, true, false, false, `since "2025-13-45"`},
		{"quotes", 4, false, true, false, "Quotes with “ceasefire”"},
		{"who", 4, false, true, false, "Who attended: Anchorage"},
		{"ask", 4, false, true, false, "answered with `/who`"},
		{"digest_show", 4, false, true, false, "Digest for 2025-08-16 (UTC)"},
		{"digest_subscribe", 4, true, false, false, "is not configured"},
		{"digest_subscribe_denied", 4, true, false, false, "Manage Server"},
		{"about", 4, true, true, false, "Articles"},
		{"button_next", 7, false, true, true, "Passages 6–8 of 8"},
	}
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			h := m.start(t, realService(t), func(c *Config) { c.RateBurst = 100 })
			for _, tt := range tests {
				t.Run(tt.file, func(t *testing.T) {
					raw := interaction(t, tt.file)
					if tt.file == "digest_show" {
						// digest show is deferred at once: check the edit.
						h.send(t, raw)
						first := h.first(t, raw)
						if first.Type != 5 {
							t.Fatalf("first response type %d, want 5 (deferred)", first.Type)
						}
						_, token := idToken(t, raw)
						ed := h.edit(t, token, "PATCH")
						checkAnswer(t, ed.Body, tt.embeds, tt.buttons, tt.contains)
						return
					}
					resp := h.roundTrip(t, raw)
					if resp.Type != tt.typ {
						t.Fatalf("response type %d, want %d: %s", resp.Type, tt.typ, resp.Data)
					}
					if got := flags(resp.data())&ephemeralFlag != 0; got != tt.ephemeral {
						t.Errorf("ephemeral = %v, want %v", got, tt.ephemeral)
					}
					checkAnswer(t, resp.Data, tt.embeds, tt.buttons, tt.contains)
				})
			}
		})
	}
}

// checkAnswer checks message data: limits and mentions, and what it shows.
func checkAnswer(t *testing.T, data []byte, embeds, buttons bool, contains string) {
	t.Helper()
	checkMessage(t, data)
	var d struct {
		Content    string                    `json:"content"`
		Embeds     []*discordgo.MessageEmbed `json:"embeds"`
		Components []json.RawMessage         `json:"components"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	if (len(d.Embeds) > 0) != embeds {
		t.Errorf("embeds = %d, want some: %v", len(d.Embeds), embeds)
	}
	if (len(d.Components) > 0) != buttons {
		t.Errorf("components = %d, want some: %v", len(d.Components), buttons)
	}
	if !strings.Contains(string(data), contains) && !strings.Contains(d.Content, contains) {
		t.Errorf("answer does not contain %q: %s", contains, data)
	}
	for _, e := range d.Embeds {
		if e.URL != "" && !strings.HasPrefix(e.URL, "https://") {
			t.Errorf("embed links to %q", e.URL)
		}
	}
}

func TestAutocomplete(t *testing.T) {
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			h := m.start(t, realService(t), nil)
			resp := h.roundTrip(t, interaction(t, "autocomplete_speaker"))
			if resp.Type != 8 {
				t.Fatalf("type %d, want 8", resp.Type)
			}
			d := resp.data()
			if p := choicesProblems(d); len(p) > 0 {
				t.Errorf("choices: %v", p)
			}
			if len(d) != 1 {
				t.Errorf("an autocomplete result carries choices only: %s", resp.Data)
			}
			// "Mar" completes to the indexed speaker.
			if cs := list(d, "choices"); len(cs) == 0 || str(cs[0].(map[string]any), "value") != "Mara Vance" {
				t.Errorf("choices = %s", resp.Data)
			}
		})
	}
}

func TestCommandsRegistered(t *testing.T) {
	h := startGateway(t, realService(t), nil)
	r, _ := h.fake.WaitRequest(waitLong, isRegistration)
	if want := "/api/v9/applications/" + testAppID + "/guilds/" + testGuildID + "/commands"; r.Path != want {
		t.Errorf("registered at %s, want %s", r.Path, want)
	}
	if r.Header.Get("Authorization") != "Bot "+secretToken {
		t.Errorf("registration not authorised with the bot token")
	}
	var cmds []*discordgo.ApplicationCommand
	if err := json.Unmarshal(r.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	names := map[string]*discordgo.ApplicationCommand{}
	for _, c := range cmds {
		names[c.Name] = c
	}
	for _, n := range []string{"search", "quotes", "who", "ask", "digest", "about", "feeds", "ingest"} {
		if names[n] == nil {
			t.Errorf("command /%s not registered", n)
		}
	}
	// Admin-only commands are hidden from members without Manage Server;
	// /digest stays open for show and list.
	for n, want := range map[string]int64{"feeds": discordgo.PermissionManageGuild, "ingest": discordgo.PermissionManageGuild, "digest": 0} {
		var got int64
		if c := names[n]; c != nil && c.DefaultMemberPermissions != nil {
			got = *c.DefaultMemberPermissions
		}
		if got != want {
			t.Errorf("/%s default_member_permissions = %d, want %d", n, got, want)
		}
	}
	hasPrivate := func(opts []*discordgo.ApplicationCommandOption) bool {
		for _, o := range opts {
			if o.Name == "private" && o.Type == discordgo.ApplicationCommandOptionBoolean {
				return true
			}
		}
		return false
	}
	for _, n := range []string{"search", "quotes", "who", "ask", "about"} {
		if c := names[n]; c != nil && !hasPrivate(c.Options) {
			t.Errorf("/%s has no private option", n)
		}
	}
	auto := map[string]bool{}
	for _, c := range cmds {
		for _, o := range c.Options {
			if o.Autocomplete {
				auto[c.Name+" "+o.Name] = true
			}
		}
	}
	for _, want := range []string{"search source", "quotes speaker", "who meeting"} {
		if !auto[want] {
			t.Errorf("%s is not autocompleted", want)
		}
	}
	if d := names["digest"]; d != nil {
		subs := map[string]bool{}
		for _, o := range d.Options {
			subs[o.Name] = o.Type == discordgo.ApplicationCommandOptionSubCommand
		}
		if !subs["show"] || !subs["subscribe"] || !subs["unsubscribe"] || !subs["list"] {
			t.Errorf("digest subcommands = %v", subs)
		}
	}
	st := h.fake.Gateway()
	if st.Identifies != 1 {
		t.Errorf("identifies = %d", st.Identifies)
	}
	var id struct {
		Intents int `json:"intents"`
	}
	for _, f := range st.Frames {
		if f.Op == 2 {
			_ = json.Unmarshal(f.Data, &id)
		}
	}
	if id.Intents != int(discordgo.IntentsGuilds) {
		t.Errorf("intents = %d, want guilds only", id.Intents)
	}
}

func TestDeferredWhenSlow(t *testing.T) {
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			svc := slow{Answerer: realService(t), delay: 400 * time.Millisecond}
			h := m.start(t, svc, func(c *Config) { c.ReplyWithin = 50 * time.Millisecond })

			for _, tc := range []struct {
				file      string
				firstType int
				ephemeral bool
				buttons   bool
			}{{"search", 5, false, true}, {"search_private", 5, true, false}, {"who", 5, false, false}, {"button_next", 6, false, true}} {
				raw := withIDs(t, interaction(t, tc.file), "slow-"+tc.file, "tok-slow-"+tc.file)
				first := h.roundTrip(t, raw)
				if first.Type != tc.firstType {
					t.Fatalf("%s: first response type %d, want %d", tc.file, first.Type, tc.firstType)
				}
				if got := flags(first.data())&ephemeralFlag != 0; got != tc.ephemeral {
					t.Errorf("%s: deferred ephemeral = %v, want %v", tc.file, got, tc.ephemeral)
				}
				ed := h.edit(t, "tok-slow-"+tc.file, "PATCH")
				if !strings.HasSuffix(ed.Path, "/messages/@original") {
					t.Errorf("%s: edit went to %s", tc.file, ed.Path)
				}
				checkAnswer(t, ed.Body, true, tc.buttons, "")
			}

			// A deferred button whose answer is an error gets an ephemeral
			// follow-up; the page it was on stays as it was.
			bad := strings.Replace(string(withIDs(t, interaction(t, "button_next"), "slow-bad", "tok-slow-bad")),
				`ceasefire talks"`, `ceasefire talks|20251345"`, 1)
			if first := h.roundTrip(t, []byte(bad)); first.Type != 6 {
				t.Fatalf("bad button: first response %d, want 6", first.Type)
			}
			fu := h.edit(t, "tok-slow-bad", "POST")
			checkMessage(t, fu.Body)
			if d := fu.JSON(); flags(d)&ephemeralFlag == 0 || !strings.Contains(str(d, "content"), "2025-13-45") {
				t.Errorf("follow-up: %s", fu.Body)
			}

			// Autocompletion cannot be deferred: an empty list in time.
			raw := withIDs(t, interaction(t, "autocomplete_speaker"), "slow-auto", "tok-slow-auto")
			resp := h.roundTrip(t, raw)
			if choices, ok := resp.data()["choices"].([]any); resp.Type != 8 || !ok || len(choices) != 0 {
				t.Errorf("slow autocomplete: %d %s", resp.Type, resp.Data)
			}
		})
	}
}

func TestRateLimit(t *testing.T) {
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			h := m.start(t, realService(t), func(c *Config) { c.RateBurst, c.RateWindow = 3, time.Minute })
			raw := interaction(t, "search")
			for i := 0; i < 4; i++ {
				r := withIDs(t, raw, fmt.Sprint("rl-", i), fmt.Sprint("tok-rl-", i))
				resp := h.roundTrip(t, r)
				d := resp.data()
				limited := strings.Contains(str(d, "content"), "faster than Parley can answer")
				if limited != (i == 3) {
					t.Fatalf("request %d: limited = %v: %s", i, limited, resp.Data)
				}
				if limited && flags(d)&ephemeralFlag == 0 {
					t.Error("rate-limit notice is not ephemeral")
				}
			}
			// Another user is not affected.
			other := strings.Replace(string(withIDs(t, raw, "rl-other", "tok-rl-other")), `"600"`, `"612"`, 1)
			if resp := h.roundTrip(t, []byte(other)); strings.Contains(str(resp.data(), "content"), "faster") {
				t.Error("another user was rate-limited")
			}
		})
	}
}

func TestPanicIsRecovered(t *testing.T) {
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			h := m.start(t, panicky{realService(t)}, nil)
			resp := h.roundTrip(t, interaction(t, "search"))
			d := resp.data()
			if resp.Type != 4 || flags(d)&ephemeralFlag == 0 || !strings.Contains(str(d, "content"), "something broke") {
				t.Errorf("panic answer: %d %s", resp.Type, resp.Data)
			}
			if logs := h.logs.String(); !strings.Contains(logs, "handler panicked") || !strings.Contains(logs, "command=search") || !strings.Contains(logs, "index exploded") {
				t.Errorf("panic not logged with its command:\n%s", logs)
			}
			// The bot keeps answering.
			if resp := h.roundTrip(t, interaction(t, "who")); resp.Type != 4 || len(list(resp.data(), "embeds")) == 0 {
				t.Errorf("after the panic: %d %s", resp.Type, resp.Data)
			}
		})
	}
}

// TestSlowAnswerDoesNotBlockOthers holds the only answer slot with a slow
// search; a second command must still get its first response in time
// (deferred) and its answer once the slot is free.
func TestSlowAnswerDoesNotBlockOthers(t *testing.T) {
	svc := slow{Answerer: realService(t), delay: 800 * time.Millisecond}
	h := startGateway(t, svc, func(c *Config) { c.MaxConcurrent, c.ReplyWithin = 1, 100*time.Millisecond })
	search := withIDs(t, interaction(t, "search"), "busy-1", "tok-busy-1")
	about := withIDs(t, interaction(t, "about"), "busy-2", "tok-busy-2")
	h.send(t, search)
	// The search's deferral shows it holds the slot (it is the only answer).
	if r := h.first(t, search); r.Type != 5 {
		t.Fatalf("search: first response %d, want deferred", r.Type)
	}
	h.send(t, about)
	// Blocked behind the search, /about would answer (type 4) only after
	// it; instead it is deferred in time and answered by an edit.
	if r := h.first(t, about); r.Type != 5 || flags(r.data())&ephemeralFlag == 0 {
		t.Errorf("/about behind a busy slot: first response %d %s, want an ephemeral deferral", r.Type, r.Data)
	}
	ed := h.edit(t, "tok-busy-2", "PATCH")
	checkAnswer(t, ed.Body, true, false, "")
	h.edit(t, "tok-busy-1", "PATCH")
}
