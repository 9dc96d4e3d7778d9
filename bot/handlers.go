package bot

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/answer"
)

// handlers answer Parley's commands through an Answerer and the extras.
type handlers struct {
	svc Answerer
	x   Extras
	log *slog.Logger
}

// newRouter returns the routes of every command, button and autocomplete.
func newRouter(svc Answerer, x Extras, log *slog.Logger) router {
	h := &handlers{svc: svc, x: x, log: log}
	return router{
		"search":             {handle: h.search},
		"quotes":             {handle: h.quotes},
		"who":                {handle: h.who},
		"ask":                {handle: h.ask},
		"digest show":        {handle: h.digestShow, slow: true},
		"digest subscribe":   {handle: h.subscribe, private: true},
		"digest unsubscribe": {handle: h.unsubscribe, private: true},
		"digest list":        {handle: h.listSubs, private: true},
		"feeds add":          {handle: h.feedsAdd, private: true},
		"feeds remove":       {handle: h.feedsRemove, private: true},
		"feeds list":         {handle: h.feedsList, private: true},
		"ingest":             {handle: h.ingest, slow: true, private: true},
		"about":              {handle: h.about},
		routeButton:          {handle: h.button},
		routeAutocomplete:    {handle: h.autocomplete},
	}
}

func (h *handlers) search(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	st := searchState(req.String(optQuery), req.String(optSince), req.String(optUntil), req.String(optSource))
	d, err := h.searchPage(ctx, st)
	if err != nil {
		return nil, err
	}
	return message(d, req.Private()), nil
}

func (h *handlers) searchPage(ctx context.Context, st pageState) (*discordgo.InteractionResponseData, error) {
	a, err := h.svc.Search(ctx, answer.SearchParams{
		Query: st.field(0), Since: st.field(1), Until: st.field(2), Source: st.field(3),
		Limit: pageSize, Offset: st.Page * pageSize,
	})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return renderSearch(a, st), nil
}

func (h *handlers) quotes(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	st := quotesState(req.String(optKeyword), req.String(optSpeaker), req.String(optSince), req.String(optUntil))
	d, err := h.quotesPage(ctx, st)
	if err != nil {
		return nil, err
	}
	return message(d, req.Private()), nil
}

func (h *handlers) quotesPage(ctx context.Context, st pageState) (*discordgo.InteractionResponseData, error) {
	a, err := h.svc.Quotes(ctx, answer.QuotesParams{
		Keyword: st.field(0), Speaker: st.field(1), Since: st.field(2), Until: st.field(3),
		Limit: pageSize, Offset: st.Page * pageSize,
	})
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return renderQuotes(a, st), nil
}

func (h *handlers) who(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	meeting, date := req.String(optMeeting), req.String(optDate)
	a, err := h.svc.Who(ctx, answer.WhoParams{Meeting: meeting, Date: date})
	if err != nil {
		return nil, fmt.Errorf("who: %w", err)
	}
	return message(renderWho(a, meeting, date), req.Private()), nil
}

func (h *handlers) ask(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	q := req.String(optQuestion)
	a, err := h.svc.Ask(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("ask: %w", err)
	}
	return message(renderAsk(a, q), req.Private()), nil
}

func (h *handlers) digestShow(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	d, err := h.digestPage(ctx, digestState(req.String(optDate), req.String(optTZ)))
	if err != nil {
		return nil, err
	}
	return message(d, req.Private()), nil
}

func (h *handlers) digestPage(ctx context.Context, st pageState) (*discordgo.InteractionResponseData, error) {
	a, err := h.svc.Digest(ctx, answer.DigestParams{Date: st.field(0), TZ: st.field(1)})
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	return renderDigest(a, st), nil
}

func (h *handlers) about(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	st, err := h.svc.Stats(ctx)
	if err != nil {
		// The description is useful without figures.
		h.log.Warn("about: stats unavailable", "err", err)
		st = nil
	}
	return message(renderAbout(st), req.Private()), nil
}

// button turns the page a Previous/Next button names into an update of
// the message it is on.
func (h *handlers) button(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	st, err := decodePage(req.CustomID())
	if err != nil {
		h.log.Info("unknown button", "err", err)
		return ephemeral("This button no longer works; run the command again."), nil
	}
	var d *discordgo.InteractionResponseData
	switch st.Cmd {
	case pageSearch:
		d, err = h.searchPage(ctx, st)
	case pageQuotes:
		d, err = h.quotesPage(ctx, st)
	case pageDigest:
		d, err = h.digestPage(ctx, st)
	}
	if err != nil {
		return nil, err
	}
	return update(d), nil
}

// suggestKinds maps autocompleted options to what the index suggests.
var suggestKinds = map[string]string{
	optSource:  answer.SuggestSource,
	optSpeaker: answer.SuggestSpeaker,
	optMeeting: answer.SuggestMeeting,
}

// autocomplete suggests values for the focused option. Failures give no
// choices rather than an error: the user is still typing.
func (h *handlers) autocomplete(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error) {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if f := req.focused; f != nil {
		if kind, ok := suggestKinds[f.Name]; ok {
			prefix, _ := f.Value.(string)
			vals, err := h.svc.Suggest(ctx, kind, prefix, maxChoices)
			if err != nil {
				h.log.Warn("autocomplete failed", "option", f.Name, "err", err)
			}
			for _, v := range vals {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
			}
		}
	}
	return autocompleteResult(choices), nil
}

func autocompleteResult(choices []*discordgo.ApplicationCommandOptionChoice) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
}
