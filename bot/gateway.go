package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// RunGateway runs the bot over Discord's gateway until ctx is cancelled:
// it connects (intents: guilds only), registers the commands with a bulk
// overwrite (to cfg.GuildID when set, else globally), and answers
// interactions. discordgo reconnects (and resumes) after a dropped
// connection. On cancellation it stops taking interactions, finishes those
// in flight (up to cfg.ShutdownGrace) and closes the session. It returns
// ErrMissingToken (a ConfigError) when cfg has no token.
func RunGateway(ctx context.Context, cfg Config, svc Answerer, logger *slog.Logger) error {
	if err := cfg.normalize(); err != nil {
		return err
	}
	if cfg.Token == "" {
		return ErrMissingToken
	}
	if logger == nil {
		logger = slog.Default()
	}
	log := logger.With("mode", "gateway")
	s, err := newSession(cfg)
	if err != nil {
		return err
	}
	d := newDispatcher(cfg, svc, s, nil, log)

	s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		it := ic.Interaction
		d.serve(it, func(resp *discordgo.InteractionResponse) error {
			endpoint := discordgo.EndpointInteractionResponse(it.ID, it.Token)
			if _, err := s.RequestWithBucketID("POST", endpoint, wirePayload(resp), endpoint); err != nil {
				return errors.New(redact(err, it.Token))
			}
			return nil
		})
	})
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		name := ""
		if r.User != nil {
			name = r.User.Username
		}
		log.Info("gateway ready", "user", name, "guilds", len(r.Guilds))
	})
	s.AddHandler(func(*discordgo.Session, *discordgo.Resumed) { log.Info("gateway resumed") })
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		if ctx.Err() == nil {
			log.Warn("gateway disconnected; reconnecting")
		}
	})

	if err := s.Open(); err != nil {
		return fmt.Errorf("bot: connect to the gateway via %s: %w", cfg.APIURL, describeGatewayError(err, cfg.APIURL))
	}
	appID := cfg.AppID
	if appID == "" && s.State != nil {
		s.State.RLock()
		if s.State.Application != nil {
			appID = s.State.Application.ID
		}
		s.State.RUnlock()
	}
	if err := register(ctx, s, cfg, appID, log); err != nil {
		_ = s.Close()
		if ctx.Err() != nil {
			return nil // asked to stop while starting
		}
		return err
	}
	log.Info("bot running", "config", cfg)

	<-ctx.Done()
	log.Info("shutting down: finishing answers in flight")
	grace, cancel := context.WithTimeout(context.Background(), cfg.ShutdownGrace)
	defer cancel()
	shutErr := d.shutdown(grace)
	if err := s.Close(); err != nil {
		log.Warn("closing the gateway", "err", err)
	}
	log.Info("bot stopped")
	return shutErr
}

// describeGatewayError explains the gateway's close codes a user can fix.
func describeGatewayError(err error, apiURL string) error {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case 4004:
			return fmt.Errorf("%w (DISCORD_TOKEN was refused: reset it in the Developer Portal → Bot)", err)
		case 4013, 4014:
			return fmt.Errorf("%w (intents refused: Parley needs only the guilds intent)", err)
		}
	}
	return describeRESTError(err, apiURL)
}
