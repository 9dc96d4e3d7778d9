package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// newSession returns a discordgo session whose REST calls go to
// cfg.APIURL. discordgo computes its endpoints from package variables at
// init; rather than changing those globals, the session's HTTP client
// rewrites requests aimed at discordgo's base to the configured one. The
// gateway URL then comes from GET {APIURL}gateway, as it should.
func newSession(cfg Config) (*discordgo.Session, error) {
	token := ""
	if cfg.Token != "" {
		token = "Bot " + cfg.Token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("bot: new session: %w", err)
	}
	rt, err := newRebaser(discordgo.EndpointAPI, cfg.APIURL, http.DefaultTransport)
	if err != nil {
		return nil, err
	}
	s.Client = &http.Client{Timeout: 20 * time.Second, Transport: rt}
	s.Identify.Intents = discordgo.IntentsGuilds // slash commands need no more
	s.StateEnabled = false                       // the bot keeps no guild state
	s.LogLevel = discordgo.LogError
	return s, nil
}

// rebaser sends requests for one URL prefix to another.
type rebaser struct {
	from, to *url.URL
	next     http.RoundTripper
}

func newRebaser(from, to string, next http.RoundTripper) (http.RoundTripper, error) {
	f, err := url.Parse(from)
	if err != nil {
		return nil, fmt.Errorf("bot: parse discordgo base %q: %w", from, err)
	}
	t, err := url.Parse(to)
	if err != nil {
		return nil, &ConfigError{Var: "DISCORD_API_URL", Msg: fmt.Sprintf("%q is not a URL", to)}
	}
	if f.String() == t.String() {
		return next, nil
	}
	return &rebaser{from: f, to: t, next: next}, nil
}

func (r *rebaser) RoundTrip(req *http.Request) (*http.Response, error) {
	u := req.URL
	if u.Scheme != r.from.Scheme || u.Host != r.from.Host || !strings.HasPrefix(u.Path, r.from.Path) {
		return r.next.RoundTrip(req)
	}
	nu := *u
	nu.Scheme, nu.Host = r.to.Scheme, r.to.Host
	nu.Path = r.to.Path + strings.TrimPrefix(u.Path, r.from.Path)
	nu.RawPath = ""
	out := req.Clone(req.Context())
	out.URL = &nu
	out.Host = ""
	return r.next.RoundTrip(out)
}

// register overwrites the application's commands with Commands(): in one
// guild when guildID is set (instant), globally otherwise.
func register(ctx context.Context, s *discordgo.Session, cfg Config, appID string, log *slog.Logger) error {
	guildID := cfg.GuildID
	if appID == "" {
		return &ConfigError{Var: "DISCORD_APP_ID", Msg: "not set and not learned from Discord; copy the Application ID from the Developer Portal (General Information)"}
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, guildID, Commands(), discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("bot: register commands: %w", describeRESTError(err, cfg.APIURL))
	}
	scope := "globally (may take up to an hour to appear)"
	if guildID != "" {
		scope = "in guild " + guildID
	}
	log.Info("commands registered", "count", len(cmds), "scope", scope)
	return nil
}

// describeRESTError adds advice to the REST errors a user can fix, and
// shows the URL that was really called: net/http reports the URL discordgo
// built, before the session's transport moved it to apiURL.
func describeRESTError(err error, apiURL string) error {
	var ue *url.Error
	if errors.As(err, &ue) && apiURL != discordgo.EndpointAPI {
		ue.URL = strings.Replace(ue.URL, discordgo.EndpointAPI, apiURL, 1)
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		switch re.Response.StatusCode {
		case http.StatusUnauthorized:
			return fmt.Errorf("%w (DISCORD_TOKEN was refused: reset it in the Developer Portal → Bot)", err)
		case http.StatusForbidden:
			return fmt.Errorf("%w (the bot may not be in DISCORD_GUILD_ID, or was invited without the applications.commands scope)", err)
		}
	}
	return err
}

// redact hides an interaction token (valid 15 minutes) from an error
// message before it is logged: URL errors quote the request URL.
func redact(err error, token string) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	if token != "" {
		msg = strings.ReplaceAll(msg, token, "[token]")
	}
	return msg
}
