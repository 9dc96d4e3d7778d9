package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

const secretToken = "MTIzNDU2.secret-token-value.XYZ"

func TestConfigFromEnv(t *testing.T) {
	c, err := ConfigFromEnv(env(map[string]string{
		"DISCORD_TOKEN":   "Bot " + secretToken,
		"DISCORD_APP_ID":  "900",
		"DISCORD_API_URL": "http://127.0.0.1:8081/api/v9",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Token != secretToken || c.AppID != "900" || c.APIURL != "http://127.0.0.1:8081/api/v9/" {
		t.Errorf("config = %v (token %q)", c, c.Token)
	}
	if c.ReplyWithin <= 0 || c.MaxConcurrent <= 0 || c.RateBurst != 5 {
		t.Errorf("defaults not set: %+v", c.ReplyWithin)
	}
	d, _ := ConfigFromEnv(env(nil))
	if d.APIURL != DefaultAPIURL {
		t.Errorf("default API URL = %q", d.APIURL)
	}
}

func TestConfigErrorsNameTheVariable(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"DISCORD_API_URL": "discord.com/api"}, "DISCORD_API_URL"},
		{map[string]string{"DISCORD_API_URL": "ftp://x/"}, "DISCORD_API_URL"},
		{map[string]string{"DISCORD_GUILD_ID": "my guild"}, "DISCORD_GUILD_ID"},
		{map[string]string{"DISCORD_APP_ID": "12ab"}, "DISCORD_APP_ID"},
		{map[string]string{"DISCORD_PUBLIC_KEY": "zz"}, "DISCORD_PUBLIC_KEY"},
	}
	for _, tt := range tests {
		_, err := ConfigFromEnv(env(tt.env))
		if err == nil || !IsConfigError(err) || !strings.HasPrefix(err.Error(), tt.want+": ") {
			t.Errorf("env %v: err = %v, want a ConfigError naming %s", tt.env, err, tt.want)
		}
	}
}

func TestMissingTokenIsOneClearLine(t *testing.T) {
	err := RunGateway(context.Background(), Config{}, &fixture{}, slog.New(slog.DiscardHandler))
	if !errors.Is(err, ErrMissingToken) || !IsConfigError(err) {
		t.Fatalf("err = %v, want ErrMissingToken", err)
	}
	msg := err.Error()
	for _, want := range []string{"DISCORD_TOKEN", "Developer Portal", "Bot", "Reset Token"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q does not say %q", msg, want)
		}
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("message is not one line: %q", msg)
	}
	_, err = NewServer(Config{}, &fixture{}, nil)
	if !errors.Is(err, ErrMissingPublicKey) {
		t.Errorf("NewServer without a key: %v", err)
	}
}

func TestConfigNeverShowsTheToken(t *testing.T) {
	c, err := ConfigFromEnv(env(map[string]string{"DISCORD_TOKEN": secretToken}))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("config", "cfg", c)
	slog.New(slog.NewTextHandler(&buf, nil)).Info("config", "cfg", c)
	for _, s := range []string{fmt.Sprint(c), fmt.Sprintf("%v %+v %#v %s", c, c, c, c), buf.String()} {
		if strings.Contains(s, secretToken) || strings.Contains(s, "secret-token") {
			t.Errorf("token shown in %q", s)
		}
	}
}
