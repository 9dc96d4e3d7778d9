package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Limits of the interactions endpoint.
const (
	maxInteractionBody = 1 << 20 // Discord's payloads are a few KiB
	maxTimestampSkew   = 5 * time.Minute
)

// Server is Discord's HTTP interactions endpoint: POST /interactions
// (Ed25519-verified), GET /healthz and GET /metrics.
type Server struct {
	disp    *dispatcher
	key     ed25519.PublicKey
	mux     *http.ServeMux
	log     *slog.Logger
	metrics *metrics
	now     func() time.Time
}

// NewServer returns the interactions endpoint. It needs cfg.PublicKey
// (ErrMissingPublicKey otherwise); the token is optional, since deferred
// answers are edited with the interaction's own token. Call Shutdown after
// the http.Server has stopped, to let deferred answers finish.
func NewServer(cfg Config, svc Answerer, logger *slog.Logger) (*Server, error) {
	if err := cfg.normalize(); err != nil {
		return nil, err
	}
	key, err := cfg.publicKey()
	if err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.Default()
	}
	log := logger.With("mode", "http")
	rest, err := newSession(cfg)
	if err != nil {
		return nil, err
	}
	m := newMetrics(svc)
	s := &Server{
		disp:    newDispatcher(cfg, svc, rest, m, log),
		key:     key,
		mux:     http.NewServeMux(),
		log:     log,
		metrics: m,
		now:     time.Now,
	}
	s.mux.HandleFunc("POST /interactions", s.interactions)
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	s.mux.Handle("GET /metrics", m.handler())
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Shutdown stops taking interactions and waits, until ctx ends, for the
// deferred answers still being computed and edited.
func (s *Server) Shutdown(ctx context.Context) error { return s.disp.shutdown(ctx) }

func (s *Server) interactions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	if err := s.verify(r.Header, body); err != nil {
		s.log.Info("interaction refused", "err", err, "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var it discordgo.Interaction
	if err := json.Unmarshal(body, &it); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}

	// The dispatcher calls reply once with the first response, which goes
	// back as this HTTP response; it may go on (deferred answers) after
	// the response is written, so it must not use r's context.
	first := make(chan *discordgo.InteractionResponse, 1)
	written := make(chan struct{})
	go s.disp.serve(&it, func(resp *discordgo.InteractionResponse) error {
		first <- resp
		select {
		case <-written: // the edit that may follow must come after it
			return nil
		case <-time.After(10 * time.Second):
			return errors.New("http: response not written")
		}
	})
	var resp *discordgo.InteractionResponse
	select {
	case resp = <-first:
	case <-r.Context().Done():
		close(written)
		return
	}
	b, err := json.Marshal(wirePayload(resp))
	if err != nil {
		close(written)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	close(written)
}

// verify checks Discord's Ed25519 signature over timestamp+body and that
// the timestamp is recent, so a captured request cannot be replayed later.
func (s *Server) verify(h http.Header, body []byte) error {
	sigHex, ts := h.Get("X-Signature-Ed25519"), h.Get("X-Signature-Timestamp")
	if sigHex == "" || ts == "" {
		return errors.New("missing signature headers")
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return errors.New("malformed signature")
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(s.key, msg, sig) {
		return errors.New("bad signature")
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return fmt.Errorf("malformed timestamp %q", ts)
	}
	age := s.now().Sub(time.Unix(sec, 0))
	if age > maxTimestampSkew || age < -maxTimestampSkew {
		return fmt.Errorf("timestamp %s is %s away from now", ts, age.Round(time.Second))
	}
	return nil
}

// RunHTTP serves the interactions endpoint on addr until ctx is cancelled,
// then shuts down gracefully: no new requests, answers in flight finished
// (up to cfg.ShutdownGrace). When cfg has a token and an application id it
// first registers the commands, as RunGateway does.
func RunHTTP(ctx context.Context, cfg Config, addr string, svc Answerer, logger *slog.Logger) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("bot: listen on %s: %w", addr, err)
	}
	return Serve(ctx, cfg, ln, svc, logger)
}

// Serve is RunHTTP on a listener the caller opened; it closes ln.
func Serve(ctx context.Context, cfg Config, ln net.Listener, svc Answerer, logger *slog.Logger) error {
	defer ln.Close()
	if err := cfg.normalize(); err != nil {
		return err
	}
	srv, err := NewServer(cfg, svc, logger)
	if err != nil {
		return err
	}
	if cfg.Token != "" && cfg.AppID != "" {
		if err := register(ctx, srv.disp.rest, cfg, cfg.AppID, srv.log); err != nil {
			return err
		}
	} else {
		srv.log.Info("commands not registered: set DISCORD_TOKEN and DISCORD_APP_ID to register them at start")
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	srv.log.Info("serving interactions", "addr", ln.Addr().String(), "paths", "POST /interactions, GET /healthz, GET /metrics")
	select {
	case err := <-errc:
		return fmt.Errorf("bot: serve: %w", err)
	case <-ctx.Done():
	}
	srv.log.Info("shutting down: finishing answers in flight")
	grace, cancel := context.WithTimeout(context.Background(), cfg.ShutdownGrace)
	defer cancel()
	err = hs.Shutdown(grace)
	if e := srv.Shutdown(grace); err == nil {
		err = e
	}
	srv.log.Info("server stopped")
	return err
}
