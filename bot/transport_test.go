package bot

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/bot/internal/fakediscord"
)

// Transport-specific tests: the HTTP endpoint's checks, the gateway's
// reconnection, heartbeats and shutdown.

func TestHTTPRefusesBadRequests(t *testing.T) {
	h := startHTTP(t, realService(t), nil)
	raw := interaction(t, "search")
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	now := time.Now()
	sign := func(key ed25519.PrivateKey, ts string, body []byte) http.Header {
		hd := http.Header{}
		hd.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))))
		hd.Set("X-Signature-Timestamp", ts)
		return hd
	}
	stamp := strconv.FormatInt(now.Unix(), 10)
	tests := []struct {
		name   string
		header http.Header
		body   []byte
		want   int
	}{
		{"no headers", http.Header{}, raw, 401},
		{"wrong key", sign(otherKey, stamp, raw), raw, 401},
		{"tampered body", sign(h.key, stamp, raw), append([]byte(nil), strings.Replace(string(raw), "ceasefire", "ceasefirE", 1)...), 401},
		{"not hex", http.Header{"X-Signature-Ed25519": {"zz"}, "X-Signature-Timestamp": {stamp}}, raw, 401},
		{"old timestamp", sign(h.key, strconv.FormatInt(now.Add(-6*time.Minute).Unix(), 10), raw), raw, 401},
		{"future timestamp", sign(h.key, strconv.FormatInt(now.Add(6*time.Minute).Unix(), 10), raw), raw, 401},
		{"not a number", sign(h.key, "yesterday", raw), raw, 401},
		{"too big", sign(h.key, stamp, make([]byte, 2<<20)), make([]byte, 2<<20), 413},
		{"signed garbage", sign(h.key, stamp, []byte("{not json")), []byte("{not json"), 400},
	}
	for _, tt := range tests {
		status, body, err := h.fake.PostRaw(h.url+"/interactions", tt.header, tt.body)
		if err != nil {
			t.Fatal(err)
		}
		if status != tt.want {
			t.Errorf("%s: status %d, want %d (%s)", tt.name, status, tt.want, body)
		}
	}
	// Nothing refused reached a handler.
	for _, r := range h.fake.Requests() {
		if strings.Contains(r.Path, "/callback") {
			t.Errorf("a refused request was answered: %s", r.Body)
		}
	}
}

