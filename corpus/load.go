package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentinel errors wrapped by LoadError.Err, for callers that want to tell
// kinds of bad input apart with errors.Is.
var (
	// ErrEmpty means the file or record holds nothing but white space.
	ErrEmpty = errors.New("empty file")
	// ErrNotText means the input has NUL bytes or is not valid UTF-8.
	ErrNotText = errors.New("not a text file")
	// ErrNoText means the input parsed, but no article text is left.
	ErrNoText = errors.New("no article text")
	// ErrFrontMatter means Markdown front matter is missing its end or is not YAML.
	ErrFrontMatter = errors.New("bad front matter")
	// ErrBadRecord means a JSON Lines record is not an article object.
	ErrBadRecord = errors.New("bad record")
	// ErrNotFeed means a feed file is not RSS, Atom or JSON Feed.
	ErrNotFeed = errors.New("not a feed")
	// ErrBadField means a metadata field (date, author) has a value of the wrong kind.
	ErrBadField = errors.New("bad field")
	// ErrUnsupported means the file's extension is not one Load reads.
	ErrUnsupported = errors.New("unsupported file type")
)

// LoadError is one input that could not be read as an article: the file,
// the line when it is known (JSON Lines record, front matter), and what is
// wrong, phrased so the user knows what to fix.
type LoadError struct {
	File string // path or name given to the loader
	Line int    // 1-based line, 0 when it does not apply
	Err  error
}

// Error returns "file:line: problem; what to do".
func (e LoadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e LoadError) Unwrap() error { return e.Err }

// maxFileSize caps what Load reads into memory for one non-JSONL file;
// JSON Lines files are streamed and have no cap.
const maxFileSize = 32 << 20

// Extensions lists the file extensions Load and LoadDir read, lower case
// with the leading dot.
var Extensions = []string{".md", ".markdown", ".txt", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom"}

// Supported reports whether Load reads files named like name, by extension.
func Supported(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Load reads the articles in path: a single file, chosen by extension (see
// Extensions), or a directory, which it walks with LoadDir. It returns the
// good articles and one LoadError per bad file (per bad record for JSON
// Lines and feeds); a bad input never hides the good ones.
func Load(path string) ([]*Article, []LoadError) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, []LoadError{{File: path, Err: fmt.Errorf("cannot read: %w; check the path", unwrapPathError(err))}}
	}
	if info.IsDir() {
		return LoadDir(path)
	}
	return loadFile(path)
}

// LoadDir walks dir recursively and loads every file ArticleFiles lists.
// Files are visited in lexical order, so the result is deterministic.
func LoadDir(dir string) ([]*Article, []LoadError) {
	files, errs := ArticleFiles(dir)
	var arts []*Article
	for _, path := range files {
		a, e := loadFile(path)
		arts = append(arts, a...)
		errs = append(errs, e...)
	}
	return arts, errs
}

// ArticleFiles lists, in lexical order, the files under dir that Load
// reads as articles: every file whose extension it reads, skipping hidden
// files and directories (names starting with "."), files of other types
// and a folder's own notes (README.md and the like without front matter,
// see projectDoc). A directory that cannot be read is a LoadError.
func ArticleFiles(dir string) ([]string, []LoadError) {
	var files []string
	var errs []LoadError
	walkErr := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, LoadError{File: path, Err: fmt.Errorf("cannot read: %w; check permissions", unwrapPathError(err))})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if !Supported(path) {
			slog.Debug("corpus: skipping file of unknown type", "file", path)
			return nil
		}
		if projectDoc(path) {
			slog.Info("corpus: skipping a folder's own notes (no front matter); ingest the file by name to read it as an article", "file", path)
			return nil
		}
		files = append(files, path)
		return nil
	})
	if walkErr != nil {
		errs = append(errs, LoadError{File: dir, Err: fmt.Errorf("walk: %w", walkErr)})
	}
	return files, errs
}

// projectDocs are the base names (lower case, without extension) of the
// notes a folder of articles often carries about itself.
var projectDocs = set(`readme changelog changes license licence contributing authors`)

// projectDoc reports a folder's own notes — README.md, LICENSE.txt,
// CHANGELOG.md — that are no articles: named so, and with no YAML front
// matter (front matter says the file is an article after all). A
// directory walk skips them; a file named on its own is still read.
func projectDoc(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	if !projectDocs[strings.TrimSuffix(base, filepath.Ext(base))] {
		return false
	}
	ext := strings.ToLower(filepath.Ext(base))
	if ext != ".md" && ext != ".markdown" && ext != ".txt" {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false // loadFile reports it
	}
	defer f.Close()
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	return !strings.HasPrefix(string(head[:n]), "---")
}

