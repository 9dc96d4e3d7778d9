package bot

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
)

// renderDigest renders one page of a day's digest; the pages are cut here
// because the digest answer holds the whole day.
func renderDigest(a *answer.DigestAnswer, p pageState) *discordgo.InteractionResponseData {
	date, tz := p.field(0), p.field(1)
	if a != nil {
		date, tz = a.Date, a.TZ
	}
	if tz == "" {
		tz = "UTC"
	}
	// Buttons carry the day the answer resolved ("today" changes at midnight).
	p.Fields = []string{date, tz}
	var arts []answer.DigestArticle
	if a != nil {
		arts = a.Articles
	}
	total := len(arts)
	start := min(p.Page*pageSize, total)
	page := arts[start:min(start+pageSize, total)]
	when := escapeMarkdown(date) + " (" + escapeMarkdown(tz) + ")"
	if len(page) == 0 {
		if total > 0 {
			return render(fmt.Sprintf("No more articles in the digest for %s on page %d.", when, p.Page+1), nil, pageButtons(p, total))
		}
		return textOnly(fmt.Sprintf("No articles were published on %s in Parley's index.\nTry another day with `/digest show date:YYYY-MM-DD`, or `/search` for a subject.", when))
	}
	embeds := make([]*discordgo.MessageEmbed, 0, len(page))
	for _, da := range page {
		var b strings.Builder
		b.WriteString(truncateMarkdown(escapeMarkdown(da.Summary), 500))
		for i, q := range da.Quotes {
			if i == 2 {
				break
			}
			text := q.Highlight
			if text == "" {
				text = escapeMarkdown(oneLine(q.Text))
			}
			fmt.Fprintf(&b, "\n> “%s” — %s", truncateMarkdown(text, 200), escapeMarkdown(speakerLine(q.Speaker, q.Role)))
		}
		e := articleEmbed(da.Article, b.String())
		if da.Story != "" && da.Story != da.Article.Title {
			// Author text is plain (not markdown): the story the article is part of.
			e.Author = &discordgo.MessageEmbedAuthor{Name: "Story: " + da.Story}
		}
		var ms []string
		for _, m := range da.Meetings {
			l := meetingItem(m.Summary, m.Date, m.Place)
			if len(m.Attendees) > 0 {
				var names []string
				for _, at := range m.Attendees {
					names = append(names, escapeMarkdown(oneLine(at.Name)))
				}
				l += ": " + strings.Join(names, ", ")
			}
			ms = append(ms, truncateMarkdown(l, 300))
		}
		if len(ms) > 0 {
			e.Fields = []*discordgo.MessageEmbedField{{Name: "Meetings", Value: joinWithin(ms, "\n", 600)}}
		}
		embeds = append(embeds, e)
	}
	content := fmt.Sprintf("Digest for %s: articles %s", when, rangeLine(p.Page, len(page), total))
	return render(content, embeds, pageButtons(p, total))
}

// renderAbout says what Parley is and how big its index is. st may be nil
// when the figures are not available.
func renderAbout(st *answer.StatsAnswer) *discordgo.InteractionResponseData {
	e := &discordgo.MessageEmbed{
		Title: "Parley",
		Color: embedColor,
		Description: "Parley answers questions about negotiations — peace talks, summits, trade and nuclear talks — from the news it has indexed, " +
			"and always shows the passages and sources it answers from.",
		Fields: []*discordgo.MessageEmbedField{{
			Name: "Commands",
			Value: "`/search query` passages that match, with highlights\n" +
				"`/quotes keyword speaker` who said what\n" +
				"`/who meeting` who attended a meeting, and who did not\n" +
				"`/ask question` a question in plain words\n" +
				"`/digest show date` the day's articles\n" +
				"Add `private:True` to any of them to see the answer alone.\n" +
				"Server managers: `/digest subscribe` posts the digest in a channel every day; `/feeds` and `/ingest` add news.",
		}},
	}
	if st != nil {
		cover := "—"
		if st.First != "" || st.Last != "" {
			cover = escapeMarkdown(st.First) + " to " + escapeMarkdown(st.Last)
		}
		e.Fields = append(e.Fields,
			&discordgo.MessageEmbedField{Name: "Articles", Value: fmt.Sprint(st.Articles), Inline: true},
			&discordgo.MessageEmbedField{Name: "Quotes", Value: fmt.Sprint(st.Quotes), Inline: true},
			&discordgo.MessageEmbedField{Name: "Meetings", Value: fmt.Sprint(st.Meetings), Inline: true},
			&discordgo.MessageEmbedField{Name: "Sources", Value: fmt.Sprint(st.Sources), Inline: true},
			&discordgo.MessageEmbedField{Name: "Passages", Value: fmt.Sprint(st.Passages), Inline: true},
			&discordgo.MessageEmbedField{Name: "Covering", Value: cover, Inline: true},
		)
	}
	return render("", []*discordgo.MessageEmbed{e}, nil)
}

// renderAsk renders the answer a question was routed to, saying which
// command answered it. Paging buttons continue with that command.
func renderAsk(a *answer.AskAnswer, question string) *discordgo.InteractionResponseData {
	var d *discordgo.InteractionResponseData
	intent := ""
	if a != nil {
		intent = a.Intent
		switch v := a.Answer.(type) {
		case *answer.SearchAnswer:
			d = renderSearch(v, searchState(v.Query, "", "", ""))
		case answer.SearchAnswer:
			d = renderSearch(&v, searchState(v.Query, "", "", ""))
		case *answer.QuotesAnswer:
			d = renderQuotes(v, quotesState(v.Keyword, v.Speaker, "", ""))
		case answer.QuotesAnswer:
			d = renderQuotes(&v, quotesState(v.Keyword, v.Speaker, "", ""))
		case *answer.WhoAnswer:
			d = renderWho(v, question, "")
		case answer.WhoAnswer:
			d = renderWho(&v, question, "")
		case *answer.DigestAnswer:
			d = renderDigest(v, digestState(v.Date, v.TZ))
		case answer.DigestAnswer:
			d = renderDigest(&v, digestState(v.Date, v.TZ))
		}
	}
	if d == nil {
		return textOnly(fmt.Sprintf("I could not work out how to answer %s.\nTry `/search` with a few words, `/who` with a meeting, or `/quotes` with a keyword.", quote(question)))
	}
	prefix := "Asked " + quote(question)
	switch intent {
	case "who", "quotes", "search", "digest":
		prefix += ", answered with `/" + intent + "`"
	}
	if d.Content == "" {
		d.Content = prefix
	} else {
		d.Content = prefix + "\n" + d.Content
	}
	return d
}

func searchState(query, since, until, source string) pageState {
	return pageState{Cmd: pageSearch, Fields: []string{query, since, until, source}}
}

func quotesState(keyword, speaker, since, until string) pageState {
	return pageState{Cmd: pageQuotes, Fields: []string{keyword, speaker, since, until}}
}

func digestState(date, tz string) pageState {
	return pageState{Cmd: pageDigest, Fields: []string{date, tz}}
}

// meetingItem is a list item naming a meeting with its date and place:
// "• Geneva talks (2025-05-10, Geneva)", escaped.
func meetingItem(summary, date, place string) string {
	l := "• " + escapeMarkdown(oneLine(summary))
	var when []string
	for _, s := range []string{date, oneLine(place)} {
		if s != "" {
			when = append(when, escapeMarkdown(s))
		}
	}
	if len(when) > 0 {
		l += " (" + strings.Join(when, ", ") + ")"
	}
	return l
}
