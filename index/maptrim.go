package index

import (
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Serving memory: bleve reads its segment files through memory maps, and
// every page a search touches stays mapped into the process — with the
// kernel's fault-around, 64 KiB of the file for each page read, and where
// the page cache holds the file in large folios (a file just written,
// on ext4 with Linux 6.18) the whole folio — so a server that answers for
// long enough maps most of the index, which counts in its resident set
// even though it is page cache the kernel can drop (at 100,000 articles:
// 622 of 691 MiB serving). MADV_RANDOM and MADV_NOHUGEPAGE do not change
// that. So the index looks at how much file memory the process has
// mapped, and when that passes mappedBudget it unmaps the pages of its
// segment files from the process (madvise MADV_DONTNEED: the pages stay
// in the page cache, and the next read of one maps it again without a
// disk read). It looks at the end of every read, every loadEvery stored
// documents a read loads (a phrase search checks up to a thousand
// candidates' text), and, while an on-disk index is open, from a watcher
// every trimTick when reads ran since its last look or are running (so
// that what long or concurrent reads map between two looks is bounded in
// time, and an idle index costs nothing but the tick). The resident set
// is then the heap plus what recent reads touched. Linux only
// (maptrim_linux.go); elsewhere nothing is done.

// Trim settings: variables so that tests can trim at once.
var (
	// trimTick is how often the watcher checks the mapped memory.
	trimTick = 5 * time.Millisecond
	// mappedBudget is the file-backed memory (bytes, as /proc/self/statm
	// counts it: the program's own text too) above which the index's
	// mappings are dropped.
	mappedBudget int64 = 192 << 20
)

// watcher is the mapped-memory watcher of an on-disk index.
type watcher struct {
	stop chan struct{} // closed by Close
	done chan struct{} // closed when the watcher has returned
	// seen is the count of reads at the last look at the mapped memory,
	// checks the count of looks (for tests).
	seen, checks atomic.Uint64
}

// watchMapped starts the watcher of an on-disk index (where the
// platform can trim); stopWatching ends it.
func (ix *Index) watchMapped() {
	if ix.dir == "" || !canTrim {
		return
	}
	w := &watcher{stop: make(chan struct{}), done: make(chan struct{})}
	ix.watch = w
	go func() {
		defer close(w.done)
		t := time.NewTicker(trimTick)
		defer t.Stop()
		for {
			select {
			case <-w.stop:
				return
			case <-t.C:
			}
			// active before reads: a read that ends in between has
			// counted itself in reads (readEnd) before leaving active.
			active := ix.active.Load()
			reads := ix.reads.Load()
			if reads == w.seen.Load() && active == 0 {
				continue // idle: nothing can have been mapped since the last check
			}
			w.seen.Store(reads)
			w.checks.Add(1)
			ix.trimOver(false)
		}
	}()
}

// readChecked is called at the end of every read of a watched index: a
// look at the mapped memory costs a couple of microseconds, and the read
// that finds it over the budget trims at once. (Asking the watcher to
// trim was not enough: with several reads running it waited its turn
// behind them for up to 160 ms while they mapped 250 MiB more.)
func (ix *Index) readChecked() {
	if ix.watch != nil {
		ix.trimOver(false)
	}
}

// loadEvery is how many stored documents reads load between two looks at
// the mapped memory from inside a read.
const loadEvery = 16

// loaded is called by a read for every stored document it loads (the
// reads that map the most: a phrase search loads up to verifyCap
// candidates' text, who up to 50 articles; where the page cache holds a
// file in large folios, one document read maps a whole folio, and two
// such reads mapped 200 MiB in 13 ms). Every loadEvery documents it looks
// at the mapped memory and trims when it is over the budget.
func (ix *Index) loaded() {
	if ix.watch == nil || ix.loads.Add(1)%loadEvery != 0 {
		return
	}
	ix.trimOver(true)
}

// trimOver trims when the mapped memory is over the budget and no other
// trim is running; held says the caller is a read (it holds cmu).
func (ix *Index) trimOver(held bool) {
	if mappedBytes() <= mappedBudget || !ix.trimming.CompareAndSwap(false, true) {
		return
	}
	defer ix.trimming.Store(false)
	if held {
		ix.dropSegments()
		return
	}
	ix.trimMapped()
}

// stopWatching stops the watcher and waits for it to return (a trim it
// is running ends first). It must not be called with cmu held: a trim
// takes a read of the index.
func (ix *Index) stopWatching() {
	w := ix.watch
	if w == nil {
		return
	}
	ix.stopOnce.Do(func() { close(w.stop) })
	<-w.done
}

// trimMapped drops the pages of the index's segment files from the
// process's page tables (nothing after Close).
func (ix *Index) trimMapped() {
	ix.cmu.RLock() // not a reader(): a trim is not a read to watch
	defer ix.cmu.RUnlock()
	if ix.closed {
		return
	}
	ix.dropSegments()
}

// dropSegments drops the pages of the index's segment files from the
// process's page tables; the caller holds cmu (for reading). It holds a
// snapshot of the index meanwhile, so none of its segments can be
// unmapped (and the address reused) under it.
func (ix *Index) dropSegments() {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return
	}
	r, err := s.Reader()
	if err != nil {
		return
	}
	defer r.Close()
	is, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return
	}
	var regions [][]byte
	for _, ss := range is.Segments() {
		// Only segments opened from files have Data (their memory map);
		// segments still in memory are on the Go heap and are left alone.
		if m, ok := ss.Segment().(interface{ Data() []byte }); ok && len(m.Data()) > 0 {
			regions = append(regions, m.Data())
		}
	}
	dropMapped(ix.dir, regions)
}
