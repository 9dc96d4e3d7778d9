package bot

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"strings"
	"time"
)

// DefaultAPIURL is Discord's REST base, version path included.
const DefaultAPIURL = "https://discord.com/api/v9/"

// Config is what the bot needs to talk to Discord. Build it with
// ConfigFromEnv; the tuning fields have working defaults.
type Config struct {
	Token     string // bot token, without the "Bot " prefix; never logged
	AppID     string // application id; taken from READY when empty (gateway)
	PublicKey string // hex Ed25519 key for HTTP interactions
	GuildID   string // register commands to this guild only
	APIURL    string // REST base including the version path, ending in "/"

	// ReplyWithin is how long an interaction may wait for its answer
	// before it is deferred (Discord allows 3 s for the first response).
	ReplyWithin time.Duration
	// MaxConcurrent bounds how many answers are computed at once.
	MaxConcurrent int
	// RateBurst commands per RateWindow are allowed to each user.
	RateBurst  int
	RateWindow time.Duration
	// ShutdownGrace is how long shutdown waits for answers in flight.
	ShutdownGrace time.Duration

	// Extras are the optional features (digest subscriptions, feeds,
	// ingest); the zero value turns them all off.
	Extras Extras
}

// ConfigError is a missing or malformed setting. The command line prints
// its message as one line and exits with status 2.
type ConfigError struct {
	Var string // the environment variable at fault
	Msg string // what is wrong and what to do
}

func (e *ConfigError) Error() string { return e.Var + ": " + e.Msg }

// ErrMissingToken is returned by RunGateway when DISCORD_TOKEN is empty.
var ErrMissingToken error = &ConfigError{
	Var: "DISCORD_TOKEN",
	Msg: "not set; get one in the Discord Developer Portal (Applications → your app → Bot → Reset Token) and put it in the environment or .env",
}

// ErrMissingPublicKey is returned by the HTTP interactions mode when
// DISCORD_PUBLIC_KEY is empty.
var ErrMissingPublicKey error = &ConfigError{
	Var: "DISCORD_PUBLIC_KEY",
	Msg: "not set; copy it from the Discord Developer Portal (Applications → your app → General Information → Public Key)",
}

// IsConfigError reports whether err is (or wraps) a ConfigError.
func IsConfigError(err error) bool {
	var ce *ConfigError
	return errors.As(err, &ce)
}

// ConfigFromEnv reads the DISCORD_* variables through getenv (os.Getenv in
// production) and fills in defaults. It checks the values that are set;
// which ones are required depends on the mode (see RunGateway, NewServer).
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	c := Config{
		Token:     strings.TrimSpace(getenv("DISCORD_TOKEN")),
		AppID:     strings.TrimSpace(getenv("DISCORD_APP_ID")),
		PublicKey: strings.TrimSpace(getenv("DISCORD_PUBLIC_KEY")),
		GuildID:   strings.TrimSpace(getenv("DISCORD_GUILD_ID")),
		APIURL:    strings.TrimSpace(getenv("DISCORD_API_URL")),
	}
	// A token pasted with its prefix still works.
	c.Token = strings.TrimSpace(strings.TrimPrefix(c.Token, "Bot "))
	if err := c.normalize(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// normalize checks the set values and fills in defaults.
func (c *Config) normalize() error {
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	u, err := url.Parse(c.APIURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return &ConfigError{Var: "DISCORD_API_URL", Msg: fmt.Sprintf("%q is not an http(s) URL; use e.g. %s", c.APIURL, DefaultAPIURL)}
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	for _, v := range []struct{ name, val string }{{"DISCORD_APP_ID", c.AppID}, {"DISCORD_GUILD_ID", c.GuildID}} {
		if v.val != "" && !isSnowflake(v.val) {
			return &ConfigError{Var: v.name, Msg: fmt.Sprintf("%q is not a Discord id (digits only; Developer Mode → right-click → Copy ID)", v.val)}
		}
	}
	if c.PublicKey != "" {
		if _, err := c.publicKey(); err != nil {
			return err
		}
	}
	if c.ReplyWithin <= 0 {
		c.ReplyWithin = 2 * time.Second
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = 2 * runtime.GOMAXPROCS(0)
	}
	if c.RateBurst <= 0 {
		c.RateBurst = 5
	}
	if c.RateWindow <= 0 {
		c.RateWindow = 10 * time.Second
	}
	if c.ShutdownGrace <= 0 {
		c.ShutdownGrace = 15 * time.Second
	}
	return nil
}

// publicKey decodes PublicKey.
func (c *Config) publicKey() (ed25519.PublicKey, error) {
	if c.PublicKey == "" {
		return nil, ErrMissingPublicKey
	}
	b, err := hex.DecodeString(c.PublicKey)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, &ConfigError{Var: "DISCORD_PUBLIC_KEY", Msg: "must be the 64 hex digits shown under General Information → Public Key"}
	}
	return ed25519.PublicKey(b), nil
}

func isSnowflake(s string) bool {
	if len(s) == 0 || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// String describes the configuration without the token.
func (c Config) String() string {
	token := "unset"
	if c.Token != "" {
		token = "set"
	}
	return fmt.Sprintf("app=%s guild=%s api=%s token=%s", c.AppID, c.GuildID, c.APIURL, token)
}

// GoString keeps the token out of %#v too.
func (c Config) GoString() string { return "bot.Config{" + c.String() + "}" }

// LogValue keeps the token out of structured logs.
func (c Config) LogValue() slog.Value { return slog.StringValue(c.String()) }
