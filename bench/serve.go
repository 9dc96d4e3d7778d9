package main

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
)

// results is everything one run measured.
type results struct {
	Articles int
	Seed     uint64
	Machine  machineInfo
	Started  time.Time
	Finished time.Time
	Corpus   any
	Ingest   []ingestResult
	Serve    []serveResult
}

// ingestResult is one engine's ingest, measured in its child.
type ingestResult struct {
	Engine     string
	Articles   int     // articles in the index afterwards
	Passages   int     // paragraphs indexed
	Failed     int     // inputs that could not be read
	Seconds    float64 // from the first file read to the index closed
	PerSecond  float64 // Articles / Seconds
	IndexBytes int64   // on disk, after closing
	RawBytes   int64   // titles and paragraphs as parsed
	PeakRSS    int64   // VmHWM of the child
	CPU        cpuUse  // how busy the ingest kept the cores
}

// serveResult is one engine's serving figures.
type serveResult struct {
	Engine     string
	Open       time.Duration // open until the first search answered
	Search     latency
	ByKind     map[string]latency
	SearchHits int // timed searches with at least one hit
	Searches   int
	Errors     []string `json:",omitempty"`
	Quotes     *latency `json:",omitempty"`
	Who        *latency `json:",omitempty"`
	// Bot is the bot path: a signed interaction POSTed to the bot's
	// endpoint until its response has arrived (searches, quotes, who).
	Bot          *latency           `json:",omitempty"`
	BotByCommand map[string]latency `json:",omitempty"`
	BotErrors    []string           `json:",omitempty"`
	PerSecond    float64            // searches per second with several clients
	Clients      int
	Mem          memInfo // after all the searches
}

// latency summarises durations.
type latency struct {
	N             int
	P50, P99, Max time.Duration
}

func summarize(d []time.Duration) latency {
	if len(d) == 0 {
		return latency{}
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return latency{N: len(s), P50: s[len(s)/2], P99: s[min(len(s)-1, len(s)*99/100)], Max: s[len(s)-1]}
}

// serve opens both indexes in serving children and measures them, in
// alternation.
func serve(o options, qsPath string, res *results) error {
	engines := []string{engineParley, engineFTS5}
	procs := make([]*childProc, len(engines))
	out := make([]serveResult, len(engines))
	for i, e := range engines {
		p, first, err := startServe(o, e, qsPath)
		if err != nil {
			return err
		}
		defer p.stop()
		procs[i] = p
		out[i] = serveResult{Engine: e, Open: first.Open, ByKind: map[string]latency{}, Clients: o.clients}
		logf("%s: open %v", e, first.Open.Round(time.Millisecond))
	}
	// memAfter logs each child's memory after a phase, so the log shows
	// which phase set the serving peak.
	memAfter := func(phase string) {
		for i, p := range procs {
			if r, err := p.call(command{Op: "mem"}); err == nil {
				logf("%s: after %s: peak RSS %.0f MiB, RSS %.0f MiB (anonymous %.0f, file %.0f)",
					engines[i], phase, mib(r.Mem.PeakRSS), mib(r.Mem.RSS), mib(r.Mem.RSSAnon), mib(r.Mem.RSSFile))
			}
		}
	}
	memAfter("open")
	// Warm-up, then the timed searches in chunks, alternating.
	for _, p := range procs {
		if _, err := p.call(command{Op: "search", From: 0, To: o.warm}); err != nil {
			return err
		}
	}
	lat := make([][]time.Duration, len(engines))
	kinds := make([]map[string][]time.Duration, len(engines))
	for c := range o.chunks {
		from := o.warm + c*o.queries/o.chunks
		to := o.warm + (c+1)*o.queries/o.chunks
		for i, p := range procs {
			r, err := p.call(command{Op: "search", From: from, To: to})
			if err != nil {
				return err
			}
			if kinds[i] == nil {
				kinds[i] = map[string][]time.Duration{}
			}
			lat[i] = append(lat[i], r.Latencies...)
			for k, d := range r.Latencies {
				kinds[i][r.Kinds[k]] = append(kinds[i][r.Kinds[k]], d)
			}
			out[i].SearchHits += r.Hits
			out[i].Errors = append(out[i].Errors, r.Errors...)
		}
		logf("searches %d–%d done", from-o.warm, to-o.warm)
	}
	memAfter("searches")
	for i := range procs {
		out[i].Search = summarize(lat[i])
		out[i].Searches = len(lat[i])
		for k, d := range kinds[i] {
			out[i].ByKind[k] = summarize(d)
		}
	}
	for i, p := range procs {
		for _, op := range []string{"quotes", "who"} {
			r, err := p.call(command{Op: op})
			if err != nil {
				return err
			}
			if r.Err != "" {
				continue
			}
			l := summarize(r.Latencies)
			if op == "quotes" {
				out[i].Quotes = &l
			} else {
				out[i].Who = &l
			}
		}
	}
	memAfter("quotes and who")
	for i, p := range procs {
		r, err := p.call(command{Op: "bot", Warm: o.warm})
		if err != nil {
			return err
		}
		if r.Err != "" {
			continue
		}
		l := summarize(r.Latencies)
		out[i].Bot = &l
		out[i].BotByCommand = map[string]latency{}
		by := map[string][]time.Duration{}
		for k, d := range r.Latencies {
			by[r.Kinds[k]] = append(by[r.Kinds[k]], d)
		}
		for k, d := range by {
			out[i].BotByCommand[k] = summarize(d)
		}
		out[i].BotErrors = r.Errors
		logf("%s: bot path p50 %v p99 %v over %d interactions", engines[i], l.P50, l.P99, l.N)
	}
	memAfter("bot path")
	for i, p := range procs {
		r, err := p.call(command{Op: "concurrent", Clients: o.clients, Rounds: 1, Warm: o.warm})
		if err != nil {
			return err
		}
		out[i].PerSecond = r.PerSecond
		logf("%s: %.0f searches/s with %d clients", engines[i], r.PerSecond, o.clients)
	}
	for i, p := range procs {
		r, err := p.call(command{Op: "mem"})
		if err != nil {
			return err
		}
		out[i].Mem = r.Mem
	}
	if o.answers != "" {
		r, err := procs[0].call(command{Op: "answers"})
		if err != nil {
			return err
		}
		if err := os.WriteFile(o.answers, []byte(strings.Join(r.Answers, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		logf("answers to %d queries written to %s", len(r.Answers), o.answers)
	}
	res.Serve = out
	return nil
}

// procKB reads a "Name:  123 kB" line of a /proc file.
func procKB(path, name string) int64 {
	v := procField(path, name)
	n, _ := strconv.ParseInt(strings.TrimSuffix(v, " kB"), 10, 64)
	return n
}

// procField reads the value of the first "name: value" line of a /proc file.
func procField(path, name string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		k, v, ok := strings.Cut(s.Text(), ":")
		if ok && strings.TrimSpace(k) == name {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
