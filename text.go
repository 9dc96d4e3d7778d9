package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/corpus"
)

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// writeText prints an answer for people. ansi turns **bold** highlights
// into terminal bold.
func writeText(w io.Writer, v any, ansi bool) error {
	p := &printer{w: w, ansi: ansi}
	switch a := v.(type) {
	case *answer.SearchAnswer:
		p.search(a)
	case *answer.QuotesAnswer:
		p.quotes(a)
	case *answer.WhoAnswer:
		p.who(a)
	case *answer.AskAnswer:
		p.f("(answered as %s)\n\n", a.Intent)
		return writeText(w, a.Answer, ansi)
	case *answer.DigestAnswer:
		p.digest(a)
	case *answer.StatsAnswer:
		p.stats(a)
	case *answer.IngestReport:
		p.ingest(a)
	case *answer.ExtractReport:
		p.extract(a)
	default:
		return fmt.Errorf("no text form for %T", v)
	}
	return p.err
}

type printer struct {
	w    io.Writer
	ansi bool
	err  error
}

func (p *printer) f(format string, a ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, a...)
	}
}

// source prints an article reference: title, outlet and date, link.
func (p *printer) source(indent string, r corpus.Ref) {
	var meta []string
	if r.Source != "" {
		meta = append(meta, r.Source)
	}
	if !r.Published.IsZero() {
		meta = append(meta, r.Published.UTC().Format(answer.DateLayout))
	}
	title := r.Title
	if title == "" {
		title = "(untitled)"
	}
	p.f("%s%s", indent, title)
	if len(meta) > 0 {
		p.f(" — %s", strings.Join(meta, ", "))
	}
	p.f("\n")
	if r.URL != "" {
		p.f("%s%s\n", indent, r.URL)
	}
}

// highlight turns Discord-markdown highlight text into terminal text:
// escapes removed, **bold** as ANSI bold on a terminal, as-is otherwise.
func (p *printer) highlight(h string) string {
	var b strings.Builder
	bold := false
	for i := 0; i < len(h); i++ {
		switch {
		case h[i] == '\\' && i+1 < len(h):
			i++
			b.WriteByte(h[i])
		case strings.HasPrefix(h[i:], "**"):
			i++
			bold = !bold
			switch {
			case !p.ansi:
				b.WriteString("**")
			case bold:
				b.WriteString("\x1b[1m")
			default:
				b.WriteString("\x1b[0m")
			}
		default:
			b.WriteByte(h[i])
		}
	}
	return b.String()
}

func (p *printer) search(a *answer.SearchAnswer) {
	if len(a.Hits) == 0 {
		p.f("No passages match %q. Try fewer or other words, or a wider date range.\n", a.Query)
		return
	}
	p.f("%d of %d passages matching %q:\n", len(a.Hits), a.Total, a.Query)
	for i, h := range a.Hits {
		p.f("\n%d. ", i+1)
		p.source("", h.Article)
		text := h.Passage
		if h.Highlight != "" {
			text = p.highlight(h.Highlight)
		}
		p.f("   %s\n", text)
	}
}

// inferredMark tells an attendee the attendance model placed, not a rule.
func inferredMark(inferred bool) string {
	if inferred {
		return " [inferred: named with the meeting]"
	}
	return ""
}

func speakerLabel(name, role string) string {
	switch {
	case name == "" && role == "":
		return "unattributed"
	case name == "":
		return role
	case role == "":
		return name
	}
	return name + " (" + role + ")"
}

func (p *printer) quotes(a *answer.QuotesAnswer) {
	what := "quotes"
	if a.Keyword != "" {
		what += fmt.Sprintf(" about %q", a.Keyword)
	}
	if a.Speaker != "" {
		what += " by " + a.Speaker
	}
	if len(a.Quotes) == 0 {
		p.f("No %s found. Try another keyword or speaker, or leave one out.\n", what)
		return
	}
	if a.InPassage {
		p.f("%d of %d quotes by %s from passages about %q (none has the word itself):\n", len(a.Quotes), a.Total, a.Speaker, a.Keyword)
	} else {
		p.f("%d of %d %s:\n", len(a.Quotes), a.Total, what)
	}
	for i, q := range a.Quotes {
		p.f("\n%d. “%s”\n   — %s\n   ", i+1, q.Text, speakerLabel(q.Speaker, q.Role))
		p.source("", q.Article)
	}
}

