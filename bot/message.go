package bot

import (
	"github.com/bwmarrin/discordgo"
)

// noMentions allows no mention of any kind: article text that says
// @everyone, or names a role or a user, pings no one.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// finalize makes a response safe to send, whatever produced it: every
// message gets allowed_mentions that allow nothing, and every part is cut
// to Discord's limits. It is the last step before anything leaves the bot.
func finalize(resp *discordgo.InteractionResponse) {
	if resp == nil || resp.Data == nil {
		return
	}
	d := resp.Data
	if resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		d.Choices = fitChoices(d.Choices)
		return
	}
	d.AllowedMentions = noMentions()
	d.Content = truncateMarkdown(d.Content, maxContent)
	d.Embeds = fitEmbeds(d.Embeds)
	d.Components = fitComponents(d.Components)
	d.Choices = nil
}

// webhookEdit turns a finalized response into the edit of @original that
// follows a deferred response. Embeds and components are always sent, empty
// when there are none, so an edit also clears what the message had.
func webhookEdit(d *discordgo.InteractionResponseData) *discordgo.WebhookEdit {
	content := d.Content
	embeds := d.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	comps := d.Components
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &comps,
		AllowedMentions: noMentions(),
	}
}

// fitEmbeds cuts each embed to the per-part limits, drops empty ones, and
// then brings the total across embeds under 6000: it shortens the longest
// description first and drops trailing embeds only when that is not enough.
func fitEmbeds(es []*discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	var out []*discordgo.MessageEmbed
	for _, e := range es {
		if e == nil || len(out) == maxEmbeds {
			continue
		}
		fitEmbed(e)
		if e.Title == "" && e.Description == "" && len(e.Fields) == 0 {
			continue
		}
		out = append(out, e)
	}
	const minDesc = 200
	for guard := 0; guard < 1000; guard++ {
		excess := embedsLen(out) - maxEmbedTotal
		if excess <= 0 {
			break
		}
		if e := longestDescription(out); e != nil && textLen(e.Description) > minDesc {
			e.Description = truncateMarkdown(e.Description, max(textLen(e.Description)-excess, minDesc))
			continue
		}
		if len(out) > 1 {
			out = out[:len(out)-1]
			continue
		}
		e := out[0]
		switch {
		case len(e.Fields) > 0:
			e.Fields = e.Fields[:len(e.Fields)-1]
		case e.Footer != nil && textLen(e.Footer.Text) > excess:
			e.Footer.Text = truncatePlain(e.Footer.Text, textLen(e.Footer.Text)-excess)
		default:
			e.Footer = nil
			e.Description = truncateMarkdown(e.Description, max(textLen(e.Description)-excess, 0))
		}
	}
	return out
}

func fitEmbed(e *discordgo.MessageEmbed) {
	e.Title = truncateMarkdown(oneLine(e.Title), maxEmbedTitle)
	e.Description = truncateMarkdown(e.Description, maxEmbedDesc)
	e.URL = safeURL(e.URL)
	if e.Title == "" {
		e.URL = "" // Discord shows no link without a title
	}
	if e.Footer != nil {
		e.Footer.Text = truncatePlain(e.Footer.Text, maxFooter)
		if e.Footer.Text == "" {
			e.Footer = nil
		}
	}
	if e.Author != nil {
		e.Author.Name = truncatePlain(oneLine(e.Author.Name), maxAuthorName)
		e.Author.URL = safeURL(e.Author.URL)
		if e.Author.Name == "" {
			e.Author = nil
		}
	}
	if len(e.Fields) > maxEmbedFields {
		e.Fields = e.Fields[:maxEmbedFields]
	}
	for _, f := range e.Fields {
		f.Name = truncateMarkdown(oneLine(f.Name), maxFieldName)
		f.Value = truncateMarkdown(f.Value, maxFieldValue)
		if f.Name == "" {
			f.Name = "\u200b" // Discord rejects empty field names and values
		}
		if f.Value == "" {
			f.Value = "\u200b"
		}
	}
}

// embedsLen is what Discord counts against the 6000 limit.
func embedsLen(es []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range es {
		n += textLen(e.Title) + textLen(e.Description)
		for _, f := range e.Fields {
			n += textLen(f.Name) + textLen(f.Value)
		}
		if e.Footer != nil {
			n += textLen(e.Footer.Text)
		}
		if e.Author != nil {
			n += textLen(e.Author.Name)
		}
	}
	return n
}

func longestDescription(es []*discordgo.MessageEmbed) *discordgo.MessageEmbed {
	var best *discordgo.MessageEmbed
	for _, e := range es {
		if best == nil || textLen(e.Description) > textLen(best.Description) {
			best = e
		}
	}
	return best
}

// fitComponents keeps at most 5 rows of at most 5 buttons, with labels of
// at most 80 characters; a button whose custom_id is too long is dropped
// rather than sent (paging never makes one, see encodePage).
func fitComponents(cs []discordgo.MessageComponent) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	for _, c := range cs {
		var row discordgo.ActionsRow
		switch r := c.(type) {
		case discordgo.ActionsRow:
			row = r
		case *discordgo.ActionsRow:
			row = *r
		default:
			continue // only rows may sit at the top level
		}
		var kept []discordgo.MessageComponent
		for _, b := range row.Components {
			btn, ok := b.(discordgo.Button)
			if p, isPtr := b.(*discordgo.Button); isPtr {
				btn, ok = *p, true
			}
			if !ok || len(kept) == maxButtonsPerRow {
				continue
			}
			if textLen(btn.CustomID) > maxCustomID || (btn.CustomID == "" && safeURL(btn.URL) == "") {
				continue
			}
			btn.Label = truncatePlain(oneLine(btn.Label), maxButtonLabel)
			kept = append(kept, btn)
		}
		if len(kept) > 0 && len(rows) < maxRows {
			rows = append(rows, discordgo.ActionsRow{Components: kept})
		}
	}
	return rows
}

// fitChoices keeps at most 25 distinct, non-empty autocomplete choices with
// names and values of at most 100 characters.
func fitChoices(cs []*discordgo.ApplicationCommandOptionChoice) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	seen := map[string]bool{}
	for _, c := range cs {
		if c == nil || len(out) == maxChoices {
			continue
		}
		if v, ok := c.Value.(string); ok {
			v = cutChoiceValue(v)
			if v == "" || seen[v] {
				continue
			}
			seen[v] = true
			c.Value = v
		}
		c.Name = truncatePlain(oneLine(c.Name), maxChoiceName)
		if c.Name == "" {
			continue
		}
		out = append(out, c)
	}
	return out
}

// autocompletePayload is an autocomplete result as Discord wants it: only
// choices, and "choices" present even when empty (discordgo's
// InteractionResponseData omits an empty list and adds message fields).
type autocompletePayload struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

// wirePayload is what goes over the wire for resp.
func wirePayload(resp *discordgo.InteractionResponse) any {
	if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		return resp
	}
	p := autocompletePayload{Type: resp.Type}
	p.Data.Choices = []*discordgo.ApplicationCommandOptionChoice{}
	if resp.Data != nil && resp.Data.Choices != nil {
		p.Data.Choices = resp.Data.Choices
	}
	return p
}
