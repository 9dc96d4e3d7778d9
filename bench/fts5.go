package main

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver, pure Go, with FTS5

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/internal/gen"
)

// fts5Engine is the baseline: SQLite FTS5 (modernc.org/sqlite), with an
// external-content table of passages, the porter tokenizer, WAL, batched
// transactions and an indexed day column for date filters.
type fts5Engine struct {
	db *sql.DB
}

const fts5Schema = `
CREATE TABLE article(id INTEGER PRIMARY KEY, ext TEXT NOT NULL, title TEXT, source TEXT, url TEXT,
	published TEXT, authors TEXT);
CREATE TABLE passage(id INTEGER PRIMARY KEY, article INTEGER NOT NULL, para INTEGER NOT NULL,
	day TEXT, text TEXT NOT NULL);
CREATE INDEX passage_day ON passage(day);
CREATE VIRTUAL TABLE passage_fts USING fts5(text, content='passage', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2');
`

// fts5Batch is the articles written per transaction, as Parley's batches.
const fts5Batch = 256

func openDB(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"+
		"&_pragma=cache_size(-65536)&_pragma=temp_store(MEMORY)&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, err
	}
	return db, nil
}

// ingest parses every file with the same loaders as Parley, on every core,
// and inserts articles and passages from one writer in transactions of
// fts5Batch articles. No extraction; no upsert check (fresh inserts).
func (f *fts5Engine) ingest(ctx context.Context, corpusDir, dir string) (ingestResult, error) {
	start := time.Now()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return ingestResult{}, err
	}
	db, err := openDB(filepath.Join(dir, "fts.db"))
	if err != nil {
		return ingestResult{}, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, fts5Schema); err != nil {
		return ingestResult{}, fmt.Errorf("schema: %w", err)
	}
	var files []string
	err = filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && corpus.Supported(p) {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return ingestResult{}, err
	}
	sort.Strings(files)

	type loaded struct {
		arts   []*corpus.Article
		failed int
	}
	work, results := make(chan string), make(chan loaded)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for p := range work {
				arts, errs := corpus.Load(p)
				results <- loaded{arts, len(errs)}
			}
		})
	}
	go func() {
		for _, p := range files {
			work <- p
		}
		close(work)
	}()
	go func() { wg.Wait(); close(results) }()

	var r ingestResult
	var batch []*corpus.Article
	for l := range results {
		r.Failed += l.failed
		batch = append(batch, l.arts...)
		if len(batch) >= fts5Batch && err == nil {
			err = f.insert(ctx, db, batch, &r)
			batch = batch[:0]
		}
	}
	if err == nil && len(batch) > 0 {
		err = f.insert(ctx, db, batch, &r)
	}
	if err == nil {
		_, err = db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	if err != nil {
		return ingestResult{}, err
	}
	if err := db.Close(); err != nil {
		return ingestResult{}, err
	}
	r.Seconds = time.Since(start).Seconds()
	r.PerSecond = float64(r.Articles) / r.Seconds
	r.IndexBytes, err = dirSize(dir)
	return r, err
}

func (f *fts5Engine) insert(ctx context.Context, db *sql.DB, arts []*corpus.Article, r *ingestResult) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	insA, err := tx.PrepareContext(ctx, "INSERT INTO article(ext, title, source, url, published, authors) VALUES(?,?,?,?,?,?)")
	if err != nil {
		return err
	}
	insP, err := tx.PrepareContext(ctx, "INSERT INTO passage(article, para, day, text) VALUES(?,?,?,?)")
	if err != nil {
		return err
	}
	insF, err := tx.PrepareContext(ctx, "INSERT INTO passage_fts(rowid, text) VALUES(?,?)")
	if err != nil {
		return err
	}
	for _, a := range arts {
		a.AssignID()
		var day, pub string
		if !a.Published.IsZero() {
			day, pub = a.Published.UTC().Format(time.DateOnly), a.Published.UTC().Format(time.RFC3339)
		}
		res, err := insA.ExecContext(ctx, a.ID, a.Title, a.Source, a.URL, pub, strings.Join(a.Authors, ", "))
		if err != nil {
			return err
		}
		aid, _ := res.LastInsertId()
		for i, p := range a.Paragraphs {
			res, err := insP.ExecContext(ctx, aid, i, day, p)
			if err != nil {
				return err
			}
			pid, _ := res.LastInsertId()
			if _, err := insF.ExecContext(ctx, pid, p); err != nil {
				return err
			}
			r.Passages++
		}
		r.Articles++
	}
	return tx.Commit()
}

func (f *fts5Engine) open(dir string) error {
	db, err := openDB(filepath.Join(dir, "fts.db"))
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	f.db = db
	return db.Ping()
}

// search is the same request as Parley's: every word (or the phrase)
// first, any word when that finds nothing; top 5 by bm25 with the
// passage highlighted and its article's reference; the date filter on the
// indexed day column.
func (f *fts5Engine) search(ctx context.Context, q gen.Query) (int, error) {
	n, err := f.searchMatch(ctx, matchExpr(q, " "), q)
	if err == nil && n == 0 && len(q.Terms) > 1 && !q.Phrase {
		n, err = f.searchMatch(ctx, matchExpr(q, " OR "), q)
	}
	return n, err
}

func (f *fts5Engine) searchMatch(ctx context.Context, match string, q gen.Query) (int, error) {
	sqlText := `SELECT a.ext, a.title, a.source, a.url, a.published, a.authors, p.para,
		highlight(passage_fts, 0, '**', '**')
	FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid JOIN article a ON a.id = p.article
	WHERE passage_fts MATCH ?`
	args := []any{match}
	if q.Since != "" {
		sqlText += " AND p.day BETWEEN ? AND ?"
		args = append(args, q.Since, q.Until)
	}
	sqlText += " ORDER BY rank LIMIT 5"
	rows, err := f.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var ext, title, source, url, published, authors, hl string
		var para int
		if err := rows.Scan(&ext, &title, &source, &url, &published, &authors, &para, &hl); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}

// matchExpr writes q in FTS5's query syntax: each word a quoted string,
// joined by sep (implicit AND, or OR); a phrase as one quoted string.
func matchExpr(q gen.Query, sep string) string {
	quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	if q.Phrase {
		return quote(strings.Join(q.Terms, " "))
	}
	parts := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		parts[i] = quote(t)
	}
	return strings.Join(parts, sep)
}

func (f *fts5Engine) quotes(context.Context, gen.QuoteQuery) (int, error) { return 0, errUnsupported }
func (f *fts5Engine) who(context.Context, string) (int, error)            { return 0, errUnsupported }
func (f *fts5Engine) close() error                                        { return f.db.Close() }

// dirSize is the bytes of the files under dir.
func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n, err
}
