package bot

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/bot/internal/fakediscord"
	"github.com/parley-bot/parley/internal/syncbuf"
)

// stdLog catches what discordgo writes through the standard logger, so
// TestMain can check that the token never appears there either.
var stdLog syncbuf.Buffer

func TestMain(m *testing.M) {
	log.SetOutput(&stdLog)
	code := m.Run()
	if strings.Contains(stdLog.String(), secretToken) {
		fmt.Fprintln(os.Stderr, "FAIL: the bot token appeared in discordgo's log output")
		code = 1
	}
	os.Exit(code)
}

const (
	testAppID   = "900"
	testGuildID = "800"
	waitLong    = 15 * time.Second
)

// harness is a running bot (gateway or HTTP mode) talking to a fake
// Discord.
type harness struct {
	mode string // "gateway" or "http"
	fake *fakediscord.Server
	logs *syncbuf.Buffer
	// send delivers an interaction the way Discord would in this mode.
	send func(t *testing.T, raw []byte)
	// stop shuts the bot down gracefully and returns its error.
	stop func() error
	// url and key are the HTTP mode's endpoint base and Discord's key.
	url string
	key ed25519.PrivateKey
}

type mode struct {
	name  string
	start func(t *testing.T, svc Answerer, tweak func(*Config)) *harness
}

var modes = []mode{{"gateway", startGateway}, {"http", startHTTP}}

func testConfig(t *testing.T, fake *fakediscord.Server, tweak func(*Config)) Config {
	t.Helper()
	cfg, err := ConfigFromEnv(env(map[string]string{
		"DISCORD_TOKEN":    secretToken,
		"DISCORD_API_URL":  fake.APIBase,
		"DISCORD_GUILD_ID": testGuildID,
	}))
	if err != nil {
		t.Fatal(err)
	}
	cfg.ShutdownGrace = 10 * time.Second
	if tweak != nil {
		tweak(&cfg)
	}
	return cfg
}

func newLogger() (*slog.Logger, *syncbuf.Buffer) {
	buf := &syncbuf.Buffer{}
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})), buf
}

// startGateway runs RunGateway against a fake Discord and waits until the
// commands are registered.
func startGateway(t *testing.T, svc Answerer, tweak func(*Config)) *harness {
	t.Helper()
	fake := fakediscord.New(secretToken, testAppID, 45*time.Second)
	t.Cleanup(fake.Close)
	cfg := testConfig(t, fake, tweak)
	logger, logs := newLogger()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- RunGateway(ctx, cfg, svc, logger) }()
	h := &harness{mode: "gateway", fake: fake, logs: logs}
	var once sync.Once
	var stopErr error
	h.stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(waitLong):
				stopErr = fmt.Errorf("RunGateway did not return")
			}
		})
		return stopErr
	}
	t.Cleanup(func() {
		if err := h.stop(); err != nil {
			t.Errorf("stopping the gateway bot: %v", err)
		}
		checkNoToken(t, logs.String())
	})
	h.send = func(t *testing.T, raw []byte) {
		t.Helper()
		if err := fake.Dispatch("INTERACTION_CREATE", raw); err != nil {
			t.Fatal(err)
		}
	}
	if !waitFor(waitLong, func() bool { return strings.Contains(logs.String(), "bot running") }) {
		select {
		case err := <-done:
			t.Fatalf("RunGateway returned early: %v\nlogs:\n%s", err, logs)
		default:
			t.Fatalf("commands were never registered; logs:\n%s", logs)
		}
	}
	return h
}

func isRegistration(r fakediscord.Request) bool {
	return r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands")
}

// startHTTP serves NewServer's handler and plays Discord posting signed
// interactions to it.
func startHTTP(t *testing.T, svc Answerer, tweak func(*Config)) *harness {
	t.Helper()
	fake := fakediscord.New(secretToken, testAppID, 45*time.Second)
	t.Cleanup(fake.Close)
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, fake, func(c *Config) {
		c.PublicKey = hex.EncodeToString(pub)
		if tweak != nil {
			tweak(c)
		}
	})
	logger, logs := newLogger()
	srv, err := NewServer(cfg, svc, logger)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	h := &harness{mode: "http", fake: fake, logs: logs}
	var once sync.Once
	var stopErr error
	h.stop = func() error {
		once.Do(func() {
			hs.Close()
			ctx, cancel := context.WithTimeout(context.Background(), waitLong)
			defer cancel()
			stopErr = srv.Shutdown(ctx)
		})
		return stopErr
	}
	t.Cleanup(func() {
		if err := h.stop(); err != nil {
			t.Errorf("stopping the HTTP bot: %v", err)
		}
		checkNoToken(t, logs.String())
	})
	h.send = func(t *testing.T, raw []byte) {
		t.Helper()
		status, body, err := fake.PostInteraction(hs.URL+"/interactions", priv, raw, time.Now())
		if err != nil || status != 200 {
			t.Fatalf("POST /interactions: %d %s %v", status, body, err)
		}
	}
	h.url, h.key = hs.URL, priv
	return h
}

func checkNoToken(t *testing.T, logs string) {
	t.Helper()
	if strings.Contains(logs, secretToken) {
		t.Errorf("the bot token appears in the logs")
	}
}

// interaction reads testdata/interactions/name.json.
func interaction(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "interactions", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// withIDs rewrites an interaction's id and token, so one payload can be
// sent several times and each answer told apart.
func withIDs(t *testing.T, raw []byte, id, token string) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	m["id"], m["token"] = id, token
	b, _ := json.Marshal(m)
	return b
}

func idToken(t *testing.T, raw []byte) (string, string) {
	t.Helper()
	var it struct{ ID, Token string }
	if err := json.Unmarshal(raw, &it); err != nil {
		t.Fatal(err)
	}
	return it.ID, it.Token
}

// response is an interaction callback as Discord received it.
type response struct {
	Type int             `json:"type"`
	Data json.RawMessage `json:"data"`
}

func (r response) data() map[string]any {
	var m map[string]any
	_ = json.Unmarshal(r.Data, &m)
	return m
}

// first waits for the first response to interaction id.
func (h *harness) first(t *testing.T, raw []byte) response {
	t.Helper()
	id, token := idToken(t, raw)
	path := fakediscord.APIPath + "interactions/" + id + "/" + token + "/callback"
	r, ok := h.fake.WaitRequest(waitLong, func(r fakediscord.Request) bool { return r.Path == path })
	if !ok {
		t.Fatalf("%s: no response to interaction %s; logs:\n%s", h.mode, id, h.logs)
	}
	var resp response
	if err := json.Unmarshal(r.Body, &resp); err != nil {
		t.Fatalf("response is not JSON: %s", r.Body)
	}
	return resp
}

// edit waits for the edit of @original (or a follow-up) for token.
func (h *harness) edit(t *testing.T, token, method string) fakediscord.Request {
	t.Helper()
	prefix := fakediscord.APIPath + "webhooks/" + testAppID + "/" + token
	r, ok := h.fake.WaitRequest(waitLong, func(r fakediscord.Request) bool {
		return r.Method == method && strings.HasPrefix(r.Path, prefix)
	})
	if !ok {
		t.Fatalf("%s: no %s to %s; logs:\n%s", h.mode, method, prefix, h.logs)
	}
	return r
}

// roundTrip sends an interaction and returns its first response.
func (h *harness) roundTrip(t *testing.T, raw []byte) response {
	t.Helper()
	h.send(t, raw)
	return h.first(t, raw)
}

// waitFor polls cond until it holds or timeout passes.
func waitFor(timeout time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return cond()
}
