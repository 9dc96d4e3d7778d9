package bot

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TestHandlersGolden feeds each recorded interaction payload to its
// handler (no transport) and compares the response with
// testdata/responses/<name>.json.
func TestHandlersGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "interactions", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no interactions: %v", err)
	}
	cfg, _ := ConfigFromEnv(env(nil))
	d := newDispatcher(cfg, &fixture{}, nil, nil, discardLogger())
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var it discordgo.Interaction
			if err := json.Unmarshal(raw, &it); err != nil {
				t.Fatal(err)
			}
			req := newRequest(&it)
			rt, ok := d.router.lookup(req)
			if req.Route == routePing {
				return // answered by the dispatcher, see TestHTTPPingHealthMetrics
			}
			if !ok {
				t.Fatalf("no route for %q", req.Route)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			r := d.run(ctx, d.log, rt, req)
			finalize(r.resp)
			golden(t, "responses", name, struct {
				Route    string                         `json:"route"`
				Outcome  string                         `json:"outcome"`
				Response *discordgo.InteractionResponse `json:"response"`
			}{req.Route, r.outcome, r.resp})
		})
	}
}

func TestRequestRoutes(t *testing.T) {
	tests := map[string]string{
		"search": "search", "digest_show": "digest show", "digest_subscribe_denied": "digest unsubscribe",
		"button_next": routeButton, "autocomplete_speaker": routeAutocomplete, "ping": routePing,
	}
	for file, want := range tests {
		var it discordgo.Interaction
		if err := json.Unmarshal(interaction(t, file), &it); err != nil {
			t.Fatal(err)
		}
		req := newRequest(&it)
		if req.Route != want {
			t.Errorf("%s: route %q, want %q", file, req.Route, want)
		}
		if file == "digest_show" && req.String(optDate) != "2025-08-16" {
			t.Errorf("subcommand option not read: %q", req.String(optDate))
		}
		if file == "search" && (req.UserID() != "600" || req.Private()) {
			t.Errorf("user %q private %v", req.UserID(), req.Private())
		}
	}
}
