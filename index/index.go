package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Errors callers can test with errors.Is.
var (
	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("index: closed")
	// ErrNoTerms is returned for a query with nothing searchable in it:
	// only common words, punctuation or exclusions.
	ErrNoTerms = errors.New("index: the query has no searchable words")
	// ErrLocked is returned by Open when another process holds the index.
	ErrLocked = errors.New("index: in use by another process")
	// ErrSchema is returned by Open for an index built by an incompatible
	// version; rebuild it by ingesting into an empty data dir.
	ErrSchema = errors.New("index: built by an incompatible version")
	// ErrNotFound is returned by Article for an unknown id.
	ErrNotFound = errors.New("index: no such article")
)

// DefaultTimeout bounds a read (Search, Quotes, Meetings, Articles,
// Suggest, Stats: all its bleve searches together) whose context has no
// deadline.
const DefaultTimeout = 2 * time.Second

// openTimeout is how long Open waits for another process's lock.
const openTimeout = 500 * time.Millisecond

// maxClauseCount caps the terms any one query may expand to. Queries
// built from user text never expand (no wildcards, no fuzziness except a
// bounded speaker retry), so this is a safety net, set when the package
// loads because bleve keeps it in a global.
const maxClauseCount = 2048

func init() { searcher.DisjunctionMaxClauseCount = maxClauseCount }

var schemaKey = []byte("parley.schema")

// Index is a Parley index: articles, passages, quotes and meetings. It is
// safe for concurrent use; writes are serialised, searches run alongside
// them.
type Index struct {
	dir string // "" for memory
	idx bleve.Index

	wmu   sync.Mutex    // serialises Upsert
	dirty atomic.Bool   // written since the last sync
	syncs atomic.Uint64 // sync batches written

	cmu    sync.RWMutex // guards closed against Close racing a call
	closed bool

	pubs pubColumns // date columns for tie-breaks (pubcol.go)

	// The mapped-memory watcher (maptrim.go) and what it looks at.
	watch    *watcher
	stopOnce sync.Once     // stops watch
	reads    atomic.Uint64 // reads done
	active   atomic.Int64  // reads running
	loads    atomic.Uint64 // stored documents loaded by reads
	trimming atomic.Bool   // a trim is running
}

// Open opens the index in dir, creating an empty one when dir holds none.
// It fails with ErrLocked, at once rather than hanging, when another
// process has the index open, and with ErrSchema when the index was built
// with an incompatible mapping.
func Open(dir string) (*Index, error) {
	// Batches are unsafe (a write returns once it is searchable, before it
	// is on disk) so that writing the next batch overlaps persisting the
	// last; Upsert and Close wait for the disk with sync.
	cfg := map[string]any{"bolt_timeout": openTimeout.String(), "unsafe_batch": true}
	var (
		bi  bleve.Index
		err error
	)
	if _, statErr := os.Stat(filepath.Join(dir, "index_meta.json")); statErr == nil {
		bi, err = bleve.OpenUsing(dir, cfg)
		if err != nil {
			return nil, openError(dir, err)
		}
		v, err := bi.GetInternal(schemaKey)
		if err != nil || string(v) != schemaVersion {
			_ = bi.Close()
			return nil, fmt.Errorf("open index %s: schema %q, this program needs %q: %w", dir, v, schemaVersion, ErrSchema)
		}
	} else {
		im, merr := buildMapping()
		if merr != nil {
			return nil, fmt.Errorf("create index %s: mapping: %w", dir, merr)
		}
		bi, err = bleve.NewUsing(dir, im, scorch.Name, scorch.Name, cfg)
		if err != nil {
			return nil, openError(dir, err)
		}
		if err := bi.SetInternal(schemaKey, []byte(schemaVersion)); err != nil {
			_ = bi.Close()
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
		ix := &Index{dir: dir, idx: bi}
		ix.dirty.Store(true)
		if err := ix.sync(); err != nil { // a new index is on disk whole, schema included
			_ = bi.Close()
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
		ix.watchMapped()
		return ix, nil
	}
	ix := &Index{dir: dir, idx: bi}
	ix.watchMapped()
	return ix, nil
}

func openError(dir string, err error) error {
	if errors.Is(err, bolterrors.ErrTimeout) {
		return fmt.Errorf("open index %s: %w (%v)", dir, ErrLocked, err)
	}
	return fmt.Errorf("open index %s: %w", dir, err)
}

// NewMem returns an index that lives in memory only (tests, extract).
func NewMem() (*Index, error) {
	im, err := buildMapping()
	if err != nil {
		return nil, fmt.Errorf("new memory index: mapping: %w", err)
	}
	bi, err := bleve.NewMemOnly(im)
	if err != nil {
		return nil, fmt.Errorf("new memory index: %w", err)
	}
	return &Index{idx: bi}, nil
}

// Close flushes and closes the index. Calling it again does nothing.
// It waits for running searches and for the batch an Upsert is writing;
// that Upsert then stops with ErrClosed.
func (ix *Index) Close() error {
	ix.stopWatching()
	ix.cmu.Lock()
	defer ix.cmu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	serr := ix.sync()
	if err := ix.idx.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.dir, err)
	}
	if serr != nil {
		return fmt.Errorf("close index %s: %w", ix.dir, serr)
	}
	return nil
}

var syncKey = []byte("parley.sync")

// sync returns once everything written so far is on disk: the persister
// writes snapshots in order, so when the sync batch's snapshot is on disk,
// so is every batch before it. A memory index has nothing to wait for.
func (ix *Index) sync() error {
	if ix.dir == "" || !ix.dirty.Swap(false) && !ix.unpersisted() {
		return nil
	}
	b := ix.idx.NewBatch()
	b.SetInternal(syncKey, []byte(strconv.FormatUint(ix.syncs.Add(1), 10)))
	done := make(chan error, 1)
	b.SetPersistedCallback(func(err error) { done <- err })
	if err := ix.idx.Batch(b); err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	if err := <-done; err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	return nil
}

// unpersisted reports whether the index holds changes not yet on disk
// that did not come through Upsert (SetInternal).
func (ix *Index) unpersisted() bool {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return true
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return true
	}
	st := s.StatsMap()
	root, _ := st["CurRootEpoch"].(uint64)
	persisted, _ := st["LastPersistedEpoch"].(uint64)
	return root != persisted
}

// reader marks the start of a read; the returned func marks its end. It
// fails after Close.
func (ix *Index) reader() (func(), error) {
	ix.cmu.RLock()
	if ix.closed {
		ix.cmu.RUnlock()
		return nil, ErrClosed
	}
	ix.active.Add(1)
	return ix.readEnd, nil
}

// readEnd marks the end of a read: counted in reads before it leaves
// active (see watchMapped).
func (ix *Index) readEnd() {
	ix.reads.Add(1)
	ix.active.Add(-1)
	ix.cmu.RUnlock()
	ix.readChecked()
}

// withDeadline gives ctx the default deadline when it has none.
func withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, DefaultTimeout)
}

// search runs req, bounded by ctx's deadline or DefaultTimeout.
func (ix *Index) search(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, ctx.Err()) {
			return nil, fmt.Errorf("%w: %v", ctx.Err(), err)
		}
		return nil, err
	}
	return res, nil
}

// diskSize is the bytes of the files under dir.
func diskSize(dir string) (int64, error) {
	if dir == "" {
		return 0, nil
	}
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) { // merged away while walking
				return nil
			}
			return err
		}
		if !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n, err
}

// analyzer returns one of the mapping's analyzers.
func (ix *Index) analyzer(name string) analysis.Analyzer {
	return ix.idx.Mapping().AnalyzerNamed(name)
}
