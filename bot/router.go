package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// HandlerFunc answers one interaction: request in, response out. It does
// not talk to Discord; the dispatcher sends what it returns. An error that
// answer.IsInputError recognises is shown to the user; any other is logged
// and answered with a short apology.
type HandlerFunc func(ctx context.Context, req *Request) (*discordgo.InteractionResponse, error)

// Request is an interaction as a handler sees it: its route and options.
type Request struct {
	Interaction *discordgo.Interaction
	// Route is "search", "digest show", … for commands, "button" for
	// component clicks and "autocomplete" for autocompletion.
	Route   string
	options map[string]*discordgo.ApplicationCommandInteractionDataOption
	focused *discordgo.ApplicationCommandInteractionDataOption
}

// Route names that are not commands.
const (
	routeButton       = "button"
	routeAutocomplete = "autocomplete"
	routePing         = "ping"
	routeUnknown      = "unknown"
)

// newRequest reads the route and options out of an interaction.
func newRequest(it *discordgo.Interaction) *Request {
	r := &Request{Interaction: it, Route: routeUnknown, options: map[string]*discordgo.ApplicationCommandInteractionDataOption{}}
	switch it.Type {
	case discordgo.InteractionPing:
		r.Route = routePing
	case discordgo.InteractionMessageComponent:
		r.Route = routeButton
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		data, ok := it.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return r
		}
		r.Route = data.Name
		opts := data.Options
		if len(opts) == 1 && opts[0].Type == discordgo.ApplicationCommandOptionSubCommand {
			r.Route += " " + opts[0].Name
			opts = opts[0].Options
		}
		for _, o := range opts {
			r.options[o.Name] = o
			if o.Focused {
				r.focused = o
			}
		}
		if it.Type == discordgo.InteractionApplicationCommandAutocomplete {
			r.Route = routeAutocomplete
		}
	}
	return r
}

// String returns a string option, "" when absent.
func (r *Request) String(name string) string {
	if o, ok := r.options[name]; ok {
		if s, ok := o.Value.(string); ok {
			return s
		}
	}
	return ""
}

// Bool returns a boolean option, false when absent.
func (r *Request) Bool(name string) bool {
	if o, ok := r.options[name]; ok {
		if b, ok := o.Value.(bool); ok {
			return b
		}
	}
	return false
}

// Private reports whether the user asked for an ephemeral answer.
func (r *Request) Private() bool { return r.Bool(optPrivate) }

// UserID is who interacted, in a server or in a DM.
func (r *Request) UserID() string {
	if m := r.Interaction.Member; m != nil && m.User != nil {
		return m.User.ID
	}
	if u := r.Interaction.User; u != nil {
		return u.ID
	}
	return ""
}

// CustomID is the custom_id of a clicked component.
func (r *Request) CustomID() string {
	if d, ok := r.Interaction.Data.(discordgo.MessageComponentInteractionData); ok {
		return d.CustomID
	}
	return ""
}

// route is a handler and how to run it.
type route struct {
	handle HandlerFunc
	slow   bool // defer at once: the answer usually takes longer than Discord waits
	// private routes answer the user alone, so a deferred answer is
	// deferred ephemerally too (Discord fixes the flag at deferral).
	private bool
}

// router picks a handler by route name.
type router map[string]route

func (rt router) lookup(req *Request) (route, bool) {
	h, ok := rt[req.Route]
	return h, ok
}

// message is a new message answering a command, ephemeral when private.
func message(d *discordgo.InteractionResponseData, private bool) *discordgo.InteractionResponse {
	if private {
		d.Flags |= discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d}
}

// update replaces the message a button was on.
func update(d *discordgo.InteractionResponseData) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: d}
}

// ephemeral is a short note only the user sees.
func ephemeral(text string) *discordgo.InteractionResponse {
	return message(textOnly(text), true)
}

// deferred is the first response when the answer is not ready in time: a
// "thinking…" state for commands, a silent acknowledgement for buttons.
func deferred(req *Request, rt route) *discordgo.InteractionResponse {
	if req.Route == routeButton {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	d := &discordgo.InteractionResponseData{}
	if req.Private() || rt.private {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: d}
}
