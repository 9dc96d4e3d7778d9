package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/internal/syncbuf"
	"github.com/parley-bot/parley/schedule"
)

func TestBotNeedsItsVariable(t *testing.T) {
	tests := []struct {
		args []string
		vars map[string]string
		want string
	}{
		{[]string{"bot"}, nil, "parley: DISCORD_TOKEN: not set; get one in the Discord Developer Portal"},
		{[]string{"serve"}, map[string]string{"DISCORD_TOKEN": "t"}, "parley: DISCORD_PUBLIC_KEY: not set"},
		{[]string{"serve"}, map[string]string{"DISCORD_PUBLIC_KEY": "zz"}, "parley: DISCORD_PUBLIC_KEY: must be the 64 hex digits"},
		{[]string{"bot"}, map[string]string{"DISCORD_TOKEN": "t", "DISCORD_API_URL": "ftp://x"}, "parley: DISCORD_API_URL:"},
	}
	for _, tt := range tests {
		data := filepath.Join(t.TempDir(), "data")
		vars := map[string]string{"PARLEY_DATA": data}
		for k, v := range tt.vars {
			vars[k] = v
		}
		out, errs, code := parleyEnv(t, vars, tt.args...)
		if code != 2 || out != "" || !strings.HasPrefix(errs, tt.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v %v: exit %d, stderr %q; want 2 and one line starting %q", tt.args, tt.vars, code, errs, tt.want)
		}
		if _, err := os.Stat(data); err == nil {
			t.Errorf("%v: the data dir was created before the configuration was checked", tt.args)
		}
	}
}

// fakeDiscordREST is the little of Discord's REST API that `parley serve`
// calls at start: the bulk overwrite of commands.
func fakeDiscordREST(t *testing.T, token string) (*httptest.Server, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var calls []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		calls = append(calls, r.Method+" "+r.URL.Path+" auth="+strconv.FormatBool(r.Header.Get("Authorization") == "Bot "+token))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/commands") {
			w.Write(body)
			return
		}
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"message":"404: Not Found","code":0}`)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), calls...) }
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestServeRunsFeedsAndSubscriptions runs `parley serve` as a user would:
// it registers the commands, reads PARLEY_FEEDS into the index at once,
// answers a signed /digest subscribe into state.db, and on cancellation
// stops and releases the data dir for the next command.
func TestServeRunsFeedsAndSubscriptions(t *testing.T) {
	const token = "serve-test-token-never-logged"
	feedSrv := feedServer(t)
	discord, calls := fakeDiscordREST(t, token)
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	addr := freeAddr(t)
	vars := map[string]string{
		"PARLEY_DATA": data, "PARLEY_FEEDS": feedSrv.At("/atom.xml"), "PARLEY_ALLOW_PRIVATE_URLS": "1",
		"DISCORD_TOKEN": token, "DISCORD_APP_ID": "900", "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
		"DISCORD_API_URL": discord.URL + "/api/v9/", "LOG_LEVEL": "debug",
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncbuf.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", addr}, func(k string) string { return vars[k] }, strings.NewReader(""), &stdout, &stderr)
	}()

	// The feed is read at start, into the index the server owns.
	ingested := func() bool {
		st, err := feeds.ReadStatus(data, []string{feedSrv.At("/atom.xml")})
		return err == nil && len(st) == 1 && st[0].Ingested > 0
	}
	deadline := time.Now().Add(20 * time.Second)
	for !ingested() && time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("serve returned early: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if !ingested() {
		t.Fatalf("the feed was not ingested within one poll:\n%s", stderr.String())
	}

	// Other commands on the data dir are answered by the running server:
	// the day's digest shows the feed's items.
	out, errs, code := parleyEnv(t, map[string]string{"PARLEY_DATA": data}, "digest", "--json", "--date", "2025-03-14")
	if code != 0 {
		t.Fatalf("digest while serve runs: exit %d: %s", code, errs)
	}
	if d := decode[answer.DigestAnswer](t, out); len(d.Articles) == 0 {
		t.Errorf("digest of the feed's day while serve runs is empty: %s", out)
	}

	// A signed /digest subscribe, as Discord would post it.
	body := `{"id":"1","type":2,"token":"tok","guild_id":"800","channel_id":"700","application_id":"900","version":1,` +
		`"member":{"user":{"id":"600","username":"ana"},"permissions":"32"},` +
		`"data":{"id":"1","name":"digest","type":1,"options":[{"name":"subscribe","type":1,"options":[` +
		`{"name":"channel","type":7,"value":"701"},{"name":"time","type":3,"value":"07:30"},{"name":"timezone","type":3,"value":"Europe/Berlin"}]}]}}`
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/interactions", strings.NewReader(body))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var reply struct {
		Data struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
		} `json:"data"`
	}
	err = json.NewDecoder(resp.Body).Decode(&reply)
	resp.Body.Close()
	if resp.StatusCode != 200 || err != nil || !strings.HasPrefix(reply.Data.Content, "Subscribed <#701>") || reply.Data.Flags != 64 {
		t.Errorf("subscribe: %d %+v %v", resp.StatusCode, reply, err)
	}

	cancel()
	select {
	case err := <-done:
		if code := exitCode(err, io.Discard); code != 0 {
			t.Fatalf("serve: exit %d (%v)\n%s", code, err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after cancellation")
	}
	logs := stderr.String()
	if strings.Contains(logs, token) {
		t.Errorf("the bot token appears in the logs")
	}
	if c := calls(); len(c) == 0 || c[0] != "PUT /api/v9/applications/900/commands auth=true" {
		t.Errorf("Discord calls %v, want the command registration first", c)
	}

	// Everything is closed: the next commands open the data dir at once.
	out, errs, code = parleyEnv(t, map[string]string{"PARLEY_DATA": data}, "search", "--json", "shipping", "timetable")
	if a := decode[answer.SearchAnswer](t, out); code != 0 || a.Total == 0 {
		t.Errorf("search after serve: exit %d, %s %s", code, out, errs)
	}
	subs, err := schedule.Open(filepath.Join(data, "state.db"), 0)
	if err != nil {
		t.Fatal(err)
	}
	defer subs.Close()
	if s, err := subs.Get("800", "701"); err != nil || s.Time != "07:30" || s.TZ != "Europe/Berlin" {
		t.Errorf("subscription in state.db: %+v, %v", s, err)
	}
}

// TestServeFailureReleasesDataDir: when the server cannot start, serve
// exits 1 naming the address, and the data dir and state.db are free.
func TestServeFailureReleasesDataDir(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	data := t.TempDir()
	vars := map[string]string{"PARLEY_DATA": data, "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)}
	_, errs, code := parleyEnv(t, vars, "serve", "--addr", ln.Addr().String())
	if code != 1 || !strings.Contains(errs, "listen on "+ln.Addr().String()) {
		t.Fatalf("serve on a busy address: exit %d, %s", code, errs)
	}
	if !strings.Contains(errs, "daily digests will not be posted") {
		t.Errorf("no warning that digests need DISCORD_TOKEN:\n%s", errs)
	}
	if _, errs, code := parleyEnv(t, vars, "stats", "--json"); code != 0 {
		t.Errorf("data dir still locked after serve failed: %s", errs)
	}
	subs, err := schedule.Open(filepath.Join(data, "state.db"), 0)
	if err != nil {
		t.Fatalf("state.db still locked: %v", err)
	}
	subs.Close()
}
