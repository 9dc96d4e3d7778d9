package corpus_test

import (
	"fmt"

	"github.com/parley-bot/parley/corpus"
)

func ExampleParseText() {
	story := `Envoys agree to meet again

GENEVA (AP) — Envoys from the two delegations agreed on Tuesday to meet again next month.

Next steps

“We have a date, and that is a start,” the mediator said.

___
Jane Roe contributed to this report.
John Doe, The Associated Press
`
	a, err := corpus.ParseText("story.txt", []byte(story))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Place, "|", a.Source, "|", a.Authors)
	for _, p := range a.Paragraphs {
		fmt.Println("-", p)
	}
	// Output:
	// Envoys agree to meet again
	// GENEVA | The Associated Press | [John Doe]
	// - Envoys from the two delegations agreed on Tuesday to meet again next month.
	// - “We have a date, and that is a start,” the mediator said.
}

func ExampleLoad() {
	arts, errs := corpus.Load("testdata/bad")
	for _, a := range arts {
		fmt.Println("loaded:", a.Title)
	}
	fmt.Println(len(errs), "files reported, e.g.", errs[0])
	// Output:
	// loaded: Ferry operators and port authority sign timetable deal
	// loaded: Envoys agree on prisoner lists
	// 7 files reported, e.g. testdata/bad/bad-date.md: front matter: bad field: published: "sometime next week" is not a date; write it as YYYY-MM-DD or RFC 3339 (2025-08-18T22:51:00Z)
}
