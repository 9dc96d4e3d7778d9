package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-bot/parley/answer"
)

// A command on a data dir held by a running bot or serve process is
// answered by that process over the control socket, with the same output
// and exit status it would have on its own.
func TestCommandsGoThroughTheRunningProcess(t *testing.T) {
	data := t.TempDir()
	holder := &cli{env: env{getenv: func(string) string { return "" }}, stdout: io.Discard, stderr: io.Discard, log: newLogger(io.Discard, "error")}
	s, err := openStore(context.Background(), holder, data, "serve", true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close(holder.log)
	stop := serveControl(holder, s)

	out, errs, code := parley(t, data, "search", "--json", "security guarantees")
	if code != 0 {
		t.Fatalf("forwarded search: exit %d: %s", code, errs)
	}
	if ans := decode[answer.SearchAnswer](t, out); len(ans.Hits) == 0 {
		t.Fatalf("forwarded search found nothing: %s", out)
	}

	// A file ingested through the running process lands in its index.
	_, errs, code = parley(t, data, "ingest", "--json", "testdata/ingest/good")
	if code != 0 {
		t.Fatalf("forwarded ingest: exit %d: %s", code, errs)
	}
	st, _ := s.svc.Stats(context.Background())
	if st.Articles < 2 {
		t.Errorf("running index has %d articles after a forwarded ingest", st.Articles)
	}

	// Errors keep their exit status and message.
	_, errs, code = parley(t, data, "who", "--date", "yesterday", "Alaska summit")
	if code != 2 || !strings.Contains(errs, "yesterday") {
		t.Errorf("forwarded bad date: exit %d, stderr %q; want 2 naming the value", code, errs)
	}
	// A second bot is refused by the first.
	var buf bytes.Buffer
	if err := forward(context.Background(), &cli{stdout: &buf, stderr: &buf, log: holder.log}, data, []string{"--data", data, "serve", "--addr", ":0"}); err == nil || !strings.Contains(buf.String(), "already running") {
		t.Errorf("forwarded serve: err %v, output %q", err, buf.String())
	}

	// Once the socket is gone, commands fail at once naming the holder.
	stop()
	_, errs, code = parley(t, data, "stats")
	if code != 1 || !strings.Contains(errs, "pid") {
		t.Errorf("after the socket closed: exit %d, stderr %q", code, errs)
	}
}

func TestAbsPathsForForwardedIngest(t *testing.T) {
	got := absPaths([]string{"--data", "d", "ingest", "testdata/ingest/good", "https://a.example/x", "--json", "no-such-file"})
	if !filepath.IsAbs(got[3]) || got[4] != "https://a.example/x" || got[1] != "d" || got[6] != "no-such-file" {
		t.Errorf("absPaths = %q", got)
	}
	if got := absPaths([]string{"search", "testdata"}); got[1] != "testdata" {
		t.Errorf("a search word became a path: %q", got)
	}
}
