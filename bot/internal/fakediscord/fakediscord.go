// Package fakediscord is a small, local Discord for tests: the REST
// endpoints Parley's bot uses and a websocket gateway (HELLO, IDENTIFY,
// READY, RESUME, heartbeats, dispatches, forced disconnects). It records
// everything it receives, so tests can assert on what the bot sent through
// discordgo's real client. It speaks raw JSON and imports no Discord
// library.
package fakediscord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// APIPath is the REST prefix, as in https://discord.com/api/v9/.
const APIPath = "/api/v9/"

// Request is one request the fake received (or, for the HTTP interactions
// mode, one response it received from the bot; see PostInteraction).
type Request struct {
	Method string
	Path   string // e.g. /api/v9/interactions/1/tok/callback
	Query  string
	Header http.Header
	Body   []byte
	At     time.Time
	Via    string // "rest", or "http-response" for PostInteraction answers
}

// JSON decodes the body into a generic value.
func (r Request) JSON() map[string]any {
	var m map[string]any
	_ = json.Unmarshal(r.Body, &m)
	return m
}

// Server is the fake Discord.
type Server struct {
	// URL is the server's base, e.g. http://127.0.0.1:41234.
	URL string
	// APIBase is URL + APIPath, what DISCORD_API_URL is set to.
	APIBase string
	// Token is the bot token expected in "Authorization: Bot <token>" on
	// the routes that need one; empty accepts anything.
	Token string
	// AppID is the application id READY reports.
	AppID string

	srv  *httptest.Server
	mu   sync.Mutex
	reqs []Request
	gw   gateway
	// failing channels answer message posts with an error.
	failing map[string]failure
	// changed is closed (and replaced) whenever something is recorded.
	changed chan struct{}
}

// New starts a fake Discord. heartbeat is the interval HELLO announces.
func New(token, appID string, heartbeat time.Duration) *Server {
	s := &Server{Token: token, AppID: appID, changed: make(chan struct{})}
	s.gw.heartbeat = heartbeat
	mux := http.NewServeMux()
	api := strings.TrimSuffix(APIPath, "/")
	mux.HandleFunc("GET "+api+"/gateway", s.gatewayURL)
	mux.HandleFunc("GET "+api+"/gateway/bot", s.auth(s.gatewayURL))
	mux.HandleFunc("PUT "+api+"/applications/{app}/commands", s.auth(s.overwrite))
	mux.HandleFunc("PUT "+api+"/applications/{app}/guilds/{guild}/commands", s.auth(s.overwrite))
	mux.HandleFunc("POST "+api+"/interactions/{id}/{token}/callback", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("PATCH "+api+"/webhooks/{app}/{token}/messages/{msg}", s.echoMessage)
	mux.HandleFunc("POST "+api+"/webhooks/{app}/{token}", s.echoMessage)
	mux.HandleFunc("POST "+api+"/channels/{channel}/messages", s.auth(s.channelMessage))
	mux.HandleFunc("GET "+api+"/users/@me", s.auth(func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"id": s.AppID, "username": "Parley", "bot": true})
	}))
	mux.HandleFunc("/gateway/", s.serveGateway)
	mux.HandleFunc("/gateway", s.serveGateway)
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0})
	})
	s.srv = httptest.NewServer(s.record(mux))
	s.URL = s.srv.URL
	s.APIBase = s.srv.URL + APIPath
	return s
}

// Close stops the server and drops the gateway connection.
func (s *Server) Close() {
	s.Disconnect()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// record keeps every REST request (the gateway upgrade excepted).
func (s *Server) record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/gateway") {
			body, _ := io.ReadAll(r.Body)
			r.Body = io.NopCloser(bytes.NewReader(body))
			s.add(Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body, At: time.Now(), Via: "rest"})
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) add(r Request) {
	s.mu.Lock()
	s.reqs = append(s.reqs, r)
	s.broadcastLocked()
	s.mu.Unlock()
}

func (s *Server) broadcastLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Requests returns a copy of everything recorded so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// Wait blocks until cond (called with the fake's lock held, so it must
// only read) is true or timeout passes, and reports whether it came true.
func (s *Server) Wait(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ok := cond()
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return false
		}
	}
}