// loadFile reads one file and parses it by extension.
func loadFile(path string) ([]*Article, []LoadError) {
	if !Supported(path) {
		return nil, []LoadError{{File: path, Err: unsupportedErr(path)}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, []LoadError{{File: path, Err: fmt.Errorf("cannot read: %w; check the path and permissions", unwrapPathError(err))}}
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		return ParseJSONL(path, f)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, []LoadError{{File: path, Err: fmt.Errorf("read: %w", err)}}
	}
	if len(data) > maxFileSize {
		return nil, []LoadError{{File: path, Err: fmt.Errorf("file larger than %d MiB; split it or convert it to JSON Lines", maxFileSize>>20)}}
	}
	return Parse(path, data)
}

// Parse parses data as the file type its name's extension says (see
// Extensions). It is Load without the file system: name is only used to
// pick the parser and to label errors. HTML is parsed without a page URL.
func Parse(name string, data []byte) ([]*Article, []LoadError) {
	one := func(a *Article, err error) ([]*Article, []LoadError) {
		if err != nil {
			return nil, []LoadError{asLoadError(name, err)}
		}
		return []*Article{a}, nil
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return one(ParseMarkdown(name, data))
	case ".txt":
		return one(ParseText(name, data))
	case ".html", ".htm":
		return one(ParseHTML(name, data, ""))
	case ".jsonl":
		return ParseJSONL(name, bytes.NewReader(data))
	case ".xml", ".rss", ".atom":
		return feedFile(name, data)
	}
	return nil, []LoadError{{File: name, Err: unsupportedErr(name)}}
}

// feedFile parses a feed read from a file, where an item without text
// cannot be completed by fetching its link, so it is reported.
func feedFile(name string, data []byte) ([]*Article, []LoadError) {
	items, errs := ParseFeed(name, data)
	var arts []*Article
	for _, a := range items {
		if len(a.Paragraphs) == 0 {
			errs = append(errs, LoadError{File: name, Err: fmt.Errorf("%w: item %q gives no text, only a link; ingest its URL %s instead", ErrNoText, a.Title, a.URL)})
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func unsupportedErr(name string) error {
	ext := filepath.Ext(name)
	if ext == "" {
		ext = "(none)"
	}
	return fmt.Errorf("%w %q; use one of %s", ErrUnsupported, ext, strings.Join(Extensions, ", "))
}

// asLoadError returns err as a LoadError, labelling it with name when it
// is not one already.
func asLoadError(name string, err error) LoadError {
	var le LoadError
	if errors.As(err, &le) {
		return le
	}
	return LoadError{File: name, Err: err}
}

// unwrapPathError drops the *fs.PathError wrapper, whose path the
// LoadError already names.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkText rejects inputs that are empty or not UTF-8 text, and returns
// the text with a byte-order mark removed and line endings normalised to
// "\n".
func checkText(name string, data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return "", LoadError{File: name, Err: fmt.Errorf("%w (binary data, or an encoding other than UTF-8); save it as UTF-8 text or remove it", ErrNotText)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", LoadError{File: name, Err: fmt.Errorf("%w; add the article text or remove the file", ErrEmpty)}
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// finish checks that a parsed article has text and gives it its ID.
func finish(name string, a *Article, hint string) (*Article, error) {
	a.Paragraphs = cleanParagraphs(a.Paragraphs)
	if len(a.Paragraphs) == 0 {
		return nil, LoadError{File: name, Err: fmt.Errorf("%w; %s", ErrNoText, hint)}
	}
	a.AssignID()
	return a, nil
}

// cleanParagraphs normalises white space inside each paragraph, removes
// invisible characters, and drops empty paragraphs, so every loader keeps
// the invariant: paragraphs are non-empty, trimmed, single-spaced text.
func cleanParagraphs(ps []string) []string {
	out := ps[:0]
	for _, p := range ps {
		if !clean(p) {
			p = normalizeSpace(strings.Map(dropInvisible, p))
		}
		if p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// clean reports whether s is already trimmed, single-spaced with plain
// spaces and free of invisible characters, so cleanParagraphs would
// return it unchanged.
func clean(s string) bool {
	prevSpace := true // no leading space
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		if r < utf8.RuneSelf {
			// ASCII: only the controls (white space among them) are not clean
			if r < 0x20 || r == 0x7f {
				return false
			}
			prevSpace = false
			continue
		}
		if unicode.IsSpace(r) || dropInvisible(r) < 0 {
			return false
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}

// dropInvisible maps control characters, zero-width characters, soft
// hyphens and byte-order marks to -1 (removed) for strings.Map; white
// space is kept for normalizeSpace to fold.
func dropInvisible(r rune) rune {
	switch {
	case unicode.IsSpace(r):
		return r
	case unicode.IsControl(r), r == '\u00ad', r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff':
		return -1
	}
	return r
}
