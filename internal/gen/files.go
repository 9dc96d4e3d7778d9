package gen

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/parley-bot/parley/corpus"
)

// Markdown renders an article as a Markdown file with YAML front matter,
// the shape `parley ingest` reads.
func Markdown(a *corpus.Article) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: ")
	b.WriteString(strconv.Quote(a.Title))
	b.WriteString("\nsource: ")
	b.WriteString(strconv.Quote(a.Source))
	b.WriteString("\nurl: ")
	b.WriteString(a.URL)
	b.WriteString("\npublished: ")
	b.WriteString(a.Published.UTC().Format(time.RFC3339))
	b.WriteString("\nauthors:\n")
	for _, au := range a.Authors {
		b.WriteString("  - ")
		b.WriteString(strconv.Quote(au))
		b.WriteString("\n")
	}
	b.WriteString("---\n")
	for _, p := range a.Paragraphs {
		b.WriteString("\n")
		b.WriteString(p)
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// Articles returns articles [0, n).
func (g *Generator) Articles(n int) []*corpus.Article {
	out := make([]*corpus.Article, n)
	parallel(n, func(i int) { out[i] = g.Article(i) })
	return out
}

// RawBytes is the size of an article's text as the index sees it: title
// and paragraphs.
func RawBytes(a *corpus.Article) int64 {
	n := int64(len(a.Title))
	for _, p := range a.Paragraphs {
		n += int64(len(p))
	}
	return n
}

// FilesPerDir is how many article files WriteDir puts in one directory.
const FilesPerDir = 1000

// Path is where WriteDir puts article i under dir.
func Path(dir string, i int) string {
	return filepath.Join(dir, fmt.Sprintf("%04d", i/FilesPerDir), fmt.Sprintf("a%07d.md", i))
}

// Written describes a corpus on disk.
type Written struct {
	Articles  int
	FileBytes int64 // the Markdown files
	RawBytes  int64 // titles and paragraphs (see RawBytes)
}

// WriteDir writes articles [0, n) as Markdown files under dir, FilesPerDir
// to a sub-directory, and returns their sizes. Files already there are
// overwritten.
func (g *Generator) WriteDir(dir string, n int) (Written, error) {
	w := Written{Articles: n}
	for d := 0; d*FilesPerDir < n; d++ {
		if err := os.MkdirAll(filepath.Dir(Path(dir, d*FilesPerDir)), 0o755); err != nil {
			return w, fmt.Errorf("write corpus: %w", err)
		}
	}
	var (
		mu       sync.Mutex
		firstErr error
	)
	parallel(n, func(i int) {
		a := g.Article(i)
		data := Markdown(a)
		err := os.WriteFile(Path(dir, i), data, 0o644)
		mu.Lock()
		defer mu.Unlock()
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("write corpus: %w", err)
		}
		w.FileBytes += int64(len(data))
		w.RawBytes += RawBytes(a)
	})
	return w, firstErr
}

// parallel runs f(0..n-1) on every core.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	workers := max(1, runtime.GOMAXPROCS(0))
	for k := range workers {
		wg.Go(func() {
			for i := k; i < n; i += workers {
				f(i)
			}
		})
	}
	wg.Wait()
}