// WaitRequest waits for a request matching match and returns it.
func (s *Server) WaitRequest(timeout time.Duration, match func(Request) bool) (Request, bool) {
	var found Request
	ok := s.Wait(timeout, func() bool {
		for _, r := range s.reqs {
			if match(r) {
				found = r
				return true
			}
		}
		return false
	})
	return found, ok
}

// Unlocked accessors for use inside Wait conditions.

// RequestsLocked is Requests for use inside a Wait condition.
func (s *Server) RequestsLocked() []Request { return s.reqs }

func (s *Server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.Token != "" && r.Header.Get("Authorization") != "Bot "+s.Token {
			writeJSON(w, http.StatusUnauthorized, map[string]any{"message": "401: Unauthorized", "code": 0})
			return
		}
		next(w, r)
	}
}

func (s *Server) gatewayURL(w http.ResponseWriter, _ *http.Request) {
	ws := "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway"
	writeJSON(w, http.StatusOK, map[string]any{"url": ws, "shards": 1,
		"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
}

// overwrite answers a bulk overwrite with the commands, given ids.
func (s *Server) overwrite(w http.ResponseWriter, r *http.Request) {
	var cmds []map[string]any
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &cmds); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	for i, c := range cmds {
		c["id"] = strconv.Itoa(1000 + i)
		c["application_id"] = r.PathValue("app")
		c["version"] = "1"
	}
	writeJSON(w, http.StatusOK, cmds)
}

// echoMessage answers a message create or edit with the message, as
// Discord does, with an id.
func (s *Server) echoMessage(w http.ResponseWriter, r *http.Request) {
	var m map[string]any
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &m); err != nil || m == nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Cannot send an empty message", "code": 50006})
		return
	}
	m["id"] = fmt.Sprintf("%d", time.Now().UnixNano())
	m["channel_id"] = r.PathValue("channel")
	writeJSON(w, http.StatusOK, m)
}

// failure is an error Discord answers with.
type failure struct {
	status, code int
	msg          string
}

// FailChannel makes message posts to channel fail with status and a JSON
// error body carrying code and msg, as Discord does for a deleted channel
// (404, 10003) or missing permissions (403, 50013). status 0 clears it.
func (s *Server) FailChannel(channel string, status, code int, msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failing == nil {
		s.failing = map[string]failure{}
	}
	if status == 0 {
		delete(s.failing, channel)
		return
	}
	s.failing[channel] = failure{status, code, msg}
}

func (s *Server) channelMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	f, bad := s.failing[r.PathValue("channel")]
	s.mu.Unlock()
	if bad {
		writeJSON(w, f.status, map[string]any{"message": f.msg, "code": f.code})
		return
	}
	s.echoMessage(w, r)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// PostInteraction plays Discord in the HTTP interactions mode: it signs
// body with key at ts and POSTs it to endpoint. The bot's answer is
// recorded like a callback (Path /api/v9/interactions/{id}/{token}/callback,
// Via "http-response") when the status is 200, so tests read first
// responses the same way in both modes.
func (s *Server) PostInteraction(endpoint string, key ed25519.PrivateKey, body []byte, ts time.Time) (int, []byte, error) {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(key, append([]byte(stamp), body...))
	req, err := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", stamp)
	return s.post(req, body)
}

// PostRaw sends body to endpoint with the given headers as they are
// (no signing), for testing refusals.
func (s *Server) PostRaw(endpoint string, header http.Header, body []byte) (int, []byte, error) {
	req, err := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header = header.Clone()
	return s.post(req, body)
}

func (s *Server) post(req *http.Request, body []byte) (int, []byte, error) {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, nil, err
	}
	if resp.StatusCode == http.StatusOK {
		var it struct {
			ID    string `json:"id"`
			Token string `json:"token"`
		}
		_ = json.Unmarshal(body, &it)
		s.add(Request{Method: http.MethodPost, Path: APIPath + "interactions/" + it.ID + "/" + it.Token + "/callback",
			Header: resp.Header.Clone(), Body: out, At: time.Now(), Via: "http-response"})
	}
	return resp.StatusCode, out, nil
}
