package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/internal/gen"
)

// botPath measures the bot path: Parley's real interactions endpoint
// (bot.Serve on a loopback listener, over the serving index) and this
// program playing Discord, as the bot package's fake does in its tests: an
// application command signed with Ed25519, POSTed, timed until the whole
// HTTP response (the bot's first answer) has arrived. Discord's REST API
// is a local fake that accepts anything, for the deferred edits a slow
// answer would send (counted and reported as errors: none are expected).
type botPath struct {
	url    string
	priv   ed25519.PrivateKey
	client *http.Client
	rest   *httptest.Server
	edits  atomic.Int64
	cancel context.CancelFunc
	done   chan error
	n      int
}

// startBot serves svc's interactions endpoint on a loopback port.
func startBot(svc bot.Answerer) (*botPath, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	b := &botPath{priv: priv, done: make(chan error, 1)}
	b.rest = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		b.edits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, "{}")
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.rest.Close()
		return nil, err
	}
	// The defaults of `parley bot --http`, except that the fake REST API
	// stands in for discord.com; no token, so nothing is registered.
	cfg := bot.Config{PublicKey: hex.EncodeToString(pub), APIURL: b.rest.URL + "/api/v10/"}
	ctx, cancel := context.WithCancel(context.Background())
	b.cancel = cancel
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	go func() { b.done <- bot.Serve(ctx, cfg, ln, svc, logger) }()
	b.url = "http://" + ln.Addr().String() + "/interactions"
	b.client = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	// Wait until it answers a ping.
	for i := 0; ; i++ {
		if _, err := b.post(interaction{Type: 1}); err == nil {
			return b, nil
		} else if i == 100 {
			b.stop()
			return nil, fmt.Errorf("bot: no answer to a ping: %w", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// interaction is the part of Discord's interaction payload the bot reads.
type interaction struct {
	ID            string       `json:"id"`
	ApplicationID string       `json:"application_id"`
	Type          int          `json:"type"`
	Token         string       `json:"token"`
	Version       int          `json:"version"`
	GuildID       string       `json:"guild_id,omitempty"`
	ChannelID     string       `json:"channel_id,omitempty"`
	Member        *member      `json:"member,omitempty"`
	Data          *commandData `json:"data,omitempty"`
	Locale        string       `json:"locale,omitempty"`
}

type member struct {
	User        user   `json:"user"`
	Permissions string `json:"permissions"`
}

type user struct {
	ID       string `json:"id"`
	Username string `json:"username"`
}

type commandData struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    int      `json:"type"`
	Options []option `json:"options,omitempty"`
}

type option struct {
	Name  string `json:"name"`
	Type  int    `json:"type"`
	Value string `json:"value"`
}

// command builds an application command interaction from a distinct user
// (the bot limits each user's rate, as it should).
func (b *botPath) command(name string, opts ...option) interaction {
	b.n++
	id := strconv.Itoa(1_000_000 + b.n)
	var kept []option
	for _, o := range opts {
		if o.Value != "" {
			kept = append(kept, o)
		}
	}
	return interaction{ID: id, ApplicationID: "900", Type: 2, Token: "tok-" + id, Version: 1,
		GuildID: "800", ChannelID: "700", Locale: "en-US",
		Member: &member{User: user{ID: strconv.Itoa(500_000 + b.n), Username: "bench"}, Permissions: "0"},
		Data:   &commandData{ID: "1000", Name: name, Type: 1, Options: kept}}
}

func str(name, value string) option { return option{Name: name, Type: 3, Value: value} }

// post signs and sends one interaction and returns the time until the
// whole response was read.
func (b *botPath) post(it interaction) (time.Duration, error) {
	body, err := json.Marshal(it)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	ts := strconv.FormatInt(start.Unix(), 10)
	sig := ed25519.Sign(b.priv, append([]byte(ts), body...))
	req, err := http.NewRequest(http.MethodPost, b.url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", ts)
	resp, err := b.client.Do(req)
	if err != nil {
		return 0, err
	}
	var r struct {
		Type int `json:"type"`
	}
	err = json.NewDecoder(resp.Body).Decode(&r)
	resp.Body.Close()
	d := time.Since(start)
	switch {
	case err != nil:
		return d, fmt.Errorf("interaction %s: decode response: %w", it.ID, err)
	case resp.StatusCode != http.StatusOK:
		return d, fmt.Errorf("interaction %s: HTTP %d", it.ID, resp.StatusCode)
	case it.Type == 2 && r.Type != 4:
		return d, fmt.Errorf("interaction %s: response type %d, want 4 (an answer, not deferred)", it.ID, r.Type)
	}
	return d, nil
}

// run sends the timed searches as /search, then the quote queries as
// /quotes and the meetings as /who, one at a time.
func (b *botPath) run(qs querySet, warm int) (lat []time.Duration, kinds []string, errs []string) {
	var its []interaction
	var ks []string
	for _, q := range qs.Search[warm:] {
		its = append(its, b.command("search", str("query", q.Text()), str("since", q.Since), str("until", q.Until)))
		ks = append(ks, "search")
	}
	for _, q := range qs.QuoteQs {
		its = append(its, b.command("quotes", str("keyword", q.Keyword), str("speaker", q.Speaker)))
		ks = append(ks, "quotes")
	}
	for _, w := range qs.Who {
		its = append(its, b.command("who", str("meeting", w)))
		ks = append(ks, "who")
	}
	for i, it := range its {
		d, err := b.post(it)
		if err != nil {
			if len(errs) < 5 {
				errs = append(errs, err.Error())
			}
			continue
		}
		lat = append(lat, d)
		kinds = append(kinds, ks[i])
	}
	if n := b.edits.Load(); n > 0 {
		errs = append(errs, fmt.Sprintf("%d requests to Discord's REST API (deferred answers)", n))
	}
	return lat, kinds, errs
}

// stop shuts the bot down and returns what Serve returned.
func (b *botPath) stop() error {
	b.cancel()
	err := <-b.done
	b.rest.Close()
	return err
}

// botEngine is an engine with a bot in front of it (Parley's).
type botEngine interface {
	service() *answer.Service
}

func (p *parleyEngine) service() *answer.Service { return p.svc }

// warmUp sends a few untimed interactions.
func (b *botPath) warmUp(qs []gen.Query) {
	for _, q := range qs {
		_, _ = b.post(b.command("search", str("query", q.Text())))
	}
}
