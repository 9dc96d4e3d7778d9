package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/index"
)

// store is an open data dir: its lock, its index and the answer service
// over it.
type store struct {
	dir  string
	lock *dataLock
	idx  *index.Index
	svc  *answer.Service
	// borrowed stores belong to the running bot or serve process that
	// forwarded this command; close leaves them open.
	borrowed bool
}

// openStore locks the data dir and opens (or creates) its index. With seed
// set, a new index is first filled with the built-in corpus, so a first
// read command answers with zero setup.
func openStore(ctx context.Context, c *cli, dir, command string, seed bool) (*store, error) {
	if c.shared != nil {
		b := *c.shared
		b.borrowed = true
		return &b, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data dir %s: %w", dir, err)
	}
	lock, err := lockDataDir(dir, command)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "index")
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist)
	idx, err := index.Open(path)
	if errors.Is(err, index.ErrSchema) {
		lock.release()
		return nil, fmt.Errorf("%w\nThis index was built by another version of Parley: move %s aside (or delete it) and ingest your articles again", err, path)
	}
	if err != nil {
		lock.release()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	s := &store{dir: dir, lock: lock, idx: idx, svc: answer.New(idx, nil, answer.WithFetcher(newFetcher(c.env)))}
	if fresh && seed {
		c.log.Info("new data dir: indexing the built-in corpus", "dir", dir)
		rep, err := s.svc.IngestBuiltin(ctx)
		if err != nil {
			s.close(c.log)
			return nil, fmt.Errorf("index built-in corpus: %w", err)
		}
		c.log.Info("built-in corpus indexed", "articles", rep.Articles)
	}
	return s, nil
}

// close closes the index, then releases the lock. It runs on every exit
// path, interrupts included, so no batch is lost.
func (s *store) close(log *slog.Logger) {
	if s.borrowed {
		return
	}
	if err := s.idx.Close(); err != nil {
		log.Error("close index", "dir", s.dir, "err", err)
	}
	s.lock.release()
}
