//go:build linux

package index

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
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

// Trimming unmaps the index's file pages from the process and changes no
// answer; a memory index is left alone.
func TestTrimMapped(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := genCorpus(80)
	if _, err := ix.Upsert(ctx, arts); err != nil {
		t.Fatal(err)
	}
	// One segment: no merge runs in the background to read the files
	// (and map their pages again) while the test looks at them.
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if ix, err = Open(dir); err != nil { // the segment from its file, memory-mapped
		t.Fatal(err)
	}
	defer ix.Close()

	queries := []string{"talks", `"peace talks"`, "ceasefire agreement", "minister"}
	search := func() []SearchResult {
		out := make([]SearchResult, len(queries))
		for i, q := range queries {
			if out[i], err = ix.Search(ctx, SearchRequest{Query: q, Limit: 10}); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	before := search()
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
	if after := search(); !reflect.DeepEqual(after, before) {
		t.Errorf("answers changed after trimming")
	}

	// Reads trigger the trim once the process's mapped memory is over
	// the budget (here: always, after every read).
	defer func(every uint64, budget int64) { trimEvery, mappedBudget = every, budget }(trimEvery, mappedBudget)
	trimEvery, mappedBudget = 1, 0
	search()
	for ix.trimming.Load() {
		runtime.Gosched()
	}
	if got := mappedRss(t, dir); got >= mapped {
		t.Errorf("mapped index pages %d kB after reads over budget, want fewer than %d", got, mapped)
	}

	mem := newTestIndex(t, fixtures()...)
	mem.trimMapped() // memory segments: nothing to advise, nothing breaks
	if r, err := mem.Search(ctx, SearchRequest{Query: "talks"}); err != nil || r.Total == 0 {
		t.Errorf("memory index after trim: %+v %v", r, err)
	}
}
