package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// cpuUse is how busy a child kept the machine's cores: the CPU it used,
// and what it asked for — CPU plus time its threads waited for a core —
// so that a machine shared with other work does not make a serial
// program look parallel or a parallel one serial.
type cpuUse struct {
	CPUSeconds float64   // user + system time of the process
	Cores      float64   // CPUSeconds / wall time
	Demand     float64   // (CPU + run-queue wait of all threads) / wall time
	Timeline   []float64 `json:",omitempty"` // cores demanded, per second of wall time
}

// cpuMeter samples the process's threads (/proc/self/task/*/schedstat)
// until stopped.
type cpuMeter struct {
	start    time.Time
	rusage0  float64
	sched0   int64
	stop     chan struct{}
	wg       sync.WaitGroup
	timeline []float64
}

func startCPUMeter() *cpuMeter {
	m := &cpuMeter{start: time.Now(), rusage0: rusageSeconds(), sched0: schedNanos(), stop: make(chan struct{})}
	m.wg.Go(func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		last, lastT := m.sched0, m.start
		for {
			select {
			case <-m.stop:
				return
			case now := <-t.C:
				s := schedNanos()
				m.timeline = append(m.timeline, round2(float64(s-last)/float64(now.Sub(lastT))))
				last, lastT = s, now
			}
		}
	})
	return m
}

func (m *cpuMeter) done() cpuUse {
	close(m.stop)
	m.wg.Wait()
	wall := time.Since(m.start).Seconds()
	cpu := rusageSeconds() - m.rusage0
	return cpuUse{CPUSeconds: round2(cpu), Cores: round2(cpu / wall),
		Demand: round2(float64(schedNanos()-m.sched0) / 1e9 / wall), Timeline: m.timeline}
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// rusageSeconds is the process's user + system CPU time.
func rusageSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// schedNanos sums the time on a CPU and waiting for one of the process's
// live threads (Linux; 0 elsewhere).
func schedNanos() int64 {
	dirs, _ := filepath.Glob("/proc/self/task/*/schedstat")
	var n int64
	for _, d := range dirs {
		b, err := os.ReadFile(d)
		if err != nil {
			continue
		}
		f := strings.Fields(string(b))
		if len(f) < 2 {
			continue
		}
		run, _ := strconv.ParseInt(f[0], 10, 64)
		wait, _ := strconv.ParseInt(f[1], 10, 64)
		n += run + wait
	}
	return n
}
