// Command ingestprobe ingests the first n files of a corpus into a new
// index as `parley ingest` does and prints wall time, CPU and the index's
// size (an A/B harness for ingest changes; run builds alternately).
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"time"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/index"
)

func main() {
	corpus := flag.String("corpus", "", "corpus dir")
	n := flag.Int("n", 30000, "files")
	dir := flag.String("index", filepath.Join(os.TempDir(), "ingestprobe"), "index dir (removed first)")
	label := flag.String("label", "", "label for the output line")
	flag.Parse()
	var files []string
	_ = filepath.WalkDir(*corpus, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".md" {
			files = append(files, p)
		}
		return err
	})
	slices.Sort(files)
	files = files[:min(*n, len(files))]
	_ = os.RemoveAll(*dir)
	t, c := time.Now(), cpu()
	ix, err := index.Open(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	rep, err := answer.New(ix, nil).Ingest(context.Background(), files, answer.IngestOptions{})
	if err == nil {
		err = ix.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	wall, used := time.Since(t).Seconds(), cpu()-c
	var size int64
	_ = filepath.WalkDir(*dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if i, e := d.Info(); e == nil {
				size += i.Size()
			}
		}
		return nil
	})
	fmt.Printf("%s: %d articles, %.1f s wall, %.1f s CPU (%.2f ms/article), index %.1f MB\n",
		*label, rep.Articles, wall, used, used*1000/float64(max(rep.Articles, 1)), float64(size)/1e6)
}

func cpu() float64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
