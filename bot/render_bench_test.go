package bot

import (
	"context"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/answer"
)

// BenchmarkRender turns answers into Discord responses (embeds, escaping,
// length limits), as every interaction does after the answer is computed.
func BenchmarkRender(b *testing.B) {
	ctx := context.Background()
	f := &fixture{}
	search, _ := f.Search(ctx, answer.SearchParams{Query: "ceasefire talks", Limit: pageSize})
	quotes, _ := f.Quotes(ctx, answer.QuotesParams{Keyword: "ceasefire", Limit: pageSize})
	who := whoSummit()
	b.Run("search", func(b *testing.B) {
		st := searchState("ceasefire talks", "", "", "")
		for b.Loop() {
			finalize(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: renderSearch(search, st)})
		}
	})
	b.Run("quotes", func(b *testing.B) {
		st := quotesState("ceasefire", "", "", "")
		for b.Loop() {
			finalize(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: renderQuotes(quotes, st)})
		}
	})
	b.Run("who", func(b *testing.B) {
		for b.Loop() {
			finalize(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: renderWho(who, "Anchorage summit", "")})
		}
	})
}
