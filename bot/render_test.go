package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/corpus"
)

var updateGolden = flag.Bool("update", false, "rewrite golden files under testdata/")

// golden compares got (as indented JSON) with testdata/dir/name.json,
// rewriting it under -update.
func golden(t *testing.T, dir, name string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", dir, name+".json")
	if *updateGolden {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -update to create it)", err)
	}
	if !bytes.Equal(want, b) {
		t.Errorf("%s differs from the golden file (go test ./bot -update rewrites it):\n%s", path, b)
	}
}

func TestRenderGolden(t *testing.T) {
	ctx := context.Background()
	f := &fixture{}
	search := func(q string, page int, source string) *answer.SearchAnswer {
		a, _ := f.Search(ctx, answer.SearchParams{Query: q, Limit: pageSize, Offset: page * pageSize, Source: source})
		return a
	}
	quotes, _ := f.Quotes(ctx, answer.QuotesParams{Keyword: "ceasefire", Limit: pageSize})
	digest, _ := f.Digest(ctx, answer.DigestParams{Date: "2025-08-16"})
	longQuery := strings.Repeat("ceasefire negotiations between delegations ", 6)
	onPage := func(p pageState, n int) pageState { p.Page = n; return p }

	tests := []struct {
		name string
		data *discordgo.InteractionResponseData
	}{
		{"search", renderSearch(search("ceasefire talks", 0, ""), searchState("ceasefire talks", "", "", ""))},
		{"search_page3", renderSearch(search("ceasefire talks", 2, "Harbor Wire"), onPage(searchState("ceasefire talks", "2025-01-01", "", "Harbor Wire"), 2))},
		{"search_long_query", renderSearch(search(longQuery, 0, ""), searchState(longQuery, "", "", ""))},
		{"search_empty", renderSearch(search("zebra", 0, ""), searchState("zebra @everyone **x", "2025-01-01", "", ""))},
		{"search_past_end", renderSearch(&answer.SearchAnswer{Query: "q", Total: 7}, onPage(searchState("q", "", "", ""), 4))},
		{"quotes", renderQuotes(quotes, quotesState("ceasefire", "", "", ""))},
		{"quotes_empty", renderQuotes(&answer.QuotesAnswer{}, quotesState("truce", "Nobody", "", ""))},
		{"quotes_in_passage", renderQuotes(&answer.QuotesAnswer{Keyword: "grain", Speaker: "Reyes", Total: 1, InPassage: true, Quotes: quotePool()[:1]}, quotesState("grain", "Reyes", "", ""))},
		{"who", renderWho(whoSummit(), "Anchorage summit", "")},
		{"who_empty", renderWho(&answer.WhoAnswer{Meeting: "x"}, "the moon talks", "2025-01-01")},
		{"ask_who", renderAsk(&answer.AskAnswer{Intent: "who", Answer: whoSummit()}, "Who was at the Anchorage summit?")},
		{"ask_did_attend", renderAsk(&answer.AskAnswer{Intent: "who", Answer: whoAsked("@everyone *Kowal*")}, "Was @everyone *Kowal* at the Anchorage summit?")},
		{"ask_search", renderAsk(&answer.AskAnswer{Intent: "search", Answer: *search("ceasefire", 0, "")}, "ceasefire?")},
		{"ask_unknown", renderAsk(&answer.AskAnswer{Intent: "poem", Answer: 42}, "write a poem")},
		{"digest", renderDigest(digest, digestState("2025-08-16", ""))},
		{"digest_page2", renderDigest(digest, onPage(digestState("2025-08-16", ""), 1))},
		{"digest_empty", renderDigest(&answer.DigestAnswer{Date: "2025-01-01", TZ: "Europe/Paris"}, digestState("", ""))},
		{"about", renderAbout(&answer.StatsAnswer{Articles: 10000, Passages: 80000, Quotes: 12000, Meetings: 900, Sources: 40, First: "2024-01-02", Last: "2025-08-17", IndexBytes: 1 << 30})},
		{"about_no_stats", renderAbout(nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := message(tt.data, false)
			finalize(resp)
			b, _ := json.Marshal(resp.Data)
			checkMessage(t, b)
			for _, s := range markdownTexts(resp.Data) {
				if strings.Contains(strings.ReplaceAll(s, `\@everyone`, ""), "@everyone") {
					t.Errorf("article text's @everyone is not escaped: %q", s)
				}
			}
			golden(t, "golden", tt.name, resp.Data)
		})
	}
}

