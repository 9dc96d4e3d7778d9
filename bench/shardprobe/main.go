// Command shardprobe estimates what splitting Parley's index into shards
// searched in parallel would gain, before building it: it ingests one
// corpus into one index and, split by a hash of the file name, into n
// smaller ones, then times the bench's searches on the whole index
// against the same search run on every part at once (a fan-out's lower
// bound: no global statistics, no merge), and on one part alone (what
// a fan-out would take with a free core per part). Chunks alternate so that drift
// on a shared machine hits both alike.
//
//	cd bench && go run ./shardprobe -corpus DIR -queries FILE
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/index"
	"github.com/parley-bot/parley/internal/gen"
)

type querySet struct {
	Search []gen.Query
}

func main() {
	corpus := flag.String("corpus", "", "corpus dir (bench's corpus-SEED-N)")
	qsPath := flag.String("queries", "", "bench's queries.json")
	work := flag.String("work", filepath.Join(os.TempDir(), "shardprobe"), "work dir")
	n := flag.Int("shards", 2, "parts")
	warm := flag.Int("warm", 100, "warm-up searches")
	rounds := flag.Int("rounds", 3, "passes over the timed searches")
	reuse := flag.Bool("reuse", false, "reuse the indexes in the work dir")
	flag.Parse()
	if err := run(*corpus, *qsPath, *work, *n, *warm, *rounds, *reuse); err != nil {
		fmt.Fprintln(os.Stderr, "shardprobe:", err)
		os.Exit(1)
	}
}

func cpuSecs() float64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

func run(corpus, qsPath, work string, n, warm, rounds int, reuse bool) error {
	ctx := context.Background()
	var qs querySet
	b, err := os.ReadFile(qsPath)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &qs); err != nil {
		return err
	}
	var files []string
	if err := filepath.WalkDir(corpus, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Base(p) != "corpus.json" {
			files = append(files, p)
		}
		return err
	}); err != nil {
		return err
	}
	parts := make([][]string, n)
	for _, f := range files {
		h := fnv.New32a()
		h.Write([]byte(f))
		parts[h.Sum32()%uint32(n)] = append(parts[h.Sum32()%uint32(n)], f)
	}
	ingest := func(dir string, in []string) (*answer.Service, *index.Index, error) {
		if !reuse {
			if err := os.RemoveAll(dir); err != nil {
				return nil, nil, err
			}
		}
		ix, err := index.Open(dir)
		if err != nil {
			return nil, nil, err
		}
		svc := answer.New(ix, nil)
		if !reuse {
			t, c := time.Now(), cpuSecs()
			if _, err := svc.Ingest(ctx, in, answer.IngestOptions{}); err != nil {
				return nil, nil, err
			}
			fmt.Printf("ingest %s: %d files in %.1fs, %.1f CPU s\n", filepath.Base(dir), len(in), time.Since(t).Seconds(), cpuSecs()-c)
		}
		return svc, ix, nil
	}
	whole, wix, err := ingest(filepath.Join(work, "whole"), files)
	if err != nil {
		return err
	}
	defer wix.Close()
	var shards []*answer.Service
	for i, p := range parts {
		s, ix, err := ingest(filepath.Join(work, fmt.Sprintf("part%d", i)), p)
		if err != nil {
			return err
		}
		defer ix.Close()
		shards = append(shards, s)
	}
	search := func(s *answer.Service, q gen.Query) {
		_, _ = s.Search(ctx, answer.SearchParams{Query: q.Text(), Since: q.Since, Until: q.Until, Limit: 5})
	}
	fan := func(q gen.Query) {
		var wg sync.WaitGroup
		for _, s := range shards {
			wg.Go(func() { search(s, q) })
		}
		wg.Wait()
	}
	for _, q := range qs.Search[:warm] {
		search(whole, q)
		fan(q)
	}
	timed := qs.Search[warm:]
	lat := [3]map[string][]time.Duration{{}, {}, {}}
	chunks := 4
	for range rounds {
		for c := range chunks {
			part := timed[c*len(timed)/chunks : (c+1)*len(timed)/chunks]
			for side := range 3 {
				for _, q := range part {
					t := time.Now()
					switch side {
					case 0:
						search(whole, q)
					case 1:
						fan(q)
					default:
						search(shards[0], q)
					}
					d := time.Since(t)
					lat[side][q.Kind] = append(lat[side][q.Kind], d)
					lat[side]["all"] = append(lat[side]["all"], d)
				}
			}
		}
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/1e6) }
	pct := func(d []time.Duration, p float64) time.Duration {
		s := slices.Clone(d)
		slices.Sort(s)
		return s[min(len(s)-1, int(p*float64(len(s))))]
	}
	fmt.Printf("| kind | whole p50 / p99 | %d parts at once p50 / p99 | one part alone p50 / p99 |\n|---|---|---|---|\n", n)
	for _, k := range []string{"all", "rare", "and", "name", "common", "phrase"} {
		w, f, o := lat[0][k], lat[1][k], lat[2][k]
		if len(w) == 0 {
			continue
		}
		fmt.Printf("| %s | %s / %s | %s / %s | %s / %s |\n", k, ms(pct(w, .5)), ms(pct(w, .99)), ms(pct(f, .5)), ms(pct(f, .99)), ms(pct(o, .5)), ms(pct(o, .99)))
	}
	return nil
}
