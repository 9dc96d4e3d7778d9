package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/answer"
)

// parley runs the program as a user would and returns stdout, stderr and
// the exit status.
func parley(t *testing.T, data string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := func(k string) string {
		if k == "PARLEY_DATA" {
			return data
		}
		return ""
	}
	err := run(context.Background(), args, env, strings.NewReader(""), &out, &errb)
	code := exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("stdout is not one JSON document: %v\n%s", err, s)
	}
	return v
}

func TestSearchBuildsBuiltinIndex(t *testing.T) {
	data := t.TempDir()
	out, errs, code := parley(t, data, "search", "--json", "ceasefire")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ans := decode[answer.SearchAnswer](t, out)
	if ans.Total == 0 || len(ans.Hits) == 0 {
		t.Fatalf("no hits for ceasefire on the built-in corpus: %s", out)
	}
	for _, h := range ans.Hits {
		if h.Article.Title == "" || h.Article.Source != "The Associated Press" || h.Article.Published.IsZero() {
			t.Errorf("hit lacks its source: %+v", h.Article)
		}
		if !strings.Contains(strings.ToLower(h.Passage), "ceasefire") || !strings.Contains(h.Highlight, "**ceasefire**") {
			t.Errorf("passage/highlight do not show the match: %q / %q", h.Passage, h.Highlight)
		}
	}
	// Flags after the query work too, and the second run reuses the index.
	out, _, code = parley(t, data, "search", "security", "guarantees", "--limit", "1", "--json")
	if code != 0 || len(decode[answer.SearchAnswer](t, out).Hits) != 1 {
		t.Fatalf("search with trailing flags: exit %d, %s", code, out)
	}
}

func TestIngestTwiceIsUnchanged(t *testing.T) {
	data := t.TempDir()
	out, errs, code := parley(t, data, "ingest", "--json", "testdata/ingest/good")
	if code != 0 {
		t.Fatalf("first ingest: exit %d: %s", code, errs)
	}
	first := decode[answer.IngestReport](t, out)
	if first.Added != 3 || first.Articles != 3 || len(first.Failed) != 0 {
		t.Fatalf("first ingest = %+v, want 3 added, 3 articles (the folder's README.md is no article)", first)
	}
	out, _, code = parley(t, data, "ingest", "--json", "testdata/ingest/good")
	second := decode[answer.IngestReport](t, out)
	if code != 0 || second.Unchanged != 3 || second.Added != 0 || second.Updated != 0 || second.Articles != 3 {
		t.Fatalf("second ingest = %+v (exit %d), want 3 unchanged and still 3 articles", second, code)
	}
	// ingest into a new data dir adds only what it is given.
	out, _, _ = parley(t, data, "stats", "--json")
	if st := decode[answer.StatsAnswer](t, out); st.Articles != 3 || st.Sources != 3 {
		t.Errorf("stats = %+v, want 3 articles from 3 sources", st)
	}
}

func TestIngestBadFilesReportsEachAndKeepsGoodOnes(t *testing.T) {
	data := t.TempDir()
	out, errs, code := parley(t, data, "ingest", "--json", "testdata/ingest/bad", "testdata/ingest/good/nested/grain.txt", "testdata/ingest/missing.md")
	if code != 1 {
		t.Fatalf("exit %d, want 1 when some inputs fail; stderr: %s", code, errs)
	}
	rep := decode[answer.IngestReport](t, out)
	if rep.Added != 2 || rep.Articles != 2 {
		t.Errorf("report = %+v, want the 2 good articles added", rep)
	}
	failed := map[string]string{}
	for _, f := range rep.Failed {
		failed[filepath.Base(strings.SplitN(f.Source, ":", 2)[0])] = f.Error
	}
	for _, name := range []string{"broken-front-matter.md", "empty.txt", "binary.txt", "missing.md"} {
		if failed[name] == "" {
			t.Errorf("%s not reported as failed; failed = %v", name, failed)
		}
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	data := t.TempDir()
	tests := [][]string{
		{"frobnicate"},
		{},
		{"search"},
		{"search", "--since", "last week", "ceasefire"},
		{"search", "--limit", "many", "ceasefire"},
		{"digest", "--tz", "Mars/Olympus"},
		{"who"},
	}
	for _, args := range tests {
		_, errs, code := parley(t, data, args...)
		if code != 2 {
			t.Errorf("parley %q: exit %d, want 2 (usage)", args, code)
		}
		if !strings.Contains(errs, "parley") {
			t.Errorf("parley %q: stderr %q does not explain", args, errs)
		}
	}
	// The error names the option and the bad value.
	_, errs, _ := parley(t, data, "search", "--since", "2025-13-40", "ceasefire")
	if !strings.Contains(errs, "since") || !strings.Contains(errs, "2025-13-40") {
		t.Errorf("stderr %q does not name --since and its value", errs)
	}
}

func TestLockedDataDirFailsAtOnce(t *testing.T) {
	data := t.TempDir()
	lock, err := lockDataDir(data, "bot")
	if err != nil {
		t.Fatal(err)
	}
	defer lock.release()
	done := make(chan struct{})
	var errs string
	var code int
	go func() {
		_, errs, code = parley(t, data, "search", "ceasefire")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a second process on a locked data dir hangs")
	}
	if code != 1 || !strings.Contains(errs, "parley bot") || !strings.Contains(errs, "pid") {
		t.Errorf("exit %d, stderr %q: want 1 and a message naming the holder", code, errs)
	}
	if !errors.Is(func() error { _, err := lockDataDir(data, "x"); return err }(), errLocked) {
		t.Error("lockDataDir on a held dir does not return errLocked")
	}
}

func TestTextOutput(t *testing.T) {
	data := t.TempDir()
	out, _, code := parley(t, data, "search", "ceasefire", "--limit", "2")
	if code != 0 || !strings.Contains(out, "The Associated Press, 2025-08-18") || !strings.Contains(out, "**ceasefire**") {
		t.Errorf("text search output (exit %d):\n%s", code, out)
	}
	out, _, _ = parley(t, data, "search", "zzzunlikelyword")
	if !strings.Contains(out, "No passages match") {
		t.Errorf("empty search should say so:\n%s", out)
	}
}
