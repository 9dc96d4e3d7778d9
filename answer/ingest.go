package answer

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/parley-bot/parley/corpus"
)

// batchArticles is how many articles go to the index in one Upsert: it
// writes them in a few large batches and waits for the disk once, so
// fewer, larger calls keep both the writer and the loaders busy; small
// enough to bound memory.
const batchArticles = 1024

// IngestOptions tune an ingest run.
type IngestOptions struct {
	// Progress, when set, is called after each input file or URL is read,
	// with the number done and the total.
	Progress func(done, total int)
}

// loaded is one input read and extracted by a worker.
type loaded struct {
	arts   []*corpus.Article
	failed []FailedItem
}

// Ingest reads articles from files, directories (recursively, by
// extension) and URLs, extracts quotes, people and meetings, and adds them
// to the index. A bad input is reported in the result's Failed list and
// never stops the others; only an index failure or cancellation is an
// error.
func (s *Service) Ingest(ctx context.Context, inputs []string, opt IngestOptions) (*IngestReport, error) {
	defer bulkGC()()
	rep := &IngestReport{Failed: []FailedItem{}}
	files := s.expandInputs(inputs, rep)
	// Loaders run ahead of the index by up to a batch of files, so that
	// parsing and extraction go on while a batch is written.
	results := make(chan loaded, batchArticles)
	work := make(chan string)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for src := range work {
				l := s.load(ctx, src)
				select {
				case results <- l:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		defer close(work)
		for _, f := range files {
			select {
			case work <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	var batch []*corpus.Article
	var err error
	done := 0
	for l := range results {
		done++
		rep.Failed = append(rep.Failed, l.failed...)
		batch = append(batch, l.arts...)
		if len(batch) >= batchArticles && err == nil {
			err = s.upsert(ctx, batch, rep)
			batch = batch[:0]
		}
		if opt.Progress != nil {
			opt.Progress(done, len(files))
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil && len(batch) > 0 {
		err = s.upsert(ctx, batch, rep)
	}
	if st, serr := s.idx.Stats(context.WithoutCancel(ctx)); serr == nil {
		rep.Articles = st.Articles
		if err == nil && bulkWrite(rep, st.Articles) {
			if cerr := s.idx.Compact(ctx); cerr != nil {
				err = fmt.Errorf("compact after ingest: %w", cerr)
			}
		}
	}
	return rep, err
}

// bulkWrite reports whether an ingest wrote enough of the index that
// compacting it into one segment pays (index.Compact: a smaller index and
// faster searches, for about a tenth of the ingest time): at least
// compactMinArticles, and at least a quarter of the articles it holds.
func bulkWrite(rep *IngestReport, total int) bool {
	n := rep.Added + rep.Updated
	return n >= compactMinArticles && n*4 >= total
}

// compactMinArticles is the smallest ingest after which the index is
// compacted.
const compactMinArticles = 2000

// bulkGC makes the garbage collector less eager while a bulk ingest
// runs, unless GOGC or GOMEMLIMIT say otherwise, and returns what undoes
// it. Indexing allocates heavily and briefly (analysis, segments): at the
// default the collector takes a tenth of the CPU; a soft limit keeps the
// heap bounded instead.
func bulkGC() func() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	bulkMu.Lock()
	defer bulkMu.Unlock()
	if bulkRuns++; bulkRuns == 1 {
		bulkPrevGC = debug.SetGCPercent(bulkGCPercent)
		bulkPrevLimit = debug.SetMemoryLimit(bulkMemLimit)
	}
	return func() {
		bulkMu.Lock()
		defer bulkMu.Unlock()
		if bulkRuns--; bulkRuns == 0 {
			debug.SetGCPercent(bulkPrevGC)
			debug.SetMemoryLimit(bulkPrevLimit)
		}
	}
}

// Collector settings during a bulk ingest.
const (
	bulkGCPercent = 400
	bulkMemLimit  = 768 << 20
)

var (
	bulkMu        sync.Mutex
	bulkRuns      int
	bulkPrevGC    int
	bulkPrevLimit int64
)

// IngestArticles extracts and indexes articles already in memory (the
// built-in corpus, feed items).
func (s *Service) IngestArticles(ctx context.Context, arts []*corpus.Article) (*IngestReport, error) {
	rep := &IngestReport{Failed: []FailedItem{}}
	for _, a := range arts {
		s.prepare(a)
	}
	for len(arts) > 0 {
		n := min(len(arts), batchArticles)
		if err := s.upsert(ctx, arts[:n], rep); err != nil {
			return rep, err
		}
		arts = arts[n:]
	}
	st, err := s.idx.Stats(ctx)
	if err != nil {
		return rep, fmt.Errorf("count articles: %w", err)
	}
	rep.Articles = st.Articles
	return rep, nil
}

// IngestBuiltin indexes the built-in corpus.
func (s *Service) IngestBuiltin(ctx context.Context) (*IngestReport, error) {
	arts, err := corpus.Builtin()
	if err != nil {
		return nil, fmt.Errorf("built-in corpus: %w", err)
	}
	return s.IngestArticles(ctx, arts)
}

func (s *Service) upsert(ctx context.Context, batch []*corpus.Article, rep *IngestReport) error {
	// The same article twice in one batch (two copies of a file, a feed
	// item and its page) is one article: the last copy wins.
	seen := make(map[string]int, len(batch))
	uniq := batch[:0:0]
	for _, a := range batch {
		if i, ok := seen[a.ID]; ok {
			uniq[i] = a
			continue
		}
		seen[a.ID] = len(uniq)
		uniq = append(uniq, a)
	}
	res, err := s.idx.Upsert(ctx, uniq)
	rep.Added += res.Added
	rep.Updated += res.Updated
	rep.Unchanged += res.Unchanged + len(batch) - len(uniq)
	if err != nil {
		return fmt.Errorf("index %d articles: %w", len(uniq), err)
	}
	return nil
}

// load reads and extracts one input.
func (s *Service) load(ctx context.Context, src string) loaded {
	var l loaded
	var arts []*corpus.Article
	if isURL(src) {
		if s.fetch == nil {
			l.failed = append(l.failed, FailedItem{Source: src, Error: "fetching URLs is not available in this build"})
			return l
		}
		var err error
		arts, err = s.fetch(ctx, src)
		l.failed = append(l.failed, fetchFailures(src, err)...)
	} else {
		var errs []corpus.LoadError
		arts, errs = corpus.Load(src)
		l.failed = append(l.failed, loadFailures(errs)...)
	}
	for _, a := range arts {
		s.prepare(a)
	}
	l.arts = arts
	return l
}

// expandInputs turns inputs into the list of files and URLs to read,
// recording inputs that cannot be read at all.
func (s *Service) expandInputs(inputs []string, rep *IngestReport) []string {
	var out []string
	for _, in := range inputs {
		if isURL(in) {
			out = append(out, in)
			continue
		}
		fi, err := os.Stat(in)
		if err != nil {
			rep.Failed = append(rep.Failed, FailedItem{Source: in, Error: "cannot read: " + pathError(err)})
			continue
		}
		if !fi.IsDir() {
			out = append(out, in)
			continue
		}
		found, errs := corpus.ArticleFiles(in)
		rep.Failed = append(rep.Failed, loadFailures(errs)...)
		out = append(out, found...)
	}
	return out
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func pathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// fetchFailures turns a fetcher's error into report items: one per joined
// error, each under its own source when it names one.
func fetchFailures(src string, err error) []FailedItem {
	if err == nil {
		return nil
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	out := make([]FailedItem, 0, len(errs))
	for _, e := range errs {
		var se interface {
			Source() string
			Reason() string
		}
		if errors.As(e, &se) {
			out = append(out, FailedItem{Source: se.Source(), Error: se.Reason()})
			continue
		}
		out = append(out, FailedItem{Source: src, Error: e.Error()})
	}
	return out
}

// loadFailures turns loader errors into report items: the source is the
// file, with the line for a JSON Lines record.
func loadFailures(errs []corpus.LoadError) []FailedItem {
	out := make([]FailedItem, 0, len(errs))
	for _, e := range errs {
		src := e.File
		if e.Line > 0 {
			src = fmt.Sprintf("%s:%d", e.File, e.Line)
		}
		out = append(out, FailedItem{Source: src, Error: e.Err.Error()})
	}
	return out
}

// prepare gives an article its ID and extracts it for the index.
func (s *Service) prepare(a *corpus.Article) {
	a.AssignID()
	s.extract(a)
	a.Meetings = indexedMeetings(a.Meetings)
}

// indexedMeetings are the meetings the index keeps: told with two people
// or more, or one and someone absent. `extract` also lists meetings of
// one named person ("Iran and the E3 met in Geneva … Gharibabadi said
// after the talks"), but as answers to `who` they would displace the
// meeting of several people a question is about.
func indexedMeetings(ms []corpus.Meeting) []corpus.Meeting {
	kept := ms[:0]
	for _, m := range ms {
		if len(m.Attendees) >= 2 || len(m.Absent) > 0 {
			kept = append(kept, m)
		}
	}
	return kept
}
