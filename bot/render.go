package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/corpus"
)

// Rendering turns answers into message data. Every piece of article or
// user text is escaped here (highlights come escaped from the index with
// their **bold** kept), and lengths are budgeted here; finalize then
// enforces Discord's limits on whatever results.

const (
	embedColor   = 0x2F6FDB
	passageChars = 800 // per result, so five results fit in 6000
	queryChars   = 200 // an echoed query or keyword
)

// render builds message data with content, embeds and components.
func render(content string, embeds []*discordgo.MessageEmbed, comps []discordgo.MessageComponent) *discordgo.InteractionResponseData {
	return &discordgo.InteractionResponseData{Content: content, Embeds: embeds, Components: comps}
}

// textOnly is a message with content and nothing else.
func textOnly(content string) *discordgo.InteractionResponseData {
	return render(content, nil, nil)
}

// quote shows user or article text between quotation marks, escaped and
// short enough to echo.
func quote(s string) string {
	return "“" + truncateMarkdown(escapeMarkdown(oneLine(s)), queryChars) + "”"
}

// day formats a publication time as the CLI does, "" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

// sourceLine is "Outlet · 2025-08-15 · Author" for a footer (plain text).
func sourceLine(r corpus.Ref) string {
	var parts []string
	for _, s := range []string{oneLine(r.Source), day(r.Published), oneLine(r.Author)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// articleEmbed is one result: the article's title linking to it, the
// passage, and its source in the footer.
func articleEmbed(r corpus.Ref, description string) *discordgo.MessageEmbed {
	title := oneLine(r.Title)
	if title == "" {
		title = "Untitled article"
	}
	e := &discordgo.MessageEmbed{
		Title:       escapeMarkdown(title),
		URL:         safeURL(r.URL),
		Description: truncateMarkdown(description, passageChars),
		Color:       embedColor,
	}
	if s := sourceLine(r); s != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: s}
	}
	return e
}

