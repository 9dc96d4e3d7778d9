package corpus_test

import (
	"fmt"
	"time"

	"github.com/parley-bot/parley/corpus"
)

// Extract finds who said what and who met whom.
func ExampleExtract() {
	a := &corpus.Article{
		Published: time.Date(2025, 8, 18, 20, 0, 0, 0, time.UTC),
		Paragraphs: []string{
			"President Donald Trump hosted Ukrainian President Volodymyr Zelenskyy at the White House on Monday, and during the meeting spoke by phone with Vladimir Putin.",
			"“We made a lot of progress,” Trump said.",
		},
	}
	corpus.Extract(a)
	for _, q := range a.Quotes {
		fmt.Printf("%s: %q\n", q.Speaker, q.Text)
	}
	for _, m := range a.Meetings {
		fmt.Println(m.Summary, m.Date)
		for _, p := range m.Attendees {
			fmt.Println(" -", p.Name)
		}
		for _, p := range m.Absent {
			fmt.Println(" absent:", p.Name, p.Note)
		}
	}
	// Output:
	// Donald Trump: "We made a lot of progress"
	// White House meeting 2025-08-18
	//  - Donald Trump
	//  - Volodymyr Zelenskyy
	//  absent: Vladimir Putin by phone
}
