//go:build linux

package index

import (
	"bufio"
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// canTrim is true: the index watches its mapped memory.
const canTrim = true

// statm is /proc/self/statm, open for as long as the process runs: a
// look at it is one pread (about 2 µs, no allocation) rather than an
// open, read and close (12 µs), so that every read can afford one.
var statm struct {
	once sync.Once
	mu   sync.Mutex
	f    *os.File
	buf  [128]byte
}

// mappedBytes is the file-backed and shared memory the process has
// resident (the third field of /proc/self/statm, in pages), or 0 when it
// cannot be read.
func mappedBytes() int64 {
	statm.once.Do(func() { statm.f, _ = os.Open("/proc/self/statm") })
	if statm.f == nil {
		return 0
	}
	statm.mu.Lock()
	defer statm.mu.Unlock()
	n, err := statm.f.ReadAt(statm.buf[:], 0)
	if n == 0 && err != nil {
		return 0
	}
	// size resident shared text lib data dt
	f := statm.buf[:n]
	for range 2 {
		i := bytes.IndexByte(f, ' ')
		if i < 0 {
			return 0
		}
		f = f[i+1:]
	}
	if i := bytes.IndexAny(f, " \n"); i >= 0 {
		f = f[:i]
	}
	pages, err := strconv.ParseInt(string(f), 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}

// dropMapped advises the kernel that regions, memory maps of files under
// dir, are not needed (MADV_DONTNEED): their pages leave the process's
// page tables and stay in the page cache. A region is dropped only when
// /proc/self/maps shows a mapping of a file under dir starting at its
// first byte, so that nothing else (the Go heap above all) is ever
// advised, whatever a segment implementation returns as its data.
func dropMapped(dir string, regions [][]byte) {
	if dir == "" || len(regions) == 0 {
		return
	}
	starts, err := fileMappings(dir)
	if err != nil {
		slog.Debug("index: trim mapped pages", "err", err)
		return
	}
	for _, r := range regions {
		if !starts[uintptr(unsafe.Pointer(unsafe.SliceData(r)))] {
			continue
		}
		if err := unix.Madvise(r, unix.MADV_DONTNEED); err != nil {
			slog.Debug("index: trim mapped pages", "err", err)
		}
	}
}

// fileMappings returns the start addresses of the process's mappings of
// files under dir.
func fileMappings(dir string) (map[uintptr]bool, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	prefix := abs + string(filepath.Separator)
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	starts := map[uintptr]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		// address perms offset dev inode path
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || !strings.HasPrefix(fields[5], prefix) {
			continue
		}
		lo, _, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		addr, err := strconv.ParseUint(lo, 16, 64)
		if err != nil {
			continue
		}
		starts[uintptr(addr)] = true
	}
	return starts, sc.Err()
}
