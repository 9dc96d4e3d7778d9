package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/parley-bot/parley/internal/gen"
)

// Engine names.
const (
	engineParley = "parley"
	engineFTS5   = "fts5"
)

// errUnsupported is a figure an engine has no way to produce (FTS5 has no
// quote or meeting extraction).
var errUnsupported = errors.New("not supported")

// engine is one side of the comparison, inside its child process.
type engine interface {
	// ingest reads every article file under corpusDir into a new index in
	// dir, durably, and closes it.
	ingest(ctx context.Context, corpusDir, dir string) (ingestResult, error)
	open(dir string) error
	// search runs q (top 5 with highlighted passages) and returns the
	// number of hits on the page.
	search(ctx context.Context, q gen.Query) (int, error)
	quotes(ctx context.Context, q gen.QuoteQuery) (int, error)
	who(ctx context.Context, question string) (int, error)
	close() error
}

func newEngine(name string) (engine, error) {
	switch name {
	case engineParley:
		return &parleyEngine{}, nil
	case engineFTS5:
		return &fts5Engine{}, nil
	}
	return nil, fmt.Errorf("unknown engine %q", name)
}

// childMain is the "child" sub-command: "ingest" prints one JSON result;
// "serve" opens the index, prints the open figures, then answers one
// command per line of stdin with one JSON line.
func childMain(args []string) int {
	fs := flag.NewFlagSet("child", flag.ContinueOnError)
	phase := fs.String("phase", "", "ingest or serve")
	name := fs.String("engine", "", "parley or fts5")
	corpusDir := fs.String("corpus", "", "corpus dir")
	dir := fs.String("index", "", "index dir")
	qsPath := fs.String("queries", "", "query set file")
	profile := fs.String("cpuprofile", "", "CPU profile file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	e, err := newEngine(*name)
	if err == nil {
		if *profile != "" {
			f, perr := os.Create(*profile)
			if perr != nil {
				err = perr
			} else {
				_ = pprof.StartCPUProfile(f)
				defer func() { pprof.StopCPUProfile(); f.Close() }()
			}
		}
	}
	if err == nil {
		switch *phase {
		case "ingest":
			var r ingestResult
			m := startCPUMeter()
			r, err = e.ingest(context.Background(), *corpusDir, *dir)
			r.CPU = m.done()
			if err == nil {
				r.Engine = *name
				r.PeakRSS = procKB("/proc/self/status", "VmHWM") << 10
				err = json.NewEncoder(os.Stdout).Encode(r)
			}
		case "serve":
			err = serveChild(e, *name, *dir, *qsPath)
		default:
			err = fmt.Errorf("unknown phase %q", *phase)
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench child %s %s: %v\n", *name, *phase, err)
		return 1
	}
	return 0
}

// runChild runs a one-shot child phase and decodes its result.
func runChild(out any, o options, phase, engine, corpusDir, qsPath string) error {
	cmd := exec.Command(self(), childArgs(o, phase, engine, corpusDir, qsPath)...)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}

func childArgs(o options, phase, engine, corpusDir, qsPath string) []string {
	args := []string{"child", "-phase", phase, "-engine", engine, "-corpus", corpusDir,
		"-index", filepath.Join(o.work, "index-"+engine), "-queries", qsPath}
	if o.profile && engine == engineParley {
		args = append(args, "-cpuprofile", filepath.Join(o.work, "cpu-"+phase+".prof"))
	}
	return args
}

func self() string {
	if p, err := os.Executable(); err == nil {
		return p
	}
	return os.Args[0]
}

// command is one request to a serving child.
type command struct {
	Op       string // "search", "quotes", "who", "bot", "concurrent", "mem", "answers", "quit"
	From, To int    // range of the query list (search)
	Clients  int    // concurrent
	Rounds   int    // concurrent: passes over the timed searches
	Warm     int    // concurrent: the timed searches start here
}

// reply is a serving child's answer to a command.
type reply struct {
	Latencies []time.Duration `json:",omitempty"`
	Kinds     []string        `json:",omitempty"` // search: the query kind of each latency
	Hits      int             // queries with at least one hit
	Errors    []string        `json:",omitempty"`
	PerSecond float64         `json:",omitempty"`
	Mem       memInfo         `json:",omitempty"`
	Open      time.Duration   `json:",omitempty"`
	Err       string          `json:",omitempty"`
	Answers   []string        `json:",omitempty"` // answers: Parley's answers to the query set
}

// memInfo is the child's memory, from /proc/self/status.
type memInfo struct {
	PeakRSS, RSS, RSSAnon, RSSFile int64
}

func readMem() memInfo {
	const f = "/proc/self/status"
	return memInfo{PeakRSS: procKB(f, "VmHWM") << 10, RSS: procKB(f, "VmRSS") << 10,
		RSSAnon: procKB(f, "RssAnon") << 10, RSSFile: procKB(f, "RssFile") << 10}
}

func serveChild(e engine, name, dir, qsPath string) error {
	var qs querySet
	b, err := os.ReadFile(qsPath)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &qs); err != nil {
		return err
	}
	out := json.NewEncoder(os.Stdout)
	start := time.Now()
	if err := e.open(dir); err != nil {
		return err
	}
	// Open counts until the first answer: an index that defers its work
	// to the first search does not look faster than it is.
	if _, err := e.search(context.Background(), qs.Search[0]); err != nil {
		return fmt.Errorf("first search: %w", err)
	}
	if err := out.Encode(reply{Open: time.Since(start)}); err != nil {
		return err
	}
	defer e.close()
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		var c command
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			return err
		}
		if c.Op == "quit" {
			return nil
		}
		if c.Op == "bot" {
			if err := out.Encode(handleBot(e, qs, c)); err != nil {
				return err
			}
			continue
		}
		if err := out.Encode(handle(e, qs, c)); err != nil {
			return err
		}
	}
	return in.Err()
}

