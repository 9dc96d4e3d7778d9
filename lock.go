package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// dataLock is an exclusive, non-blocking lock on a data dir. bleve allows one
// writer per index, and bolt (under bleve) would wait forever for a second
// one, so every command takes this lock first and fails at once, naming the
// holder, when another process has it.
type dataLock struct{ f *os.File }

type lockInfo struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Started time.Time `json:"started"`
}

// errLocked is returned when another process holds the data dir.
var errLocked = errors.New("data dir in use")

func lockDataDir(dir, command string) (*dataLock, error) {
	path := filepath.Join(dir, "parley.lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock data dir: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		var held lockInfo
		data, _ := os.ReadFile(path)
		_ = json.Unmarshal(data, &held)
		f.Close()
		if held.PID == 0 {
			return nil, fmt.Errorf("%w: %s is locked by another parley process; wait for it or stop it", errLocked, dir)
		}
		return nil, fmt.Errorf("%w: %s is in use by `parley %s` (pid %d, since %s); stop it first (kill %d) or use another --data dir",
			errLocked, dir, held.Command, held.PID, held.Started.Format(time.RFC3339), held.PID)
	}
	info, _ := json.Marshal(lockInfo{PID: os.Getpid(), Command: command, Started: time.Now().UTC().Truncate(time.Second)})
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt(append(info, '\n'), 0)
	}
	return &dataLock{f: f}, nil
}

func (l *dataLock) release() {
	if l == nil || l.f == nil {
		return
	}
	_ = l.f.Truncate(0)
	_ = syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	_ = l.f.Close()
	l.f = nil
}
