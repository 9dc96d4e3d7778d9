package answer

import (
	"github.com/parley-bot/parley/corpus"
)

// Extract reads an article file and reports what the extractor finds in
// each article it holds, without touching the index.
func Extract(path string) ([]ExtractReport, []corpus.LoadError) {
	arts, errs := corpus.Load(path)
	out := make([]ExtractReport, 0, len(arts))
	for _, a := range arts {
		a.AssignID()
		corpus.Extract(a)
		r := ExtractReport{File: path, Article: a.Ref(), Quotes: a.Quotes, People: a.People, Meetings: a.Meetings}
		if r.Quotes == nil {
			r.Quotes = []corpus.Quote{}
		}
		if r.People == nil {
			r.People = []corpus.Person{}
		}
		if r.Meetings == nil {
			r.Meetings = []corpus.Meeting{}
		}
		out = append(out, r)
	}
	return out, errs
}