// filters describes the options that narrowed a search, for echoing.
func filters(pairs ...string) string {
	var parts []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			parts = append(parts, pairs[i]+" "+escapeMarkdown(oneLine(pairs[i+1])))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// rangeLine is "1–5 of 23".
func rangeLine(page, shown, total int) string {
	first := page*pageSize + 1
	return fmt.Sprintf("%d–%d of %d", first, first+shown-1, total)
}

func shortenedNote(p pageState) string {
	if p.Shortened {
		return "\n(the query was shortened to fit Discord's page buttons)"
	}
	return ""
}

// renderSearch renders one page of a search.
func renderSearch(a *answer.SearchAnswer, p pageState) *discordgo.InteractionResponseData {
	query, since, until, source := p.field(0), p.field(1), p.field(2), p.field(3)
	hits := []answer.SearchHit(nil)
	total := 0
	if a != nil {
		hits, total = a.Hits, a.Total
	}
	if len(hits) > pageSize {
		hits = hits[:pageSize]
	}
	f := filters("source", source, "since", since, "until", until)
	if len(hits) == 0 {
		if p.Page > 0 && total > 0 {
			return render(fmt.Sprintf("No more passages for %s%s on page %d.", quote(query), f, p.Page+1), nil, pageButtons(p, total))
		}
		return textOnly(fmt.Sprintf("No passages found for %s%s.\nTry fewer or more general words, check the spelling, drop the date or source filters, or ask in plain words with `/ask`.", quote(query), f))
	}
	total = max(total, p.Page*pageSize+len(hits))
	embeds := make([]*discordgo.MessageEmbed, 0, len(hits))
	for _, h := range hits {
		text := h.Highlight
		if text == "" {
			text = escapeMarkdown(h.Passage)
		}
		embeds = append(embeds, articleEmbed(h.Article, text))
	}
	content := fmt.Sprintf("Passages %s for %s%s%s", rangeLine(p.Page, len(hits), total), quote(query), f, shortenedNote(p))
	return render(content, embeds, pageButtons(p, total))
}

// speakerLine is "Name, role" for an embed author (plain text).
func speakerLine(name, role string) string {
	name, role = oneLine(name), oneLine(role)
	switch {
	case name == "":
		return "Unattributed"
	case role == "":
		return name
	default:
		return name + ", " + role
	}
}

// renderQuotes renders one page of quotes.
func renderQuotes(a *answer.QuotesAnswer, p pageState) *discordgo.InteractionResponseData {
	keyword, speaker, since, until := p.field(0), p.field(1), p.field(2), p.field(3)
	quotes := []answer.QuoteHit(nil)
	total := 0
	if a != nil {
		quotes, total = a.Quotes, a.Total
	}
	if len(quotes) > pageSize {
		quotes = quotes[:pageSize]
	}
	what := "Quotes"
	if keyword != "" {
		what += " with " + quote(keyword)
	}
	if speaker != "" {
		what += " by " + quote(speaker)
	}
	if a != nil && a.InPassage {
		what = "Quotes by " + quote(speaker) + " from passages with " + quote(keyword) + " (none has the word itself)"
	}
	f := filters("since", since, "until", until)
	if len(quotes) == 0 {
		if p.Page > 0 && total > 0 {
			return render(fmt.Sprintf("No more quotes on page %d.", p.Page+1), nil, pageButtons(p, total))
		}
		return textOnly(fmt.Sprintf("No quotes found%s%s.\nTry another keyword, only part of the name (a surname), or wider dates; `/search` finds passages that mention a subject without quoting anyone.",
			strings.TrimPrefix(what, "Quotes"), f))
	}
	total = max(total, p.Page*pageSize+len(quotes))
	embeds := make([]*discordgo.MessageEmbed, 0, len(quotes))
	for _, q := range quotes {
		text := q.Highlight
		if text == "" {
			text = escapeMarkdown(q.Text)
		}
		e := articleEmbed(q.Article, "“"+truncateMarkdown(text, passageChars-2)+"”")
		e.Author = &discordgo.MessageEmbedAuthor{Name: speakerLine(q.Speaker, q.Role)}
		embeds = append(embeds, e)
	}
	content := fmt.Sprintf("%s %s%s%s", what, rangeLine(p.Page, len(quotes), total), f, shortenedNote(p))
	return render(content, embeds, pageButtons(p, total))
}

// renderWho renders who attended a meeting.
func renderWho(a *answer.WhoAnswer, asked, date string) *discordgo.InteractionResponseData {
	if a == nil || len(a.Attendees) == 0 && len(a.Absent) == 0 {
		return textOnly(fmt.Sprintf("I found no meeting matching %s%s.\nTry the place or one participant's name (\"Alaska summit\", \"talks with Zelensky\"), add or drop the date, or use `/search` for the words themselves.",
			quote(asked), filters("on", date)))
	}
	meeting := oneLine(a.Meeting)
	if meeting == "" {
		meeting = asked
	}
	title := "Who attended: " + escapeMarkdown(meeting)
	if a.Date != "" {
		title += " (" + escapeMarkdown(a.Date) + ")"
	}
	srcs := newSourceList(a.Sources)
	var lines []string
	for _, at := range a.Attendees {
		l := "• **" + escapeMarkdown(oneLine(at.Name)) + "**"
		if at.Role != "" {
			l += " — " + truncateMarkdown(escapeMarkdown(oneLine(at.Role)), 150)
		}
		if at.Inferred {
			l += " _(inferred)_"
		}
		var refs []string
		for _, ev := range at.Evidence {
			refs = append(refs, srcs.ref(ev.Article))
		}
		if len(refs) > 0 {
			l += " " + strings.Join(dedupe(refs), "")
		}
		lines = append(lines, l)
	}
	desc := ""
	if a.Asked != nil {
		desc = "**" + truncateMarkdown(escapeMarkdown(oneLine(a.Asked.Sentence())), 300) + "**\n"
	}
	if a.Place != "" {
		desc += "Place: " + escapeMarkdown(oneLine(a.Place)) + "\n"
	}
	if len(lines) == 0 {
		lines = []string{"No one is reported as attending in person."}
	}
	e := &discordgo.MessageEmbed{Title: title, Color: embedColor, Description: desc + joinWithin(lines, "\n", maxEmbedDesc/2)}
	if len(a.Absent) > 0 {
		var abs []string
		for _, x := range a.Absent {
			l := "• " + escapeMarkdown(oneLine(x.Name))
			if x.Note != "" {
				l += " — " + truncateMarkdown(escapeMarkdown(oneLine(x.Note)), 150)
			}
			abs = append(abs, l)
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Not there in person", Value: joinWithin(abs, "\n", maxFieldValue)})
	}
	if ev := evidenceLines(a, srcs); len(ev) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Evidence", Value: joinWithin(ev, "\n", maxFieldValue)})
	}
	if len(srcs.refs) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Sources", Value: joinWithin(srcs.lines(), "\n", maxFieldValue)})
	}
	if len(a.Others) > 0 {
		var os []string
		for _, o := range a.Others {
			l := meetingItem(o.Meeting, o.Date, o.Place)
			if o.Article.Title != "" {
				l += " — " + truncateMarkdown(escapeMarkdown(oneLine(o.Article.Title)), 120)
			}
			os = append(os, l)
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Other meetings that match", Value: joinWithin(os, "\n", maxFieldValue)})
	}
	return render("", []*discordgo.MessageEmbed{e}, nil)
}

// evidenceLines quotes the first supporting passage of the first few
// attendees, so a reader can check the answer.
func evidenceLines(a *answer.WhoAnswer, srcs *sourceList) []string {
	var out []string
	for _, at := range a.Attendees {
		if len(at.Evidence) == 0 || len(out) == 3 {
			continue
		}
		ev := at.Evidence[0]
		out = append(out, "**"+escapeMarkdown(oneLine(at.Name))+"**: “"+truncateMarkdown(escapeMarkdown(oneLine(ev.Passage)), 220)+"” "+srcs.ref(ev.Article))
	}
	return out
}

// sourceList numbers the articles an answer cites.
type sourceList struct {
	refs []corpus.Ref
	num  map[string]int
}

func newSourceList(initial []corpus.Ref) *sourceList {
	s := &sourceList{num: map[string]int{}}
	for _, r := range initial {
		s.ref(r)
	}
	return s
}

// ref returns "[n]" for r, adding it to the list when new.
func (s *sourceList) ref(r corpus.Ref) string {
	key := r.ID
	if key == "" {
		key = r.URL + "\x00" + r.Title
	}
	n, ok := s.num[key]
	if !ok {
		s.refs = append(s.refs, r)
		n = len(s.refs)
		s.num[key] = n
	}
	return fmt.Sprintf("[%d]", n)
}

func (s *sourceList) lines() []string {
	out := make([]string, len(s.refs))
	for i, r := range s.refs {
		title := oneLine(r.Title)
		if title == "" {
			title = "Untitled article"
		}
		l := fmt.Sprintf("%d. %s", i+1, maskedLink(truncatePlain(title, 120), r.URL))
		if sl := sourceLine(corpus.Ref{Source: r.Source, Published: r.Published}); sl != "" {
			l += " — " + escapeMarkdown(truncatePlain(sl, 100))
		}
		out[i] = l
	}
	return out
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
