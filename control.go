package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// While `parley bot` or `parley serve` runs it owns the data dir (bleve
// allows one writer). Other commands on that dir reach it through a control
// socket: a Unix socket in the data dir, readable by its owner only, over
// which a command line is sent and its output, exit status included, comes
// back. The running process answers with its open index, so `parley digest`
// or `parley ingest` work beside the bot instead of failing.

const controlSocket = "parley.sock"

// maxControlRequest caps a forwarded command line.
const maxControlRequest = 1 << 20

// errNoControl means no running process answers on the data dir's socket.
var errNoControl = errors.New("no control socket")

type controlRequest struct {
	Args []string `json:"args"`
}

type controlResponse struct {
	Stdout []byte `json:"stdout"`
	Stderr []byte `json:"stderr"`
	Code   int    `json:"code"`
}

// remoteExit carries the exit status of a command run by another process,
// whose messages are already printed.
type remoteExit struct{ code int }

func (e *remoteExit) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// controlServer answers forwarded commands over the data dir's socket.
type controlServer struct {
	path string
	ln   net.Listener
	srv  *http.Server
	done chan struct{}
}

// serveControl starts answering commands forwarded to s's data dir with s's
// index until stop is called. A socket path too long for the system or a
// socket that cannot be created is logged and skipped: other commands then
// fail at once naming this process, as without it.
func serveControl(c *cli, s *store) (stop func()) {
	path, err := filepath.Abs(filepath.Join(s.dir, controlSocket))
	if err != nil || len(path) >= 104 {
		c.log.Warn("control socket skipped (path too long); other commands on this data dir will fail while this runs", "path", path)
		return func() {}
	}
	_ = os.Remove(path) // a leftover of a process that died; we hold the lock
	ln, err := net.Listen("unix", path)
	if err != nil {
		c.log.Warn("control socket skipped", "path", path, "err", err)
		return func() {}
	}
	_ = os.Chmod(path, 0o600)
	cs := &controlServer{path: path, ln: ln, done: make(chan struct{})}
	var mu sync.Mutex // one forwarded command at a time; the bot keeps answering
	cs.srv = &http.Server{
		ReadHeaderTimeout: 5 * time.Second,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodPost || r.URL.Path != "/run" {
				http.NotFound(w, r)
				return
			}
			var req controlRequest
			if err := json.NewDecoder(io.LimitReader(r.Body, maxControlRequest)).Decode(&req); err != nil {
				http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(runForwarded(r.Context(), c, s, req.Args))
		}),
	}
	go func() {
		defer close(cs.done)
		if err := cs.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			c.log.Warn("control socket stopped", "err", err)
		}
	}()
	c.log.Debug("control socket listening", "path", path)
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = cs.srv.Shutdown(ctx)
		<-cs.done
		_ = os.Remove(path)
	}
}

// runForwarded runs one forwarded command line against the open store s.
func runForwarded(ctx context.Context, parent *cli, s *store, args []string) controlResponse {
	var out, errb bytes.Buffer
	c := &cli{env: parent.env, stdin: bytes.NewReader(nil), stdout: &out, stderr: &errb,
		log: newLogger(&errb, parent.env.get("LOG_LEVEL")), shared: s}
	if name := firstWord(args); name == "bot" || name == "serve" {
		return controlResponse{Stderr: []byte("parley: " + name + " is already running on this data dir\n"), Code: 1}
	}
	parent.log.Info("forwarded command", "command", firstWord(args))
	code := exitCode(c.exec(ctx, args), &errb)
	return controlResponse{Stdout: out.Bytes(), Stderr: errb.Bytes(), Code: code}
}

// firstWord is the command name among args (for the log).
func firstWord(args []string) string {
	for _, a := range args {
		if findCommand(a) != nil {
			return a
		}
	}
	return ""
}

// forward sends args to the process serving dir's control socket and
// prints its output. It returns errNoControl when nothing answers there,
// nil on success, and a *remoteExit for a failed command.
func forward(ctx context.Context, c *cli, dir string, args []string) error {
	path, err := filepath.Abs(filepath.Join(dir, controlSocket))
	if err != nil {
		return errNoControl
	}
	conn, err := (&net.Dialer{Timeout: 2 * time.Second}).DialContext(ctx, "unix", path)
	if err != nil {
		return errNoControl
	}
	conn.Close()
	client := &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, "unix", path)
		},
	}}
	body, _ := json.Marshal(controlRequest{Args: absPaths(args)})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://parley/run", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("forward to the running parley: %w", err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("forward to the running parley over %s: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return fmt.Errorf("forward to the running parley over %s: %s: %s", path, resp.Status, bytes.TrimSpace(msg))
	}
	var out controlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return fmt.Errorf("forward to the running parley over %s: read answer: %w", path, err)
	}
	c.log.Debug("answered by the running parley process", "socket", path)
	_, _ = c.stdout.Write(out.Stdout)
	_, _ = c.stderr.Write(out.Stderr)
	if out.Code != 0 {
		return &remoteExit{code: out.Code}
	}
	return nil
}

// absPaths makes the relative file arguments of an ingest absolute, since
// the running process resolves them from its own working directory.
func absPaths(args []string) []string {
	if firstWord(args) != "ingest" {
		return args
	}
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if a == "" || a[0] == '-' || filepath.IsAbs(a) || strings.Contains(a, "://") {
			continue
		}
		if _, err := os.Stat(a); err == nil {
			if abs, err := filepath.Abs(a); err == nil {
				out[i] = abs
			}
		}
	}
	return out
}