func handle(e engine, qs querySet, c command) reply {
	ctx := context.Background()
	var r reply
	timed := func(n int, f func(i int) (int, error)) {
		for i := range n {
			start := time.Now()
			hits, err := f(i)
			r.Latencies = append(r.Latencies, time.Since(start))
			if errors.Is(err, errUnsupported) {
				r.Err, r.Latencies = err.Error(), nil
				return
			}
			if err != nil && len(r.Errors) < 5 {
				r.Errors = append(r.Errors, err.Error())
			}
			if hits > 0 {
				r.Hits++
			}
		}
	}
	switch c.Op {
	case "search":
		timed(c.To-c.From, func(i int) (int, error) { return e.search(ctx, qs.Search[c.From+i]) })
		for i := c.From; i < c.To; i++ {
			r.Kinds = append(r.Kinds, qs.Search[i].Kind)
		}
	case "quotes":
		timed(len(qs.QuoteQs), func(i int) (int, error) { return e.quotes(ctx, qs.QuoteQs[i]) })
	case "who":
		timed(len(qs.Who), func(i int) (int, error) { return e.who(ctx, qs.Who[i]) })
	case "concurrent":
		r.PerSecond = concurrent(ctx, e, qs.Search[c.Warm:], c.Clients, c.Rounds)
	case "mem":
		r.Mem = readMem()
	case "answers":
		if p, ok := e.(*parleyEngine); ok {
			r.Answers = p.answerLines(qs)
		} else {
			r.Err = errUnsupported.Error()
		}
	default:
		r.Err = "unknown op " + c.Op
	}
	return r
}

// handleBot measures the bot path over e's index: a bot in front of it,
// each interaction timed from the signed POST to the full response.
func handleBot(e engine, qs querySet, c command) reply {
	be, ok := e.(botEngine)
	if !ok {
		return reply{Err: errUnsupported.Error()}
	}
	b, err := startBot(be.service())
	if err != nil {
		return reply{Err: err.Error()}
	}
	b.warmUp(qs.Search[:min(c.Warm, 50)])
	var r reply
	r.Latencies, r.Kinds, r.Errors = b.run(qs, c.Warm)
	if err := b.stop(); err != nil {
		r.Errors = append(r.Errors, "bot: "+err.Error())
	}
	return r
}

// concurrent runs rounds passes over qs with clients goroutines pulling
// the next query, and returns queries per second.
func concurrent(ctx context.Context, e engine, qs []gen.Query, clients, rounds int) float64 {
	total := len(qs) * rounds
	var (
		mu   sync.Mutex
		next int
		wg   sync.WaitGroup
	)
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= total {
					return
				}
				_, _ = e.search(ctx, qs[i%len(qs)])
			}
		})
	}
	wg.Wait()
	return float64(total) / time.Since(start).Seconds()
}

// childProc is a running serve child.
type childProc struct {
	name string
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *json.Decoder
}

func startServe(o options, engine, qsPath string) (*childProc, reply, error) {
	cmd := exec.Command(self(), childArgs(o, "serve", engine, "", qsPath)...)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, reply{}, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, reply{}, err
	}
	if err := cmd.Start(); err != nil {
		return nil, reply{}, err
	}
	p := &childProc{name: engine, cmd: cmd, in: in, out: json.NewDecoder(stdout)}
	var first reply
	if err := p.out.Decode(&first); err != nil {
		p.stop()
		return nil, reply{}, fmt.Errorf("%s: open: %w", engine, err)
	}
	return p, first, nil
}

func (p *childProc) call(c command) (reply, error) {
	b, _ := json.Marshal(c)
	if _, err := p.in.Write(append(b, '\n')); err != nil {
		return reply{}, fmt.Errorf("%s %s: %w", p.name, c.Op, err)
	}
	var r reply
	if err := p.out.Decode(&r); err != nil {
		return reply{}, fmt.Errorf("%s %s: %w", p.name, c.Op, err)
	}
	return r, nil
}

func (p *childProc) stop() {
	b, _ := json.Marshal(command{Op: "quit"})
	_, _ = p.in.Write(append(b, '\n'))
	_ = p.in.Close()
	_ = p.cmd.Wait()
}