func TestHTTPPingHealthMetrics(t *testing.T) {
	h := startHTTP(t, realService(t), nil)
	status, body, err := h.fake.PostInteraction(h.url+"/interactions", h.key, interaction(t, "ping"), time.Now())
	if err != nil || status != 200 || strings.TrimSpace(string(body)) != `{"type":1}` {
		t.Fatalf("PING: %d %s %v", status, body, err)
	}
	h.roundTrip(t, interaction(t, "search"))
	h.roundTrip(t, interaction(t, "search_bad_date"))

	get := func(path string) (int, string) {
		resp, err := http.Get(h.url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("/healthz: %d %q", code, body)
	}
	wants := []string{
		`parley_commands_total{command="search",outcome="ok"} 1`,
		`parley_commands_total{command="search",outcome="input_error"} 1`,
		`parley_command_duration_seconds_bucket{command="search",le="+Inf"} 2`,
		`parley_index_bytes `,
		`parley_index_articles 3`,
	}
	// An interaction is counted just after its response is written.
	var metrics string
	waitFor(waitLong, func() bool {
		var code int
		code, metrics = get("/metrics")
		for _, w := range wants {
			if code != 200 || !strings.Contains(metrics, w) {
				return false
			}
		}
		return true
	})
	for _, want := range wants {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if code, _ := get("/interactions"); code != http.StatusMethodNotAllowed {
		t.Errorf("GET /interactions: %d", code)
	}
}

func TestGatewayReconnectsAndKeepsAnswering(t *testing.T) {
	h := startGateway(t, realService(t), nil)
	if resp := h.roundTrip(t, interaction(t, "who")); resp.Type != 4 {
		t.Fatalf("before the disconnect: %d", resp.Type)
	}
	h.fake.Disconnect()
	if !h.fake.Wait(waitLong, func() bool {
		st := h.fake.GatewayLocked()
		return st.Connected && st.Connects == 2
	}) {
		st := h.fake.Gateway()
		t.Fatalf("no reconnection: connected %v, %d connects\nlogs:\n%s", st.Connected, st.Connects, h.logs)
	}
	st := h.fake.Gateway()
	if st.Resumes != 1 || st.Identifies != 1 {
		t.Errorf("reconnected with %d identifies and %d resumes, want a resume", st.Identifies, st.Resumes)
	}
	raw := withIDs(t, interaction(t, "search"), "after-reconnect", "tok-after")
	if resp := h.roundTrip(t, raw); resp.Type != 4 || len(list(resp.data(), "embeds")) == 0 {
		t.Errorf("after the reconnect: %d %s", resp.Type, resp.Data)
	}
	// discordgo runs event handlers in goroutines of their own: the RESUMED
	// handler's log line may come after the fake has counted the resume
	if !waitFor(waitLong, func() bool { return strings.Contains(h.logs.String(), "gateway resumed") }) {
		t.Errorf("resume not logged:\n%s", h.logs)
	}
}

func TestGatewayHeartbeats(t *testing.T) {
	// discordgo reconnects when an ACK is 5 intervals late: keep the
	// interval long enough for a loaded machine.
	fake := fakediscord.New(secretToken, testAppID, 500*time.Millisecond)
	defer fake.Close()
	cfg := testConfig(t, fake, nil)
	logger, logs := newLogger()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- RunGateway(ctx, cfg, realService(t), logger) }()
	if !fake.Wait(waitLong, func() bool { return fake.GatewayLocked().Heartbeats >= 3 }) {
		t.Errorf("heartbeats: %d", fake.Gateway().Heartbeats)
	}
	if st := fake.Gateway(); st.Identifies != 1 || st.Resumes != 0 || !st.Connected {
		t.Errorf("acknowledged heartbeats should keep one session: %d identifies, %d resumes, connected %v", st.Identifies, st.Resumes, st.Connected)
	}
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
	checkNoToken(t, logs.String())
}

// TestGatewayShutdownFinishesInFlight cancels the bot while an answer is
// being computed: the answer must still be sent before RunGateway returns.
func TestGatewayShutdownFinishesInFlight(t *testing.T) {
	svc := slow{Answerer: realService(t), delay: 700 * time.Millisecond}
	h := startGateway(t, svc, func(c *Config) { c.ReplyWithin = 50 * time.Millisecond })
	raw := interaction(t, "search")
	h.send(t, raw)
	if first := h.first(t, raw); first.Type != 5 {
		t.Fatalf("first response %d, want deferred", first.Type)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	_, token := idToken(t, raw)
	found := false
	for _, r := range h.fake.Requests() {
		if r.Method == "PATCH" && strings.Contains(r.Path, token) {
			found = true
		}
	}
	if !found {
		t.Error("the answer in flight was not sent before shutdown finished")
	}
	// New interactions are no longer taken once stopped: the gateway is closed.
	if err := h.fake.Dispatch("INTERACTION_CREATE", interaction(t, "who")); err == nil {
		t.Error("the gateway is still connected after shutdown")
	}
}

func TestGatewayBadTokenNeverShown(t *testing.T) {
	fake := fakediscord.New("the-right-token", testAppID, 45*time.Second)
	defer fake.Close()
	cfg := testConfig(t, fake, nil) // carries secretToken, which the fake refuses
	logger, logs := newLogger()
	ctx, cancel := context.WithTimeout(context.Background(), waitLong)
	defer cancel()
	err := RunGateway(ctx, cfg, realService(t), logger)
	if err == nil {
		t.Fatal("RunGateway accepted a refused token")
	}
	t.Logf("error: %v", err)
	if strings.Contains(err.Error(), secretToken) {
		t.Errorf("error shows the token: %v", err)
	}
	if strings.Contains(err.Error(), "discord.com") {
		t.Errorf("error names discordgo's default base, not DISCORD_API_URL: %v", err)
	}
	checkNoToken(t, logs.String())
}

// TestServeRegistersGlobally runs the whole HTTP mode (Serve) without a
// guild: commands go to the global endpoint, then it answers and stops.
func TestServeRegistersGlobally(t *testing.T) {
	fake := fakediscord.New(secretToken, testAppID, 45*time.Second)
	defer fake.Close()
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	cfg := testConfig(t, fake, func(c *Config) {
		c.GuildID, c.AppID, c.PublicKey = "", testAppID, hex.EncodeToString(pub)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logger, logs := newLogger()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, cfg, ln, realService(t), logger) }()
	r, ok := fake.WaitRequest(waitLong, isRegistration)
	if !ok || r.Path != "/api/v9/applications/"+testAppID+"/commands" {
		t.Fatalf("registration: %v %s", ok, r.Path)
	}
	url := "http://" + ln.Addr().String() + "/interactions"
	if !waitFor(waitLong, func() bool {
		status, _, _ := fake.PostInteraction(url, priv, interaction(t, "about"), time.Now())
		return status == 200
	}) {
		t.Fatalf("Serve never answered; logs:\n%s", logs)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
	checkNoToken(t, logs.String())
}

func TestRebaserMovesOnlyDiscordAPI(t *testing.T) {
	var got []string
	rt, err := newRebaser("https://discord.com/api/v9/", "http://127.0.0.1:9/proxy/api/v9/", roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got = append(got, r.URL.String())
		return &http.Response{StatusCode: 204, Body: http.NoBody, Request: r}, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{
		"https://discord.com/api/v9/webhooks/1/tok/messages/@original?wait=true",
		"https://cdn.discordapp.com/avatars/1/2.png",
	} {
		req, _ := http.NewRequest("GET", u, nil)
		if _, err := rt.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"http://127.0.0.1:9/proxy/api/v9/webhooks/1/tok/messages/@original?wait=true", "https://cdn.discordapp.com/avatars/1/2.png"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("requests went to %v, want %v", got, want)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
