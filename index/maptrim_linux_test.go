//go:build linux

package index

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// mappedRss returns the resident kB of the process's mappings of the
// segment files under dir, from /proc/self/smaps.
func mappedRss(t *testing.T, dir string) int {
	t.Helper()
	abs, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			in = len(fields) >= 6 && strings.HasPrefix(fields[5], abs+"/") && strings.HasSuffix(fields[5], ".zap")
			continue
		}
		if in && len(fields) >= 2 && fields[0] == "Rss:" {
			n, _ := strconv.Atoi(fields[1])
			kb += n
		}
	}
	return kb
}

// compactedIndex writes n generated articles to an on-disk index in one
// segment (no merge runs in the background to read the files, and map
// their pages again, while a test looks at them) and returns its dir.
func compactedIndex(t *testing.T, n int) string {
	t.Helper()
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := genCorpus(n)
	if _, err := ix.Upsert(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// setTrim sets the watcher's settings for one test (before Open: the
// watcher reads trimTick when it starts).
func setTrim(t *testing.T, tick time.Duration, budget int64) {
	t.Helper()
	oldTick, oldBudget := trimTick, mappedBudget
	trimTick, mappedBudget = tick, budget
	t.Cleanup(func() { trimTick, mappedBudget = oldTick, oldBudget })
}

var trimQueries = []string{"talks", `"peace talks"`, "ceasefire agreement", "minister"}

// trimSearches runs trimQueries (safe in goroutines: errors are
// reported with t.Error).
func trimSearches(t *testing.T, ix *Index) []SearchResult {
	t.Helper()
	out := make([]SearchResult, len(trimQueries))
	for i, q := range trimQueries {
		var err error
		if out[i], err = ix.Search(context.Background(), SearchRequest{Query: q, Limit: 10}); err != nil {
			t.Error(err)
		}
	}
	return out
}

// Trimming unmaps the index's file pages from the process and changes no
// answer; a memory index is left alone.
func TestTrimMapped(t *testing.T) {
	ctx := context.Background()
	dir := compactedIndex(t, 80)
	setTrim(t, time.Hour, 1<<62) // no trim but the test's own
	ix, err := Open(dir)         // the segment from its file, memory-mapped
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	before := trimSearches(t, ix)
	if _, err := ix.Meetings(ctx, MeetingRequest{Query: "summit"}); err != nil {
		t.Fatal(err)
	}
	mapped := mappedRss(t, dir)
	if mapped == 0 {
		t.Fatal("no index pages mapped after searching")
	}
	ix.trimMapped()
	if after := mappedRss(t, dir); after >= mapped || after > 0 {
		t.Errorf("mapped index pages %d kB -> %d kB after trimming, want (almost) none", mapped, after)
	}
	if after := trimSearches(t, ix); !reflect.DeepEqual(after, before) {
		t.Errorf("answers changed after trimming")
	}

	mem := newTestIndex(t, fixtures()...)
	if mem.watch != nil {
		t.Error("a memory index has a watcher")
	}
	mem.trimMapped() // memory segments: nothing to advise, nothing breaks
	if r, err := mem.Search(ctx, SearchRequest{Query: "talks"}); err != nil || r.Total == 0 {
		t.Errorf("memory index after trim: %+v %v", r, err)
	}
}

// The watcher trims once the process's mapped memory is over the budget
// (here: always) after reads, and stops with Close.
func TestWatchMapped(t *testing.T) {
	dir := compactedIndex(t, 80)
	setTrim(t, time.Millisecond, 0)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	want := trimSearches(t, ix)

	// Reads from several goroutines while the watcher trims under them:
	// the same answers (and, with -race, no race).
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 10 {
				if got := trimSearches(t, ix); !reflect.DeepEqual(got, want) {
					t.Error("answers changed while trimming")
					return
				}
			}
		})
	}
	wg.Wait()
	// The reads mapped pages; within a few ticks the watcher drops them.
	deadline := time.Now().Add(5 * time.Second)
	for mappedRss(t, dir) > 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if got := mappedRss(t, dir); got > 0 {
		t.Errorf("mapped index pages %d kB after reads over budget, want none", got)
	}

	w := ix.watch
	if w == nil {
		t.Fatal("no watcher on an on-disk index")
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-w.done:
	default:
		t.Error("watcher still running after Close")
	}
	if err := ix.Close(); err != nil { // again: nothing to stop
		t.Error(err)
	}
}

// A read that finds the mapped memory over the budget trims at its end,
// without waiting for the watcher's tick.
func TestReadTrims(t *testing.T) {
	dir := compactedIndex(t, 40)
	setTrim(t, time.Hour, 0)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	trimSearches(t, ix)
	if got := mappedRss(t, dir); got > 0 {
		t.Errorf("mapped index pages %d kB after reads over budget, want none", got)
	}
}

// A read that loads documents trims inside itself, every loadEvery
// documents, when the mapped memory is over the budget: the read holds
// the index, so the trim must not wait for it (a Close waiting meanwhile
// would make that a deadlock).
func TestLoadedTrims(t *testing.T) {
	dir := compactedIndex(t, 40)
	setTrim(t, time.Hour, 1<<62)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	want := trimSearches(t, ix)
	if mappedRss(t, dir) == 0 {
		t.Fatal("no index pages mapped after searching")
	}
	mappedBudget = 0
	done, err := ix.reader()
	if err != nil {
		t.Fatal(err)
	}
	closed := make(chan error, 1)
	go func() { closed <- ix.Close() }() // waits for the read
	for range loadEvery {
		ix.loaded()
	}
	if got := mappedRss(t, dir); got > 0 {
		t.Errorf("mapped index pages %d kB after loads over budget, want none", got)
	}
	done()
	if err := <-closed; err != nil {
		t.Fatal(err)
	}

	// The searches that load documents look (a phrase checks its
	// candidates' text): the same answers with a trim every loadEvery
	// documents.
	if ix, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	before := ix.loads.Load()
	if got := trimSearches(t, ix); !reflect.DeepEqual(got, want) {
		t.Error("answers changed with trims inside reads")
	}
	if ix.loads.Load() == before {
		t.Error("searches loaded no document through loaded()")
	}
}

// mappedBytes reads the third field of /proc/self/statm, in bytes.
func TestMappedBytes(t *testing.T) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Skip(err)
	}
	f := strings.Fields(string(b))
	pages, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	want := pages * int64(os.Getpagesize())
	got := mappedBytes()
	if d := got - want; d < -1<<20 || d > 1<<20 {
		t.Errorf("mappedBytes() = %d, statm says %d", got, want)
	}
	if again := mappedBytes(); again <= 0 {
		t.Errorf("second look: %d", again)
	}
}

// An idle index does not look at its memory: the watcher checks only
// while reads run or after some did.
func TestWatchMappedIdle(t *testing.T) {
	dir := compactedIndex(t, 20)
	setTrim(t, time.Millisecond, 1<<62)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	w := ix.watch
	// waitSeen waits for the watcher's look after the last read.
	waitSeen := func() {
		deadline := time.Now().Add(5 * time.Second)
		for w.seen.Load() != ix.reads.Load() && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if w.seen.Load() != ix.reads.Load() {
			t.Fatal("no check after reads")
		}
	}
	trimSearches(t, ix)
	waitSeen()
	idle := w.checks.Load()
	time.Sleep(30 * time.Millisecond) // 30 ticks
	if got := w.checks.Load(); got != idle {
		t.Errorf("%d checks while idle, want none", got-idle)
	}
	trimSearches(t, ix)
	waitSeen()
	if got := w.checks.Load(); got == idle {
		t.Error("no check after new reads")
	}
}