func (p *printer) who(a *answer.WhoAnswer) {
	if len(a.Attendees) == 0 && len(a.Absent) == 0 {
		p.f("No meeting matching %q found. Try the place or the people, e.g. \"Alaska summit\".\n", a.Meeting)
		return
	}
	if a.Asked != nil {
		p.f("%s\n\n", a.Asked.Sentence())
	}
	p.f("%s", a.Meeting)
	if a.Date != "" {
		p.f(", %s", a.Date)
	}
	if a.Place != "" {
		p.f(", %s", a.Place)
	}
	p.f("\n\nAttended (%d):\n", len(a.Attendees))
	for _, at := range a.Attendees {
		p.f("  - %s%s\n", speakerLabel(at.Name, at.Role), inferredMark(at.Inferred))
	}
	if len(a.Absent) > 0 {
		p.f("\nNot there in person:\n")
		for _, ab := range a.Absent {
			p.f("  - %s: %s\n", ab.Name, ab.Note)
		}
	}
	if len(a.Sources) > 0 {
		p.f("\nSources:\n")
		for _, r := range a.Sources {
			p.source("  ", r)
		}
	}
	if len(a.Others) > 0 {
		p.f("\nOther meetings that match (ask with the date or place):\n")
		for _, o := range a.Others {
			p.f("  - %s", o.Meeting)
			for _, s := range []string{o.Date, o.Place} {
				if s != "" {
					p.f(", %s", s)
				}
			}
			p.f(" (%s)\n", o.Article.Title)
		}
	}
}

func (p *printer) digest(a *answer.DigestAnswer) {
	if len(a.Articles) == 0 {
		p.f("No news on %s (%s).\n", a.Date, a.TZ)
		return
	}
	plural := "s"
	if len(a.Articles) == 1 {
		plural = ""
	}
	p.f("Digest for %s (%s): %d article%s\n", a.Date, a.TZ, len(a.Articles), plural)
	story := ""
	for _, d := range a.Articles {
		if d.Story != story {
			story = d.Story
			p.f("\n== %s\n", story)
		}
		p.f("\n")
		p.source("", d.Article)
		if d.Summary != "" {
			p.f("  %s\n", d.Summary)
		}
		for _, m := range d.Meetings {
			names := make([]string, 0, len(m.Attendees))
			for _, at := range m.Attendees {
				names = append(names, at.Name)
			}
			p.f("  Meeting: %s", m.Summary)
			if m.Date != "" {
				p.f(" (%s)", m.Date)
			}
			if len(names) > 0 {
				p.f(": %s", strings.Join(names, ", "))
			}
			p.f("\n")
		}
		for _, q := range d.Quotes {
			p.f("  “%s” — %s\n", q.Text, speakerLabel(q.Speaker, q.Role))
		}
	}
}

func (p *printer) stats(a *answer.StatsAnswer) {
	p.f("articles     %d\npassages     %d\nquotes       %d\nmeetings     %d\nsources      %d\n", a.Articles, a.Passages, a.Quotes, a.Meetings, a.Sources)
	if a.First != "" {
		p.f("first        %s\nlast         %s\n", a.First, a.Last)
	}
	p.f("index bytes  %d\n", a.IndexBytes)
}

func (p *printer) ingest(a *answer.IngestReport) {
	p.f("added %d, updated %d, unchanged %d, failed %d; %d articles in the index\n", a.Added, a.Updated, a.Unchanged, len(a.Failed), a.Articles)
	for _, f := range a.Failed {
		p.f("  failed: %s: %s\n", f.Source, f.Error)
	}
}

func (p *printer) extract(a *answer.ExtractReport) {
	p.f("== %s\n", a.File)
	p.source("", a.Article)
	p.f("\nQuotes (%d):\n", len(a.Quotes))
	for _, q := range a.Quotes {
		p.f("  [¶%d] “%s” — %s\n", q.Paragraph+1, q.Text, speakerLabel(q.Speaker, q.Role))
	}
	p.f("\nPeople (%d):\n", len(a.People))
	for _, pe := range a.People {
		p.f("  - %s\n", speakerLabel(pe.Name, pe.Role))
	}
	p.f("\nMeetings (%d):\n", len(a.Meetings))
	for _, m := range a.Meetings {
		p.f("  - %s", m.Summary)
		if m.Date != "" {
			p.f(", %s", m.Date)
		}
		if m.Place != "" {
			p.f(", %s", m.Place)
		}
		p.f("\n")
		for _, at := range m.Attendees {
			p.f("      attended: %s%s\n", speakerLabel(at.Name, at.Role), inferredMark(at.Inferred))
		}
		for _, ab := range m.Absent {
			p.f("      absent:   %s (%s)\n", ab.Name, ab.Note)
		}
	}
}
