package feeds

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/fetch"
)

// File names in the data dir.
const (
	ListFile  = "feeds"            // the feed list, one URL per line
	StateFile = "feeds-state.json" // what the poller knows between runs
	lockFile  = "feeds.lock"       // serialises edits of the list
)

// Where a feed is configured.
const (
	FromEnv  = "PARLEY_FEEDS"
	FromFile = "feeds file"
)

// ErrNotListed is returned by Remove for a feed the file does not hold.
var ErrNotListed = errors.New("feed not in the list")

// Feed is a configured feed URL and where it is configured.
type Feed struct {
	URL  string
	From string // FromEnv or FromFile
}

// key identifies a feed whatever its spelling: http and https, a
// trailing slash and tracking parameters do not make another feed.
func key(u string) string { return corpus.CanonicalURL(u) }

// CheckURL validates a feed URL given by a user and returns it trimmed.
func CheckURL(raw string) (string, error) {
	u, err := fetch.CheckURL(raw)
	if err != nil {
		return "", fmt.Errorf("feed: %w", err)
	}
	return u, nil
}

// ParseEnv reads PARLEY_FEEDS: feed URLs separated by commas (white space
// around them is ignored). An error names the variable and the entry.
func ParseEnv(s string) ([]string, error) {
	var out []string
	for i, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		u, err := fetch.CheckURL(f)
		if err != nil {
			return nil, fmt.Errorf("PARLEY_FEEDS entry %d: %w; separate URLs with commas", i+1, err)
		}
		out = append(out, u)
	}
	return out, nil
}

// ReadList reads the feeds file in dir; a missing file is an empty list.
// A line that is not an http(s) URL is an error naming the file and line.
func ReadList(dir string) ([]string, error) {
	path := filepath.Join(dir, ListFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read feed list: %w", err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u, err := fetch.CheckURL(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w; fix or remove the line", path, n, err)
		}
		out = append(out, u)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// List returns the configured feeds: env first, then the file, each feed
// once.
func List(dir string, env []string) ([]Feed, error) {
	file, err := ReadList(dir)
	var out []Feed
	seen := map[string]bool{}
	for _, src := range []struct {
		urls []string
		from string
	}{{env, FromEnv}, {file, FromFile}} {
		for _, u := range src.urls {
			if k := key(u); !seen[k] {
				seen[k] = true
				out = append(out, Feed{URL: u, From: src.from})
			}
		}
	}
	return out, err
}

// Add appends a feed to the file in dir, creating it if needed. It
// returns the URL as stored and false when the file already had it.
func Add(dir, raw string) (string, bool, error) {
	u, err := CheckURL(raw)
	if err != nil {
		return "", false, err
	}
	added := false
	err = editList(dir, func(lines []string) []string {
		for _, l := range lines {
			if key(strings.TrimSpace(l)) == key(u) {
				return nil
			}
		}
		added = true
		return append(lines, u)
	})
	return u, added, err
}

// Remove deletes a feed from the file in dir, keeping comments and the
// other lines. It fails with ErrNotListed when the file does not have it.
func Remove(dir, raw string) error {
	u := strings.TrimSpace(raw)
	found := false
	err := editList(dir, func(lines []string) []string {
		var out []string
		for _, l := range lines {
			if t := strings.TrimSpace(l); !strings.HasPrefix(t, "#") && key(t) != "" && key(t) == key(u) {
				found = true
				continue
			}
			out = append(out, l)
		}
		if !found {
			return nil
		}
		return out
	})
	if err == nil && !found {
		return fmt.Errorf("%w: %q (see `parley feeds list`)", ErrNotListed, u)
	}
	return err
}

// editList rewrites the list file with edit's result, under a lock so
// that the CLI and a running bot do not lose each other's edits; edit
// returns nil to leave the file alone.
func editList(dir string, edit func([]string) []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("data dir %s: %w", dir, err)
	}
	lf, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("lock feed list: %w", err)
	}
	defer lf.Close()
	if err := syscall.Flock(int(lf.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("lock feed list: %w", err)
	}
	defer syscall.Flock(int(lf.Fd()), syscall.LOCK_UN)

	path := filepath.Join(dir, ListFile)
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("read feed list: %w", err)
	}
	var lines []string
	if len(data) == 0 {
		lines = []string{"# News feeds Parley polls, one URL per line (managed by `parley feeds add|remove`)."}
	} else {
		lines = strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	}
	out := edit(lines)
	if out == nil {
		return nil
	}
	return writeAtomic(path, []byte(strings.Join(out, "\n")+"\n"))
}

// writeAtomic replaces path with data: a temp file in the same dir,
// synced, then renamed over it, so readers see the old or the new file.
func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(f.Name()) // after a successful rename, nothing to remove
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
