package index_test

import (
	"context"
	"fmt"
	"time"

	"github.com/parley-bot/parley/corpus"
	"github.com/parley-bot/parley/index"
)

func Example() {
	ix, err := index.NewMem()
	if err != nil {
		panic(err)
	}
	defer ix.Close()
	ctx := context.Background()
	a := &corpus.Article{
		ID: "ex1", Title: "Envoys meet", Source: "Example Wire",
		Published: time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC),
		Paragraphs: []string{
			"Envoys met in Vienna on Monday.",
			"Both sides said *security guarantees* were the main open question.",
		},
	}
	res, err := ix.Upsert(ctx, []*corpus.Article{a})
	if err != nil {
		panic(err)
	}
	fmt.Println("added:", res.Added)

	found, err := ix.Search(ctx, index.SearchRequest{Query: `"security guarantees" -Geneva`})
	if err != nil {
		panic(err)
	}
	for _, h := range found.Hits {
		fmt.Println(h.Article.Source, h.Paragraph, h.Highlight)
	}
	// Output:
	// added: 1
	// Example Wire 1 Both sides said \***security guarantees**\* were the main open question.
}

func ExampleEscapeMarkdown() {
	fmt.Println(index.EscapeMarkdown("**Breaking**: @everyone see [this](https://x.example)"))
	// Output: \*\*Breaking\*\*: \@everyone see \[this\](https://x.example)
}
