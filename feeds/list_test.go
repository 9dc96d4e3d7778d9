package feeds

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/fetch"
)

func TestParseEnv(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		err  string
	}{
		{"", nil, ""},
		{"https://a.example/feed.xml", []string{"https://a.example/feed.xml"}, ""},
		{" https://a.example/rss , http://b.example/atom.xml,,", []string{"https://a.example/rss", "http://b.example/atom.xml"}, ""},
		{"https://a.example/rss,ftp://b.example/x", nil, `PARLEY_FEEDS entry 2: bad URL (only absolute http:// and https:// URLs can be fetched): "ftp://b.example/x"`},
		{"https://a.example/rss https://b.example/rss", nil, "PARLEY_FEEDS entry 1"},
		{"a.example/rss", nil, "PARLEY_FEEDS entry 1"},
	}
	for _, tt := range tests {
		got, err := ParseEnv(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseEnv(%q) error = %v, want it to contain %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("ParseEnv(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseInterval(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		err  bool
	}{
		{"", DefaultInterval, false},
		{"30m", 30 * time.Minute, false},
		{"1h", time.Hour, false},
		{"1m", time.Minute, false},
		{"10s", 0, true},
		{"15", 0, true},
		{"soon", 0, true},
		{"-5m", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseInterval(tt.in)
		if tt.err {
			if err == nil || !strings.Contains(err.Error(), "PARLEY_POLL") {
				t.Errorf("ParseInterval(%q) = %v, %v; want an error naming PARLEY_POLL", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseInterval(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestListFile(t *testing.T) {
	dir := t.TempDir()
	if l, err := ReadList(dir); err != nil || l != nil {
		t.Fatalf("no file: %v, %v", l, err)
	}
	u, added, err := Add(dir, "  https://news.example/world.rss ")
	if err != nil || !added || u != "https://news.example/world.rss" {
		t.Fatalf("Add = %q, %v, %v", u, added, err)
	}
	// The same feed spelt differently is not added twice.
	if _, added, err := Add(dir, "http://www.news.example/world.rss/"); err != nil || added {
		t.Errorf("second Add: added %v, %v", added, err)
	}
	if _, _, err := Add(dir, "gopher://news.example/"); !errors.Is(err, fetch.ErrBadURL) || !strings.Contains(err.Error(), "gopher://") {
		t.Errorf("bad Add: %v", err)
	}
	if _, _, err := Add(dir, "https://wire.example/atom.xml"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, ListFile)
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path, append(data, []byte("\n# a comment kept by edits\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Remove(dir, "https://news.example/world.rss"); err != nil {
		t.Fatal(err)
	}
	if err := Remove(dir, "https://news.example/world.rss"); !errors.Is(err, ErrNotListed) {
		t.Errorf("second Remove: %v", err)
	}
	l, err := ReadList(dir)
	if err != nil || len(l) != 1 || l[0] != "https://wire.example/atom.xml" {
		t.Errorf("list after edits: %q, %v", l, err)
	}
	data, _ = os.ReadFile(path)
	if !strings.Contains(string(data), "# a comment kept by edits") {
		t.Errorf("comment lost:\n%s", data)
	}

	// Env and file together, each feed once, env first.
	feeds, err := List(dir, []string{"https://wire.example/atom.xml", "https://env.example/rss"})
	if err != nil || len(feeds) != 2 || feeds[0].From != FromEnv || feeds[1].URL != "https://env.example/rss" {
		t.Errorf("List = %+v, %v", feeds, err)
	}

	// A bad line is reported with the file and line.
	if err := os.WriteFile(path, []byte("# feeds\nhttps://ok.example/rss\nnot a url\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadList(dir); err == nil || !strings.Contains(err.Error(), path+":3:") {
		t.Errorf("bad line: %v", err)
	}
}

// A corrupt state file is moved aside and polling goes on; a reader that
// is not polling reports it instead.
func TestCorruptState(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	if err := os.WriteFile(path, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadStatus(dir, nil); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("ReadStatus on a corrupt file: %v", err)
	}
	st, err := loadState(dir)
	if err == nil || st == nil || !strings.Contains(err.Error(), path+".bad") {
		t.Errorf("loadState = %v, %v; want a fresh state and an error naming the moved file", st, err)
	}
	if _, err := os.Stat(path + ".bad"); err != nil {
		t.Errorf("corrupt file not kept: %v", err)
	}
}
