package corpus

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// builtinFS holds the built-in corpus: Markdown articles with front
// matter, one per file, named YYYY-MM-DD-outlet-slug.md.
//
//go:embed articles/*.md
var builtinFS embed.FS

// Builtin returns the articles embedded in the binary from corpus/articles,
// parsed and with IDs, in file-name (date) order. An error means a
// built-in file is broken, which the package tests rule out.
func Builtin() ([]*Article, error) {
	entries, err := fs.ReadDir(builtinFS, "articles")
	if err != nil {
		return nil, fmt.Errorf("built-in corpus: %w", err)
	}
	var arts []*Article
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		name := path.Join("articles", e.Name())
		data, err := builtinFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("built-in corpus: %w", err)
		}
		a, err := ParseMarkdown(name, data)
		if err != nil {
			return nil, fmt.Errorf("built-in corpus: %w", err)
		}
		arts = append(arts, a)
	}
	return arts, nil
}
