package index

import (
	"fmt"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/internal/gen"
)

// genCorpus returns the first n articles of the generated benchmark corpus
// (internal/gen, seed 42) with ids, and their raw text size in bytes
// (titles and paragraphs). Their quotes, people and meetings are the
// generator's own annotations, so the index holds realistic quote and
// meeting documents without running extraction.
func genCorpus(n int) ([]*corpus.Article, int64) {
	arts := gen.New(42).Articles(n)
	var raw int64
	for i, a := range arts {
		a.ID = fmt.Sprintf("gen-%06d", i)
		raw += gen.RawBytes(a)
	}
	return arts, raw
}
