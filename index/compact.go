package index

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// Compact merges the whole index into one segment and returns once the
// files it replaced are gone (or after compactCleanupWait, when they go
// later in the background).
//
// The background merger keeps tens of segments after a bulk ingest (its
// tiers allow about twenty at 100,000 articles, and more while it lags),
// each with its own copy of every field's dictionary: at 100,000 generated
// articles the index is 2.6× the raw text as ingest leaves it and 1.8× in
// one segment, and every search looks each term up in every segment.
// Compacting costs about a tenth of the ingest time at that size; callers
// run it after bulk writes (answer.Service.Ingest does), not after a few
// articles.
func (ix *Index) Compact(ctx context.Context) error {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	done, err := ix.reader()
	if err != nil {
		return fmt.Errorf("compact index: %w", err)
	}
	defer done()
	if ix.dir == "" {
		return nil
	}
	if err := ix.sync(); err != nil { // the merger merges what is on disk
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	adv, err := ix.idx.Advanced()
	if err != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	// One merge of every segment: the default single-segment plan merges
	// ten at a time and then merges the results again, which writes the
	// index twice when ingest left more than ten segments.
	opts := mergeplan.SingleSegmentMergePlanOptions
	opts.SegmentsPerMergeTask = compactFanIn
	opts.MaxSegmentsPerTier = compactFanIn
	if err := s.ForceMerge(ctx, &opts); err != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	if err := ix.sync(); err != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	// The persister deletes the replaced segment files when it next goes
	// idle, but it may have gone idle before the merger released them,
	// and then it waits for a write: wait for the files to go, with a
	// sync (a write of one internal key) to wake it now and then, so the
	// disk figures that follow are true.
	deadline := time.Now().Add(compactCleanupWait)
	for i := 1; zapFiles(ix.dir) > rootSegments(s) && time.Now().Before(deadline) && ctx.Err() == nil; i++ {
		time.Sleep(50 * time.Millisecond)
		if i%4 == 0 {
			ix.dirty.Store(true)
			if err := ix.sync(); err != nil {
				return fmt.Errorf("compact index %s: %w", ix.dir, err)
			}
		}
	}
	return nil
}

// compactFanIn is the most segments Compact merges in one go: more than
// an ingest leaves (about twenty at 100,000 articles).
const compactFanIn = 1000

// compactCleanupWait bounds how long Compact waits for old files to go.
const compactCleanupWait = 30 * time.Second

// rootSegments is the number of file segments the index is made of now.
func rootSegments(s *scorch.Scorch) int {
	n, _ := s.StatsMap()["num_root_filesegments"].(uint64)
	return int(n)
}

// zapFiles counts the segment files of the index in dir.
func zapFiles(dir string) int {
	m, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	return len(m)
}
