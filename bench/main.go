// Command bench measures Parley against an SQLite FTS5 baseline on one
// generated corpus and one query set, in one run, and prints a Markdown
// table (and writes the figures as JSON):
//
//	cd bench && go run . -articles 100000
//
// Each engine ingests and serves in a child process of its own (the
// binary runs itself with the "child" sub-command), so that peak memory
// figures are the engine's alone. Searches alternate between the two
// engines in chunks, after a warm-up, so that drift on a shared machine
// hits both alike. See the README's Performance section for what each side
// does.
//
// It is its own module so that the bot's binary never links SQLite.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/parley-bot/parley/internal/gen"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		os.Exit(childMain(os.Args[2:]))
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// options of one run.
type options struct {
	articles int
	seed     uint64
	queries  int
	warm     int
	clients  int
	chunks   int
	work     string
	out      string
	keep     bool
	profile  bool
	answers  string
}

func run(args []string) error {
	var o options
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.IntVar(&o.articles, "articles", 10000, "number of generated `articles`")
	fs.Uint64Var(&o.seed, "seed", 42, "corpus and query `seed`")
	fs.IntVar(&o.queries, "queries", 600, "timed searches per engine (at least 500 for the reported figures)")
	fs.IntVar(&o.warm, "warm", 100, "untimed warm-up searches per engine")
	fs.IntVar(&o.clients, "clients", 8, "concurrent clients for the throughput figure")
	fs.IntVar(&o.chunks, "chunks", 4, "chunks the timed searches are split into, alternating engines")
	fs.StringVar(&o.work, "work", filepath.Join(os.TempDir(), "parley-bench"), "work `dir`: the corpus (kept for reuse) and the indexes")
	fs.StringVar(&o.out, "out", "results.json", "JSON results `file`")
	fs.BoolVar(&o.keep, "keep", false, "keep the indexes after the run")
	fs.BoolVar(&o.profile, "profile", false, "write CPU profiles of Parley's ingest and search to the work dir")
	fs.StringVar(&o.answers, "answers", "", "write Parley's answers to the query set to `file` (to compare two builds)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.articles < 1 || o.queries < 1 || o.clients < 1 || o.chunks < 1 {
		return fmt.Errorf("-articles, -queries, -clients and -chunks must be positive")
	}
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		return err
	}
	res := &results{Articles: o.articles, Seed: o.seed, Machine: machine(), Started: time.Now().UTC()}

	g := gen.New(o.seed)
	corpusDir := filepath.Join(o.work, fmt.Sprintf("corpus-%d-%d", o.seed, o.articles))
	w, err := ensureCorpus(g, corpusDir, o.articles)
	if err != nil {
		return err
	}
	res.Corpus = w
	logf("corpus: %d articles, %.1f MB of files, %.1f MB of raw text in %s", w.Articles, mb(w.FileBytes), mb(w.RawBytes), corpusDir)

	qs := querySet{Search: g.Queries(o.warm+o.queries, o.articles), QuoteQs: g.QuoteQueries(200), Who: g.MeetingQueries(200)}
	qsPath := filepath.Join(o.work, "queries.json")
	if err := writeJSON(qsPath, qs); err != nil {
		return err
	}

	engines := []string{engineParley, engineFTS5}
	for _, e := range engines {
		dir := filepath.Join(o.work, "index-"+e)
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		if !o.keep {
			defer os.RemoveAll(dir)
		}
	}
	for _, e := range engines {
		logf("%s: ingesting", e)
		var ir ingestResult
		if err := runChild(&ir, o, "ingest", e, corpusDir, qsPath); err != nil {
			return fmt.Errorf("%s ingest: %w", e, err)
		}
		res.Ingest = append(res.Ingest, ir)
		logf("%s: %d articles in %.1fs (%.0f/s), index %.1f MB, peak RSS %.0f MiB; CPU %.1fs, %.2f cores used, %.2f demanded",
			e, ir.Articles, ir.Seconds, ir.PerSecond, mb(ir.IndexBytes), mib(ir.PeakRSS), ir.CPU.CPUSeconds, ir.CPU.Cores, ir.CPU.Demand)
	}
	if err := serve(o, qsPath, res); err != nil {
		return err
	}
	res.Finished = time.Now().UTC()
	if err := writeJSON(o.out, res); err != nil {
		return err
	}
	printTable(os.Stdout, res)
	logf("figures written to %s", o.out)
	return nil
}

// ensureCorpus writes the corpus unless dir already holds it.
func ensureCorpus(g *gen.Generator, dir string, n int) (gen.Written, error) {
	marker := filepath.Join(dir, "corpus.json")
	var w gen.Written
	if b, err := os.ReadFile(marker); err == nil && json.Unmarshal(b, &w) == nil && w.Articles == n {
		return w, nil
	}
	logf("writing %d articles to %s", n, dir)
	if err := os.RemoveAll(dir); err != nil {
		return w, err
	}
	w, err := g.WriteDir(dir, n)
	if err != nil {
		return w, err
	}
	return w, writeJSON(marker, w)
}

// querySet is what the children search, in order: the first warm ones of
// Search are the warm-up.
type querySet struct {
	Search  []gen.Query
	QuoteQs []gen.QuoteQuery
	Who     []string
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

func logf(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, a...)...)
}

func mb(n int64) float64  { return float64(n) / 1e6 }
func mib(n int64) float64 { return float64(n) / (1 << 20) }

// machineInfo says where the figures were measured.
type machineInfo struct {
	CPU   string
	Cores int
	MemGB float64
	Go    string
	OS    string
}

func machine() machineInfo {
	m := machineInfo{Cores: runtime.NumCPU(), Go: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH}
	m.CPU = procField("/proc/cpuinfo", "model name")
	if kb := procKB("/proc/meminfo", "MemTotal"); kb > 0 {
		m.MemGB = float64(kb) / (1 << 20)
	}
	return m
}
