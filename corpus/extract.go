package corpus

// ExtractVersion changes whenever extraction rules change, so re-ingesting
// an article after an upgrade re-extracts it instead of reporting it
// unchanged.
const ExtractVersion = "330"

// Extract finds the quotations, people and meetings in a and stores them in
// a.Quotes, a.People and a.Meetings. It is deterministic, needs no network
// and uses the embedded gazetteer.
func Extract(a *Article) { ExtractWith(a, DefaultGazetteer()) }

// ExtractWith is Extract with a given gazetteer.
func ExtractWith(a *Article, g *Gazetteer) { extractWith(a, g, &rosterWeights) }

// extractWith is ExtractWith with the attendance model's weights w (zero
// weights: the rules alone).
func extractWith(a *Article, g *Gazetteer, w *rosterFeatures) {
	if a == nil {
		return
	}
	a.Quotes, a.People, a.Meetings = nil, nil, nil
	if len(a.Paragraphs) == 0 {
		return
	}
	d := newDoc(a, g)
	a.Quotes = d.quotations()
	a.People = d.people()
	a.Meetings = d.meetings()
	d.addLikelyAttendees(a.Meetings, w)
	styledNames(a) // "Prince Faisal bin Farhan", as the article names him
}

// people lists everyone the article names, in order of first mention, with
// the role the article gives them (else their office on the article date).
func (d *doc) people() []Person {
	used := map[*personEntry]bool{}
	for _, p := range d.paras {
		for _, m := range p.ments {
			if m.kind == mPerson {
				used[m.p] = true
			}
		}
	}
	for _, q := range d.a.Quotes {
		for _, e := range d.reg.list {
			if e.name == q.Speaker {
				used[e] = true
			}
		}
	}
	var out []Person
	for _, e := range d.reg.list {
		if !used[e] || d.notPerson(e) {
			continue // (and no place or body read as a name: "Camp David", "Lancaster House")
		}
		w := d.entryWho(e)
		out = append(out, Person{Name: e.name, Role: w.role})
	}
	return out
}
