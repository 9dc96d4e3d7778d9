package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenResult is what a golden file records for one input file.
type goldenResult struct {
	Articles []*Article `json:"articles"`
	Errors   []string   `json:"errors,omitempty"`
}

// TestLoadGolden loads every input under testdata/load and compares the
// articles and errors with its .golden file (go test ./corpus -update
// rewrites them).
func TestLoadGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/load/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			arts, errs := Load(f)
			res := goldenResult{Articles: arts}
			for _, e := range errs {
				res.Errors = append(res.Errors, e.Error())
			}
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := f + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./corpus -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", f, got)
			}
			for _, a := range arts {
				checkArticle(t, a)
			}
		})
	}
	if n < 15 {
		t.Errorf("only %d inputs under testdata/load", n)
	}
}

// checkArticle checks the invariants every loaded article keeps.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if a.ID == "" {
		t.Errorf("%q: no ID", a.Title)
	}
	if len(a.Paragraphs) == 0 {
		t.Errorf("%q: no paragraphs", a.Title)
	}
	for i, p := range a.Paragraphs {
		if p == "" || p != normalizeSpace(p) || !clean(p) {
			t.Errorf("%q: paragraph %d not trimmed and single-spaced: %q", a.Title, i, p)
		}
	}
	if !a.Published.IsZero() && a.Published.Location().String() != "UTC" {
		t.Errorf("%q: published %v not in UTC", a.Title, a.Published)
	}
}

// TestLoadDirBadInputs loads a directory of good and bad files: every good
// article loads, every bad file is reported once by name with advice, and
// hidden files and other file types are skipped.
func TestLoadDirBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good, err := filepath.Glob("testdata/bad/*")
	if err != nil || len(good) == 0 {
		t.Fatalf("testdata/bad: %v", err)
	}
	for _, f := range good {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		write(filepath.Base(f), data)
	}
	seed, err := os.ReadFile("testdata/load/ap-geneva-water-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	write("nested/deeper/geneva.txt", seed)
	write("empty.txt", nil)
	write("blank.md", []byte("  \n\n\t\n"))
	write("photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("latin1.txt", []byte("Caf\xe9 talks resume in Gen\xe8ve.\n"))
	write(".hidden.txt", []byte("hidden files are skipped"))
	write(".git/objects/x.md", []byte("hidden directories are skipped"))
	write("notes.pdf", []byte("%PDF-1.4 not read"))
	write("README.md", []byte("# Talks folder\n\nArticles collected for the Geneva round. Ingest them all.\n"))
	write("nested/LICENSE.txt", []byte("Copyright the agencies. All rights reserved by the wire services.\n"))
	write("readme.markdown", []byte("---\ntitle: Readme talks open in Oslo\npublished: 2025-03-01T10:00:00Z\n---\n\nNegotiators met in Oslo on Saturday for a first round of talks on the fisheries accord.\n"))

	arts, errs := LoadDir(dir)
	wantErr := map[string]string{ // file -> text the error must contain
		"broken-yaml.md":      `not valid YAML`,
		"unclosed.md":         `never closed`,
		"empty.txt":           `empty file`,
		"blank.md":            `empty file`,
		"photo.txt":           `not a text file`,
		"latin1.txt":          `save it as UTF-8`,
		"menu-only.html":      `no article found`,
		"bad-date.md":         `published`,
		"not-a-feed.xml":      `not a feed`,
		"title-only.txt":      `no article text`,
		"frontmatter-only.md": `no body text`,
	}
	seen := map[string]int{}
	for _, e := range errs {
		base := filepath.Base(e.File)
		seen[base]++
		want, ok := wantErr[base]
		if !ok {
			t.Errorf("unexpected error: %v", e)
			continue
		}
		if !strings.Contains(e.Error(), want) || !strings.Contains(e.Error(), e.File) {
			t.Errorf("error for %s = %q, want it to name the file and say %q", base, e.Error(), want)
		}
	}
	for f := range wantErr {
		if seen[f] != 1 {
			t.Errorf("%s reported %d times, want once", f, seen[f])
		}
	}
	titles := map[string]bool{}
	for _, a := range arts {
		checkArticle(t, a)
		titles[a.Title] = true
	}
	if len(arts) != 4 {
		t.Errorf("loaded %d articles, want 4 (two good files in testdata/bad, one nested, a readme with front matter; not README.md or LICENSE.txt)", len(arts))
	}
	for _, title := range []string{"Ferry operators and port authority sign timetable deal", "Envoys agree on prisoner lists", "Readme talks open in Oslo"} {
		if !titles[title] {
			t.Errorf("good article %q not loaded", title)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "report.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, want string
		sentinel   error
	}{
		{filepath.Join(dir, "missing.md"), "cannot read", nil},
		{pdf, `unsupported file type ".pdf"; use one of .md`, ErrUnsupported},
	}
	for _, tt := range tests {
		arts, errs := Load(tt.path)
		if len(arts) != 0 || len(errs) != 1 {
			t.Fatalf("Load(%s) = %d articles, %d errors; want 0, 1", tt.path, len(arts), len(errs))
		}
		if !strings.Contains(errs[0].Error(), tt.want) || !strings.HasPrefix(errs[0].Error(), tt.path+": ") {
			t.Errorf("Load(%s) error = %q, want it to start with the path and contain %q", tt.path, errs[0], tt.want)
		}
		if tt.sentinel != nil && !errors.Is(errs[0], tt.sentinel) {
			t.Errorf("Load(%s) error does not wrap %v", tt.path, tt.sentinel)
		}
	}
}

func TestLoadErrorString(t *testing.T) {
	tests := []struct {
		e    LoadError
		want string
	}{
		{LoadError{File: "a.jsonl", Line: 3, Err: errors.New("bad")}, "a.jsonl:3: bad"},
		{LoadError{File: "b.txt", Err: ErrEmpty}, "b.txt: empty file"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// TestReloadSameID loads every input twice: IDs and paragraphs must not
// change.
func TestReloadSameID(t *testing.T) {
	first, _ := LoadDir("testdata/load")
	second, _ := LoadDir("testdata/load")
	if len(first) != len(second) || len(first) == 0 {
		t.Fatalf("loads differ in size: %d vs %d", len(first), len(second))
	}
	ids := map[string]string{}
	for i := range first {
		if first[i].ID != second[i].ID || first[i].Hash() != second[i].Hash() {
			t.Errorf("%q: ID or hash changed between loads", first[i].Title)
		}
		if other, dup := ids[first[i].ID]; dup {
			t.Errorf("%q and %q share ID %s", other, first[i].Title, first[i].ID)
		}
		ids[first[i].ID] = first[i].Title
	}
}
