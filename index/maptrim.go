package index

import (
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Serving memory: bleve reads its segment files through memory maps, and
// every page a search touches stays mapped into the process — with the
// kernel's fault-around, 64 KiB of the file for each page read — so a
// server that answers for long enough maps most of the index, which
// counts in its resident set even though it is page cache the kernel can
// drop (at 100,000 articles: 622 of 691 MiB serving). MADV_RANDOM does
// not change that (fault-around ignores it). So, after every trimEvery
// reads, the index checks how much file memory the process has mapped,
// and when that passes mappedBudget it unmaps the pages of its segment
// files from the process (madvise MADV_DONTNEED: the pages stay in the
// page cache, and the next read of one maps it again without a disk
// read). The resident set is then the heap plus what recent searches
// touched. Linux only (maptrim_linux.go); elsewhere nothing is done.

// Trim settings: a variable so that tests can trim at once.
var (
	// trimEvery is how many reads pass between two checks.
	trimEvery uint64 = 32
	// mappedBudget is the file-backed memory (bytes, as /proc/self/statm
	// counts it: the program's own text too) above which the index's
	// mappings are dropped.
	mappedBudget int64 = 256 << 20
)

// readDone is called at the end of every read: every trimEvery reads it
// checks the mapped memory and starts a trim when it is over budget.
func (ix *Index) readDone() {
	if ix.dir == "" || ix.reads.Add(1)%trimEvery != 0 {
		return
	}
	if mappedBytes() <= mappedBudget || !ix.trimming.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer ix.trimming.Store(false)
		ix.trimMapped()
	}()
}

// trimMapped drops the pages of the index's segment files from the
// process's page tables. It holds a snapshot of the index meanwhile, so
// none of its segments can be unmapped (and the address reused) under it.
func (ix *Index) trimMapped() {
	done, err := ix.reader()
	if err != nil {
		return
	}
	defer done()
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