// TestFinalizeEnforcesLimits feeds data over every limit straight to
// finalize, the net under all rendering.
func TestFinalizeEnforcesLimits(t *testing.T) {
	huge := strings.Repeat("**bold** @everyone ", 800)
	var embeds []*discordgo.MessageEmbed
	for i := 0; i < 14; i++ {
		e := &discordgo.MessageEmbed{Title: huge, Description: huge, URL: "javascript:alert(1)",
			Footer: &discordgo.MessageEmbedFooter{Text: huge}, Author: &discordgo.MessageEmbedAuthor{Name: huge}}
		for j := 0; j < 30; j++ {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: huge, Value: huge})
		}
		embeds = append(embeds, e, &discordgo.MessageEmbed{}) // and empty ones
	}
	var rows []discordgo.MessageComponent
	for i := 0; i < 7; i++ {
		var btns []discordgo.MessageComponent
		for j := 0; j < 8; j++ {
			btns = append(btns, discordgo.Button{Label: huge, CustomID: "id" + strings.Repeat("x", j*20)})
		}
		rows = append(rows, discordgo.ActionsRow{Components: btns})
	}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: huge, Embeds: embeds, Components: rows,
			AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeEveryone}}}}
	finalize(resp)
	b, _ := json.Marshal(resp.Data)
	checkMessage(t, b)
	if len(resp.Data.Embeds) == 0 {
		t.Error("finalize dropped every embed")
	}

	var choices []*discordgo.ApplicationCommandOptionChoice
	for i := 0; i < 40; i++ {
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: huge, Value: huge[:150+i]})
	}
	ac := autocompleteResult(choices)
	finalize(ac)
	b, _ = json.Marshal(ac.Data)
	var d map[string]any
	_ = json.Unmarshal(b, &d)
	if p := choicesProblems(d); len(p) > 0 || len(ac.Data.Choices) == 0 {
		t.Errorf("choices: %v (%d kept)", p, len(ac.Data.Choices))
	}
}

// markdownTexts are the parts of a message where Discord renders markdown
// and mentions (footers, author names and labels show text as it is).
func markdownTexts(d *discordgo.InteractionResponseData) []string {
	out := []string{d.Content}
	for _, e := range d.Embeds {
		out = append(out, e.Title, e.Description)
		for _, f := range e.Fields {
			out = append(out, f.Name, f.Value)
		}
	}
	return out
}

// A digest article that is part of a bigger story says which, in plain text.
func TestDigestStoryLine(t *testing.T) {
	a := &answer.DigestAnswer{Date: "2025-08-16", TZ: "UTC", Articles: []answer.DigestArticle{
		{Article: corpus.Ref{Title: "Leaders part without a deal", URL: "https://x.example/a"}, Story: "Anchorage summit (2025-08-15)", Summary: "The talks ended."},
		{Article: corpus.Ref{Title: "Grain ships sail", URL: "https://x.example/b"}, Story: "Grain ships sail", Summary: "Ships left port."},
	}}
	d := renderDigest(a, digestState(a.Date, a.TZ))
	if len(d.Embeds) != 2 {
		t.Fatalf("%d embeds", len(d.Embeds))
	}
	if au := d.Embeds[0].Author; au == nil || au.Name != "Story: Anchorage summit (2025-08-15)" {
		t.Errorf("first embed author = %+v, want the story", au)
	}
	if d.Embeds[1].Author != nil {
		t.Errorf("an article that is its own story gets no story line: %+v", d.Embeds[1].Author)
	}
}
